"""Understanding the case: care team, opinions, timeline, medications, allergies, family
history.

Each section is a list of small records with the same life: add, edit, reorder, delete
(with an undo), some linked to imported records. One generic set of functions serves
them all; each section brings its dataclass and its validation.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from typing import Any, get_args, get_type_hints

from secondop_desktop.core import dates
from secondop_desktop.core.validation import FieldError
from secondop_desktop.store import Vault
from secondop_desktop.store import facts as repo

ROLES = {
    "treating": "Treating doctor",
    "referring": "Referring doctor",
    "first_opinion": "First opinion",
    "second_opinion": "Second opinion",
    "other": "Other",
}
ESTABLISHED_BY = ("biopsy", "imaging", "labs", "clinical exam")
EVENT_KINDS = {
    "symptom": "Symptom",
    "test": "Test",
    "diagnosis": "Diagnosis",
    "procedure": "Procedure",
    "treatment_start": "Treatment started",
    "treatment_stop": "Treatment stopped",
    "hospital_stay": "Hospital stay",
    "appointment": "Appointment",
    "other": "Other",
}
PRECISIONS = ("day", "month", "year", "approximate")
MED_KINDS = {"prescription": "Prescription", "otc": "Over the counter", "supplement": "Supplement"}
SEVERITIES = ("", "mild", "moderate", "severe", "life-threatening")


FactError = FieldError


# -- the sections' dataclasses ------------------------------------------------------------
@dataclass
class Clinician:
    name: str
    specialty: str = ""
    facility: str = ""
    role: str = "other"
    phone: str = ""
    email: str = ""
    address: str = ""
    notes: str = ""
    id: int | None = None

    @property
    def label(self) -> str:
        extra = ", ".join(p for p in (self.specialty, self.facility) if p)
        return f"{self.name} ({extra})" if extra else self.name


@dataclass
class Opinion:
    clinician_id: int | None = None
    given_on: date | None = None
    diagnosis: str = ""
    specifics: str = ""
    established_by: str = ""  # comma-separated from ESTABLISHED_BY, or free text
    recommendation: str = ""
    reasoning: str = ""
    uncertain: str = ""
    record_ids: list[int] = field(default_factory=list)
    id: int | None = None


@dataclass
class ResolvePoint:
    text: str
    done: bool = False
    id: int | None = None


@dataclass
class TimelineEvent:
    title: str
    happened_on: date
    precision: str = "day"
    kind: str = "other"
    details: str = ""
    record_ids: list[int] = field(default_factory=list)
    id: int | None = None

    def date_text(self) -> str:
        return format_event_date(self.happened_on, self.precision)


@dataclass
class Medication:
    name: str
    dose: str = ""
    route: str = ""
    schedule: str = ""
    kind: str = "prescription"
    started_on: date | None = None
    stopped_on: date | None = None
    prescriber_id: int | None = None
    reason: str = ""
    active: bool = True
    id: int | None = None


@dataclass
class Allergy:
    substance: str
    reaction: str = ""
    severity: str = ""
    id: int | None = None


@dataclass
class FamilyHistory:
    relative: str
    condition: str
    age_at_onset: str = ""
    notes: str = ""
    id: int | None = None


def format_event_date(value: date, precision: str) -> str:
    if precision == "year":
        return str(value.year)
    if precision == "month":
        return f"{value.strftime('%B')} {value.year}"
    if precision == "approximate":
        return f"about {value.strftime('%B')} {value.year}"
    return dates.format_date(value)


# -- validation ---------------------------------------------------------------------------
def _required(value: str, name: str, message: str) -> None:
    if not value.strip():
        raise FactError(name, message)


def _not_future(value: date | None, name: str, label: str) -> None:
    if value is not None and value > date.today():
        raise FactError(name, f"{label} is in the future.")


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _check_clinician(c: Clinician) -> None:
    _required(c.name, "name", "Enter the clinician's or facility's name.")
    if c.role not in ROLES:
        raise FactError("role", "Choose the role in this case.")
    if c.email and not _EMAIL.match(c.email.strip()):
        raise FactError("email", "That email address looks incomplete.")


def _check_opinion(o: Opinion) -> None:
    if not (o.diagnosis.strip() or o.recommendation.strip()):
        raise FactError("diagnosis", "Write at least the diagnosis or the recommendation.")
    _not_future(o.given_on, "given_on", "The date of the opinion")


def _check_point(p: ResolvePoint) -> None:
    _required(p.text, "text", "Write the point to resolve.")


def _check_event(e: TimelineEvent) -> None:
    _required(e.title, "title", "Give the event a title.")
    if e.happened_on is None:
        raise FactError("happened_on", "Enter the date (or just the year if that is all).")
    if e.precision not in PRECISIONS:
        raise FactError("precision", "Choose how precise the date is.")
    if e.kind not in EVENT_KINDS:
        raise FactError("kind", "Choose the kind of event.")
    if e.kind != "appointment":
        _not_future(e.happened_on, "happened_on", "The date")


def _check_medication(m: Medication) -> None:
    _required(m.name, "name", "Enter the medication's name.")
    if m.kind not in MED_KINDS:
        raise FactError("kind", "Choose prescription, over the counter or supplement.")
    if m.started_on and m.stopped_on and m.stopped_on < m.started_on:
        raise FactError("stopped_on", "The stop date is before the start date.")
    _not_future(m.stopped_on, "stopped_on", "The stop date")


def _check_allergy(a: Allergy) -> None:
    _required(a.substance, "substance", "Enter what causes the reaction.")
    if a.severity not in SEVERITIES:
        raise FactError("severity", "Choose a severity.")


def _check_family(f: FamilyHistory) -> None:
    _required(f.relative, "relative", "Enter the relative (for example, mother).")
    _required(f.condition, "condition", "Enter the condition.")


# -- the generic machinery ----------------------------------------------------------------
@dataclass(frozen=True)
class Section:
    key: str  # table name, and the key in the case document
    cls: type
    check: Callable[[Any], None]
    order_by: str = "position, id"
    linkable: bool = False
    # Checks that need the vault (for example "at most three marked"): (vault, case, item).
    check_in_case: Callable[[Vault, int, Any], None] | None = None


SECTIONS: dict[type, Section] = {
    s.cls: s
    for s in (
        Section("clinicians", Clinician, _check_clinician),
        Section("opinions", Opinion, _check_opinion, "coalesce(given_on, '9999'), id", True),
        Section("resolve_points", ResolvePoint, _check_point),
        Section("timeline_events", TimelineEvent, _check_event, "happened_on, id", True),
        Section(
            "medications",
            Medication,
            _check_medication,
            "active DESC, coalesce(started_on, '9999') DESC, id",
        ),
        Section("allergies", Allergy, _check_allergy),
        Section("family_history", FamilyHistory, _check_family),
    )
}


def register(section: Section) -> None:
    """Let another module's section use this machinery (issue 5's questions, options...)."""
    SECTIONS[section.cls] = section


def _to_row(item: Any) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for f in dataclasses.fields(item):
        if f.name in ("record_ids", "id"):
            continue
        value = getattr(item, f.name)
        if isinstance(value, date):
            value = value.isoformat()
        elif isinstance(value, bool):
            value = int(value)
        elif isinstance(value, str):
            value = value.strip() if f.name not in ("details", "notes") else value
        row[f.name] = value
    return row


@cache
def _converters(cls: type) -> dict[str, Callable[[Any], Any]]:
    """How to turn each stored column back into its field's type, read from the real type
    hints (not their spelling, so ``Optional[date]`` and ``date | None`` both work)."""
    out: dict[str, Callable[[Any], Any]] = {}
    for name, hint in get_type_hints(cls).items():
        kinds = set(get_args(hint)) or {hint}
        if datetime in kinds:
            out[name] = lambda v: datetime.fromisoformat(v) if v else None
        elif date in kinds:
            out[name] = lambda v: date.fromisoformat(v) if v else None
        elif bool in kinds:
            out[name] = bool
    return out


def _from_row(cls: type, row: dict[str, Any], record_ids: list[int]) -> Any:
    convert = _converters(cls)
    kwargs: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        if f.name == "record_ids":
            kwargs["record_ids"] = record_ids
            continue
        value = row.get(f.name)
        kwargs[f.name] = convert[f.name](value) if f.name in convert else value
    return cls(**kwargs)


def list_items(vault: Vault, cls: type, case_id: int) -> list[Any]:
    section = SECTIONS[cls]
    links = repo.links(vault.db, section.key) if section.linkable else {}
    return [
        _from_row(cls, row, links.get(int(row["id"]), []))
        for row in repo.for_case(vault.db, section.key, case_id, section.order_by)
    ]


def get_item(vault: Vault, cls: type, item_id: int) -> Any:
    section = SECTIONS[cls]
    row = repo.get(vault.db, section.key, item_id)
    if row is None:
        raise LookupError(f"That {section.key.replace('_', ' ')} entry no longer exists.")
    links = repo.links(vault.db, section.key) if section.linkable else {}
    return _from_row(cls, row, links.get(item_id, []))


def save(vault: Vault, case_id: int, item: Any) -> Any:
    """Create or update one entry (and its record links) in one transaction."""
    section = SECTIONS[type(item)]
    section.check(item)
    if section.check_in_case is not None:
        section.check_in_case(vault, case_id, item)
    row = _to_row(item) | {"updated_at": dates.utc_now_iso()}
    with vault.transaction() as db:
        if item.id is None:
            item_id = repo.insert(
                db, section.key, row | {"case_id": case_id, "created_at": row["updated_at"]}
            )
        else:
            if repo.get(db, section.key, item.id) is None:
                raise LookupError("That entry was deleted meanwhile.")
            item_id = item.id
            repo.update(db, section.key, item_id, row)
        if section.linkable:
            repo.set_links(db, section.key, item_id, item.record_ids)
    return get_item(vault, type(item), item_id)


@dataclass(frozen=True)
class Deleted:
    """What :func:`restore` needs to undo a delete: the row, its case, its links."""

    cls: type
    row: dict[str, Any]
    record_ids: tuple[int, ...]


def delete(vault: Vault, cls: type, item_id: int) -> Deleted:
    section = SECTIONS[cls]
    with vault.transaction() as db:
        row = repo.get(db, section.key, item_id)
        if row is None:
            raise LookupError("That entry was already deleted.")
        linked = tuple(repo.links(db, section.key).get(item_id, []))
        repo.delete(db, section.key, item_id)
    return Deleted(cls, row, linked)


def restore(vault: Vault, deleted: Deleted) -> Any:
    """Undo a delete: the same row comes back with the same id, position and links."""
    section = SECTIONS[deleted.cls]
    with vault.transaction() as db:
        item_id = repo.insert(db, section.key, dict(deleted.row))
        if section.linkable:
            existing = {r for (r,) in db.execute("SELECT id FROM records").fetchall()}
            repo.set_links(
                db, section.key, item_id, [r for r in deleted.record_ids if r in existing]
            )
    return get_item(vault, deleted.cls, item_id)


def move(vault: Vault, cls: type, case_id: int, item_id: int, offset: int) -> None:
    """Move an entry up (-1) or down (+1) in the user's order."""
    ids = _ordered_ids(vault, cls, case_id)
    move_to(vault, cls, case_id, item_id, ids.index(item_id) + offset)


