"""Auto-lock after idle: an application-wide event filter feeds an :class:`IdleTimer`.

The filter watches the application only while auto-lock runs (the vault is unlocked):
a Python filter sees every event of every object, and on the locked start-up window the
first of them cost 60-80 ms of type lookups before the window appeared (issue 17).

The clock is injectable so tests advance time instead of sleeping.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

from secondop_desktop.core.idle import Clock, IdleTimer

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

    def start(self) -> None:
        self.idle.timeout_seconds = self._minutes() * 60
        self.idle.touch()
        self.enabled = True
        self.timer.start()
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)  # installed again: it stays one filter

    def stop(self) -> None:
        self.enabled = False
        self.timer.stop()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def check(self) -> None:
        self.idle.timeout_seconds = self._minutes() * 60
        if self.enabled and self.idle.expired():
            self.stop()
            self.idle_expired.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.enabled and event.type() in _ACTIVITY:
            self.idle.touch()
        return False
