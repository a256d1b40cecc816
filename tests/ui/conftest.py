from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from secondop_desktop.store import TEST_KDF, Keychain
from secondop_desktop.ui.common import dialogs
from secondop_desktop.ui.common.report_dialog import ReportDialog
from secondop_desktop.ui.common.state import AppState
from secondop_desktop.ui.common.tasks import TaskRunner
from secondop_desktop.ui.shell.main_window import MainWindow

from ..support import MemoryKeyring


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture(autouse=True)
def _dialog_seams():  # type: ignore[no-untyped-def]
    dialogs._answers.clear()
    dialogs.shown.clear()
    yield
    dialogs._answers.clear()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(autouse=True)
def _no_real_modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A real modal dialog would wait for a person and hang the run (offscreen, nobody
    clicks): the seams in ui.common.dialogs show one only when no answer was queued, and
    printing shows the system's print dialog only when no printer was handed in. Here any
    of them fails the test at once, naming the dialog. The app's other dialogs (which a
    test may drive through a timer, or open without exec) are untouched."""

    def refuse(name: str):  # type: ignore[no-untyped-def]
        def blocked(*args, **kwargs):  # type: ignore[no-untyped-def]
            texts = [a for a in args if isinstance(a, str)]
            raise AssertionError(
                f"a real modal dialog ({name}: {texts}) would wait for a person; queue its "
                "answer with dialogs.set_next_answer (or use_printer_next when printing)"
            )

        return blocked

    for cls, names in (
        (QMessageBox, ("exec", "critical", "information", "warning", "question")),
        (QFileDialog, ("getSaveFileName", "getOpenFileName", "getOpenFileNames",
                       "getExistingDirectory")),
        (QInputDialog, ("getText", "getItem", "getInt")),
        (QPrintDialog, ("exec",)),
        (ReportDialog, ("exec",)),
    ):  # fmt: skip
        for name in names:
            monkeypatch.setattr(cls, name, refuse(f"{cls.__name__}.{name}"))


@pytest.fixture
def make_window(qtbot, clock):  # type: ignore[no-untyped-def]
    """Build a real MainWindow over ``data_dir`` with fast KDF and a memory keychain.

    Background jobs run inline (``TaskRunner(synchronous=True)``): a job's outcome is
    delivered before the call that started it returns, so tests need not poll. Tests of
    what only the real thread pool does (cancelling a running job, a quiet background job)
    pass ``asynchronous=True``; tests/ui/test_tasks.py covers the runner itself."""

    def make(  # type: ignore[no-untyped-def]
        data_dir: Path, keychain: Keychain | None = None, *, asynchronous: bool = False, **kw
    ) -> MainWindow:
        state = AppState(data_dir, keychain=keychain or Keychain(MemoryKeyring()), kdf=TEST_KDF)
        runner = TaskRunner(synchronous=not asynchronous)
        window = MainWindow(state, runner=runner, clock=clock, **kw)
        qtbot.addWidget(window)
        with qtbot.waitActive(window):  # shortcuts only reach the active window
            window.show()
            window.activateWindow()
        # An unlocked window checks the vault's pages in the background (issue 17): let
        # that finish, so a test's own job is the one it sees running.
        qtbot.waitUntil(lambda: not window.runner.busy, timeout=10000)
        return window

    return make
