"""A recovery key that was never confirmed: said at every unlock, a new one made while
unlocked (shown once, kit, typed back), and a damaged header told apart from a wrong
passphrase on the unlock page. Real vaults, real widgets."""

from __future__ import annotations

import base64
import json
from pathlib import Path

from PySide6.QtCore import Qt

from secondop_desktop.store import TEST_KDF, Vault, WrongRecoveryKey
from secondop_desktop.store.keys import Header
from secondop_desktop.store.vault import header_path
from secondop_desktop.ui.common import dialogs
from secondop_desktop.ui.shell.main_window import UNLOCK, WORKSPACE

from ..support import PASSPHRASE, file_hashes


def _unlock(qtbot, win) -> None:  # type: ignore[no-untyped-def]
    page = win.unlock_page
    page.passphrase.setText(PASSPHRASE)
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.pages.currentIndex() == WORKSPACE, timeout=10000)


def test_window_closed_on_recovery_page_leaves_an_unconfirmed_vault(
    qtbot, make_window, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "data"
    win = make_window(data)
    w = win.welcome
    qtbot.mouseClick(w.start_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(w.new_pass.first, "lantern orchard river 1954")
    qtbot.keyClicks(w.new_pass.second, "lantern orchard river 1954")
    qtbot.mouseClick(w.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.stack.currentIndex() == 2, timeout=10000)
    assert w.vault is not None
    assert not w.vault.recovery_confirmed()  # shown, not yet typed back
    w._ask_confirmation()
    a, b = w._asked
    assert w.recovery is not None
    qtbot.keyClicks(w.group_edits[0], w.recovery.groups()[a])
    qtbot.keyClicks(w.group_edits[1], w.recovery.groups()[b])
    vault = w.vault
    qtbot.mouseClick(w.confirm_button, Qt.MouseButton.LeftButton)
    assert w.stack.currentIndex() == 4
    assert vault.recovery_confirmed()


def test_unconfirmed_vault_says_so_at_every_unlock_and_makes_a_new_key(
    qtbot, make_window, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "data"
    vault, old_key = Vault.create(data, PASSPHRASE, kdf=TEST_KDF)
    vault.lock()  # as if the window was closed on the recovery page
    win = make_window(data)
    _unlock(qtbot, win)
    banner = win.recovery_banner
    assert banner.isVisible()
    assert "never confirmed" in banner.text.text()

    win.lock()
    assert not banner.isVisible()
    _unlock(qtbot, win)
    assert banner.isVisible()  # every unlock, until confirmed

    qtbot.mouseClick(banner.make_button, Qt.MouseButton.LeftButton)
    dialog = banner.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    assert dialog.stack.currentIndex() == 1
    new_key = dialog.recovery
    assert new_key is not None and new_key.formatted() != old_key.formatted()

    kit = tmp_path / "kit.pdf"
    dialogs.set_next_answer(str(kit))
    dialog._save_kit()
    assert kit.read_bytes().startswith(b"%PDF")

    dialog._ask_confirmation()
    a, b = dialog._asked
    qtbot.keyClicks(dialog.group_edits[0], new_key.groups()[a])
    qtbot.keyClicks(dialog.group_edits[1], "ZZZZ")
    assert not dialog.confirm_button.isEnabled()
    dialog.group_edits[1].clear()
    qtbot.keyClicks(dialog.group_edits[1], new_key.groups()[b])
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert not banner.isVisible()

    win.lock()
    _unlock(qtbot, win)
    assert not banner.isVisible()  # confirmed: no more reminders
    win.lock()

    header = Header.from_bytes(header_path(data).read_bytes())
    try:
        header.unwrap_with_recovery(old_key)
        raise AssertionError("the old key still opens the header")
    except WrongRecoveryKey:
        pass
    Vault.reset_passphrase(data, new_key.formatted(), "a different passphrase 77").lock()


def test_confirmed_vault_shows_no_banner(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "data"
    vault, _ = Vault.create(data, PASSPHRASE, kdf=TEST_KDF)
    vault.confirm_recovery()
    vault.lock()
    win = make_window(data)
    _unlock(qtbot, win)
    assert not win.recovery_banner.isVisible()


def test_damaged_header_is_not_called_a_wrong_passphrase(
    qtbot, make_window, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "data"
    vault, _ = Vault.create(data, PASSPHRASE, kdf=TEST_KDF)
    vault.lock()
    doc = json.loads(header_path(data).read_bytes())
    salt = bytearray(base64.b64decode(doc["kdf"]["salt"]))
    salt[5] ^= 0x04
    doc["kdf"]["salt"] = base64.b64encode(bytes(salt)).decode()
    header_path(data).write_text(json.dumps(doc, indent=2))
    before = file_hashes(data)
    win = make_window(data)
    page = win.unlock_page
    assert win.pages.currentIndex() == UNLOCK
    page.passphrase.setText(PASSPHRASE)
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.error.isVisible(), timeout=10000)
    assert "damaged" in page.error.text()
    assert "does not open" not in page.error.text()
    assert page.recovery_button.isVisible()
    assert not page.salvage_button.isVisible()
    qtbot.mouseClick(page.recovery_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentIndex() == 1
    assert file_hashes(data) == before
