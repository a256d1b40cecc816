"""Single values per case: the decision being made (what, by when, the role the user
wants, a four-question certainty check) and what matters to the user under eight
headings. Both live in ``case_values`` as JSON."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date

from secondop_desktop import cases
from secondop_desktop.core import dates
from secondop_desktop.core.validation import FieldError
from secondop_desktop.i18n import QT_TRANSLATE_NOOP, translate
from secondop_desktop.store import Vault
from secondop_desktop.store import facts as repo

# Labels are translated where they are shown: translate("decision", text).
ROLES = {
    "myself": QT_TRANSLATE_NOOP("decision", "I want to decide myself"),
    "together": QT_TRANSLATE_NOOP("decision", "I want to decide together with my doctor"),
    "doctor": QT_TRANSLATE_NOOP("decision", "I want the doctor to decide"),
}
CERTAINTY = (
    ("sure", QT_TRANSLATE_NOOP("decision", "Do you feel sure about the best choice for you?")),
    (
        "understand",
        QT_TRANSLATE_NOOP("decision", "Do you know the benefits and risks of each option?"),
    ),
    (
        "values",
        QT_TRANSLATE_NOOP(
            "decision", "Are you clear about which benefits and risks matter most to you?"
        ),
    ),
    (
        "support",
        QT_TRANSLATE_NOOP("decision", "Do you have enough support and advice to make a choice?"),
    ),
)
PREFERENCE_HEADINGS = (
    (
        "goals",
        QT_TRANSLATE_NOOP("decision", "My goals"),
        QT_TRANSLATE_NOOP(
            "decision", "For example: to see my grandchild's wedding; to keep working."
        ),
    ),
    (
        "matters_most",
        QT_TRANSLATE_NOOP("decision", "What matters most to me"),
        QT_TRANSLATE_NOOP("decision", "For example: staying at home; no pain."),
    ),
    (
        "afraid_of",
        QT_TRANSLATE_NOOP("decision", "What I'm afraid of"),
        QT_TRANSLATE_NOOP("decision", "For example: losing my hair; being a burden."),
    ),
    (
        "avoid",
        QT_TRANSLATE_NOOP("decision", "Treatments I'd rather avoid"),
        QT_TRANSLATE_NOOP("decision", "For example: a long hospital stay."),
    ),
    (
        "conservative",
        QT_TRANSLATE_NOOP("decision", "Conservative or complementary approaches"),
        QT_TRANSLATE_NOOP(
            "decision",
            "For example: I'd like to know whether waiting is safe; I take herbal remedies.",
        ),
    ),
    (
        "who_decides",
        QT_TRANSLATE_NOOP("decision", "Who should take part in decisions"),
        QT_TRANSLATE_NOOP("decision", "For example: my daughter Ada."),
    ),
    (
        "cultural",
        QT_TRANSLATE_NOOP("decision", "Cultural or religious considerations"),
        QT_TRANSLATE_NOOP("decision", "Anything the team should respect."),
    ),
    (
        "practical",
        QT_TRANSLATE_NOOP("decision", "Practical limits"),
        QT_TRANSLATE_NOOP("decision", "Travel, work, caring for others, money."),
    ),
)


@dataclass
class Decision:
    what: str = ""
    by_when: date | None = None
    role: str = ""
    certainty: dict[str, bool] = field(default_factory=dict)

    def certainty_score(self) -> int:
        return sum(1 for key, _ in CERTAINTY if self.certainty.get(key))

    def certainty_advice(self) -> str:
        unanswered = [key for key, _ in CERTAINTY if key not in self.certainty]
        if unanswered:
            return translate("decision", "Answer the four questions to see where you stand.")
        if self.certainty_score() == len(CERTAINTY):
            return translate(
                "decision", "You seem ready to decide. It is still fine to take your time."
            )
        gaps = {
            "sure": translate("decision", "talk the options through again with someone you trust"),
            "understand": translate(
                "decision", "ask the doctors to explain the benefits and risks again"
            ),
            "values": translate("decision", "rate what matters most to you on the Options page"),
            "support": translate(
                "decision", "ask who can help: your family, a nurse, a patient group"
            ),
        }
        todo = [gaps[k] for k, _ in CERTAINTY if not self.certainty.get(k)]
        return translate("decision", "You may not be ready yet. It may help to {steps}.").format(
            steps="; ".join(todo)
        )


def _case_must_exist(vault: Vault, case_id: int) -> None:
    cases.get_case(vault, case_id)  # raises CaseNotFound (a LookupError) when deleted


def get_decision(vault: Vault, case_id: int) -> Decision:
    raw = repo.get_value(vault.db, case_id, "decision")
    if not raw:
        return Decision()
    doc = json.loads(raw)
    return Decision(
        doc.get("what", ""),
        dates.from_stored(doc["by_when"]) if doc.get("by_when") else None,
        doc.get("role", ""),
        {k: bool(v) for k, v in doc.get("certainty", {}).items()},
    )


def save_decision(vault: Vault, case_id: int, decision: Decision) -> Decision:
    if decision.role and decision.role not in ROLES:
        raise FieldError("role", translate("decision", "Choose the role you want in the decision."))
    unknown = set(decision.certainty) - {k for k, _ in CERTAINTY}
    if unknown:
        raise FieldError("certainty", translate("decision", "Unknown certainty question."))
    doc = {
        "what": decision.what.strip(),
        "role": decision.role,
        "by_when": decision.by_when.isoformat() if decision.by_when else None,
        "certainty": decision.certainty,
    }
    with vault.transaction() as db:
        repo.set_value(db, case_id, "decision", json.dumps(doc), dates.utc_now_iso())
    return get_decision(vault, case_id)


def get_preferences(vault: Vault, case_id: int) -> dict[str, str]:
    raw = repo.get_value(vault.db, case_id, "preferences")
    stored = json.loads(raw) if raw else {}
    return {key: str(stored.get(key, "")) for key, _, _ in PREFERENCE_HEADINGS}


def save_preferences(vault: Vault, case_id: int, values: dict[str, str]) -> dict[str, str]:
    known = {key for key, _, _ in PREFERENCE_HEADINGS}
    if set(values) - known:
        raise FieldError("preferences", translate("decision", "Unknown heading."))
    _case_must_exist(vault, case_id)
    merged = get_preferences(vault, case_id) | values
    with vault.transaction() as db:
        repo.set_value(db, case_id, "preferences", json.dumps(merged), dates.utc_now_iso())
    return merged
