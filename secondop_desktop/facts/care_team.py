"""The care team: clinicians and facilities, with their role in this case. Offered wherever a
person is named (an opinion's author, a prescriber, a record's source)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from secondop_desktop.cases.lists import Section, register
from secondop_desktop.core.validation import FieldError, Missing

ROLES = {
    "treating": "Treating doctor",
    "referring": "Referring doctor",
    "first_opinion": "First opinion",
    "second_opinion": "Second opinion",
    "other": "Other",
}


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


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _check_clinician(c: Clinician) -> None:
    if not c.name.strip():
        raise Missing("name", "Enter the clinician's or facility's name.")
    if c.role not in ROLES:
        raise FieldError("role", "Choose the role in this case.")
    if c.email and not _EMAIL.match(c.email.strip()):
        raise FieldError("email", "That email address looks incomplete.")


register(Section("clinicians", Clinician, _check_clinician))
