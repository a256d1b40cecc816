"""Issue 20 in the packet: a scanned PDF's pages (pictures of text, no text of their own)
carry the words text recognition read from them as an invisible layer, laid over the words
the page shows, whatever the page's size, its /Rotate, its crop box and the record's turns
(those it was read at and those since). Pages with their own text get nothing added, the
setting turns the layer off, and nothing visible changes.

Everything is real: scans drawn with a real font, wrapped as image-only PDFs, imported into
a real vault, read by the real OCR queue (once, for the whole module: a page takes seconds),
exported by the real builder, and checked with poppler (pdftotext, pdftoppm)."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageDraw, ImageFont

from secondop_desktop import cases, records
from secondop_desktop.packet import PacketSpec, build_packet, convert
from secondop_desktop.packet.page_geometry import AREA_BOTTOM
from secondop_desktop.packet.render import page_size_points
from secondop_desktop.records import importer, ocr, ocr_queue
from secondop_desktop.store import TEST_KDF, Vault

from ..files import HELVETICA, _raw_pdf, _stream, text_pdf
from ..support import PASSPHRASE

pytestmark = [
    pytest.mark.skipif(not ocr.available(), reason="rapidocr is not installed"),
    pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler is not installed"),
]

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
PICTURE = (1167, 833)  # a 420 x 300 pt page scanned at 200 DPI
GREY = 228  # the scan's paper: tells the placed page from the packet's white sheet
# Each scanned page: a heading of its own, a sentence, and a name further right and down
# (words placed apart, so a layer off in x or y, or turned the wrong way, misses them).
LINES = [((90, 90), None), ((90, 330), "Follicular lymphoma, grade 2."), ((700, 600), "Okonjo")]
HEADINGS = ["Haematology", "Radiology", "Cardiology", "Pathology"]
CHECKED = ("Okonjo",)  # with each page's heading


@dataclass(frozen=True)
class Scan:
    picture: Image.Image  # the page upright, as a reader sees it
    words: dict[str, tuple[float, float, float, float]]  # ink boxes, 0-1 of the picture


def scan(heading: str) -> Scan:
    """A page of typed text as a scanner gives it: black on grey paper, upright."""
    font = ImageFont.truetype(FONT, 40)
    page = Image.new("L", PICTURE, GREY)
    draw = ImageDraw.Draw(page)
    words = {}
    for (x, y), text in LINES:
        line = text or heading
        draw.text((x, y), line, font=font, fill=20)
        if line in (heading, *CHECKED):
            alone = Image.new("L", PICTURE, 0)
            ImageDraw.Draw(alone).text((x, y), line, font=font, fill=255)
            left, top, right, bottom = alone.getbbox() or (0, 0, 0, 0)
            w, h = PICTURE
            words[line] = (left / w, top / h, right / w, bottom / h)
    return Scan(page, words)


def _jpeg(picture: Image.Image) -> bytes:
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=92)
    return out.getvalue()


def _image(picture: Image.Image) -> bytes:
    return _stream(
        _jpeg(picture),
        b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
        b"/BitsPerComponent 8 /Filter /DCTDecode " % picture.size,
    )


def scanned_pdf(path: Path, pages: list[tuple[bytes, bytes, Image.Image | None]]) -> Path:
    """A PDF of these pages: (page attributes, content, its picture as /Im0 or None)."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b""]
    kids = []
    for attributes, content, picture in pages:
        number = len(objects) + 1
        kids.append(b"%d 0 R" % number)
        resources = b"/Font << /F1 %d 0 R >>" % (number + 2)
        if picture is not None:
            resources += b" /XObject << /Im0 %d 0 R >>" % (number + 3)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R %s /Resources << %s >> /Contents %d 0 R >>"
            % (attributes, resources, number + 1)
        )
        objects += [_stream(content), HELVETICA]
        if picture is not None:
            objects.append(_image(picture))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), len(pages))
    path.write_bytes(_raw_pdf(objects))
    return path


