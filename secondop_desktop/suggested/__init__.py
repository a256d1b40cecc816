"""Suggested facts: what a structured record (FHIR, C-CDA) says about the patient, offered
to the user and entering the case only when accepted (issue 19; "nothing invented").

Import stores each fact a document gives as a pending suggestion linked to its record
(``records.structured_import``). Here the user's word turns one into the case's own fact:
a condition onto the problem list, a medication or allergy onto theirs, a procedure, a
visit or a vaccination onto the timeline (linked to the record), a lab result onto the
labs. Accepting, editing first, rejecting and accepting all of a kind each happen in one
transaction, so a crash never leaves a fact without its decision or the other way round.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields, replace
from typing import Any

from secondop_desktop import facts
from secondop_desktop.cases import lists
from secondop_desktop.core import dates
from secondop_desktop.core.validation import FieldError
from secondop_desktop.i18n import QT_TRANSLATE_NOOP, translate
from secondop_desktop.records.structured.model import (
    ALLERGY,
    CONDITION,
    ENCOUNTER,
    IMMUNIZATION,
    KINDS,
    LAB,
    MEDICATION,
    PROCEDURE,
)
from secondop_desktop.store import Vault
from secondop_desktop.store import suggestions as repo

PENDING, ACCEPTED, REJECTED = repo.PENDING, repo.ACCEPTED, repo.REJECTED

# What each kind is called, and where an accepted one goes (in English; shown translated).
KIND_LABELS = {
    CONDITION: QT_TRANSLATE_NOOP("suggested", "Health problems"),
    MEDICATION: QT_TRANSLATE_NOOP("suggested", "Medications"),
    ALLERGY: QT_TRANSLATE_NOOP("suggested", "Allergies"),
    PROCEDURE: QT_TRANSLATE_NOOP("suggested", "Procedures"),
    ENCOUNTER: QT_TRANSLATE_NOOP("suggested", "Visits and hospital stays"),
    IMMUNIZATION: QT_TRANSLATE_NOOP("suggested", "Vaccinations"),
    LAB: QT_TRANSLATE_NOOP("suggested", "Lab results"),
}
DESTINATIONS = {
    CONDITION: QT_TRANSLATE_NOOP("suggested", "Health › Problems and past history"),
    MEDICATION: QT_TRANSLATE_NOOP("suggested", "Health › Medications"),
    ALLERGY: QT_TRANSLATE_NOOP("suggested", "Health › Allergies"),
    PROCEDURE: QT_TRANSLATE_NOOP("suggested", "Timeline"),
    ENCOUNTER: QT_TRANSLATE_NOOP("suggested", "Timeline"),
    IMMUNIZATION: QT_TRANSLATE_NOOP("suggested", "Timeline"),
    LAB: QT_TRANSLATE_NOOP("suggested", "Health › Lab results"),
}
# The fields a user may correct before accepting (the rest is the source's).
EDITABLE = ("text", "date", "value", "unit", "reference_range", "flag")


def kind_label(kind: str) -> str:
    return translate("suggested", KIND_LABELS[kind]) if kind in KIND_LABELS else kind


def destination(kind: str) -> str:
    return translate("suggested", DESTINATIONS[kind]) if kind in DESTINATIONS else ""


@dataclass(frozen=True)
class Suggested:
    """One offered fact, as the document gave it, and what became of it."""

    id: int
    case_id: int
    record_id: int | None
    kind: str
    key: str
    text: str
    date: str = ""  # ISO 8601 as the source wrote it (perhaps partial or a date-time)
    status: str = ""
    code: str = ""
    value: str = ""
    unit: str = ""
    reference_range: str = ""
    flag: str = ""
    state: str = PENDING
    fact_section: str | None = None
    fact_id: int | None = None

    def day(self) -> dt.date | None:
        """The source's date at its own precision ("2019", "2019-03", a day); None when
        absent or not a date."""
        return dates.from_iso_prefix(self.date)


def _from_row(row: dict[str, Any]) -> Suggested:
    names = {f.name for f in fields(Suggested)}
    return Suggested(**{k: v for k, v in row.items() if k in names})


def list_suggestions(vault: Vault, case_id: int, state: str | None = PENDING) -> list[Suggested]:
    """The case's suggestions (pending ones by default), in the order they were offered,
    grouped by kind in :data:`KINDS` order."""
    rows = [_from_row(r) for r in repo.for_case(vault.db, case_id, state)]
    order = {k: n for n, k in enumerate(KINDS)}
    return sorted(rows, key=lambda s: (order.get(s.kind, len(order)), s.id))


def pending_count(vault: Vault, case_id: int) -> int:
    return repo.pending_count(vault.db, case_id)


def get(vault: Vault, suggestion_id: int) -> Suggested:
    row = repo.get(vault.db, suggestion_id)
    if row is None:
        raise LookupError(translate("suggested", "That suggestion no longer exists."))
    return _from_row(row)


def edited(s: Suggested, changes: dict[str, str]) -> Suggested:
    """``s`` with the user's corrections (only :data:`EDITABLE` fields)."""
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValueError(f"not editable: {', '.join(sorted(unknown))}")
    kept: dict[str, Any] = {k: v.strip() for k, v in changes.items()}
    return replace(s, **kept)


