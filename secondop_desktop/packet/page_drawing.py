"""Drawing what a viewer would draw for form fields and markup annotations that have no
appearance of their own: field text in Helvetica, highlights, ink, shapes, notes."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from secondop_desktop.packet.page_geometry import Box, _fmt, _number
from secondop_desktop.packet.sanitize import resolve
from secondop_desktop.packet.text_layer import HELVETICA_WIDTHS

# --- Text for form fields --------------------------------------------------------------



@dataclass(frozen=True)
class _Font:
    """A field's font; where it gives no width for a byte, Helvetica's (the standard font
    these fields fall back on; other characters are measured as a digit, 556). Only used
    to size, centre and wrap a field's value."""

    ref: Any  # the font dictionary in the packet
    widths: dict[int, float]  # byte -> advance per 1000, where the font says

    def width(self, encoded: bytes, size: float) -> float:
        total = 0.0
        for byte in encoded:
            if byte in self.widths:
                total += self.widths[byte]
            else:
                total += HELVETICA_WIDTHS[byte - 32] if 32 <= byte <= 126 else 556
        return total * size / 1000


def _escape(encoded: bytes) -> str:
    out = []
    for byte in encoded:
        ch = chr(byte)
        if ch in "\\()":
            out.append("\\" + ch)
        elif 32 <= byte <= 126:
            out.append(ch)
        else:
            out.append(f"\\{byte:03o}")
    return "(" + "".join(out) + ")"


def _colour_ops(da: str) -> str:
    """The fill colour a default-appearance string sets (g, rg or k), as an operator."""
    tokens = da.split()
    for i in range(len(tokens) - 1, -1, -1):
        count = {"g": 1, "rg": 3, "k": 4}.get(tokens[i])
        if count and i >= count:
            try:
                values = [float(t) for t in tokens[i - count : i]]
            except ValueError:
                continue
            return " ".join(_fmt(v) for v in values) + " " + tokens[i]
    return "0 g"


def _font_in_da(da: str) -> tuple[str, float]:
    tokens = da.split()
    for i in range(len(tokens) - 1, 1, -1):
        if tokens[i] == "Tf" and tokens[i - 2].startswith("/"):
            return tokens[i - 2], abs(_number(tokens[i - 1]))
    return "/Helv", 0.0


def _colour(value: Any, stroke: bool) -> str | None:
    """An annotation colour array (/C, /IC, /MK /BG...) as an operator; None if empty."""
    values = [_number(v) for v in resolve(value)] if isinstance(resolve(value), list) else []
    op = {1: "g", 3: "rg", 4: "k"}.get(len(values))
    if op is None:
        return None
    return " ".join(_fmt(v) for v in values) + " " + (op.upper() if stroke else op)


def _wrap(words: list[str], fits: Any) -> list[str]:
    lines: list[str] = []
    for paragraph in words:
        line = ""
        for word in paragraph.split(" "):
            candidate = f"{line} {word}" if line else word
            if line and not fits(candidate):
                lines.append(line)
                line = word
            else:
                line = candidate
        lines.append(line)
    return lines


def _field_value(annot: Any, key: str) -> Any:
    """A field attribute, from the widget or the field above it."""
    node = annot
    for _ in range(32):
        if not hasattr(node, "get"):
            return None
        if key in node:
            return resolve(node[key])
        node = resolve(node.get("/Parent"))
    return None


def _points(values: Any) -> list[tuple[float, float]]:
    values = resolve(values)
    if not isinstance(values, list):
        return []
    numbers = [_number(v) for v in values]
    return list(zip(numbers[0::2], numbers[1::2], strict=False))


