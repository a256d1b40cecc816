"""Colours that stay readable in light and dark themes (issue 18).

A colour chosen for a white page (grey #555 for secondary text, green #2e7d32 for "done")
is nearly invisible on a dark one, and a light panel background under the theme's text
colour turned "Where you are" and the recovery key white on white. Colours here are taken
from the palette or, for the few that carry meaning (an error's red, a done green, a kind's
colour on the timeline), moved lighter or darker until they reach WCAG AA's 4.5:1 contrast
against the background they are drawn on.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

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
    one just enough to reach ``ratio`` against ``background``. Remembered per pair: table
    cells ask for theirs each time they are painted."""
    return QColor.fromRgba(_readable(QColor(colour).rgba(), background.rgba(), ratio))


@lru_cache(maxsize=256)
def _readable(colour: int, background_rgba: int, ratio: float) -> int:
    start, background = QColor.fromRgba(colour), QColor.fromRgba(background_rgba)
    if contrast(start, background) >= ratio:
        return colour
    target = QColor("white") if luminance(background) < 0.25 else QColor("black")
    for step in range(1, 21):
        t = step / 20
        mixed = QColor.fromRgbF(
            start.redF() + (target.redF() - start.redF()) * t,
            start.greenF() + (target.greenF() - start.greenF()) * t,
            start.blueF() + (target.blueF() - start.blueF()) * t,
        )
        if contrast(mixed, background) >= ratio:
            return mixed.rgba()
    return target.rgba()


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


def on_base(colour: str) -> QColor:
    """``colour`` readable on the application palette's base (a list's or table's cells)."""
    return readable(colour, QGuiApplication.palette().color(QPalette.ColorRole.Base))


def muted_on_base() -> QColor:
    return muted(QGuiApplication.palette())


DARK = (  # a dark palette like the systems' own: the contrast tests and screenshots use it
    (QPalette.ColorRole.Window, "#202124"),
    (QPalette.ColorRole.WindowText, "#e8eaed"),
    (QPalette.ColorRole.Base, "#17181a"),
    (QPalette.ColorRole.AlternateBase, "#2b2d31"),
    (QPalette.ColorRole.Text, "#e8eaed"),
    (QPalette.ColorRole.Button, "#303134"),
    (QPalette.ColorRole.ButtonText, "#e8eaed"),
    (QPalette.ColorRole.Highlight, "#8ab4f8"),
    (QPalette.ColorRole.HighlightedText, "#202124"),
    (QPalette.ColorRole.ToolTipBase, "#303134"),
    (QPalette.ColorRole.ToolTipText, "#e8eaed"),
    (QPalette.ColorRole.PlaceholderText, "#9aa0a6"),
    (QPalette.ColorRole.Link, "#8ab4f8"),
    (QPalette.ColorRole.LinkVisited, "#c58af9"),
)


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in DARK:
        palette.setColor(role, QColor(colour))
    return palette


def css(colour: QColor) -> str:
    return colour.name(QColor.NameFormat.HexRgb)


# Colours that carry meaning, as designed for a white page; shown moved to AA on the
# widget's own background in any theme.
ERROR = "#b3261e"
SUCCESS = "#2e7d32"
WARNING = "#8a4b00"


class _Tone(QObject):
    """Keeps a widget's text in a tone (``None``: muted secondary text) readable on its
    background, again whenever the application's palette changes (a theme switch)."""

    def __init__(self, widget: QWidget, colour: str | None) -> None:
        super().__init__(widget)
        self.widget, self.colour = widget, colour
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):  # see _Follow: not an event to every widget
            app.paletteChanged.connect(self._changed)
        self.apply()

    def _changed(self, _palette: QPalette) -> None:
        self.apply()

    def apply(self) -> None:
        palette = QGuiApplication.palette()
        back = palette.color(QPalette.ColorRole.Window)
        text = muted(palette, QPalette.ColorRole.Window) if self.colour is None else readable(
            self.colour, back
        )
        own = self.widget.palette()
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
            own.setColor(role, text)
        self.widget.setPalette(own)


def mute(widget: QWidget) -> None:
    """Secondary text (a hint, a count, a note): dimmer than the text, still AA."""
    _tone(widget, None)