def fact_for(s: Suggested) -> lists.Item:
    """The fact ``s`` becomes when accepted, not saved yet (validated by its section when
    saved: a condition dated in the future is refused there, with the reason)."""
    day = s.day()
    linked = [s.record_id] if s.record_id is not None else []
    status = s.status.lower()
    if s.kind == CONDITION:
        return facts.Condition(name=s.text, since=day, status=_condition_status(status))
    if s.kind == MEDICATION:
        stopped = status in ("stopped", "completed", "inactive", "cancelled", "entered-in-error")
        return facts.Medication(name=s.text, started_on=day, active=not stopped)
    if s.kind == ALLERGY:
        return facts.Allergy(substance=s.text)
    if s.kind == LAB:
        return facts.LabResult(
            test=s.text,
            value=s.value,
            unit=s.unit,
            reference_range=s.reference_range,
            flag=s.flag,
            taken_on=day,
            code=s.code,
            record_ids=linked,
        )
    if s.kind in (PROCEDURE, ENCOUNTER, IMMUNIZATION):
        kind = {PROCEDURE: "procedure", IMMUNIZATION: "vaccination"}.get(s.kind, "appointment")
        if s.kind == ENCOUNTER and any(w in s.text.lower() for w in ("inpatient", "admission")):
            kind = "hospital_stay"
        return facts.TimelineEvent(title=s.text, happened_on=day, kind=kind, record_ids=linked)
    raise ValueError(f"unknown suggestion kind {s.kind!r}")


def _condition_status(status: str) -> str:
    """FHIR's and C-CDA's clinical status in the problem list's words; "Not sure" when
    the source does not say (never "active" by default: that would be a claim)."""
    return {
        "active": "active",
        "recurrence": "active",
        "relapse": "active",
        "remission": "in_remission",
        "resolved": "resolved",
        "inactive": "resolved",
        "completed": "resolved",
    }.get(status, "unknown")


def accept(vault: Vault, suggestion_id: int, changes: dict[str, str] | None = None) -> lists.Item:
    """Make the suggestion (with the user's ``changes``) a fact of the case; raises
    :class:`FieldError` (nothing saved) when the fact is not valid as it stands, and
    LookupError when it was decided meanwhile."""
    with vault.transaction() as db:
        # Read and decided in one transaction: two windows (or the window and the command
        # line) accepting the same suggestion made the fact twice.
        s = _pending(vault, suggestion_id)
        if changes:
            s = edited(s, changes)
        item = fact_for(s)
        saved = lists.save(vault, s.case_id, item)
        repo.decide(
            db,
            s.id,
            ACCEPTED,
            dates.utc_now_iso(),
            lists.section_of(type(item)).key,
            lists.saved_id(saved),
        )
    return saved


