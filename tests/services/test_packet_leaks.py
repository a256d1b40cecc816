"""What must not reach the doctor (issue 14): comments inside photos (JPEG COM markers,
PNG text chunks), and the hidden parts a crafted PDF record can drag along (attachments,
JavaScript, XMP on patterns, forms, appearances and marked content, script links).
Every object of the decrypted packet is read, streams decoded, and searched."""

from __future__ import annotations

import io
import zlib
from pathlib import Path
from typing import Any

import pikepdf
from PIL import Image, PngImagePlugin

from secondop_desktop import cases, records
from secondop_desktop.packet import PacketSpec, build_packet
from secondop_desktop.records import importer

CANARY = b"SECRET-COMMENT"


def _export(vault: Any, tmp_path: Path, files: list[Path]) -> Path:
    case = cases.create_case(vault, cases.Case(patient_name="Ana Okafor"))
    report = importer.import_files(vault, case.id or 0, files)
    assert report.count("imported") == len(files), report.summary()
    recs = records.list_records(vault, case.id or 0)
    out = tmp_path / "packet.pdf"
    build_packet(vault, PacketSpec(case_id=case.id or 0, record_ids=[r.id for r in recs]), out)
    return out


def _all_bytes(packet: Path) -> list[tuple[str, bytes]]:
    """Every object of the packet: its dictionary as written, and its stream decoded (each
    filter undone where pikepdf can; otherwise inflated by hand, else the raw bytes)."""
    found = []
    with pikepdf.open(packet) as pdf:
        for obj in pdf.objects:
            text = repr(obj).encode("utf-8", "replace")
            if isinstance(obj, pikepdf.Stream):
                try:
                    text += obj.read_bytes()
                except pikepdf.PdfError:
                    raw = obj.read_raw_bytes()
                    try:
                        text += zlib.decompress(raw)
                    except zlib.error:
                        text += raw
            found.append((f"{obj.objgen}", text))
    return found


def _assert_no(packet: Path, *needles: bytes) -> None:
    raw = packet.read_bytes()
    for needle in needles:
        assert needle not in raw
        hits = [name for name, data in _all_bytes(packet) if needle in data]
        assert not hits, (needle, hits)


def _unreachable(packet: Path) -> list[tuple[int, int]]:
    """Objects that nothing reaches from the trailer (catalog, page tree, outline, info)."""
    with pikepdf.open(packet) as pdf:
        every = {o.objgen for o in pdf.objects if o.objgen != (0, 0)}
        seen: set[tuple[int, int]] = set()
        todo: list[Any] = [pdf.trailer]
        while todo:
            obj = todo.pop()
            if isinstance(obj, pikepdf.Object) and obj.is_indirect:
                if obj.objgen in seen:
                    continue
                seen.add(obj.objgen)
            if isinstance(obj, (pikepdf.Dictionary, pikepdf.Stream)):
                todo.extend(obj.values() if isinstance(obj, pikepdf.Dictionary)
                            else obj.stream_dict.values())  # fmt: skip
            elif isinstance(obj, pikepdf.Array):
                todo.extend(obj)
        return sorted(every - seen)


# --- Photos ------------------------------------------------------------------------------


def _noisy(size: tuple[int, int] = (320, 240)) -> Image.Image:
    img = Image.radial_gradient("L").resize(size).convert("RGB")
    return img


def test_a_jpeg_comment_does_not_reach_the_packet(vault, tmp_path):  # type: ignore[no-untyped-def]
    path = tmp_path / "photo.jpg"
    _noisy().save(path, "JPEG", comment=CANARY)
    assert b"\xff\xfe" + (len(CANARY) + 2).to_bytes(2, "big") + CANARY in path.read_bytes()
    _assert_no(_export(vault, tmp_path, [path]), CANARY)


def test_png_text_chunks_do_not_reach_the_packet(vault, tmp_path):  # type: ignore[no-untyped-def]
    path = tmp_path / "scan.png"
    info = PngImagePlugin.PngInfo()
    info.add_text("comment", "SECRET-COMMENT tEXt")  # Pillow would write it as a JPEG COM
    info.add_itxt("Description", "SECRET-COMMENT iTXt", lang="en")
    info.add_text("Author", "SECRET-COMMENT zTXt", zip=True)
    _noisy().save(path, "PNG", pnginfo=info)
    with Image.open(path) as check:
        assert sum(CANARY.decode() in str(v) for v in check.info.values()) == 3
    _assert_no(_export(vault, tmp_path, [path]), CANARY)


