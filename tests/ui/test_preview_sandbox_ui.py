"""Issue 14: the record preview decodes untrusted files in a sandboxed worker, off the UI
thread, with time and memory limits, and says so in a sentence when a page cannot be shown.

Real files made here (an 88-megapixel PNG, a 12-frame 88-megapixel TIFF, a PDF whose
second page takes PDFium seconds to draw), imported into a real vault and previewed by the
real widgets; the preview's worker is a real spawned process.
"""

from __future__ import annotations

import itertools
import multiprocessing
import time
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from PySide6.QtCore import QTimer
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument

from secondop_desktop import cases, records
from secondop_desktop.store import Vault
from secondop_desktop.ui.records import preview_renderer
from secondop_desktop.ui.records.record_preview import ERROR, PAGE

from ..files import _raw_pdf, _stream, text_pdf
from ..support import PASSPHRASE

BIG = (11000, 8000)  # 88 megapixels, just under the import's 89-megapixel limit


def _bars(img: Image.Image, shift: int = 0) -> None:
    draw = ImageDraw.Draw(img)
    for y in range(200 + shift, BIG[1] - 200, 400):
        draw.rectangle((300, y, BIG[0] - 300, y + 120), fill=0)


@pytest.fixture(scope="module")
def big_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("big")
    png = Image.new("L", BIG, 255)
    _bars(png)
    ImageDraw.Draw(png).ellipse((3000, 2000, 8000, 6000), outline=0, width=60)
    png.save(folder / "scan.png", compress_level=1)
    frames = []
    for n in range(12):
        frame = Image.new("1", BIG, 1)
        _bars(frame, 20 * n)
        frames.append(frame)
    frames[0].save(
        folder / "scan.tif", save_all=True, append_images=frames[1:], compression="group4"
    )
    files = {"png": folder / "scan.png", "tif": folder / "scan.tif"}
    assert all(p.stat().st_size < 5 * 1024**2 for p in files.values())  # small on disk
    return files


def slow_pdf(path: Path, depth: int = 10) -> Path:
    """Page 1 plain; page 2 a form that draws a form four times, ten deep: about a million
    small shapes, many seconds of work for PDFium at any size (a crafted file can make that
    hours). Text extraction at import stops after 5000 forms, so the import is quick."""
    base = 7  # object number of the innermost form
    forms = []
    for level in range(depth + 1):
        if level == 0:
            body, resources = b"0 0 m 100 100 l 0 100 l 100 0 l 50 0 l 50 100 l f", b""
        else:
            body = b" ".join(
                b"q 0.5 0 0 0.5 %d %d cm /Y Do Q" % xy
                for xy in ((0, 0), (50, 0), (0, 50), (50, 50))
            )
            resources = b"/Resources << /XObject << /Y %d 0 R >> >> " % (base + level - 1)
        forms.append(
            _stream(body, b"/Type /XObject /Subtype /Form /BBox [0 0 100 100] " + resources)
        )
    path.write_bytes(
        _raw_pdf(
            [
                b"<< /Type /Catalog /Pages 2 0 R >>",
                b"<< /Type /Pages /Kids [3 0 R 5 0 R] /Count 2 >>",
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
                _stream(b"0 0 0 rg 72 600 300 100 re f"),
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                b"/Resources << /XObject << /X %d 0 R >> >> /Contents 6 0 R >>" % (base + depth),
                _stream(b"q 5 0 0 5 50 100 cm /X Do Q"),
                *forms,
            ]
        )
    )
    return path


@pytest.fixture
def win(make_window, vault_dir: Path):  # type: ignore[no-untyped-def]
    vault = Vault.open(vault_dir, PASSPHRASE)
    cases.create_case(vault, cases.Case(patient_name="Margaret Okafor", title="Lymphoma"))
    window = make_window(vault_dir, vault=vault)
    window.case_page.sections.setCurrentWidget(window.case_page.records)
    window.resize(1100, 800)
    return window


class Ticks:
    """A 10 ms timer on the UI thread: the longest gap between its ticks is how long the
    window was frozen."""

    def __init__(self) -> None:
        self.times = [time.monotonic()]
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(lambda: self.times.append(time.monotonic()))
        self.timer.start()

    def longest_gap(self) -> float:
        self.timer.stop()
        stamps = [*self.times, time.monotonic()]
        return max(b - a for a, b in itertools.pairwise(stamps))


def _import(qtbot, win, paths: list[Path]) -> list[records.Record]:  # type: ignore[no-untyped-def]
    section = win.case_page.records
    section.import_paths(paths)
    qtbot.waitUntil(lambda: section.model.rowCount() == len(paths), timeout=60000)
    return records.list_records(win.state.vault, 1)


