"""The Appointments tab: when and where, with whom, what for, what to bring (started from
the records checklist), notes after the visit, and the opinion the visit produced."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from secondop_desktop import preparing
from secondop_desktop.core import dates
from secondop_desktop.i18n import translate
from secondop_desktop.ui.common import colours
from secondop_desktop.ui.common.list_editor import FactsEditor, Field
from secondop_desktop.ui.common.state import AppState


def next_working_morning(now: datetime) -> datetime:
    """A sensible default for a new appointment: 9:00 on the next weekday."""
    day = now.date() + timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return datetime(day.year, day.month, day.day, 9, 0)


def describe_appointment(a: preparing.Appointment, now: datetime | None = None) -> str:
    now = now or datetime.now()
    when = translate("appointments_page", "{date}, {time}").format(
        date=dates.format_date(a.starts_at.date()), time=f"{a.starts_at:%H:%M}"
    )
    days = (a.starts_at.date() - now.date()).days
    if a.starts_at < now:
        past = translate("appointments_page", "(past)")
    elif days == 0:
        past = translate("appointments_page", "(today)")
    elif days == 1:
        past = translate("appointments_page", "(tomorrow)")
    else:
        past = translate("appointments_page", "(in %n days)", None, days)
    what = f" · {a.purpose}" if a.purpose else ""
    return f"{when}{what}  {past}"


class AppointmentsPage(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.editor = FactsEditor(
            state,
            preparing.Appointment,
            [
                Field("starts_at", translate("appointments_page", "&When"), "datetime"),
                Field("clinician_id", translate("appointments_page", "W&ith whom"), "clinician"),
                Field("place", translate("appointments_page", "&Place or video link")),
                Field(
                    "purpose",
                    translate("appointments_page", "P&urpose"),
                    placeholder=translate("appointments_page", "e.g. Second opinion on treatment"),
                ),
                Field(
                    "to_bring",
                    translate("appointments_page", "What to &bring"),
                    "text",
                    lines=8,
                    tip=translate(
                        "appointments_page",
                        "Started from the checklist's physical items and the usual papers.",
                    ),
                ),
                Field(
                    "notes_after",
                    translate("appointments_page", "&Notes after the visit"),
                    "text",
                    lines=4,
                ),
                Field(
                    "opinion_id",
                    translate("appointments_page", "The &opinion it produced"),
                    "opinion",
                    tip=translate(
                        "appointments_page",
                        "After the visit: the opinion you were given, from the Opinions tab.",
                    ),
                ),
            ],
            describe_appointment,
            self._new_appointment,
            translate("appointments_page", "appointment"),
        )
        hint = QLabel(
            translate(
                "appointments_page",
                "The what-to-bring list starts from your records checklist; edit it freely. "
                "After the visit, write what was said and link the opinion it produced.",
            )
        )
        hint.setWordWrap(True)
        colours.mute(hint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(hint)
        layout.addWidget(self.editor, 1)

    def _new_appointment(self) -> preparing.Appointment:
        case_id = self.editor.case_id
        bring = preparing.what_to_bring(self.state.vault, case_id) if case_id is not None else ""
        return preparing.Appointment(starts_at=next_working_morning(datetime.now()), to_bring=bring)

    def set_case(self, case_id: int | None) -> None:
        self.editor.set_case(case_id)

    def clear(self) -> None:
        self.editor.clear()
