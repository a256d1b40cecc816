"""Where the user stands: counts from every section of the case and up to a few next steps
computed from what is missing. It reads everything and writes nothing, so it lives
above the sections it reads rather than inside one of them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from secondop_desktop import records
from secondop_desktop.cases.lists import list_items
from secondop_desktop.i18n import translate
from secondop_desktop.preparing import (
    Appointment,
    Question,
    answers_by_question,
    compare_options,
    get_preferences,
)
from secondop_desktop.records import checklist
from secondop_desktop.store import Vault


@dataclass(frozen=True)
class NextStep:
    """One thing to do, and where it is done: a section of the case ("records",
    "checklist", "questions", "decision", "options", "appointments") or "packet"."""

    text: str
    place: str


SHOWN = 5  # the overview shows this many steps
PACKET_SOON_DAYS = 14  # with the appointment this close, sending the packet comes first


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
    next_steps: tuple[NextStep, ...]


def readiness(
    vault: Vault, case_id: int, decide_by: date | None = None, today: date | None = None
) -> Readiness:
    today = today or date.today()
    recs = records.count_records(vault, case_id)
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
    steps: list[NextStep] = []

    def step(text: str, place: str) -> None:
        steps.append(NextStep(text, place))

    # The steps are in the language installed (they are shown, never stored); a count is
    # one message with its plural forms (%n), the count a plain name (all lupdate reads).
    if not recs:
        step(
            translate(
                "readiness", "Import your records (Records tab): start with the latest reports."
            ),
            "records",
        )
    if overdue:
        step(
            translate("readiness", "Chase %n overdue records requests.", None, overdue), "checklist"
        )
    still_open = len(items) - done
    if still_open:
        step(
            translate("readiness", "Gather the %n checklist items still open.", None, still_open),
            "checklist",
        )
    if len(questions) < 3:
        step(
            translate("readiness", "Write your questions; the question bank has ideas."),
            "questions",
        )
    elif len(top) < 3:
        step(translate("readiness", "Mark your three most important questions."), "questions")
    if unanswered_top:
        step(
            translate(
                "readiness",
                "Ask your %n unanswered top questions at the next appointment.",
                None,
                unanswered_top,
            ),
            "questions",
        )
    if prefs < 3:
        step(
            translate("readiness", "Write down what matters most to you (Decision tab)."),
            "decision",
        )
    if len(summaries) < 2:
        step(
            translate("readiness", "List the treatment options, including watchful waiting."),
            "options",
        )
    elif rated < 2:
        step(
            translate("readiness", "Rate how much each benefit and risk matters to you."), "options"
        )
    if nxt is None:
        step(
            translate("readiness", "Book the second-opinion appointment and note it here."),
            "appointments",
        )
    if recs:
        # The consultant needs the records before the appointment, not at it.
        packet = NextStep(
            translate(
                "readiness",
                "Prepare the packet and send it to the consulting doctor before the appointment.",
            ),
            "packet",
        )
        soon = nxt is not None and (nxt.starts_at.date() - today).days <= PACKET_SOON_DAYS
        steps.insert(0 if soon else min(len(steps), SHOWN - 1), packet)
    return Readiness(
        records=recs,
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
