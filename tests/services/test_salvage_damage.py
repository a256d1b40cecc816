"""Salvage reads around damage (issue 14): one damaged page loses what is stored on it,
never a whole list. Real vaults, real pages damaged in the encrypted file."""

from __future__ import annotations

import io
import random
import shutil
from pathlib import Path

import pytest
from PIL import Image

from secondop_desktop import cases, records
from secondop_desktop.records import importer
from secondop_desktop.store import TEST_KDF, Vault, VaultError
from secondop_desktop.store import salvage_rows as rows
from secondop_desktop.vault import salvage

from ..support import PASSPHRASE, file_hashes

PAGE = 4096  # PRAGMA page_size of every vault
# Root pages fixed by the v2 migration's order: the records table, its case index.
RECORDS_ROOT, RECORDS_CASE_INDEX = 3, 5


def _png(seed: int, side: int = 48) -> bytes:
    noise = random.Random(seed).randbytes(side * side * 3)
    buf = io.BytesIO()
    Image.frombytes("RGB", (side, side), noise).save(buf, "PNG")
    return buf.getvalue()


def _vault(
    tmp_path: Path, per_case: tuple[int, ...], side: int = 48
) -> tuple[Path, dict[int, bytes]]:
    """A locked vault with one case per entry, that many small images in each; returns the
    folder and each record's bytes by id."""
    folder = tmp_path / "vault"
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=TEST_KDF)
    originals: dict[int, bytes] = {}
    for c, count in enumerate(per_case):
        case = cases.create_case(vault, cases.Case(patient_name=f"Patient {c}", reason="why"))
        inputs = tmp_path / f"in-{c}"
        inputs.mkdir()
        for i in range(count):
            (inputs / f"scan {c}-{i}.png").write_bytes(_png(1000 * c + i, side))
        importer.import_files(vault, case.id, [inputs])
        for rec in records.list_records(vault, case.id):
            originals[rec.id] = records.read_content(vault, rec.id)
    vault.lock()
    return folder, originals


def _damage_page(folder: Path, page: int, at: int = 700) -> None:
    path = folder / "vault.db"
    raw = bytearray(path.read_bytes())
    raw[(page - 1) * PAGE + at] ^= 0xFF
    path.write_bytes(bytes(raw))


def _saved(report: salvage.SalvageReport) -> list[bytes]:
    return sorted(p.read_bytes() for p in report.folder.rglob("*.png"))


def test_a_damaged_record_list_loses_no_record(tmp_path: Path) -> None:
    """The page of the index that lists a case's records: every record is still saved,
    with its title, byte-identical."""
    folder, originals = _vault(tmp_path, (12,))
    _damage_page(folder, RECORDS_CASE_INDEX)
    before = file_hashes(folder)
    report = salvage.salvage(folder, PASSPHRASE, tmp_path / "saved")
    assert file_hashes(folder) == before  # read-only
    assert sorted(report.saved_records) == sorted(originals)
    assert report.lost_records == [] and report.untitled == []
    assert _saved(report) == sorted(originals.values())
    assert all(" scan 0-" in p.name for p in report.folder.rglob("*.png"))


def test_records_whose_entries_are_unreadable_are_rebuilt_from_their_chunks(
    tmp_path: Path,
) -> None:
    """The page holding the record rows themselves: no title, no SHA-256, but each record's
    chunks are read by key (each page checked by its HMAC) and saved as "title unknown"."""
    folder, originals = _vault(tmp_path, (10,))
    _damage_page(folder, RECORDS_ROOT)
    report = salvage.salvage(folder, PASSPHRASE, tmp_path / "saved")
    assert sorted(report.untitled) == sorted(originals)
    assert _saved(report) == sorted(originals.values())
    unknown = sorted(p.name for p in (report.folder / salvage.UNKNOWN_CASE).iterdir())
    assert unknown == sorted(f"record {i} (title unknown).png" for i in originals)
    assert "title unknown" in report.summary()


def test_random_single_page_damage_saves_every_record_whose_bytes_are_intact(
    tmp_path: Path,
) -> None:
    """A handful of random pages (fixed seed; bench/salvage_yield.py runs many): every
    record whose chunks can still be read by their key is saved, byte-identical."""
    folder, originals = _vault(tmp_path, (8, 8, 6), side=96)
    pages = (folder / "vault.db").stat().st_size // PAGE
    rng = random.Random(14)
    beyond_key = 0  # records a lookup by key could not reach (a damaged neighbour's bytes)
    for trial, page in enumerate(rng.sample(range(2, pages + 1), 6)):
        damaged = tmp_path / f"damaged-{trial}"
        shutil.copytree(folder, damaged)
        _damage_page(damaged, page, rng.randrange(16, PAGE - 100))
        found = _intact(damaged, originals)
        if found is None:  # a page of the schema itself: nothing can be read, it says so
            with pytest.raises(VaultError, match="damaged"):
                salvage.salvage(damaged, PASSPHRASE, tmp_path / f"saved-{trial}")
            continue
        by_key, intact = found
        beyond_key += len(intact - by_key)
        report = salvage.salvage(damaged, PASSPHRASE, tmp_path / f"saved-{trial}")
        assert intact <= set(report.saved_records), (page, intact - set(report.saved_records))
        saved = _saved(report)
        assert all(data in originals.values() for data in saved)  # nothing invented
    assert beyond_key > 0  # the seed gives damage that hides records from a key lookup


def _intact(folder: Path, originals: dict[int, bytes]) -> tuple[set[int], set[int]] | None:
    """The yardstick (as in bench/salvage_yield.py): the records whose own bytes read back
    whole by a lookup of their key, and those that do by that or by stepping to each
    chunk's place in the table; None when the vault cannot be opened at all."""
    try:
        vault = Vault.open_damaged(folder, PASSPHRASE)
    except VaultError:
        return None
    by_key: set[int] = set()
    stepped: dict[tuple[int, int], bytes] = {}
    try:
        for rid, data in originals.items():
            try:
                if b"".join(records.iter_content(vault, rid)) == data:
                    by_key.add(rid)
            except VaultError:
                vault.reconnect()
        for backwards in (False, True):
            n = fails = 0
            while fails < 3:
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


def test_salvage_with_the_database_missing_says_so(tmp_path: Path) -> None:
    folder, _ = _vault(tmp_path, (1,))
    (folder / "vault.db").unlink()
    with pytest.raises(VaultError) as info:
        salvage.salvage(folder, PASSPHRASE, tmp_path / "saved")
    assert "vault.db" in str(info.value) and "missing" in str(info.value)
    assert not (tmp_path / "saved").exists()
