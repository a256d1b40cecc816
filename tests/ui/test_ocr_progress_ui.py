"""Issue 20 on the record itself: in the Records list, the row of a photo whose text waits
says so, the row being read says which page, and the note goes once the text is read (the
row then shows the date the text suggested). Stop leaves the rows saying what is left for
the next unlock. Rows change one by one: the list is never reloaded for a page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from secondop_desktop.records import ocr, ocr_queue
from secondop_desktop.ui.common import dialogs
from secondop_desktop.ui.records.ocr_reader import OcrReader
from secondop_desktop.ui.records.records_model import DATE, TITLE, OcrNoteRole
from secondop_desktop.ui.records.records_section import RecordsSection

from ..services.test_ocr import LETTER, letter_photo
from .test_records_ui import _wait_rows, _window

pytestmark = pytest.mark.skipif(not ocr.available(), reason="rapidocr is not installed")


@pytest.fixture(autouse=True)
def _reading_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SECONDOP_OCR", "on")


def _two_photos_waiting(
    qtbot: QtBot, make_window: Any, vault_dir: Path, tmp_path: Path
) -> tuple[Any, OcrReader, RecordsSection]:
    """A window whose case holds two photographed letters, their text not read yet (the
    reader is held back until the test lets it go)."""
    win = _window(make_window, vault_dir)
    win.resize(1024, 700)
    reader = win.ocr_reader
    assert reader is not None and reader.progress.able
    reader.enabled = False  # imported, queued, not read yet
    dialogs.set_next_answer(None)  # the import report
    photos = [
        letter_photo(tmp_path / "first.jpg"),
        letter_photo(tmp_path / "second.jpg", ["Letter two", *LETTER[1:]]),
    ]
    section: RecordsSection = win.case_page.records
    section.import_paths(photos)
    _wait_rows(qtbot, section, 2)
    reader.enabled = True
    return win, reader, section


WAITING = "Text waiting to be read (1 page"  # English plurals come with the next .ts update


def _note(section: RecordsSection, row: int) -> str | None:
    value = section.model.index(row, TITLE).data(OcrNoteRole)
    return value if value is None else str(value)


def test_rows_say_waiting_then_the_page_being_read_then_nothing(
    qtbot: QtBot,
    make_window: Any,
    vault_dir: Path,
    tmp_path: Path,
) -> None:
    win, reader, section = _two_photos_waiting(qtbot, make_window, vault_dir, tmp_path)
    model = section.model
    assert all(str(_note(section, r)).startswith(WAITING) for r in (0, 1))
    title = model.index(0, TITLE)
    # A screen reader says it with the row: the title cell's accessible text and tooltip.
    assert title.data(Qt.ItemDataRole.AccessibleTextRole).startswith(
        f"{model.record_at(0).title}. {WAITING}"
    )
    assert "Text waiting to be read" in title.data(Qt.ItemDataRole.ToolTipRole)
    assert title.data(Qt.ItemDataRole.DisplayRole) == model.record_at(0).title
    assert model.index(0, DATE).data() == "—"

    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(
        lambda top, bottom, _roles=(): changed.append((top.row(), bottom.row()))
    )
    reader.start()
    qtbot.waitUntil(lambda: _note(section, 0) == "Reading text: page 1 of 1", timeout=30000)
    assert str(_note(section, 1)).startswith(WAITING), "read one at a time"
    assert "Reading text: page 1 of 1" in title.data(Qt.ItemDataRole.AccessibleTextRole)
    qtbot.waitUntil(lambda: _note(section, 1) == "Reading text: page 1 of 1", timeout=60000)
    assert _note(section, 0) is None, "the first one is read: its note is gone"
    qtbot.waitUntil(lambda: not reader.running, timeout=120000)
    assert [_note(section, r) for r in (0, 1)] == [None, None]
    assert ocr_queue.waiting(win.state.vault, 1) == 0
    assert resets == [], "no reload of the list for a page"
    assert changed and all(top == bottom for top, bottom in changed), "row by row"
    # The row shows what the letter's words suggested ("Clinic letter, 12 March 2026"),
    # as a suggestion (the question mark) for the user to confirm.
    assert model.index(0, DATE).data() == "12 Mar 2026?"
    assert model.record_at(0).date_suggested
    assert title.data(Qt.ItemDataRole.AccessibleTextRole) == model.record_at(0).title
    # The details beside the selected record show it too.
    current = section.current_record()
    assert current is not None and section.details.record is not None
    assert section.details.record.date_of_service == current.date_of_service
    assert section.details.suggested.isVisibleTo(section.details)


def test_stop_leaves_the_rows_saying_what_is_left_for_the_next_unlock(
    qtbot: QtBot,
    make_window: Any,
    vault_dir: Path,
    tmp_path: Path,
) -> None:
    win, reader, section = _two_photos_waiting(qtbot, make_window, vault_dir, tmp_path)
    reader.start()
    qtbot.waitUntil(lambda: _note(section, 0) == "Reading text: page 1 of 1", timeout=30000)
    reader.stop_button.click()  # the status bar's Stop: the page being read is dropped
    assert not reader.running
    left = ocr_queue.waiting_by_record(win.state.vault, 1)
    assert sum(left.values()) >= 1
    for row in (0, 1):
        rec = section.model.record_at(row)
        note = _note(section, row)
        if rec.id in left:  # "1 page(s)" until the English plurals are compiled
            assert str(note).startswith(f"Reading stopped: {left[rec.id]} page")
            assert str(note).endswith(" left, read at the next unlock")
        else:
            assert note is None
    assert _note(section, 1) is not None, "the second was never reached"
    # Reading again (a new import, or the next unlock) says so on the rows again.
    reader.start()
    qtbot.waitUntil(lambda: not reader.running, timeout=120000)
    assert [_note(section, r) for r in (0, 1)] == [None, None]


def test_nothing_is_said_when_reading_is_off(
    qtbot: QtBot,
    make_window: Any,
    vault_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Turned off (or the engine not installed), the pages wait for ever: a note on every
    photo would say nothing the user can act on (the status bar says why, once)."""
    monkeypatch.setenv("SECONDOP_OCR", "off")
    win = _window(make_window, vault_dir)
    assert win.ocr_reader is not None and not win.ocr_reader.progress.able
    dialogs.set_next_answer(None)
    section = win.case_page.records
    section.import_paths([letter_photo(tmp_path / "letter.jpg")])
    _wait_rows(qtbot, section, 1)
    assert ocr_queue.waiting(win.state.vault, 1) == 1
    assert _note(section, 0) is None
    index: QModelIndex = section.model.index(0, TITLE)
    assert index.data(Qt.ItemDataRole.AccessibleTextRole) == section.model.record_at(0).title


