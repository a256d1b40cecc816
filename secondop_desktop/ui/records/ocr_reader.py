"""Reading the text of photos and scans in the background (issue 20), while the user works.

After an import, and at each unlock (the queue survives lock and quit), the pages waiting
are read one at a time in a sandbox worker, from a thread of this reader's own (never the
window's job runner: a long read must not hold up an import, a backup or a lock). The
status bar says which page is being read, with a Stop button; each page's text is stored
as soon as it is read, and the Records and Search tabs are told; the row of the record
being read says which page (ocr_progress). Locking or quitting stops the page being read;
it is read again next time.

``SECONDOP_OCR=off`` in the environment keeps it from starting (the test suite sets it, so
tests about other things do not spend the machine on reading pictures; the OCR tests turn
it on).
"""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStatusBar, QWidget

from secondop_desktop.core.jobs import CancelToken, Progress
from secondop_desktop.i18n import translate
from secondop_desktop.records import ocr, ocr_queue
from secondop_desktop.ui.common.state import AppState
from secondop_desktop.ui.common.tasks import Task, TaskRunner
from secondop_desktop.ui.records.ocr_progress import OcrProgress, Reading

POLL_MS = 300


def _read_job(
    vault: Any,
    *,
    cancel: CancelToken,
    progress: Progress,
    said: list[str],
    now: list[Reading],
) -> ocr_queue.OcrReport:
    """On the reader's thread, with its own connection: every waiting page. ``said`` gets
    the latest progress sentence for the status bar (the runner's own progress is for its
    dialogs, which a quiet job has not), ``now`` the page being read for the record's row;
    the poll timer hands both to the window, on its own thread."""

    def both(done: int, total: int, message: str = "") -> None:
        progress(done, total, message)
        said[:] = [message]

    def reading(record_id: int, page: int, pages: int) -> None:
        now[:] = [(record_id, page, pages)]

    return ocr_queue.run(vault, None, cancel=cancel, progress=both, reading=reading)


class OcrReader(QObject):
    def __init__(self, state: AppState, status_bar: QStatusBar, parent: QObject | None = None):
        super().__init__(parent)
        self.state = state
        self.status_bar = status_bar
        pool = QThreadPool(self)
        pool.setMaxThreadCount(1)
        self.runner = TaskRunner(self, pool=pool)
        self.task: Task | None = None
        self.said: list[str] = []  # the latest progress sentence, set by the job's thread
        self.said_unavailable = False
        self.generation = 0
        self.enabled = os.environ.get("SECONDOP_OCR", "").lower() != "off"
        self.now: list[Reading] = []  # the page being read, set by the job's thread
        self.progress = OcrProgress.of(state)  # said on the record's row in Records
        self.progress.set_able(self.enabled and ocr.available())
        self.label = QLabel()
        self.stop_button = QPushButton(translate("ocr_reader", "Stop reading"))
        self.stop_button.setToolTip(
            translate(
                "ocr_reader",
                "Stop reading the text of photos for now; the rest is read at the next unlock.",
            )
        )
        self.stop_button.clicked.connect(self.stop)
        self.widget = QWidget()
        row = QHBoxLayout(self.widget)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.stop_button)
        self.widget.setAccessibleName(translate("ocr_reader", "Reading the text of photos"))
        self.widget.hide()
        status_bar.addPermanentWidget(self.widget)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self._show_progress)
        state.changed.connect(self._on_changed)

    @property
    def running(self) -> bool:
        return self.task is not None

    def _on_changed(self, kind: str, _id: int) -> None:
        if kind == "records":
            self.start()

    def start(self) -> None:
        """Read what waits, unless already reading (then the new pages are read after)."""
        if not self.enabled or self.running or not self.state.is_unlocked:
            return
        if ocr_queue.waiting(self.state.vault, None) == 0:
            return
        if not ocr.available():
            if not self.said_unavailable:
                self.said_unavailable = True
                self.status_bar.showMessage(
                    translate(
                        "ocr_reader",
                        "The text in photos and scans cannot be read: text recognition is "
                        "not installed. Everything else works.",
                    ),
                    15000,
                )
            return
        self.label.setText(translate("ocr_reader", "Reading the text of photos…"))
        self.widget.show()
        self.now = []  # a list of this run's own: a stopped run's thread may still write
        self.progress.set_reading(None)
        self.generation += 1
        generation = self.generation  # an outcome of an earlier run (stopped) is ignored
        self.task = self.runner.run(
            _read_job,
            vault=self.state.vault,
            title=translate("ocr_reader", "Reading the text of photos"),
            on_done=lambda report: self._done(report, generation),
            on_error=lambda _e: self._finish() if generation == self.generation else None,
            quiet=True,
            said=self.said,
            now=self.now,
        )
        self.timer.start()

    def stop(self, wait_ms: int = 10_000) -> None:
        """Stop after (or during) the page being read; it stays queued."""
        if self.task is not None:
            self.task.cancel()
            self.runner.wait(wait_ms)
            self._finish(stopped=True)  # its outcome arrives later, to a reader at rest

    def _show_progress(self) -> None:
        if self.task is not None and self.said and self.said[0]:
            self.label.setText(self.said[0])
        if self.task is not None and self.now:
            self.progress.set_reading(self.now[0])

    def _finish(self, stopped: bool = False) -> None:
        self.task = None
        self.timer.stop()
        self.widget.hide()
        self.progress.set_reading(None, stopped=stopped)

    def _done(self, report: ocr_queue.OcrReport, generation: int) -> None:
        if generation != self.generation or self.task is None:
            return  # stopped (lock, Stop): nothing to start again from here
        self._finish()
        if not self.state.is_unlocked:
            return
        if report.read or report.failed:
            self.state.changed.emit("ocr", 0)  # search and records: new text to show
        if not report.cancelled:
            QTimer.singleShot(0, self.start)  # pages imported while these were read
