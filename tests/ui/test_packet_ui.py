"""The packet builder, printing and the records-request letter, driven as a user would."""

from __future__ import annotations

import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from secondop_desktop import demo, records
from secondop_desktop.records import checklist, viewer_temp
from secondop_desktop.store import TEST_KDF, Vault
from secondop_desktop.ui.common import dialogs
from secondop_desktop.ui.packet.letter_dialog import LetterDialog
from secondop_desktop.ui.packet.packet_dialog import PacketDialog
from secondop_desktop.ui.packet.packet_print import use_printer_next


@pytest.fixture
def demo_window(make_window, demo_dir: Path):  # type: ignore[no-untyped-def]
    """The main window over a copy of the session's demo vault (tests/conftest.py)."""
    vault = Vault.open(demo_dir, demo.DEMO_PASSPHRASE)
    return make_window(demo_dir, vault=vault)


def _outline_titles(path: Path, password: str | None = None) -> list[str]:
    reader = PdfReader(path)
    if password:
        reader.decrypt(password)
    out: list[str] = []

    def walk(items):  # type: ignore[no-untyped-def]
        for item in items:
            walk(item) if isinstance(item, list) else out.append(item.title)

    walk(reader.outline)
    return out


def test_choose_order_export_and_reopen(qtbot, demo_window, tmp_path):  # type: ignore[no-untyped-def]
    dialog = PacketDialog(demo_window.state, demo_window.runner, 1, demo_window)
    qtbot.addWidget(dialog)
    checks = [dialog.checks.item(i).text() for i in range(dialog.checks.count())]
    assert any("imaging reports but not the images" in c for c in checks)
    assert dialog.prepared_for.text().startswith("Prof. L. Okonjo")
    model = dialog.model
    titles = [r.title for r in model.items]
    # Untick the first record, drag the last one to the top, move it down one by keyboard.
    model.setData(model.index(0), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    last = model.rowCount() - 1
    assert model.moveRow(QModelIndex(), last, QModelIndex(), 0)
    dialog.records_view.setCurrentIndex(model.index(0))
    dialog.open()  # as exec() would, without blocking; shortcuts need the active window
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.records_view.setFocus()
    qtbot.keyClick(dialog.records_view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [r.title for r in model.items][:2] == [titles[0], titles[last]]
    expected = [titles[last], *titles[1:last]]  # the first is unticked
    assert [r.title for r in model.items if r.id in model.chosen] == expected
    dialog.section_boxes["trials"].setChecked(False)
    out = tmp_path / "packet.pdf"
    dialogs.set_next_answer(str(out))
    dialog.export()
    qtbot.waitUntil(lambda: dialog.last_result is not None, timeout=30000)
    assert out.exists() and "pages" in dialog.result_label.text()
    assert dialog.open_folder.isVisible()
    marks = _outline_titles(out)
    assert marks[marks.index("Records") + 1 :] == expected
    assert "Clinical trials" not in marks and "Treatment options" in marks


def test_password_preview_and_print(qtbot, demo_window, tmp_path):  # type: ignore[no-untyped-def]
    dialog = PacketDialog(demo_window.state, demo_window.runner, 1, demo_window)
    qtbot.addWidget(dialog)
    # The checks follow the choices, once the ticking stops.
    dialog.none_button.click()
    qtbot.waitUntil(
        lambda: dialog.checks.item(0).text() == "Nothing to fix: the packet is ready.",
        timeout=5000,
    )
    dialog.all_button.click()
    dialog.protect.setChecked(True)
    password = dialog.password.text()
    # Issue 21: words, easy to read over the phone (seven from the EFF's short list).
    words = password.split("-")
    assert len(words) == 7 and all(w.isalpha() and w.islower() for w in words)
    dialog.copy_password.click()
    from PySide6.QtWidgets import QApplication

    assert QApplication.clipboard().text() == password
    out = tmp_path / "locked.pdf"
    dialogs.set_next_answer(str(out))
    dialog.export()
    qtbot.waitUntil(lambda: dialog.last_result is not None, timeout=30000)
    reader = PdfReader(out)
    assert reader.is_encrypted and reader.decrypt(password)
    # Kept in the vault for when the doctor's office calls, and shown next time.
    from secondop_desktop import packet

    (sent,) = packet.sent_passwords(demo_window.state.vault, 1)
    assert (sent.file_name, sent.password) == ("locked.pdf", password)
    again = PacketDialog(demo_window.state, demo_window.runner, 1, demo_window)
    qtbot.addWidget(again)
    assert "locked.pdf" in again.remembered.text() and password in again.remembered.text()
    dialog.password.setText("short")
    dialog.export()
    assert "at least 8 characters" in dialog.error.text()
    dialog.protect.setChecked(False)
    # The preview: built into the private temp folder and shown.
    dialog.preview()
    qtbot.waitUntil(lambda: dialog.document.pageCount() > 0, timeout=30000)
    assert dialog.preview_path is not None
    assert dialog.preview_path.parent == viewer_temp.folder()
    assert dialog.document.pageCount() == len(PdfReader(dialog.preview_path).pages)
    # Printing: the system dialog is replaced by a PDF printer, the real drawing path runs.
    printed = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    printer.setResolution(100)  # keeps the test quick; the drawing path is the same
    use_printer_next(printer)
    dialog.print_packet()
    qtbot.waitUntil(lambda: printed.exists() and printed.stat().st_size > 0, timeout=30000)
    qtbot.waitUntil(
        lambda: len(PdfReader(printed).pages) == dialog.document.pageCount(), timeout=10000
    )
    demo_window.lock()
    assert not viewer_temp.folder().exists()


def test_records_request_letter_marks_the_item_requested(qtbot, demo_window, tmp_path):  # type: ignore[no-untyped-def]
    state = demo_window.state
    item = next(i for i in checklist.list_items(state.vault, 1) if i.status == "needed")
    dialog = LetterDialog(state, 1, item=item)
    qtbot.addWidget(dialog)
    assert dialog.wanted.text() == item.description
    dialog.wanted.clear()
    dialog.save()
    assert "Say which records" in dialog.error.text()
    dialog.wanted.setText("Operative notes from the neck biopsy")
    dialog.period.setText("October 2026")
    dialog.department.setPlainText("Medical Records, St Anne's University Hospital")
    out = tmp_path / "letter.pdf"
    dialogs.set_next_answer(str(out))
    dialogs.set_next_answer(True)  # the "Letter saved" message
    dialog.save()
    assert dialogs.shown[-1][0:2] == ("info", "Letter saved")
    assert dialog.result() == dialog.DialogCode.Accepted
    text = " ".join(
        subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout.split()
    )
    # The demo case is run by the patient's daughter: the letter says an authorisation
    # is enclosed, so the second page is that authorisation (issue 21: it was claimed, and
    # none was produced).
    assert len(PdfReader(out).pages) == 2
    letter, authorisation = (
        " ".join(
            subprocess.run(
                ["pdftotext", "-f", str(n), "-l", str(n), str(out), "-"],
                capture_output=True,
                text=True,
            ).stdout.split()
        )
        for n in (1, 2)
    )
    assert "authorisation enclosed" in letter
    for needle in (
        "Authorisation to release medical records",
        "Margaret Okafor",
        "2 September 1954",
        "Medical Records, St Anne's University Hospital",
        "Ada Okafor (daughter; contact:",
        "Operative notes from the neck biopsy",
        "Period: October 2026",
        "Purpose: to obtain a second medical opinion",
        "Signature of the patient",
        "power of attorney",
    ):
        assert needle in authorisation, needle
    for needle in (
        "Margaret Okafor",
        "2 September 1954",
        "Operative notes from the neck biopsy",
        "October 2026",
        "45 CFR 164.524",
        "30 days",
        "DICOM",
        "Signature",
        "Ada Okafor",
    ):
        assert needle in text, needle
    again = checklist.get_item(state.vault, item.id)
    assert again.status == "requested" and again.requested_on == date.today()
    # "From" is the hospital, not "Medical Records" (when the item had none).
    assert again.source == (item.source or "St Anne's University Hospital")
    assert again.due_on == date.today() + timedelta(days=30)
    assert records.list_records(state.vault, 1)  # nothing else touched


def test_demo_opens_with_a_ready_packet(qtbot, demo_dir, tmp_path):  # type: ignore[no-untyped-def]
    from secondop_desktop.ui.common.state import AppState
    from secondop_desktop.ui.shell.main_window import MainWindow

    vault = Vault.open(demo_dir, demo.DEMO_PASSPHRASE)
    path = demo.write_demo_packet(vault, tmp_path)
    reader = PdfReader(path)
    assert len(reader.pages) > 15 and reader.metadata["/Title"].endswith("Margaret Okafor")
    state = AppState(demo_dir, demo_mode=True, kdf=TEST_KDF)
    win = MainWindow(state, vault=vault, demo_passphrase=demo.DEMO_PASSPHRASE, demo_packet=path)
    qtbot.addWidget(win)
    assert "Open the ready packet" in win.demo_banner.text()
    assert path.name.replace(" ", "%20") in win.demo_banner.text()
    # Issue 21: the link is opened by the window, which says so when nothing can open a
    # PDF here (offscreen Qt cannot) and offers to save a copy.
    from secondop_desktop.ui.common import dialogs

    dialogs.set_next_answer(True)
    dialogs.set_next_answer(str(tmp_path / "kept.pdf"))
    win.demo_banner.linkActivated.emit(path.as_uri())
    assert (tmp_path / "kept.pdf").read_bytes() == path.read_bytes()


def test_the_demo_banner_shows_the_passphrase_as_it_is_typed(qtbot, demo_dir):  # type: ignore[no-untyped-def]
    """Issue 12: the banner read "Passphrase: demo vault passphrase: lantern orchard river",
    and typing "lantern orchard river" failed. What follows "Passphrase: " opens the vault."""
    import re

    from secondop_desktop.ui.common.state import AppState
    from secondop_desktop.ui.shell.main_window import MainWindow

    state = AppState(demo_dir, demo_mode=True, kdf=TEST_KDF)
    win = MainWindow(state, demo_passphrase=demo.DEMO_PASSPHRASE)
    qtbot.addWidget(win)
    shown = re.search(r"Passphrase: (.+?)(?:  |$)", win.demo_banner.text())
    assert shown is not None
    Vault.open(demo_dir, shown.group(1)).lock()
    assert "passphrase" not in shown.group(1).lower()


def test_packet_builder_fits_a_short_screen(qtbot, demo_window):  # type: ignore[no-untyped-def]
    """Issue 18: at 1.5x on a 1440x900 screen (600 logical pixels tall) the builder opened
    1180x780 and needed 711 pixels, so Export, Print and Close were below the screen. It
    opens within the screen's free area and its choices scroll; the buttons stay."""
    from PySide6.QtGui import QGuiApplication

    dialog = PacketDialog(demo_window.state, demo_window.runner, 1, demo_window)
    qtbot.addWidget(dialog)
    room = QGuiApplication.primaryScreen().availableGeometry()
    assert dialog.width() <= room.width() and dialog.height() <= room.height()
    assert dialog.minimumSizeHint().height() < 450  # fits 600 logical pixels, with a frame
    dialog.resize(dialog.width(), 450)
    dialog.show()
    qtbot.waitExposed(dialog)
    for button in (dialog.export_button, dialog.print_button, dialog.close_button):
        bottom = button.mapTo(dialog, button.rect().bottomLeft()).y()
        assert button.isVisible() and bottom <= dialog.height(), button.text()


def test_the_searchable_photos_setting_reaches_the_packet(qtbot, demo_window):  # type: ignore[no-untyped-def]
    """Issue 20: Settings > "make photo and scan pages searchable" (on by default) is what
    the packet builder asks for, and it is kept with the settings."""
    from secondop_desktop.settings import Settings
    from secondop_desktop.ui.shell.settings_dialog import SettingsDialog

    state = demo_window.state
    dialog = PacketDialog(state, demo_window.runner, 1, demo_window)
    qtbot.addWidget(dialog)
    assert dialog.spec().text_layer
    settings = SettingsDialog(state, demo_window)
    qtbot.addWidget(settings)
    assert settings.searchable.isChecked()
    settings.searchable.setChecked(False)
    settings._save()
    assert not dialog.spec().text_layer
    assert not Settings.load(state.data_dir).searchable_photos
