"""The Records, Search and Checklist tabs with real widgets on a real vault."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent

from secondop_desktop import cases, records
from secondop_desktop.records import checklist, viewer_temp
from secondop_desktop.store import Vault
from secondop_desktop.ui.common import dialogs
from secondop_desktop.ui.records.checklist_dialog import ChecklistDialog
from secondop_desktop.ui.records.records_model import PACKET, RecordsModel, RecordsProxy

from ..files import photo, protected_pdf, text_pdf
from ..support import PASSPHRASE


def _window(make_window, vault_dir: Path, **kw):  # type: ignore[no-untyped-def]
    vault = Vault.open(vault_dir, PASSPHRASE)
    cases.create_case(vault, cases.Case(patient_name="Margaret Okafor", title="Lymphoma"))
    window = make_window(vault_dir, vault=vault, **kw)
    window.case_page.sections.setCurrentWidget(window.case_page.records)
    return window


@pytest.fixture
def win(make_window, vault_dir: Path):  # type: ignore[no-untyped-def]
    return _window(make_window, vault_dir)


def _wait_rows(qtbot, section, n: int) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: section.model.rowCount() == n, timeout=30000)


def test_import_files_shows_records_and_report(qtbot, win, tmp_path):  # type: ignore[no-untyped-def]
    section = win.case_page.records
    assert section.body.currentIndex() == 0  # the empty state explains drag and drop
    good = text_pdf(tmp_path / "path.pdf", title="Pathology report")
    bad = tmp_path / "notes.docx"
    bad.write_bytes(b"PK\x03\x04" + b"\0" * 100)
    dialogs.set_next_answer([str(good), str(bad)])  # the file dialog
    dialogs.set_next_answer(None)  # the report dialog
    win.import_action.trigger()
    _wait_rows(qtbot, section, 1)
    qtbot.waitUntil(lambda: any(k == "report" for k, *_ in dialogs.shown), timeout=5000)
    _, title, summary = next(s for s in dialogs.shown if s[0] == "report")
    assert title == "Import finished"
    assert "1 imported" in summary and "1 could not be imported" in summary
    assert section.body.currentIndex() == 1
    assert section.details.title.text() == "Pathology report"
    assert section.preview.page_count.text() == "of 2"


def test_protected_pdf_asks_for_password(qtbot, win, tmp_path):  # type: ignore[no-untyped-def]
    section = win.case_page.records
    pdf = protected_pdf(tmp_path / "portal.pdf", "02091954")
    dialogs.set_next_answer("02091954")  # the password prompt
    section.import_paths([pdf])
    _wait_rows(qtbot, section, 1)
    assert any(k == "password" and "portal.pdf" in text for k, _, text in dialogs.shown)
    assert section.model.record_at(0).unlocked_copy


def test_drop_files_onto_the_window(qtbot, win, tmp_path):  # type: ignore[no-untyped-def]
    section = win.case_page.records
    files = [text_pdf(tmp_path / "a.pdf", [["one"]]), photo(tmp_path / "b.png", "PNG")]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    event = QDropEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    win.dropEvent(event)
    _wait_rows(qtbot, section, 2)


def test_edit_details_autosaves_and_validates(qtbot, win, tmp_path):  # type: ignore[no-untyped-def]
    section = win.case_page.records
    section.import_paths([text_pdf(tmp_path / "a.pdf")])
    _wait_rows(qtbot, section, 1)
    details = section.details
    details.title.clear()
    qtbot.keyClicks(details.title, "Biopsy report")
    details.source.setText("St Anne's")
    details.source.textEdited.emit("St Anne's")
    qtbot.waitUntil(lambda: details.status.text() == "Saved", timeout=3000)
    rec = records.get_record(win.state.vault, details.record.id)
    assert rec.title == "Biopsy report" and rec.source == "St Anne's"
    details.date.edit.setText("01/02/2026")
    details.date.edit.textEdited.emit("01/02/2026")  # typed by the user
    details.save_now()
    assert "confused" in details.error.text()
    future = date.today() + timedelta(days=5)
    details.date.set_value(future)
    details.date.edit.textEdited.emit(details.date.edit.text())  # typed by the user
    details.save_now()
    assert "future" in details.error.text()


def test_a_suggested_date_stays_a_suggestion_until_accepted(qtbot, win, tmp_path):  # type: ignore[no-untyped-def]
    """Issue 12: saving any field saved the date field too, which confirmed a date read
    from the text without the user looking at it. Only typing a date or "Use this date"
    makes it a fact; the timeline then takes it."""
    section = win.case_page.records
    pdf = text_pdf(tmp_path / "p.pdf", [["# Pathology", "Date of service: 14 Oct 1998"]])
    section.import_paths([pdf])
    _wait_rows(qtbot, section, 1)
    details = section.details
    assert records.list_records(win.state.vault, 1)[0].date_suggested
    assert details.suggested.isVisibleTo(details)
    details.title.setText("Pathology, 1998")
    details.title.textEdited.emit("Pathology, 1998")
    details.save_now()
    saved = records.list_records(win.state.vault, 1)[0]
    assert saved.title == "Pathology, 1998" and saved.date_suggested  # still a suggestion
    timeline = win.case_page.facts.timeline
    timeline.case_id = 1
    timeline._add_records()
    assert "Pathology, 1998" in timeline.note.text() and "suggested" in timeline.note.text()
    details.accept_date.click()
    accepted = records.list_records(win.state.vault, 1)[0]
    assert not accepted.date_suggested and accepted.date_of_service == date(1998, 10, 14)
    assert not details.suggested.isVisibleTo(details)
    timeline._add_records()
    assert timeline.note.text().startswith("1 added.")


def test_in_packet_checkbox_and_rotation_are_stored(qtbot, win, tmp_path):  # type: ignore[no-untyped-def]
    section = win.case_page.records
    section.import_paths([photo(tmp_path / "letter.jpg", "JPEG")])
    _wait_rows(qtbot, section, 1)
    index = section.proxy.index(0, PACKET)
    section.proxy.setData(index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    rid = section.model.record_at(0).id
    assert not records.get_record(win.state.vault, rid).include_in_packet
    qtbot.mouseClick(section.preview.rotate, Qt.MouseButton.LeftButton)
    assert records.get_record(win.state.vault, rid).rotation == 90
    assert section.preview.record.rotation == 90


def test_delete_needs_confirmation(qtbot, win, tmp_path):  # type: ignore[no-untyped-def]
    section = win.case_page.records
    section.import_paths([text_pdf(tmp_path / "a.pdf")])
    _wait_rows(qtbot, section, 1)
    dialogs.set_next_answer(False)
    section.delete_current()
    assert section.model.rowCount() == 1
    assert "Delete" in dialogs.shown[-1][1]
    dialogs.set_next_answer(True)
    section.delete_current()
    assert section.model.rowCount() == 0


def test_open_in_viewer_uses_private_temp_wiped_on_lock(qtbot, win, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    import stat

    from PySide6.QtGui import QDesktopServices

    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True
    )
    monkeypatch.setattr(viewer_temp, "folder", lambda: tmp_path / "view")
    section = win.case_page.records
    pdf = text_pdf(tmp_path / "a.pdf")
    section.import_paths([pdf])
    _wait_rows(qtbot, section, 1)
    section.open_external()
    path = Path(opened[0])
    assert path.read_bytes() == pdf.read_bytes()
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    win.lock()
    assert not (tmp_path / "view").exists()


def test_save_a_copy(qtbot, win, tmp_path):  # type: ignore[no-untyped-def]
    section = win.case_page.records
    pdf = text_pdf(tmp_path / "a.pdf")
    section.import_paths([pdf])
    _wait_rows(qtbot, section, 1)
    dialogs.set_next_answer(str(tmp_path / "out.pdf"))
    section.save_copy()
    assert (tmp_path / "out.pdf").read_bytes() == pdf.read_bytes()


def test_search_hit_opens_that_page(qtbot, win, tmp_path):  # type: ignore[no-untyped-def]
    section = win.case_page.records
    section.import_paths(
        [text_pdf(tmp_path / "a.pdf", [["first page"], ["second"], ["Ki-67 about 20 percent"]])]
    )
    _wait_rows(qtbot, section, 1)
    from PySide6.QtWidgets import QApplication

    win.activateWindow()  # the import's progress dialog may have held activation
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=2000)
    qtbot.keyClick(win, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    search = win.case_page.search
    assert win.case_page.sections.currentWidget() is search
    qtbot.waitUntil(search.query.hasFocus, timeout=2000)
    qtbot.keyClicks(search.query, "ki-67")
    search.run()
    assert search.model.rowCount() == 1
    search.results.setCurrentIndex(search.model.index(0))
    search._activated(search.model.index(0))
    assert win.case_page.sections.currentWidget() is section
    assert section.preview.current_page() == 3


def test_search_hit_in_a_record_not_selected_opens_its_page(qtbot, win, tmp_path):  # type: ignore[no-untyped-def]
    """Issue 12: opening a hit showed page 1 unless its record was already selected (the
    selection signal showed the hit's page, then a second call reset it to page 1)."""
    section = win.case_page.records
    pages = [[f"page {n} of the letter"] for n in range(1, 9)]
    pages[6] = ["page 7: the lymph node measured 23 mm"]
    section.import_paths(
        [
            text_pdf(tmp_path / "letter.pdf", pages, title="Clinic letter"),
            text_pdf(tmp_path / "lab.pdf", [["haemoglobin 131"]], title="Blood count"),
        ]
    )
    _wait_rows(qtbot, section, 2)
    letter = next(r for r in records.list_records(win.state.vault, 1) if r.title == "Clinic letter")
    other = section.proxy.mapFromSource(section.model.index(section.model.row_of(letter.id) ^ 1, 0))
    section.table.setCurrentIndex(other)
    assert section.preview.record is not None and section.preview.record.id != letter.id
    search = win.case_page.search
    win.case_page.sections.setCurrentWidget(search)
    search.query.setText("lymph node")
    search.run()
    assert search.model.rowCount() == 1
    search._activated(search.model.index(0))
    assert section.preview.record is not None and section.preview.record.id == letter.id
    assert section.preview.current_page() == 7


def test_lock_cancels_a_running_import_and_clears_views(qtbot, make_window, vault_dir, tmp_path):  # type: ignore[no-untyped-def]
    win = _window(make_window, vault_dir, asynchronous=True)  # the import must be running
    section = win.case_page.records
    paths = [text_pdf(tmp_path / f"r{i}.pdf", [[f"record {i} " * 30]] * 3) for i in range(30)]
    section.import_paths(paths)
    qtbot.waitUntil(lambda: win.runner.busy, timeout=2000)
    win.lock()  # tells the job to stop and waits for it
    qtbot.waitUntil(lambda: not win.runner.busy, timeout=5000)
    assert section.model.rowCount() == 0 and section.preview.record is None
    vault = Vault.open(win.state.data_dir, PASSPHRASE)
    try:
        assert vault.check() == []
        stored = records.list_records(vault, 1)
        assert len(stored) < 30
    finally:
        vault.lock()


def test_checklist_tab(qtbot, win):  # type: ignore[no-untyped-def]
    section = win.case_page.checklist
    win.case_page.sections.setCurrentWidget(section)
    assert section.starter_button.isVisible()
    qtbot.mouseClick(section.starter_button, Qt.MouseButton.LeftButton)
    assert section.model.rowCount() == len(checklist.STARTER)
    assert "0 of" in section.summary.text()
    item = section.model.items[1]
    item.status, item.requested_on = "requested", date.today() - timedelta(days=40)
    checklist.save_item(win.state.vault, 1, item)
    section.reload()
    assert "overdue" in section.summary.text()
    assert "overdue" in section.model.index(1, 2).data()


def test_checklist_dialog_validates_dates(qtbot, win):  # type: ignore[no-untyped-def]
    dialog = ChecklistDialog(checklist.Item(description=""), [], win)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.description, "CT disc")
    dialog.physical.setChecked(True)
    dialog.requested.edit.setText("3 Nov 2026")
    assert "Due by 3 December 2026" in dialog.due.text()
    dialog.sent.edit.setText("10/11/2026")
    dialog._accept()
    assert "confused" in dialog.error.text() and dialog.result() == 0