def move_to(vault: Vault, cls: type, case_id: int, item_id: int, index: int) -> None:
    """Put an entry at ``index`` (0-based, clamped) in the user's order: what a drag and
    drop does. The whole order is rewritten in one transaction."""
    section = SECTIONS[cls]
    ids = _ordered_ids(vault, cls, case_id)
    i = ids.index(item_id)
    j = max(0, min(len(ids) - 1, index))
    ids.insert(j, ids.pop(i))
    with vault.transaction() as db:
        for position, rid in enumerate(ids, start=1):
            repo.update(db, section.key, rid, {"position": position})


def _ordered_ids(vault: Vault, cls: type, case_id: int) -> list[int]:
    return [int(r["id"]) for r in repo.for_case(vault.db, SECTIONS[cls].key, case_id)]


def to_json(item: Any) -> dict[str, Any]:
    out = dataclasses.asdict(item)
    for key, value in out.items():
        if isinstance(value, date):  # datetime too
            out[key] = value.isoformat()
    return out


# -- comparison of opinions ---------------------------------------------------------------
ASPECTS = (
    ("diagnosis", "Diagnosis"),
    ("specifics", "Type, stage, grade"),
    ("established_by", "How it was established"),
    ("recommendation", "Recommended treatment"),
    ("reasoning", "Reasoning"),
    ("uncertain", "What is uncertain"),
)


