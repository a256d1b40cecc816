"""The packet builder remembers, per case (issue 12): the ticked records and their order,
the sections, the consultant, paper and quality, in the vault; on every way out of the
dialog; never the password. Records imported since arrive unticked with a note, deleted
ones drop out, and "Reset to default" starts again."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from secondop_desktop import demo, packet, records
from secondop_desktop.packet import choices
from secondop_desktop.packet.order import clinical_order
from secondop_desktop.records import importer
from secondop_desktop.store import Vault
from secondop_desktop.store import facts as repo
from secondop_desktop.ui.common import dialogs
from secondop_desktop.ui.packet.packet_dialog import PacketDialog
from secondop_desktop.ui.packet.packet_print import use_printer_next
from secondop_desktop.ui.shell.main_window import WORKSPACE

from ..files import text_pdf


@pytest.fixture
def demo_window(make_window, demo_dir: Path):  # type: ignore[no-untyped-def]
    vault = Vault.open(demo_dir, demo.DEMO_PASSPHRASE)
    return make_window(demo_dir, vault=vault)


@dataclass
class Seen:
    """What the dialog shows, as the user reads it."""

    order: list[int]
    ticked: list[int]
    sections: list[str]
    prepared_for: str
    paper: str
    quality: str


def _seen(dialog: PacketDialog) -> Seen:
    return Seen(
        order=[r.id for r in dialog.model.items],
        ticked=dialog.model.chosen_ids(),
        sections=[k for k, box in dialog.section_boxes.items() if box.isChecked()],
        prepared_for=dialog.prepared_for.text(),
        paper=str(dialog.paper.currentData()),
        quality=str(dialog.quality.currentData()),
    )


def _open(qtbot, window, case_id: int = 1) -> PacketDialog:  # type: ignore[no-untyped-def]
    dialog = PacketDialog(window.state, window.runner, case_id, window)
    qtbot.addWidget(dialog)
    dialog.open()  # as exec() would, without blocking
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def _choose(dialog: PacketDialog) -> Seen:
    """Untick the first record, move the last to the top, untick a section, name another
    consultant, change paper and quality: what the user set, before any autosave."""
    model = dialog.model
    model.setData(model.index(0), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert model.moveRow(QModelIndex(), model.rowCount() - 1, QModelIndex(), 0)
    dialog.section_boxes["trials"].setChecked(False)
    dialog.prepared_for.setText("Dr K. Osei, Lakeside Lymphoma Clinic")
    other = "letter" if dialog.paper.currentData() == "a4" else "a4"
    dialog.paper.setCurrentIndex(dialog.paper.findData(other))
    dialog.quality.setCurrentIndex(dialog.quality.findData("small"))
    return _seen(dialog)


def _import(window, tmp_path: Path, names: list[str]) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "new"
    folder.mkdir(exist_ok=True)
    paths = [text_pdf(folder / f"{n}.pdf", [[f"# {n}", f"Only in {n}."]]) for n in names]
    importer.import_files(window.state.vault, 1, paths)


def test_choices_survive_close_button_escape_and_window_close(qtbot, demo_window):  # type: ignore[no-untyped-def]
    first = _open(qtbot, demo_window)
    default = _seen(first)
    assert default.ticked == default.order  # the demo's records all travel by default
    chosen = _choose(first)
    assert chosen != default
    first.close_button.click()  # at once: no autosave delay may lose it
    again = _open(qtbot, demo_window)
    assert _seen(again) == chosen
    assert again.added_frame.isHidden()
    again.model.move(0, 1)
    chosen = _seen(again)
    qtbot.keyClick(again, Qt.Key.Key_Escape)
    assert not again.isVisible()
    third = _open(qtbot, demo_window)
    assert _seen(third) == chosen
    third.section_boxes["summary"].setChecked(False)
    chosen = _seen(third)
    vault = demo_window.state.vault
    qtbot.waitUntil(  # saved shortly after a change, with the dialog still open
        lambda: "summary" not in getattr(choices.get_choices(vault, 1), "sections", ("summary",)),
        timeout=3000,
    )
    third.close()  # the window's own close button
    assert _seen(_open(qtbot, demo_window)) == chosen


def test_choices_survive_lock_and_unlock_and_the_password_is_never_kept(qtbot, demo_window):  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, demo_window)
    chosen = _choose(dialog)
    dialog.protect.setChecked(True)
    password = dialog.password.text()
    assert password
    demo_window.lock()  # closes the dialog while it is open
    assert not dialog.isVisible()
    page = demo_window.unlock_page
    page.passphrase.setText(demo.DEMO_PASSPHRASE)
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: demo_window.pages.currentIndex() == WORKSPACE, timeout=10000)
    reopened = _open(qtbot, demo_window)
    assert _seen(reopened) == chosen  # read from the vault
    assert not reopened.protect.isChecked() and reopened.password.text() != password
    raw = repo.get_value(demo_window.state.vault.db, 1, choices.KEY) or ""
    assert raw and password not in raw and "password" not in raw


def test_export_and_print_remember_the_choices(qtbot, demo_window, tmp_path):  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, demo_window)
    chosen = _choose(dialog)
    dialogs.set_next_answer("")  # the user cancels the save dialog
    dialog.export()
    assert _seen(_open(qtbot, demo_window)) == chosen
    dialog = _open(qtbot, demo_window)
    dialog.none_button.click()  # a short packet prints quickly
    for box in dialog.section_boxes.values():
        box.setChecked(False)
    chosen = _seen(dialog)
    printed = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    printer.setResolution(50)
    use_printer_next(printer)
    dialog.print_packet()
    qtbot.waitUntil(lambda: printed.exists() and printed.stat().st_size > 0, timeout=30000)
    assert _seen(_open(qtbot, demo_window)) == chosen


def test_new_records_unticked_with_a_note_deleted_ones_gone(qtbot, demo_window, tmp_path):  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, demo_window)
    chosen = _choose(dialog)
    dialog.close_button.click()
    _import(demo_window, tmp_path, ["Bone marrow report", "PET-CT report"])
    gone = chosen.ticked[0]
    records.delete_record(demo_window.state.vault, gone)
    vault_ids = [r.id for r in records.list_records(demo_window.state.vault, 1)]
    new = [i for i in vault_ids if i not in chosen.order]
    assert len(new) == 2

    dialog = _open(qtbot, demo_window)
    seen = _seen(dialog)
    assert seen.order == [i for i in chosen.order if i != gone] + new
    assert seen.ticked == [i for i in chosen.ticked if i != gone]
    assert dialog.added_frame.isVisibleTo(dialog)
    assert (
        "2 records added since you last chose this packet's records are not ticked"
        in dialog.added_note.text()
    )
    assert dialog.error.text() == ""
    dialog.close_button.click()
    # Unchanged and closed: still noted next time (the user has not decided about them).
    dialog = _open(qtbot, demo_window)
    assert dialog.added_frame.isVisibleTo(dialog)
    dialog.tick_added.click()  # "Tick them"
    assert _seen(dialog).ticked == seen.ticked + new
    assert dialog.added_frame.isHidden()
    # The keyboard stays on the records just ticked (it used to land in the consultant's
    # name with all of it selected, one key from replaced).
    first_new = len(dialog.model.items) - len(new)
    assert dialog.records_view.currentIndex().row() == first_new
    assert dialog.focusWidget() is not dialog.prepared_for
    dialog.close_button.click()
    dialog = _open(qtbot, demo_window)
    assert _seen(dialog).ticked == seen.ticked + new and dialog.added_frame.isHidden()


def test_reset_to_default(qtbot, demo_window, tmp_path):  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, demo_window)
    default = _seen(dialog)
    _choose(dialog)
    dialog.close_button.click()
    _import(demo_window, tmp_path, ["Bone marrow report"])
    dialog = _open(qtbot, demo_window)
    assert dialog.added_frame.isVisibleTo(dialog)
    dialog.protect.setChecked(True)
    password = dialog.password.text()
    dialog.reset_button.click()
    # The default order is clinical (issue 13): pathology, imaging, labs, letters, the rest.
    vault_records = clinical_order(records.list_records(demo_window.state.vault, 1))
    assert _seen(dialog) == Seen(
        order=[r.id for r in vault_records],
        ticked=[r.id for r in vault_records if r.include_in_packet],
        sections=list(packet.SECTIONS),
        prepared_for=default.prepared_for,
        paper=default.paper,
        quality="standard",
    )
    assert dialog.added_frame.isHidden()
    assert dialog.password.text() == password  # the password is not a remembered choice
    assert choices.get_choices(demo_window.state.vault, 1) is None
    dialog.close_button.click()
    assert _seen(_open(qtbot, demo_window)).order == [r.id for r in vault_records]


def test_two_cases_keep_their_own_choices(qtbot, demo_window):  # type: ignore[no-untyped-def]
    first = _open(qtbot, demo_window, 1)
    chosen = _choose(first)
    first.close_button.click()
    second = _open(qtbot, demo_window, 2)
    untouched = _seen(second)
    assert untouched.quality == "standard" and untouched.sections == list(packet.SECTIONS)
    second.section_boxes["opinions"].setChecked(False)
    second.quality.setCurrentIndex(second.quality.findData("high"))
    theirs = _seen(second)
    second.close_button.click()
    assert _seen(_open(qtbot, demo_window, 1)) == chosen
    assert _seen(_open(qtbot, demo_window, 2)) == theirs
