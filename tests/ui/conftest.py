from __future__ import annotations

from pathlib import Path

import pytest

from secondop_desktop.store import TEST_KDF, Keychain
from secondop_desktop.ui.common import dialogs
from secondop_desktop.ui.common.tasks import TaskRunner
from secondop_desktop.ui.shell.main_window import MainWindow
from secondop_desktop.ui.shell.state import AppState

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


@pytest.fixture
def make_window(qtbot, clock):  # type: ignore[no-untyped-def]
    """Build a real MainWindow over ``data_dir`` with fast KDF and a memory keychain."""

    def make(data_dir: Path, keychain: Keychain | None = None, **kw) -> MainWindow:  # type: ignore[no-untyped-def]
        state = AppState(data_dir, keychain=keychain or Keychain(MemoryKeyring()), kdf=TEST_KDF)
        window = MainWindow(state, runner=TaskRunner(), clock=clock, **kw)
        qtbot.addWidget(window)
        with qtbot.waitActive(window):  # shortcuts only reach the active window
            window.show()
            window.activateWindow()
        return window

    return make