def test_records_model_with_10000_rows_loads_thumbnails_lazily(qtbot) -> None:  # type: ignore[no-untyped-def]
    from datetime import datetime

    from PySide6.QtWidgets import QTableView

    loads: list[int] = []
    model = RecordsModel(lambda rid: loads.append(rid) or None)
    now = datetime(2026, 1, 1)
    rows = [
        records.Record(
            id=i,
            case_id=1,
            title=f"Record {i:05}",
            kind="lab",
            date_of_service=None,
            date_suggested=False,
            source="Lab",
            page_count=1,
            size=100,
            original_name="x.pdf",
            media_type="application/pdf",
            sha256=f"{i}",
            notes="",
            include_in_packet=True,
            rotation=0,
            position=i,
            unlocked_copy=False,
            created_at=now,
            updated_at=now,
        )
        for i in range(10_000)
    ]
    model.set_records(rows)
    proxy = RecordsProxy()
    proxy.setSourceModel(model)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.resize(800, 600)
    view.show()
    qtbot.waitExposed(view)
    view.grab()  # paint once
    assert 0 < len(loads) < 100  # only what is on screen
    proxy.set_text("Record 09999")
    assert proxy.rowCount() == 1
    proxy.set_text("")
    proxy.set_kind("pathology")
    assert proxy.rowCount() == 0


