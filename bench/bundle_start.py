"""Benchmark (issue 15): how long the installed app takes to start, bundle against source.

Run: python bench/bundle_start.py [runs]   (after `make package`)
Each run is a fresh process on an empty data folder (the welcome page): `secondop
--quit-after 0` opens the real window, runs one event-loop turn and closes it, timed from
spawn to exit. The baseline is the same command from the development venv (Python imports
from source); the bundle is build/dist/secondop/secondop. Interleaved (baseline, bundle,
baseline, ...), same machine, same cores, offscreen; median and spread (min-max) of each
and the ratio of medians. The bundle's size on disk is printed too."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "build" / "dist" / "secondop" / "secondop"
SOURCE = ROOT / ".venv" / "bin" / "secondop"


def one_start(exe: Path) -> float:
    with tempfile.TemporaryDirectory() as data:
        env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "SECONDOP_DATA_DIR": data}
        start = time.perf_counter()
        subprocess.run(
            [str(exe), "--quit-after", "0"], env=env, check=True, capture_output=True, timeout=120
        )
        return time.perf_counter() - start


def size_mib(folder: Path) -> float:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files) / 2**20


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    if not BUNDLE.exists():
        print("MISS: no bundle; run `make package` first")
        return 1
    one_start(SOURCE), one_start(BUNDLE)  # warm the disk cache for both
    times: dict[str, list[float]] = {"source (venv)": [], "bundle": []}
    for _ in range(runs):
        times["source (venv)"].append(one_start(SOURCE))
        times["bundle"].append(one_start(BUNDLE))
    print(f"start to window and quit, {runs} runs each, interleaved, {os.cpu_count()} cores")
    for name, values in times.items():
        print(
            f"  {name:14} median {statistics.median(values):5.2f} s "
            f"(spread {min(values):.2f}-{max(values):.2f})"
        )
    ratio = statistics.median(times["bundle"]) / statistics.median(times["source (venv)"])
    print(f"  bundle / source: {ratio:.2f}x")
    print(f"bundle size: {size_mib(BUNDLE.parent):.0f} MiB on disk")
    for artefact in sorted((ROOT / "build" / "packages").glob("*")):
        print(f"  {artefact.name}: {artefact.stat().st_size / 2**20:.0f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