def test_words_read_never_replace_what_the_user_is_typing(
    qtbot: QtBot,
    make_window: Any,
    vault_dir: Path,
    tmp_path: Path,
) -> None:
    """The user retitles the photo while its words are read and types an impossible date
    (its save fails, so nothing is saved yet): when the reading ends, the details keep
    what they typed; a correct date then saves all of it."""
    win, reader, section = _two_photos_waiting(qtbot, make_window, vault_dir, tmp_path)
    rid = section.model.record_at(0).id
    section.show_record(rid)
    details = section.details
    details.title.setText("Dr Okonjo's letter")
    details.title.textEdited.emit(details.title.text())
    details.date.edit.setText("31 Feb 2026")
    details.date.edit.textEdited.emit("31 Feb 2026")
    details.save_now()
    assert details.error.text(), "the impossible date is said"
    reader.start()
    qtbot.waitUntil(lambda: not reader.running, timeout=120000)
    assert details.title.text() == "Dr Okonjo's letter"
    assert details.date.edit.text() == "31 Feb 2026"
    details.date.edit.setText("12 Mar 2026")
    details.date.edit.textEdited.emit("12 Mar 2026")
    details.save_now()
    from secondop_desktop import records

    saved = records.get_record(win.state.vault, rid)
    assert saved.title == "Dr Okonjo's letter" and not saved.date_suggested
