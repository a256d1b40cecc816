"""A small trend chart of one lab test's values over time, drawn with QPainter: the Labs
view paints it on screen, the packet as an image (issue 19). One drawing for both, so the
doctor's page and the patient's screen show the same thing.

What it draws is only what was measured: the dated values as points joined by a line,
the reference range as a pale band when the report gave one as numbers ("3.5-5.0",
"< 4"), the first and last dates and the value scale. No smoothing, no extrapolation.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QPointF, QRectF
    from PySide6.QtGui import QColor, QFont, QPainter

Points = Sequence[tuple[date, float]]

_NUM = r"[+-]?\d+(?:[.,]\d+)?"
_RANGE = re.compile(rf"^\s*({_NUM})\s*(?:-|–|to|a)\s*({_NUM})\s*$")
_BELOW = re.compile(rf"^\s*(?:<|<=|≤|below|under)\s*({_NUM})\s*$")
_ABOVE = re.compile(rf"^\s*(?:>|>=|≥|above|over)\s*({_NUM})\s*$")


def reference_bounds(text: str, unit: str = "") -> tuple[float | None, float | None]:
    """A reference range as numbers, (low, high), when written as "3.5-5.0", "< 4" or
    "> 60" (followed or not by the value's own ``unit``: "3.5-5.0 mmol/L"); (None, None)
    when it is words, another unit or absent (then no band is drawn)."""

    def num(s: str) -> float:
        return float(s.replace(",", "."))

    text = text.strip()
    if unit.strip() and text.endswith(unit.strip()):
        text = text[: -len(unit.strip())]

    if m := _RANGE.match(text):
        low, high = num(m[1]), num(m[2])
        return (low, high) if low <= high else (None, None)
    if m := _BELOW.match(text):
        return (None, num(m[1]))
    if m := _ABOVE.match(text):
        return (num(m[1]), None)
    return (None, None)


@dataclass(frozen=True)
class ChartColours:
    """The chart's colours, from the palette it is drawn for (screen theme or paper)."""

    text: QColor
    line: QColor
    grid: QColor
    band: QColor  # the reference range
    outside: QColor  # a point outside the reference range


def _nice_step(span: float) -> float:
    """A round step (1, 2 or 5 times a power of ten) giving about four grid lines."""
    if span <= 0:
        return 1.0
    raw = span / 4
    power = 10 ** math.floor(math.log10(raw))
    return float(next(s * power for s in (1, 2, 5, 10) if s * power >= raw))


def _shown(value: float) -> str:
    return f"{value:g}"


def paint_trend(
    painter: QPainter,
    rect: QRectF,
    points: Points,
    *,
    unit: str,
    reference: str,
    colours: ChartColours,
    font: QFont,
    date_text: Callable[[date], str] | None = None,
) -> list[QPointF]:
    """Draw ``points`` (oldest first) into ``rect``. ``date_text`` turns a date into the
    label under the axis (default ISO); the caller gives the app's date format. Returns
    where each point was drawn (none when there was no room), for a tooltip on hover."""
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QFontMetricsF, QPainterPath, QPen

    if not points:
        return []
    fmt: Callable[[date], str] = date_text or date.isoformat
    painter.save()
    painter.setRenderHint(painter.RenderHint.Antialiasing, True)
    painter.setFont(font)
    fm = QFontMetricsF(font)
    low, high = reference_bounds(reference, unit)
    values = [v for _, v in points]
    bottom_v = min([*values, *(b for b in (low, high) if b is not None)])
    top_v = max([*values, *(b for b in (low, high) if b is not None)])
    if top_v == bottom_v:
        bottom_v, top_v = bottom_v - 1, top_v + 1
    step = _nice_step(top_v - bottom_v)
    bottom_v = math.floor(bottom_v / step) * step
    top_v = math.ceil(top_v / step) * step
    ticks = [bottom_v + k * step for k in range(round((top_v - bottom_v) / step) + 1)]
    label_w = max(fm.horizontalAdvance(_shown(t)) for t in ticks) + fm.averageCharWidth()
    unit_h = fm.height() if unit else 0.0
    plot = QRectF(
        rect.left() + label_w,
        rect.top() + unit_h + fm.height() / 2,
        rect.width() - label_w - fm.averageCharWidth() * 2,
        rect.height() - unit_h - fm.height() * 2.25,
    )
    if plot.width() < fm.averageCharWidth() * 8 or plot.height() < fm.height() * 2:
        painter.restore()  # too small to read: the scale's labels would overlap
        return []
    first, last = points[0][0].toordinal(), points[-1][0].toordinal()
    days = max(1, last - first)

    def xy(when: date, value: float) -> QPointF:
        x = plot.left() + (when.toordinal() - first) / days * plot.width()
        if last == first:
            x = plot.center().x()
        y = plot.bottom() - (value - bottom_v) / (top_v - bottom_v) * plot.height()
        return QPointF(x, y)

    # the reference band
    if low is not None or high is not None:
        band_top = xy(points[0][0], high if high is not None else top_v).y()
        band_bottom = xy(points[0][0], low if low is not None else bottom_v).y()
        painter.fillRect(
            QRectF(plot.left(), band_top, plot.width(), band_bottom - band_top), colours.band
        )
    # grid and scale
    painter.setPen(QPen(colours.grid, 0))
    for t in ticks:
        y = xy(points[0][0], t).y()
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(colours.text)
        painter.drawText(
            QRectF(
                rect.left(), y - fm.height() / 2, label_w - fm.averageCharWidth() / 2, fm.height()
            ),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            _shown(t),
        )
        painter.setPen(QPen(colours.grid, 0))
    if unit:
        painter.setPen(colours.text)
        painter.drawText(QPointF(rect.left(), rect.top() + fm.ascent()), unit)
    # first and last dates under the axis
    painter.setPen(colours.text)
    # Below the lowest scale number (centred on the axis), not beside it.
    base = plot.bottom() + fm.height() * 0.6 + fm.ascent()
    painter.drawText(QPointF(plot.left(), base), fmt(points[0][0]))
    if last != first:
        text = fmt(points[-1][0])
        painter.drawText(QPointF(plot.right() - fm.horizontalAdvance(text), base), text)
    # the values
    path = QPainterPath(xy(*points[0]))
    for when, value in points[1:]:
        path.lineTo(xy(when, value))
    pen = QPen(colours.line, max(1.5, fm.height() / 8))
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    radius = max(2.5, fm.height() / 5)
    drawn = []
    for when, value in points:
        outside = (low is not None and value < low) or (high is not None and value > high)
        colour = colours.outside if outside else colours.line
        painter.setPen(QPen(colour, 1))
        painter.setBrush(colour)
        at = xy(when, value)
        painter.drawEllipse(at, radius, radius)
        drawn.append(at)
    painter.restore()
    return drawn


def paper_colours() -> ChartColours:
    """Colours for print: dark ink, a pale band (readable in black and white too)."""
    from PySide6.QtGui import QColor

    return ChartColours(
        text=QColor("#202124"),
        line=QColor("#1a5fb4"),
        grid=QColor("#c8c8c8"),
        band=QColor("#e3f1e3"),
        outside=QColor("#b3261e"),
    )


def trend_png(
    points: Points,
    *,
    unit: str,
    reference: str,
    size: tuple[int, int],
    font: QFont,
    date_text: Callable[[date], str] | None = None,
) -> bytes:
    """The chart as a PNG of ``size`` pixels on white (the packet's image)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
    from PySide6.QtGui import QColor, QImage, QPainter

    image = QImage(size[0], size[1], QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        paint_trend(
            painter,
            QRectF(0, 0, size[0], size[1]),
            points,
            unit=unit,
            reference=reference,
            colours=paper_colours(),
            font=font,
            date_text=date_text,
        )
    finally:
        painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    return bytes(data.data())
