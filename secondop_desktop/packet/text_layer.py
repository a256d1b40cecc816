"""The invisible text layer (issue 20): the words text recognition read from a picture of
a page (a photo, a scan, an image-only PDF page), laid over the words they were read
from, so the doctor can search, select and copy them in the packet while the page looks
exactly as its source shows it.

One piece of code for every kind of page: photos (images.py), pages of an image-only PDF
placed on the paper (pages.py) and pages drawn as pictures (images.rendered_pages). Each
says where the picture as it was read lands on the packet page (a rectangle, upright as
shown) and how far the record has been turned since it was read; the words follow."""

from __future__ import annotations

import math
import unicodedata
from typing import Any

# What text recognition read on one page: (lines of (text, four corner points, score) in
# pixels of the picture as it was read, that picture's (width, height), and the record's
# quarter turns clockwise when it was read: the picture was read turned as the user had
# turned it). ``Layers``: page (1-based) -> its layer, as records.text_layers gives them.
Layer = tuple[list[Any], tuple[int, int], int]
Layers = dict[int, Layer]

FONT = "/F9"  # the resource name the layer's Helvetica goes by on a packet page

# Helvetica's advance widths (thousandths of the size) for " " to "~": the PDF standard
# font the text layer is set in (and form fields without a font of their own fall back
# on, page_drawing.py); a letter with an accent is as wide as the letter.
HELVETICA_WIDTHS = [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
]  # fmt: skip


def text_width(text: str, size: float) -> float:
    """How wide ``text`` is in Helvetica at ``size`` points."""
    total = 0
    for ch in text:
        code = ord(unicodedata.normalize("NFD", ch)[0])
        total += HELVETICA_WIDTHS[code - 32] if 32 <= code <= 126 else 556
    return total * size / 1000


def helvetica() -> Any:
    """Helvetica in WinAnsi, a pypdf font dictionary: every viewer has it, nothing is
    embedded."""
    from pypdf.generic import DictionaryObject, NameObject

    return DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
            NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
        }
    )


def pdf_string(text: str) -> bytes:
    """``text`` on one line as the inside of a PDF string in WinAnsi (Helvetica always has
    it); a character outside it shows as "?" rather than vanishing."""
    raw = " ".join(text.split()).encode("cp1252", errors="replace")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def turned(nx: float, ny: float, rotation: int) -> tuple[float, float]:
    """A point of the upright picture (0-1 across, 0-1 down) after ``rotation`` degrees of
    quarter turns clockwise, as the page shows the picture."""
    for _ in range((rotation // 90) % 4):
        nx, ny = 1 - ny, nx
    return nx, ny


def words(layer: Layer, rotation: int, place: tuple[float, float, float, float]) -> bytes:
    """Content-stream operators drawing the layer's lines invisibly (text render mode 3,
    font ``FONT``) over the words they were read from; empty when there is nothing to lay.

    ``rotation``: the record's quarter turns now (the picture is shown turned by the
    difference with those it was read at). ``place``: (left, bottom, width, height) of the
    picture as shown, on the packet page. Each line runs along its own baseline and is
    stretched to the width it has on the picture; a line skewed a few degrees (a photo) is
    set level, since text readers split a tilted line in pieces."""
    lines, (width, height), turned_then = layer
    rotation -= turned_then  # turned since it was read
    x, y, draw_w, draw_h = place
    if not width or not height:
        return b""

    def on_page(point: list[float]) -> tuple[float, float]:
        nx, ny = turned(point[0] / width, point[1] / height, rotation)
        return x + nx * draw_w, y + (1 - ny) * draw_h

    out = [b" BT 3 Tr"]
    for text, box, _score in lines:
        if len(box) != 4 or not str(text).strip():
            continue
        top_left, _, bottom_right, bottom_left = (on_page(p) for p in box)
        dx, dy = bottom_right[0] - bottom_left[0], bottom_right[1] - bottom_left[1]
        length = math.hypot(dx, dy)
        tall = math.hypot(top_left[0] - bottom_left[0], top_left[1] - bottom_left[1])
        if length < 1 or tall < 1:
            continue
        size = tall * 0.8
        cos, sin = dx / length, dy / length
        base_x, base_y = bottom_left
        if abs(sin) < 0.09 and cos > 0:  # a few degrees of skew: set level
            cos, sin, length = 1.0, 0.0, abs(dx)
            base_y = (bottom_left[1] + bottom_right[1]) / 2
        stretch = 100 * length / max(1.0, text_width(str(text), size))
        base_x += 0.15 * tall * -sin
        base_y += 0.15 * tall * cos  # the baseline, above the descenders
        out.append(
            f" {FONT} {size:.2f} Tf {stretch:.1f} Tz {cos:.4f} {sin:.4f} {-sin:.4f} {cos:.4f} "
            f"{base_x:.2f} {base_y:.2f} Tm (".encode()
            + pdf_string(str(text))
            + b") Tj"
        )
    out.append(b" ET")
    return b"".join(out) if len(out) > 2 else b""
