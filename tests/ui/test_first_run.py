"""First run with the real widgets: welcome, passphrase, recovery key, confirm, first case."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from secondop_desktop import cases
from secondop_desktop.store import Keychain, Vault
from secondop_desktop.ui.common import dialogs
from secondop_desktop.ui.shell.main_window import WELCOME, WORKSPACE

from ..support import MemoryKeyring

GOOD = "lantern orchard river 1954"


def test_first_run_creates_vault_confirms_key_and_first_case(
    qtbot, make_window, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "data"
    win = make_window(data)
    w = win.welcome
    assert win.pages.currentIndex() == WELCOME
    qtbot.mouseClick(w.start_button, Qt.MouseButton.LeftButton)
    assert w.stack.currentIndex() == 1
    assert not w.create_button.isEnabled()
    qtbot.keyClicks(w.new_pass.first, "password1")
    qtbot.keyClicks(w.new_pass.second, "password1")
    assert not w.create_button.isEnabled()  # too weak
    assert (
        "10 characters" in w.new_pass.meter.label.text() or "guess" in w.new_pass.meter.label.text()
    )
    w.new_pass.clear()
    qtbot.keyClicks(w.new_pass.first, GOOD)
    qtbot.keyClicks(w.new_pass.second, GOOD)
    assert w.create_button.isEnabled()
    qtbot.mouseClick(w.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.stack.currentIndex() == 2, timeout=10000)
    key = w.recovery
    assert key is not None
    assert (data / "vault.db").exists() and (data / "vault.header").exists()

    kit = tmp_path / "kit.pdf"
    dialogs.set_next_answer(str(kit))
    w._save_kit()
    assert kit.exists() and "Saved" in w.kit_status.text()

    w._ask_confirmation()
    assert w.stack.currentIndex() == 3
    a, b = w._asked
    qtbot.keyClicks(w.group_edits[0], key.groups()[a])
    qtbot.keyClicks(w.group_edits[1], "ZZZZ")
    assert not w.confirm_button.isEnabled()
    assert "does not match" in w.confirm_error.text()
    w.group_edits[1].clear()
    qtbot.keyClicks(w.group_edits[1], key.groups()[b].lower())
    assert w.confirm_button.isEnabled()
    qtbot.mouseClick(w.confirm_button, Qt.MouseButton.LeftButton)
    assert w.stack.currentIndex() == 4

    qtbot.keyClicks(w.case_form.patient_name, "Margaret Okafor")
    qtbot.keyClicks(w.case_form.title, "Suspected lymphoma")
    w._create_case()
    assert win.pages.currentIndex() == WORKSPACE
    assert win.case_list.model.rowCount() == 1
    assert win.case_page.case is not None
    assert win.case_page.case.patient_name == "Margaret Okafor"

    # The key shown on screen really resets the passphrase.
    win.lock()
    reset = Vault.reset_passphrase(data, key.formatted(), "a different passphrase 77")
    assert [c.title for c in cases.list_cases(reset)] == ["Suspected lymphoma"]
    reset.lock()


def test_remember_option_disabled_with_reason_without_keychain(make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import keyring.backends.fail

    win = make_window(tmp_path / "d", keychain=Keychain(keyring.backends.fail.Keyring()))
    assert not win.welcome.remember.isEnabled()
    assert "keychain" in win.welcome.remember.toolTip()


def test_remember_option_stores_key_in_keychain(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    backend = MemoryKeyring()
    win = make_window(tmp_path / "d", keychain=Keychain(backend))
    w = win.welcome
    w._go(1)
    assert w.remember.isEnabled()
    w.remember.setChecked(True)
    qtbot.keyClicks(w.new_pass.first, GOOD)
    qtbot.keyClicks(w.new_pass.second, GOOD)
    w._create()
    qtbot.waitUntil(lambda: w.stack.currentIndex() == 2, timeout=10000)
    assert len(backend.entries) == 1
    assert win.state.settings.remember_on_this_computer