@pytest.mark.parametrize(("name", "fmt"), [("photo.heic", "HEIF"), ("scan.tif", "TIFF")])
def test_image_preview_for_heic_and_tiff(qtbot, win, tmp_path, name, fmt):  # type: ignore[no-untyped-def]
    section = win.case_page.records
    section.import_paths([photo(tmp_path / name, fmt)])
    _wait_rows(qtbot, section, 1)
    preview = section.preview  # drawn by the sandboxed preview worker, off the UI thread
    qtbot.waitUntil(lambda: not preview.image_label.pixmap().isNull(), timeout=30000)
    width = preview.image_label.pixmap().width()
    assert width > 0
    qtbot.mouseClick(preview.zoom_in, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: preview.image_label.pixmap().width() > width, timeout=30000)


def test_tab_leaves_the_records_and_checklist_tables(qtbot, win, tmp_path):  # type: ignore[no-untyped-def]
    """Issue 18: Tab walked the cells of the Records and Checklist tables (500 presses
    never left them). Tab and Shift+Tab now move to the next and previous control; the
    arrows still move between rows."""
    from secondop_desktop.records import importer

    importer.import_files(
        win.state.vault, 1, [text_pdf(tmp_path / f"r{i}.pdf", [[f"record {i}"]]) for i in range(3)]
    )
    records_section = win.case_page.records
    records_section.reload()
    checklist_section = win.case_page.checklist
    win.case_page.sections.setCurrentWidget(checklist_section)
    qtbot.mouseClick(checklist_section.starter_button, Qt.MouseButton.LeftButton)
    for section in (records_section, checklist_section):
        win.case_page.sections.setCurrentWidget(section)
        table = section.table
        for key, modifier in (
            (Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier),
            (Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier),
        ):
            table.setFocus()
            qtbot.waitUntil(table.hasFocus)
            table.setCurrentIndex(table.model().index(0, 0))
            qtbot.keyClick(table, Qt.Key.Key_Down)
            assert table.currentIndex().row() == 1  # arrows still move between rows
            qtbot.keyClick(table, key, modifier)
            focused = win.focusWidget()
            assert (
                focused is not None and focused is not table and not table.isAncestorOf(focused)
            ), (section, key)


