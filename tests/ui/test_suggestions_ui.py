"""Issue 19: the review of suggested facts, with real widgets over a real vault and a real
import of a Synthea FHIR bundle through the window: nothing enters the case before the
user accepts; accepting, editing first, rejecting (and undoing it) and accepting all of a
kind each do what they say, and the Records tab says how many wait."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QPushButton

from secondop_desktop import cases, facts, suggested
from secondop_desktop.cases import lists
from secondop_desktop.store import Vault
from secondop_desktop.store import suggestions as repo
from secondop_desktop.ui.common import dialogs
from secondop_desktop.ui.records.suggestions_dialog import SuggestionsDialog
from secondop_desktop.ui.records.suggestions_model import SuggestionRole

from ..support import PASSPHRASE
from .test_mnemonics_ui import _mnemonics

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "fhir-synthea"
EVERY_LIST = (facts.Condition, facts.Medication, facts.Allergy, facts.TimelineEvent,
              facts.LabResult)  # fmt: skip


def _bundle() -> Path:
    found = sorted(CORPUS.glob("Pablo44*.json"))
    if not found:
        pytest.skip("no Pablo44 bundle in tests/corpus/fhir-synthea")
    return found[0]


@pytest.fixture
def win(make_window, vault_dir: Path):  # type: ignore[no-untyped-def]
    """The window on a case of the bundle's patient (no date of birth), Records shown."""
    vault = Vault.open(vault_dir, PASSPHRASE)
    cases.create_case(vault, cases.Case(patient_name="Pablo Sporer", title="Cough"))
    window = make_window(vault_dir, vault=vault)
    window.case_page.sections.setCurrentWidget(window.case_page.records)
    return window


def _case_id(win) -> int:  # type: ignore[no-untyped-def]
    return int(win.case_page.case.id)


def _imported(qtbot, win):  # type: ignore[no-untyped-def]
    """Import the bundle through the Records tab (its end-of-import report answered)."""
    section = win.case_page.records
    dialogs.set_next_answer(None)  # the report
    section.import_paths([_bundle()])
    qtbot.waitUntil(lambda: section.model.rowCount() == 1, timeout=60000)
    return section


def _review(qtbot, win, *, owned: bool = True) -> SuggestionsDialog:  # type: ignore[no-untyped-def]
    dialog = win.case_page.records.open_suggestions()
    assert isinstance(dialog, SuggestionsDialog)
    if owned:  # closed by the test's end (a lock closes and deletes it itself)
        qtbot.addWidget(dialog)
    return dialog


def _select(dialog: SuggestionsDialog, *rows: int) -> None:
    dialog.table.clearSelection()
    for row in rows:
        dialog.table.selectionModel().select(
            dialog.proxy.index(row, 0),
            dialog.table.selectionModel().SelectionFlag.Select
            | dialog.table.selectionModel().SelectionFlag.Rows,
        )


def _show_kind(dialog: SuggestionsDialog, kind: str | None) -> None:
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind))


def _shown(dialog: SuggestionsDialog) -> list[suggested.Suggested]:
    return [dialog.proxy.index(r, 0).data(SuggestionRole) for r in range(dialog.proxy.rowCount())]


def test_nothing_enters_the_case_until_accepted_and_the_review_is_found(qtbot, win):  # type: ignore[no-untyped-def]
    vault, case_id = win.state.vault, _case_id(win)
    section = win.case_page.records
    assert not section.suggestions_bar.isVisibleTo(section)  # nothing waits yet
    dialogs.shown.clear()
    section.import_paths([_bundle()])  # no answer queued: the real report opens
    qtbot.waitUntil(lambda: section.flow.report is not None, timeout=60000)
    pending = suggested.pending_count(vault, case_id)
    assert pending > 20
    for kind in EVERY_LIST:
        assert lists.list_items(vault, kind, case_id) == [], kind
    # The Records tab says how many wait; the report offers their review.
    assert section.suggestions_bar.isVisibleTo(section)
    assert f"({pending})" in section.review_button.text()
    report = section.flow.report
    assert f"{pending} facts suggested" in report.summary.text()
    review = next(
        b for b in report.findChildren(QPushButton) if "Review suggested facts" in b.text()
    )
    review.click()
    dialog = section.suggestions
    assert isinstance(dialog, SuggestionsDialog) and dialog.isVisible()
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == pending
    assert dialog.table.accessibleName() == "Suggested facts"
    # The kinds present, with their counts; one chosen, only that kind is listed.
    kinds = {dialog.kind.itemData(i): dialog.kind.itemText(i) for i in range(dialog.kind.count())}
    labs = [s for s in dialog.model.rows if s.kind == "lab"]
    assert kinds[None] == f"All kinds ({pending})"
    assert kinds["lab"] == f"Lab results ({len(labs)})"
    assert set(kinds) == {None} | {s.kind for s in dialog.model.rows}
    _show_kind(dialog, "lab")
    assert [s.id for s in _shown(dialog)] == [s.id for s in labs]
    assert dialog.accept_all_button.text() == f"Accept a&ll: Lab results ({len(labs)})"
    assert dialog.goes.text() == "Accepted ones go to Health › Lab results."
    # The File menu reaches the same review.
    dialog.close()
    assert win.review_action.isEnabled()
    win.review_action.trigger()
    assert section.suggestions is not None and section.suggestions is not dialog
    qtbot.addWidget(section.suggestions)
    for kind in EVERY_LIST:  # looking is not accepting
        assert lists.list_items(vault, kind, case_id) == [], kind


