"""Background work: plain ``job(..., *, cancel, progress)`` functions on a QThreadPool.

Progress is throttled to about ten updates a second, and a progress dialog with Cancel
appears only when a job outlives half a second (a flash of a dialog is worse than none).
Results come back to the UI thread through queued signals. ``synchronous=True`` runs jobs
inline, for tests that want determinism without sleeping.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..jobs import Cancelled, CancelToken

log = logging.getLogger(__name__)

SHOW_AFTER_MS = 500
THROTTLE_S = 0.1


class _Signals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._task = task

    def run(self) -> None:
        self._task.execute()


class Task(QObject):
    """One running job: cancel it, or watch it through its signals."""

    def __init__(
        self,
        fn: Callable[..., Any],
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
        title: str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.fn, self.args, self.kwargs, self.title = fn, args, kwargs, title
        self.token = CancelToken()
        self.signals = _Signals()
        self.done = False
        self._last_emit = 0.0

    def cancel(self) -> None:
        self.token.cancel()

    def _progress(self, done: int, total: int, message: str = "") -> None:
        now = time.monotonic()
        if now - self._last_emit >= THROTTLE_S or done >= total:
            self._last_emit = now
            self.signals.progress.emit(done, total, message)

    def execute(self) -> None:
        try:
            result = self.fn(*self.args, cancel=self.token, progress=self._progress, **self.kwargs)
        except BaseException as exc:  # delivered to the UI thread, never swallowed
            if not isinstance(exc, Cancelled):
                log.warning("task %r failed: %s", self.title, type(exc).__name__)
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


class TaskRunner(QObject):
    def __init__(
        self,
        parent: QObject | None = None,
        *,
        pool: QThreadPool | None = None,
        synchronous: bool = False,
    ) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._synchronous = synchronous
        self._active: set[Task] = set()

    @property
    def busy(self) -> bool:
        return bool(self._active)

    def cancel_all(self) -> None:
        for task in list(self._active):
            task.cancel()

    def wait(self, msecs: int) -> bool:
        """Block until running jobs end (used by lock and quit after cancel_all)."""
        return bool(self._pool.waitForDone(msecs))

    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        title: str,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        parent_widget: QWidget | None = None,
        cancellable: bool = True,
        **kwargs: Any,
    ) -> Task:
        task = Task(fn, args, kwargs, title)
        self._active.add(task)
        dialog: list[QProgressDialog] = []

        def show_dialog() -> None:
            if task.done:
                return
            dlg = QProgressDialog(title, "Cancel" if cancellable else "", 0, 0, parent_widget)
            dlg.setWindowTitle(title)
            dlg.setWindowModality(Qt.WindowModality.WindowModal)
            dlg.setMinimumDuration(0)
            dlg.setAutoClose(False)
            dlg.setAutoReset(False)
            if not cancellable:
                dlg.setCancelButton(None)
            dlg.canceled.connect(task.cancel)
            dlg.setAccessibleName(title)
            dialog.append(dlg)
            dlg.show()

        def on_progress(done: int, total: int, message: str) -> None:
            if dialog:
                dialog[0].setMaximum(max(total, 0))
                dialog[0].setValue(min(done, total))
                if message:
                    dialog[0].setLabelText(message)

        def finish() -> None:
            task.done = True
            self._active.discard(task)
            if dialog:
                dialog[0].close()
                dialog[0].deleteLater()

        def finished(result: Any) -> None:
            finish()
            on_done(result)

        def failed(exc: BaseException) -> None:
            finish()
            on_error(exc)

        task.signals.progress.connect(on_progress)
        task.signals.finished.connect(finished)
        task.signals.failed.connect(failed)
        if self._synchronous:
            task.execute()
        else:
            QTimer.singleShot(SHOW_AFTER_MS, show_dialog)
            self._pool.start(_Runnable(task))
        return task
