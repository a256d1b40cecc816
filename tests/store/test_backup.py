"""Backups (issue 7): self-contained, verified, rotated; restore keeps the current vault."""

from __future__ import annotations

import shutil
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from secondop_desktop import cases
from secondop_desktop.store import TEST_KDF, Vault
from secondop_desktop.store import backup as store
from secondop_desktop.store.errors import NotAVault, StorageFull, VaultDamaged
from secondop_desktop.vault import backups

from ..support import PASSPHRASE


def _names(vault: Vault) -> list[str]:
    return [c.patient_name for c in cases.list_cases(vault)]


def test_a_backup_alone_opens_elsewhere_with_passphrase_or_recovery_key(tmp_path: Path) -> None:
    vault, recovery = Vault.create(tmp_path / "vault", PASSPHRASE, kdf=TEST_KDF)
    cases.create_case(vault, cases.Case(patient_name="Ana"))
    path = backups.back_up_to(vault, tmp_path / "usb" / "mine")
    vault.lock()
    assert path.name == "mine" + backups.SUFFIX
    assert not path.read_bytes().startswith(b"SQLite format 3")
    with zipfile.ZipFile(path) as zf:
        assert set(zf.namelist()) == {"backup.json", "vault.header", "vault.db"}
    # Only the backup file travels to a "clean machine".
    elsewhere = tmp_path / "other-computer"
    elsewhere.mkdir()
    copy = elsewhere / path.name
    shutil.copy(path, copy)
    assert backups.restore(elsewhere / "vault", copy) is None
    opened = Vault.open(elsewhere / "vault", PASSPHRASE)
    assert _names(opened) == ["Ana"] and opened.check() == []
    opened.lock()
    (elsewhere / "vault" / "vault.header").unlink()  # even without the header inside
    again = Vault.reset_passphrase(
        elsewhere / "vault", recovery.formatted(), "new pass phrase 42", kdf=TEST_KDF
    )
    assert _names(again) == ["Ana"]
    again.lock()


def test_restore_keeps_the_current_vault_first(vault: Vault, vault_dir: Path) -> None:
    cases.create_case(vault, cases.Case(patient_name="Before"))
    saved = backups.back_up_to(vault, vault_dir.parent / "b")
    cases.create_case(vault, cases.Case(patient_name="After"))
    vault.lock()
    kept = backups.restore(vault_dir, saved)
    assert kept is not None and kept.parent == vault_dir / "backups"
    restored = Vault.open(vault_dir, PASSPHRASE)
    assert _names(restored) == ["Before"]
    restored.lock()
    # The vault that was replaced comes back from the before-restore backup.
    backups.restore(vault_dir, kept)
    back = Vault.open(vault_dir, PASSPHRASE)
    assert sorted(_names(back)) == ["After", "Before"]
    back.lock()


def test_damaged_or_foreign_files_are_refused_before_anything_changes(
    vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    good = backups.back_up_to(vault, tmp_path / "good")
    vault.lock()
    before = sorted(p.name for p in vault_dir.iterdir())
    broken = tmp_path / f"broken{backups.SUFFIX}"
    data = bytearray(good.read_bytes())
    data[len(data) // 2] ^= 0xFF  # inside the database member
    broken.write_bytes(bytes(data))
    with pytest.raises(VaultDamaged):
        backups.restore(vault_dir, broken)
    plain = tmp_path / f"plain{backups.SUFFIX}"
    with zipfile.ZipFile(plain, "w") as zf:
        with zipfile.ZipFile(good) as src:
            zf.writestr("backup.json", src.read("backup.json"))
            zf.writestr("vault.header", src.read("vault.header"))
        zf.writestr("vault.db", b"SQLite format 3\x00" + b"\x00" * 100)
    with pytest.raises(NotAVault):
        backups.restore(vault_dir, plain)
    assert sorted(p.name for p in vault_dir.iterdir()) == before


def test_policy_backs_up_on_lock_only_after_changes_and_hourly_at_most(vault: Vault) -> None:
    policy = backups.BackupPolicy()
    policy.start(vault)
    t0 = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)
    assert policy.maybe_backup(vault, "hourly", t0) is not None  # first: nothing before
    assert policy.maybe_backup(vault, "lock", t0) is None  # nothing changed since
    cases.create_case(vault, cases.Case(patient_name="Ana"))
    assert policy.maybe_backup(vault, "hourly", t0 + timedelta(minutes=20)) is None
    assert policy.maybe_backup(vault, "hourly", t0 + timedelta(minutes=61)) is not None
    cases.create_case(vault, cases.Case(patient_name="Ben"))
    made = policy.maybe_backup(vault, "lock", t0 + timedelta(minutes=62))
    assert made is not None and store.verify_file(made).reason == "lock"
    assert len(backups.list_backups(vault.folder)) == 3


def test_rotation_keeps_ten_and_one_a_day_for_a_week(vault: Vault) -> None:
    start = datetime(2026, 11, 1, 8, 0, tzinfo=UTC)
    made = []
    for day in range(14):  # two weeks, three backups a day
        for hour in (8, 12, 17):
            when = start + timedelta(days=day, hours=hour - 8)
            made.append(store.write_backup(
                vault, store.backups_dir(vault.folder) / f"auto-{store._stamp(when)}{store.SUFFIX}",
                "hourly", now=when,
            ))  # fmt: skip
    by_hand = backups.back_up_to(vault, store.backups_dir(vault.folder) / "mine")
    now = start + timedelta(days=13, hours=9)
    removed = store.rotate(vault.folder, now=now)
    left = {b.path for b in backups.list_backups(vault.folder)}
    autos = sorted((p for p in left if p.name.startswith("auto-")), key=lambda p: p.name)
    assert by_hand in left
    assert set(made[-10:]) <= left  # the last ten
    days = {store.verify_file(p).created.date() for p in autos}
    assert days == {(now - timedelta(days=d)).date() for d in range(7)}  # one a day, a week
    assert len(autos) == 10 + 3 and len(removed) == len(made) - len(autos)


def test_full_disk_during_backup_leaves_nothing(vault: Vault, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import errno
    import zipfile as zmod

    real_write = zmod.ZipFile.write

    def full(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(zmod.ZipFile, "write", full)
    with pytest.raises(StorageFull, match="disk is full"):
        backups.back_up_to(vault, tmp_path / "b")
    monkeypatch.setattr(zmod.ZipFile, "write", real_write)
    assert list(tmp_path.glob("*b*")) == [] and not any(tmp_path.glob(".*"))
    assert vault.check() == []
