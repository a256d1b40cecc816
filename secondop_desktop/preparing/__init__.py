"""Preparing for the visit: questions and answers, treatment options with what matters to
the user, the decision and a certainty check, preferences and values, clinical trials,
appointments, and the readiness overview computed from all of it.

List-shaped parts reuse :mod:`facts` (validation, save, delete with undo, reorder);
single values per case (the decision, the preferences) live in ``case_values``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from secondop_desktop import facts, records
from secondop_desktop.core import dates
from secondop_desktop.core.validation import FieldError
from secondop_desktop.facts import Section, get_item, list_items, register, save
from secondop_desktop.records import checklist
from secondop_desktop.store import Vault
from secondop_desktop.store import facts as repo

PRIORITIES = {"high": "High", "normal": "Normal", "low": "Low"}
TRIAL_STATUSES = {
    "considering": "Considering",
    "asked": "Asked about it",
    "eligible": "Eligible",
    "not_eligible": "Not eligible",
    "enrolled": "Enrolled",
}
NCT = re.compile(r"^NCT\d{8}$")
ROLES = {
    "myself": "I want to decide myself",
    "together": "I want to decide together with my doctor",
    "doctor": "I want the doctor to decide",
}
CERTAINTY = (
    ("sure", "Do you feel sure about the best choice for you?"),
    ("understand", "Do you know the benefits and risks of each option?"),
    ("values", "Are you clear about which benefits and risks matter most to you?"),
    ("support", "Do you have enough support and advice to make a choice?"),
)
PREFERENCE_HEADINGS = (
    ("goals", "My goals", "For example: to see my grandchild's wedding; to keep working."),
    ("matters_most", "What matters most to me", "For example: staying at home; no pain."),
    ("afraid_of", "What I'm afraid of", "For example: losing my hair; being a burden."),
    ("avoid", "Treatments I'd rather avoid", "For example: a long hospital stay."),
    (
        "conservative",
        "Conservative or complementary approaches",
        "For example: I'd like to know whether waiting is safe; I take herbal remedies.",
    ),
    ("who_decides", "Who should take part in decisions", "For example: my daughter Ada."),
    ("cultural", "Cultural or religious considerations", "Anything the team should respect."),
    ("practical", "Practical limits", "Travel, work, caring for others, money."),
)


@dataclass
class Question:
    text: str
    bank_group: str = ""
    priority: str = "normal"
    top_three: bool = False
    clinician_id: int | None = None
    trial_id: int | None = None  # the clinical trial the question is about, if any
    id: int | None = None


@dataclass
class Answer:
    question_id: int
    answer: str
    clinician_id: int | None = None
    answered_on: date | None = None
    id: int | None = None


@dataclass
class TreatmentOption:
    name: str
    proposed_by: int | None = None
    involves: str = ""
    recovery: str = ""
    costs: str = ""
    notes: str = ""
    leaning: int = 0  # 0-5: how much the user leans towards this option
    id: int | None = None


@dataclass
class OptionPoint:
    option_id: int
    side: str  # "benefit" or "risk"
    text: str
    importance: int = 0  # 0-5: how much it matters to the user
    id: int | None = None


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


def _check_question(q: Question) -> None:
    if not q.text.strip():
        raise FieldError("text", "Write the question.")
    if q.priority not in PRIORITIES:
        raise FieldError("priority", "Choose a priority.")


def _check_top_three(vault: Vault, case_id: int, q: Question) -> None:
    if not q.top_three:
        return
    others = [x for x in list_items(vault, Question, case_id) if x.top_three and x.id != q.id]
    if len(others) >= 3:
        raise FieldError("top_three", "Three questions are already marked; unmark one first.")


def _check_answer(a: Answer) -> None:
    if not a.answer.strip():
        raise FieldError("answer", "Write the answer you were given.")
    if a.answered_on and a.answered_on > date.today():
        raise FieldError("answered_on", "The date of the answer is in the future.")


def _check_option(o: TreatmentOption) -> None:
    if not o.name.strip():
        raise FieldError("name", "Name the option (for example, surgery or watchful waiting).")
    if not 0 <= o.leaning <= 5:
        raise FieldError("leaning", "Leaning goes from 0 to 5.")


def _check_point(p: OptionPoint) -> None:
    if p.side not in ("benefit", "risk"):
        raise FieldError("side", "A point is a benefit or a risk.")
    if not p.text.strip():
        raise FieldError("text", "Describe the benefit or risk.")
    if not 0 <= p.importance <= 5:
        raise FieldError("importance", "Rate how much it matters from 0 to 5.")


def normalise_registry_id(text: str) -> str:
    return text.strip().upper().replace(" ", "")


def _check_trial(t: Trial) -> None:
    if not t.title.strip():
        raise FieldError("title", "Give the trial's title or a short name.")
    t.registry_id = normalise_registry_id(t.registry_id)
    if t.registry_id.startswith("NCT") and not NCT.match(t.registry_id):
        raise FieldError(
            "registry_id",
            "A ClinicalTrials.gov number is NCT followed by eight digits, like NCT01234567.",
        )
    if t.status not in TRIAL_STATUSES:
        raise FieldError("status", "Choose a status.")


def _check_appointment(a: Appointment) -> None:
    if a.starts_at is None:
        raise FieldError("starts_at", "Enter the date and time of the appointment.")


for _section in (
    Section(
        "questions",
        Question,
        _check_question,
        "position, id",
        check_in_case=_check_top_three,
    ),
    Section("answers", Answer, _check_answer, "coalesce(answered_on, '9999'), id"),
    Section("options", TreatmentOption, _check_option),
    Section("option_points", OptionPoint, _check_point, "side, position, id"),
    Section("trials", Trial, _check_trial),
    Section("appointments", Appointment, _check_appointment, "starts_at, id"),
):
    register(_section)


# -- questions ----------------------------------------------------------------------------
def set_top_three(vault: Vault, case_id: int, question_id: int, on: bool) -> Question:
    """Mark a question as one of the top three (a fourth is refused, with the reason)."""
    question = get_item(vault, Question, question_id)
    if on and not question.top_three:
        marked = [q for q in list_items(vault, Question, case_id) if q.top_three]
        if len(marked) >= 3:
            raise FieldError("top_three", "Three questions are already marked; unmark one first.")
    question.top_three = on
    return save(vault, case_id, question)


def answers_by_question(vault: Vault, case_id: int) -> dict[int, list[Answer]]:
    out: dict[int, list[Answer]] = {}
    for a in list_items(vault, Answer, case_id):
        out.setdefault(a.question_id, []).append(a)
    return out


# -- options ------------------------------------------------------------------------------
WATCHFUL_WAITING = "Watchful waiting / no treatment now"


def add_watchful_waiting(vault: Vault, case_id: int) -> TreatmentOption:
    """The starting point every comparison deserves: doing nothing for now."""
    existing = [
        o for o in list_items(vault, TreatmentOption, case_id) if o.name == WATCHFUL_WAITING
    ]
    if existing:
        return existing[0]
    return save(
        vault,
        case_id,
        TreatmentOption(
            name=WATCHFUL_WAITING,
            involves="Regular check-ups and tests instead of starting treatment now.",
        ),
    )


@dataclass(frozen=True)
class OptionSummary:
    option: TreatmentOption
    benefits: tuple[OptionPoint, ...]
    risks: tuple[OptionPoint, ...]

    @property
    def weighted(self) -> int:
        """Benefits minus risks, each weighted by how much it matters (a guide only)."""
        return sum(p.importance for p in self.benefits) - sum(p.importance for p in self.risks)


def compare_options(vault: Vault, case_id: int) -> list[OptionSummary]:
    points = list_items(vault, OptionPoint, case_id)
    out = []
    for option in list_items(vault, TreatmentOption, case_id):
        mine = [p for p in points if p.option_id == option.id]
        out.append(
            OptionSummary(
                option,
                tuple(p for p in mine if p.side == "benefit"),
                tuple(p for p in mine if p.side == "risk"),
            )
        )
    return out


# -- single values: decision and preferences -----------------------------------------------
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
            return "Answer the four questions to see where you stand."
        if self.certainty_score() == len(CERTAINTY):
            return "You seem ready to decide. It is still fine to take your time."
        gaps = {
            "sure": "talk the options through again with someone you trust",
            "understand": "ask the doctors to explain the benefits and risks again",
            "values": "rate what matters most to you on the Options page",
            "support": "ask who can help: your family, a nurse, a patient group",
        }
        todo = [gaps[k] for k, _ in CERTAINTY if not self.certainty.get(k)]
        return "You may not be ready yet. It may help to " + "; ".join(todo) + "."


def _case_must_exist(vault: Vault, case_id: int) -> None:
    from secondop_desktop import cases

    cases.get_case(vault, case_id)  # raises CaseNotFound (a LookupError) when deleted


def get_decision(vault: Vault, case_id: int) -> Decision:
    raw = repo.get_value(vault.db, case_id, "decision")
    if not raw:
        return Decision()
    doc = json.loads(raw)
    return Decision(
        doc.get("what", ""),
        date.fromisoformat(doc["by_when"]) if doc.get("by_when") else None,
        doc.get("role", ""),
        {k: bool(v) for k, v in doc.get("certainty", {}).items()},
    )


def save_decision(vault: Vault, case_id: int, decision: Decision) -> Decision:
    if decision.role and decision.role not in ROLES:
        raise FieldError("role", "Choose the role you want in the decision.")
    unknown = set(decision.certainty) - {k for k, _ in CERTAINTY}
    if unknown:
        raise FieldError("certainty", "Unknown certainty question.")
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
        raise FieldError("preferences", "Unknown heading.")
    _case_must_exist(vault, case_id)
    merged = get_preferences(vault, case_id) | values
    with vault.transaction() as db:
        repo.set_value(db, case_id, "preferences", json.dumps(merged), dates.utc_now_iso())
    return merged


# -- appointments ---------------------------------------------------------------------------
def what_to_bring(vault: Vault, case_id: int) -> str:
    """A starting what-to-bring list: the checklist's items, then the usual papers."""
    lines = [
        f"- {i.description}"
        for i in checklist.list_items(vault, case_id)
        if i.status in ("received", "requested") and i.physical
    ]
    lines += [
        "- The packet (printed or on a laptop)",
        "- Photo ID and insurance card",
        "- The list of questions",
        "- The list of medicines, with doses",
    ]
    return "\n".join(lines)


