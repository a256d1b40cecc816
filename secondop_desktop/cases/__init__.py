"""Cases: one per patient (a caregiver may look after several relatives).

Screens call these functions with keyword arguments; they never build SQL or open
transactions themselves. Every write is one transaction.
"""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass, field, fields
from datetime import UTC, date, datetime
from typing import Any

from secondop_desktop.core import dates
from secondop_desktop.core.validation import FieldError
from secondop_desktop.i18n import QT_TRANSLATE_NOOP, translate
from secondop_desktop.store import Vault
from secondop_desktop.store import cases as repo

STATUSES = ("gathering", "ready", "sent", "seen", "decided")
# In English: what is shown goes through status_label (the language installed when shown).
STATUS_LABELS: dict[str, str] = {
    "gathering": QT_TRANSLATE_NOOP("cases_init", "Gathering records"),
    "ready": QT_TRANSLATE_NOOP("cases_init", "Ready to send"),
    "sent": QT_TRANSLATE_NOOP("cases_init", "Sent to the consultant"),
    "seen": QT_TRANSLATE_NOOP("cases_init", "Seen by the consultant"),
    "decided": QT_TRANSLATE_NOOP("cases_init", "Decision made"),
}
MANAGERS = ("patient", "caregiver")


def status_label(status: str) -> str:
    """A status as shown to the user, in the current language."""
    return translate("cases_init", STATUS_LABELS[status])


ValidationError = FieldError  # the name the case screens and the CLI use


@dataclass
class Case:
    patient_name: str
    patient_dob: date | None = None
    managed_by: str = "patient"
    caregiver_name: str = ""
    caregiver_relationship: str = ""
    contact: str = ""
    title: str = ""
    reason: str = ""
    decide_by: date | None = None
    status: str = "gathering"
    archived: bool = False
    # Who this case is across vaults (a random hex id made at creation, carried by case
    # files): the same case imported twice is recognised. Never edited.
    uid: str = ""
    id: int | None = None
    created_at: datetime | None = field(default=None, compare=False)
    updated_at: datetime | None = field(default=None, compare=False)

    @property
    def display_title(self) -> str:
        return self.title or translate("cases_init", "Second opinion")

    def manager_text(self) -> str:
        if self.managed_by == "caregiver":
            who = self.caregiver_name or translate("cases_init", "A caregiver")
            if self.caregiver_relationship:
                return translate("cases_init", "Managed by {who} ({relationship})").format(
                    who=who, relationship=self.caregiver_relationship
                )
            return translate("cases_init", "Managed by {who}").format(who=who)
        return translate("cases_init", "Managed by the patient")

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        for key, value in out.items():
            if isinstance(value, (date, datetime)):
                out[key] = value.isoformat()
        return out


EDITABLE = tuple(
    f.name
    for f in fields(Case)
    if f.name not in ("id", "created_at", "updated_at", "archived", "uid")
)


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def parse_date(text: str | None, field_name: str, label: str) -> date | None:
    """A date typed anywhere outside a date field (the command line's ``--dob``): the same
    forms and the same refusals (an ambiguous 03/04/1956 names both readings)."""
    if text is None or not str(text).strip():
        return None
    try:
        return dates.parse_date_text(str(text))
    except dates.AmbiguousDate as exc:
        a, b = exc.choices
        raise ValidationError(
            field_name,
            f"{label}: day and month could be confused in {exc.text}. Write "
            f"{a.isoformat()} for {dates.format_date(a)} or {b.isoformat()} for "
            f"{dates.format_date(b)} (year-month-day, like 1956-03-14).",
        ) from None
    except dates.DateTextError as exc:
        raise ValidationError(field_name, f"{label}: {exc}") from None