def _shown(preview) -> bool:  # type: ignore[no-untyped-def]
    """A page or a sentence is on screen (not "Loading…", not a blank label)."""
    pixmap = preview.image_label.pixmap()
    return (preview.stack.currentIndex() == PAGE and not pixmap.isNull()) or (
        preview.stack.currentIndex() == ERROR and bool(preview.error.text())
    )


def _dark_and_light(image: QImage) -> tuple[int, int]:
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    dark = light = 0
    for y in range(0, grey.height(), 3):
        for x in range(0, grey.width(), 3):
            value = grey.pixelColor(x, y).value()
            dark += value < 100
            light += value > 200
    return dark, light


def _reset_peak_rss() -> bool:
    try:
        Path("/proc/self/clear_refs").write_text("5")  # Linux: VmHWM starts again from now
    except OSError:
        return False
    return True


def _peak_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def test_88_megapixel_png_shows_a_downscaled_picture(qtbot, win, big_files):  # type: ignore[no-untyped-def]
    """Was blank without a word (Qt refused the allocation) after freezing the window for
    seconds at 600 MB; now a picture the width of the preview, drawn by the worker."""
    [rec] = _import(qtbot, win, [big_files["png"]])
    preview = win.case_page.records.preview
    if preview.record is not None and preview.record.id == rec.id:
        preview.clear()  # the import showed it already: measure a fresh preview
    measured = _reset_peak_rss()
    base = _peak_rss_mb()
    ticks = Ticks()
    preview.show_record(rec, records.read_content(win.state.vault, rec.id))
    qtbot.waitUntil(lambda: _shown(preview), timeout=30000)
    assert ticks.longest_gap() < 0.5  # the window kept painting and answering
    assert preview.stack.currentIndex() == PAGE, preview.error.text()
    pixmap = preview.image_label.pixmap()
    ratio = pixmap.devicePixelRatio()
    assert 100 <= pixmap.width() / ratio <= preview.stack.width()  # downscaled, not cut
    assert pixmap.width() / pixmap.height() == pytest.approx(BIG[0] / BIG[1], rel=0.02)
    dark, light = _dark_and_light(pixmap.toImage())
    assert dark > 500 and light > 500  # the bars and the paper, not a blank label
    if measured:
        assert _peak_rss_mb() - base < 150  # the 88-MP picture was decoded elsewhere


def test_flipping_frames_of_a_big_tiff_keeps_the_window_responsive(qtbot, win, big_files):  # type: ignore[no-untyped-def]
    [rec] = _import(qtbot, win, [big_files["tif"]])
    preview = win.case_page.records.preview
    qtbot.waitUntil(lambda: preview.record is not None and _shown(preview), timeout=30000)
    assert preview.page_count.text() == "of 12"
    seen_loading: list[str] = []
    poll = QTimer()
    poll.timeout.connect(lambda: seen_loading.append(preview.loading.text()))
    poll.start(5)
    ticks = Ticks()
    preview.page.setValue(7)
    qtbot.waitUntil(
        lambda: _shown(preview) and preview.image_label.accessibleName().endswith("page 7"),
        timeout=30000,
    )
    poll.stop()
    assert ticks.longest_gap() < 0.5
    assert preview.current_page() == 7
    dark, light = _dark_and_light(preview.image_label.pixmap().toImage())
    assert dark > 100 and light > 100
    # Rotation is drawn by the worker too, and the picture turns.
    before = preview.image_label.pixmap()
    preview.set_rotation(records.update_record(win.state.vault, rec.id, rotation=90))
    qtbot.waitUntil(lambda: preview.image_label.pixmap().height() > before.height(), timeout=30000)


def test_a_page_over_the_time_limit_gets_a_sentence_and_the_next_record_previews(  # type: ignore[no-untyped-def]
    qtbot, win, tmp_path, monkeypatch
):
    monkeypatch.setattr(preview_renderer, "TIME_LIMIT", 1.0)
    slow = slow_pdf(tmp_path / "slow.pdf")
    plain = text_pdf(tmp_path / "lab.pdf", [["Haemoglobin 131 g/L"]], title="Blood count")
    found = {r.original_name: r for r in _import(qtbot, win, [slow, plain])}
    section = win.case_page.records
    preview = section.preview
    section.show_record(found["slow.pdf"].id, 2)
    ticks = Ticks()
    qtbot.waitUntil(lambda: preview.stack.currentIndex() == ERROR, timeout=30000)
    assert ticks.longest_gap() < 0.5
    text = preview.error.text()
    assert text.startswith("Page 2 cannot be shown here.")
    assert "took longer" in text and "kept unchanged" in text and "Open in viewer" in text
    # The window is usable: page 1 of the same record, then the next record, preview.
    preview.page.setValue(1)
    qtbot.waitUntil(lambda: _shown(preview) and preview.stack.currentIndex() == PAGE, timeout=30000)
    section.show_record(found["lab.pdf"].id)
    qtbot.waitUntil(
        lambda: _shown(preview) and "Blood count" in preview.image_label.accessibleName(),
        timeout=30000,
    )
    # A slow page passed over for another record: its late answer is dropped.
    section.show_record(found["slow.pdf"].id, 2)
    qtbot.wait(1200)  # drawing for a while: the next request stops it
    section.show_record(found["lab.pdf"].id)
    qtbot.waitUntil(lambda: _shown(preview), timeout=30000)
    qtbot.wait(1500)
    assert preview.stack.currentIndex() == PAGE
    assert "Blood count" in preview.image_label.accessibleName()


