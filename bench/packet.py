"""Benchmark: export packets of 100, 500 and 2,000 PDF pages, real producers' PDFs, and PDFs
with phone photos, each against qpdf merging the same files (issue 17).

Run: make bench-packet (needs qpdf: `apt-get install qpdf`); `--quick` for 3 pairs and the
100- and 500-page sets only.

Each set is imported into a vault once. Then, interleaved (A B A B, ``PAIRS`` times): the
export in a fresh process (``--export``: the real ``build_packet`` with its sandbox workers),
and the baseline, ``qpdf --empty --pages`` of the same files. The figure is CPU time: the
export call's own plus its workers' (both cores work; qpdf uses one), beside the whole
export process's CPU and wall time. Photos cannot be merged by qpdf, so for the mixed set the
baseline is Pillow turning the photos into PDF pages (what any tool must do) plus the merge.
Peak memory is the export process's own (ru_maxrss) and its largest worker's.

Goals (issue 17): CPU at most 3x the baseline; the export process's peak memory under 400 MB
at every size. Each goal prints beside its figure with PASS or MISS.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
PAIRS = 5
GOAL_RATIO = 3.0
GOAL_PEAK_MIB = 400.0
PASSPHRASE = "bench passphrase"


@dataclass
class Inputs:
    name: str
    files: list[Path]  # as imported, in order
    photos: list[Path] = field(default_factory=list)  # among files: converted for the baseline


def input_sets(quick: bool) -> list[Inputs]:
    from records import make_corpus  # bench/records.py: 10-page text PDFs, generated once

    generated = make_corpus(pdfs=200, pages=10, photos=0)
    real = sorted((ROOT / "tests" / "corpus" / "pdf-samples").rglob("*.pdf"))
    photos = [p for p in make_corpus(pdfs=0, photos=20) if p.suffix == ".jpg"]
    sets = [
        Inputs("100 pages (10 generated PDFs)", generated[:10]),
        Inputs("500 pages (50 generated PDFs)", generated[:50]),
    ]
    if not quick:
        sets.append(Inputs("2,000 pages (200 generated PDFs)", generated))
    sets.append(Inputs(f"real producers' PDFs ({len(real)} files, tests/corpus)", real))
    mixed = [p for pair in zip(generated[:20], photos, strict=True) for p in pair]
    sets.append(Inputs("20 PDFs + 20 phone photos of 12 MP", mixed, photos))
    return sets


def build_vault(folder: Path, paths: list[Path]) -> int:
    """A vault with one case holding ``paths``; returns how many records it has."""
    from secondop_desktop import cases
    from secondop_desktop.records import importer
    from secondop_desktop.store import TEST_KDF, Vault

    vault, _ = Vault.create(folder, PASSPHRASE, kdf=TEST_KDF)
    case = cases.create_case(
        vault, cases.Case(patient_name="Margaret Okafor", title="Bench packet")
    )
    report = importer.import_files(vault, case.id or 0, paths)
    count = report.count("imported")
    vault.lock()
    return count


def export_once(folder: Path, out: Path) -> dict[str, float]:
    """In a child process: open the vault and export every record; the export call's CPU
    (this process and its workers, which are reaped before it returns) and peak memory."""
    from usage import cpu_with_workers, workers_peak_mib  # bench/usage.py

    from secondop_desktop import packet, records
    from secondop_desktop.store import Vault

    vault = Vault.open(folder, PASSPHRASE)
    spec = packet.PacketSpec(
        case_id=1, record_ids=[r.id for r in records.list_records(vault, 1)], paper="a4"
    )
    build = packet.build_packet  # the package loads it on first use: not the export's work
    before = cpu_with_workers()
    start = time.perf_counter()
    result = build(vault, spec, out)
    wall = time.perf_counter() - start
    # The workers' CPU and the fork server's (started by this export: counted here,
    # though the app starts it once per run, at its first import, preview or export).
    cpu = cpu_with_workers() - before
    vault.lock()
    return {
        "wall": wall,
        "cpu": cpu,
        "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "worker_peak_mib": workers_peak_mib(),
        # The process as a whole, from its start: forked workers are not its children,
        # so the caller's accounting of it cannot see them.
        "process_cpu": cpu_with_workers(),
        "pages": result.pages,
        "bytes": result.size,
    }


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def _child(argv: list[str]) -> tuple[float, float, str]:
    """Run ``argv``; (its CPU including its own children, wall, stdout). Bytecode is
    written and used, as after installation (this machine's environment turns it off,
    which made every sandbox worker compile the modules it imports)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    before = _cpu(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(argv, check=True, capture_output=True, text=True, env=env)
    return _cpu(resource.RUSAGE_CHILDREN) - before, time.perf_counter() - start, done.stdout


def photos_to_pdf(photos: list[Path], folder: Path) -> dict[Path, Path]:
    """The photos as one-page PDFs, the way SecondOp shrinks them (draft decoding)."""
    from PIL import Image

    out = {}
    for p in photos:
        target = folder / (p.stem + ".pdf")
        with Image.open(p) as img:
            w, h = img.size
            f = 1700 / max(w, h)
            img.draft("RGB", (int(w * f), int(h * f)))
            img.thumbnail((1700, 1700))
            img.save(target, "PDF", resolution=150, quality=72)
        out[p] = target
    return out


def _spread(values: list[float], unit: str = "s") -> str:
    return f"{statistics.median(values):.2f} {unit} ({min(values):.2f}-{max(values):.2f})"


def _verdict(ok: bool) -> str:
    return "PASS" if ok else "MISS"


def run_set(inputs: Inputs, work: Path, pairs: int) -> None:
    vault_dir = work / "vault"
    count = build_vault(vault_dir, inputs.files)
    ours_cpu, ours_proc, ours_wall, base_cpu, base_wall = [], [], [], [], []
    floor_cpu: list[float] = []
    runs: list[dict[str, float]] = []
    for i in range(pairs):  # interleaved: whatever loads the machine hits both alike
        out = work / f"packet-{i}.pdf"
        _cpu_seen, _wall, stdout = _child(
            [sys.executable, __file__, "--export", str(vault_dir), str(out)]
        )
        run = json.loads(stdout.strip().splitlines()[-1])
        runs.append(run)
        ours_cpu.append(run["cpu"])
        ours_wall.append(run["wall"])
        ours_proc.append(run["process_cpu"])
        out.unlink()
        # Baseline: the same files merged by qpdf (photos first made PDF pages by Pillow).
        convert_cpu = 0.0
        merge_inputs = list(inputs.files)
        if inputs.photos:
            start_cpu, start = time.process_time(), time.perf_counter()
            made = photos_to_pdf(inputs.photos, work)
            convert_cpu = time.process_time() - start_cpu
            convert_wall = time.perf_counter() - start
            merge_inputs = [made.get(p, p) for p in merge_inputs]
        else:
            convert_wall = 0.0
        qpdf_cpu, qpdf_wall, _ = _child(
            ["qpdf", "--empty", "--pages", *map(str, merge_inputs), "--", str(work / "q.pdf")]
        )
        base_cpu.append(convert_cpu + qpdf_cpu)
        base_wall.append(convert_wall + qpdf_wall)
        if not inputs.photos:  # the floor under any export that places pages on paper
            _c, _w, said = _child(
                [sys.executable, str(ROOT / "bench" / "packet_floor.py"), str(work / "f.pdf")]
                + [str(p) for p in merge_inputs]
            )
            floor_cpu.append(float(said.split()[1]))
    ratios = [o / b for o, b in zip(ours_cpu, base_cpu, strict=True)]
    ratio = statistics.median(ratios)
    peak = max(r["peak_mib"] for r in runs)
    worker_peak = max(r["worker_peak_mib"] for r in runs)
    baseline = "Pillow photos -> PDF + qpdf merge" if inputs.photos else "qpdf merge"
    print(
        f"\n## {inputs.name}: {count} records, {runs[0]['pages']:.0f} packet pages, "
        f"{runs[0]['bytes'] / 1048576:.1f} MB"
    )
    print(f"SecondOp export, CPU (app + workers): {_spread(ours_cpu)}; wall {_spread(ours_wall)}")
    print(f"SecondOp export process as a whole, CPU: {_spread(ours_proc)}")
    print(f"{baseline}, CPU: {_spread(base_cpu)}; wall {_spread(base_wall)}")
    print(
        f"CPU ratio per pair: median {ratio:.2f}x ({min(ratios):.2f}-{max(ratios):.2f}); "
        f"goal at most {GOAL_RATIO:.0f}x: {_verdict(ratio <= GOAL_RATIO)}"
    )
    if floor_cpu:
        floors = [f / b for f, b in zip(floor_cpu, base_cpu, strict=True)]
        print(
            f"context: pikepdf alone placing the pages on paper with a footer, one process, "
            f"nothing else (bench/packet_floor.py): CPU {_spread(floor_cpu)}, "
            f"{statistics.median(floors):.2f}x the merge"
        )
    print(
        f"peak memory: export process {peak:.0f} MiB, largest worker {worker_peak:.0f} MiB; "
        f"goal under {GOAL_PEAK_MIB:.0f} MB: {_verdict(peak * 1.048576 < GOAL_PEAK_MIB)}"
    )


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1] == "--export":
        print(json.dumps(export_once(Path(sys.argv[2]), Path(sys.argv[3]))))
        return
    if shutil.which("qpdf") is None:
        sys.exit("qpdf is needed for the baseline: apt-get install qpdf")
    quick = "--quick" in sys.argv[1:]
    only = [a for a in sys.argv[1:] if a.isdigit()]  # e.g. "2": only the third set
    pairs = 3 if quick else PAIRS
    print(f"cores: {os.cpu_count()}; pairs: {pairs}, interleaved; paper A4, quality standard")
    for index, inputs in enumerate(input_sets(quick)):
        if only and str(index) not in only:
            continue
        work = Path(tempfile.mkdtemp(prefix="secondop-bench-packet-"))
        try:
            run_set(inputs, work, pairs)
        finally:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
