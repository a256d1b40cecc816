"""Write a validated case document into a vault as a new case.

Called inside the caller's one transaction (the case file's or the JSON import's): any
failure, a bad date, a reference to an entry that is not there, rolls everything back.
The document's ids only link its entries to each other; every entry gets a new id here,
and each link is mapped to it, in an order where the target always exists first
(clinicians before the opinions that name them, questions before the points to resolve
that are them).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from secondop_desktop import cases, facts, preparing, suggested
from secondop_desktop.cases import lists
from secondop_desktop.core import dates
from secondop_desktop.core.validation import FieldError
from secondop_desktop.i18n import translate
from secondop_desktop.records import (
    COPY_RENDERED,
    COPY_REPAIRED,
    COPY_UNLOCKED,
    checklist,
    imaging,
)
from secondop_desktop.store import Vault
from secondop_desktop.store import records as record_repo

from .schema import DocumentError

# Fields that point at another entry of the document: which list their ids are from.
REFERENCES = {
    "clinician_id": "care_team",
    "prescriber_id": "care_team",
    "proposed_by": "care_team",
    "trial_id": "trials",
    "opinion_id": "opinions",
    "question_id": "questions",
    "option_id": "options",
}


def _not_valid(where: str, problem: Exception) -> str:
    """``where``: the place in the document (opinions[0].diagnosis), as written there."""
    said = translate("restore", "The case document is not valid at {where}: {problem}")
    return said.format(where=where, problem=problem)


def _not_an_id(where: str, value: object, key: str) -> str:
    said = translate(
        "restore", "The case document is not valid at {where}: {id} is not an id in {list}."
    )
    return said.format(where=where, id=value, list=key)


@dataclass
class IdMap:
    """Document id -> new id, per list of the document."""

    maps: dict[str, dict[int, int]] = field(default_factory=dict)

    def put(self, key: str, old: int | None, new: int | None) -> None:
        if old is not None and new is not None:
            self.maps.setdefault(key, {})[old] = new

    def get(self, key: str, old: int | None, where: str) -> int | None:
        if old is None:
            return None
        try:
            return self.maps.get(key, {})[old]
        except KeyError:
            raise DocumentError(_not_an_id(where, old, key)) from None


@dataclass(frozen=True)
class RecordBytes:
    """One record's stored bytes, ready to write: chunks (checked on the way), the page
    texts and the thumbnail."""

    chunks: Any  # Iterable[bytes]
    texts: list[str]
    thumbnail: bytes | None


def create_case(vault: Vault, doc: dict[str, Any], *, new_identity: bool) -> int:
    """The case itself; ``new_identity`` gives it a new uid (a second copy kept beside)."""
    data = doc["case"]
    try:
        case = cases.Case(
            patient_name=data["patient_name"],
            patient_dob=dates.from_stored(data.get("patient_dob")),
            managed_by=data.get("managed_by", "patient"),
            caregiver_name=data.get("caregiver_name", ""),
            caregiver_relationship=data.get("caregiver_relationship", ""),
            contact=data.get("contact", ""),
            title=data.get("title", ""),
            reason=data.get("reason", ""),
            decide_by=dates.from_stored(data.get("decide_by")),
            status=data.get("status", "gathering"),
            uid="" if new_identity else data.get("uid", ""),
        )
        made = cases.create_case(vault, case)
    except (ValueError, FieldError) as exc:
        raise DocumentError(_not_valid("case", exc)) from None
    assert made.id is not None
    if data.get("archived"):
        cases.set_archived(vault, made.id, True)
    return made.id


def add_record(
    vault: Vault, case_id: int, data: dict[str, Any], content: RecordBytes, where: str
) -> int:
    """One record with its metadata as the document gives it."""
    try:
        when = dates.from_stored(data.get("date_of_service"))
    except ValueError as exc:
        raise DocumentError(_not_valid(where, exc)) from None
    from secondop_desktop.records.same_text import text_digest

    now = dates.utc_now_iso()
    flags = (
        (COPY_UNLOCKED if data.get("unlocked_copy") else 0)
        | (COPY_REPAIRED if data.get("repaired") else 0)
        | (COPY_RENDERED if data.get("rendered") else 0)
    )
    row = {
        "case_id": case_id,
        "title": data["title"],
        "kind": data["kind"],
        "date_of_service": when.isoformat() if when else None,
        "date_suggested": int(bool(data.get("date_suggested"))),
        "source": data.get("source", ""),
        "page_count": data["page_count"],
        "original_name": data["original_name"],
        "media_type": data["media_type"],
        "sha256": data["sha256"],
        "text_sha256": text_digest(content.texts),
        "unlocked_copy": flags,
        "created_at": data.get("created_at") or now,
        "updated_at": now,
    }
    with vault.transaction() as db:
        record_id = record_repo.insert(db, row, content.chunks, content.texts, content.thumbnail)
        record_repo.update(
            db,
            record_id,
            {
                "notes": data.get("notes", ""),
                "include_in_packet": int(bool(data.get("include_in_packet", True))),
                "rotation": data.get("rotation", 0),
                "position": data.get("position", 0),
            },
        )
        # Its pictures' words are read in this vault, as after an import (a case file
        # that carries what was read replaces this queue: casefile/pictures.py).
        from secondop_desktop.records.ocr_queue import queue_new

        queue_new(db, record_id, row, content.texts)
    return record_id


def _entry(
    cls: type[lists.T],
    data: dict[str, Any],
    ids: IdMap,
    where: str,
    records: dict[int, int],
    listed: set[int],
) -> lists.T:
    """``records`` maps the records imported; ``listed`` is every record id of the
    document (a link to a record listed but left out is dropped, not an error)."""
    mapped = dict(data)
    for name, key in REFERENCES.items():
        if name in mapped:
            mapped[name] = ids.get(key, mapped[name], f"{where}.{name}")
    if "record_ids" in mapped:
        missing = [r for r in mapped["record_ids"] if r not in listed]
        if missing:
            raise DocumentError(_not_an_id(f"{where}.record_ids", missing[0], "records"))
        mapped["record_ids"] = [records[r] for r in mapped["record_ids"] if r in records]
    try:
        return lists.from_json(cls, mapped)
    except (ValueError, TypeError) as exc:
        raise DocumentError(_not_valid(where, exc)) from None


def _save(vault: Vault, case_id: int, item: Any, drafts: list[dict[str, str]]) -> Any:
    """Save an entry as the vault it came from had it: an unfinished entry (a required
    field empty, a date not readable yet) is saved as it was, its typed text kept as a
    draft, exactly as when it was typed; nothing is refused for it."""
    kept = {d["field"]: lists.Problem(d["field"], d["message"], d["typed"]) for d in drafts}
    return lists.save_draft(vault, case_id, item, fallback=item, problems=kept).item


def write_sections(
    vault: Vault,
    case_id: int,
    doc: dict[str, Any],
    records: dict[int, int],
    *,
    cancel: Callable[[], None] = lambda: None,
) -> None:
    """Every section of the document, links mapped (``records``: document record id ->
    new record id; records not imported are absent, and links to them dropped)."""
    ids = IdMap()
    listed = {int(r["id"]) for r in doc["records"]}

    Extra = Callable[[dict[str, Any], str], None]

    def each(key: str, cls: type[Any], extra: Extra | None = None,
             leave_out: tuple[str, ...] = ()) -> None:  # fmt: skip
        for n, data in enumerate(doc.get(key, [])):  # keys added later are optional
            cancel()
            where = f"{key}[{n}]"
            plain = {k: v for k, v in data.items() if k not in (*leave_out, "drafts")}
            entry = _entry(cls, plain, ids, where, records, listed)
            saved = _save(vault, case_id, entry, data.get("drafts", []))
            ids.put(key, data.get("id"), saved.id)
            if extra is not None:
                extra(data, where)

    each("care_team", facts.Clinician)
    each("opinions", facts.Opinion)
    each("trials", preparing.Trial)

    def answers(data: dict[str, Any], at: str) -> None:
        for n, answer in enumerate(data["answers"]):
            where = f"{at}.answers[{n}]"
            plain = {k: v for k, v in answer.items() if k != "drafts"}
            entry = _entry(
                preparing.Answer, {**plain, "question_id": data["id"]}, ids, where, records, listed
            )
            _save(vault, case_id, entry, answer.get("drafts", []))

    each("questions", preparing.Question, answers, leave_out=("answers",))
    each("points_to_resolve", facts.ResolvePoint)
    each("timeline", facts.TimelineEvent)
    each("conditions", facts.Condition)
    each("medications", facts.Medication)
    each("allergies", facts.Allergy)
    each("family_history", facts.FamilyHistory)
    each("lab_results", facts.LabResult)
    suggested.restore(vault, case_id, doc.get("suggestions", []), records)
    imaging.restore(vault, case_id, doc.get("imaging_studies", []), records)

    def points(data: dict[str, Any], at: str) -> None:
        for side in ("benefits", "risks"):
            for n, point in enumerate(data[side]):
                where = f"{at}.{side}[{n}]"
                plain = {k: v for k, v in point.items() if k != "drafts"}
                entry = _entry(
                    preparing.OptionPoint,
                    {**plain, "option_id": data["id"]},
                    ids,
                    where,
                    records,
                    listed,
                )
                _save(vault, case_id, entry, point.get("drafts", []))

    each("options", preparing.TreatmentOption, points, leave_out=("benefits", "risks"))
    each("appointments", preparing.Appointment)
    for n, data in enumerate(doc["checklist"]):
        cancel()
        where = f"checklist[{n}]"
        try:
            item = checklist.Item(
                description=data["description"],
                kind=data.get("kind", "other"),
                source=data.get("source", ""),
                physical=bool(data.get("physical", False)),
                carrier=data.get("carrier", ""),
                tracking=data.get("tracking", ""),
                sent_on=dates.from_stored(data.get("sent_on")),
                returned_on=dates.from_stored(data.get("returned_on")),
                status=data.get("status", "needed"),
                requested_on=dates.from_stored(data.get("requested_on")),
                due_on=dates.from_stored(data.get("due_on")),
                notes=data.get("notes", ""),
                record_ids=[records[r] for r in data.get("record_ids", []) if r in records],
            )
            checklist.save_item(vault, case_id, item)
        except (ValueError, FieldError) as exc:
            raise DocumentError(_not_valid(where, exc)) from None
    decision = doc["decision"]
    try:
        preparing.save_decision(
            vault,
            case_id,
            preparing.Decision(
                what=decision["what"],
                by_when=dates.from_stored(decision.get("by_when")),
                role=decision["role"],
                certainty=dict(decision["certainty"]),
            ),
        )
        if any(doc["preferences"].values()):
            preparing.save_preferences(vault, case_id, dict(doc["preferences"]))
    except (ValueError, FieldError) as exc:
        raise DocumentError(_not_valid("decision", exc)) from None