def test_accepting_a_condition_puts_it_on_the_problem_list(qtbot, win):  # type: ignore[no-untyped-def]
    vault, case_id = win.state.vault, _case_id(win)
    _imported(qtbot, win)
    dialog = _review(qtbot, win)
    announced: list[str] = []
    win.state.changed.connect(lambda kind, cid: announced.append(kind) if cid == case_id else None)
    _show_kind(dialog, "condition")
    first = _shown(dialog)[0]
    _select(dialog, 0)
    dialog.accept_button.click()
    problems = lists.list_items(vault, facts.Condition, case_id)
    assert [(c.name, c.status) for c in problems] == [(first.text, "resolved")]
    assert first.id not in {s.id for s in dialog.model.rows}
    assert dialog.message.text() == (
        f"Accepted “{first.text}”: it is now in Health › Problems and past history."
    )
    assert announced == ["conditions", "suggestions"], "Health and the Records bar reload"
    # Enter accepts the selected row too.
    second = _shown(dialog)[0]
    _select(dialog, 0)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    names = {c.name for c in lists.list_items(vault, facts.Condition, case_id)}
    assert names == {first.text, second.text}
    assert second.id not in {s.id for s in dialog.model.rows}


def test_reject_removes_and_undo_brings_back(qtbot, win):  # type: ignore[no-untyped-def]
    vault, case_id = win.state.vault, _case_id(win)
    _imported(qtbot, win)
    dialog = _review(qtbot, win)
    before = suggested.pending_count(vault, case_id)
    assert not dialog.undo_button.isEnabled()
    chosen = [dialog.proxy.index(r, 0).data(SuggestionRole) for r in (1, 2)]
    _select(dialog, 1, 2)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)  # Delete rejects the selected rows
    assert suggested.pending_count(vault, case_id) == before - 2
    assert {s.id for s in chosen}.isdisjoint(s.id for s in dialog.model.rows)
    assert all(suggested.get(vault, s.id).state == suggested.REJECTED for s in chosen)
    assert dialog.message.text().startswith("2 suggestion")  # "(s)" until English's forms
    assert dialog.undo_button.isEnabled()
    dialog.undo_button.click()
    assert suggested.pending_count(vault, case_id) == before
    assert {s.id for s in dialog.selected()} == {s.id for s in chosen}, "back, and selected"
    assert not dialog.undo_button.isEnabled()
    for kind in EVERY_LIST:
        assert lists.list_items(vault, kind, case_id) == [], kind


def test_edit_and_accept_a_lab_stores_the_changed_value(qtbot, win):  # type: ignore[no-untyped-def]
    vault, case_id = win.state.vault, _case_id(win)
    _imported(qtbot, win)
    dialog = _review(qtbot, win)
    _show_kind(dialog, "lab")
    lab = _shown(dialog)[0]
    _select(dialog, 0)
    dialog.edit_button.click()
    editor = dialog.editor
    assert editor is not None and editor.isVisible()
    assert editor.value.text() == lab.value and editor.text.text() == lab.text
    editor.value.setText("12.5")
    editor.unit.setText("mg/dL")
    editor.date.edit.setText("3000")  # in the future: said beside the date, form stays
    editor.accept_button.click()
    assert dialog.editor is editor and editor.isVisible()
    assert editor.errors["date"].isVisibleTo(editor)
    assert "future" in editor.errors["date"].text()
    assert editor.value.text() == "12.5", "nothing typed is lost"
    assert lists.list_items(vault, facts.LabResult, case_id) == []
    editor.date.edit.setText("7 Mar 2020")
    editor.accept_button.click()
    assert dialog.editor is None
    (saved,) = lists.list_items(vault, facts.LabResult, case_id)
    assert (saved.test, saved.value, saved.unit) == (lab.text, "12.5", "mg/dL")
    assert saved.record_ids == [lab.record_id]
    assert lab.id not in {s.id for s in dialog.model.rows}