def validate(case: Case, *, today: date | None = None) -> None:
    today = today or date.today()
    case.patient_name = case.patient_name.strip()
    if not case.patient_name:
        raise ValidationError("patient_name", translate("cases_init", "Enter the patient's name."))
    if len(case.patient_name) > 200:
        raise ValidationError(
            "patient_name",
            translate("cases_init", "The patient's name is too long (200 characters)."),
        )
    if case.patient_dob is not None:
        if case.patient_dob > today:  # the earliest day it can mean: "1954" is fine
            raise ValidationError(
                "patient_dob", translate("cases_init", "The date of birth cannot be in the future.")
            )
        if case.patient_dob.year < 1880:
            raise ValidationError(
                "patient_dob", translate("cases_init", "Check the year of the date of birth.")
            )
    if case.managed_by not in MANAGERS:
        raise ValidationError(
            "managed_by", translate("cases_init", "Choose who manages this case.")
        )
    if case.managed_by == "caregiver" and not case.caregiver_name.strip():
        raise ValidationError(
            "caregiver_name", translate("cases_init", "Enter the caregiver's name.")
        )
    if case.status not in STATUSES:
        raise ValidationError("status", translate("cases_init", "Choose a status."))


def _to_row(case: Case) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for name in EDITABLE:
        value = getattr(case, name)
        row[name] = value.isoformat() if isinstance(value, date) else value
    row["archived"] = int(case.archived)
    return row


def _from_row(row: dict[str, Any]) -> Case:
    return Case(
        id=int(row["id"]),
        patient_name=row["patient_name"],
        patient_dob=dates.from_stored(row["patient_dob"]),
        managed_by=row["managed_by"],
        caregiver_name=row["caregiver_name"],
        caregiver_relationship=row["caregiver_relationship"],
        contact=row["contact"],
        title=row["title"],
        reason=row["reason"],
        decide_by=dates.from_stored(row["decide_by"]),
        status=row["status"],
        archived=bool(row["archived"]),
        uid=str(row.get("uid") or ""),
        created_at=datetime.fromisoformat(row["created_at"]),
        updated_at=datetime.fromisoformat(row["updated_at"]),
    )


class CaseNotFound(LookupError):
    pass


def create_case(vault: Vault, case: Case, *, starter_checklist: bool = False) -> Case:
    """Save a new case; with ``starter_checklist`` it begins with the usual records list
    (what second-opinion centres ask for), in the same transaction."""
    validate(case)
    now = _now()
    row = _to_row(case) | {
        "created_at": now.isoformat(),
        "updated_at": now.isoformat(),
        "uid": case.uid or uuid.uuid4().hex,
    }
    with vault.transaction() as db:
        case_id = repo.insert(db, row)
        if starter_checklist:
            from secondop_desktop.records import checklist

            checklist.add_starter(vault, case_id)
    return get_case(vault, case_id)


def update_case(vault: Vault, case: Case) -> Case:
    if case.id is None:
        raise ValueError("update_case needs a saved case")
    validate(case)
    with vault.transaction() as db:
        if repo.get(db, case.id) is None:
            raise CaseNotFound(
                translate("cases_init", "Case {id} no longer exists.").format(id=case.id)
            )
        repo.update(db, case.id, _to_row(case) | {"updated_at": _now().isoformat()})
    return get_case(vault, case.id)


def set_archived(vault: Vault, case_id: int, archived: bool) -> Case:
    with vault.transaction() as db:
        repo.update(db, case_id, {"archived": int(archived), "updated_at": _now().isoformat()})
    return get_case(vault, case_id)


def delete_case(vault: Vault, case_id: int) -> None:
    with vault.transaction() as db:
        repo.delete(db, case_id)


def get_case(vault: Vault, case_id: int) -> Case:
    row = repo.get(vault.db, case_id)
    if row is None:
        raise CaseNotFound(
            translate("cases_init", "There is no case with id {id}.").format(id=case_id)
        )
    return _from_row(row)


def find_by_uid(vault: Vault, uid: str) -> list[Case]:
    """The cases of this vault that are this case (a case file imported before)."""
    return [_from_row(r) for r in repo.with_uid(vault.db, uid)] if uid else []


def list_cases(vault: Vault, *, include_archived: bool = False) -> list[Case]:
    return [_from_row(r) for r in repo.all_rows(vault.db, include_archived=include_archived)]