def revise(vault: Vault, suggestion_id: int, changes: dict[str, str]) -> None:
    """Keep the user's corrections on a suggestion that stays pending: what lock or quit
    does with an open "Edit and accept" form. Typing is kept (nothing lost) and nothing
    becomes a fact without the user's accept (nothing invented)."""
    s = edited(get(vault, suggestion_id), changes)  # only editable fields
    with vault.transaction() as db:
        repo.revise(db, s.id, {k: getattr(s, k) for k in changes})


def reject(vault: Vault, suggestion_id: int) -> None:
    """Not a fact of this case: kept as rejected, so no import offers it again. Only a
    pending one (LookupError otherwise): rejecting an accepted one made it "rejected"
    while its fact stayed in the case, and forgot which fact it had become."""
    with vault.transaction() as db:
        _pending(vault, suggestion_id)
        repo.decide(db, suggestion_id, REJECTED, dates.utc_now_iso())


def _pending(vault: Vault, suggestion_id: int) -> Suggested:
    s = get(vault, suggestion_id)
    if s.state != PENDING:
        raise LookupError(translate("suggested", "That suggestion was already decided."))
    return s


def reconsider(vault: Vault, suggestion_id: int) -> None:
    """A rejected suggestion offered again (the undo of :func:`reject`)."""
    s = get(vault, suggestion_id)
    if s.state == REJECTED:
        with vault.transaction() as db:
            repo.decide(db, suggestion_id, PENDING, dates.utc_now_iso())


@dataclass(frozen=True)
class Accepted:
    """What accepting many did: how many became facts, and those left pending with why."""

    accepted: int
    left: tuple[tuple[Suggested, str], ...]


def accept_all(vault: Vault, case_id: int, kind: str | None = None) -> Accepted:
    """Accept every pending suggestion of ``kind`` (all kinds when None). One that is not
    valid as it stands (no date for a timeline event) stays pending, with its reason."""
    done = 0
    left: list[tuple[Suggested, str]] = []
    for s in list_suggestions(vault, case_id):
        if kind is not None and s.kind != kind:
            continue
        try:
            accept(vault, s.id)
        except FieldError as exc:
            left.append((s, str(exc)))
        except LookupError:
            continue  # decided meanwhile (another window, the command line): not ours now
        else:
            done += 1
    return Accepted(done, tuple(left))


_CARRIED = ("kind", "key", "text", "date", "status", "code", "value", "unit",
            "reference_range", "flag", "state")  # fmt: skip


def to_json(s: Suggested) -> dict[str, Any]:
    """A suggestion as the case document carries it (its record by the document's id)."""
    out: dict[str, Any] = {k: getattr(s, k) for k in _CARRIED}
    out["record_id"] = s.record_id
    return out


def restore(
    vault: Vault, case_id: int, entries: list[dict[str, Any]], records: dict[int, int]
) -> None:
    """A case document's suggestions into the case (``records``: document record id ->
    new id; a suggestion of a record left out keeps no record). A decided one stays
    decided, without its fact (facts travel in their own sections)."""
    rows = [
        {k: e.get(k, "") for k in _CARRIED}
        | {"record_id": records.get(e["record_id"]) if e.get("record_id") is not None else None}
        for e in entries
    ]
    with vault.transaction() as db:
        repo.restore(db, case_id, rows, dates.utc_now_iso())


__all__ = [
    "ACCEPTED",
    "DESTINATIONS",
    "EDITABLE",
    "KINDS",
    "KIND_LABELS",
    "PENDING",
    "REJECTED",
    "Accepted",
    "Suggested",
    "accept",
    "accept_all",
    "destination",
    "edited",
    "fact_for",
    "get",
    "kind_label",
    "list_suggestions",
    "pending_count",
    "reconsider",
    "reject",
    "restore",
    "revise",
    "to_json",
]
