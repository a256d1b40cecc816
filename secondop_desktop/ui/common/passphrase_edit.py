"""The passphrase field: hidden text with a Show/Hide button inside it, and a warning when
Caps Lock seems to be on (a wrong passphrase typed in capitals is the commonest lock-out).

Qt cannot ask the keyboard whether Caps Lock is on, so it is inferred from what is typed:
a capital letter without Shift, or a small letter with Shift, means Caps Lock."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QIcon, QKeyEvent, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QLineEdit, QToolTip, QWidget

from secondop_desktop.i18n import translate
from secondop_desktop.ui.common import colours

CAPS_WARNING = translate("passphrase_edit", "Caps Lock seems to be on.")


def _eye_icon(crossed: bool) -> QIcon:
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    # The theme's muted text colour: a fixed slate grey vanished on a dark field.
    ink = colours.muted(QGuiApplication.palette())
    pen = QPen(ink, 2.5)
    painter.setPen(pen)
    painter.drawEllipse(QRectF(3, 9, 26, 14))
    painter.setBrush(ink)
    painter.drawEllipse(QRectF(12, 12, 8, 8))
    if crossed:
        painter.drawLine(6, 27, 26, 5)
    painter.end()
    return QIcon(pixmap)


class PassphraseEdit(QLineEdit):
    caps_lock_changed = Signal(bool)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setAccessibleName(name)
        self.setMaxLength(4096)
        self.caps_lock = False
        self.toggle = QAction(
            _eye_icon(False), translate("passphrase_edit", "Show passphrase"), self
        )
        self.toggle.setCheckable(True)
        self.toggle.toggled.connect(self._show)
        self.addAction(self.toggle, QLineEdit.ActionPosition.TrailingPosition)

    def _show(self, shown: bool) -> None:
        self.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self.toggle.setText(
            translate("passphrase_edit", "Hide passphrase")
            if shown
            else translate("passphrase_edit", "Show passphrase")
        )
        self.toggle.setIcon(_eye_icon(shown))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if len(text) == 1 and text.isalpha() and text.lower() != text.upper():
            shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self._set_caps(text.isupper() != shift)
        elif event.key() == Qt.Key.Key_CapsLock:
            self._set_caps(not self.caps_lock)
        super().keyPressEvent(event)

    def _set_caps(self, on: bool) -> None:
        if on == self.caps_lock:
            return
        self.caps_lock = on
        self.setAccessibleDescription(CAPS_WARNING if on else "")
        self.setToolTip(CAPS_WARNING if on else "")
        if on and self.isVisible():
            QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), CAPS_WARNING, self)
        elif not on:
            QToolTip.hideText()
        self.caps_lock_changed.emit(on)
