"""STYLE.md rule 18: the store speaks in its own errors, with sentences, from REAL faults.

A write lock held by another connection, a read-only file or folder, a flipped byte in a
page, a full disk, a file that is not a vault, and the program's own mistakes each come
out as their own VaultError subclass (never a sqlcipher3 exception), the original kept
as ``__cause__``. And nothing above the store imports sqlite3 or sqlcipher3."""

from __future__ import annotations

import ast
import contextlib
import os
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlcipher3

from secondop_desktop import cases
from secondop_desktop.store import (
    TEST_KDF,
    ConstraintFailed,
    NotAVault,
    PageDamaged,
    StorageFull,
    StoreBug,
    Vault,
    VaultBusy,
    VaultDamaged,
    VaultError,
    VaultReadOnly,
)
from secondop_desktop.store import connection as store_connection
from secondop_desktop.store.vault import db_path

from ..support import PASSPHRASE, file_hashes

PACKAGE = Path(__file__).resolve().parents[2] / "secondop_desktop"
ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def _translated(error: VaultError, code: str) -> None:
    """A store error made from a real SQLite error: its cause kept, its code named."""
    assert isinstance(error.__cause__, sqlcipher3.Error), repr(error.__cause__)
    assert error.sqlite_code == code
    assert str(error).endswith(".") and "sqlite" not in str(error).lower()


def _run(*cmd: str) -> bool:
    return subprocess.run(cmd, capture_output=True).returncode == 0


# -- another program holds the write lock --------------------------------------------------
def test_a_held_write_lock_is_vault_busy_after_the_busy_timeout(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_connection, "BUSY_TIMEOUT_MS", 200)  # not ten seconds
    vault = Vault.open(vault_dir, PASSPHRASE)
    other = sqlcipher3.connect(str(db_path(vault_dir)), isolation_level=None)
    other.execute(f"PRAGMA key = \"x'{vault.data_key().hex()}'\"")
    other.execute("BEGIN IMMEDIATE")  # another program's write transaction, kept open
    try:
        started = time.monotonic()
        with pytest.raises(VaultBusy, match="Another program") as info:
            cases.create_case(vault, cases.Case(patient_name="Ana"))
        assert time.monotonic() - started < 5
        _translated(info.value, "SQLITE_BUSY")
        assert cases.list_cases(vault) == []  # reading still works under WAL
    finally:
        other.execute("ROLLBACK")
        other.close()
    cases.create_case(vault, cases.Case(patient_name="Ana"))  # the lock gone: it works
    assert [c.patient_name for c in cases.list_cases(vault)] == ["Ana"]
    vault.lock()


# -- read-only file and folder -------------------------------------------------------------
@contextlib.contextmanager
def _read_only_file(path: Path) -> Iterator[None]:
    """Root ignores permission bits, so as root the file is made immutable (chattr +i)."""
    if ROOT:
        if not _run("chattr", "+i", str(path)):
            pytest.skip("running as root, and this file system has no immutable flag")
        try:
            yield
        finally:
            _run("chattr", "-i", str(path))
    else:
        path.chmod(0o400)
        try:
            yield
        finally:
            path.chmod(0o600)


def test_a_read_only_vault_file_reads_but_refuses_writes_with_a_sentence(
    vault_dir: Path,
) -> None:
    vault = Vault.open(vault_dir, PASSPHRASE)
    cases.create_case(vault, cases.Case(patient_name="Ana"))
    vault.lock()
    with _read_only_file(db_path(vault_dir)):
        vault = Vault.open(vault_dir, PASSPHRASE)
        try:
            assert [c.patient_name for c in cases.list_cases(vault)] == ["Ana"]
            with pytest.raises(VaultReadOnly, match="read-only") as info:
                cases.create_case(vault, cases.Case(patient_name="Bea"))
            _translated(info.value, "SQLITE_READONLY")
            assert [c.patient_name for c in cases.list_cases(vault)] == ["Ana"]
        finally:
            vault.lock()


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    """A vault whose folder cannot be written: a read-only mount (as root, who ignores
    permission bits), or a folder without write permission (otherwise)."""
    if ROOT:
        disk = tmp_path / "disk"
        disk.mkdir()
        if not _run("mount", "-t", "tmpfs", "-o", "size=8m,mode=0700", "tmpfs", str(disk)):
            pytest.skip("running as root, and this container may not mount a tmpfs")
        try:
            vault, _ = Vault.create(disk / "vault", PASSPHRASE, kdf=TEST_KDF)
            vault.lock()
            assert _run("mount", "-o", "remount,ro", str(disk))
            yield disk / "vault"
        finally:
            _run("umount", "-l", str(disk))
    else:
        folder = tmp_path / "vault"
        vault, _ = Vault.create(folder, PASSPHRASE, kdf=TEST_KDF)
        vault.lock()
        folder.chmod(0o500)
        try:
            yield folder
        finally:
            folder.chmod(0o700)


