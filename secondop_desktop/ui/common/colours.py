"""Colours that stay readable in light and dark themes (issue 18).

A colour chosen for a white page (grey #555 for secondary text, green #2e7d32 for "done")
is nearly invisible on a dark one, and a light panel background under the theme's text
colour turned "Where you are" and the recovery key white on white. Colours here are taken
from the palette or, for the few that carry meaning (an error's red, a done green, a kind's
colour on the timeline), moved lighter or darker until they reach WCAG AA's 4.5:1 contrast
against the background they are drawn on.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

AA = 4.5  # WCAG 2 AA contrast for text


def _channel(value: float) -> float:
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def luminance(colour: QColor) -> float:
    """WCAG relative luminance."""
    r, g, b = (_channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def is_dark(palette: QPalette) -> bool:
    return luminance(palette.color(QPalette.ColorRole.Window)) < 0.25


def readable(colour: QColor | str, background: QColor, ratio: float = AA) -> QColor:
    """``colour`` with its hue kept, lightened on a dark background or darkened on a light
    one just enough to reach ``ratio`` against ``background``."""
    start = QColor(colour)
    if contrast(start, background) >= ratio:
        return start
    target = QColor("white") if luminance(background) < 0.25 else QColor("black")
    for step in range(1, 21):
        t = step / 20
        mixed = QColor.fromRgbF(
            start.redF() + (target.redF() - start.redF()) * t,
            start.greenF() + (target.greenF() - start.greenF()) * t,
            start.blueF() + (target.blueF() - start.blueF()) * t,
        )
        if contrast(mixed, background) >= ratio:
            return mixed
    return target


def muted(palette: QPalette, role: QPalette.ColorRole = QPalette.ColorRole.Base) -> QColor:
    """Secondary text (a hint, a date, a count): the text colour a third of the way to the
    background of ``role``, never below AA against it."""
    text = palette.color(QPalette.ColorRole.Text)
    back = palette.color(role)
    mixed = QColor.fromRgbF(
        text.redF() + (back.redF() - text.redF()) * 0.35,
        text.greenF() + (back.greenF() - text.greenF()) * 0.35,
        text.blueF() + (back.blueF() - text.blueF()) * 0.35,
    )
    return readable(mixed, back)


def css(colour: QColor) -> str:
    return colour.name(QColor.NameFormat.HexRgb)