def test_a_photo_keeps_its_colour_profile(vault, tmp_path):  # type: ignore[no-untyped-def]
    from PIL import ImageCms

    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    path = tmp_path / "photo.jpg"
    _noisy().save(path, "JPEG", icc_profile=profile, comment=CANARY)
    packet = _export(vault, tmp_path, [path])
    _assert_no(packet, CANARY)
    with pikepdf.open(packet) as pdf:
        spaces = [
            obj.get("/ColorSpace")
            for obj in pdf.objects
            if isinstance(obj, pikepdf.Stream) and obj.get("/Subtype") == "/Image"
        ]
        iccs = [s for s in spaces if isinstance(s, pikepdf.Array) and s[0] == "/ICCBased"]
        assert iccs, spaces
        assert bytes(iccs[0][1].read_bytes()) == profile


# --- A crafted PDF ---------------------------------------------------------------------------

LEAK = b"LEAK-CANARY"


def _xmp(where: str) -> bytes:
    body = (b'<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>'
            b'<x:xmpmeta xmlns:x="adobe:ns:meta/">'
            b"<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'><rdf:Description>"
            + LEAK + b"-xmp-" + where.encode() + b"</rdf:Description></rdf:RDF></x:xmpmeta>"
            b'<?xpacket end="w"?>')  # fmt: skip
    return (
        b"<< /Type /Metadata /Subtype /XML /Length %d >>\nstream\n" % len(body)
        + body
        + (b"\nendstream")
    )


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def _crafted_pdf(path: Path) -> Path:
    """Every way issue 14 found for hidden parts to travel with a record's page."""
    from ..files import _raw_pdf

    attachment = LEAK + b"-attachment"
    content = (
        b"/MC0 BDC BT /F1 18 Tf 72 700 Td (Visible record text) Tj ET EMC "
        b"q /Fm Do Q q /Pattern cs /P1 scn 72 400 200 100 re f Q"
    )
    objs = [
        # 1 catalog: attachment, document JavaScript, open action, XMP
        b"<< /Type /Catalog /Pages 2 0 R /Metadata 13 0 R /OpenAction 12 0 R "
        b"/Names << /EmbeddedFiles << /Names [(a.txt) 10 0 R] >> "
        b"/JavaScript << /Names [(js) 12 0 R] >> >> >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",  # 2
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 8 0 R "  # 3
        b"/Resources << /Font << /F1 4 0 R >> /XObject << /Fm 5 0 R >> /Pattern << /P1 6 0 R >> "
        b"/Properties << /MC0 7 0 R >> "
        # a JavaScript action under keys drawing needs (a graphics state's soft mask)
        b"/ExtGState << /GS9 << /Type /ExtGState /SMask << /S /JavaScript /JS ("
        + LEAK
        + b"-js-in-resources) >> >> >> >> /Annots [9 0 R 14 0 R 15 0 R] >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding "  # 4
        b"/SecondOpTest 1 0 R /SecondOpNote (" + LEAK + b"-private-key) >>",
        _stream(
            b"0 0 1 rg 72 500 50 50 re f",
            b"/Type /XObject /Subtype /Form /BBox [0 0 612 792] "
            b"/Metadata 16 0 R /Private 1 0 R /Resources << >> ",
        ),  # 5 fmt: skip
        _stream(
            b"1 0 0 rg 0 0 5 5 re f",
            b"/Type /Pattern /PatternType 1 /PaintType 1 "
            b"/TilingType 1 /BBox [0 0 10 10] /XStep 10 /YStep 10 /Resources << >> "
            b"/Metadata 17 0 R ",
        ),  # 6 fmt: skip
        b"<< /Metadata 18 0 R /Owner 1 0 R >>",  # 7 marked-content properties
        _stream(content),  # 8
        # 9: a square whose /P and a private key point at the catalog, with an appearance
        b"<< /Type /Annot /Subtype /Square /Rect [300 300 400 400] /P 1 0 R /Hidden 1 0 R "
        b"/AP << /N 19 0 R >> >>",
        b"<< /Type /Filespec /F (a.txt) /EF << /F 11 0 R >> >>",  # 10
        _stream(attachment, b"/Type /EmbeddedFile "),  # 11
        b"<< /S /JavaScript /JS (app.alert\\('" + LEAK + b"-openaction'\\)) >>",  # 12
        _xmp("document"),  # 13
        b"<< /Type /Annot /Subtype /Link /Rect [72 650 200 670] "  # 14
        b"/A << /S /URI /URI (javascript:alert\\('" + LEAK + b"-uri'\\)) >> >>",
        b"<< /Type /Annot /Subtype /Link /Rect [72 620 200 640] "  # 15
        b"/A << /S /JavaScript /JS (" + LEAK + b"-linkjs) >> /P 1 0 R >>",
        _xmp("form"),  # 16
        _xmp("pattern"),  # 17
        _xmp("marked-content"),  # 18
        _stream(
            b"0 1 0 RG 4 w 2 2 96 96 re S",
            b"/Type /XObject /Subtype /Form "  # 19
            b"/BBox [0 0 100 100] /Metadata 20 0 R /Owner 1 0 R /Resources << >> ",
        ),
        _xmp("appearance"),  # 20
    ]
    path.write_bytes(_raw_pdf(objs))
    assert path.read_bytes().count(LEAK) == 11
    return path


