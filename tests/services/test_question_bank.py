from __future__ import annotations

from secondop_desktop.preparing import question_bank

REASONS = {
    "diagnosis",
    "options",
    "risks",
    "waiting",
    "complex",
    "trials",
    "preferences",
    "logistics",
    "costs",
    "timing",
}


def test_bank_has_sixty_plain_questions_in_the_ten_groups() -> None:
    groups = question_bank.groups()
    assert {g.key for g in groups} == REASONS
    questions = [q for g in groups for q in g.questions]
    assert len(questions) >= 60
    assert len({q.text for q in questions}) == len(questions)  # no repeats
    for q in questions:
        assert q.text.endswith("?") and len(q.text) < 160
    assert all(len(g.questions) >= 5 for g in groups)


def test_search_ignores_case_and_finds_by_group_title() -> None:
    hits = question_bank.search("TRIAL")
    assert hits and all("trial" in (q.text + q.group_title).lower() for q in hits)
    assert question_bank.search("watchful waiting")  # matches the group's title
    assert question_bank.search("zzzz-not-there") == []
