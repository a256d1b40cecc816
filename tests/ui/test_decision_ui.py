"""The 'What matters & decision' tab: preferences, the decision and the certainty check."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from secondop_desktop import cases, preparing
from secondop_desktop.store import Vault

from ..support import PASSPHRASE


def test_preferences_decision_and_certainty_autosave(qtbot, make_window, vault_dir: Path):  # type: ignore[no-untyped-def]
    vault = Vault.open(vault_dir, PASSPHRASE)
    case = cases.create_case(
        vault, cases.Case(patient_name="Ana", decide_by=date.today() + timedelta(days=14))
    )
    win = make_window(vault_dir, vault=vault)
    page = win.case_page.facts.decision
    win.case_page.sections.setCurrentWidget(page)
    qtbot.keyClicks(page.preferences["goals"], "See the wedding in June")
    qtbot.keyClicks(page.what, "Chemotherapy now or wait")
    # One decide-by date, the case's, shown and editable here (issue 21).
    assert page.by_when.value() == date.today() + timedelta(days=14)
    next(b for b in page.roles.buttons() if b.property("role_key") == "together").setChecked(True)
    for key, group in page.certainty.items():
        group.button(0 if key == "support" else 1).setChecked(True)
    qtbot.waitUntil(lambda: page.status.text() == "Saved", timeout=3000)
    assert "ask who can help" in page.advice.text()
    decision = preparing.get_decision(vault, case.id)
    assert decision.role == "together" and decision.certainty_score() == 3
    assert preparing.get_preferences(vault, case.id)["goals"] == "See the wedding in June"
    page.reload()  # what was saved comes back
    assert page.what.text() == "Chemotherapy now or wait"
    assert page.certainty["support"].checkedId() == 0


def test_decide_by_is_edited_where_the_decision_is(qtbot, make_window, vault_dir: Path):  # type: ignore[no-untyped-def]
    vault = Vault.open(vault_dir, PASSPHRASE)
    case = cases.create_case(vault, cases.Case(patient_name="Ana"))
    win = make_window(vault_dir, vault=vault)
    page = win.case_page.facts.decision
    win.case_page.sections.setCurrentWidget(page)
    qtbot.keyClicks(page.by_when.edit, "20 December 2026")
    qtbot.waitUntil(lambda: page.status.text() == "Saved", timeout=3000)
    assert cases.get_case(vault, case.id).decide_by == date(2026, 12, 20)
    page.by_when.edit.clear()
    qtbot.keyClicks(page.by_when.edit, "the 45th of Smarch")
    page.save_now()
    assert "Decide by" in page.error.text()
    assert page.by_when.edit.text() == "the 45th of Smarch"  # kept as typed
    assert cases.get_case(vault, case.id).decide_by == date(2026, 12, 20)
    win.case_page.sections.setCurrentWidget(win.case_page.overview)
    assert "20 December 2026" in win.case_page.overview.fields["decide_by"].text()