def test_a_crafted_pdf_brings_nothing_hidden_into_the_packet(vault, tmp_path):  # type: ignore[no-untyped-def]
    import pypdfium2 as pdfium

    packet = _export(vault, tmp_path, [_crafted_pdf(tmp_path / "crafted.pdf")])
    _assert_no(packet, LEAK, b"javascript:", b"/JavaScript", b"/EmbeddedFile")
    assert _unreachable(packet) == []
    # What the page shows still shows: its text, the form, the pattern, the appearance.
    from pypdf import PdfReader

    text = "".join(p.extract_text() for p in PdfReader(packet).pages)
    assert "Visible record text" in text
    document = pdfium.PdfDocument(packet)
    last = document[len(document) - 1].render(scale=1).to_pil().convert("RGB")
    colours = {c for _n, c in last.getcolors(1 << 20) or []}
    assert (0, 0, 255) in colours and (255, 0, 0) in colours


# --- Each layer on its own -----------------------------------------------------------------
#
# XMP on an image or a form is stopped twice: the cleaning drops it from the source before
# anything is copied, and the copy's allow-list would not copy it anyway. The crafted PDF
# above passes while either layer holds; these check the cleaning by itself.


def _xmp_pdf(path: Path) -> Path:
    """A page drawing an image and a form, each with its own XMP, the form's image too."""
    from ..files import _raw_pdf

    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",  # 1
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",  # 2
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R "  # 3
        b"/Resources << /XObject << /Im0 5 0 R /Fm0 6 0 R >> >> >>",
        _stream(b"q 50 0 0 50 10 10 cm /Im0 Do Q q /Fm0 Do Q"),  # 4
        _stream(
            b"\xff\x00\x00",
            b"/Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceRGB "
            b"/BitsPerComponent 8 /Metadata 7 0 R ",
        ),  # 5 fmt: skip
        _stream(
            b"q 20 0 0 20 100 100 cm /Im1 Do Q",
            b"/Type /XObject /Subtype /Form /BBox [0 0 200 200] /Metadata 8 0 R "
            b"/Resources << /XObject << /Im1 9 0 R >> >> ",
        ),  # 6 fmt: skip
        _xmp("image"),  # 7
        _xmp("form"),  # 8
        _stream(
            b"\x00\x00\xff",
            b"/Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceRGB "
            b"/BitsPerComponent 8 /Metadata 10 0 R ",
        ),  # 9 fmt: skip
        _xmp("image-in-form"),  # 10
    ]
    path.write_bytes(_raw_pdf(objs))
    assert path.read_bytes().count(LEAK) == 3
    return path


def test_cleaning_drops_xmp_from_images_and_forms_before_any_copy(tmp_path):  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    from secondop_desktop.packet.pages import prepare

    reader = PdfReader(_xmp_pdf(tmp_path / "xmp.pdf"))
    xobjects = reader.pages[0]["/Resources"]["/XObject"]
    image, form = xobjects["/Im0"].get_object(), xobjects["/Fm0"].get_object()
    inner = form["/Resources"]["/XObject"]["/Im1"].get_object()
    assert all("/Metadata" in obj for obj in (image, form, inner))
    prepare(reader)  # what the export's workers do to each record before its pages are placed
    assert [obj.get("/Subtype") for obj in (image, form, inner) if "/Metadata" in obj] == []


def test_images_and_forms_with_xmp_reach_the_packet_without_it(vault, tmp_path):  # type: ignore[no-untyped-def]
    packet = _export(vault, tmp_path, [_xmp_pdf(tmp_path / "xmp.pdf")])
    _assert_no(packet, LEAK, b"/Metadata")
    assert _unreachable(packet) == []