def test_a_read_only_folder_is_told_as_read_only_not_as_damage(read_only_folder: Path) -> None:
    before = file_hashes(read_only_folder)
    with pytest.raises(VaultReadOnly, match="read-only") as info:
        Vault.open(read_only_folder, PASSPHRASE)
    assert isinstance(info.value.__cause__, sqlcipher3.Error)
    assert not isinstance(info.value, VaultDamaged)
    assert file_hashes(read_only_folder) == before


# -- a damaged page ----------------------------------------------------------------------------
def test_a_flipped_byte_in_a_page_is_page_damaged_on_read(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=TEST_KDF)
    for i in range(120):
        cases.create_case(vault, cases.Case(patient_name=f"Patient {i:03} " + "x" * 150))
    vault.lock()
    window = Vault.open(folder, PASSPHRASE)  # sound when opened (integrity checked)
    data = bytearray(db_path(folder).read_bytes())
    data[-4096 + 700] ^= 0xFF  # then a byte rots on disk (the last page: cases rows)
    db_path(folder).write_bytes(bytes(data))
    fresh = window.sibling()  # a new connection: nothing cached, it reads the disk
    try:
        with pytest.raises(PageDamaged, match="damaged") as info:
            cases.list_cases(fresh)
        assert isinstance(info.value, VaultDamaged)  # the unlock page offers a restore
        assert info.value.sqlite_code in ("SQLITE_CORRUPT", "SQLITE_NOTADB")
        _translated(info.value, info.value.sqlite_code or "")
    finally:
        fresh.lock()
        window.lock()
    with pytest.raises(VaultDamaged):  # and the next unlock says so before anything else
        Vault.open(folder, PASSPHRASE)
    salvaging = Vault.open_damaged(folder, PASSPHRASE)  # read-only copy, page by page
    try:
        with pytest.raises(PageDamaged):
            cases.list_cases(salvaging)
    finally:
        salvaging.lock()


# -- a full disk -------------------------------------------------------------------------------
@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    if not ROOT:
        pytest.skip("mounting a small tmpfs needs root (CI runs as root)")
    disk = tmp_path / "disk"
    disk.mkdir()
    if not _run("mount", "-t", "tmpfs", "-o", "size=4m,mode=0700", "tmpfs", str(disk)):
        pytest.skip("this container may not mount a tmpfs")
    try:
        yield disk
    finally:
        _run("umount", "-l", str(disk))


def test_a_full_disk_is_storage_full_and_keeps_what_was_saved(small_disk: Path) -> None:
    vault, _ = Vault.create(small_disk / "vault", PASSPHRASE, kdf=TEST_KDF)
    case = cases.create_case(vault, cases.Case(patient_name="Ana", reason="first"))
    filler = small_disk / "filler"
    with open(filler, "wb") as fh, contextlib.suppress(OSError):
        while True:
            fh.write(b"\0" * 65536)
            fh.flush()
    try:
        with pytest.raises(StorageFull, match="disk is full") as info:
            for _ in range(400):  # until the pages run out
                with vault.transaction() as db:
                    db.execute(
                        "UPDATE cases SET reason = reason || ? WHERE id = ?", ["y" * 8000, case.id]
                    )
        _translated(info.value, "SQLITE_FULL")
    finally:
        filler.unlink()
    assert cases.get_case(vault, case.id or 0).reason.startswith("first")
    assert vault.check() == []
    vault.lock()