def test_ctrl_page_down_and_up_switch_tabs_where_the_focus_is(qtbot, win):  # type: ignore[no-untyped-def]
    """Issue 18: Ctrl+Page Down / Up switch tabs everywhere, as Ctrl+Tab already did; in a
    page with tabs of its own (Health) they turn those, elsewhere the case's sections."""
    sections = win.case_page.sections
    records_section = win.case_page.records
    assert sections.currentWidget() is records_section
    records_section.table.setFocus()
    qtbot.waitUntil(records_section.table.hasFocus)
    qtbot.keyClick(win.windowHandle(), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert sections.currentWidget() is win.case_page.checklist
    qtbot.keyClick(win.windowHandle(), Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert sections.currentWidget() is records_section
    sections.setCurrentIndex(0)
    sections.setFocus()
    qtbot.keyClick(win.windowHandle(), Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert sections.currentIndex() == sections.count() - 1  # wraps around
    health = win.case_page.facts.health
    sections.setCurrentWidget(health)
    inner = health.tabs
    inner.setCurrentIndex(0)
    inner.currentWidget().setFocus()
    qtbot.waitUntil(lambda: inner.isAncestorOf(win.focusWidget()))
    qtbot.keyClick(win.windowHandle(), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert inner.currentIndex() == 1 and sections.currentWidget() is health


def test_a_transparent_thumbnail_is_shown_on_white_paper(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Thumbnails stored before PDF pages were drawn on white are transparent around the
    ink: in a dark theme the page's black text sat on the dark table. The table shows
    them on paper, as they print."""
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QColor, QImage

    image = QImage(60, 80, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    for x in range(10, 50):
        image.setPixelColor(x, 40, QColor("black"))  # a line of "text"
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    png = bytes(buffer.data().data())
    model = RecordsModel(lambda rid: png)
    icon = model._thumb(1)
    assert icon is not None and not icon.isNull()
    shown = icon.pixmap(icon.availableSizes()[0]).toImage()
    assert not shown.hasAlphaChannel()
    assert shown.pixelColor(2, 2) == QColor("white")  # the paper around the ink
    assert shown.pixelColor(shown.width() // 2, shown.height() // 2).lightness() < 128
