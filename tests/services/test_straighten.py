"""Straightening phone photos of paper (issue 20): the sheet's outline is found in the
photo and offered; the page laid flat keeps the sheet's own shape; choosing it changes
what is shown, read and printed, never the record's file; undoing brings the photo back.
Real photos made by projecting an A4 page through a pinhole camera (tests/photos.py)."""

from __future__ import annotations

import hashlib
import io
import math
from pathlib import Path

import pytest
from PIL import Image

from secondop_desktop import cases, records
from secondop_desktop.records import importer, ocr, ocr_queue, straighten, straightening
from secondop_desktop.store import Vault

from ..photos import SIZE, scan, sheet_corners, sheet_photo

pytestmark = pytest.mark.skipif(not ocr.available(), reason="rapidocr is not installed")

LINES = [
    "St Mary's Hospital, Department of Haematology",
    "Re: Margaret Okafor, born 2 September 1954",
    "The appearances are of follicular lymphoma, grade 1-2.",
    "I recommend watchful waiting with review in three months.",
]


def _imported_photo(
    vault: Vault, tmp_path: Path, tilt: tuple[int, int, int]
) -> tuple[int, int, Path]:
    """A new case holding one phone photo of the letter, taken at ``tilt``: (case, record,
    the photo's file)."""
    case_id = cases.create_case(vault, cases.Case(patient_name="Margaret Okafor")).id or 0
    photo = tmp_path / "letter.jpg"
    photo.write_bytes(sheet_photo(LINES, sheet_corners(*tilt)))
    (item,) = importer.import_files(vault, case_id, [photo]).items
    return case_id, item.record_id or 0, photo


@pytest.mark.parametrize(
    "tilt",
    # The phone tilted straight over the page (one pair of edges stays parallel: the
    # focal length cannot be found, a phone's is assumed), and turned or tilted sideways.
    [(30, 0, 0), (0, 25, 0), (40, 0, 0), (25, 0, 5), (15, 20, -8), (35, 10, 0), (5, -10, 12)],
)
def test_the_sheet_is_found_and_laid_flat_in_its_own_shape(tilt: tuple[int, int, int]) -> None:
    truth = sheet_corners(*tilt)
    data = sheet_photo(LINES, truth)
    found = straighten.find_outline(Image.open(io.BytesIO(data)))
    assert found is not None
    for (x, y), (tx, ty) in zip(found, truth, strict=True):
        # Within 9 px: found on the edge, then stepped 3 working pixels (5 here) inwards.
        assert math.dist((x * SIZE[0], y * SIZE[1]), (tx, ty)) < 9
    flat = straighten.straighten(data, "image/jpeg", found)
    width, height = flat.size
    assert abs(width / height / (210 / 297) - 1) < 0.05, "A4's shape, not the angle's"
    assert Image.open(io.BytesIO(flat.jpeg)).size == flat.size
    assert width * height <= SIZE[0] * SIZE[1], "never more pixels than the photo has"
    assert max(Image.open(io.BytesIO(flat.after)).size) <= straighten.SHOWN_SIDE
    assert Image.open(io.BytesIO(flat.thumbnail_png)).format == "PNG"


def test_nothing_is_offered_for_a_scan_or_a_photo_without_a_sheet() -> None:
    assert straighten.find_outline(Image.open(io.BytesIO(scan(LINES)))) is None
    noise = Image.effect_noise((800, 600), 60).convert("RGB")
    assert straighten.find_outline(noise) is None


def test_choosing_and_undoing_change_what_is_shown_never_the_file(
    vault: Vault, tmp_path: Path
) -> None:
    case_id, rid, photo = _imported_photo(vault, tmp_path, (30, 10, 6))
    record = records.get_record(vault, rid)
    assert straightening.can_straighten(record)
    assert straightening.status(vault, rid) is None, "nothing found before it is read"
    ocr_queue.run(vault, case_id)
    offer = straightening.status(vault, rid)
    assert offer is not None and offer.state == "offered"
    assert straightening.offered(vault, [rid]) == {rid}
    assert records.search(vault, "lymphoma", case_id=case_id), "read as it was, meanwhile"

    made = straightening.make(vault, rid, offer.corners)
    assert straightening.status(vault, rid) == offer, "seeing it decides nothing"
    straightening.choose(vault, rid, offer.corners, made)
    shown, flat = straightening.shown_content(vault, rid)
    assert flat and shown == made.jpeg
    assert straightening.thumbnail(vault, rid) == made.thumbnail_png
    kept = records.read_content(vault, rid)
    assert hashlib.sha256(kept).hexdigest() == record.sha256, "the file is untouched"
    assert kept == photo.read_bytes()
    # The words are read again from the flat page; meanwhile search finds nothing stale.
    assert records.search(vault, "lymphoma", case_id=case_id) == []
    assert ocr_queue.waiting(vault, case_id) == 1
    ocr_queue.run(vault, case_id)
    (hit,) = records.search(vault, "follicular lymphoma", case_id=case_id)
    assert hit.read_from_picture
    lines = records.text_layers(vault, rid)[1]
    assert lines[1] == made.size, "the text layer's words are where the flat page has them"
    assert straightening.status(vault, rid).state == "straightened"  # type: ignore[union-attr]
    assert straightening.offered(vault, [rid]) == set()

    straightening.keep_as_is(vault, rid, offer.corners)
    shown, flat = straightening.shown_content(vault, rid)
    assert not flat and shown == photo.read_bytes()
    assert straightening.thumbnail(vault, rid) == records.thumbnail(vault, rid)
    assert ocr_queue.waiting(vault, case_id) == 1
    ocr_queue.run(vault, case_id)
    assert records.text_layers(vault, rid)[1][1] == SIZE
    # Reading it again never offers again over the user's choice.
    assert straightening.status(vault, rid).state == "kept"  # type: ignore[union-attr]


