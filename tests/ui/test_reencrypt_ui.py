"""Issue 14: "Change passphrase and re-encrypt" in the window: the vault gets a new key on a
worker (progress, Cancel), the open case goes on working, the keychain's remembered key is
replaced, and the new recovery key is shown at once to be written down and typed back.
Real vault, real window, the real thread pool."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from secondop_desktop import cases
from secondop_desktop.store import TEST_KDF, Keychain, Vault, WrongPassphrase
from secondop_desktop.store.vault import header_path
from secondop_desktop.ui.shell.main_window import WORKSPACE
from secondop_desktop.ui.vault.passphrase_dialog import ChangePassphraseDialog
from secondop_desktop.ui.vault.recovery_confirm import NewRecoveryKeyDialog

from ..support import PASSPHRASE, MemoryKeyring

NEW = "harbour violet compass 2031"


def _window_with_a_case(qtbot, make_window, data: Path, keychain: Keychain):  # type: ignore[no-untyped-def]
    vault, _recovery = Vault.create(data, PASSPHRASE, kdf=TEST_KDF)
    cases.create_case(vault, cases.Case(patient_name="Ana Ruiz"))
    vault.confirm_recovery()
    vault.lock()
    win = make_window(data, keychain, asynchronous=True)
    page = win.unlock_page
    page.passphrase.setText(PASSPHRASE)
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.pages.currentIndex() == WORKSPACE, timeout=10000)
    # The page check runs in the background after unlock (issue 17); a re-encryption
    # waits for it, as it waits for an import or a backup.
    qtbot.waitUntil(lambda: not win.runner.busy, timeout=10000)
    return win


def _fill(qtbot, dialog: ChangePassphraseDialog) -> None:  # type: ignore[no-untyped-def]
    dialog.show()
    dialog.current.setText(PASSPHRASE)
    dialog.new.first.setText(NEW)
    dialog.new.second.setText(NEW)
    dialog.reencrypt.setChecked(True)
    assert dialog.ok.isEnabled()


def test_reencrypt_from_the_window_gives_a_new_key_and_shows_the_new_recovery_key(
    qtbot, make_window, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "data"
    keychain = Keychain(MemoryKeyring())
    win = _window_with_a_case(qtbot, make_window, data, keychain)
    win.state.settings.remember_on_this_computer = True
    keychain.remember(win.state.vault.vault_id, win.state.vault.data_key())
    old_key = win.state.vault.data_key()
    old_header = header_path(data).read_bytes()

    dialog = ChangePassphraseDialog(win.state, win.runner, win)
    paused: list[bool] = []
    dialog.pausing.connect(win._pause_for_reencrypt)
    dialog.pausing.connect(lambda on: paused.append(on) or enabled.append(win.autolock.enabled))
    enabled: list[bool] = []
    _fill(qtbot, dialog)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=20000)
    assert paused == [True, False]
    assert enabled == [False, True]  # no auto-lock while the file is replaced, then again

    vault = win.state.vault  # the same window goes on: its case is there
    assert [c.patient_name for c in cases.list_cases(vault)] == ["Ana Ruiz"]
    assert vault.data_key() != old_key
    assert keychain.recall(vault.vault_id) == vault.data_key()  # remembered key replaced
    recovery = dialog.made_recovery
    assert recovery is not None and not vault.recovery_confirmed()
    assert header_path(data).read_bytes() != old_header

    shown = NewRecoveryKeyDialog(win.state, win, made=recovery)
    assert shown.stack.currentIndex() == 1  # the key itself, at once
    shown._ask_confirmation()
    for edit, index in zip(shown.group_edits, shown._asked, strict=True):
        qtbot.keyClicks(edit, recovery.groups()[index])
    qtbot.mouseClick(shown.confirm_button, Qt.MouseButton.LeftButton)
    assert vault.recovery_confirmed()

    win.lock()
    try:
        Vault.open(data, PASSPHRASE)
        raise AssertionError("the old passphrase still opens the vault")
    except WrongPassphrase:
        pass
    again = Vault.open(data, NEW)
    assert [c.patient_name for c in cases.list_cases(again)] == ["Ana Ruiz"]
    again.lock()


def test_wrong_current_passphrase_reopens_the_vault_unchanged(
    qtbot, make_window, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "data"
    win = _window_with_a_case(qtbot, make_window, data, Keychain(MemoryKeyring()))
    before = header_path(data).read_bytes()
    dialog = ChangePassphraseDialog(win.state, win.runner, win)
    dialog.show()
    dialog.current.setText("not the passphrase at all")
    dialog.new.first.setText(NEW)
    dialog.new.second.setText(NEW)
    dialog.reencrypt.setChecked(True)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "not right" in dialog.error.text(), timeout=20000)
    assert win.state.is_unlocked
    assert [c.patient_name for c in cases.list_cases(win.state.vault)] == ["Ana Ruiz"]
    assert header_path(data).read_bytes() == before


def test_reencrypt_waits_for_a_running_job(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import threading

    data = tmp_path / "data"
    win = _window_with_a_case(qtbot, make_window, data, Keychain(MemoryKeyring()))
    release = threading.Event()
    win.runner.run(
        lambda *, cancel, progress: release.wait(10),
        title="Importing",
        on_done=lambda _r: None,
        on_error=lambda _e: None,
        quiet=True,
    )
    dialog = ChangePassphraseDialog(win.state, win.runner, win)
    _fill(qtbot, dialog)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert "Wait until" in dialog.error.text()
    assert win.state.is_unlocked  # nothing was closed
    release.set()
    qtbot.waitUntil(lambda: not win.runner.busy, timeout=10000)
