"""SECURITY.md T6: bytes flipped in a page, in the first 16 bytes, or in the -wal file are
reported as damage (not as a wrong passphrase), nothing is written, and restoring the
latest backup brings the data back."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from secondop_desktop import cases
from secondop_desktop.store import TEST_KDF, Vault
from secondop_desktop.store import backup as store
from secondop_desktop.store.errors import VaultDamaged
from secondop_desktop.store.walcheck import damaged_frames
from secondop_desktop.vault import backups

from ..support import PASSPHRASE, file_hashes

NAMES = [f"Patient {i:03} " + "x" * 150 for i in range(120)]


def _vault_with_backup(folder: Path) -> None:
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=TEST_KDF)
    for name in NAMES:
        cases.create_case(vault, cases.Case(patient_name=name))
    store.auto_backup(vault, "lock")
    vault.lock()


def _flip_page(folder: Path) -> None:
    path = folder / "vault.db"
    data = bytearray(path.read_bytes())
    data[4096 * 3 + 700] ^= 0xFF
    path.write_bytes(bytes(data))


def _flip_first_bytes(folder: Path) -> None:
    path = folder / "vault.db"
    data = bytearray(path.read_bytes())
    for i in range(16):
        data[i] ^= 0x5A
    path.write_bytes(bytes(data))


def _crash_with_wal_then_flip(folder: Path) -> None:
    """Changes still in the -wal (as after a crash), then a byte flipped in its middle."""
    vault = Vault.open(folder, PASSPHRASE)
    for i in range(30):
        cases.create_case(vault, cases.Case(patient_name=f"Late {i}", reason="y" * 1500))
    snapshot = folder.parent / "snapshot"
    shutil.copytree(folder, snapshot)  # the files as a crash would leave them
    vault.lock()
    shutil.rmtree(folder)
    snapshot.rename(folder)
    wal = folder / "vault.db-wal"
    assert wal.stat().st_size > 10 * 4096 and damaged_frames(wal) == 0
    data = bytearray(wal.read_bytes())
    data[len(data) // 3] ^= 0x01
    wal.write_bytes(bytes(data))
    assert damaged_frames(wal) > 0


@pytest.mark.parametrize("damage", [_flip_page, _flip_first_bytes, _crash_with_wal_then_flip])
def test_damage_is_told_apart_changes_nothing_and_restore_brings_data_back(
    tmp_path: Path, damage
) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "vault"
    _vault_with_backup(folder)
    damage(folder)
    before = file_hashes(folder)
    with pytest.raises(VaultDamaged) as info:
        Vault.open(folder, PASSPHRASE)
    assert "restore" in str(info.value).lower()
    assert file_hashes(folder) == before  # nothing written
    latest = backups.latest_good(folder)
    assert latest is not None
    kept = backups.restore(folder, latest.path)
    assert kept is not None  # the damaged files are kept too
    vault = Vault.open(folder, PASSPHRASE)
    try:
        assert sorted(c.patient_name for c in cases.list_cases(vault)) == NAMES
        assert vault.check() == []
    finally:
        vault.lock()


def test_a_torn_tail_from_a_crash_is_not_damage(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=TEST_KDF)
    for i in range(10):
        cases.create_case(vault, cases.Case(patient_name=f"P{i}"))
    wal = folder / "vault.db-wal"
    data = bytearray(wal.read_bytes())
    vault.lock()
    data[-10] ^= 0xFF  # inside the very last frame: what a power cut mid-write leaves
    assert damaged_frames_of(tmp_path / "w", bytes(data)) == 0


def damaged_frames_of(path: Path, data: bytes) -> int:
    path.write_bytes(data)
    return damaged_frames(path)


def test_unlock_can_leave_the_page_check_to_the_background(tmp_path: Path) -> None:
    """Issue 17: the whole-file check read every page at each unlock (seconds for a vault
    of photos). The window opens without it and runs it after; it still finds the damage,
    and a vault about to be migrated is still checked first."""
    folder = tmp_path / "vault"
    _vault_with_backup(folder)
    _flip_page(folder)
    vault = Vault.open(folder, PASSPHRASE, verify=False)
    try:
        assert vault.page_problems()
    finally:
        vault.lock()
    with pytest.raises(VaultDamaged):
        Vault.open(folder, PASSPHRASE)  # the default (command line, tests) still checks
