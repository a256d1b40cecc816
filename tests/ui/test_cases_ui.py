"""Creating, editing, archiving and deleting cases through the real widgets."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt

from secondop_desktop import cases
from secondop_desktop.store import TEST_KDF, Vault
from secondop_desktop.ui.cases.case_dialog import CaseDialog
from secondop_desktop.ui.cases.case_list import CaseIdRole, CaseListModel, CaseRole
from secondop_desktop.ui.common import dialogs

from ..support import PASSPHRASE


def _open(make_window, vault_dir: Path):  # type: ignore[no-untyped-def]
    return make_window(vault_dir, vault=Vault.open(vault_dir, PASSPHRASE))


def test_new_case_dialog_validates_then_saves(qtbot, make_window, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    win = _open(make_window, vault_dir)
    assert win.case_page.stack.currentIndex() == 0  # the empty state invites a first case
    dialog = CaseDialog(win.state, parent=win)
    qtbot.addWidget(dialog)
    dialog.save_and_close()
    assert dialog.form.errors.text() == "Enter the patient's name."
    assert dialog.result() == 0
    qtbot.keyClicks(dialog.form.patient_name, "Tomas Rivera")
    dialog.form.patient_dob.set_value(date.today() + timedelta(days=3))
    dialog.save_and_close()
    assert "future" in dialog.form.errors.text()
    dialog.form.patient_dob.edit.setText("07/02/1979")  # day and month could be swapped
    assert "confused" in dialog.form.patient_dob.reading.text()
    dialog.save_and_close()
    assert "Date of birth" in dialog.form.errors.text() and dialog.saved is None
    dialog.form.patient_dob.edit.clear()
    qtbot.keyClicks(dialog.form.patient_dob.edit, "17 Feb 1979")
    assert dialog.form.patient_dob.reading.text() == "17 February 1979"
    dialog.form.is_caregiver.setChecked(True)
    dialog.save_and_close()
    assert "caregiver's name" in dialog.form.errors.text()
    qtbot.keyClicks(dialog.form.caregiver_name, "Lucia Rivera")
    qtbot.keyClicks(dialog.form.title, "Knee")
    dialog.save_and_close()
    assert dialog.saved is not None
    assert win.case_list.model.rowCount() == 1
    assert win.case_page.case is not None and win.case_page.case.title == "Knee"
    assert win.case_page.overview.fields["manager"].text() == "Managed by Lucia Rivera"
    from secondop_desktop.records import checklist

    assert len(checklist.list_items(win.state.vault, dialog.saved.id)) == len(checklist.STARTER)


def test_edit_case_updates_page(qtbot, make_window, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    vault = Vault.open(vault_dir, PASSPHRASE)
    made = cases.create_case(vault, cases.Case(patient_name="Ana", title="Old"))
    win = make_window(vault_dir, vault=vault)
    dialog = CaseDialog(win.state, made, parent=win)
    qtbot.addWidget(dialog)
    dialog.form.title.setText("New title")
    dialog.form.status.setCurrentIndex(dialog.form.status.findData("ready"))
    dialog.save_and_close()
    assert win.case_page.title.text() == "New title"
    assert win.case_page.badge.text() == cases.STATUS_LABELS["ready"]
    assert cases.get_case(vault, made.id or 0).status == "ready"


def test_archive_and_restore(qtbot, make_window, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    vault = Vault.open(vault_dir, PASSPHRASE)
    cases.create_case(vault, cases.Case(patient_name="Ana"))
    cases.create_case(vault, cases.Case(patient_name="Ben"))
    win = make_window(vault_dir, vault=vault)
    assert win.case_page.case is not None and win.case_page.case.patient_name == "Ana"
    win.archive_action.trigger()
    assert win.case_list.model.rowCount() == 1
    win.show_archived_action.trigger()
    assert win.case_list.model.rowCount() == 2
    assert win.case_list.archived.isChecked()
    win.case_list.set_cases(cases.list_cases(vault, include_archived=True), select_id=1)
    assert win.archive_action.text() == "Un&archive Case"
    win.archive_action.trigger()
    assert not cases.get_case(vault, 1).archived


def test_delete_asks_naming_the_case_and_respects_cancel(
    qtbot, make_window, vault_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    vault = Vault.open(vault_dir, PASSPHRASE)
    cases.create_case(vault, cases.Case(patient_name="Ana", title="Lymphoma"))
    win = make_window(vault_dir, vault=vault)
    dialogs.set_next_answer(False)
    win.delete_action.trigger()
    kind, _title, text = dialogs.shown[-1]
    assert kind == "confirm" and "Lymphoma" in text and "Ana" in text
    assert win.case_list.model.rowCount() == 1
    dialogs.set_next_answer(True)
    win.delete_action.trigger()
    assert win.case_list.model.rowCount() == 0
    assert cases.list_cases(vault, include_archived=True) == []


def test_case_list_model_without_a_window(qapp) -> None:  # type: ignore[no-untyped-def]
    model = CaseListModel()
    a = cases.Case(patient_name="Ana", title="T", id=1)
    b = cases.Case(patient_name="Ben", id=2, archived=True)
    model.set_cases([a, b])
    assert model.rowCount() == 2
    first = model.index(0)
    assert model.data(first, CaseRole) is a
    assert model.data(first, CaseIdRole) == 1
    assert model.data(model.index(1), Qt.ItemDataRole.AccessibleTextRole) == (
        "Ben: Second opinion, archived"
    )
    assert model.row_of(2) == 1 and model.row_of(99) == -1
    model.clear()
    assert model.rowCount() == 0


def test_case_list_filter(qtbot, make_window, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    vault = Vault.open(vault_dir, PASSPHRASE)
    for name in ("Ana", "Ben", "Anabel"):
        cases.create_case(vault, cases.Case(patient_name=name))
    win = make_window(vault_dir, vault=vault)
    qtbot.keyClicks(win.case_list.filter, "ana")
    assert win.case_list.proxy.rowCount() == 2


def test_keyboard_only_new_case(qtbot, make_window, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    win = _open(make_window, vault_dir)
    opened: list[CaseDialog] = []

    def fill_and_save() -> None:
        dialog = win.findChild(CaseDialog)
        assert dialog is not None and dialog.isVisible()
        opened.append(dialog)
        assert dialog.focusWidget() is dialog.form.patient_name
        qtbot.keyClicks(dialog.focusWidget(), "Keyboard Person")
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)  # Save is the default button

    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, fill_and_save)
    qtbot.keyClick(win, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened
    assert [c.patient_name for c in cases.list_cases(win.state.vault)] == ["Keyboard Person"]


def test_interactive_widgets_have_accessible_names(make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Every field and button a person can reach has a name a screen reader can speak.

    Qt's own internals (the line edit inside a spin box, a line edit's clear button, the
    menu bar's overflow button, a table's corner button) are named by Qt and skipped.
    """

    win = make_window(tmp_path / "fresh")
    win.welcome._go(1)
    windows = [win]
    vault, _ = Vault.create(tmp_path / "full", PASSPHRASE, kdf=TEST_KDF)
    cases.create_case(vault, cases.Case(patient_name="Ana"), starter_checklist=True)
    full = make_window(tmp_path / "full", vault=vault)
    _ = full.case_page.facts  # every section, built
    windows.append(full)
    missing = []
    for win in windows:
        missing += _unnamed(win)
    assert missing == []


def _unnamed(win) -> list[str]:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QMenuBar,
        QPlainTextEdit,
    )

    missing = []
    for cls in (QLineEdit, QPlainTextEdit, QComboBox):
        for w in win.findChildren(cls):
            if isinstance(w.parentWidget(), (QAbstractSpinBox, QComboBox)):
                continue
            if not w.accessibleName():
                missing.append(f"{cls.__name__} under {w.parentWidget().metaObject().className()}")
    for b in win.findChildren(QAbstractButton):
        if isinstance(b.parentWidget(), (QLineEdit, QMenuBar, QAbstractItemView)):
            continue
        if not (b.text() or b.accessibleName()):
            missing.append(f"button {b.metaObject().className()}")
    return missing