@dataclass(frozen=True)
class ComparisonRow:
    aspect: str
    label: str
    values: tuple[str, ...]
    differ: bool


def _normal(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def compare(opinions: list[Opinion]) -> list[ComparisonRow]:
    """One row per aspect; ``differ`` when the opinions that say something disagree."""
    rows = []
    for key, label in ASPECTS:
        values = tuple(getattr(o, key) for o in opinions)
        said = {_normal(v) for v in values if v.strip()}
        rows.append(ComparisonRow(key, label, values, len(said) > 1))
    return rows


# -- records into the timeline ------------------------------------------------------------
_RECORD_EVENT_KIND = {
    "pathology": "diagnosis",
    "imaging_report": "test",
    "imaging_images": "test",
    "lab": "test",
    "procedure": "procedure",
    "discharge": "hospital_stay",
    "consultation": "appointment",
    "treatment_summary": "treatment_start",
}


def add_records_to_timeline(vault: Vault, case_id: int, record_ids: list[int]) -> list[Any]:
    """One event per record with a date of service (skipping those already on it)."""
    from secondop_desktop import records

    on_timeline = {r for e in list_items(vault, TimelineEvent, case_id) for r in e.record_ids}
    added = []
    for rid in record_ids:
        rec = records.get_record(vault, rid)
        if rec.date_of_service is None or rid in on_timeline or rec.case_id != case_id:
            continue
        event = TimelineEvent(
            title=rec.title,
            happened_on=rec.date_of_service,
            kind=_RECORD_EVENT_KIND.get(rec.kind, "other"),
            details=rec.source,
            record_ids=[rid],
        )
        added.append(save(vault, case_id, event))
    return added


def case_sections(vault: Vault, case_id: int) -> dict[str, list[dict[str, Any]]]:
    """Every section as JSON-ready lists, for the case document."""
    return {
        "care_team": [to_json(i) for i in list_items(vault, Clinician, case_id)],
        "opinions": [to_json(i) for i in list_items(vault, Opinion, case_id)],
        "points_to_resolve": [to_json(i) for i in list_items(vault, ResolvePoint, case_id)],
        "timeline": [to_json(i) for i in list_items(vault, TimelineEvent, case_id)],
        "medications": [to_json(i) for i in list_items(vault, Medication, case_id)],
        "allergies": [to_json(i) for i in list_items(vault, Allergy, case_id)],
        "family_history": [to_json(i) for i in list_items(vault, FamilyHistory, case_id)],
    }
