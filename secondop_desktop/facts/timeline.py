"""The timeline: dated events with how precise the date is, a kind, and linked records;
dated records join it in one step."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from secondop_desktop import records
from secondop_desktop.cases.lists import Section, list_items, register, save
from secondop_desktop.core import dates
from secondop_desktop.core.validation import FieldError
from secondop_desktop.store import Vault

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


def format_event_date(value: date, precision: str) -> str:
    if precision == "year":
        return str(value.year)
    if precision == "month":
        return f"{value.strftime('%B')} {value.year}"
    if precision == "approximate":
        return f"about {value.strftime('%B')} {value.year}"
    return dates.format_date(value)


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


def _check_event(e: TimelineEvent) -> None:
    if not e.title.strip():
        raise FieldError("title", "Give the event a title.")
    if e.happened_on is None:
        raise FieldError("happened_on", "Enter the date (or just the year if that is all).")
    if e.precision not in PRECISIONS:
        raise FieldError("precision", "Choose how precise the date is.")
    if e.kind not in EVENT_KINDS:
        raise FieldError("kind", "Choose the kind of event.")
    if e.kind != "appointment" and e.happened_on > date.today():
        raise FieldError("happened_on", "The date is in the future.")


register(Section("timeline_events", TimelineEvent, _check_event, "happened_on, id", True))


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


@dataclass(frozen=True)
class RecordsOnTimeline:
    """What "Add dated records to the timeline" did: the events it added, and the records
    whose date is only a suggestion read from their text (left out until the user
    confirms the date on the Records tab: a guess must not become an exact date)."""

    added: list[TimelineEvent]
    unconfirmed: list[records.Record]


def add_records_to_timeline(vault: Vault, case_id: int, record_ids: list[int]) -> RecordsOnTimeline:
    """One event per record with a confirmed date of service (skipping those already on
    it); records with a suggested date are returned for confirmation instead."""
    on_timeline = {r for e in list_items(vault, TimelineEvent, case_id) for r in e.record_ids}
    added: list[TimelineEvent] = []
    unconfirmed: list[records.Record] = []
    for rid in record_ids:
        rec = records.get_record(vault, rid)
        if rec.date_of_service is None or rid in on_timeline or rec.case_id != case_id:
            continue
        if rec.date_suggested:
            unconfirmed.append(rec)
            continue
        event = TimelineEvent(
            title=rec.title,
            happened_on=rec.date_of_service,
            kind=_RECORD_EVENT_KIND.get(rec.kind, "other"),
            details=rec.source,
            record_ids=[rid],
        )
        added.append(save(vault, case_id, event))
    return RecordsOnTimeline(added, unconfirmed)