# -- not a vault -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "content",
    [b"%PDF-1.7\n" + os.urandom(8192), b"Dear Dr Okafor,\n" * 600, b"PK\x03\x04" + bytes(8192)],
    ids=["pdf", "text", "zip"],
)
def test_a_file_that_is_not_a_vault_is_not_a_vault_and_stays_untouched(
    vault_dir: Path, content: bytes
) -> None:
    db_path(vault_dir).write_bytes(content)
    before = file_hashes(vault_dir)
    with pytest.raises(NotAVault, match="not a SecondOp vault"):
        Vault.open(vault_dir, PASSPHRASE)
    with pytest.raises(NotAVault):
        Vault.open_damaged(vault_dir, PASSPHRASE)
    assert file_hashes(vault_dir) == before


def test_random_bytes_where_the_vault_was_are_damage(vault_dir: Path) -> None:
    """Unlike a PDF, random pages could be a vault whose every page rotted: damage."""
    db_path(vault_dir).write_bytes(os.urandom(4096 * 4))
    with pytest.raises(VaultDamaged, match="restore") as info:
        Vault.open(vault_dir, PASSPHRASE)
    assert not isinstance(info.value, NotAVault)
    assert isinstance(info.value.__cause__, sqlcipher3.DatabaseError)


# -- the program's own mistakes ------------------------------------------------------------------
def test_bad_sql_is_a_store_bug_not_a_sentence_about_the_disk(vault: Vault) -> None:
    for bad in (
        lambda: vault.db.execute("SELEC 1"),
        lambda: vault.db.execute("SELECT * FROM no_such_table"),
        lambda: vault.db.conn.execute("SELECT ?", [1, 2]),  # wrong number of bindings
        lambda: vault.db.conn.execute("SELECT 1; SELECT 2"),
    ):
        with pytest.raises(StoreBug) as info:
            bad()
        assert "internal mistake" in str(info.value) and info.value.detail
        assert "disk" not in str(info.value).lower()
        assert isinstance(info.value.__cause__, sqlcipher3.Error | sqlcipher3.Warning)
    assert cases.list_cases(vault) == []  # the connection is still fine


def test_a_broken_constraint_has_its_own_type(vault: Vault) -> None:
    now = "2026-01-01"
    with pytest.raises(ConstraintFailed) as info, vault.transaction() as db:
        db.execute(  # a checklist item for a case that does not exist (deleted meanwhile)
            "INSERT INTO checklist_items (case_id, description, created_at, updated_at) "
            "VALUES (?, ?, ?, ?)",
            [424242, "CT scan", now, now],
        )
    assert info.value.constraint == "FOREIGN KEY"
    assert not isinstance(info.value, StoreBug)
    _translated(info.value, "SQLITE_CONSTRAINT")
    assert vault.db.execute("SELECT count(*) FROM checklist_items").fetchone()[0] == 0


# -- nothing above the store touches sqlite ------------------------------------------------------
def _imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
            names.add(node.module.split(".")[0])
    return names


def _importers(files: list[Path], modules: set[str]) -> list[str]:
    return sorted(
        f"{f.relative_to(PACKAGE)} imports {', '.join(sorted(_imported_modules(f) & modules))}"
        for f in files
        if _imported_modules(f) & modules
    )


def test_only_the_store_connection_module_imports_sqlite(tmp_path: Path) -> None:
    files = sorted(PACKAGE.rglob("*.py"))
    outside = [f for f in files if "store" not in f.relative_to(PACKAGE).parts[:1]]
    assert len(outside) > 50
    assert _importers(outside, {"sqlite3", "sqlcipher3"}) == []
    inside = [f for f in files if f.relative_to(PACKAGE).parts[:1] == ("store",)]
    assert _importers(inside, {"sqlcipher3", "sqlite3"}) == [
        "store/connection.py imports sqlcipher3"
    ]
    # The check itself can fail.
    probe = tmp_path / "probe.py"
    probe.write_text("import os\nfrom sqlite3 import dbapi2\nimport sqlcipher3.dbapi2\n")
    assert _imported_modules(probe) >= {"sqlite3", "sqlcipher3"}
