"""Screens of the demo case in a dark theme, at 1.5x scale and on a 1024x700 screen.

Usage: python scripts/screenshots_themes.py docs/screenshots
Each variant runs in its own process (the scale factor is read when Qt starts). Issue 18
asks docs/ to show these; the README's Screens table links them.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

VARIANTS = {
    "dark": {},
    "scale": {"QT_SCALE_FACTOR": "1.5"},
    "small": {},
}
SECTIONS = ("overview", "records", "timeline", "compare")


def render(variant: str, out: Path) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from secondop_desktop import demo
    from secondop_desktop.ui.common.state import AppState
    from secondop_desktop.ui.common.tasks import TaskRunner
    from secondop_desktop.ui.shell.main_window import MainWindow
    from secondop_desktop.vault import session

    app = QApplication.instance() or QApplication(sys.argv)
    app.setStyle("Fusion")
    from secondop_desktop import i18n

    i18n.install(i18n.SOURCE)  # as the app does: English plurals ("1 page") are a translation
    if variant == "dark":
        from secondop_desktop.ui.common.colours import dark_palette

        app.setPalette(dark_palette())
    tmp = Path(tempfile.mkdtemp(prefix="secondop-theme-shots-"))
    vault, _ = demo.create_demo_vault(tmp / "demo", kdf=session.TEST_KDF)
    state = AppState(tmp / "demo", kdf=session.TEST_KDF)
    win = MainWindow(state, runner=TaskRunner(synchronous=True), vault=vault)
    # Logical pixels: at 1.5x a 1440x900 screen holds 960x600 of them.
    win.resize(*{"small": (1024, 700), "scale": (960, 600)}.get(variant, (1280, 800)))
    win.show()
    page = win.case_page
    for n, name in enumerate(SECTIONS, start=1):
        widget = page.overview if name == "overview" else getattr(page.facts, name)
        page.sections.setCurrentWidget(widget)
        for _ in range(5):
            QCoreApplication.processEvents()
        path = out / f"4{n}-{variant}-{name}.png"
        win.grab().save(str(path))
        print(path)


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1] == "--variant":
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        render(sys.argv[2], Path(sys.argv[3]))
        return
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    for variant, env in VARIANTS.items():
        subprocess.run(
            [sys.executable, __file__, "--variant", variant, str(out)],
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **env},
            check=True,
        )


if __name__ == "__main__":
    main()