# --- File attachments ------------------------------------------------------------------------


FORM_100 = b"/Type /XObject /Subtype /Form /BBox [0 0 100 100] "


def _attachment_pdf(path: Path) -> Path:
    """A page with a file-attachment annotation (a green paperclip appearance, an embedded
    file) and, beside it, a square annotation with a blue appearance."""
    from ..files import _raw_pdf

    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",  # 1
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",  # 2
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 300] /Contents 4 0 R "  # 3
        b"/Annots [5 0 R 6 0 R] >>",
        _stream(b"0.9 g 0 0 300 300 re f"),  # 4
        b"<< /Type /Annot /Subtype /FileAttachment /Rect [20 20 120 120] /F 4 "  # 5
        b"/Name /PushPin /Contents (lab results attached) /FS 7 0 R /AP << /N 9 0 R >> >>",
        b"<< /Type /Annot /Subtype /Square /Rect [180 180 280 280] /F 4 "  # 6
        b"/AP << /N 10 0 R >> >>",
        b"<< /Type /Filespec /F (labs.csv) /UF (labs.csv) /EF << /F 8 0 R >> >>",  # 7
        _stream(LEAK + b"-attached-file", b"/Type /EmbeddedFile "),  # 8
        _stream(b"0 1 0 rg 0 0 100 100 re f", FORM_100),  # 9: green
        _stream(b"0 0 1 rg 0 0 100 100 re f", FORM_100),  # 10: blue
    ]
    path.write_bytes(_raw_pdf(objs))
    return path


def test_a_file_attachment_annotation_is_left_out_of_the_packet(vault, tmp_path):  # type: ignore[no-untyped-def]
    """Its file does not travel, and neither does its paperclip: a drawn attachment would
    promise the doctor a file the packet does not hold. Other annotations still show."""
    import pypdfium2 as pdfium

    packet = _export(vault, tmp_path, [_attachment_pdf(tmp_path / "attached.pdf")])
    _assert_no(packet, LEAK, b"labs.csv", b"/EmbeddedFile", b"/FileAttachment")
    document = pdfium.PdfDocument(packet)
    page = document[len(document) - 1].render(scale=1).to_pil().convert("RGB")
    colours = {c for _n, c in page.getcolors(1 << 20) or []}
    assert (0, 0, 255) in colours  # the square's appearance is drawn
    assert (0, 255, 0) not in colours  # the attachment's is not


# --- A phone photo: EXIF with GPS, and a comment ---------------------------------------------

PHONE = "Pixel 8 Pro SECRET-CAMERA"


def _phone_photo(path: Path) -> Path:
    """A JPEG as a phone writes it: camera make and model, where it was taken (GPS IFD),
    when, which way up (orientation 6: turn 90 degrees clockwise) and a comment."""
    exif = Image.Exif()
    exif[0x010F] = "Google SECRET-CAMERA"  # make
    exif[0x0110] = PHONE  # model
    exif[0x0112] = 6  # orientation
    exif[0x0132] = "2026:03:14 09:26:53"  # date and time
    gps = exif.get_ifd(0x8825)
    gps.update({1: "N", 2: (51.0, 30.0, 26.5), 3: "W", 4: (0.0, 7.0, 39.9), 29: "2026:03:14"})
    _noisy((320, 240)).save(path, "JPEG", exif=exif, comment=CANARY + b" GPS-COMMENT")
    raw = path.read_bytes()
    assert PHONE.encode() in raw and CANARY in raw
    with Image.open(path) as check:
        assert check.getexif().get_ifd(0x8825)[2] == (51.0, 30.0, 26.5)
    return path


def test_a_phone_photos_exif_gps_and_comment_do_not_reach_the_packet(vault, tmp_path):  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    from .test_packet_exif import _images, _segments

    packet = _export(vault, tmp_path, [_phone_photo(tmp_path / "PXL_20260314_092653.jpg")])
    _assert_no(packet, PHONE.encode(), b"SECRET-CAMERA", CANARY, b"2026:03:14")
    images = _images(PdfReader(packet))
    assert images
    for jpeg in images:
        markers = {m for m, _ in _segments(jpeg)}
        assert not {0xE1, 0xFE} & markers, markers  # no EXIF/XMP segment, no comment
        with Image.open(io.BytesIO(jpeg)) as img:
            assert not img.getexif()
            assert img.height > img.width  # the orientation was applied, then dropped
