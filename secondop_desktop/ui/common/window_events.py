"""Watch what the user does through the windows, not through every widget.

An event filter on the application sees every event of every object, and a Python filter
makes each of them call into Python: when a modal dialog opened over the main window, Qt
told each of its 1,300 widgets that its window was blocked, and the two application-wide
filters (auto-lock's and the wheel guard's) turned that into 30 ms to show the dialog and
30 ms to close it (issue 17; 3 ms each without them). Input (keys, the mouse, the wheel)
reaches a window before Qt hands it to the widget under it, so a filter on each window
sees all the user does and none of the rest.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication, QWindow


class WindowWatch(QObject):
    """Keeps ``target`` (an event filter) installed on every top-level window: those open
    now, and each window as it gets focus (a dialog, when it is shown)."""

    def __init__(self, target: QObject) -> None:
        super().__init__(target)
        self._target = target
        self._on = False

    def start(self) -> None:
        app = QGuiApplication.instance()
        if self._on or not isinstance(app, QGuiApplication):
            return
        self._on = True
        for window in QGuiApplication.allWindows():
            window.installEventFilter(self._target)
        app.focusWindowChanged.connect(self._focused)

    def stop(self) -> None:
        app = QGuiApplication.instance()
        if not self._on or not isinstance(app, QGuiApplication):
            return
        self._on = False
        app.focusWindowChanged.disconnect(self._focused)
        for window in QGuiApplication.allWindows():
            window.removeEventFilter(self._target)

    def _focused(self, window: QWindow | None) -> None:
        if window is not None:
            window.installEventFilter(self._target)  # again on the same window: still one
