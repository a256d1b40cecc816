"""SECURITY.md T5: mutated PDFs and images (from generated seeds and the shared corpus).
The app process never crashes; each file ends imported or rejected with a reason; memory
stays bounded; the vault passes its checks afterwards. CI runs 500 cases; the stress
script (bench/stress.py) runs 10,000 with SECONDOP_FUZZ_CASES."""

from __future__ import annotations

import os
import random
import resource
from pathlib import Path

from secondop_desktop import cases
from secondop_desktop.records import importer
from secondop_desktop.store import Vault

from ..files import CORPUS, multipage_tiff, photo, text_pdf

CASES = int(os.environ.get("SECONDOP_FUZZ_CASES", "500"))
SEED = int(os.environ.get("SECONDOP_FUZZ_SEED", "11"))
OUTCOMES = {importer.IMPORTED, importer.REJECTED, importer.DUPLICATE, importer.NEEDS_PASSWORD}


def seeds(folder: Path) -> list[bytes]:
    folder.mkdir()
    made = [
        text_pdf(folder / "a.pdf"),
        text_pdf(folder / "b.pdf", [["# Lab", "Haemoglobin 118 g/L"]] * 3),
        photo(folder / "c.jpg", "JPEG", (320, 240)),
        photo(folder / "d.png", "PNG", (200, 150)),
        photo(folder / "e.webp", "WEBP", (200, 150)),
        multipage_tiff(folder / "f.tiff", 2),
    ]
    out = [p.read_bytes() for p in made]
    samples = CORPUS / "pdf-samples"
    if samples.exists():  # real producers' PDFs, when the shared corpus is present
        out += [
            p.read_bytes()
            for p in sorted(samples.glob("*.pdf"))[:12]
            if p.stat().st_size < 3_000_000
        ]
    return out


def mutate(data: bytes, rng: random.Random) -> bytes:
    buf = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        op = rng.randrange(6)
        if not buf:
            break
        at = rng.randrange(len(buf))
        if op == 0:  # flip a few bytes
            for _ in range(rng.randint(1, 16)):
                buf[rng.randrange(len(buf))] ^= 1 << rng.randrange(8)
        elif op == 1:  # truncate
            del buf[at:]
        elif op == 2:  # insert random bytes
            buf[at:at] = os.urandom(rng.randint(1, 256))
        elif op == 3:  # repeat a chunk (huge counts, long streams)
            chunk = buf[at : at + rng.randint(1, 512)]
            buf[at:at] = chunk * rng.randint(2, 50)
        elif op == 4:  # zero a range
            end = min(len(buf), at + rng.randint(1, 512))
            buf[at:end] = bytes(end - at)
        else:  # swap in digits (lengths, counts, object numbers)
            for _ in range(rng.randint(1, 8)):
                buf[rng.randrange(len(buf))] = ord(rng.choice("0123456789"))
    return bytes(buf)


def test_mutated_files_end_imported_or_rejected_and_the_vault_stays_sound(
    vault: Vault, tmp_path: Path
) -> None:
    case = cases.create_case(vault, cases.Case(patient_name="Fuzz"))
    rng = random.Random(SEED)
    base = seeds(tmp_path / "seeds")
    suffix = {b"%PDF": ".pdf", b"\xff\xd8": ".jpg", b"\x89P": ".png", b"RI": ".webp"}
    inputs = tmp_path / "fuzz"
    inputs.mkdir()
    for i in range(CASES):
        seed = rng.choice(base)
        ext = next((e for magic, e in suffix.items() if seed.startswith(magic)), ".tiff")
        (inputs / f"{i:05}{ext}").write_bytes(mutate(seed, rng))
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    report = importer.import_files(vault, case.id, [inputs])
    grown_mib = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_before) / 1024
    assert len(report.items) == CASES and not report.cancelled
    for item in report.items:
        assert item.status in OUTCOMES, item
        if item.status != importer.IMPORTED:
            assert item.reason and len(item.reason) > 15, item
    assert report.count(importer.IMPORTED) > 0 and report.count(importer.REJECTED) > 0
    assert vault.check() == []
    assert grown_mib < 300, f"the app process grew by {grown_mib:.0f} MiB"
