"""The care team: clinicians and facilities, with their role in this case. Offered wherever a
person is named (an opinion's author, a prescriber, a record's source)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from secondop_desktop.cases.lists import Section, register
from secondop_desktop.core.validation import FieldError, Missing
from secondop_desktop.i18n import QT_TRANSLATE_NOOP, translate

# In English: shown through role_label (the language installed when shown).
ROLES = {
    "treating": QT_TRANSLATE_NOOP("care_team", "Treating doctor"),
    "referring": QT_TRANSLATE_NOOP("care_team", "Referring doctor"),
    "first_opinion": QT_TRANSLATE_NOOP("care_team", "First opinion"),
    "second_opinion": QT_TRANSLATE_NOOP("care_team", "Second opinion"),
    "other": QT_TRANSLATE_NOOP("care_team", "Other"),
}


def role_label(role: str) -> str:
    """A role as shown to the user, in the current language ("" for an unknown one)."""
    return translate("care_team", ROLES[role]) if role in ROLES else ""


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
        raise Missing("name", translate("care_team", "Enter the clinician's or facility's name."))
    if c.role not in ROLES:
        raise FieldError("role", translate("care_team", "Choose the role in this case."))
    if c.email and not _EMAIL.match(c.email.strip()):
        raise FieldError("email", translate("care_team", "That email address looks incomplete."))


register(Section("clinicians", Clinician, _check_clinician))
