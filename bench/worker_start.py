"""Benchmark: a sandbox worker's start, forked from the fork server against spawned afresh.

Run: .venv/bin/python bench/worker_start.py

Each round, interleaved (A B A B, 7 pairs): a one-worker pool (records/sandbox.py) reads one
small PDF (the import's parse, warm-up included), once with workers spawned (a fresh
interpreter that imports the parsers: how every worker started before) and once forked from
the fork server (started before the first pair and timed apart: once per run of the app).
Wall time from creating the pool to the answer, and the worker's CPU as the worker reports
it (sandbox.worker_usage: from its own start, spawned or forked)."""

from __future__ import annotations

import multiprocessing as mp
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
PAIRS = 7


def one(pdf: Path, spawned: bool) -> tuple[float, float]:
    """(wall, CPU) of a one-worker pool reading ``pdf``."""
    from secondop_desktop.records import sandbox

    pool = sandbox.SandboxPool(1)
    if spawned:
        pool._ctx = mp.get_context("spawn")
    cpu_before = sandbox.worker_usage()[0]
    start = time.perf_counter()
    with pool:
        (outcome,) = pool.run([sandbox.Task(0, str(pdf), "application/pdf")])
        wall = time.perf_counter() - start
    assert outcome.reason is None, outcome.reason
    return wall, sandbox.worker_usage()[0] - cpu_before


def main() -> None:
    from secondop_desktop.demo.textpdf import make_text_pdf
    from secondop_desktop.records import sandbox

    folder = Path(tempfile.mkdtemp(prefix="secondop-bench-start-"))
    pdf = folder / "letter.pdf"
    pdf.write_bytes(make_text_pdf([["# A letter", "Dear doctor, the results are attached."]]))
    start = time.perf_counter()
    sandbox.prepare()  # as the window does after unlock
    sys.path.insert(0, str(ROOT / "bench"))
    from usage import fork_server_cpu

    one(pdf, spawned=False)  # the server imports the parsers once: timed apart, below
    server = (time.perf_counter() - start, fork_server_cpu())
    spawned, forked = [], []
    for _ in range(PAIRS):
        spawned.append(one(pdf, spawned=True))
        forked.append(one(pdf, spawned=False))

    def show(name: str, runs: list[tuple[float, float]]) -> None:
        walls = [w * 1000 for w, _ in runs]
        cpus = [c * 1000 for _, c in runs]
        print(
            f"{name}: wall {statistics.median(walls):.0f} ms ({min(walls):.0f}-{max(walls):.0f}), "
            f"worker CPU {statistics.median(cpus):.0f} ms ({min(cpus):.0f}-{max(cpus):.0f})"
        )

    print(f"cores: {os.cpu_count()}; {PAIRS} interleaved pairs; one small PDF read per pool")
    show("spawned worker (before)", spawned)
    show("forked from the fork server", forked)
    ratio = statistics.median(w for w, _ in spawned) / statistics.median(w for w, _ in forked)
    print(f"forked is {ratio:.1f}x faster to an answer (wall, medians)")
    print(
        f"the fork server's start with its first worker, once per run: "
        f"{server[0] * 1000:.0f} ms wall; the server's own CPU {server[1] * 1000:.0f} ms"
    )


if __name__ == "__main__":
    main()
