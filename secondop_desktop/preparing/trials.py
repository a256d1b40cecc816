"""Clinical trials the user is considering: registry number (a ClinicalTrials.gov number
is NCT and eight digits), phase, site, contact, eligibility and a status."""

from __future__ import annotations

import re
from dataclasses import dataclass

from secondop_desktop.cases.lists import Section, register
from secondop_desktop.core.validation import FieldError, Missing

TRIAL_STATUSES = {
    "considering": "Considering",
    "asked": "Asked about it",
    "eligible": "Eligible",
    "not_eligible": "Not eligible",
    "enrolled": "Enrolled",
}
NCT = re.compile(r"^NCT\d{8}$")


@dataclass
class Trial:
    title: str
    registry_id: str = ""
    phase: str = ""
    site: str = ""
    contact: str = ""
    eligibility: str = ""
    status: str = "considering"
    id: int | None = None


def normalise_registry_id(text: str) -> str:
    return text.strip().upper().replace(" ", "")


def _check_trial(t: Trial) -> None:
    if not t.title.strip():
        raise Missing("title", "Give the trial's title or a short name.")
    t.registry_id = normalise_registry_id(t.registry_id)
    if t.registry_id.startswith("NCT") and not NCT.match(t.registry_id):
        raise FieldError(
            "registry_id",
            "A ClinicalTrials.gov number is NCT followed by eight digits, like NCT01234567.",
        )
    if t.status not in TRIAL_STATUSES:
        raise FieldError("status", "Choose a status.")


register(Section("trials", Trial, _check_trial))
