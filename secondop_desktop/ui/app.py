"""Start the Qt application: the normal window, or the demo on a temporary vault."""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from .. import APP_NAME, demo, logsetup
from ..paths import resolve_data_dir
from .main_window import MainWindow
from .state import AppState


def run(vault_dir: str | None = None, demo_mode: bool = False) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName("secondop")
    if demo_mode:
        folder = Path(tempfile.mkdtemp(prefix="secondop-demo-"))
        try:
            data_dir = folder / "vault"
            vault, _ = demo.create_demo_vault(data_dir)
            state = AppState(data_dir, demo_mode=True)
            window = MainWindow(state, vault=vault, demo_passphrase=demo.DEMO_PASSPHRASE)
            window.show()
            return int(app.exec())
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    data_dir = resolve_data_dir(vault_dir)
    logsetup.configure(data_dir)
    window = MainWindow(AppState(data_dir))
    window.show()
    return int(app.exec())
