"""The timeline: dated events with how precise the date is, a kind, and linked records;
dated records join it in one step."""

from __future__ import annotations

from dataclasses import InitVar, dataclass, field
from datetime import date

from secondop_desktop import records
from secondop_desktop.cases.lists import Section, list_items, register, save
from secondop_desktop.core import dates
from secondop_desktop.core.validation import FieldError, Missing
from secondop_desktop.i18n import QT_TRANSLATE_NOOP, translate
from secondop_desktop.store import Vault

# The labels in English: shown through event_kind_label; the keys are what is stored.
EVENT_KINDS = {
    "symptom": QT_TRANSLATE_NOOP("timeline", "Symptom"),
    "test": QT_TRANSLATE_NOOP("timeline", "Test"),
    "diagnosis": QT_TRANSLATE_NOOP("timeline", "Diagnosis"),
    "procedure": QT_TRANSLATE_NOOP("timeline", "Procedure"),
    "treatment_start": QT_TRANSLATE_NOOP("timeline", "Treatment started"),
    "treatment_stop": QT_TRANSLATE_NOOP("timeline", "Treatment stopped"),
    "hospital_stay": QT_TRANSLATE_NOOP("timeline", "Hospital stay"),
    "appointment": QT_TRANSLATE_NOOP("timeline", "Appointment"),
    "vaccination": QT_TRANSLATE_NOOP("timeline", "Vaccination"),
    "other": QT_TRANSLATE_NOOP("timeline", "Other"),
}


def event_kind_label(kind: str) -> str:
    """An event's kind as shown, in the current language ("" for an unknown one)."""
    return translate("timeline", EVENT_KINDS[kind]) if kind in EVENT_KINDS else ""


# What the timeline's old precision choice meant (before the date carried it): "approximate"
# was "about <month> <year>". Kept for callers that still say it (the demo case).
PRECISIONS = ("day", "month", "year", "approximate")


def at_precision(value: date, precision: str | None) -> date:
    """A plain date read at one of the old :data:`PRECISIONS` (None leaves it as it is)."""
    if precision is None or precision == "day":
        return value
    if precision not in PRECISIONS:
        raise FieldError("happened_on", translate("timeline", "Choose how precise the date is."))
    if precision == "year":
        return dates.PartialDate(value.year, precision="year")
    return dates.PartialDate(
        value.year, value.month, precision="month", approximate=precision == "approximate"
    )


def format_event_date(value: date, precision: str | None = None) -> str:
    """The date as written at its precision (an old precision word still applies)."""
    return dates.format_date(at_precision(value, precision))


@dataclass
class TimelineEvent:
    """An event; its date says how precise it is ("2019", "about March 2024")."""

    title: str
    happened_on: date | None  # None while the user has not entered it ("not recorded")
    # Only for building an event from a plain date and an old precision word; the date
    # itself is the truth and is what is stored.
    precision: InitVar[str | None] = None
    kind: str = "other"
    details: str = ""
    record_ids: list[int] = field(default_factory=list)
    id: int | None = None

    def __post_init__(self, precision: str | None) -> None:
        if self.happened_on is not None:
            self.happened_on = at_precision(self.happened_on, precision)

    def date_text(self) -> str:
        return dates.format_date(self.happened_on) or translate("timeline", "Date not recorded")


def _check_event(e: TimelineEvent) -> None:
    if not e.title.strip():
        raise Missing("title", translate("timeline", "Give the event a title."))
    if e.happened_on is None:
        raise Missing(
            "happened_on",
            translate("timeline", "Enter the date (or just the year if that is all)."),
        )
    if e.kind not in EVENT_KINDS:
        raise FieldError("kind", translate("timeline", "Choose the kind of event."))
    if e.kind != "appointment" and e.happened_on > date.today():
        raise FieldError("happened_on", translate("timeline", "The date is in the future."))


def _event_order(e: TimelineEvent) -> tuple[tuple[int, int], int]:
    return (dates.sort_key(e.happened_on), e.id or 0)


register(
    Section(
        "timeline_events",
        TimelineEvent,
        _check_event,
        "happened_on, id",
        True,
        sort_key=_event_order,
    )
)


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
