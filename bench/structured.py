"""Benchmark and report: structured records (issue 19) imported one by one through the
real import path (sandbox worker, rendering, one transaction), per document: what it
offers (suggestions by kind), its pages, and the import time against the baseline of
reading the same bytes in-process with the same reader (no sandbox, no PDF).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/structured.py [--rounds N]
Interleaved (baseline, import, baseline, import...), medians and spread over N rounds
(default 5), wall and CPU time; each import goes into a fresh case so nothing is a
duplicate. The corpus: the Synthea FHIR bundles and C-CDA documents in tests/corpus, the
HL7 C-CDA examples, a DSTU2 resource, an Apple Health export folder and an imaging disc
built here.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
CORPUS = ROOT / "tests" / "corpus"


def _cpu() -> float:
    """This process's CPU with its children's and the sandbox workers' (bench/usage.py)."""
    from usage import cpu_with_workers

    return cpu_with_workers()


def _inputs(tmp: Path) -> list[tuple[str, Path]]:
    from tests.discs import write_disc
    from tests.services.test_structured_fhir import _apple_files

    found = [(p.name, p) for p in sorted((CORPUS / "fhir-synthea").glob("*.json"))]
    found += [(p.name, p) for p in sorted((CORPUS / "ccda").glob("**/*.xml"))]
    dstu2 = tmp / "dstu2-condition.json"
    dstu2.write_text(
        json.dumps(
            {
                "resourceType": "Condition",
                "id": "x1",
                "patient": {"reference": "Patient/1"},
                "code": {"text": "Follicular lymphoma"},
                "clinicalStatus": "active",
                "verificationStatus": "confirmed",
                "onsetDateTime": "2025-11-03",
            }
        ),
        encoding="utf-8",
    )
    found.append((dstu2.name, dstu2))
    clinical = tmp / "apple" / "clinical-records"
    clinical.mkdir(parents=True)
    for name, data in _apple_files():
        (clinical / name).write_bytes(data)
    found.append(("apple-health clinical-records/", clinical))
    found.append(("imaging disc DICOMDIR", write_disc(tmp / "disc") / "DICOMDIR"))
    return found


def _baseline(path: Path) -> None:
    """The same reader on the same bytes, in this process: what parsing alone costs."""
    from secondop_desktop.records import filetypes, health_export, structured
    from secondop_desktop.records.structured.fhir import read_fhir_folder

    if path.is_dir():
        read_fhir_folder(health_export.files(path))
        return
    data = path.read_bytes()
    structured.read(filetypes.sniff(data[: filetypes.HEAD_BYTES]) or "", data, path.name)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    del app
    from secondop_desktop import cases
    from secondop_desktop.core.jobs import CancelToken, no_progress
    from secondop_desktop.records import structured
    from secondop_desktop.store import TEST_KDF, Vault
    from secondop_desktop.ui.records.import_flow import _import_job

    print(f"cores: {os.cpu_count()}; rounds: {args.rounds}; baseline: the reader in-process")
    header = (
        f"{'document':44} {'pages':>5} {'offered':>7} "
        f"{'import s':>9} {'±':>5} {'cpu s':>6} {'read s':>7} {'ratio':>6}  by kind"
    )
    print(header)
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        vault, _ = Vault.create(tmp / "vault", "bench passphrase long enough", kdf=TEST_KDF)
        try:
            for label, path in _inputs(tmp):
                if not path.is_dir():
                    from secondop_desktop.records import filetypes

                    data = path.read_bytes()
                    media = filetypes.sniff(data[: filetypes.HEAD_BYTES]) or ""
                    doc = structured.read(media, data, path.name)
                else:
                    from secondop_desktop.records import health_export
                    from secondop_desktop.records.structured.fhir import read_fhir_folder

                    doc = read_fhir_folder(health_export.files(path))
                walls: list[float] = []
                cpus: list[float] = []
                bases: list[float] = []
                item = None
                for _ in range(args.rounds):
                    t = time.perf_counter()
                    _baseline(path)
                    bases.append(time.perf_counter() - t)
                    # The document's own patient, so its facts are offered (not flagged).
                    named = cases.Case(patient_name=doc.patient_name or "Bench")
                    case = cases.create_case(vault, named)
                    t, c = time.perf_counter(), _cpu()
                    report = _import_job(
                        vault, case.id or 0, [path], {}, cancel=CancelToken(),
                        progress=no_progress,
                    )  # fmt: skip
                    walls.append(time.perf_counter() - t)
                    cpus.append(_cpu() - c)
                    item = report.items[0]
                assert item is not None
                kinds = Counter(s.kind for s in doc.suggestions)
                by_kind = ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())) or "—"
                pages = 0
                if item.record_id is not None:
                    from secondop_desktop import records

                    pages = records.get_record(vault, item.record_id).page_count
                wall = statistics.median(walls)
                spread = (max(walls) - min(walls)) / 2
                base = statistics.median(bases)
                status = "" if item.status == "imported" else f" {item.status.upper()}"
                print(
                    f"{label[:44]:44} {pages:>5} {len(doc.suggestions):>7} "
                    f"{wall:>9.2f} {spread:>5.2f} {statistics.median(cpus):>6.2f} "
                    f"{base:>7.3f} {wall / base if base else 0:>5.0f}x  {by_kind}{status}"
                )
        finally:
            vault.lock()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