# -- readiness ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Readiness:
    records: int
    checklist_done: int
    checklist_total: int
    checklist_overdue: int
    questions: int
    top_three: int
    unanswered_top: int
    preferences_written: int
    options: int
    options_rated: int
    next_appointment: Appointment | None
    days_to_appointment: int | None
    decide_by: date | None
    days_to_decide: int | None
    next_steps: tuple[str, ...]


def readiness(
    vault: Vault, case_id: int, decide_by: date | None = None, today: date | None = None
) -> Readiness:
    today = today or date.today()
    recs = records.list_records(vault, case_id)
    items = checklist.list_items(vault, case_id)
    done = sum(1 for i in items if i.status in ("received", "sent"))
    overdue = sum(1 for i in items if i.overdue(today))
    questions = list_items(vault, Question, case_id)
    answered = answers_by_question(vault, case_id)
    top = [q for q in questions if q.top_three]
    unanswered_top = sum(1 for q in top if q.id not in answered)
    prefs = sum(1 for v in get_preferences(vault, case_id).values() if v.strip())
    summaries = compare_options(vault, case_id)
    rated = sum(1 for s in summaries if any(p.importance for p in s.benefits + s.risks))
    upcoming = [a for a in list_items(vault, Appointment, case_id) if a.starts_at.date() >= today]
    nxt = upcoming[0] if upcoming else None
    steps: list[str] = []
    if not recs:
        steps.append("Import your records (Records tab): start with the latest reports.")
    if overdue:
        steps.append(f"Chase {overdue} overdue records request{'s' if overdue > 1 else ''}.")
    if items and done < len(items):
        steps.append(f"Gather the {len(items) - done} checklist items still open.")
    if len(questions) < 3:
        steps.append("Write your questions; the question bank has ideas.")
    elif len(top) < 3:
        steps.append("Mark your three most important questions.")
    if unanswered_top:
        steps.append(
            f"Ask your {unanswered_top} unanswered top question{'s' if unanswered_top > 1 else ''}"
            " at the next appointment."
        )
    if prefs < 3:
        steps.append("Write down what matters most to you (Preferences).")
    if len(summaries) < 2:
        steps.append("List the treatment options, including watchful waiting.")
    elif rated < 2:
        steps.append("Rate how much each benefit and risk matters to you.")
    if nxt is None:
        steps.append("Book the second-opinion appointment and note it here.")
    return Readiness(
        records=len(recs),
        checklist_done=done,
        checklist_total=len(items),
        checklist_overdue=overdue,
        questions=len(questions),
        top_three=len(top),
        unanswered_top=unanswered_top,
        preferences_written=prefs,
        options=len(summaries),
        options_rated=rated,
        next_appointment=nxt,
        days_to_appointment=(nxt.starts_at.date() - today).days if nxt else None,
        decide_by=decide_by,
        days_to_decide=(decide_by - today).days if decide_by else None,
        next_steps=tuple(steps),
    )


def case_sections(vault: Vault, case_id: int) -> dict[str, Any]:
    answered = answers_by_question(vault, case_id)
    decision = get_decision(vault, case_id)
    from secondop_desktop import cases

    # The decide-by date is kept once, with the case; the decision shows it.
    by_when = decision.by_when or cases.get_case(vault, case_id).decide_by
    return {
        "questions": [
            facts.to_json(q) | {"answers": [facts.to_json(a) for a in answered.get(q.id, [])]}
            for q in list_items(vault, Question, case_id)
        ],
        "options": [
            facts.to_json(s.option)
            | {
                "benefits": [facts.to_json(p) for p in s.benefits],
                "risks": [facts.to_json(p) for p in s.risks],
            }
            for s in compare_options(vault, case_id)
        ],
        "decision": {
            "what": decision.what,
            "role": decision.role,
            "by_when": by_when.isoformat() if by_when else None,
            "certainty": decision.certainty,
        },
        "preferences": get_preferences(vault, case_id),
        "trials": [facts.to_json(t) for t in list_items(vault, Trial, case_id)],
        "appointments": [facts.to_json(a) for a in list_items(vault, Appointment, case_id)],
    }
