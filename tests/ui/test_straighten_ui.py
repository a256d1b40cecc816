"""Issue 20 in the real window: a phone photo of a letter taken at an angle is read in the
background, the reader finds the sheet and the record says so; Straighten shows the photo
with its edges marked beside the page laid flat; using it changes the preview, the
thumbnail, the words read and the packet, never the file; the original comes back with one
click; "Decide later" and a lock choose nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from secondop_desktop import records
from secondop_desktop.records import ocr, straightening
from secondop_desktop.store import straightening as straightening_repo
from secondop_desktop.ui.common import dialogs

from ..photos import scan, sheet_corners, sheet_photo
from .test_records_ui import _wait_rows, _window

pytestmark = pytest.mark.skipif(not ocr.available(), reason="rapidocr is not installed")

LINES = [
    "St Mary's Hospital, Department of Haematology",
    "Re: Margaret Okafor, born 2 September 1954",
    "The appearances are of follicular lymphoma, grade 1-2.",
]


@pytest.fixture(autouse=True)
def _reading_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SECONDOP_OCR", "on")


def test_offered_shown_before_and_after_used_and_undone(  # type: ignore[no-untyped-def]
    qtbot, make_window, vault_dir: Path, tmp_path: Path
) -> None:
    win = _window(make_window, vault_dir)
    section = win.case_page.records
    photo = tmp_path / "letter.jpg"
    photo.write_bytes(sheet_photo(LINES, sheet_corners(30, 8, 5)))
    dialogs.set_next_answer(None)  # the import report
    section.import_paths([photo])
    _wait_rows(qtbot, section, 1)
    reader = win.ocr_reader
    assert reader is not None
    qtbot.waitUntil(lambda: reader.running, timeout=5000)
    qtbot.waitUntil(lambda: not reader.running, timeout=120000)
    section.show_record(1)
    bar = section.straighten_bar
    qtbot.waitUntil(bar.isVisible, timeout=5000)
    assert "can be straightened" in bar.note.text()
    assert bar.straighten_button.isVisible() and bar.keep_button.isVisible()
    assert not bar.original_button.isVisible()
    assert not section.details.straighten.isVisibleTo(section), "offered once, in the bar"
    _no_alt_clash(win)
    thumb_before = section._load_thumbnail(1)

    # "Decide later" chooses nothing: the offer stays.
    qtbot.mouseClick(bar.straighten_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bar.dialog is not None and bar.dialog.isVisible(), timeout=60000)
    dialog = bar.dialog
    assert dialog is not None
    assert not dialog.before.source.isNull() and not dialog.before.pixmap().isNull()
    after = dialog.after.source
    assert abs(after.width() / after.height() - 210 / 297) < 0.03, "A4, laid flat"
    shown = dialog.after.pixmap()
    assert shown.width() <= dialog.after.width() * shown.devicePixelRatio() + 1, "fits its box"
    assert dialog.use_button.isDefault()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert straightening.status(win.state.vault, 1).state == "offered"  # type: ignore[union-attr]

    # Use the flat page (Enter presses the default button).
    qtbot.mouseClick(bar.straighten_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bar.dialog is not None and bar.dialog.isVisible(), timeout=60000)
    qtbot.keyClick(bar.dialog, Qt.Key.Key_Return)
    vault = win.state.vault
    status = straightening.status(vault, 1)
    assert status is not None and status.straightened
    qtbot.waitUntil(lambda: bar.original_button.isVisible(), timeout=5000)
    assert "straightened page" in bar.note.text()
    _no_alt_clash(win)
    shown, flat = straightening.shown_content(vault, 1)
    assert flat and section.preview._data == shown, "the preview shows the flat page"
    assert section._load_thumbnail(1) != thumb_before
    assert records.read_content(vault, 1) == photo.read_bytes(), "the file is untouched"
    # The words are read again from the flat page.
    qtbot.waitUntil(lambda: reader.running, timeout=5000)
    qtbot.waitUntil(lambda: not reader.running, timeout=120000)
    assert records.search(vault, "follicular", case_id=1)
    assert records.text_layers(vault, 1)[1][1] == status.size

    # One click brings the photo back.
    qtbot.mouseClick(bar.original_button, Qt.MouseButton.LeftButton)
    assert straightening.status(vault, 1).state == "kept"  # type: ignore[union-attr]
    assert section.preview._data == photo.read_bytes()
    assert not bar.isVisible()
    assert section._load_thumbnail(1) == thumb_before
    assert section.details.straighten.isVisibleTo(section), "and can be straightened again"


def _one_picture_shown(qtbot, make_window, vault_dir: Path, tmp_path: Path, picture: bytes):  # type: ignore[no-untyped-def]
    """A window whose case holds one imported picture, shown on the Records tab."""
    win = _window(make_window, vault_dir)
    section = win.case_page.records
    path = tmp_path / ("scan.png" if picture.startswith(b"\x89PNG") else "photo.jpg")
    path.write_bytes(picture)
    dialogs.set_next_answer(None)  # the import report
    section.import_paths([path])
    _wait_rows(qtbot, section, 1)
    section.show_record(1)
    return win, section


def _no_alt_clash(win) -> None:  # type: ignore[no-untyped-def]
    from .test_mnemonics_ui import _letter, _mnemonics

    owners = _mnemonics(win.case_page)
    for action in win.menuBar().actions():
        if _letter(action.text()):
            owners[_letter(action.text()) or ""].append(f"menu {action.text()}")
    assert {k: v for k, v in owners.items() if len(v) > 1} == {}


def test_a_scan_has_nothing_to_straighten_and_says_so_when_asked(  # type: ignore[no-untyped-def]
    qtbot, make_window, vault_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SECONDOP_OCR", "off")
    win, section = _one_picture_shown(qtbot, make_window, vault_dir, tmp_path, scan(LINES))
    assert not section.straighten_bar.isVisible()
    assert section.details.straighten.isVisibleTo(section)
    dialogs.shown.clear()
    dialogs.set_next_answer(None)
    qtbot.mouseClick(section.details.straighten, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialogs.shown), timeout=60000)
    kind, title, text = dialogs.shown[-1]
    assert (kind, title) == ("info", "No sheet found") and "stays as it is" in text
    assert straightening.status(win.state.vault, 1) is None


def test_locking_with_the_dialog_open_chooses_nothing(  # type: ignore[no-untyped-def]
    qtbot, make_window, vault_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SECONDOP_OCR", "off")
    photo = sheet_photo(LINES, sheet_corners(20, 0, 0))
    win, section = _one_picture_shown(qtbot, make_window, vault_dir, tmp_path, photo)
    bar = section.straighten_bar
    qtbot.mouseClick(section.details.straighten, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bar.dialog is not None and bar.dialog.isVisible(), timeout=60000)
    win.lock()
    assert bar.dialog is None
    from secondop_desktop.store import Vault

    from ..support import PASSPHRASE

    vault = Vault.open(vault_dir, PASSPHRASE)
    try:
        assert straightening.status(vault, 1) is None
    finally:
        vault.lock()


def test_the_records_list_keeps_its_width_when_a_photo_is_selected(  # type: ignore[no-untyped-def]
    qtbot, make_window, vault_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The review found the list losing a third of its width (titles and reading notes cut
    to "Re…") whenever a photo was selected: a Straighten button in the preview's toolbar
    widened the preview. At 1024 x 700 the list is as wide beside a photo with its offer
    shown as beside the same photo without one."""
    from ..files import text_pdf

    monkeypatch.setenv("SECONDOP_OCR", "off")
    win = _window(make_window, vault_dir)
    win.resize(1024, 700)
    section = win.case_page.records
    photo = tmp_path / "letter.jpg"
    photo.write_bytes(sheet_photo(LINES, sheet_corners(20, 0, 0)))
    dialogs.set_next_answer(None)
    section.import_paths([text_pdf(tmp_path / "report.pdf"), photo])
    _wait_rows(qtbot, section, 2)
    vault = win.state.vault
    pdf, picture = sorted(records.list_records(vault, 1), key=lambda r: not r.is_pdf)
    section.show_record(picture.id)
    qtbot.wait(100)
    assert not section.straighten_bar.isVisible()
    without = section.table.width()
    with vault.transaction() as db:
        straightening_repo.offer(db, picture.id, sheet_corners_0_1())
    section.show_record(pdf.id)
    qtbot.wait(100)
    beside_pdf = section.table.width()
    section.show_record(picture.id)
    qtbot.waitUntil(section.straighten_bar.isVisible, timeout=2000)
    qtbot.wait(100)
    assert abs(section.table.width() - without) <= 2, (without, section.table.width())
    # Beside a PDF it may differ by a scroll bar's width (the details beside a photo say
    # more), never by a button's (about 90 pixels before).
    assert abs(beside_pdf - without) <= 20, (beside_pdf, without)
    assert win.width() <= 1024


def sheet_corners_0_1() -> list[list[float]]:
    from ..photos import SIZE

    return [[x / SIZE[0], y / SIZE[1]] for x, y in sheet_corners(20, 0, 0)]


def test_an_offer_found_while_the_photo_is_shown_replaces_the_details_button(  # type: ignore[no-untyped-def]
    qtbot, make_window, vault_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reading ends while the user looks at the photo and finds a sheet: the bar appears,
    and the details' own Straighten photo… goes (never both at once)."""
    monkeypatch.setenv("SECONDOP_OCR", "off")
    photo = sheet_photo(LINES, sheet_corners(20, 0, 0))
    win, section = _one_picture_shown(qtbot, make_window, vault_dir, tmp_path, photo)
    assert section.details.straighten.isVisibleTo(section)
    assert not section.straighten_bar.isVisibleTo(section)
    with win.state.vault.transaction() as db:
        straightening_repo.offer(db, 1, sheet_corners_0_1())
    win.state.changed.emit("ocr", 0)  # as the reader says when it has read pages
    assert section.straighten_bar.isVisibleTo(section)
    assert not section.details.straighten.isVisibleTo(section)