def _scans_pdf(path: Path) -> tuple[Path, list[Scan]]:
    """Four pages: a plain scan; one stored sideways with /Rotate 90 to show it upright;
    one whose crop box shows part of an offset media box (with a mark outside it, not
    shown); and one with text of its own (nothing to read)."""
    scans = [scan(h) for h in HEADINGS[:3]]
    sideways = scans[1].picture.rotate(90, expand=True)  # a quarter turn anticlockwise
    pdf = scanned_pdf(
        path,
        [
            (b"/MediaBox [0 0 420 300]", b"q 420 0 0 300 0 0 cm /Im0 Do Q", scans[0].picture),
            (b"/MediaBox [0 0 300 420] /Rotate 90", b"q 300 0 0 420 0 0 cm /Im0 Do Q", sideways),
            (
                b"/MediaBox [50 40 650 540] /CropBox [150 120 570 420]",
                b"0 g 60 50 80 60 re f q 420 0 0 300 150 120 cm /Im0 Do Q",
                scans[2].picture,
            ),
            (
                b"/MediaBox [0 0 420 300]",
                b"BT /F1 14 Tf 40 250 Td (Own words on page four) Tj ET",
                None,
            ),
        ],
    )
    return pdf, scans


@dataclass
class Scanned:
    vault: Vault
    case_id: int
    scans: int  # the four-page record
    scans_pages: list[Scan]
    sideways: int  # one page stored sideways, turned upright by the user before reading
    sideways_page: Scan
    letter: int  # a PDF with text of its own
    source: bytes  # the four-page record's bytes
    exports: dict[str, tuple[Path, int]]  # packets made (and their first record page), by key


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Scanned]:
    """One vault for the module: the scans imported and read once (four pages of OCR)."""
    folder = tmp_path_factory.mktemp("scan-layer")
    with pytest.MonkeyPatch.context() as mp:  # as conftest._isolated does, for the module
        mp.setenv("SECONDOP_DATA_DIR", str(folder / "data"))
        mp.setenv("TMPDIR", str(folder))
        mp.setattr(tempfile, "tempdir", str(folder))
        vault, _ = Vault.create(folder / "vault", PASSPHRASE, kdf=TEST_KDF)
        try:
            case_id = cases.create_case(vault, cases.Case(patient_name="Margaret Okafor")).id or 0
            four, scans = _scans_pdf(folder / "scans.pdf")
            upright = scan(HEADINGS[3])
            one = scanned_pdf(
                folder / "sideways.pdf",
                [
                    (
                        b"/MediaBox [0 0 300 420]",
                        b"q 300 0 0 420 0 0 cm /Im0 Do Q",
                        upright.picture.rotate(90, expand=True),
                    )
                ],
            )
            letter = text_pdf(folder / "letter.pdf", [["A typed letter about rituximab"]])
            report = importer.import_files(vault, case_id, [four, one, letter])
            ids = [item.record_id or 0 for item in report.items]
            records.update_record(vault, ids[1], rotation=90)  # read as the user turned it
            assert ocr_queue.waiting(vault, case_id) == 4, "the scanned pages, not the text"
            read = ocr_queue.run(vault, case_id)
            assert (read.read, read.failed) == (4, 0)
            yield Scanned(
                vault, case_id, ids[0], scans, ids[1], upright, ids[2], four.read_bytes(), {}
            )
        finally:
            vault.lock()


def export(scanned: Scanned, key: str, *, text_layer: bool = True) -> tuple[Path, int]:
    """The packet of the three records (made once per ``key``) and the page the first
    starts on (the second starts four pages on, the letter five)."""
    if key not in scanned.exports:
        out = Path(tempfile.mkdtemp()) / f"{key}.pdf"
        spec = PacketSpec(
            case_id=scanned.case_id,
            sections=(),
            record_ids=[scanned.scans, scanned.sideways, scanned.letter],
            text_layer=text_layer,
        )
        result = build_packet(scanned.vault, spec, out)
        first = result.record_starts[0]
        assert result.record_starts == [first, first + 4, first + 5]
        scanned.exports[key] = (out, first)
    return scanned.exports[key]


# --- What poppler sees ---------------------------------------------------------------------


def page_text(pdf: Path, page: int) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", "-f", str(page), "-l", str(page), str(pdf), "-"],
        capture_output=True, check=True, text=True,
    ).stdout  # fmt: skip


