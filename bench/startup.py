"""Benchmark: start-up to the unlock page through the real entry point, and unlock, each
as a ratio against its baseline measured in the same run.

Run: make bench   (or QT_QPA_PLATFORM=offscreen .venv/bin/python bench/startup.py [pairs])

Start-up: the real command (``python -m secondop_desktop --vault DIR --quit-after 0``)
against a bare PySide6 window that shows itself and quits the same way, interleaved
(bare, app, bare, app...) so a busy moment of the machine hits both; wall time from spawn
to exit and the child's CPU time (user + system), median and spread over the pairs.

Unlock: opening vaults of 10 MB and 100 MB (1 GB with --big) the way the window does
(passphrase, Argon2id at the default cost, the case list; the whole-file page check runs
after, in the background, and its time is printed beside), against the key derivation
alone, same process, interleaved. The goal is 0.5 s and the same at every size.
"""

from __future__ import annotations

import hashlib
import os
import resource
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
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow(); w.setCentralWidget(QLabel("hello")); w.resize(1100, 720); w.show()
QTimer.singleShot(0, w.close)
sys.exit(app.exec())
"""


def _child(argv: list[str]) -> tuple[float, float]:
    """(wall, CPU) seconds of one child process, spawn to exit.

    Bytecode is written and used, as in an installed wheel (pip compiles at install) or
    the bundle: with PYTHONDONTWRITEBYTECODE set, every start would compile every module."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(argv, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def _spread(values: list[float]) -> str:
    low, high = min(values) * 1000, max(values) * 1000
    return f"{statistics.median(values) * 1000:.0f} ms ({low:.0f}-{high:.0f})"


def _verdict(ratio: float, goal: float) -> str:
    return "PASS" if ratio <= goal else "MISS"


def startup(pairs: int) -> None:
    from secondop_desktop.store import Vault

    folder = Path(tempfile.mkdtemp(prefix="secondop-bench-")) / "vault"
    Vault.create(folder, PASSPHRASE)[0].lock()
    bare_cmd = [sys.executable, "-c", BARE]
    app_cmd = [sys.executable, "-m", "secondop_desktop", "--vault", str(folder)]
    app_cmd += ["--quit-after", "0"]
    _child(bare_cmd), _child(app_cmd)  # warm the file cache for both
    bare: list[tuple[float, float]] = []
    app: list[tuple[float, float]] = []
    for _ in range(pairs):
        bare.append(_child(bare_cmd))
        app.append(_child(app_cmd))
    med = statistics.median
    wall_ratio = med(a for a, _ in app) / med(b for b, _ in bare)
    cpu_ratio = med(a for _, a in app) / med(b for _, b in bare)
    print(f"start to unlock page, {pairs} interleaved pairs, {os.cpu_count()} cores")
    for name, runs in (("bare PySide6 window  ", bare), ("secondop (real entry)", app)):
        print(f"  {name} wall {_spread([w for w, _ in runs])}, CPU {_spread([c for _, c in runs])}")
    print(
        f"  ratio: wall {wall_ratio:.2f}x, CPU {cpu_ratio:.2f}x   goal <= 1.5x   "
        f"{_verdict(wall_ratio, 1.5)}"
    )


def _vault_of_size(folder: Path, megabytes: int) -> None:
    """A vault holding about ``megabytes`` of records (incompressible bytes in chunks)."""
    from secondop_desktop import cases
    from secondop_desktop.store import Vault

    vault, _ = Vault.create(folder, PASSPHRASE)
    case_id = cases.create_case(vault, cases.Case(patient_name="Bench")).id
    chunk = 1 << 20
    with vault.transaction() as db:
        for n in range(megabytes):
            data = os.urandom(chunk)
            cursor = db.execute(
                "INSERT INTO records (case_id, title, page_count, size, original_name, "
                "media_type, sha256, created_at, updated_at) VALUES (?, ?, 1, ?, 'x.jpg', "
                "'image/jpeg', ?, '2026-01-01', '2026-01-01')",
                [case_id, f"r{n}", chunk, hashlib.sha256(data).hexdigest()],
            )
            db.execute(
                "INSERT INTO record_chunks (record_id, seq, data) VALUES (?, 0, ?)",
                [cursor.lastrowid, data],
            )
    vault.lock()


def unlock(pairs: int, sizes: list[int]) -> None:
    from secondop_desktop import cases
    from secondop_desktop.store.keys import KdfParams, normalize_passphrase
    from secondop_desktop.vault import session

    kdf = KdfParams()
    salt = os.urandom(16)
    base = Path(tempfile.mkdtemp(prefix="secondop-bench-unlock-"))
    print(f"unlock (default Argon2id), {pairs} interleaved pairs against the derivation alone")
    for size in sizes:
        folder = base / f"v{size}"
        _vault_of_size(folder, size)
        derive: list[float] = []
        opened: list[float] = []
        for _ in range(pairs):
            t = time.perf_counter()
            kdf.derive(normalize_passphrase(PASSPHRASE), salt)
            derive.append(time.perf_counter() - t)
            t = time.perf_counter()
            # What the window does: unlock, then show the case list; the page check runs
            # after, in the background (timed below, not part of the unlock).
            vault = session.unlock(folder, PASSPHRASE, verify=False)
            cases.list_cases(vault)
            opened.append(time.perf_counter() - t)
            vault.lock()
        t = time.perf_counter()
        vault = session.unlock(folder, PASSPHRASE, verify=False)
        session.page_problems(vault)
        vault.lock()
        check = time.perf_counter() - t
        med = statistics.median(opened)
        print(
            f"  {size:>5} MB vault: unlock {_spread(opened)}, Argon2id alone {_spread(derive)}, "
            f"{med / statistics.median(derive):.2f}x   goal <= 0.5 s   "
            f"{'PASS' if med <= 0.5 else 'MISS'}; background page check {check:.2f} s"
        )


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    pairs = int(args[0]) if args else 7
    startup(pairs)
    unlock(max(5, pairs // 2), [10, 100, 1000] if "--big" in sys.argv else [10, 100])


if __name__ == "__main__":
    main()
