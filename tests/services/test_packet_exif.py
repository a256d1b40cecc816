"""Camera metadata inside PDF records does not travel (issue 13): JPEG images embedded in a
record lose EXIF, XMP and comment segments, byte for byte otherwise, so each image decodes to
exactly the pixels it had. ICC profiles (APP2) and Adobe's APP14 (the colour transform) stay."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from pypdf import PdfReader

from secondop_desktop import cases, records
from secondop_desktop.packet import PacketSpec, build_packet
from secondop_desktop.packet.images import strip_jpeg_metadata
from secondop_desktop.records import importer

from ..files import corpus, exif_jpeg, jpeg_pdf, photo

CAMERA = b"NIKON D60"


def _segments(jpeg: bytes) -> list[tuple[int, bytes]]:
    """(marker, first bytes of the payload) of each segment before the first scan."""
    out, i = [], 2
    while i < len(jpeg) and jpeg[i] == 0xFF:
        marker = jpeg[i + 1]
        length = int.from_bytes(jpeg[i + 2 : i + 4], "big")
        out.append((marker, jpeg[i + 4 : i + 4 + 12]))
        if marker == 0xDA:
            break
        i += 2 + length
    return out


def _images(reader: PdfReader) -> list[bytes]:
    """The raw bytes of every DCT image the packet's pages draw, however deeply nested."""
    found: list[bytes] = []
    seen: set[int] = set()

    def walk(resources) -> None:  # type: ignore[no-untyped-def]
        resources = resources.get_object() if resources is not None else None
        if not resources or "/XObject" not in resources:
            return
        for ref in resources["/XObject"].values():
            obj = ref.get_object()
            if id(obj) in seen:
                continue
            seen.add(id(obj))
            if obj.get("/Subtype") == "/Image" and obj.get("/Filter") == "/DCTDecode":
                found.append(obj._data)
            elif obj.get("/Subtype") == "/Form":
                walk(obj.get("/Resources"))

    for page in reader.pages:
        walk(page.get("/Resources"))
    return found


def _pixels(jpeg: bytes) -> tuple[str, tuple[int, int], bytes]:
    with Image.open(io.BytesIO(jpeg)) as img:
        return img.mode, img.size, img.tobytes()


def test_stripping_is_lossless_and_keeps_colour_information():
    for mode in ("RGB", "CMYK", "L"):
        original = exif_jpeg(mode)
        assert original.count(CAMERA) >= 3  # EXIF, XMP and the comment
        stripped = strip_jpeg_metadata(original)
        assert CAMERA not in stripped
        assert _pixels(stripped) == _pixels(original)
        markers = [m for m, _ in _segments(stripped)]
        assert not {0xE1, 0xFE} & set(markers), markers  # no EXIF/XMP, no comment
        assert not [m for m in markers if 0xE3 <= m <= 0xED or m == 0xEF]
        kept = dict(_segments(original))
        if mode == "RGB":
            assert any(m == 0xE2 and p.startswith(b"ICC_PROFILE") for m, p in _segments(stripped))
        if mode == "CMYK":
            assert kept[0xEE].startswith(b"Adobe")
            assert any(m == 0xEE and p.startswith(b"Adobe") for m, p in _segments(stripped))
        assert strip_jpeg_metadata(stripped) == stripped


def test_real_jpegs_decode_identically_after_stripping():
    files = sorted(corpus("pdf-samples").rglob("*.jpg"))
    assert files
    for path in files:
        data = path.read_bytes()
        assert _pixels(strip_jpeg_metadata(data)) == _pixels(data), path.name


def test_not_a_jpeg_or_a_damaged_one_is_left_as_it_is():
    for data in (b"", b"\xff\xd8", b"not a jpeg", exif_jpeg()[:40], b"\xff\xd8\xff\xe1\x00"):
        assert strip_jpeg_metadata(data) == data


@pytest.mark.parametrize("password", ["", "correct horse battery"])
def test_camera_exif_inside_a_pdf_record_does_not_reach_the_packet(vault, tmp_path, password):  # type: ignore[no-untyped-def]
    jpegs = [exif_jpeg("RGB"), exif_jpeg("CMYK"), exif_jpeg("L")]
    source = jpeg_pdf(tmp_path / "scan.pdf", jpegs)
    assert source.read_bytes().count(CAMERA) >= 9
    shot = photo(tmp_path / "photo.jpg", "JPEG", exif=_camera_exif())
    assert CAMERA in shot.read_bytes()
    case = cases.create_case(vault, cases.Case(patient_name="Ana Okafor"))
    report = importer.import_files(vault, case.id or 0, [source, shot])
    assert report.count("imported") == 2, report.summary()
    recs = records.list_records(vault, case.id or 0)
    out = tmp_path / "packet.pdf"
    spec = PacketSpec(case_id=case.id or 0, record_ids=[r.id for r in recs], password=password)
    build_packet(vault, spec, out)
    raw = out.read_bytes()
    assert CAMERA not in raw
    reader = PdfReader(out)
    if password:
        assert reader.decrypt(password)
    images = _images(reader)
    for data in images:
        assert CAMERA not in data
    # Each embedded image is the same picture, pixel for pixel.
    decoded = {_pixels(d) for d in images}
    for original in jpegs:
        assert _pixels(original) in decoded
    # Nowhere in the decrypted file either: every stream and string, decoded.
    for number in range(1, int(reader.trailer["/Size"])):
        try:
            obj = reader.get_object(number)
        except Exception:  # a free or absent object number
            continue
        data = getattr(obj, "_data", b"") or b""
        assert CAMERA not in data, number
        assert CAMERA.decode() not in str(obj), number


def _camera_exif() -> Image.Exif:
    exif = Image.Exif()
    exif[0x010F] = "NIKON CORPORATION"
    exif[0x0110] = "NIKON D60"
    return exif