def test_a_page_over_the_memory_limit_gets_a_sentence(qtbot, win, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    """An 88-megapixel picture with transparency takes 350 MB to decode: over a 300 MB
    limit the worker stops with MemoryError, and the preview says so."""
    monkeypatch.setattr(preview_renderer, "MEMORY_LIMIT", 300 * 1024**2)
    clear = Image.new("RGBA", BIG, (255, 255, 255, 0))
    _bars(clear)
    clear.save(tmp_path / "overlay.png", compress_level=1)
    del clear
    plain = text_pdf(tmp_path / "lab.pdf", [["Haemoglobin 131 g/L"]], title="Blood count")
    found = {r.original_name: r for r in _import(qtbot, win, [tmp_path / "overlay.png", plain])}
    section = win.case_page.records
    preview = section.preview
    preview.clear()  # a worker started before the patch would keep its old limit
    section.show_record(found["overlay.png"].id)
    qtbot.waitUntil(lambda: preview.stack.currentIndex() == ERROR, timeout=30000)
    text = preview.error.text()
    assert text.startswith("Page 1 cannot be shown here.") and "memory" in text
    section.show_record(found["lab.pdf"].id)
    qtbot.waitUntil(lambda: _shown(preview) and preview.stack.currentIndex() == PAGE, timeout=30000)


def test_the_window_never_loads_a_record_pdf(qtbot, win, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    loads: list[object] = []
    original = QPdfDocument.load

    def spy(self, *args):  # type: ignore[no-untyped-def]
        loads.append(args)
        return original(self, *args)

    monkeypatch.setattr(QPdfDocument, "load", spy)
    pages = [[f"page {n}"] for n in range(1, 5)]
    [rec] = _import(qtbot, win, [text_pdf(tmp_path / "letter.pdf", pages, title="Letter")])
    section = win.case_page.records
    preview = section.preview
    section.show_record(rec.id, 3)
    qtbot.waitUntil(
        lambda: _shown(preview) and preview.image_label.accessibleName().endswith("page 3"),
        timeout=30000,
    )
    assert preview.stack.currentIndex() == PAGE
    assert preview.page_count.text() == "of 4"
    assert loads == []
    assert all(doc.pageCount() == 0 for doc in win.findChildren(QPdfDocument))
    # Locking ends the preview's worker: no decrypted bytes stay in another process.
    assert preview.renderer.running
    assert multiprocessing.active_children()  # the warm preview worker
    win.lock()
    assert not preview.renderer.running
    assert multiprocessing.active_children() == []


@pytest.mark.parametrize("orientation", [1, 3, 6, 8])
@pytest.mark.parametrize("rotation", [0, 90])
def test_worker_draws_a_photo_upright_and_turned(orientation: int, rotation: int) -> None:
    """The worker's picture matches Pillow's own exif_transpose, then the saved quarter
    turn, at the width asked for (the JPEG reduced while decoding)."""
    import io

    from PIL import ImageOps

    from secondop_desktop.records import preview

    photo = Image.new("RGB", (2000, 1500), (250, 250, 250))
    ImageDraw.Draw(photo).rectangle((0, 0, 500, 300), fill=(200, 0, 0))  # top-left marker
    exif = Image.Exif()
    exif[0x0112] = orientation
    buffer = io.BytesIO()
    photo.save(buffer, "JPEG", exif=exif, quality=90)
    expected = ImageOps.exif_transpose(Image.open(io.BytesIO(buffer.getvalue())))
    assert expected is not None
    expected = expected.rotate(-rotation, expand=True)
    drawn = preview.render_page(buffer.getvalue(), "image/jpeg", 0, 400, 4000, rotation)
    assert drawn.width == 400
    assert drawn.height == round(400 * expected.height / expected.width)
    picture = Image.frombytes("RGB", (drawn.width, drawn.height), drawn.pixels)
    small = expected.resize(picture.size)
    for x, y in ((10, 10), (drawn.width - 10, 10), (10, drawn.height - 10)):
        assert picture.getpixel((x, y))[1] == pytest.approx(small.getpixel((x, y))[1], abs=40)
