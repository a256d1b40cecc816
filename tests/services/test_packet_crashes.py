"""Exports that must not crash (issue 14): a multi-page TIFF of huge frames is streamed
frame by frame (peak memory measured in a child process), and a record whose PDF cannot be
copied is named, and can go in as rendered pages instead."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PIL import Image, ImageDraw

PEAK_LIMIT = 400 * 1024 * 1024

_CHILD = """
import sys
from secondop_desktop.packet.images import image_pages
from secondop_desktop.packet.spec import QUALITIES
from secondop_desktop.packet import render


def status(key):
    with open("/proc/self/status") as f:
        return next(int(l.split()[1]) * 1024 for l in f if l.startswith(key + ":"))


data = open(sys.argv[1], "rb").read()
try:
    with open("/proc/self/clear_refs", "w") as f:
        f.write("5")  # the high-water mark starts again from here (Linux)
except OSError:
    pass  # then the mark includes start-up, and the figure below can only be larger
before = status("VmRSS")
pdf, count = image_pages(data, render.page_size_points("a4"), QUALITIES["high"], 0, "Scan")
assert count == 12 and pdf.startswith(b"%PDF"), count
print(before, status("VmHWM"))
"""


def _huge_tiff(path: Path, frames: int = 12, side: int = 8000) -> Path:
    """A few megabytes on disk, 64 megapixels a frame once decoded."""
    img = Image.new("RGB", (side, side), "white")
    draw = ImageDraw.Draw(img)
    for i in range(0, side, 500):
        draw.line((0, i, side, side - i), fill=(i % 255, 40, 90), width=9)
    img.save(path, "TIFF", compression="tiff_deflate", save_all=True,
             append_images=[img] * (frames - 1))  # fmt: skip
    return path


def test_a_multi_frame_tiff_is_exported_one_frame_at_a_time(tmp_path):  # type: ignore[no-untyped-def]
    path = _huge_tiff(tmp_path / "scan.tiff")
    assert path.stat().st_size < 20 * 1024 * 1024
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(path)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    before, peak = (int(v) for v in done.stdout.split()[-2:])
    # What the export itself adds to the process's resident memory at its peak (the
    # libraries the process had loaded, Qt among them, are the same with or without it).
    grown = peak - before
    print(f"peak RSS {peak / 1048576:.0f} MB, {grown / 1048576:.0f} MB of it the export's")
    assert grown < PEAK_LIMIT, f"{grown / 1048576:.0f} MB"


# --- A PDF that cannot be copied ------------------------------------------------------------

CYCLIC_TEXT = "Cyclic record"


def _cyclic_pdf(path: Path) -> Path:
    """A page whose form XObject's stream takes its /Length from itself (7 0 obj << /Length
    7 0 R >>): pypdf's loop guard raises LimitReachedError whenever it is read or copied,
    while PDFium draws the page."""
    from ..files import HELVETICA, _raw_pdf

    content = b"BT /F1 24 Tf 72 700 Td (%s) Tj ET q /X Do Q" % CYCLIC_TEXT.encode()
    form = b"/Type /XObject /Subtype /Form /BBox [0 0 10 10]"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font "
        b"<< /F1 4 0 R >> /XObject << /X 6 0 R >> >> /Contents 5 0 R >>",
        HELVETICA,
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< %s /Resources << /XObject << /Y 7 0 R >> >> /Length 0 >>\nstream\n\nendstream" % form,
        b"<< %s /Resources << /XObject << /Y 6 0 R >> >> /Length 7 0 R >>\nstream\n\nendstream"
        % form,
    ]
    path.write_bytes(_raw_pdf(objs))
    return path


def test_a_pdf_that_cannot_be_copied_goes_in_as_rendered_pages(vault, tmp_path):  # type: ignore[no-untyped-def]
    from pypdf import PdfReader
    from pypdf.errors import LimitReachedError

    from secondop_desktop import cases, records
    from secondop_desktop.packet import PacketSpec, build_packet
    from secondop_desktop.records import importer

    from ..files import text_pdf

    source = _cyclic_pdf(tmp_path / "cyclic.pdf")
    good = text_pdf(tmp_path / "letter.pdf", [["A readable letter"]])
    try:  # the file really does trip pypdf's limits
        page = PdfReader(source).pages[0]
        page["/Resources"]["/XObject"]["/X"]["/Resources"]["/XObject"]["/Y"].get_object()
        raise AssertionError("pypdf read the cycle")
    except LimitReachedError:
        pass
    case = cases.create_case(vault, cases.Case(patient_name="Ana Okafor"))
    report = importer.import_files(vault, case.id or 0, [source, good])
    assert report.count("imported") == 2, report.summary()
    recs = records.list_records(vault, case.id or 0)
    cyclic = next(r for r in recs if r.title != "letter" and "cyclic" in r.title.lower())
    out = tmp_path / "packet.pdf"
    result = build_packet(
        vault, PacketSpec(case_id=case.id or 0, record_ids=[r.id for r in recs]), out
    )
    assert result.rendered == (cyclic.title,)
    reader = PdfReader(out)
    assert len(reader.pages) == result.pages
    start = result.record_starts[[r.id for r in recs].index(cyclic.id)]
    page = reader.pages[start - 1]
    images = [
        x for x in page["/Resources"]["/XObject"].values() if x.get_object()["/Subtype"] == "/Image"
    ]
    assert images  # the page as PDFium drew it
    assert "A readable letter" in "".join(p.extract_text() for p in reader.pages)


def test_one_page_that_cannot_be_copied_goes_in_as_its_picture(vault, tmp_path):  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    from secondop_desktop import cases, records
    from secondop_desktop.packet import PacketSpec, build_packet
    from secondop_desktop.records import importer

    from ..files import HELVETICA, _raw_pdf

    good = b"BT /F1 24 Tf 72 700 Td (First page) Tj ET"
    bad = b"BT /F1 24 Tf 72 700 Td (Second page) Tj ET"
    page = (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>"
    )
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R 5 0 R] /Count 2 >>",
        HELVETICA,
        page % 6,
        page % 7,
        b"<< /Length %d >>\nstream\n" % len(good) + good + b"\nendstream",
        b"<< /Length 7 0 R >>\nstream\n" + bad + b"\nendstream",  # its length is itself
    ]
    source = tmp_path / "half.pdf"
    source.write_bytes(_raw_pdf(objs))
    case = cases.create_case(vault, cases.Case(patient_name="Ana Okafor"))
    report = importer.import_files(vault, case.id or 0, [source])
    assert report.count("imported") == 1, report.summary()
    (rec,) = records.list_records(vault, case.id or 0)
    out = tmp_path / "packet.pdf"
    result = build_packet(vault, PacketSpec(case_id=case.id or 0, record_ids=[rec.id]), out)
    assert result.rendered == (rec.title,)
    reader = PdfReader(out)
    assert len(reader.pages) == result.pages
    first, second = reader.pages[result.record_starts[0] - 1 : result.record_starts[0] + 1]
    assert "First page" in first.extract_text()
    kinds = [x.get_object()["/Subtype"] for x in second["/Resources"]["/XObject"].values()]
    assert "/Image" in kinds  # the page as PDFium drew it (the footer is a form)


def test_the_builder_says_which_record_went_in_as_pictures(vault, tmp_path):  # type: ignore[no-untyped-def]
    """The user learns which record's text the doctor cannot search, and how to leave it
    out."""
    from secondop_desktop import cases, records
    from secondop_desktop.packet import PacketSpec, build_packet
    from secondop_desktop.records import importer
    from secondop_desktop.ui.packet.packet_dialog import _rendered_note

    case = cases.create_case(vault, cases.Case(patient_name="Ana Okafor"))
    importer.import_files(vault, case.id or 0, [_cyclic_pdf(tmp_path / "cyclic.pdf")])
    (rec,) = records.list_records(vault, case.id or 0)
    result = build_packet(
        vault, PacketSpec(case_id=case.id or 0, record_ids=[rec.id]), tmp_path / "p.pdf"
    )
    note = _rendered_note(result)
    assert f"“{rec.title}”" in note and "pictures of its pages" in note and "untick" in note
