"""Unlock page, reset with the recovery key, lock and auto-lock (SECURITY.md T4)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from secondop_desktop import cases
from secondop_desktop.store import TEST_KDF, Keychain, Vault
from secondop_desktop.ui.shell.main_window import UNLOCK, WORKSPACE

from ..support import PASSPHRASE, MemoryKeyring, file_hashes


def _vault_with_case(folder: Path) -> str:
    vault, recovery = Vault.create(folder, PASSPHRASE, kdf=TEST_KDF)
    cases.create_case(vault, cases.Case(patient_name="Margaret Okafor", title="Lymphoma"))
    vault.lock()
    return recovery.formatted()


def test_wrong_then_right_passphrase(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "data"
    _vault_with_case(data)
    before = file_hashes(data)
    win = make_window(data)
    page = win.unlock_page
    assert win.pages.currentIndex() == UNLOCK
    assert not win.new_case_action.isEnabled()  # nothing to act on while locked
    qtbot.keyClicks(page.passphrase, "not my passphrase")
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.error.isVisible(), timeout=10000)
    assert "does not open" in page.error.text()
    assert file_hashes(data) == before
    page.passphrase.setText(PASSPHRASE)  # non-ASCII: QTest cannot type it key by key
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.pages.currentIndex() == WORKSPACE, timeout=10000)
    assert win.case_list.model.rowCount() == 1
    assert win.new_case_action.isEnabled()


def test_reset_passphrase_from_unlock_page(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "data"
    key = _vault_with_case(data)
    win = make_window(data)
    page = win.unlock_page
    qtbot.mouseClick(page.forgot, Qt.MouseButton.LeftButton)
    assert page.stack.currentIndex() == 1
    page.recovery_key.setPlainText(key.lower().replace("-", " "))
    qtbot.keyClicks(page.reset_pass.first, "a fresh start passphrase 8")
    qtbot.keyClicks(page.reset_pass.second, "a fresh start passphrase 8")
    assert page.reset_button.isEnabled()
    qtbot.mouseClick(page.reset_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.pages.currentIndex() == WORKSPACE, timeout=10000)
    win.lock()
    Vault.open(data, "a fresh start passphrase 8").lock()


def test_mistyped_recovery_key_is_explained(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "data"
    _vault_with_case(data)
    win = make_window(data)
    page = win.unlock_page
    page._show_reset()
    page.recovery_key.setPlainText("ABCD EFGH")
    qtbot.keyClicks(page.reset_pass.first, "a fresh start passphrase 8")
    qtbot.keyClicks(page.reset_pass.second, "a fresh start passphrase 8")
    page._reset()
    qtbot.waitUntil(lambda: page.reset_error.isVisible(), timeout=10000)
    assert "56" in page.reset_error.text()


def test_lock_clears_views_and_closes_vault(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "data"
    _vault_with_case(data)
    win = make_window(data, vault=Vault.open(data, PASSPHRASE))
    vault = win.state.vault
    assert win.case_list.model.rowCount() == 1
    qtbot.keyClick(win, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert win.pages.currentIndex() == UNLOCK
    assert not vault.is_open
    assert win.case_list.model.rowCount() == 0
    assert win.case_page.case is None


def test_auto_lock_after_idle_with_injected_clock(
    qtbot, make_window, clock, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "data"
    _vault_with_case(data)
    win = make_window(data, vault=Vault.open(data, PASSPHRASE))
    vault = win.state.vault
    assert win.state.settings.auto_lock_minutes == 10
    clock.advance(9 * 60)
    win.autolock.check()
    assert vault.is_open
    win.case_list.view.setFocus()
    # Activity resets the idle timer: a key through the window, as the system delivers it.
    qtbot.keyClick(win.windowHandle(), Qt.Key.Key_Down)
    clock.advance(9 * 60)
    win.autolock.check()
    assert vault.is_open
    clock.advance(61)
    win.autolock.check()
    assert not vault.is_open
    assert win.pages.currentIndex() == UNLOCK
    assert win.case_list.model.rowCount() == 0


def test_auto_lock_minutes_are_configurable(qtbot, make_window, clock, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from secondop_desktop.ui.shell.settings_dialog import SettingsDialog

    data = tmp_path / "data"
    _vault_with_case(data)
    win = make_window(data, vault=Vault.open(data, PASSPHRASE))
    dialog = SettingsDialog(win.state, win)
    dialog.minutes.setValue(2)
    dialog._save()
    assert win.state.settings.auto_lock_minutes == 2
    clock.advance(121)
    win.autolock.check()
    assert not win.state.is_unlocked


def test_keychain_unlock_on_start(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from secondop_desktop.settings import Settings
    from secondop_desktop.vault import session

    data = tmp_path / "data"
    _vault_with_case(data)
    chain = Keychain(MemoryKeyring())
    vault = Vault.open(data, PASSPHRASE)
    session.set_remembered(vault, chain, Settings(), data, True)
    vault.lock()
    win = make_window(data, keychain=chain)
    assert win.pages.currentIndex() == WORKSPACE
    win.lock()  # after a lock the keychain is offered, not used silently
    assert win.pages.currentIndex() == UNLOCK
    assert win.unlock_page.keychain_button.isVisibleTo(win)
