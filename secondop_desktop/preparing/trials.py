"""Clinical trials the user is considering: registry number (a ClinicalTrials.gov number
is NCT and eight digits), phase, site, contact, eligibility and a status."""

from __future__ import annotations

import re
from dataclasses import dataclass

from secondop_desktop.cases.lists import Section, register
from secondop_desktop.core.validation import FieldError, Missing
from secondop_desktop.i18n import QT_TRANSLATE_NOOP, translate

# Labels are translated where they are shown: translate("trials", label).
TRIAL_STATUSES = {
    "considering": QT_TRANSLATE_NOOP("trials", "Considering"),
    "asked": QT_TRANSLATE_NOOP("trials", "Asked about it"),
    "eligible": QT_TRANSLATE_NOOP("trials", "Eligible"),
    "not_eligible": QT_TRANSLATE_NOOP("trials", "Not eligible"),
    "enrolled": QT_TRANSLATE_NOOP("trials", "Enrolled"),
}
# A trial's phase as the registries write it (stored as it is), and its label.
PHASES = {
    "": QT_TRANSLATE_NOOP("trials", "Not known"),
    "Early phase 1": QT_TRANSLATE_NOOP("trials", "Early phase 1"),
    "Phase 1": QT_TRANSLATE_NOOP("trials", "Phase 1"),
    "Phase 1/2": QT_TRANSLATE_NOOP("trials", "Phase 1/2"),
    "Phase 2": QT_TRANSLATE_NOOP("trials", "Phase 2"),
    "Phase 2/3": QT_TRANSLATE_NOOP("trials", "Phase 2/3"),
    "Phase 3": QT_TRANSLATE_NOOP("trials", "Phase 3"),
    "Phase 4": QT_TRANSLATE_NOOP("trials", "Phase 4"),
    "Not applicable": QT_TRANSLATE_NOOP("trials", "Not applicable"),
}


def phase_label(phase: str) -> str:
    """A phase as shown, in the language in use (one typed in by hand, as typed)."""
    known = PHASES.get(phase)
    return translate("trials", known) if known is not None else phase


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
        raise Missing("title", translate("trials", "Give the trial's title or a short name."))
    t.registry_id = normalise_registry_id(t.registry_id)
    if t.registry_id.startswith("NCT") and not NCT.match(t.registry_id):
        raise FieldError(
            "registry_id",
            translate(
                "trials",
                "A ClinicalTrials.gov number is NCT followed by eight digits, like NCT01234567.",
            ),
        )
    if t.status not in TRIAL_STATUSES:
        raise FieldError("status", translate("trials", "Choose a status."))


register(Section("trials", Trial, _check_trial))
