"""The vault against its promises: SECURITY.md T2, T6 (detection), T8, T9, T13, T14."""

from __future__ import annotations

import os
import sqlite3
import stat
import unicodedata
from pathlib import Path

import pytest

from secondop_desktop.store import (
    TEST_KDF,
    HeaderMissing,
    InvalidRecoveryKey,
    NotAVault,
    Vault,
    VaultDamaged,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    WrongPassphrase,
    WrongRecoveryKey,
    backup,
)
from secondop_desktop.store.migrations import MIGRATIONS, Migration, latest_version
from secondop_desktop.store.vault import db_path, header_path

from ..support import PASSPHRASE, file_hashes

NEXT = latest_version() + 1

TRICKY = [
    'it\'s "quoted"; DROP TABLE cases; --',
    "back\\slash\\ and x'00' and \"x'41'\"",
    "emoji 🦊🔐 and 王小明 and José",
    "long " + "a1b2c3d4é" * 111,  # about 1,000 characters
]


def _insert(vault: Vault, name: str) -> None:
    with vault.transaction() as db:
        db["cases"].insert(
            {"patient_name": name, "created_at": "2026-01-01", "updated_at": "2026-01-01"}
        )


def _names(vault: Vault) -> list[str]:
    return [r["patient_name"] for r in vault.db["cases"].rows]


def test_create_then_unlock_keeps_data(tmp_path: Path) -> None:
    vault, _ = Vault.create(tmp_path / "v", PASSPHRASE, kdf=TEST_KDF)
    _insert(vault, "Ana")
    vault.lock()
    again = Vault.open(tmp_path / "v", PASSPHRASE)
    assert _names(again) == ["Ana"]
    assert again.check() == []
    again.lock()


def test_database_is_encrypted_and_not_readable_as_sqlite(vault_dir: Path) -> None:
    raw = db_path(vault_dir).read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    conn = sqlite3.connect(db_path(vault_dir))
    with pytest.raises(sqlite3.DatabaseError):
        conn.execute("SELECT * FROM sqlite_master").fetchall()
    conn.close()


def test_connection_uses_wal_full_sync_and_foreign_keys(vault: Vault) -> None:
    conn = vault.db.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_create_refuses_existing_vault(vault_dir: Path) -> None:
    with pytest.raises(VaultExists):
        Vault.create(vault_dir, PASSPHRASE, kdf=TEST_KDF)


def test_missing_vault_is_reported(tmp_path: Path) -> None:
    with pytest.raises(VaultNotFound):
        Vault.open(tmp_path / "nothing", PASSPHRASE)


def test_wrong_passphrase_is_specific_and_changes_no_file(vault_dir: Path) -> None:
    before = file_hashes(vault_dir)
    with pytest.raises(WrongPassphrase, match="does not open"):
        Vault.open(vault_dir, PASSPHRASE + "x")
    assert file_hashes(vault_dir) == before


@pytest.mark.parametrize("passphrase", TRICKY, ids=["quotes", "backslash", "emoji", "long"])
def test_tricky_passphrases_work(tmp_path: Path, passphrase: str) -> None:
    vault, _ = Vault.create(tmp_path / "v", passphrase, kdf=TEST_KDF)
    _insert(vault, "X")
    vault.lock()
    with pytest.raises(WrongPassphrase):
        Vault.open(tmp_path / "v", passphrase[:-1])
    reopened = Vault.open(tmp_path / "v", passphrase)
    assert _names(reopened) == ["X"]
    reopened.lock()


def test_nfc_and_nfd_forms_of_the_same_text_both_open(tmp_path: Path) -> None:
    text = "Crème brûlée à Zürich, naïve café"
    nfd = unicodedata.normalize("NFD", text)
    assert nfd != unicodedata.normalize("NFC", text)
    vault, _ = Vault.create(tmp_path / "v", nfd, kdf=TEST_KDF)
    vault.lock()
    Vault.open(tmp_path / "v", unicodedata.normalize("NFC", text)).lock()
    Vault.open(tmp_path / "v", nfd).lock()


def test_change_passphrase_rewraps_only(vault: Vault, vault_dir: Path) -> None:
    _insert(vault, "Ana")
    vault.lock()
    db_before = db_path(vault_dir).read_bytes()
    vault = Vault.open(vault_dir, PASSPHRASE)
    vault.change_passphrase("a whole new passphrase 42", kdf=TEST_KDF)
    vault.lock()
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_dir, PASSPHRASE)
    again = Vault.open(vault_dir, "a whole new passphrase 42")
    assert _names(again) == ["Ana"]
    again.lock()
    assert db_path(vault_dir).read_bytes() == db_before  # the data key did not change


