"""Small shared widgets: headings, the passphrase field with its strength meter."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from secondop_desktop.i18n import translate
from secondop_desktop.ui.common import colours
from secondop_desktop.vault import passphrase as strength

STRENGTH_COLOURS = ("#b3261e", "#b3261e", "#b26a00", "#2e7d32", "#1b5e20")


BASE_POINTS = 10.0  # the text size the headings' sizes were chosen for


def heading(text: str, size: int = 18) -> QLabel:
    """A bold heading ``size`` points tall when the text is 10 points, and in proportion
    to the text size the user chose otherwise (a fixed size stayed small at a 16-point
    base font and crowded the lines below it; issue 18)."""
    label = QLabel(text)
    font = QFont(label.font())
    base = font.pointSizeF() if font.pointSizeF() > 0 else BASE_POINTS
    font.setPointSizeF(base * size / BASE_POINTS)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def paragraph(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    colours.tone(label, colours.ERROR)
    label.setAccessibleName(translate("widgets", "Error"))
    label.hide()
    return label


def show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def password_edit(name: str) -> QLineEdit:
    """A passphrase field with Show/Hide and a Caps Lock warning (passphrase_edit.py)."""
    from secondop_desktop.ui.common.passphrase_edit import PassphraseEdit

    return PassphraseEdit(name)


class StrengthMeter(QWidget):
    """A bar and a sentence telling how hard the passphrase would be to guess."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(8)
        self.bar.setAccessibleName(translate("widgets", "Passphrase strength"))
        self.label = QLabel()
        self.label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.bar)
        layout.addWidget(self.label)
        self.update_for("")

    def update_for(self, text: str, user_inputs: tuple[str, ...] = ()) -> strength.Strength:
        verdict = strength.assess(text, user_inputs)
        self.bar.setValue(verdict.score if text else 0)
        colour = STRENGTH_COLOURS[verdict.score]
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        if not text:
            message = translate(
                "widgets",
                "Use four or more unrelated words, for example a short sentence only you know.",
            )
        elif verdict.acceptable:
            message = f"{verdict.label}."
        else:
            message = f"{verdict.label}: {verdict.reason}"
        self.label.setText(message)
        self.bar.setAccessibleDescription(message)
        return verdict


class NewPassphrase(QWidget):
    """Passphrase + repeat + strength meter; ``valid_changed`` tells when both are good."""

    valid_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = password_edit(translate("widgets", "New passphrase"))
        self.second = password_edit(translate("widgets", "Repeat the passphrase"))
        self.meter = StrengthMeter()
        self.mismatch = QLabel()
        colours.tone(self.mismatch, colours.ERROR)
        first_label = QLabel(translate("widgets", "&Passphrase"))
        first_label.setBuddy(self.first)
        second_label = QLabel(translate("widgets", "&Repeat it"))
        second_label.setBuddy(self.second)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(first_label)
        layout.addWidget(self.first)
        layout.addWidget(self.meter)
        layout.addSpacing(6)
        layout.addWidget(second_label)
        row = QHBoxLayout()
        row.addWidget(self.second)
        layout.addLayout(row)
        layout.addWidget(self.mismatch)
        self.first.textChanged.connect(self._changed)
        self.second.textChanged.connect(self._changed)
        self._valid = False
        # The names and birth dates in the vault: a passphrase made of them is weak.
        self.user_inputs: tuple[str, ...] = ()

    def _changed(self) -> None:
        verdict = self.meter.update_for(self.first.text(), self.user_inputs)
        same = self.first.text() == self.second.text()
        self.mismatch.setText(
            ""
            if same or not self.second.text()
            else translate("widgets", "The two passphrases are not the same yet.")
        )
        valid = verdict.acceptable and same
        if valid != self._valid:
            self._valid = valid
            self.valid_changed.emit(valid)

    @property
    def is_valid(self) -> bool:
        return self._valid

    def text(self) -> str:
        return self.first.text()

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()


class Column(QWidget):
    """A centred column with a comfortable reading width; buttons follow the content."""

    def __init__(self) -> None:
        super().__init__()
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        self.column = QWidget()
        # A reading width in characters, so it grows with the text size (620 and 420
        # pixels at the usual 9-10 pt; fixed pixels clipped the buttons at 16 pt).
        char = self.fontMetrics().averageCharWidth()
        self.column.setMaximumWidth(max(620, char * 88))
        self.column.setMinimumWidth(max(420, char * 60))
        self.body = QVBoxLayout(self.column)
        self.body.setSpacing(12)
        outer.addWidget(self.column, 4)
        outer.addStretch(1)

    def finish(self, *buttons: QPushButton) -> None:
        """Add the button row right under the content, then leave the space below empty."""
        self.body.addSpacing(8)
        row = QHBoxLayout()
        row.addStretch(1)
        for b in buttons:
            row.addWidget(b)
        self.body.addLayout(row)
        self.body.addStretch(1)


class WrappingTable(QTableWidget):
    """A read-only table whose cells wrap and whose rows grow to fit once the columns have
    their real widths (sizing rows before the table is shown cuts text off with "…")."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it (issue 18)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

    def fit_rows(self) -> None:
        QTimer.singleShot(0, self.resizeRowsToContents)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit_rows()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_rows()


def fitted_size(width: int, height: int) -> QSize:
    """A window's first size, never larger than the screen's free area (at 1.5x on a
    1440x900 screen, 1280x800 logical pixels opened partly off the screen; issue 18)."""
    room = QGuiApplication.primaryScreen().availableGeometry()
    return QSize(min(width, room.width() - 16), min(height, room.height() - 48))


def scrolling(content: QWidget) -> QScrollArea:
    """``content`` in a frameless scroll area that asks for the content's whole size: a
    dialog shows all of it when the screen has room and scrolls when it has not (a
    16-pt font, a 1024x700 screen), instead of squeezing its fields over each other."""
    area = QScrollArea()
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
    return area


def fit_to_screen(window: QWidget) -> None:
    """Give ``window`` the size its layout asks for, within the screen's free area."""
    hint = window.sizeHint()
    window.resize(fitted_size(hint.width(), hint.height()))


class WrappingColumn(QWidget):
    """A column whose minimum height follows its width. A word-wrapped label needs more
    lines when the column narrows, but a layout's minimum is worked out for the widest
    case: in a scroll area the column was given that minimum and the boxes above the
    label were squeezed over each other (the packet builder's sections, by a line)."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            need = layout.minimumHeightForWidth(self.width())
            if need != self.minimumHeight():
                self.setMinimumHeight(need)


class Badge(QLabel):
    """A short status in a rounded pill of its palette's window colour (see
    colours.tint), painted here rather than by a style sheet so it follows a theme
    change."""

    def __init__(self, text: str = "", colour: str = colours.INFO) -> None:
        super().__init__(text)
        self.setContentsMargins(10, 3, 10, 3)
        colours.tint(self, colour, fill=False)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.palette().color(QPalette.ColorRole.Window))
        radius = min(9.0, self.height() / 2)
        painter.drawRoundedRect(self.rect(), radius, radius)
        painter.end()
        super().paintEvent(event)
