"""No accidental edits: a value box the user has not focused ignores the mouse wheel.

Scrolling a long form (the Options page) with the wheel used to turn every combo box,
spin box and slider the pointer passed over, and the change was autosaved ("How much I
lean towards it" went from 0 to 4). One filter on the windows fixes it for every screen
and dialog, present and future: a wheel event reaches the window first, and when the
widget under the pointer is (or sits inside) such a box without focus, the event is given
to the box's parents instead, nearest first, so the page scrolls as the user meant. Once
the user has clicked or tabbed into a box, the wheel is theirs to use.

The filter is on the windows (ui/common/window_events.py), not on the application: an
application-wide Python filter made every event of every widget call into Python.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QWheelEvent, QWindow
from PySide6.QtWidgets import QAbstractSlider, QAbstractSpinBox, QApplication, QComboBox, QWidget

from secondop_desktop.ui.common.window_events import WindowWatch

GUARDED = (QAbstractSpinBox, QComboBox, QAbstractSlider)


def guarded_box(widget: QWidget | None) -> QWidget | None:
    """The value box ``widget`` is or sits in (a spin box's line edit), if it has no focus."""
    while widget is not None and not widget.isWindow():
        if isinstance(widget, GUARDED):
            return None if widget.hasFocus() else widget
        widget = widget.parentWidget()
    return None


class WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWindow):
            return False
        assert isinstance(event, QWheelEvent)
        top = next((w for w in QApplication.topLevelWidgets() if w.windowHandle() == watched), None)
        if top is None:
            return False
        under = top.childAt(event.position().toPoint())
        box = guarded_box(under)
        if box is None:
            return False
        parent = box.parentWidget()
        while parent is not None:  # as Qt passes an unaccepted wheel event up the parents
            moved = QWheelEvent(
                parent.mapFromGlobal(event.globalPosition()),
                event.globalPosition(),
                event.pixelDelta(),
                event.angleDelta(),
                event.buttons(),
                event.modifiers(),
                event.phase(),
                event.inverted(),
            )
            moved.ignore()
            QCoreApplication.sendEvent(parent, moved)
            if moved.isAccepted() or parent.isWindow():
                break
            parent = parent.parentWidget()
        return True


def install(owner: QObject) -> WheelGuard:
    """Guard every window's wheel events while ``owner`` lives (it parents the guard)."""
    guard = WheelGuard(owner)
    WindowWatch(guard).start()
    return guard
