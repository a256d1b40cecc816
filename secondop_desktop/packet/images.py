"""Image records as packet pages: oriented (EXIF and the user's rotation), shrunk to the
chosen quality, placed on a page of the packet's paper, saved without any metadata.

A 12-megapixel phone photo becomes a page of a few hundred kilobytes. JPEG's draft mode
decodes at a reduced scale straight away, which is most of the speed.

JPEG images inside PDF records are not re-encoded: ``strip_jpeg_metadata`` drops their
EXIF, XMP and comments from the byte stream and leaves every other byte as it was."""

from __future__ import annotations

import io
import re

from PIL import Image, ImageOps

from secondop_desktop.packet.render import FOOTER_HEIGHT, MM
from secondop_desktop.packet.spec import Quality

MARGIN = 14 * MM
CAPTION_SIZE = 9  # points: the caption line above a photo or scan
CAPTION_HEIGHT = CAPTION_SIZE + 8


def _frames(data: bytes) -> list[Image.Image]:
    from secondop_desktop.records.parsing import pillow

    pillow()  # HEIC opener and the decompression-bomb limit
    img = Image.open(io.BytesIO(data))
    frames = []
    for index in range(getattr(img, "n_frames", 1)):
        img.seek(index)
        frames.append(img.copy() if index else img)
    return frames


def image_pages(
    data: bytes,
    page_size: tuple[float, float],
    quality: Quality,
    rotation: int = 0,
    caption: str = "",
) -> tuple[bytes, int]:
    """A PDF with one page per frame (a multi-page TIFF gives several); returns it and the
    number of pages. ``caption`` (the record's title, date and source) heads each page: a
    photo carries no letterhead a doctor could go by."""
    pages = []
    for frame in _frames(data):
        if frame.format == "JPEG":
            # Decode at 1/2, 1/4 or 1/8 scale straight away when that still leaves the
            # long side at least the target (the size asked must keep the aspect ratio,
            # or the short side would forbid any reduction).
            w, h = frame.size
            f = quality.long_side / max(w, h)
            if f < 1:
                frame.draft("RGB", (max(1, int(w * f)), max(1, int(h * f))))
        frame = ImageOps.exif_transpose(frame)
        if rotation:
            frame = frame.rotate(-rotation, expand=True)
        if frame.mode not in ("RGB", "L"):
            background = Image.new("RGB", frame.size, "white")
            rgba = frame.convert("RGBA")
            background.paste(rgba, mask=rgba.getchannel("A"))
            frame = background
        frame.thumbnail(
            (quality.long_side, quality.long_side), Image.Resampling.LANCZOS, reducing_gap=2.0
        )
        pages.append(frame)
    return _pdf(pages, page_size, quality, caption), len(pages)