def test_accept_all_of_a_kind_says_what_is_left(qtbot, win):  # type: ignore[no-untyped-def]
    vault, case_id = win.state.vault, _case_id(win)
    section = _imported(qtbot, win)
    record_id = section.model.record_at(0).id
    with vault.transaction() as db:  # a visit the source gave no date
        repo.add_pending(
            db,
            case_id,
            record_id,
            [{"kind": "encounter", "key": "undated", "text": "Emergency visit"}],
            "2024-05-01T10:00:00+00:00",
        )
    dialog = _review(qtbot, win)
    _show_kind(dialog, "encounter")
    visits = _shown(dialog)
    undated = next(s for s in visits if s.key == "undated")
    dialog.accept_all_button.click()
    events = lists.list_items(vault, facts.TimelineEvent, case_id)
    assert len(events) == len(visits) - 1
    assert all(e.record_ids == [record_id] for e in events)
    said = dialog.message.text()
    assert said.startswith(f"{len(visits) - 1} accepted; 1 ") and "a date" in said, said
    assert [s.id for s in _shown(dialog)] == [undated.id], "the undated visit stays"
    assert "date" in dialog.model.problems[undated.id]
    assert lists.list_items(vault, facts.Condition, case_id) == [], "other kinds untouched"
    # All kinds: everything else is accepted; the Records bar goes with the last one.
    _show_kind(dialog, None)
    dialog.accept_all_button.click()
    assert suggested.pending_count(vault, case_id) == 1
    assert section.suggestions_bar.isVisibleTo(section)
    assert "(1)" in section.review_button.text()
    _select(dialog, 0)
    dialog.reject_button.click()
    assert not section.suggestions_bar.isVisibleTo(section)
    assert dialog.body.currentWidget() is dialog.empty
    assert "Nothing to review" in dialog.empty.text()
    assert not dialog.accept_button.isEnabled() and not dialog.reject_button.isEnabled()


def test_show_record_opens_the_source_in_records(qtbot, win):  # type: ignore[no-untyped-def]
    section = _imported(qtbot, win)
    record_id = section.model.record_at(0).id
    win.case_page.sections.setCurrentWidget(win.case_page.facts.health)
    dialog = _review(qtbot, win)
    _select(dialog, 0)
    assert dialog.show_button.isEnabled()
    dialog.show_button.click()
    assert win.case_page.sections.currentWidget() is section
    record = section.current_record()
    assert record is not None and record.id == record_id


def test_the_review_is_keyboard_reachable_and_fits(qtbot, win):  # type: ignore[no-untyped-def]
    section = _imported(qtbot, win)
    # The Records tab's bar takes a letter nothing else on the page or the menus uses.
    owners = _mnemonics(win.case_page)
    for action in win.menuBar().actions():
        letter = action.text().replace("&&", "").partition("&")[2][:1].lower()
        if letter:
            owners[letter].append(action.text())
    assert owners["r"] == [section.review_button.text()]
    dialog = _review(qtbot, win)
    letters = _mnemonics(dialog)
    assert {k: v for k, v in letters.items() if len(v) > 1} == {}
    assert {"a", "e", "r", "l", "u", "s", "k"} <= set(letters)
    # At 1024x700, and with large text, every button shows (nothing pushed off).
    for points in (None, 16.0):
        if points:
            font = QFont(dialog.font())
            font.setPointSizeF(points)
            dialog.setFont(font)
        need = dialog.minimumSizeHint()
        assert need.width() <= 1024 and need.height() <= 700, (points, need)
    dialog.resize(1024, 700)
    qtbot.wait(10)
    for button in dialog.findChildren(QPushButton):
        if button.isVisibleTo(dialog):
            placed = QRect(button.mapTo(dialog, QPoint(0, 0)), button.size())
            assert dialog.rect().contains(placed), button.text()


def test_an_empty_review_says_why(qtbot, win):  # type: ignore[no-untyped-def]
    dialog = _review(qtbot, win)
    assert dialog.body.currentWidget() is dialog.empty
    assert dialog.empty.text().startswith("Nothing to review: facts read from imported")
    assert not dialog.accept_all_button.isVisibleTo(dialog)
    assert not win.case_page.records.suggestions_bar.isVisibleTo(win.case_page.records)


def test_locking_with_the_edit_form_open_keeps_the_corrections_not_an_accept(qtbot, win):  # type: ignore[no-untyped-def]
    """Lock (or auto-lock, or quit) cannot ask; what was typed is kept on the suggestion,
    which stays pending: accepting is the user's act, never the lock's."""
    case_id = _case_id(win)
    _imported(qtbot, win)
    dialog = _review(qtbot, win, owned=False)
    _show_kind(dialog, "lab")
    lab = _shown(dialog)[0]
    _select(dialog, 0)
    dialog.edit_button.click()
    editor = dialog.editor
    assert editor is not None
    editor.value.setText("12.5")
    win.lock()
    vault = Vault.open(win.state.data_dir, PASSPHRASE)
    try:
        assert lists.list_items(vault, facts.LabResult, case_id) == []
        kept = suggested.get(vault, lab.id)
        assert kept.state == suggested.PENDING and kept.value == "12.5"
    finally:
        vault.lock()