def _markup(annot: Any, subtype: Any, rect: Box) -> tuple[str, Any] | None:
    """How a viewer draws a markup annotation that has no appearance of its own:
    (operators in the page's space, a graphics state or None)."""
    from pypdf.generic import DictionaryObject, FloatObject, NameObject

    colour = resolve(annot.get("/C"))
    stroke, fill = _colour(colour, True), _colour(colour, False)
    opacity = _number(annot.get("/CA"), 1.0)
    style = resolve(annot.get("/BS"))
    border = resolve(annot.get("/Border"))
    width = (
        _number(style.get("/W"), 1.0)
        if hasattr(style, "get") and "/W" in style
        else _number(border[2], 1.0)
        if isinstance(border, list) and len(border) >= 3
        else 1.0
    )
    state = None
    if opacity < 1 or subtype == "/Highlight":
        state = DictionaryObject()
        if opacity < 1:
            state[NameObject("/CA")] = FloatObject(opacity)
            state[NameObject("/ca")] = FloatObject(opacity)
        if subtype == "/Highlight":
            state[NameObject("/BM")] = NameObject("/Multiply")
    ops: list[str] = []
    if subtype in ("/Highlight", "/Underline", "/StrikeOut", "/Squiggly"):
        quads = _points(annot.get("/QuadPoints"))
        if not quads:
            quads = [(rect[0], rect[3]), (rect[2], rect[3]), (rect[0], rect[1]), (rect[2], rect[1])]
        for i in range(0, len(quads) - 3, 4):
            p1, p2, p3, p4 = quads[i : i + 4]
            if subtype == "/Highlight" and fill:
                # Rounded ends a quarter of the height deep, as viewers draw them.
                r = abs(p1[1] - p3[1]) / 4
                (x1, y1), (x2, y2), (x3, y3), (x4, y4) = p1, p2, p3, p4
                f = _fmt
                ops.append(
                    f"{fill} {f(x3)} {f(y3)} m "
                    f"{f(x3 - r)} {f(y3 + r)} {f(x1 - r)} {f(y1 - r)} {f(x1)} {f(y1)} c "
                    f"{f(x2)} {f(y2)} l "
                    f"{f(x2 + r)} {f(y2 - r)} {f(x4 + r)} {f(y4 + r)} {f(x4)} {f(y4)} c h f"
                )
                continue
            if not stroke:
                continue
            height = math.hypot(p1[0] - p3[0], p1[1] - p3[1])
            line_w = max(0.5, height / 14)
            t = 0.5 if subtype == "/StrikeOut" else 0.08
            a = (p3[0] + (p1[0] - p3[0]) * t, p3[1] + (p1[1] - p3[1]) * t)
            b = (p4[0] + (p2[0] - p4[0]) * t, p4[1] + (p2[1] - p4[1]) * t)
            ops.append(
                f"{stroke} {_fmt(line_w)} w {_fmt(a[0])} {_fmt(a[1])} m "
                f"{_fmt(b[0])} {_fmt(b[1])} l S"
            )
    elif subtype in ("/Ink", "/Line", "/Polygon", "/PolyLine") and stroke and width > 0:
        if subtype == "/Ink":
            inks = resolve(annot.get("/InkList"))
            paths = [_points(p) for p in inks] if isinstance(inks, list) else []
        elif subtype == "/Line":
            paths = [_points(annot.get("/L"))]
        else:
            paths = [_points(annot.get("/Vertices"))]
        ops.append(f"{stroke} {_fmt(width)} w 1 J 1 j")
        for path in paths:
            if not path:
                continue
            moves = [f"{_fmt(path[0][0])} {_fmt(path[0][1])} m"]
            moves += [f"{_fmt(x)} {_fmt(y)} l" for x, y in path[1:]]
            if subtype == "/Polygon":
                interior = _colour(annot.get("/IC"), False)
                ops.append(" ".join(moves) + (f" h {interior} b" if interior else " h S"))
            else:
                ops.append(" ".join(moves) + " S")
    elif subtype in ("/Square", "/Circle") and (stroke or annot.get("/IC")):
        interior = _colour(annot.get("/IC"), False)
        half = width / 2 if stroke else 0
        x0, y0, x1, y1 = rect[0] + half, rect[1] + half, rect[2] - half, rect[3] - half
        if subtype == "/Square":
            outline = f"{_fmt(x0)} {_fmt(y0)} {_fmt(x1 - x0)} {_fmt(y1 - y0)} re"
        else:
            outline = _ellipse(x0, y0, x1, y1)
        paint = "B" if stroke and interior else "S" if stroke else "f"
        ops.append(f"{stroke or ''} {interior or ''} {_fmt(width)} w {outline} {paint}")
    elif subtype == "/Text":
        # A closed comment shows as a note icon, 24 points square, at its top-left corner:
        # a grey note on a clipboard, as viewers draw it.
        x, y = rect[0], rect[3] - 24
        f = _fmt
        ops.append(
            f"{stroke or '0.533 0.541 0.522 RG'} {fill or '0.533 0.541 0.522 rg'} "
            f"2 w 1 J 1 j {f(x + 5)} {f(y + 4)} 14 15 re S "
            f"{f(x + 9)} {f(y + 18)} 6 4 re f "
            f"1.5 w {f(x + 8)} {f(y + 14)} m {f(x + 16)} {f(y + 14)} l "
            f"{f(x + 8)} {f(y + 11)} m {f(x + 16)} {f(y + 11)} l "
            f"{f(x + 8)} {f(y + 8)} m {f(x + 14)} {f(y + 8)} l S"
        )
    if not ops:
        return None
    return " ".join(ops), state


def _ellipse(x0: float, y0: float, x1: float, y1: float) -> str:
    k = 0.5523  # Bezier control distance for a quarter circle
    cx, cy, rx, ry = (x0 + x1) / 2, (y0 + y1) / 2, (x1 - x0) / 2, (y1 - y0) / 2
    f = _fmt
    return (
        f"{f(cx + rx)} {f(cy)} m "
        f"{f(cx + rx)} {f(cy + k * ry)} {f(cx + k * rx)} {f(cy + ry)} {f(cx)} {f(cy + ry)} c "
        f"{f(cx - k * rx)} {f(cy + ry)} {f(cx - rx)} {f(cy + k * ry)} {f(cx - rx)} {f(cy)} c "
        f"{f(cx - rx)} {f(cy - k * ry)} {f(cx - k * rx)} {f(cy - ry)} {f(cx)} {f(cy - ry)} c "
        f"{f(cx + k * rx)} {f(cy - ry)} {f(cx + rx)} {f(cy - k * ry)} {f(cx + rx)} {f(cy)} c h"
    )
