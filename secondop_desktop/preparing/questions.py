"""Questions for the doctors, in the user's order, with a top three and the answers each
doctor gave; a question may be about a clinical trial."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from secondop_desktop.cases.lists import Section, get_item, list_items, register, save
from secondop_desktop.core.validation import FieldError, Missing
from secondop_desktop.i18n import QT_TRANSLATE_NOOP, translate
from secondop_desktop.store import Vault

# Labels are translated where they are shown: translate("questions", label).
PRIORITIES = {
    "high": QT_TRANSLATE_NOOP("questions", "High"),
    "normal": QT_TRANSLATE_NOOP("questions", "Normal"),
    "low": QT_TRANSLATE_NOOP("questions", "Low"),
}


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


def _three_marked() -> str:
    return translate("questions", "Three questions are already marked; unmark one first.")


def _check_question(q: Question) -> None:
    if not q.text.strip():
        raise Missing("text", translate("questions", "Write the question."))
    if q.priority not in PRIORITIES:
        raise FieldError("priority", translate("questions", "Choose a priority."))


def _check_top_three(vault: Vault, case_id: int, q: Question) -> None:
    if not q.top_three:
        return
    others = [x for x in list_items(vault, Question, case_id) if x.top_three and x.id != q.id]
    if len(others) >= 3:
        raise FieldError("top_three", _three_marked())


def _check_answer(a: Answer) -> None:
    if not a.answer.strip():
        raise Missing("answer", translate("questions", "Write the answer you were given."))
    if a.answered_on and a.answered_on > date.today():
        raise FieldError(
            "answered_on", translate("questions", "The date of the answer is in the future.")
        )


register(
    Section(
        "questions",
        Question,
        _check_question,
        "position, id",
        check_in_case=_check_top_three,
    )
)
register(Section("answers", Answer, _check_answer, "coalesce(answered_on, '9999'), id"))


def set_top_three(vault: Vault, case_id: int, question_id: int, on: bool) -> Question:
    """Mark a question as one of the top three (a fourth is refused, with the reason)."""
    question = get_item(vault, Question, question_id)
    if on and not question.top_three:
        marked = [q for q in list_items(vault, Question, case_id) if q.top_three]
        if len(marked) >= 3:
            raise FieldError("top_three", _three_marked())
    question.top_three = on
    return save(vault, case_id, question)


def answers_by_question(vault: Vault, case_id: int) -> dict[int, list[Answer]]:
    out: dict[int, list[Answer]] = {}
    for a in list_items(vault, Answer, case_id):
        out.setdefault(a.question_id, []).append(a)
    return out
