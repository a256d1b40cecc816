"""Medications (prescription, over the counter, supplement; active or past), allergies and
family history: the picture a consultant reads first after the diagnosis."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from secondop_desktop.cases.lists import Section, register
from secondop_desktop.core import dates
from secondop_desktop.core.validation import FieldError, Missing
from secondop_desktop.i18n import QT_TRANSLATE_NOOP, translate
from secondop_desktop.store import Vault
from secondop_desktop.store import facts as repo

# The labels of these tables are in English: shown through the *_label functions below
# (the language installed when shown); the keys are what is stored.
MED_KINDS = {
    "prescription": QT_TRANSLATE_NOOP("health", "Prescription"),
    "otc": QT_TRANSLATE_NOOP("health", "Over the counter"),
    "supplement": QT_TRANSLATE_NOOP("health", "Supplement"),
}
SEVERITIES = ("", "mild", "moderate", "severe", "life-threatening")
SEVERITY_LABELS = {
    "mild": QT_TRANSLATE_NOOP("health", "Mild"),
    "moderate": QT_TRANSLATE_NOOP("health", "Moderate"),
    "severe": QT_TRANSLATE_NOOP("health", "Severe"),
    "life-threatening": QT_TRANSLATE_NOOP("health", "Life-threatening"),
}


def med_kind_label(kind: str) -> str:
    """A medication's kind as shown, in the current language ("" for an unknown one)."""
    return translate("health", MED_KINDS[kind]) if kind in MED_KINDS else ""


def severity_label(severity: str) -> str:
    """An allergy's severity as shown ("" when not known), in the current language."""
    return translate("health", SEVERITY_LABELS[severity]) if severity in SEVERITY_LABELS else ""


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
        raise Missing("name", translate("health", "Enter the medication's name."))
    if m.kind not in MED_KINDS:
        raise FieldError(
            "kind", translate("health", "Choose prescription, over the counter or supplement.")
        )
    # Roughly remembered dates overlap: stopped "Mar 2024" after started "15 Mar 2024" is
    # possible, so only a stop that must have come before the start is refused.
    if m.started_on and m.stopped_on and dates.latest_day(m.stopped_on) < m.started_on:
        raise FieldError(
            "stopped_on", translate("health", "The stop date is before the start date.")
        )
    if m.stopped_on is not None and m.stopped_on > date.today():
        raise FieldError("stopped_on", translate("health", "The stop date is in the future."))


def _check_allergy(a: Allergy) -> None:
    if not a.substance.strip():
        raise Missing("substance", translate("health", "Enter what causes the reaction."))
    if a.severity not in SEVERITIES:
        raise FieldError("severity", translate("health", "Choose a severity."))


def _check_family(f: FamilyHistory) -> None:
    if not f.relative.strip():
        raise Missing("relative", translate("health", "Enter the relative (for example, mother)."))
    if not f.condition.strip():
        raise Missing("condition", translate("health", "Enter the condition."))


# -- problem list and past medical history ----------------------------------------------
CONDITION_STATUSES = {
    "active": QT_TRANSLATE_NOOP("health", "Active"),
    "controlled": QT_TRANSLATE_NOOP("health", "Controlled"),
    "in_remission": QT_TRANSLATE_NOOP("health", "In remission"),
    "resolved": QT_TRANSLATE_NOOP("health", "Resolved"),
    "unknown": QT_TRANSLATE_NOOP("health", "Not sure"),
}


def condition_status_label(status: str) -> str:
    """A condition's status as shown, in the current language ("" for an unknown one)."""
    return translate("health", CONDITION_STATUSES[status]) if status in CONDITION_STATUSES else ""


@dataclass
class Condition:
    """Another health problem, now or in the past (diabetes, a heart attack in 2015...):
    what a consultant weighs against every treatment option."""

    name: str
    since: date | None = None
    status: str = "active"
    notes: str = ""
    id: int | None = None


def _check_condition(c: Condition) -> None:
    if not c.name.strip():
        raise Missing(
            "name", translate("health", "Enter the condition (for example, type 2 diabetes).")
        )
    if c.status not in CONDITION_STATUSES:
        raise FieldError("status", translate("health", "Choose a status."))
    if c.since is not None and c.since > date.today():
        raise FieldError("since", translate("health", "That date is in the future."))


def _medication_order(m: Medication) -> tuple[bool, int, int]:
    """Active first, then the most recently started (undated first), then as entered."""
    started = dates.sort_key(m.started_on)[0] if m.started_on else date.max.toordinal() + 1
    return (not m.active, -started, m.id or 0)


register(
    Section(
        "medications",
        Medication,
        _check_medication,
        "active DESC, coalesce(started_on, '9999') DESC, id",
        sort_key=_medication_order,
    )
)
register(Section("allergies", Allergy, _check_allergy))
register(Section("conditions", Condition, _check_condition))
register(Section("family_history", FamilyHistory, _check_family))


# -- "none", said on purpose -------------------------------------------------------------
# Each list has three states: not recorded yet (the default), none (only when the user says
# so), or the entries. An empty list is never printed as "none": that is a clinical
# statement ("no known allergies") the patient may never have made.
HEALTH_LISTS = {
    "conditions": QT_TRANSLATE_NOOP("health", "No other health problems"),
    "medications": QT_TRANSLATE_NOOP("health", "No medicines taken"),
    "allergies": QT_TRANSLATE_NOOP("health", "No known allergies"),
    "family_history": QT_TRANSLATE_NOOP("health", "No relevant family history"),
}
NOT_RECORDED = QT_TRANSLATE_NOOP("health", "Not recorded")


def health_list_none(key: str) -> str:
    """What the user's "none" says for the list ``key``, in the current language."""
    return translate("health", HEALTH_LISTS[key])


def none_stated(vault: Vault, case_id: int, key: str) -> bool:
    """Whether the user said this list is empty on purpose."""
    if key not in HEALTH_LISTS:
        raise ValueError(f"unknown health list {key!r}")
    return repo.get_value(vault.db, case_id, f"none_stated:{key}") == "1"


def set_none_stated(vault: Vault, case_id: int, key: str, on: bool) -> None:
    if key not in HEALTH_LISTS:
        raise ValueError(f"unknown health list {key!r}")
    with vault.transaction() as db:
        if on:
            repo.set_value(db, case_id, f"none_stated:{key}", "1", dates.utc_now_iso())
        else:
            repo.delete_value(db, case_id, f"none_stated:{key}")


def empty_wording(stated: bool, key: str) -> str:
    """What an empty list says: the user's "none", or "Not recorded"."""
    if not stated:
        return translate("health", NOT_RECORDED)
    return translate("health", "{none} (as stated by the patient)").format(
        none=health_list_none(key)
    )
