"""Issue 20 in the real window: a photographed letter imported is read in the background
(how long the window stalls meanwhile is measured by bench/, not here), the status bar
says which page, the words are then found by Search (marked as read from the picture),
and a lock stops the reading with the pages left for the next unlock."""

from __future__ import annotations

from pathlib import Path

import pytest

from secondop_desktop import records
from secondop_desktop.records import ocr, ocr_queue
from secondop_desktop.ui.common import dialogs

from ..services.test_ocr import letter_photo
from .test_records_ui import _wait_rows, _window

pytestmark = pytest.mark.skipif(not ocr.available(), reason="rapidocr is not installed")


@pytest.fixture(autouse=True)
def _reading_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SECONDOP_OCR", "on")


def test_a_letter_photo_is_read_in_the_background_and_found(
    qtbot,
    make_window,
    vault_dir: Path,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    win = _window(make_window, vault_dir)
    reader = win.ocr_reader
    assert reader is not None and reader.enabled
    dialogs.set_next_answer(None)  # the import report
    win.case_page.records.import_paths([letter_photo(tmp_path / "letter.jpg")])
    _wait_rows(qtbot, win.case_page.records, 1)
    qtbot.waitUntil(lambda: reader.running, timeout=5000)
    assert reader.widget.isVisible()
    qtbot.waitUntil(lambda: "Reading text: page 1 of 1" in reader.label.text(), timeout=30000)
    qtbot.waitUntil(lambda: not reader.running, timeout=120000)
    assert not reader.widget.isVisible()
    vault = win.state.vault
    (hit,) = records.search(vault, "follicular", case_id=1)
    assert hit.read_from_picture
    search = win.case_page.search
    win.case_page.sections.setCurrentWidget(search)
    search.query.setText("okonjo")
    search.run()
    qtbot.waitUntil(lambda: search.model.rowCount() == 1, timeout=10000)
    assert "from the picture's text" in search.model.hits[0].where


def test_lock_stops_the_reading_and_unlock_resumes_it(
    qtbot,
    make_window,
    vault_dir: Path,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    win = _window(make_window, vault_dir)
    reader = win.ocr_reader
    assert reader is not None
    dialogs.set_next_answer(None)
    photos = [
        letter_photo(tmp_path / f"{n}.jpg", [f"Letter {n}", "Dear Dr Okonjo"]) for n in range(3)
    ]
    win.case_page.records.import_paths(photos)
    _wait_rows(qtbot, win.case_page.records, 3)
    qtbot.waitUntil(lambda: reader.running, timeout=5000)
    win.lock()  # stops the page being read: not every page is read before it
    assert not reader.running
    from secondop_desktop.store import Vault

    from ..support import PASSPHRASE

    vault = Vault.open(vault_dir, PASSPHRASE)
    try:
        left = ocr_queue.waiting(vault, 1)
    finally:
        vault.lock()
    assert left >= 1, "what was not read waits"
    from .test_backup_ui import _unlock

    _unlock(qtbot, win)
    qtbot.waitUntil(lambda: reader.running, timeout=5000)
    qtbot.waitUntil(lambda: not reader.running, timeout=180000)
    assert ocr_queue.waiting(win.state.vault, 1) == 0