def tone(widget: QWidget, colour: str) -> None:
    """Text in a meaningful colour (ERROR, SUCCESS, WARNING), AA on the window's colour."""
    _tone(widget, colour)


def _tone(widget: QWidget, colour: str | None) -> None:
    existing = widget.findChild(_Tone, options=Qt.FindChildOption.FindDirectChildrenOnly)
    if existing is not None:
        existing.colour = colour
        existing.apply()
    else:
        _Tone(widget, colour)


INFO = "#1a3d7c"
NEUTRAL = "#444444"


def tinted(
    palette: QPalette, colour: str, role: QPalette.ColorRole = QPalette.ColorRole.Window
) -> tuple[QColor, QColor]:
    """(background, text) for a note that carries ``colour``'s meaning (a warning's amber,
    an information blue): the background of ``role`` a little towards the colour, the text
    in the colour at AA on it, in a light and in a dark theme alike (a fixed pale yellow
    under the theme's white text could not be read)."""
    back = palette.color(role)
    hue = QColor(colour)
    share = 0.28 if luminance(back) < 0.25 else 0.14
    mixed = QColor.fromRgbF(
        back.redF() + (hue.redF() - back.redF()) * share,
        back.greenF() + (hue.greenF() - back.greenF()) * share,
        back.blueF() + (hue.blueF() - back.blueF()) * share,
    )
    return mixed, readable(hue, mixed)


class _Follow(QObject):
    """Calls ``apply`` now and whenever the application's palette changes (the system's
    light or dark scheme switched while SecondOp runs: Qt sends the new palette). Through
    the application's signal: Qt does not send ApplicationPaletteChange to every widget
    (not to one with its own palette or style sheet), and an application-wide filter
    would make every event of every widget call into Python."""

    def __init__(self, widget: QWidget, apply: Callable[[], None], now: bool) -> None:
        super().__init__(widget)
        self.apply = apply
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.paletteChanged.connect(self._changed)
        if now:
            apply()

    def _changed(self, _palette: QPalette) -> None:
        self.apply()


def follow_palette(widget: QWidget, apply: Callable[[], None], *, now: bool = True) -> None:
    """Run ``apply`` (which colours ``widget`` or what it shows) now (unless ``now`` is
    False) and again on every palette change while ``widget`` lives: for HTML views and
    other colours worked out once."""
    _Follow(widget, apply, now)


def tint(widget: QWidget, colour: str, *, fill: bool = True) -> None:
    """Colour ``widget`` (a banner, a badge) with :func:`tinted` colours through its
    palette, following the application's; its children inherit the text colour. With
    ``fill`` the widget fills its background (a badge paints its own rounded one). Not a
    style sheet: a widget with one is not told when the application's palette changes."""

    def apply() -> None:
        back, text = tinted(QGuiApplication.palette(), colour)
        own = widget.palette()
        own.setColor(QPalette.ColorRole.Window, back)
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
            own.setColor(role, text)
        widget.setPalette(own)
        widget.setAutoFillBackground(fill)

    follow_palette(widget, apply)


def match_scheme(app: QGuiApplication, scheme: Qt.ColorScheme) -> None:
    """Make the palette dark or light as the system's scheme asks, when the platform's own
    palette did not (Qt's Fusion style on some Linux desktops keeps a light palette under
    a dark system preference). Unknown: the palette is left as the platform gives it."""
    if scheme == Qt.ColorScheme.Unknown:
        return
    wanted_dark = scheme == Qt.ColorScheme.Dark
    if wanted_dark == is_dark(app.palette()):
        return
    if wanted_dark:
        app.setPalette(dark_palette())
    else:
        from PySide6.QtWidgets import QApplication

        style = QApplication.style() if isinstance(app, QApplication) else None
        app.setPalette(style.standardPalette() if style is not None else QPalette())


def follow_system_scheme(app: QGuiApplication) -> None:
    """Follow the system's light/dark choice now and when it changes (Qt 6 style hints)."""
    hints = app.styleHints()
    hints.colorSchemeChanged.connect(lambda scheme: match_scheme(app, scheme))
    match_scheme(app, hints.colorScheme())
