"""Real input files made on the fly (text PDFs, protected PDFs, photos in every format) and the
real-world corpus kept in the repository (tests/corpus)."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image

from secondop_desktop.demo.textpdf import make_text_pdf

# Real-world files kept in the repository (tests/corpus/README.md: origin and licences).
CORPUS = Path(__file__).resolve().parent / "corpus"


def text_pdf(path: Path, pages: list[list[str]] | None = None, title: str | None = None) -> Path:
    pages = pages or [
        ["# Pathology report", "Date of service: 3 March 2026", "Follicular lymphoma, grade 2."],
        ["Second page: Ki-67 about 20%."],
    ]
    path.write_bytes(make_text_pdf(pages, title=title))
    return path


def protected_pdf(path: Path, password: str) -> Path:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(
        clone_from=PdfReader(
            io.BytesIO(
                make_text_pdf([["# Lab results", "Collected: 4 April 2026", "Haemoglobin 118 g/L"]])
            )
        )
    )
    writer.encrypt(user_password=password, owner_password="owner-" + password, algorithm="AES-256")
    with open(path, "wb") as fh:
        writer.write(fh)
    return path


def photo(path: Path, fmt: str, size: tuple[int, int] = (640, 480), **save: object) -> Path:
    img = Image.new("RGB", size, (200, 180, 150))
    for x in range(0, size[0], 40):
        img.paste((40, 60, 90), (x, 0, x + 8, size[1]))
    if fmt == "HEIF":
        import pillow_heif

        pillow_heif.register_heif_opener()
    img.save(path, fmt, **save)
    return path


def multipage_tiff(path: Path, pages: int = 3) -> Path:
    frames = [Image.new("L", (300, 400), 255 - 40 * i) for i in range(pages)]
    frames[0].save(path, "TIFF", save_all=True, append_images=frames[1:])
    return path


def corpus(sub: str) -> Path:
    """A folder of the repository's test corpus; it is always there, so nothing skips."""
    folder = CORPUS / sub
    assert folder.is_dir(), f"the test corpus is part of the repository: {folder} is missing"
    return folder


# -- damaged PDFs that a browser or qpdf still opens (issue 13) ----------------------------
DAMAGED_PAGES = [
    ["# Haematology letter", "Restaging after zanubrutinib: partial response."],
    ["Second page: Ki-67 about 20%."],
]
# What each damage is, and which readers open the result (checked by
# tests/services/test_import_repair.py, so a new pypdf, qpdf or PDFium cannot quietly make
# a fixture mean something else). pypdf rejects every one of them, strict and lenient.
DAMAGES = {
    "no-trailer": "cut off just before the trailer (a download stopped near the end)",
    "no-startxref": "cut off at startxref: the end of the file and its pointer are gone",
    "shifted-offsets": "compressed cross-reference (object streams) and 500 bytes inserted, "
    "so every offset is wrong",
    "compressed-no-startxref": "object streams, cut off at startxref",
    "cut-in-half": "half a download: qpdf opens it, but fonts and a page's content are gone",
    "noise": "a PDF header, then noise (a portal that stored the wrong thing)",
}
OPENS_WITH = {  # damage: (qpdf through pikepdf, PDFium)
    "no-trailer": (True, False),
    "no-startxref": (True, True),
    "shifted-offsets": (True, True),
    "compressed-no-startxref": (False, True),
    "cut-in-half": (True, False),
    "noise": (False, False),
}
REPAIRABLE = ("no-trailer", "no-startxref", "shifted-offsets", "compressed-no-startxref")


