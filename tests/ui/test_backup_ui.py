"""Backups in the app: made on lock, saved where the user wants, restored from a file, and
offered when the vault turns out to be damaged."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from secondop_desktop import cases
from secondop_desktop.store import TEST_KDF, Vault
from secondop_desktop.ui.common import dialogs
from secondop_desktop.ui.shell.main_window import UNLOCK, WORKSPACE
from secondop_desktop.vault import backups

from ..support import PASSPHRASE


def _unlock(qtbot, win) -> None:  # type: ignore[no-untyped-def]
    win.unlock_page.passphrase.setText(PASSPHRASE)
    qtbot.keyClick(win.unlock_page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.pages.currentIndex() == WORKSPACE, timeout=10000)


def test_lock_backs_up_and_back_up_to_saves_a_checked_file(
    qtbot, make_window, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "data"
    vault, _ = Vault.create(data, PASSPHRASE, kdf=TEST_KDF)
    cases.create_case(vault, cases.Case(patient_name="Ana"))
    vault.lock()
    win = make_window(data)
    _unlock(qtbot, win)
    target = tmp_path / "usb" / "ana"
    target.parent.mkdir()
    dialogs.set_next_answer(str(target))
    dialogs.set_next_answer(True)  # the "Backup saved" message
    win.back_up_to()
    qtbot.waitUntil(
        lambda: ("info", "Backup saved") in [s[:2] for s in dialogs.shown], timeout=10000
    )
    saved = target.with_name("ana" + backups.SUFFIX)
    assert backups.verify_file(saved).reason == "by hand"
    win.lock()
    assert win.state.last_backup is not None and win.state.last_backup.exists()
    assert [b.reason for b in backups.list_backups(data)] == ["lock"]


def test_hourly_backup_runs_in_the_background_without_a_dialog(
    qtbot, make_window, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "data"
    vault, _ = Vault.create(data, PASSPHRASE, kdf=TEST_KDF)
    vault.lock()
    win = make_window(data, asynchronous=True)  # on the real pool: it must stay quiet there
    _unlock(qtbot, win)
    # The page check runs in the background after unlock; the hourly backup waits its turn.
    qtbot.waitUntil(lambda: not win.runner.busy, timeout=10000)
    cases.create_case(win.state.vault, cases.Case(patient_name="Ana"))
    assert win.state.backup_in_background(win.runner)
    task = win.runner._active[0]
    qtbot.waitUntil(lambda: win.state.last_backup is not None, timeout=10000)
    assert task.quiet and task.dialog is None
    assert [b.reason for b in backups.list_backups(data)] == ["hourly"]
    assert not win.state.backup_in_background(win.runner)  # not due again within the hour


def test_damage_offers_the_latest_backup_and_restore_brings_the_data_back(
    qtbot, make_window, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "data"
    vault, _ = Vault.create(data, PASSPHRASE, kdf=TEST_KDF)
    for i in range(80):
        cases.create_case(vault, cases.Case(patient_name=f"Patient {i:02}", reason="r" * 300))
    from secondop_desktop.store import backup as store

    store.auto_backup(vault, "lock")
    vault.lock()
    db = data / "vault.db"
    raw = bytearray(db.read_bytes())
    raw[4096 * 3 + 200] ^= 0xFF
    db.write_bytes(bytes(raw))
    win = make_window(data)
    page = win.unlock_page
    page.passphrase.setText(PASSPHRASE)
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.restore_button.isVisibleTo(page), timeout=10000)
    assert "damaged" in page.error.text()
    assert "Restore the latest backup" in page.restore_button.text()
    # Before restoring, what can still be read can be copied out (the vault is untouched).
    assert page.salvage_button.isVisibleTo(page)
    # The damage was found after unlock (the page check runs then, issue 17), so the
    # passphrase field was cleared by the lock: saving asks for it.
    assert page.passphrase.text() == ""
    dialogs.set_next_answer(PASSPHRASE)
    dialogs.set_next_answer(str(tmp_path))  # the folder
    dialogs.set_next_answer(True)  # the "Saved" message
    qtbot.mouseClick(page.salvage_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ("info", "Saved") in [s[:2] for s in dialogs.shown], timeout=10000)
    saved = tmp_path / "SecondOp salvaged records"
    assert len(list(saved.glob("*/case.json"))) >= 70  # a damaged page may cost a few
    dialogs.set_next_answer(True)  # confirm the restore
    dialogs.set_next_answer(True)  # the "Restored" message
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert win.pages.currentIndex() == UNLOCK and not page.restore_button.isVisibleTo(page)
    said = next(s[2] for s in dialogs.shown if s[1] == "Restored")
    assert "before-restore" in said
    assert f"in the folder {data / 'backups'}" in said  # issue 21: where, not only a name
    # Issue 21: a wrong passphrase right after a restore says which passphrase opens it.
    page.passphrase.setText("the passphrase of today 1")
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "just restored from a backup" in page.error.text(), timeout=10000)
    _unlock(qtbot, win)
    assert win.case_list.model.rowCount() == 80
