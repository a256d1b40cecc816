"""Benchmark: opening a case of 10,000 and 50,000 records in the real main window, to its
first paint, on the Overview and on the Records tab.

Run: make bench   (or QT_QPA_PLATFORM=offscreen .venv/bin/python bench/open_case.py [runs])
Goals (issue 17): under 200 ms at 10,000 records, under 500 ms at 50,000. Each figure is
the median of ``runs`` openings (the window switches from a small case to the big one),
CPU beside wall, with the spread; misses print as MISS.
"""

from __future__ import annotations

import hashlib
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
GOALS = {1_000: 0.2, 10_000: 0.2, 50_000: 0.5}  # 1,000: the 10,000 goal holds


def _vault(count: int) -> tuple[Path, object, int, int]:
    from secondop_desktop import cases
    from secondop_desktop.store import TEST_KDF, Vault

    folder = Path(tempfile.mkdtemp(prefix="secondop-bench-open-")) / "vault"
    vault, _ = Vault.create(folder, "bench passphrase lantern", kdf=TEST_KDF)
    small = cases.create_case(vault, cases.Case(patient_name="Small")).id or 0
    big = cases.create_case(vault, cases.Case(patient_name="Big")).id or 0
    with vault.transaction() as db:
        for n in range(count):
            db.execute(
                "INSERT INTO records (case_id, title, page_count, size, original_name, "
                "media_type, sha256, position, created_at, updated_at) VALUES (?, ?, 1, 10, "
                "'x.pdf', 'application/pdf', ?, ?, '2026-01-01T00:00:00', "
                "'2026-01-01T00:00:00')",
                [big, f"Record {n}", hashlib.sha256(str(n).encode()).hexdigest(), n],
            )
    return folder, vault, small, big


def main(runs: int = 5) -> None:
    from PySide6.QtWidgets import QApplication

    from secondop_desktop import cases
    from secondop_desktop.store import TEST_KDF
    from secondop_desktop.ui.common.state import AppState
    from secondop_desktop.ui.common.tasks import TaskRunner
    from secondop_desktop.ui.shell.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    for count, goal in GOALS.items():
        folder, vault, small, big = _vault(count)
        win = MainWindow(
            AppState(folder, kdf=TEST_KDF), runner=TaskRunner(synchronous=True), vault=vault
        )
        win.resize(1280, 800)
        win.show()
        app.processEvents()
        page = win.case_page
        for tab in ("Overview", "Records"):
            walls, cpus = [], []
            for _ in range(runs):
                page.show_case(cases.get_case(vault, small))
                page.sections.setCurrentWidget(page.overview if tab == "Overview" else page.records)
                app.processEvents()
                target = cases.get_case(vault, big)
                wall, cpu = time.perf_counter(), time.process_time()
                page.show_case(target)
                win.repaint()
                app.processEvents()
                walls.append(time.perf_counter() - wall)
                cpus.append(time.process_time() - cpu)
            med = statistics.median(walls)
            print(
                f"{count:>6} records, {tab:<8} tab: first paint {med * 1000:.0f} ms "
                f"({min(walls) * 1000:.0f}-{max(walls) * 1000:.0f}), CPU "
                f"{statistics.median(cpus) * 1000:.0f} ms   goal < {goal * 1000:.0f} ms   "
                f"{'PASS' if med < goal else 'MISS'}"
            )
        win.close()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
