"""Benchmark: start-up to the unlock page, and unlock time, against a bare PySide6 window.

Run: make bench   (or QT_QPA_PLATFORM=offscreen .venv/bin/python bench/startup.py [runs])
Each start-up is a fresh process, timed from spawn until the window has been shown and
its first paint processed (the child prints a marker). Unlock is timed in-process with the
default Argon2id cost, including the integrity check and loading the case list.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
PASSPHRASE = "benchmark passphrase lantern orchard"

BARE = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication(sys.argv)
w = QMainWindow(); w.setCentralWidget(QLabel("hello")); w.resize(1100, 720); w.show()
app.processEvents(); w.grab()
print("READY", flush=True)
"""

APP = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from secondop_desktop.ui.shell.main_window import MainWindow
from secondop_desktop.ui.common.state import AppState
app = QApplication(sys.argv)
w = MainWindow(AppState(Path(sys.argv[1]))); w.resize(1100, 720); w.show()
app.processEvents(); w.grab()
assert w.pages.currentIndex() == 1, "not on the unlock page"
print("READY", flush=True)
"""


def _time_process(code: str, *args: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
        text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - start
    proc.wait()
    if "READY" not in line:
        raise RuntimeError("child did not reach its first paint")
    return elapsed


def _make_vault(folder: Path, count: int) -> None:
    from secondop_desktop import cases
    from secondop_desktop.store import Vault

    vault, _ = Vault.create(folder, PASSPHRASE)
    with vault.transaction():
        for i in range(count):
            cases.create_case(vault, cases.Case(patient_name=f"Patient {i}", title="Case"))
    vault.lock()


def main(runs: int = 7) -> None:
    from secondop_desktop import cases
    from secondop_desktop.store import Vault

    folder = Path(tempfile.mkdtemp(prefix="secondop-bench-")) / "vault"
    _make_vault(folder, 50)
    _time_process(BARE)  # warm the OS file cache once for both
    _time_process(APP, str(folder))
    bare = [_time_process(BARE) for _ in range(runs)]
    app = [_time_process(APP, str(folder)) for _ in range(runs)]
    unlock = []
    for _ in range(runs):
        t = time.perf_counter()
        vault = Vault.open(folder, PASSPHRASE)
        cases.list_cases(vault)
        unlock.append(time.perf_counter() - t)
        vault.lock()
    med = statistics.median
    print(f"runs: {runs} (median; min-max)")
    print(
        f"bare PySide6 window to first paint: {med(bare) * 1000:.0f} ms "
        f"({min(bare) * 1000:.0f}-{max(bare) * 1000:.0f})"
    )
    print(
        f"SecondOp start to unlock page:      {med(app) * 1000:.0f} ms "
        f"({min(app) * 1000:.0f}-{max(app) * 1000:.0f}), "
        f"{med(app) / med(bare):.2f}x bare"
    )
    print(
        f"unlock (Argon2id 128 MiB x3 + integrity check + case list): "
        f"{med(unlock) * 1000:.0f} ms ({min(unlock) * 1000:.0f}-{max(unlock) * 1000:.0f})"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 7)
