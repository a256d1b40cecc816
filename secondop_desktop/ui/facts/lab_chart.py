"""One lab test's values over time on screen (issue 19): the chart the packet prints too
(core/chart.paint_trend), in the colours of the theme shown, with its values in words
for a screen reader and beside each point on hover.

A chart of two values says little and invites reading a trend into them: below
CHART_MINIMUM dated numbers in one unit, a calm sentence says when one will appear.
Results that are not drawn (a limit such as "<0.5", a word, no date, another unit) are
counted under the chart, so the line is never mistaken for all there is.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QLabel,
    QSizePolicy,
    QStyle,
    QStyleOptionFocusRect,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from secondop_desktop import facts
from secondop_desktop.core import dates
from secondop_desktop.core.chart import ChartColours, paint_trend, reference_bounds
from secondop_desktop.i18n import translate
from secondop_desktop.ui.common import colours


def with_unit(result: facts.LabResult) -> str:
    """ "4.1 ng/mL": the value as written, then its unit."""
    return f"{result.value.strip()} {result.unit.strip()}".strip()


def chart_colours(palette: QPalette) -> ChartColours:
    """The chart's colours from ``palette``: the text's, the highlight for the line, the
    window tinted towards green for the reference range, and a red readable on the
    window (lightened in a dark theme) for a value outside it."""
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.Text)
    grid = QColor.fromRgbF(
        window.redF() + (text.redF() - window.redF()) * 0.22,
        window.greenF() + (text.greenF() - window.greenF()) * 0.22,
        window.blueF() + (text.blueF() - window.blueF()) * 0.22,
    )
    band, _ = colours.tinted(palette, colours.SUCCESS)
    return ChartColours(
        text=text,
        line=colours.readable(palette.color(QPalette.ColorRole.Highlight), window, 3.0),
        grid=grid,
        band=band,
        outside=colours.readable(colours.ERROR, window),
    )


def _where(result: facts.LabResult, low: float | None, high: float | None) -> str:
    """ " (above the reference range)" for a value outside it, else ""."""
    n = result.number()
    if n is not None and high is not None and n > high:
        return translate("lab_chart", " (above the reference range)")
    if n is not None and low is not None and n < low:
        return translate("lab_chart", " (below the reference range)")
    return ""


class LabChart(QWidget):
    """The drawing of one test's dated numeric values; empty when there are too few."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.history: facts.LabHistory | None = None
        self._drawn: list[facts.LabResult] = []
        self._at: list[QPointF] = []  # where each drawn value was painted, for tooltips
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # Reached with Tab, so a screen reader reads the values (its description).
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setMouseTracking(True)
        self.setAccessibleName(translate("lab_chart", "Chart"))
        # Painted from the palette each time: a theme switch only needs a repaint.
        colours.follow_palette(self, self.update, now=False)

    def minimumSizeHint(self) -> QSize:
        fm = self.fontMetrics()
        return QSize(fm.averageCharWidth() * 24, fm.height() * 5)

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        return QSize(fm.averageCharWidth() * 40, fm.height() * 6)  # grows into the room

    def show_history(self, history: facts.LabHistory | None) -> None:
        """Draw ``history`` when it has enough values to chart; else draw nothing."""
        self.history = history if history is not None and history.chartable() else None
        self._drawn = self.history.drawn() if self.history is not None else []
        self._at = []
        if self.history is None:
            self.setAccessibleName(translate("lab_chart", "Chart"))
            self.setAccessibleDescription("")
        else:
            self.setAccessibleName(
                translate("lab_chart", "Chart of {test}").format(test=self.history.name)
            )
            self.setAccessibleDescription(self.description())
        self.update()

    def has_chart(self) -> bool:
        return self.history is not None

    def drawn_at(self) -> list[QPointF]:
        """Where each drawn value was painted last (for its tooltip)."""
        return list(self._at)

    def description(self) -> str:
        """The chart in words: "PSA, ng/mL: 3.1 on 2 Jan 2023, 4.0 on 5 Jun 2023 ...",
        then the reference range when the latest result gives one."""
        if self.history is None:
            return ""
        latest = self.history.latest
        unit = latest.unit.strip()
        low, high = reference_bounds(latest.reference_range, unit)
        values = ", ".join(
            translate("lab_chart", "{value} on {date}").format(
                value=r.value.strip(), date=dates.format_short(r.taken_on)
            )
            + _where(r, low, high)
            for r in self._drawn
        )
        name = f"{self.history.name}, {unit}" if unit else self.history.name
        text = f"{name}: {values}."
        if latest.reference_range.strip():
            text += " " + translate("lab_chart", "Reference range: {range}.").format(
                range=latest.reference_range.strip()
            )
        return text

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.history is None:
            return
        latest = self.history.latest
        painter = QPainter(self)
        try:
            margin = self.fontMetrics().averageCharWidth()
            self._at = paint_trend(
                painter,
                QRectF(self.rect()).adjusted(margin, margin / 2, -margin / 2, -margin / 2),
                self.history.points(),
                unit=latest.unit.strip(),
                reference=latest.reference_range,
                colours=chart_colours(self.palette()),
                font=self.font(),
                date_text=dates.format_short,
            )
            if self.hasFocus():
                option = QStyleOptionFocusRect()
                option.initFrom(self)
                self.style().drawPrimitive(
                    QStyle.PrimitiveElement.PE_FrameFocusRect, option, painter, self
                )
        finally:
            painter.end()

    def point_tip(self, pos: QPointF) -> str:
        """The value drawn nearest ``pos`` (within a few pixels), as a sentence."""
        reach = max(8.0, self.fontMetrics().height() * 0.6)
        best, best_distance = -1, reach
        for i, at in enumerate(self._at):
            distance = ((at.x() - pos.x()) ** 2 + (at.y() - pos.y()) ** 2) ** 0.5
            if distance <= best_distance:
                best, best_distance = i, distance
        if best < 0 or best >= len(self._drawn):
            return ""
        r = self._drawn[best]
        parts = [with_unit(r), dates.format_date(r.taken_on)]
        if r.flag.strip():
            parts.append(facts.flag_label(r.flag))
        return " · ".join(parts)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            tip = self.point_tip(QPointF(event.pos()))
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)


