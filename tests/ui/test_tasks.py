"""The background task runner: results on the UI thread, cancel, delayed progress dialog."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from secondop_desktop.core.jobs import Cancelled
from secondop_desktop.ui.common.tasks import TaskRunner


def test_result_arrives_on_ui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    seen: dict[str, object] = {}

    def job(x: int, *, cancel, progress) -> int:  # type: ignore[no-untyped-def]
        seen["worker"] = threading.get_ident()
        for i in range(5):
            progress(i + 1, 5, "step")
        return x * 2

    def done(result: int) -> None:
        seen["result"] = result
        seen["thread"] = QThread.currentThread()

    runner.run(job, 21, title="t", on_done=done, on_error=lambda e: seen.update(error=e))
    qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
    assert seen["result"] == 42
    assert seen["thread"] is QApplication.instance().thread()
    assert seen["worker"] != threading.get_ident()
    assert not runner.busy


def test_errors_are_delivered_not_swallowed(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    errors: list[BaseException] = []

    def job(*, cancel, progress) -> None:  # type: ignore[no-untyped-def]
        raise OSError(28, "No space left on device")

    runner.run(job, title="t", on_done=lambda r: None, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], OSError) and errors[0].errno == 28


def test_slow_job_shows_progress_dialog_and_cancel_stops_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    runner = TaskRunner()
    release = threading.Event()
    outcome: list[BaseException] = []

    def job(*, cancel, progress) -> None:  # type: ignore[no-untyped-def]
        while not cancel.cancelled:
            progress(1, 10, "working")
            release.wait(0.01)
        raise Cancelled()

    runner.run(
        job,
        title="Importing",
        on_done=lambda r: None,
        on_error=outcome.append,
        parent_widget=parent,
    )
    assert parent.findChild(QProgressDialog) is None  # nothing flashes for quick work
    qtbot.waitUntil(lambda: parent.findChild(QProgressDialog) is not None, timeout=3000)
    dialog = parent.findChild(QProgressDialog)
    assert dialog.labelText() in ("Importing", "working")
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton

    button = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Cancel")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(outcome), timeout=5000)
    assert isinstance(outcome[0], Cancelled)
    assert not runner.busy


def test_synchronous_mode_runs_inline(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner(synchronous=True)
    got: list[int] = []
    runner.run(
        lambda *, cancel, progress: 7, title="t", on_done=got.append, on_error=lambda e: None
    )
    assert got == [7]