def test_looking_for_the_sheet_on_request(vault: Vault, tmp_path: Path) -> None:
    """From the record's menu before the text was read, or for a scan: asked in a worker."""
    case_id = cases.create_case(vault, cases.Case(patient_name="Margaret Okafor")).id or 0
    photo, flat = tmp_path / "p.jpg", tmp_path / "s.png"
    photo.write_bytes(sheet_photo(LINES, sheet_corners(20, 0, 0)))
    flat.write_bytes(scan(LINES))
    a, b = (i.record_id or 0 for i in importer.import_files(vault, case_id, [photo, flat]).items)
    assert straightening.find(vault, a) is not None
    assert straightening.find(vault, b) is None


def test_words_read_from_the_photo_while_it_was_straightened_are_not_kept(
    vault: Vault, tmp_path: Path
) -> None:
    """The user chooses the flat page while the reader is reading the photo: what it read
    is of a picture no longer shown (its words would sit in the wrong places on the flat
    page in the packet), so it is dropped and the flat page is read instead."""
    case_id, rid, _ = _imported_photo(vault, tmp_path, (30, 10, 6))
    corners = straightening.find(vault, rid)
    assert corners is not None
    made = straightening.make(vault, rid, corners)

    def chosen_meanwhile(record_id: int, page: int, pages: int) -> None:
        straightening.choose(vault, record_id, corners, made)

    ocr_queue.run(vault, case_id, reading=chosen_meanwhile)
    assert records.text_layers(vault, rid) == {}, "nothing of the photo as taken"
    assert ocr_queue.waiting(vault, case_id) == 1, "the flat page waits to be read"
    ocr_queue.run(vault, case_id)
    assert records.text_layers(vault, rid)[1][1] == made.size


def test_the_flat_page_keeps_the_photos_colour_profile(tmp_path: Path) -> None:
    from PIL import ImageCms

    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    shot = Image.open(io.BytesIO(sheet_photo(LINES, sheet_corners(20, 0, 0))))
    tagged = io.BytesIO()
    shot.save(tagged, "JPEG", quality=90, icc_profile=profile)
    corners = straighten.find_outline(Image.open(tagged))
    assert corners is not None
    flat = straighten.straighten(tagged.getvalue(), "image/jpeg", corners)
    assert Image.open(io.BytesIO(flat.jpeg)).info.get("icc_profile") == profile


def test_the_packet_prints_the_flat_page_with_its_words_over_it(
    vault: Vault, tmp_path: Path
) -> None:
    """The doctor gets the flat page (its picture is the flat page's, in A4's shape), with
    the invisible words read from it: a search in the packet finds the letter's words, in
    reading order."""
    import subprocess

    from pypdf import PdfReader

    from secondop_desktop.packet import PacketSpec, build_packet

    case_id, rid, _ = _imported_photo(vault, tmp_path, (30, 0, 0))
    corners = straightening.find(vault, rid)
    assert corners is not None
    made = straightening.make(vault, rid, corners)
    straightening.choose(vault, rid, corners, made)
    ocr_queue.run(vault, case_id)
    out = tmp_path / "packet.pdf"
    result = build_packet(vault, PacketSpec(case_id=case_id, sections=(), record_ids=[rid]), out)
    page = result.record_starts[0]
    text = subprocess.run(
        ["pdftotext", "-f", str(page), "-l", str(page), str(out), "-"],
        capture_output=True, check=True, text=True,
    ).stdout  # fmt: skip
    assert "follicular lymphoma" in text
    assert text.index("Haematology") < text.index("watchful")
    images = list(PdfReader(out).pages[page - 1].images)
    assert len(images) == 1
    width, height = images[0].image.size
    assert abs(width / height / (210 / 297) - 1) < 0.05, "the flat page, not the photo"
