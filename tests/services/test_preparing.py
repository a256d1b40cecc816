"""Preparing for the visit (issue 5, services): questions, options, decision, preferences,
trials, appointments, readiness."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from secondop_desktop import cases, facts, preparing, summary
from secondop_desktop.cases import lists
from secondop_desktop.core.validation import FieldError
from secondop_desktop.preparing import (
    Answer,
    Appointment,
    Decision,
    OptionPoint,
    Question,
    TreatmentOption,
    Trial,
)
from secondop_desktop.records import checklist
from secondop_desktop.store import Vault


@pytest.fixture
def case_id(vault: Vault) -> int:
    return cases.create_case(vault, cases.Case(patient_name="Ana")).id or 0


def test_questions_top_three_and_answers_per_doctor(vault, case_id):  # type: ignore[no-untyped-def]
    first = lists.save(vault, case_id, facts.Clinician(name="Dr A"))
    second = lists.save(vault, case_id, facts.Clinician(name="Dr B"))
    qs = [lists.save(vault, case_id, Question(text=f"Question {i}?")) for i in range(5)]
    for q in qs[:3]:
        preparing.set_top_three(vault, case_id, q.id, True)
    with pytest.raises(FieldError, match="Three questions"):
        preparing.set_top_three(vault, case_id, qs[3].id, True)
    listed = lists.list_items(vault, Question, case_id)  # the user's order is kept
    assert [q.top_three for q in listed] == [True, True, True, False, False]
    lists.save(
        vault,
        case_id,
        Answer(question_id=qs[0].id, answer="Yes", clinician_id=first.id, answered_on=date.today()),
    )
    lists.save(vault, case_id, Answer(question_id=qs[0].id, answer="No", clinician_id=second.id))
    answers = preparing.answers_by_question(vault, case_id)
    assert [a.answer for a in answers[qs[0].id]] == ["Yes", "No"]
    assert summary.readiness(vault, case_id).unanswered_top == 2
    lists.delete(vault, Question, qs[0].id)
    assert preparing.answers_by_question(vault, case_id) == {}  # answers go with it


def test_options_with_rated_benefits_and_risks(vault, case_id):  # type: ignore[no-untyped-def]
    wait = preparing.add_watchful_waiting(vault, case_id)
    assert preparing.add_watchful_waiting(vault, case_id).id == wait.id  # only once
    chemo = lists.save(vault, case_id, TreatmentOption(name="BR chemotherapy", leaning=2))
    for option, side, text, importance in (
        (chemo.id, "benefit", "Longer remission", 4),
        (chemo.id, "risk", "Infections", 5),
        (wait.id, "benefit", "No side effects now", 3),
    ):
        lists.save(
            vault,
            case_id,
            OptionPoint(option_id=option, side=side, text=text, importance=importance),
        )
    with pytest.raises(FieldError):
        lists.save(
            vault, case_id, OptionPoint(option_id=chemo.id, side="benefit", text="x", importance=6)
        )
    summaries = {s.option.name: s for s in preparing.compare_options(vault, case_id)}
    assert summaries["BR chemotherapy"].weighted == -1
    assert summaries[preparing.WATCHFUL_WAITING].weighted == 3


def test_decision_and_certainty_check(vault, case_id):  # type: ignore[no-untyped-def]
    decision = preparing.save_decision(
        vault,
        case_id,
        Decision(
            what="Start chemotherapy now or wait",
            by_when=date.today() + timedelta(days=20),
            role="together",
            certainty={"sure": False, "understand": True, "values": True, "support": True},
        ),
    )
    assert decision.certainty_score() == 3
    assert "talk the options through" in decision.certainty_advice()
    decision.certainty["sure"] = True
    assert "ready to decide" in preparing.save_decision(vault, case_id, decision).certainty_advice()
    with pytest.raises(FieldError):
        preparing.save_decision(vault, case_id, Decision(role="coin toss"))


def test_preferences_keep_every_heading(vault, case_id):  # type: ignore[no-untyped-def]
    prefs = preparing.save_preferences(vault, case_id, {"goals": "See the wedding in June"})
    assert prefs["goals"] == "See the wedding in June" and prefs["afraid_of"] == ""
    prefs = preparing.save_preferences(vault, case_id, {"afraid_of": "Long hospital stays"})
    assert prefs["goals"] == "See the wedding in June"
    with pytest.raises(FieldError):
        preparing.save_preferences(vault, case_id, {"colour": "blue"})


@pytest.mark.parametrize(
    ("registry", "ok"),
    [("NCT01234567", True), ("nct 01234567", True), ("NCT123", False), ("EudraCT 2020-001", True)],
)
def test_trial_registry_ids(vault, case_id, registry, ok):  # type: ignore[no-untyped-def]
    trial = Trial(title="Rituximab maintenance", registry_id=registry)
    if ok:
        saved = lists.save(vault, case_id, trial)
        assert not saved.registry_id.startswith("NCT") or len(saved.registry_id) == 11
    else:
        with pytest.raises(FieldError, match="eight digits"):
            lists.save(vault, case_id, trial)


def test_readiness_overview_and_next_steps(vault, case_id):  # type: ignore[no-untyped-def]
    empty = summary.readiness(vault, case_id)
    assert empty.records == 0 and empty.next_appointment is None
    assert any("Import your records" in s.text for s in empty.next_steps)
    assert any("Book" in s.text for s in empty.next_steps)
    checklist.add_starter(vault, case_id)
    when = datetime.combine(date.today() + timedelta(days=6), datetime.min.time()).replace(hour=10)
    lists.save(
        vault,
        case_id,
        Appointment(
            starts_at=when, place="Northgate", to_bring=preparing.what_to_bring(vault, case_id)
        ),
    )
    for i in range(3):
        q = lists.save(vault, case_id, Question(text=f"Q{i}?"))
        preparing.set_top_three(vault, case_id, q.id, True)
    state = summary.readiness(vault, case_id, decide_by=date.today() + timedelta(days=20))
    assert state.days_to_appointment == 6 and state.days_to_decide == 20
    assert state.top_three == 3 and state.unanswered_top == 3
    assert not any("Book" in s.text for s in state.next_steps)
    assert any("checklist items" in s.text for s in state.next_steps)
    doc = summary.case_document(vault, case_id)
    assert doc["appointments"][0]["starts_at"].startswith(when.date().isoformat())
    assert len(doc["questions"]) == 3 and "decision" in doc and "preferences" in doc


def test_a_question_about_a_trial_outlives_the_trial(vault, case_id):  # type: ignore[no-untyped-def]
    trial = lists.save(vault, case_id, Trial(title="Early rituximab", registry_id="nct01234567"))
    assert trial.registry_id == "NCT01234567"
    q = lists.save(vault, case_id, Question(text="How often would I travel?", trial_id=trial.id))
    assert lists.get_item(vault, Question, q.id).trial_id == trial.id
    lists.delete(vault, Trial, trial.id)
    kept = lists.get_item(vault, Question, q.id)
    assert kept.text == "How often would I travel?" and kept.trial_id is None


def test_unanswered_top_questions_become_a_next_step(vault, case_id):  # type: ignore[no-untyped-def]
    q = lists.save(vault, case_id, Question(text="Can I wait?", top_three=True))
    steps = summary.readiness(vault, case_id).next_steps
    assert "Ask your 1 unanswered top question at the next appointment." in [
        s.text for s in steps
    ]
    lists.save(vault, case_id, Answer(question_id=q.id, answer="Yes"))
    assert not any("unanswered" in s.text for s in summary.readiness(vault, case_id).next_steps)
