"""Issue 16 in the window: File > Export Case… writes the case file, File > Import Case…
in another vault's window asks its passphrase (again when wrong), brings the case in and
shows it; the same case a second time asks keep both or skip."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication

from secondop_desktop import cases, demo
from secondop_desktop.store import TEST_KDF, Vault
from secondop_desktop.summary import case_document
from secondop_desktop.ui.cases import case_transfer
from secondop_desktop.ui.common import dialogs

from ..services.test_casefile import normal
from ..support import PASSPHRASE

FILE_PASSPHRASE = "otter-dawn-banjo-seven-lilac-quiet-mango"


def test_a_case_moves_through_the_menus_of_two_windows(
    qtbot, make_window, demo_dir: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    source_vault = Vault.open(demo_dir, demo.DEMO_PASSPHRASE)
    source = make_window(demo_dir, vault=source_vault)
    assert source.export_case_action.isEnabled()
    before = case_document(source_vault, 1)
    out = tmp_path / "mum"  # the suffix is added
    dialogs.set_next_answer(str(out))
    dialogs.set_next_answer(True)  # "Case file saved"
    case_transfer.export_case(
        source, source.state, source.runner, source.case_page.case, FILE_PASSPHRASE
    )
    saved = tmp_path / "mum.secondop-case"
    assert saved.is_file()
    assert dialogs.shown[-1][:2] == ("info", "Case file saved")

    other_dir = tmp_path / "other"
    Vault.create(other_dir, PASSPHRASE, kdf=TEST_KDF)[0].lock()
    other = make_window(other_dir, vault=Vault.open(other_dir, PASSPHRASE))
    dialogs.set_next_answer([str(saved)])
    dialogs.set_next_answer("not the passphrase")
    dialogs.set_next_answer(FILE_PASSPHRASE)
    other.import_case_action.trigger()
    asked = [s for s in dialogs.shown if s[0] == "password"]
    assert "does not open this case file" in asked[-1][2]  # asked again, saying why
    imported = cases.list_cases(other.state.vault)
    assert [c.patient_name for c in imported] == ["Margaret Okafor"]
    assert other.case_page.case is not None and other.case_page.case.id == imported[0].id
    assert "Imported Margaret Okafor's case with 5 records" in other.statusBar().currentMessage()
    assert normal(case_document(other.state.vault, imported[0].id or 0)) == normal(before)

    # The same file again: asked; Skip changes nothing, Keep Both adds a copy.
    dialogs.set_next_answer([str(saved)])
    dialogs.set_next_answer(FILE_PASSPHRASE)
    dialogs.set_next_answer("skip")
    other.import_case_action.trigger()
    assert dialogs.shown[-1][0] == "same-case"
    assert len(cases.list_cases(other.state.vault)) == 1
    dialogs.set_next_answer([str(saved)])
    dialogs.set_next_answer(FILE_PASSPHRASE)
    dialogs.set_next_answer("keep-both")
    other.import_case_action.trigger()
    assert len(cases.list_cases(other.state.vault)) == 2


def test_a_damaged_case_file_is_refused_with_a_sentence(
    qtbot, make_window, vault_dir: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    win = make_window(vault_dir, vault=Vault.open(vault_dir, PASSPHRASE))
    bad = tmp_path / "x.secondop-case"
    bad.write_bytes(b"not a case file at all")
    dialogs.set_next_answer([str(bad)])
    dialogs.set_next_answer(True)
    win.import_case_action.trigger()
    assert dialogs.shown[-1][:2] == ("error", "Import case")
    assert "is not a SecondOp case file" in dialogs.shown[-1][2]
    assert cases.list_cases(win.state.vault) == []


def test_the_export_dialog_offers_words_copies_them_and_refuses_a_short_one(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = case_transfer.ExportCaseDialog(cases.Case(patient_name="Ana"))
    qtbot.addWidget(dialog)
    offered = dialog.passphrase.text()
    assert len(offered.split("-")) == 7
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == offered
    dialog.passphrase.setText("short")
    dialog._accept()
    assert "at least 12 characters" in dialog.error.text()
    assert dialog.result() != dialog.DialogCode.Accepted