def word_boxes(pdf: Path, page: int) -> dict[str, tuple[float, float, float, float]]:
    """Each word of the page's text and its box (points, from the top left), as poppler
    finds them."""
    html = subprocess.run(
        ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
        capture_output=True, check=True, text=True,
    ).stdout  # fmt: skip
    found = {}
    for x0, y0, x1, y1, word in re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
        html,
    ):
        found[word.strip(".,")] = (float(x0), float(y0), float(x1), float(y1))
    return found


def drawn(pdf: Path, page: int, dpi: int = 72) -> Image.Image:
    """The page as poppler draws it (at 72 DPI a pixel is a point)."""
    png = subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-gray", "-png", "-f", str(page), "-l", str(page), str(pdf)],
        capture_output=True, check=True,
    ).stdout  # fmt: skip
    return Image.open(io.BytesIO(png)).convert("L")


def scan_on_sheet(pdf: Path, page: int) -> tuple[float, float, float, float]:
    """Where the scan's grey paper is drawn on the packet page (left, top, right, bottom in
    points), found in the drawing above the footer band, not from our geometry."""
    picture = drawn(pdf, page)
    above = picture.crop((0, 0, picture.width, picture.height - int(AREA_BOTTOM) - 1))
    box = above.point(lambda v: 255 if v < 245 else 0).getbbox()
    assert box is not None, "the scan is drawn"
    return box


def turned_box(
    box: tuple[float, float, float, float], turns: int
) -> tuple[float, float, float, float]:
    """A box (0-1 of the upright picture) after quarter turns clockwise."""
    corners = [(box[0], box[1]), (box[2], box[3])]
    for _ in range(turns % 4):
        corners = [(1 - y, x) for x, y in corners]
    xs, ys = [x for x, _ in corners], [y for _, y in corners]
    return min(xs), min(ys), max(xs), max(ys)


# Points on the sheet. What is off is the reader's, not the placing's: its line boxes are
# a little wider than the ink, and poppler's box for a word comes from the font's ascent
# and descent (about 4 points low on these 25-point words). A page placed wrong (its crop
# box, its /Rotate, the user's turns) misses by tens or hundreds of points.
TOLERANCE = 5.0


def assert_words_over_ink(pdf: Path, page: int, shown: Scan, turns: int = 0) -> None:
    """The page's hidden words lie over where the scan shows them: each checked word's
    box in the text layer has its centre within TOLERANCE of the word's ink (the picture's
    ink box, turned as the page shows it, scaled onto where the scan is drawn)."""
    left, top, right, bottom = scan_on_sheet(pdf, page)
    found = word_boxes(pdf, page)
    for word, box in shown.words.items():
        assert word in found, (word, sorted(found))
        nx0, ny0, nx1, ny1 = turned_box(box, turns)
        ink = (left + nx0 * (right - left), top + ny0 * (bottom - top),
               left + nx1 * (right - left), top + ny1 * (bottom - top))  # fmt: skip
        x0, y0, x1, y1 = found[word]
        centre = ((x0 + x1) / 2, (y0 + y1) / 2)
        ink_centre = ((ink[0] + ink[2]) / 2, (ink[1] + ink[3]) / 2)
        assert abs(centre[0] - ink_centre[0]) < TOLERANCE, (word, found[word], ink)
        assert abs(centre[1] - ink_centre[1]) < TOLERANCE, (word, found[word], ink)
        # As long as the word on the page, in the direction it runs (the reader's box is a
        # little wider than the ink).
        along = (x1 - x0, ink[2] - ink[0]) if turns % 2 == 0 else (y1 - y0, ink[3] - ink[1])
        assert abs(along[0] - along[1]) < 0.15 * along[1] + 2, (word, found[word], ink)


# --- The tests -----------------------------------------------------------------------------


