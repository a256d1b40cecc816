"""Background work: plain ``job(..., *, cancel, progress)`` functions on a QThreadPool.

The worker thread never touches Qt objects: it records its progress and, at the end, its
result or exception in plain attributes, and a 50 ms timer on the UI thread picks them
up. This sidesteps PySide6's cross-thread signal emission (which crashed in long runs,
PYSIDE-3124) and throttles progress to at most 20 updates a second for free. A progress
dialog with Cancel appears only when a job outlives half a second. ``synchronous=True``
runs jobs inline, for tests that want determinism without waiting.

A connection belongs to the thread that opened it (STYLE.md rule 17), so a job never gets
the window's vault: ``run(job, ..., vault=state.vault)`` takes what a second connection
needs on the UI thread, opens that connection on the worker, hands it to the job as its
first argument and locks it when the job ends, however it ends. Jobs that need no
database get plain data. (In synchronous mode the connection is opened, used and locked
on the calling thread: the same rule.)
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from secondop_desktop.core.jobs import Cancelled, CancelToken
from secondop_desktop.i18n import translate

if TYPE_CHECKING:
    from secondop_desktop.vault.session import Vault

log = logging.getLogger(__name__)

SHOW_AFTER_S = 0.5
POLL_MS = 50


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._task = task

    def run(self) -> None:
        self._task.execute()


class Task:
    """One job: its cancel flag, its latest progress, and (once done) its outcome."""

    def __init__(
        self,
        fn: Callable[..., Any],
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
        title: str,
        open_vault: Callable[[], Vault] | None = None,
    ) -> None:
        self.fn, self.args, self.kwargs, self.title = fn, args, kwargs, title
        self.open_vault = open_vault  # opens the job's own connection, on the worker
        self.token = CancelToken()
        self.started = time.monotonic()
        self._lock = threading.Lock()
        self.progress_value: tuple[int, int, str] | None = None
        self.finished = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None
        self.dialog: QProgressDialog | None = None
        self.on_done: Callable[[Any], None] = lambda _r: None
        self.on_error: Callable[[BaseException], None] = lambda _e: None
        self.parent_widget: QWidget | None = None
        self.cancellable = True
        self.quiet = False

    def cancel(self) -> None:
        self.token.cancel()

    def _progress(self, done: int, total: int, message: str = "") -> None:
        with self._lock:
            self.progress_value = (done, total, message)

    def take_progress(self) -> tuple[int, int, str] | None:
        with self._lock:
            value, self.progress_value = self.progress_value, None
        return value

    def execute(self) -> None:
        try:
            if self.open_vault is None:
                self.result = self.fn(
                    *self.args, cancel=self.token, progress=self._progress, **self.kwargs
                )
            else:
                self.token.raise_if_cancelled()  # cancelled while queued: open nothing
                own = self.open_vault()  # on this thread, so it belongs to this thread
                try:
                    self.result = self.fn(
                        own, *self.args, cancel=self.token, progress=self._progress, **self.kwargs
                    )
                finally:
                    own.lock()
        except BaseException as exc:  # handed to the UI thread, never swallowed
            if not isinstance(exc, Cancelled):
                log.warning("task %r failed: %s", self.title, type(exc).__name__)
            self.error = exc
        finally:
            self.finished.set()


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
        self._active: list[Task] = []
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)

    @property
    def busy(self) -> bool:
        return bool(self._active)

    def cancel_all(self) -> None:
        for task in self._active:
            task.cancel()

    def wait(self, msecs: int) -> bool:
        """Block until running jobs end (used by lock and quit after cancel_all).

        Their outcomes are delivered later by the timer, once the caller has finished
        (a handler then sees the vault locked and does nothing).
        """
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
        quiet: bool = False,
        vault: Vault | None = None,
        **kwargs: Any,
    ) -> Task:
        """Run ``fn`` on the pool. A dialog with progress (and Cancel) appears after half a
        second, unless ``quiet``: background work the user did not ask for (the hourly
        backup) must not interrupt them.

        With ``vault`` (the window's), ``fn`` gets its own connection to that vault as its
        first argument, opened on the worker and locked when ``fn`` ends."""
        opener = vault.sibling_opener() if vault is not None else None
        task = Task(fn, args, kwargs, title, opener)
        task.on_done, task.on_error = on_done, on_error
        task.parent_widget, task.cancellable = parent_widget, cancellable
        task.quiet = quiet
        self._active.append(task)
        if self._synchronous:
            task.execute()
            self._poll()
        else:
            self._pool.start(_Runnable(task))
            self._timer.start()
        return task

    def _poll(self) -> None:
        for task in list(self._active):
            progress = task.take_progress()
            if task.finished.is_set():
                self._finish(task)
                continue
            if (
                task.dialog is None
                and not task.quiet
                and time.monotonic() - task.started >= SHOW_AFTER_S
            ):
                task.dialog = self._dialog(task)
            if task.dialog is not None and progress is not None:
                done, total, message = progress
                task.dialog.setMaximum(max(total, 0))
                task.dialog.setValue(min(done, total) if total else 0)
                if message:
                    task.dialog.setLabelText(message)
        if not self._active:
            self._timer.stop()

    def _dialog(self, task: Task) -> QProgressDialog:
        dlg = QProgressDialog(
            task.title,
            translate("tasks", "Cancel") if task.cancellable else "",
            0,
            0,
            task.parent_widget,
        )
        dlg.setWindowTitle(task.title)
        dlg.setMinimumWidth(460)  # room for "Importing records" and its progress sentence
        dlg.setWindowModality(Qt.WindowModality.WindowModal)
        dlg.setMinimumDuration(0)
        dlg.setAutoClose(False)
        dlg.setAutoReset(False)
        if not task.cancellable:
            dlg.setCancelButton(None)
        dlg.canceled.connect(task.cancel)
        dlg.setAccessibleName(task.title)
        dlg.show()
        return dlg

    def _finish(self, task: Task) -> None:
        if task.dialog is not None:
            task.dialog.close()
            task.dialog.deleteLater()
            task.dialog = None
            if not self._synchronous:
                # The outcome comes at the next tick (the task stays busy until then):
                # closing the dialog and updating the screens in one step held the window
                # for 170 ms after an import into a case of 10,000 records (issue 17).
                return
        self._active.remove(task)
        if task.error is not None:
            task.on_error(task.error)
        else:
            task.on_done(task.result)
