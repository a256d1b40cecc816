"""Appointments: when, with whom, where, what for, what to bring, and the notes and opinion
the visit produced."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from secondop_desktop.cases.lists import Section, register
from secondop_desktop.core.validation import FieldError
from secondop_desktop.i18n import translate
from secondop_desktop.records import checklist
from secondop_desktop.store import Vault


@dataclass
class Appointment:
    starts_at: datetime
    clinician_id: int | None = None
    place: str = ""
    purpose: str = ""
    to_bring: str = ""
    notes_after: str = ""
    opinion_id: int | None = None
    id: int | None = None


def _check_appointment(a: Appointment) -> None:
    if a.starts_at is None:
        raise FieldError(
            "starts_at", translate("appointments", "Enter the date and time of the appointment.")
        )


register(Section("appointments", Appointment, _check_appointment, "starts_at, id"))


def what_to_bring(vault: Vault, case_id: int) -> str:
    """A starting what-to-bring list: the checklist's items, then the usual papers."""
    lines = [
        f"- {i.description}"
        for i in checklist.list_items(vault, case_id)
        if i.status in ("received", "requested") and i.physical
    ]
    lines += [
        translate("appointments", "- The packet (printed or on a laptop)"),
        translate("appointments", "- Photo ID and insurance card"),
        translate("appointments", "- The list of questions"),
        translate("appointments", "- The list of medicines, with doses"),
    ]
    return "\n".join(lines)
