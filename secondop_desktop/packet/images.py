"""Image records as packet pages: oriented (EXIF and the user's rotation), shrunk to the
chosen quality, placed on a page of the packet's paper, saved without any metadata.

A 12-megapixel phone photo becomes a page of a few hundred kilobytes. JPEG's draft mode
decodes at a reduced scale straight away, which is most of the speed.

JPEG images inside PDF records are not re-encoded: ``strip_jpeg_metadata`` drops their
EXIF, XMP and comments from the byte stream and leaves every other byte as it was."""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from PIL import Image

from secondop_desktop.packet.spec import FOOTER_HEIGHT, MM, Quality
from secondop_desktop.packet.text_layer import FONT, Layers, helvetica, pdf_string, words

MARGIN = 14 * MM
CAPTION_SIZE = 9  # points: the caption line above a photo or scan
CAPTION_HEIGHT = CAPTION_SIZE + 8


@dataclass(frozen=True)
class _Page:
    """One frame, reduced and encoded: all a page keeps of it (the full frame is gone)."""

    jpeg: bytes  # pixels only: no EXIF, XMP, comment or text chunk
    size: tuple[int, int]
    mode: str  # "RGB" or "L"
    icc: bytes | None  # the frame's colour profile, when it describes these pixels


_TRANSPOSE = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}


def _frames(data: bytes) -> Iterator[Image.Image]:
    """Each frame in turn, one at a time: the file's image object, moved to the frame (the
    previous frame's pixels are released when the next one loads)."""
    from secondop_desktop.records.parsing import pillow

    pillow()  # HEIC opener and the decompression-bomb limit
    with Image.open(io.BytesIO(data)) as img:
        for index in range(getattr(img, "n_frames", 1)):
            img.seek(index)
            yield img


def _reduced(frame: Image.Image, quality: Quality, rotation: int) -> _Page:
    """The frame at the chosen quality, oriented, flattened on white and encoded; only the
    reduced copy is ever converted, so a frame costs its own decoded size and no more."""
    w, h = frame.size
    f = quality.long_side / max(w, h, 1)
    if frame.format == "JPEG" and f < 1:
        # Decode at 1/2, 1/4 or 1/8 scale straight away when that still leaves the long
        # side at least the target (the size asked must keep the aspect ratio, or the
        # short side would forbid any reduction).
        frame.draft("RGB", (max(1, int(w * f)), max(1, int(h * f))))
    orientation = frame.getexif().get(0x0112)
    icc = frame.info.get("icc_profile")
    frame.load()
    w, h = frame.size
    f = quality.long_side / max(w, h, 1)
    target = (max(1, round(w * f)), max(1, round(h * f))) if f < 1 else (w, h)
    small: Image.Image = frame
    if small.mode == "1":
        small = small.convert("L")
    elif small.mode == "P":
        if f < 0.5:  # palette pixels cannot be averaged: thinned first, then smoothed
            small = small.resize((target[0] * 2, target[1] * 2), Image.Resampling.NEAREST)
        small = small.convert("RGBA")
    if small.size != target:
        try:
            # Reduced by a whole factor first (box averages, straight to a small image),
            # then filtered: no intermediate as tall as the frame is ever made.
            small = small.resize(target, Image.Resampling.LANCZOS, reducing_gap=1.0)
        except ValueError:  # a mode Pillow cannot filter: converted first
            small = small.convert("RGBA").resize(target, Image.Resampling.LANCZOS)
    elif small is frame:
        small = frame.copy()
    if isinstance(orientation, int) and orientation in _TRANSPOSE:
        small = small.transpose(_TRANSPOSE[orientation])
    if rotation:
        small = small.rotate(-rotation, expand=True)
    if small.mode not in ("RGB", "L"):
        keeps = small.mode in ("CMYK", "YCbCr", "LAB", "HSV")  # no alpha to flatten
        background = Image.new("RGB", small.size, "white")
        rgba = small.convert("RGBA")
        background.paste(rgba, mask=None if keeps else rgba.getchannel("A"))
        small = background
    clean = Image.frombytes(small.mode, small.size, small.tobytes())  # pixels, nothing else
    out = io.BytesIO()
    clean.save(out, "JPEG", quality=quality.jpeg_quality, optimize=True)
    space = {"RGB": b"RGB ", "L": b"GRAY"}[clean.mode]
    keep_icc = isinstance(icc, bytes) and len(icc) > 20 and icc[16:20] == space
    return _Page(out.getvalue(), clean.size, clean.mode, icc if keep_icc else None)


