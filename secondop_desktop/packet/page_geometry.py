"""Geometry of a record page on the packet's paper: boxes inherited through the page tree,
rotation, where a page lands on the sheet, and appearance matrices (PDF 32000-1 8.3, 12.5.5).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from secondop_desktop.packet.sanitize import resolve
from secondop_desktop.packet.spec import FOOTER_HEIGHT, FOOTER_Y

AREA_BOTTOM = FOOTER_Y + FOOTER_HEIGHT  # a record page is drawn above its footer band
DEFAULT_MEDIABOX = (0.0, 0.0, 612.0, 792.0)  # what a viewer assumes for a page with none

Matrix = tuple[float, float, float, float, float, float]
Box = tuple[float, float, float, float]


# --- Geometry -----------------------------------------------------------------------


def _number(value: Any, default: float = 0.0) -> float:
    try:
        number = float(resolve(value))
    except (TypeError, ValueError):
        return default
    return number if math.isfinite(number) else default


def _box(value: Any) -> Box | None:
    """A rectangle as (left, bottom, right, top), whatever corners it was given by."""
    value = resolve(value)
    if not isinstance(value, list) or len(value) != 4:
        return None
    a, b, c, d = (_number(v) for v in value)
    return min(a, c), min(b, d), max(a, c), max(b, d)


def _inherited(page: Any, key: str) -> Any:
    """A page attribute, from the page or the nearest node above it in the page tree."""
    node = page
    for _ in range(64):  # deeper trees are broken (or cyclic)
        if not hasattr(node, "get"):
            return None
        if key in node:
            return resolve(node[key])
        node = resolve(node.get("/Parent"))
    return None


def visible_box(page: Any) -> Box:
    """What a viewer shows of the page: its crop box inside its media box."""
    media = _box(_inherited(page, "/MediaBox")) or DEFAULT_MEDIABOX
    if media[2] - media[0] <= 0 or media[3] - media[1] <= 0:
        media = DEFAULT_MEDIABOX
    crop = _box(_inherited(page, "/CropBox"))
    if crop is None:
        return media
    box = (max(crop[0], media[0]), max(crop[1], media[1]), min(crop[2], media[2]),
           min(crop[3], media[3]))  # fmt: skip
    return box if box[2] > box[0] and box[3] > box[1] else media


def page_rotation(page: Any, extra: int = 0) -> int:
    """The page's /Rotate plus ``extra`` (clockwise), as 0, 90, 180 or 270."""
    rotate = int(_number(_inherited(page, "/Rotate")))
    return (round((rotate + extra) / 90) * 90) % 360


@dataclass(frozen=True)
class Placement:
    sheet: tuple[float, float]  # the packet page: the paper, either way round
    matrix: Matrix  # source user space -> sheet

    def point(self, x: float, y: float) -> tuple[float, float]:
        a, b, c, d, e, f = self.matrix
        return a * x + c * y + e, b * x + d * y + f

    def rect(self, box: Box) -> Box:
        xs, ys = zip(
            *(self.point(x, y) for x in (box[0], box[2]) for y in (box[1], box[3])),
            strict=True,
        )
        return min(xs), min(ys), max(xs), max(ys)

    @property
    def scale(self) -> float:
        a, b, _c, _d, _e, _f = self.matrix
        return math.hypot(a, b)


def place(box: Box, rotation: int, paper: tuple[float, float], user_unit: float = 1.0) -> Placement:
    """Where a page showing ``box`` (turned clockwise by ``rotation``) goes on the paper:
    as large as fits above the footer band, centred; landscape pages on a landscape sheet."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    shown_w, shown_h = (w, h) if rotation in (0, 180) else (h, w)
    short, long = sorted(paper)
    sheet_w, sheet_h = (long, short) if shown_w > shown_h else (short, long)
    area_h = sheet_h - AREA_BOTTOM
    unit = user_unit if user_unit > 0 else 1.0
    fit = min(sheet_w / (shown_w * unit), area_h / (shown_h * unit)) if w > 0 and h > 0 else 1.0
    k = fit * unit  # points on the sheet per unit of the source
    ox = (sheet_w - shown_w * k) / 2
    oy = AREA_BOTTOM + (area_h - shown_h * k) / 2
    if rotation == 0:
        m = (k, 0.0, 0.0, k, ox - k * x0, oy - k * y0)
    elif rotation == 90:
        m = (0.0, -k, k, 0.0, ox - k * y0, oy + k * x1)
    elif rotation == 180:
        m = (-k, 0.0, 0.0, -k, ox + k * x1, oy + k * y1)
    else:
        m = (0.0, k, -k, 0.0, ox + k * y1, oy - k * x0)
    return Placement((sheet_w, sheet_h), m)


def _cm(m: Matrix) -> str:
    return " ".join(_fmt(v) for v in m) + " cm"


def _fmt(v: float) -> str:
    text = f"{v:.5f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _appearance_matrix(form: Any, rect: Box) -> Matrix | None:
    """PDF 32000-1 12.5.5: the form's bounding box, through its own matrix, fitted to the
    annotation's rectangle."""
    bbox = _box(form.get("/BBox"))
    if bbox is None:
        return None
    mv = resolve(form.get("/Matrix"))
    a, b, c, d, e, f = (
        tuple(_number(v) for v in mv) if isinstance(mv, list) and len(mv) == 6
        else (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    )  # fmt: skip
    xs, ys = [], []
    for x in (bbox[0], bbox[2]):
        for y in (bbox[1], bbox[3]):
            xs.append(a * x + c * y + e)
            ys.append(b * x + d * y + f)
    bw, bh = max(xs) - min(xs), max(ys) - min(ys)
    rw, rh = rect[2] - rect[0], rect[3] - rect[1]
    if bw <= 0 or bh <= 0 or rw <= 0 or rh <= 0:
        return None
    sx, sy = rw / bw, rh / bh
    return sx, 0.0, 0.0, sy, rect[0] - sx * min(xs), rect[1] - sy * min(ys)
