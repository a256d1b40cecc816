"""Salvage's yield over random single-page damage (issue 14).

Builds a vault of 3 cases and 44 records (small and larger images: a record's bytes span
from part of one page to dozens of overflow pages), then for each trial flips one byte in
one random page of a copy of the encrypted file and runs salvage. A record counts as
intact when its own bytes still read back whole, by a lookup of its key or by stepping to
each chunk's place in the table (the yardstick, compared with the original bytes); the
yield is recovered-and-intact / intact. A trial
whose damage hits the schema (nothing can be opened) is counted apart.

Run: .venv/bin/python bench/salvage_yield.py [--trials 200] [--seed 14] [--sweep N]
(--sweep N damages each of pages 2..N instead: the schema, the tables' roots, the
indexes and the record rows live near the start of the file).
"""

from __future__ import annotations

import argparse
import io
import random
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PIL import Image  # noqa: E402

from secondop_desktop import cases, records  # noqa: E402
from secondop_desktop.records import importer  # noqa: E402
from secondop_desktop.store import TEST_KDF, Vault, VaultError  # noqa: E402
from secondop_desktop.store import salvage_rows as rows  # noqa: E402
from secondop_desktop.vault import salvage  # noqa: E402

PASSPHRASE = "bench salvage yield 14"
PAGE = 4096
PER_CASE = (15, 15, 14)


def _image(rng: random.Random, side: int) -> bytes:
    buf = io.BytesIO()
    Image.frombytes("RGB", (side, side), rng.randbytes(side * side * 3)).save(buf, "PNG")
    return buf.getvalue()


def build(root: Path, rng: random.Random) -> tuple[Path, dict[int, bytes]]:
    folder = root / "vault"
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=TEST_KDF)
    originals: dict[int, bytes] = {}
    try:
        for c, count in enumerate(PER_CASE):
            case = cases.create_case(
                vault, cases.Case(patient_name=f"Patient {c}", reason="second opinion")
            )
            inputs = root / f"in-{c}"
            inputs.mkdir()
            for i in range(count):
                side = rng.choice((24, 40, 64, 96, 160, 300))
                (inputs / f"scan {c}-{i}.png").write_bytes(_image(rng, side))
            importer.import_files(vault, case.id, [inputs])
            for rec in records.list_records(vault, case.id):
                originals[rec.id] = records.read_content(vault, rec.id)
    finally:
        vault.lock()
    return folder, originals


def intact(folder: Path, originals: dict[int, bytes]) -> tuple[set[int], set[int]] | None:
    """Records whose own bytes still read back whole: (by a lookup of their key, by that or
    by stepping to each chunk's place in the table without any key comparison); None when
    the vault cannot be opened. Compared with the original bytes, so nothing is assumed."""
    try:
        vault = Vault.open_damaged(folder, PASSPHRASE)
    except VaultError:
        return None
    by_key: set[int] = set()
    try:
        for rid, data in originals.items():
            try:
                if b"".join(records.iter_content(vault, rid)) == data:
                    by_key.add(rid)
            except VaultError:
                vault.reconnect()
        stepped: dict[tuple[int, int], bytes] = {}
        for backwards in (False, True):
            n = fails = 0
            while fails < 3:  # a damaged leaf stops the walk: come from the other end
                try:
                    row = rows.chunk_at(vault.db, n, backwards=backwards)
                except VaultError:
                    vault.reconnect()
                    fails, n = fails + 1, n + 1
                    continue
                if row is None:
                    break
                stepped[(row[0], row[1])] = row[2]
                fails, n = 0, n + 1
    finally:
        vault.lock()
    either = set(by_key)
    for rid, data in originals.items():
        parts, seq = [], 0
        while (rid, seq) in stepped:
            parts.append(stepped[(rid, seq)])
            seq += 1
        if b"".join(parts) == data:
            either.add(rid)
    return by_key, either


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--trials", type=int, default=200)
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument(
        "--sweep", type=int, default=0, help="instead: damage each of pages 2..N in turn"
    )
    parser.add_argument("--verbose", action="store_true", help="print each trial")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="salvage-yield-") as tmp:
        root = Path(tmp)
        folder, originals = build(root, rng)
        db = (folder / "vault.db").read_bytes()
        pages = len(db) // PAGE
        print(f"vault: {len(originals)} records in {len(PER_CASE)} cases, {pages} pages")
        yields: list[float] = []
        schema_hits: list[int] = []
        misses: list[tuple[int, list[int]]] = []
        total_intact = total_saved = untitled = key_only = 0
        chosen = (
            list(range(2, min(args.sweep, pages) + 1))
            if args.sweep
            else [rng.randrange(2, pages + 1) for _ in range(args.trials)]
        )
        for trial, page in enumerate(chosen):
            damaged = root / f"t{trial}"
            shutil.copytree(folder, damaged)
            raw = bytearray(db)
            raw[(page - 1) * PAGE + rng.randrange(16, PAGE - 80)] ^= 1 << rng.randrange(8)
            (damaged / "vault.db").write_bytes(bytes(raw))
            found = intact(damaged, originals)
            if found is None:
                schema_hits.append(page)
                try:
                    salvage.salvage(damaged, PASSPHRASE, root / f"s{trial}")
                    print(f"  page {page}: vault unreadable, yet salvage did not say so")
                except VaultError:
                    pass
                shutil.rmtree(damaged)
                continue
            by_key, good = found
            key_only += len(by_key)
            if args.verbose:
                print(
                    f"  page {page}: {len(originals) - len(good)} record(s) not intact, "
                    f"{len(originals) - len(by_key)} not found by key"
                )
            report = salvage.salvage(damaged, PASSPHRASE, root / f"s{trial}")
            saved = set(report.saved_records)
            for path in report.folder.rglob("*.png"):
                assert path.read_bytes() in originals.values(), f"page {page}: invented bytes"
            got = saved & good
            total_intact += len(good)
            total_saved += len(got)
            untitled += len(report.untitled)
            yields.append(len(got) / len(good) if good else 1.0)
            if good - saved:
                misses.append((page, sorted(good - saved)))
            shutil.rmtree(damaged)
            shutil.rmtree(root / f"s{trial}")
        print(f"trials: {len(chosen)}; schema pages hit (nothing readable): {len(schema_hits)}")
        if yields:
            q = statistics.quantiles(yields, n=10) if len(yields) > 1 else yields
            print(
                f"yield per trial: median {statistics.median(yields):.1%}, "
                f"min {min(yields):.1%}, 10th percentile {q[0]:.1%}, mean "
                f"{statistics.fmean(yields):.1%}"
            )
            print(
                f"records: {total_saved} saved of {total_intact} intact "
                f"({total_saved / max(total_intact, 1):.2%}); {untitled} saved as title unknown; "
                f"a lookup by key alone would reach {key_only}"
            )
            print(
                f"records not intact per damaged page: mean "
                f"{len(originals) - total_intact / len(yields):.2f}"
            )
        for page, ids in misses:
            print(f"  miss: page {page}: records {ids}")
        return 1 if misses else 0


if __name__ == "__main__":
    raise SystemExit(main())
