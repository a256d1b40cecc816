"""The Options, Trials and Appointments tabs, driven as a user would."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt

from secondop_desktop import cases, facts, preparing
from secondop_desktop.cases import lists
from secondop_desktop.records import checklist
from secondop_desktop.store import Vault
from secondop_desktop.ui.preparing.appointments_page import (
    describe_appointment,
    next_working_morning,
)

from ..support import PASSPHRASE


def _open(make_window, vault_dir: Path, page_name: str):  # type: ignore[no-untyped-def]
    vault = Vault.open(vault_dir, PASSPHRASE)
    case = cases.create_case(vault, cases.Case(patient_name="Ana"))
    win = make_window(vault_dir, vault=vault)
    page = getattr(win.case_page.facts, page_name)
    win.case_page.sections.setCurrentWidget(page)
    return vault, case.id, page


def test_options_points_ratings_and_the_side_by_side_grid(qtbot, make_window, vault_dir: Path):  # type: ignore[no-untyped-def]
    vault, case_id, page = _open(make_window, vault_dir, "options")
    dr = lists.save(vault, case_id, facts.Clinician(name="Dr Mensah"))
    page.editor.state.changed.emit("clinicians", case_id)  # what the care team page announces
    page.editor.add()
    page.editor.inputs["name"].setText("Surgery")
    page.editor.inputs["proposed_by"].setCurrentIndex(
        page.editor.inputs["proposed_by"].findData(dr.id)
    )
    page.editor.inputs["leaning"].setCurrentIndex(page.editor.inputs["leaning"].findData(2))
    page.editor.save_now()
    surgery = page.editor.current
    assert (surgery.name, surgery.proposed_by, surgery.leaning) == ("Surgery", dr.id, 2)
    # A benefit rated 4, then re-rated to 5 by picking a rating with it selected.
    page.benefits.rating.setCurrentIndex(page.benefits.rating.findData(4))
    qtbot.keyClicks(page.benefits.text, "Cure")
    qtbot.keyClick(page.benefits.text, Qt.Key.Key_Return)
    assert page.benefits.list.count() == 1 and "4/5" in page.benefits.list.item(0).text()
    assert page.benefits.rating.currentData() == 0  # issue 21: the next point starts unrated
    page.benefits.list.setCurrentRow(0)
    assert page.benefits.rating.currentData() == 4  # the selected point's own rating
    assert "choose another rating" in page.benefits.hint.text()
    page.benefits.rating.setCurrentIndex(page.benefits.rating.findData(5))
    page.benefits.rating.activated.emit(page.benefits.rating.currentIndex())
    assert "5/5" in page.benefits.list.item(0).text()
    page.risks.add_point()  # nothing typed
    assert "Describe the benefit or risk" in page.risks.error.text()
    page.risks.rating.setCurrentIndex(page.risks.rating.findData(3))
    page.risks.text.setText("Scar")
    page.risks.add_point()
    # Watchful waiting is offered once, however often the button is pressed.
    page.waiting_button.click()
    page.waiting_button.click()
    names = [o.name for o in page.editor.model.items]
    assert names == ["Surgery", preparing.WATCHFUL_WAITING]
    page.editor.inputs["leaning"].setCurrentIndex(page.editor.inputs["leaning"].findData(4))
    page.editor.save_now()
    assert page.benefits.list.count() == 0  # the points follow the selected option
    # The grid: one column per option, the ratings in the cells, the leaning named.
    page.tabs.setCurrentWidget(page.grid)
    table = page.grid.table
    assert table.columnCount() == 2
    assert table.item(0, 0).text() == "Surgery" and table.item(1, 0).text() == "Dr Mensah"
    assert table.item(3, 0).text() == "Cure: ●●●●● 5/5"
    assert table.item(4, 0).text() == "Scar: ●●●○○ 3/5"
    assert table.item(9, 0).text() == "+2"
    assert "You lean most towards: " + preparing.WATCHFUL_WAITING in page.grid.summary.text()
    # Removing a point updates the store.
    page.tabs.setCurrentIndex(0)
    page.editor.view.setCurrentIndex(page.editor.model.index(0))
    page.risks.list.setCurrentRow(0)
    page.risks.remove_point()
    assert [p.text for p in lists.list_items(vault, preparing.OptionPoint, case_id)] == ["Cure"]


def test_trials_check_the_registry_number_and_hold_their_questions(
    qtbot, make_window, vault_dir: Path
):  # type: ignore[no-untyped-def]
    vault, case_id, page = _open(make_window, vault_dir, "trials")
    editor = page.editor
    editor.add()
    editor.inputs["title"].setText("Early rituximab")
    editor.inputs["registry_id"].setText("NCT123")
    editor.save_now()
    assert "NCT followed by eight digits" in editor.problem_labels["registry_id"].text()
    assert editor.current.title == "Early rituximab"  # saved while the number is fixed
    editor.inputs["registry_id"].setText("nct 01234567")
    editor.inputs["status"].setCurrentIndex(editor.inputs["status"].findData("eligible"))
    editor.save_now()
    assert not editor.problem_labels["registry_id"].isVisibleTo(editor)
    assert editor.current.registry_id == "NCT01234567" and editor.current.status == "eligible"
    qtbot.keyClicks(page.questions.text, "How often would I travel?")
    qtbot.keyClick(page.questions.text, Qt.Key.Key_Return)
    assert page.questions.list.count() == 1
    (q,) = lists.list_items(vault, preparing.Question, case_id)
    assert q.trial_id == editor.current.id and q.bank_group == "trials"
    # The same question on the Questions tab, with the trial chosen in its form.
    window = page.window()
    questions = window.case_page.facts.questions
    window.case_page.sections.setCurrentWidget(questions)
    questions.editor.reload()
    assert questions.editor.inputs["trial_id"].currentData() == editor.current.id


def test_appointments_start_from_the_checklist_and_link_the_opinion(
    qtbot, make_window, vault_dir: Path
):  # type: ignore[no-untyped-def]
    vault, case_id, page = _open(make_window, vault_dir, "appointments")
    checklist.save_item(
        vault, case_id, checklist.Item(description="Slides", physical=True, status="requested")
    )
    dr = lists.save(vault, case_id, facts.Clinician(name="Prof. Okonjo"))
    opinion = lists.save(vault, case_id, facts.Opinion(clinician_id=dr.id, diagnosis="FL"))
    page.set_case(case_id)
    editor = page.editor
    editor.add()
    new = editor.current
    assert new.starts_at == next_working_morning(datetime.now())
    assert new.starts_at.weekday() < 5 and new.starts_at.hour == 9
    assert "- Slides" in editor.inputs["to_bring"].toPlainText()
    when = datetime.now().replace(second=0, microsecond=0) - timedelta(days=3)
    editor.inputs["starts_at"].set_value(when)
    editor.inputs["notes_after"].setPlainText("Waiting is safe for now.")
    editor.inputs["opinion_id"].setCurrentIndex(editor.inputs["opinion_id"].findData(opinion.id))
    editor.save_now()
    (saved,) = lists.list_items(vault, preparing.Appointment, case_id)
    assert saved.starts_at == when and saved.opinion_id == opinion.id
    assert saved.notes_after == "Waiting is safe for now."
    assert describe_appointment(saved).endswith("(past)")
    soon = saved.starts_at + timedelta(days=12)
    assert describe_appointment(
        preparing.Appointment(starts_at=soon), now=saved.starts_at
    ).endswith("(in 12 days)")


def _wheel_over(widget, steps: int = -3) -> None:  # type: ignore[no-untyped-def]
    """A wheel event over the middle of ``widget``, given to its window as the system
    gives it (what scrolling the page does): the window hands it to the widget there."""
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication, QScrollArea

    area = widget.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    if area is not None:  # the pointer can only be over what is on the screen
        area.ensureWidgetVisible(widget)
        QApplication.processEvents()
    centre = widget.rect().center()
    top = widget.window()
    event = QWheelEvent(
        QPointF(widget.mapTo(top, centre)),
        QPointF(widget.mapToGlobal(centre)),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    under = top.childAt(widget.mapTo(top, centre))
    assert under is widget or widget.isAncestorOf(under)
    QApplication.sendEvent(top.windowHandle(), event)


def test_scrolling_over_the_page_changes_no_choice(qtbot, make_window, vault_dir: Path):  # type: ignore[no-untyped-def]
    """Issue 12: the wheel, scrolling the Options page, changed "How much I lean towards
    it" from 0 to 4 and autosaved. Boxes without focus ignore the wheel (the page scrolls);
    a box the user has focused still takes it."""
    vault, case_id, page = _open(make_window, vault_dir, "options")
    page.editor.add()
    page.editor.inputs["name"].setText("Surgery")
    page.editor.save_now()
    leaning = page.editor.inputs["leaning"]
    page.editor.inputs["name"].setFocus()
    before = leaning.currentIndex()
    for steps in (-3, 3, -5):
        _wheel_over(leaning, steps)
        _wheel_over(page.benefits.rating, steps)
    assert leaning.currentIndex() == before
    page.editor.save_now()
    assert [o.leaning for o in lists.list_items(vault, preparing.TreatmentOption, case_id)] == [0]
    leaning.setFocus()
    qtbot.waitUntil(leaning.hasFocus)
    _wheel_over(leaning, -1)
    assert leaning.currentIndex() != before  # a focused box is the user's to scroll
