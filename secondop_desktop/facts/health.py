"""Medications (prescription, over the counter, supplement; active or past), allergies and
family history: the picture a consultant reads first after the diagnosis."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from secondop_desktop.cases.lists import Section, register
from secondop_desktop.core.validation import FieldError

MED_KINDS = {"prescription": "Prescription", "otc": "Over the counter", "supplement": "Supplement"}
SEVERITIES = ("", "mild", "moderate", "severe", "life-threatening")


@dataclass
class Medication:
    name: str
    dose: str = ""
    route: str = ""
    schedule: str = ""
    kind: str = "prescription"
    started_on: date | None = None
    stopped_on: date | None = None
    prescriber_id: int | None = None
    reason: str = ""
    active: bool = True
    id: int | None = None


@dataclass
class Allergy:
    substance: str
    reaction: str = ""
    severity: str = ""
    id: int | None = None


@dataclass
class FamilyHistory:
    relative: str
    condition: str
    age_at_onset: str = ""
    notes: str = ""
    id: int | None = None


def _check_medication(m: Medication) -> None:
    if not m.name.strip():
        raise FieldError("name", "Enter the medication's name.")
    if m.kind not in MED_KINDS:
        raise FieldError("kind", "Choose prescription, over the counter or supplement.")
    if m.started_on and m.stopped_on and m.stopped_on < m.started_on:
        raise FieldError("stopped_on", "The stop date is before the start date.")
    if m.stopped_on is not None and m.stopped_on > date.today():
        raise FieldError("stopped_on", "The stop date is in the future.")


def _check_allergy(a: Allergy) -> None:
    if not a.substance.strip():
        raise FieldError("substance", "Enter what causes the reaction.")
    if a.severity not in SEVERITIES:
        raise FieldError("severity", "Choose a severity.")


def _check_family(f: FamilyHistory) -> None:
    if not f.relative.strip():
        raise FieldError("relative", "Enter the relative (for example, mother).")
    if not f.condition.strip():
        raise FieldError("condition", "Enter the condition.")


register(
    Section(
        "medications",
        Medication,
        _check_medication,
        "active DESC, coalesce(started_on, '9999') DESC, id",
    )
)
register(Section("allergies", Allergy, _check_allergy))
register(Section("family_history", FamilyHistory, _check_family))
