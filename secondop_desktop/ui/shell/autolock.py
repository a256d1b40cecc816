"""Auto-lock after idle: a filter on the windows feeds an :class:`IdleTimer`.

The filter watches the windows (ui/common/window_events.py), not the application: input
reaches a window before its widgets, and an application-wide Python filter made every
event of every widget call into Python (60-80 ms before the start-up window appeared,
30 ms each time a progress dialog opened or closed; issue 17). It watches only while
auto-lock runs (the vault is unlocked).

The clock is injectable so tests advance time instead of sleeping.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

from secondop_desktop.core.idle import Clock, IdleTimer
from secondop_desktop.ui.common.window_events import WindowWatch

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class AutoLock(QObject):
    idle_expired = Signal()

    def __init__(
        self,
        minutes: Callable[[], int],
        clock: Clock | None = None,
        check_interval_ms: int = 5000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._minutes = minutes
        self.idle = IdleTimer(minutes() * 60, clock) if clock else IdleTimer(minutes() * 60)
        self.timer = QTimer(self)
        self.timer.setInterval(check_interval_ms)
        self.timer.timeout.connect(self.check)
        self.enabled = False
        self._windows = WindowWatch(self)

    def start(self) -> None:
        self.idle.timeout_seconds = self._minutes() * 60
        self.idle.touch()
        self.enabled = True
        self.timer.start()
        self._windows.start()

    def stop(self) -> None:
        self.enabled = False
        self.timer.stop()
        self._windows.stop()

    def check(self) -> None:
        self.idle.timeout_seconds = self._minutes() * 60
        if self.enabled and self.idle.expired():
            self.stop()
            self.idle_expired.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.enabled and event.type() in _ACTIVITY:
            self.idle.touch()
        return False
