"""The Questions tab and the question bank dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from secondop_desktop import cases, facts, preparing
from secondop_desktop.cases import lists
from secondop_desktop.preparing import question_bank
from secondop_desktop.store import Vault
from secondop_desktop.ui.preparing.questions_page import BankDialog

from ..support import PASSPHRASE


def test_bank_dialog_search_and_pick(qtbot) -> None:  # type: ignore[no-untyped-def]
    already = {"Is there a clinical trial that I could join?"}
    dialog = BankDialog(already)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.search, "trial")
    shown = []
    for i in range(dialog.tree.topLevelItemCount()):
        top = dialog.tree.topLevelItem(i)
        shown += [top.child(j) for j in range(top.childCount()) if not top.child(j).isHidden()]
    assert shown and all("trial" in (c.text(0) + c.parent().text(0)).lower() for c in shown)
    taken = next(c for c in shown if c.text(0) in already)
    assert taken.isDisabled()
    pick = next(c for c in shown if not c.isDisabled())
    pick.setCheckState(0, Qt.CheckState.Checked)
    assert dialog.chosen() == [("trials", pick.text(0))]


def test_questions_from_the_bank_and_top_three_limit(qtbot, make_window, vault_dir: Path):  # type: ignore[no-untyped-def]
    vault = Vault.open(vault_dir, PASSPHRASE)
    case = cases.create_case(vault, cases.Case(patient_name="Ana"))
    win = make_window(vault_dir, vault=vault)
    page = win.case_page.facts.questions
    win.case_page.sections.setCurrentWidget(page)
    texts = [q.text for q in question_bank.groups()[0].questions][:4]
    page.add_from_bank([("diagnosis", t) for t in texts])
    assert page.editor.model.rowCount() == 4
    for q in lists.list_items(vault, preparing.Question, case.id)[:3]:
        preparing.set_top_three(vault, case.id, q.id, True)
    page.editor.reload()
    fourth = page.editor.model.items[3]
    page.editor.view.setCurrentIndex(page.editor.model.index(3))
    assert page.editor.current.id == fourth.id
    page.editor.inputs["top_three"].setChecked(True)
    page.editor.save_now()
    assert "Three questions are already marked" in page.editor.problem_labels["top_three"].text()
    assert not lists.get_item(vault, preparing.Question, fourth.id).top_three
    # Issue 21: the refused tick does not stay ticked beside the refusal.
    assert not page.editor.inputs["top_three"].isChecked()
    assert page.editor.model.data(page.editor.model.index(0)).startswith("★ ")


def test_answers_per_doctor_and_unanswered_top_questions(qtbot, make_window, vault_dir: Path):  # type: ignore[no-untyped-def]
    vault = Vault.open(vault_dir, PASSPHRASE)
    case = cases.create_case(vault, cases.Case(patient_name="Ana"))
    a = lists.save(vault, case.id, facts.Clinician(name="Dr A"))
    lists.save(vault, case.id, facts.Clinician(name="Dr B"))
    lists.save(vault, case.id, preparing.Question(text="Can I wait?", top_three=True))
    win = make_window(vault_dir, vault=vault)
    page = win.case_page.facts.questions
    win.case_page.sections.setCurrentWidget(page)
    model = page.editor.model
    assert model.data(model.index(0)).endswith("(not answered yet)")
    box = page.answers
    box.who.setCurrentIndex(box.who.findData(a.id))
    qtbot.keyClicks(box.text, "Yes, for now")
    qtbot.keyClick(box.text, Qt.Key.Key_Return)
    assert box.list.count() == 1 and box.list.item(0).text().startswith("Dr A, ")
    assert not model.data(model.index(0)).endswith("(not answered yet)")
    box.add_answer()  # empty answer
    assert "Write the answer" in box.error.text()
    box.list.setCurrentRow(0)
    box.remove_answer()
    assert box.list.count() == 0
    assert model.data(model.index(0)).endswith("(not answered yet)")


def test_drag_reorders_questions_and_keeps_the_order(qtbot, make_window, vault_dir: Path):  # type: ignore[no-untyped-def]
    vault = Vault.open(vault_dir, PASSPHRASE)
    case = cases.create_case(vault, cases.Case(patient_name="Ana"))
    for text in ("First", "Second", "Third", "Fourth"):
        lists.save(vault, case.id, preparing.Question(text=text))
    win = make_window(vault_dir, vault=vault)
    page = win.case_page.facts.questions
    win.case_page.sections.setCurrentWidget(page)
    view, model = page.editor.view, page.editor.model
    # What the view is set up to do with a mouse drag, and what each row allows.
    assert view.dragDropMode() == view.DragDropMode.InternalMove
    assert model.flags(model.index(0)) & Qt.ItemFlag.ItemIsDragEnabled
    assert not model.flags(model.index(0)) & Qt.ItemFlag.ItemIsDropEnabled
    # QListView's drop of row 0 "before row 3" ends in exactly this call.
    from PySide6.QtCore import QModelIndex

    assert model.moveRow(QModelIndex(), 0, QModelIndex(), 3)
    assert [q.text for q in model.items] == ["Second", "Third", "First", "Fourth"]
    stored = [q.text for q in lists.list_items(vault, preparing.Question, case.id)]
    assert stored == ["Second", "Third", "First", "Fourth"]
    # Dropping a row onto its own place changes nothing; dragging to the end works.
    assert not model.moveRow(QModelIndex(), 1, QModelIndex(), 2)
    assert model.moveRow(QModelIndex(), 0, QModelIndex(), 4)
    stored = [q.text for q in lists.list_items(vault, preparing.Question, case.id)]
    assert stored == ["Third", "First", "Fourth", "Second"] == [q.text for q in model.items]
    # Sections kept in date order cannot be dragged.
    answers_like = win.case_page.facts.timeline
    editor = getattr(answers_like, "editor", answers_like)
    assert editor.model.on_move is None