def test_header_write_is_atomic_leaves_no_temp_files(vault: Vault, vault_dir: Path) -> None:
    vault.change_passphrase("a whole new passphrase 42", kdf=TEST_KDF)
    leftovers = [p.name for p in vault_dir.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []


def test_reset_with_recovery_key(tmp_path: Path) -> None:
    vault, recovery = Vault.create(tmp_path / "v", PASSPHRASE, kdf=TEST_KDF)
    _insert(vault, "Ana")
    vault.lock()
    typed = " ".join(recovery.groups()).lower()
    reset = Vault.reset_passphrase(tmp_path / "v", typed, "brand new passphrase 7", kdf=TEST_KDF)
    assert _names(reset) == ["Ana"]
    reset.lock()
    with pytest.raises(WrongPassphrase):
        Vault.open(tmp_path / "v", PASSPHRASE)
    Vault.open(tmp_path / "v", "brand new passphrase 7").lock()


def test_mistyped_or_foreign_recovery_key_changes_nothing(tmp_path: Path) -> None:
    vault, recovery = Vault.create(tmp_path / "v", PASSPHRASE, kdf=TEST_KDF)
    vault.lock()
    _, other = Vault.create(tmp_path / "other", PASSPHRASE, kdf=TEST_KDF)
    before = file_hashes(tmp_path / "v")
    typo = (
        "Z" + recovery.formatted()[1:]
        if recovery.formatted()[0] != "Z"
        else "Y" + recovery.formatted()[1:]
    )
    with pytest.raises(InvalidRecoveryKey):
        Vault.reset_passphrase(tmp_path / "v", typo, "brand new passphrase 7", kdf=TEST_KDF)
    with pytest.raises(WrongRecoveryKey):
        Vault.reset_passphrase(tmp_path / "v", other.formatted(), "brand new pass 7", kdf=TEST_KDF)
    assert file_hashes(tmp_path / "v") == before


def test_lost_header_does_not_lose_data(tmp_path: Path) -> None:
    vault, recovery = Vault.create(tmp_path / "v", PASSPHRASE, kdf=TEST_KDF)
    _insert(vault, "Ana")
    vault.lock()
    header_path(tmp_path / "v").unlink()
    with pytest.raises(HeaderMissing, match="recovery key"):
        Vault.open(tmp_path / "v", PASSPHRASE)
    reset = Vault.reset_passphrase(
        tmp_path / "v", recovery.formatted(), "brand new passphrase 7", kdf=TEST_KDF
    )
    assert _names(reset) == ["Ana"]
    reset.lock()
    Vault.open(tmp_path / "v", "brand new passphrase 7").lock()


def test_foreign_recovery_key_with_lost_header_changes_nothing(tmp_path: Path) -> None:
    vault, _ = Vault.create(tmp_path / "v", PASSPHRASE, kdf=TEST_KDF)
    vault.lock()
    _, other = Vault.create(tmp_path / "other", PASSPHRASE, kdf=TEST_KDF)
    header_path(tmp_path / "v").unlink()
    before = file_hashes(tmp_path / "v")
    with pytest.raises(WrongRecoveryKey):
        Vault.reset_passphrase(tmp_path / "v", other.formatted(), "brand new pass 7", kdf=TEST_KDF)
    assert file_hashes(tmp_path / "v") == before


def test_lock_closes_connection_and_forgets_key(vault: Vault) -> None:
    conn = vault.db.conn
    vault.lock()
    assert not vault.is_open
    with pytest.raises(VaultLocked):
        _ = vault.db
    with pytest.raises(VaultLocked):
        vault.data_key()
    with pytest.raises(VaultLocked):  # the store's own error, not sqlcipher3's
        conn.execute("SELECT 1")
    vault.lock()  # twice is harmless


def test_lock_zeroes_the_key_buffer(vault: Vault) -> None:
    # SECURITY.md T15: the data key is kept in one mutable buffer, overwritten on lock, so
    # a locked window's memory (a swap page, a core the OS took anyway) no longer holds it.
    # Forgetting the reference alone would leave the bytes wherever the buffer was.
    key = vault.data_key()
    buffer = vault._key
    assert isinstance(buffer, bytearray) and bytes(buffer) == key and any(key)
    vault.lock()
    assert buffer == bytearray(len(key))
    assert vault._key is None


def test_plain_sqlite_file_is_refused_and_untouched(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=TEST_KDF)
    vault.lock()
    for suffix in ("", "-wal", "-shm"):
        p = Path(str(db_path(folder)) + suffix)
        if p.exists():
            p.unlink()
    plain = sqlite3.connect(db_path(folder))
    plain.execute("CREATE TABLE t(x)")
    plain.execute("INSERT INTO t VALUES ('hello')")
    plain.commit()
    plain.close()
    before = file_hashes(folder)
    with pytest.raises(NotAVault, match="unencrypted"):
        Vault.open(folder, PASSPHRASE)
    assert file_hashes(folder) == before


def test_flipped_bytes_are_reported_as_damage_not_wrong_passphrase(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=TEST_KDF)
    for i in range(200):
        _insert(vault, f"patient {i} " + "x" * 200)
    vault.lock()
    path = db_path(folder)
    data = bytearray(path.read_bytes())
    data[4096 * 2 + 100] ^= 0xFF  # inside the third page
    path.write_bytes(bytes(data))
    before = file_hashes(folder)
    with pytest.raises(VaultDamaged):
        Vault.open(folder, PASSPHRASE)
    assert file_hashes(folder) == before


def test_damaged_first_bytes_are_reported_as_damage(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=TEST_KDF)
    vault.lock()
    path = db_path(folder)
    data = bytearray(path.read_bytes())
    for i in range(16):
        data[i] ^= 0x5A
    path.write_bytes(bytes(data))
    with pytest.raises(VaultDamaged):
        Vault.open(folder, PASSPHRASE)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_every_file_is_private(tmp_path: Path) -> None:
    os.umask(0o022)  # a permissive umask must not matter
    folder = tmp_path / "v"
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=TEST_KDF)
    _insert(vault, "Ana")
    vault.backup_to(folder / "backups" / "b.db")
    assert Path(str(db_path(folder)) + "-wal").exists()
    for path in [folder, *folder.rglob("*")]:
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode & 0o077 == 0, f"{path} is {oct(mode)}"
    vault.lock()