def damaged_pdf(
    path: Path,
    damage: str,
    password: str | None = None,
    pages: list[list[str]] | None = None,
) -> Path:
    """A real text PDF (DAMAGED_PAGES unless ``pages`` are given), damaged as
    DAMAGES[damage] says; with ``password`` it is AES-256 protected before it is damaged."""
    import pikepdf

    compressed = damage in ("shifted-offsets", "compressed-no-startxref")
    source = make_text_pdf(pages or DAMAGED_PAGES, title="Haematology letter")
    with pikepdf.open(io.BytesIO(source)) as pdf:
        out = io.BytesIO()
        pdf.save(
            out,
            object_stream_mode=(
                pikepdf.ObjectStreamMode.generate
                if compressed
                else pikepdf.ObjectStreamMode.disable
            ),
            encryption=(
                pikepdf.Encryption(user=password, owner="owner-" + password, R=6)
                if password
                else False
            ),
            static_id=True,
        )
    data = out.getvalue()
    if damage == "no-trailer":
        data = data[: data.rindex(b"trailer")]
    elif damage in ("no-startxref", "compressed-no-startxref"):
        data = data[: data.rindex(b"startxref")]
    elif damage == "shifted-offsets":
        second = data.index(b" 0 obj", data.index(b" 0 obj") + 1)
        at = data.rindex(b"\n", 0, second) + 1  # the start of the second object's line
        data = data[:at] + b"%" + b"x" * 500 + b"\n" + data[at:]
    elif damage == "cut-in-half":
        data = data[: len(data) // 2]
    elif damage == "noise":
        data = data[:9] + bytes(range(256)) * 16
    else:
        raise ValueError(damage)
    path.write_bytes(data)
    return path


# --- Packet fidelity (issue 13): PDFs built object by object, so each edge case is exactly
# what it claims to be (inheritance in the page tree, one content stream on two pages...).


def _raw_pdf(objects: list[bytes], info: bytes = b"") -> bytes:
    """A PDF of these objects, numbered from 1; object 1 must be the catalog."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        info,
        xref,
    )
    return bytes(out)


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n" % (len(data), extra) + data + b"\nendstream"


HELVETICA = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"


def _marked(width: float, height: float, lines: list[str], x0: float = 0, y0: float = 0) -> bytes:
    """Content that shows which way up it is: a black block in the top-left corner, a grey
    bar along the bottom edge, and lines of text (font /F1) from the top left."""
    side = min(width, height)
    block = side * 0.12
    size = max(1.0, min(14.0, side / 20))
    parts = [
        b"0 g %.3f %.3f %.3f %.3f re f" % (x0 + side * 0.05, y0 + height - side * 0.05 - block,
                                          block, block),
        b"0.6 g %.3f %.3f %.3f %.3f re f" % (x0 + side * 0.05, y0 + side * 0.04,
                                            width - side * 0.1, side * 0.03),
        b"0 g BT /F1 %.2f Tf" % size,
    ]
    y = y0 + height - side * 0.08 - block - size * 1.5
    for line in lines:
        parts.append(b"1 0 0 1 %.3f %.3f Tm (%s) Tj" % (x0 + side * 0.05, y, line.encode()))
        y -= size * 1.4
    parts.append(b"ET")
    return b"\n".join(parts)


def inherited_rotation_pdf(path: Path) -> Path:
    """Two pages whose /Rotate (90, on an intermediate node), /MediaBox and /Resources all
    come from the page tree; the pages themselves say only where their content is."""
    a = _marked(595, 842, ["Inherited rotation, first page", "Haemoglobin 118 g/L"])
    b = _marked(595, 842, ["Inherited rotation, second page", "Platelets 212"])
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 2 /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> >>",
        b"<< /Type /Pages /Parent 2 0 R /Kids [5 0 R 6 0 R] /Count 2 /Rotate 90 >>",
        HELVETICA,
        b"<< /Type /Page /Parent 3 0 R /Contents 7 0 R >>",
        b"<< /Type /Page /Parent 3 0 R /Contents 8 0 R >>",
        _stream(a),
        _stream(b),
    ]
    path.write_bytes(_raw_pdf(objects))
    return path


def shared_content_pdf(path: Path) -> Path:
    """Two pages with /Rotate 90 that draw one and the same content stream (and share their
    resources), as scanners and imposition tools write them."""
    content = _marked(595, 842, ["Shared content stream", "Ki-67 about 20 percent"])
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Rotate 90 "
        b"/Resources 6 0 R /Contents 5 0 R >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Rotate 90 "
        b"/Resources 6 0 R /Contents 5 0 R >>",
        _stream(content),
        b"<< /Font << /F1 7 0 R >> >>",
        HELVETICA,
    ]
    path.write_bytes(_raw_pdf(objects))
    return path


def odd_sizes_pdf(path: Path) -> Path:
    """Pages a packet must still fit on its paper: 3.8 pt square (an ImageMagick scan at
    1 dpi), 243 x 337.5 pt, A4 landscape, a page whose crop box hides part of a media box
    that does not start at 0,0 (what lies outside must stay hidden), and a page whose
    content is an array of two streams."""
    tiny = b"0 g 0.2 0.2 0.8 3.4 re f 0.2 0.2 3.4 0.8 re f BT /F1 0.6 Tf 1.4 2.6 Td (Tiny) Tj ET"
    small = _marked(243, 337.5, ["A 243 point page", "Creatinine 88"])
    landscape = _marked(842, 595, ["A landscape page", "Ferritin 35"])
    cropped = (
        _marked(200, 300, ["Inside the crop box", "Sodium 139"], x0=150, y0=150)
        + b"\n0 g BT /F1 12 Tf 105 110 Td (Hiddenoutside) Tj ET"
    )
    two = _marked(595, 842, ["Two content streams", "Potassium 4.1"])
    first, second = two.split(b"\n0 g BT", 1)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R 5 0 R 6 0 R 7 0 R 8 0 R] /Count 5 "
        b"/Resources << /Font << /F1 3 0 R >> >> >>",
        HELVETICA,
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 3.84 3.84] /Contents 9 0 R >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 243 337.5] /Contents 10 0 R >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 842 595] /Contents 11 0 R >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [100 100 400 500] "
        b"/CropBox [150 150 350 450] /Contents 12 0 R >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents [13 0 R 14 0 R] >>",
        _stream(tiny),
        _stream(small),
        _stream(landscape),
        _stream(cropped),
        _stream(first),
        _stream(b"0 g BT" + second),
    ]
    path.write_bytes(_raw_pdf(objects))
    return path


def annotated_pdf(path: Path) -> Path:
    """A report page with a stamp, a highlight, a typed comment (FreeText) and a sticky note,
    each with its own appearance stream, plus a hidden annotation that must stay hidden and
    a web link."""
    text = (
        b"0 g BT /F1 14 Tf 72 760 Td (Discharge summary) Tj ET\n"
        b"BT /F1 11 Tf 72 720 Td (Follicular lymphoma, grade 2, stage III.) Tj ET\n"
        b"BT /F1 11 Tf 72 700 Td (See www.example.org for the trial.) Tj ET"
    )
    stamp_ap = (
        b"1 0 0 RG 3 w 4 4 152 42 re S 1 0 0 rg BT /F1 22 Tf 14 16 Td (APPROVED) Tj ET"
    )
    highlight_ap = b"/GS0 gs 1 1 0 rg 0 0 120 16 re f"
    freetext_ap = (
        b"0 0 1 RG 1 w 0.5 0.5 179 19 re S "
        b"0 0 1 rg BT /F1 10 Tf 4 6 Td (Reviewed by Dr Okafor) Tj ET"
    )
    note_ap = (
        b"1 0.9 0.3 rg 0 0 0 RG 0.5 w 1 1 18 18 re B 0 g 4 5 m 16 5 l 4 9 m 16 9 l 4 13 m 16 13 l S"
    )
    hidden_ap = b"0 g BT /F1 30 Tf 0 5 Td (HIDDENSTAMP) Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R "
        b"/Annots [6 0 R 7 0 R 8 0 R 9 0 R 10 0 R 11 0 R] >>",
        HELVETICA,
        _stream(text),
        b"<< /Type /Annot /Subtype /Stamp /Rect [380 600 540 650] /F 4 /Name /Approved "
        b"/Contents (Approved by pathology) /AP << /N 12 0 R >> >>",
        b"<< /Type /Annot /Subtype /Highlight /Rect [72 716 192 732] /F 4 /C [1 1 0] "
        b"/QuadPoints [72 732 192 732 72 716 192 716] /AP << /N 13 0 R >> >>",
        b"<< /Type /Annot /Subtype /FreeText /Rect [300 520 480 540] /F 4 "
        b"/DA (/F1 10 Tf 0 0 1 rg) /Contents (Reviewed by Dr Okafor) /AP << /N 14 0 R >> >>",
        b"<< /Type /Annot /Subtype /Text /Rect [60 770 80 790] /F 28 /Contents (Ask about PET) "
        b"/AP << /N 15 0 R >> >>",
        b"<< /Type /Annot /Subtype /Stamp /Rect [100 300 400 340] /F 6 /AP << /N 16 0 R >> >>",
        b"<< /Type /Annot /Subtype /Link /Rect [120 696 220 712] /Border [0 0 0] "
        b"/A << /S /URI /URI (https://www.example.org/) >> >>",
        _stream(stamp_ap, b"/Type /XObject /Subtype /Form /BBox [0 0 160 50] "
                b"/Resources << /Font << /F1 4 0 R >> >> "),
        _stream(highlight_ap, b"/Type /XObject /Subtype /Form /BBox [0 0 120 16] "
                b"/Resources << /ExtGState << /GS0 << /BM /Multiply >> >> >> "),
        _stream(freetext_ap, b"/Type /XObject /Subtype /Form /BBox [0 0 180 20] "
                b"/Resources << /Font << /F1 4 0 R >> >> "),
        _stream(note_ap, b"/Type /XObject /Subtype /Form /BBox [0 0 20 20] "),
        _stream(hidden_ap, b"/Type /XObject /Subtype /Form /BBox [0 0 300 40] "
                b"/Resources << /Font << /F1 4 0 R >> >> "),
    ]
    path.write_bytes(_raw_pdf(objects))
    return path


FORM_VALUES = {
    "First Name": "Margaret",
    "Last Name": "Okafor",
    "Birthday": "2 September 1954",
    "First Name_2": "Ondansetron",
}


def filled_form_pdf(path: Path, *, appearances: bool = True) -> Path:
    """The LibreOffice form of the corpus, filled in. With ``appearances`` pypdf writes each
    value's appearance stream (as a form filler does); without, only the values are set and
    the file asks the viewer to draw them (/NeedAppearances, as a portal's export often
    does, and as the corpus form itself is)."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject, TextStringObject

    source = CORPUS / "pdf-samples" / "012-libreoffice-form" / "libreoffice-form.pdf"
    writer = PdfWriter(clone_from=PdfReader(source))
    if appearances:
        page = writer.pages[0]
        writer.update_page_form_field_values(page, FORM_VALUES, auto_regenerate=False)
        writer.update_page_form_field_values(page, {"gdpr": "/Yes"}, auto_regenerate=False)
    else:
        for ref in writer.pages[0]["/Annots"]:
            annot = ref.get_object()
            name = annot.get("/T")
            if name in FORM_VALUES:
                annot[NameObject("/V")] = TextStringObject(FORM_VALUES[name])
    with open(path, "wb") as fh:
        writer.write(fh)
    return path


def exif_jpeg(mode: str = "RGB", size: tuple[int, int] = (96, 64)) -> bytes:
    """A JPEG as a camera writes it: EXIF (camera "NIKON D60", GPS), XMP, a comment and an
    ICC profile; CMYK ones also carry Adobe's APP14 (the colour transform)."""
    from PIL import ImageCms

    img = Image.new(mode, size)
    for x in range(size[0]):
        for y in range(size[1]):
            v = (x * 7 + y * 3) % 256
            img.putpixel((x, y), (v, 255 - v, (x * y) % 256, 40)[: len(mode)] if mode != "L" else v)
    exif = Image.Exif()
    exif[0x010F] = "NIKON CORPORATION"
    exif[0x0110] = "NIKON D60"
    exif[0x0131] = "NIKON D60 firmware"
    xmp = (
        b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/'
        b'22-rdf-syntax-ns#"><rdf:Description tiff:Model="NIKON D60" xmlns:tiff="http://ns.'
        b'adobe.com/tiff/1.0/"/></rdf:RDF></x:xmpmeta>'
    )
    save: dict[str, object] = {"exif": exif, "xmp": xmp, "comment": b"NIKON D60 comment",
                               "quality": 90}
    if mode == "RGB":
        save["icc_profile"] = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    out = io.BytesIO()
    img.save(out, "JPEG", **save)
    return out.getvalue()


def jpeg_pdf(path: Path, jpegs: list[bytes]) -> Path:
    """One page per JPEG, each embedded as it is (DCTDecode: the bytes, metadata and all)."""
    from PIL import Image as PILImage

    count = len(jpegs)
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b""]
    kids = []
    for data in jpegs:
        img = PILImage.open(io.BytesIO(data))
        space = {"RGB": b"/DeviceRGB", "L": b"/DeviceGray", "CMYK": b"/DeviceCMYK"}[img.mode]
        page = len(objects) + 1
        kids.append(b"%d 0 R" % page)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] "
            b"/Resources << /XObject << /Im0 %d 0 R >> >> /Contents %d 0 R >>"
            % (page + 1, page + 2)
        )
        objects.append(
            _stream(
                data,
                b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace %s "
                b"/BitsPerComponent 8 /Filter /DCTDecode " % (img.width, img.height, space),
            )
        )
        objects.append(_stream(b"q 300 0 0 200 0 0 cm /Im0 Do Q"))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), count)
    path.write_bytes(_raw_pdf(objects))
    return path