def _caption_text(caption: str) -> bytes:
    """The caption as a PDF string in WinAnsi (Helvetica is always there); a character
    outside it shows as "?" rather than vanishing."""
    raw = " ".join(caption.split()).encode("cp1252", errors="replace")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _pdf(
    frames: list[Image.Image], page_size: tuple[float, float], quality: Quality, caption: str = ""
) -> bytes:
    """Each frame centred in the page's margins (landscape pages for landscape images),
    written as a JPEG image on a page of exactly the paper's size."""
    from pypdf import PageObject, PdfWriter
    from pypdf.generic import (
        DecodedStreamObject,
        DictionaryObject,
        NameObject,
        NumberObject,
        StreamObject,
    )

    # pypdf has no public "image page" builder; streams must be indirect objects, which
    # PdfWriter._add_object makes (the same call pypdf's own docs use for custom objects).
    writer = PdfWriter()
    for frame in frames:
        width, height = page_size
        if frame.width > frame.height:
            width, height = height, width
        box_w = width - 2 * MARGIN
        box_h = height - 2 * MARGIN - FOOTER_HEIGHT - (CAPTION_HEIGHT if caption else 0)
        scale = min(box_w / frame.width, box_h / frame.height)
        draw_w, draw_h = frame.width * scale, frame.height * scale
        x = (width - draw_w) / 2
        y = MARGIN + FOOTER_HEIGHT + (box_h - draw_h) / 2
        jpeg = io.BytesIO()
        frame.save(jpeg, "JPEG", quality=quality.jpeg_quality, optimize=True)
        image = StreamObject()
        image[NameObject("/Type")] = NameObject("/XObject")
        image[NameObject("/Subtype")] = NameObject("/Image")
        image[NameObject("/Width")] = NumberObject(frame.width)
        image[NameObject("/Height")] = NumberObject(frame.height)
        image[NameObject("/ColorSpace")] = NameObject(
            "/DeviceGray" if frame.mode == "L" else "/DeviceRGB"
        )
        image[NameObject("/BitsPerComponent")] = NumberObject(8)
        image[NameObject("/Filter")] = NameObject("/DCTDecode")
        image.set_data(jpeg.getvalue())
        page = PageObject.create_blank_page(writer, width, height)
        resources = DictionaryObject()
        resources[NameObject("/XObject")] = DictionaryObject(
            {NameObject("/Im0"): writer._add_object(image)}
        )
        drawing = f"q {draw_w:.2f} 0 0 {draw_h:.2f} {x:.2f} {y:.2f} cm /Im0 Do Q".encode()
        if caption:
            font = DictionaryObject(
                {
                    NameObject("/Type"): NameObject("/Font"),
                    NameObject("/Subtype"): NameObject("/Type1"),
                    NameObject("/BaseFont"): NameObject("/Helvetica"),
                    NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
                }
            )
            resources[NameObject("/Font")] = DictionaryObject(
                {NameObject("/F1"): writer._add_object(font)}
            )
            top = height - MARGIN - CAPTION_SIZE
            drawing += (
                f" BT /F1 {CAPTION_SIZE} Tf 0.27 g {MARGIN:.2f} {top:.2f} Td (".encode()
                + _caption_text(caption)
                + b") Tj ET"
            )
        page[NameObject("/Resources")] = resources
        content = DecodedStreamObject()
        content.set_data(drawing)
        page[NameObject("/Contents")] = writer._add_object(content)
        writer.add_page(page)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


# JPEG markers (ITU T.81 B.1.1.3): those with no length field, and the metadata segments.
_STANDALONE = {0x01, *range(0xD0, 0xD8)}  # TEM, RST0..RST7
_SOS, _EOI = 0xDA, 0xD9
_NEXT_MARKER = re.compile(rb"\xff+[^\x00\xd0-\xd7\xff]")  # in scan data: FF00 and RSTn are data


def _keep_segment(marker: int, payload: bytes) -> bool:
    """APP0 only for JFIF, APP2 only for ICC profiles, APP14 only for Adobe's (it says how
    the colours were transformed); every other APPn (EXIF, XMP, maker notes, Photoshop
    IRB, FlashPix...) and COM go. Everything else is part of the picture."""
    if marker == 0xE0:
        return payload.startswith(b"JFIF\x00")
    if marker == 0xE2:
        return payload.startswith(b"ICC_PROFILE\x00")
    if marker == 0xEE:
        return payload.startswith(b"Adobe")
    return not (0xE1 <= marker <= 0xEF or marker == 0xFE)


def strip_jpeg_metadata(data: bytes) -> bytes:
    """The JPEG without its metadata segments and without anything after its end marker (a
    phone's second, preview image and its EXIF), every other byte as it was: no re-encoding,
    the same pixels. Returns ``data`` itself when it has nothing to drop, or when it is not
    a JPEG this can follow (then nothing is guessed)."""
    if not data.startswith(b"\xff\xd8"):
        return data
    out = bytearray(b"\xff\xd8")
    i, n = 2, len(data)
    dropped = False
    while i < n:
        if data[i] != 0xFF:
            return data
        while i < n and data[i] == 0xFF:  # fill bytes may pad a marker
            i += 1
        if i >= n:
            return data
        marker = data[i]
        i += 1
        if marker == _EOI:
            out += b"\xff\xd9"
            return bytes(out) if dropped or i < n else data
        if marker in _STANDALONE:
            out += bytes((0xFF, marker))
            continue
        if i + 2 > n:
            return data
        end = i + int.from_bytes(data[i : i + 2], "big")
        if end < i + 2 or end > n:
            return data
        if _keep_segment(marker, data[i + 2 : i + 2 + 12]):
            out += bytes((0xFF, marker))
            out += data[i:end]
        else:
            dropped = True
        i = end
        if marker == _SOS:  # entropy-coded data runs to the next real marker
            found = _NEXT_MARKER.search(data, i)
            stop = found.start() if found else n
            out += data[i:stop]
            i = stop
    # No end marker: a truncated file; what it had is kept.
    return bytes(out) if dropped else data