def test_scanned_pages_carry_their_words_over_the_words_they_show(scanned: Scanned) -> None:
    """Plain, /Rotate 90 and cropped pages, and a page read after the user turned it: each
    gets its words where the scan shows them; poppler reads them in order."""
    pdf, first = export(scanned, "on")
    for n, shown in enumerate(scanned.scans_pages):
        text = page_text(pdf, first + n)
        assert HEADINGS[n] in text and "Follicular lymphoma" in text, text
        assert text.index(HEADINGS[n]) < text.index("Follicular") < text.index("Okonjo")
        assert_words_over_ink(pdf, first + n, shown)
    assert_words_over_ink(pdf, first + 4, scanned.sideways_page)  # read turned, still turned


def test_the_layer_changes_nothing_visible_and_the_setting_turns_it_off(scanned: Scanned) -> None:
    (on, first), (off, same) = export(scanned, "on"), export(scanned, "off", text_layer=False)
    assert first == same
    for page in range(first, first + 5):
        assert "Okonjo" not in page_text(off, page), "no words with the setting off"
        a, b = drawn(on, page, 60), drawn(off, page, 60)
        assert a.size == b.size and ImageChops.difference(a, b).getbbox() is None, page
    drawn(on, first + 1, 60).save(Path(tempfile.gettempdir()) / "scan-layer-page.png")


def test_pages_with_text_of_their_own_get_nothing_added(scanned: Scanned) -> None:
    """Neither the scan's typed fourth page nor a text PDF gets a layer: their words show
    once, and their pages draw no invisible text."""
    from pypdf import PdfReader

    pdf, first = export(scanned, "on")
    own = page_text(pdf, first + 3)
    assert own.count("Own words on page four") == 1, own
    letter = page_text(pdf, first + 5)
    assert letter.count("rituximab") == 1, letter
    reader = PdfReader(pdf)
    for page in (first + 3, first + 5):
        contents = reader.pages[page - 1].get_contents()
        assert contents is not None and b"3 Tr" not in contents.get_data()
    scanned_page = reader.pages[first - 1].get_contents()
    assert scanned_page is not None and b"3 Tr" in scanned_page.get_data()


def test_a_record_turned_since_it_was_read_keeps_its_words_on_them(scanned: Scanned) -> None:
    """Turned after reading (the scans a quarter turn clockwise, the sideways page back to
    how it was stored), the words are not read again: the layer turns with the pages."""
    vault = scanned.vault
    records.update_record(vault, scanned.scans, rotation=90)
    records.update_record(vault, scanned.sideways, rotation=0)
    try:
        assert ocr_queue.waiting(vault, scanned.case_id) == 0
        pdf, first = export(scanned, "turned")
        for n, shown in enumerate(scanned.scans_pages):
            assert_words_over_ink(pdf, first + n, shown, turns=1)
        assert_words_over_ink(pdf, first + 4, scanned.sideways_page, turns=-1)
        drawn(pdf, first + 2, 60).save(Path(tempfile.gettempdir()) / "scan-layer-turned.png")
    finally:
        records.update_record(vault, scanned.scans, rotation=0)
        records.update_record(vault, scanned.sideways, rotation=90)


def test_pages_drawn_as_pictures_carry_the_words_too(scanned: Scanned, tmp_path: Path) -> None:
    """A scan pypdf cannot copy goes in as PDFium's drawing of its pages (the whole record,
    or one page of it): the words are laid over those pictures the same way."""
    layers = records.text_layers(scanned.vault, scanned.scans)
    assert sorted(layers) == [1, 2, 3]
    paper = page_size_points("a4")
    whole, count = convert.rendered_record(
        scanned.source, "Scans", paper, "standard", ValueError("test"), layers=layers
    )
    one, _ = convert.rendered_record(
        scanned.source, "Scans", paper, "standard", ValueError("test"), only=2, layers=layers
    )
    assert count == 4
    (tmp_path / "whole.pdf").write_bytes(whole)
    (tmp_path / "one.pdf").write_bytes(one)
    for n, shown in enumerate(scanned.scans_pages):
        assert_words_over_ink(tmp_path / "whole.pdf", n + 1, shown)
    assert_words_over_ink(tmp_path / "one.pdf", 1, scanned.scans_pages[2])
    assert "Own words" not in page_text(tmp_path / "whole.pdf", 4), "a picture; no layer"