class TrendPanel(QWidget):
    """The selected test's name and range, its chart or the sentence saying when one
    appears, and how many of its results are not drawn."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.range = QLabel()
        self.range.setWordWrap(True)
        colours.mute(self.range)
        self.chart = LabChart()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.left_out = QLabel()
        self.left_out.setWordWrap(True)
        colours.mute(self.left_out)
        for label in (self.title, self.range, self.note, self.left_out):
            label.setTextFormat(Qt.TextFormat.PlainText)  # a test named "<b>" stays text
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.range)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.left_out)
        layout.addStretch(0)
        self.show_history(None)

    def show_history(self, history: facts.LabHistory | None, *, tests: int = 0) -> None:
        """Show ``history``; with none, a hint (``tests``: how many there are to pick)."""
        self.chart.show_history(history)
        charted = self.chart.has_chart()
        self.chart.setVisible(charted)
        if history is None:
            self.title.setText(translate("lab_chart", "Results over time"))
            self.range.setVisible(False)
            self.note.setText(
                translate(
                    "lab_chart", "Select a test in the overview to see its results over time."
                )
                if tests
                else translate(
                    "lab_chart",
                    "Each test's results appear here over time once they are added.",
                )
            )
            self.note.setVisible(True)
            self.left_out.setVisible(False)
            return
        latest = history.latest
        unit = latest.unit.strip()
        self.title.setText(f"{history.name} ({unit})" if unit else history.name)
        reference = latest.reference_range.strip()
        self.range.setText(
            translate("lab_chart", "Reference range: {range}").format(range=reference)
        )
        self.range.setVisible(bool(reference))
        if charted:
            sentence = ""
        elif all(r.number() is None for r in history.results):
            sentence = translate(
                "lab_chart", "This test's results are words or limits, not numbers: not drawn."
            )
        else:
            sentence = translate(
                "lab_chart", "A chart appears once this test has three dated results in one unit."
            )
        self.note.setText(sentence)
        self.note.setVisible(not charted)
        left = len(history.results) - len(history.drawn()) if charted else 0
        self.left_out.setText(
            translate(
                "lab_chart",
                "%n result(s) not drawn: a word or a limit (such as <0.5), no date, or "
                "another unit.",
                None,
                left,
            )
        )
        self.left_out.setVisible(left > 0)
