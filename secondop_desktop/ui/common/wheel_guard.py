"""No accidental edits: a value box the user has not focused ignores the mouse wheel.

Scrolling a long form (the Options page) with the wheel used to turn every combo box,
spin box and slider the pointer passed over, and the change was autosaved ("How much I
lean towards it" went from 0 to 4). One application-wide filter fixes it for every
screen and dialog, present and future: over such a box without focus, the wheel event is
handed to the box's parent instead, so the page scrolls as the user meant. Once the user
has clicked or tabbed into a box, the wheel is theirs to use.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QAbstractSlider, QAbstractSpinBox, QComboBox, QWidget

GUARDED = (QAbstractSpinBox, QComboBox, QAbstractSlider)


class WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Wheel
            and isinstance(watched, GUARDED)
            and not watched.hasFocus()
        ):
            parent = watched.parentWidget()
            if isinstance(parent, QWidget):
                # Qt propagates an unaccepted wheel event on up the parents (to the
                # scroll area), as if the box were not there.
                event.ignore()
                QCoreApplication.sendEvent(parent, event)
            return True
        return False


def install(owner: QObject) -> WheelGuard:
    """Filter the whole application's events while ``owner`` lives: it parents the guard,
    and Qt removes a deleted object's filter."""
    guard = WheelGuard(owner)
    app = QCoreApplication.instance()
    if app is not None:
        app.installEventFilter(guard)
    return guard