def image_pages(
    data: bytes,
    page_size: tuple[float, float],
    quality: Quality,
    rotation: int = 0,
    caption: str = "",
    layers: Layers | None = None,
) -> tuple[bytes, int]:
    """A PDF with one page per frame (a multi-page TIFF gives several); returns it and the
    number of pages. ``caption`` (the record's title, date and source) heads each page: a
    photo carries no letterhead a doctor could go by. Frames are decoded one at a time and
    only their reduced JPEGs are kept."""
    pages = [_reduced(frame, quality, rotation) for frame in _frames(data)]
    return _pdf(pages, page_size, quality, caption, layers or {}, rotation), len(pages)


def rendered_pages(
    pictures: Iterable[Image.Image],
    page_size: tuple[float, float],
    quality: Quality,
    layers: Layers | None = None,
) -> tuple[bytes, int]:
    """Pages drawn as pictures (a record whose PDF cannot be copied, rendered by PDFium):
    each reduced to the chosen quality and placed like a scan, one at a time. ``layers``
    (by page of the pictures): the words read from a scanned page, as PDFium draws it
    (its own /Rotate, none of the user's turns), laid over it invisibly."""
    pages = [_reduced(picture, quality, 0) for picture in pictures]
    return _pdf(pages, page_size, quality, layers=layers), len(pages)


def _pdf(
    frames: list[_Page],
    page_size: tuple[float, float],
    quality: Quality,
    caption: str = "",
    layers: Layers | None = None,
    rotation: int = 0,
) -> bytes:
    """Each frame centred in the page's margins (landscape pages for landscape images),
    written as a JPEG image on a page of exactly the paper's size."""
    from pypdf import PageObject, PdfWriter
    from pypdf.generic import (
        ArrayObject,
        DecodedStreamObject,
        DictionaryObject,
        NameObject,
        NumberObject,
        StreamObject,
    )

    # pypdf has no public "image page" builder; streams must be indirect objects, which
    # PdfWriter._add_object makes (the same call pypdf's own docs use for custom objects).
    writer = PdfWriter()
    layers = layers or {}
    shared: list[Any] = []  # one Helvetica for the caption and the words of every page

    def font() -> Any:
        if not shared:
            shared.append(writer._add_object(helvetica()))
        return shared[0]

    for number, frame in enumerate(frames, start=1):
        width, height = page_size
        frame_w, frame_h = frame.size
        if frame_w > frame_h:
            width, height = height, width
        box_w = width - 2 * MARGIN
        box_h = height - 2 * MARGIN - FOOTER_HEIGHT - (CAPTION_HEIGHT if caption else 0)
        scale = min(box_w / frame_w, box_h / frame_h)
        draw_w, draw_h = frame_w * scale, frame_h * scale
        x = (width - draw_w) / 2
        y = MARGIN + FOOTER_HEIGHT + (box_h - draw_h) / 2
        image = StreamObject()
        image[NameObject("/Type")] = NameObject("/XObject")
        image[NameObject("/Subtype")] = NameObject("/Image")
        image[NameObject("/Width")] = NumberObject(frame_w)
        image[NameObject("/Height")] = NumberObject(frame_h)
        device = NameObject("/DeviceGray" if frame.mode == "L" else "/DeviceRGB")
        if frame.icc is not None:  # the colours as the camera or scanner meant them
            profile = StreamObject()
            profile[NameObject("/N")] = NumberObject(1 if frame.mode == "L" else 3)
            profile[NameObject("/Alternate")] = device
            profile.set_data(frame.icc)
            profile = profile.flate_encode()
            image[NameObject("/ColorSpace")] = ArrayObject(
                [NameObject("/ICCBased"), writer._add_object(profile)]
            )
        else:
            image[NameObject("/ColorSpace")] = device
        image[NameObject("/BitsPerComponent")] = NumberObject(8)
        image[NameObject("/Filter")] = NameObject("/DCTDecode")
        image.set_data(frame.jpeg)
        page = PageObject.create_blank_page(writer, width, height)
        resources = DictionaryObject()
        resources[NameObject("/XObject")] = DictionaryObject(
            {NameObject("/Im0"): writer._add_object(image)}
        )
        drawing = f"q {draw_w:.2f} 0 0 {draw_h:.2f} {x:.2f} {y:.2f} cm /Im0 Do Q".encode()
        if caption:
            resources[NameObject("/Font")] = DictionaryObject({NameObject("/F1"): font()})
            top = height - MARGIN - CAPTION_SIZE
            drawing += (
                f" BT /F1 {CAPTION_SIZE} Tf 0.27 g {MARGIN:.2f} {top:.2f} Td (".encode()
                + pdf_string(caption)
                + b") Tj ET"
            )
        if number in layers:
            hidden = words(layers[number], rotation, (x, y, draw_w, draw_h))
            if hidden:
                fonts = resources.get("/Font", DictionaryObject())
                fonts[NameObject(FONT)] = font()
                resources[NameObject("/Font")] = fonts
                drawing += hidden
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