def _v2(db) -> None:  # type: ignore[no-untyped-def]
    db.execute("CREATE TABLE diary (id INTEGER PRIMARY KEY, body TEXT)")


def _broken(db) -> None:  # type: ignore[no-untyped-def]
    db.execute("CREATE TABLE half (id INTEGER)")
    raise RuntimeError("migration failed half-way")


def test_migration_runs_after_an_encrypted_backup(vault: Vault, vault_dir: Path) -> None:
    _insert(vault, "Ana")
    vault.lock()
    upgraded = Vault.open(
        vault_dir, PASSPHRASE, migrations=[*MIGRATIONS, Migration(NEXT, "diary", _v2)]
    )
    assert upgraded.schema_version() == NEXT
    assert "diary" in upgraded.db.table_names()
    upgraded.lock()
    backups = sorted((vault_dir / "backups").glob(f"before-migration-v{NEXT - 1}-*"))
    assert len(backups) == 1
    info = backup.verify_file(backups[0])
    assert info.reason == "before migration" and info.schema_version == NEXT - 1
    copy = vault_dir.parent / "restored"
    assert backup.restore(copy, backups[0]) is None  # nothing there to keep
    restored = Vault.open(copy, PASSPHRASE)
    assert restored.schema_version() == NEXT - 1 and _names(restored) == ["Ana"]
    restored.lock()


def test_failed_migration_leaves_the_old_schema(vault: Vault, vault_dir: Path) -> None:
    _insert(vault, "Ana")
    vault.lock()
    with pytest.raises(RuntimeError, match="half-way"):
        Vault.open(vault_dir, PASSPHRASE, migrations=[*MIGRATIONS, Migration(NEXT, "bad", _broken)])
    again = Vault.open(vault_dir, PASSPHRASE)
    assert again.schema_version() == NEXT - 1
    assert "half" not in again.db.table_names()
    assert _names(again) == ["Ana"]
    again.lock()


def test_vault_from_a_newer_version_is_refused(vault: Vault, vault_dir: Path) -> None:
    vault.db.execute("PRAGMA user_version = 99")
    vault.lock()
    with pytest.raises(VaultDamaged, match="newer version"):
        Vault.open(vault_dir, PASSPHRASE)


def test_full_disk_rolls_back_and_says_so(vault: Vault) -> None:
    """An injected ENOSPC-equivalent: SQLite's page limit makes the write fail as 'full'."""
    from secondop_desktop.store import StorageFull

    _insert(vault, "kept")
    pages = vault.db.execute("PRAGMA page_count").fetchone()[0]
    vault.db.execute(f"PRAGMA max_page_count = {pages + 1}")
    with pytest.raises(StorageFull, match="disk is full"), vault.transaction() as db:
        for i in range(50):
            db["cases"].insert(
                {"patient_name": "big " * 500 + str(i), "created_at": "x", "updated_at": "x"}
            )
    assert _names(vault) == ["kept"]
    assert vault.check() == []
