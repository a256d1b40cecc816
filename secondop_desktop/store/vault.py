"""The encrypted vault: one SQLCipher database plus its key header, in one folder.

The store owns the connection's whole life (open, key, verify, back up, migrate, lock) so
no other layer ever sees a key or builds a PRAGMA. The data key is handed to SQLCipher as
a raw key (``x'…'`` hex of random bytes), never as passphrase text, so SQLCipher's own
PBKDF2 is skipped (Argon2id already protects the passphrase) and no user text reaches SQL.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3

from secondop_desktop.store import fsutil
from secondop_desktop.store.errors import (
    HeaderMissing,
    KeyMismatch,
    NotAVault,
    StorageFull,
    VaultDamaged,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    WrongRecoveryKey,
)
from secondop_desktop.store.keys import Header, KdfParams, RecoveryKey
from secondop_desktop.store.migrations import MIGRATIONS, Migration, latest_version

if TYPE_CHECKING:
    import sqlite_utils

log = logging.getLogger(__name__)

DB_NAME = "vault.db"
HEADER_NAME = "vault.header"
BACKUP_DIR = "backups"
SQLITE_MAGIC = b"SQLite format 3\x00"


def db_path(folder: Path) -> Path:
    return folder / DB_NAME


def header_path(folder: Path) -> Path:
    return folder / HEADER_NAME


def vault_exists(folder: Path) -> bool:
    return db_path(folder).exists() or header_path(folder).exists()


def read_header(folder: Path) -> Header:
    path = header_path(folder)
    if not path.exists():
        if db_path(folder).exists():
            raise HeaderMissing(
                "The vault's key header (vault.header) is missing. Open the vault with your "
                "recovery key to write a new one; your data is safe."
            )
        raise VaultNotFound(f"There is no SecondOp vault in {folder}.")
    return Header.from_bytes(path.read_bytes())


def _refuse_plain_sqlite(path: Path) -> None:
    """Refuse (and never touch) an unencrypted SQLite file where the vault should be."""
    with open(path, "rb") as fh:
        first = fh.read(16)
    if first == SQLITE_MAGIC:
        raise NotAVault(
            f"{path.name} is a plain, unencrypted SQLite database, not a SecondOp vault. "
            "SecondOp will not open or change it."
        )
    if len(first) < 16:
        raise VaultDamaged(f"{path.name} is empty or truncated: the vault is damaged.")


class Vault:
    """An unlocked vault. Use :meth:`create` or one of the ``open`` constructors."""

    def __init__(self, folder: Path, header: Header, data_key: bytes, conn: object) -> None:
        self.folder = folder
        self.header = header
        self._key: bytearray | None = bytearray(data_key)
        import sqlite_utils  # ~0.1 s to import: loaded at unlock, not at start-up

        self._conn = conn
        self.read_only = False
        self._scratch: Path | None = None  # the copy a damaged vault is read from
        self._db: sqlite_utils.Database | None = sqlite_utils.Database(conn)  # type: ignore[arg-type]

    # -- construction ---------------------------------------------------------------
    @classmethod
    def create(
        cls,
        folder: Path,
        passphrase: str,
        *,
        kdf: KdfParams | None = None,
        migrations: Sequence[Migration] = MIGRATIONS,
    ) -> tuple[Vault, RecoveryKey]:
        """Create a new vault; returns it unlocked with the recovery key to show once."""
        folder = Path(folder)
        if vault_exists(folder):
            raise VaultExists(f"A vault already exists in {folder}.")
        fsutil.ensure_private_dir(folder)
        recovery = RecoveryKey.generate()
        header = Header.new(passphrase, recovery, kdf or KdfParams())
        data_key = recovery.data_key()
        fsutil.create_private_file(db_path(folder))
        conn = _connect(db_path(folder), data_key, new=True)
        fsutil.atomic_write_bytes(header_path(folder), header.to_bytes())
        vault = cls(folder, header, data_key, conn)
        vault._migrate(migrations, backup=False)
        log.info("vault created")
        return vault, recovery

    @classmethod
    def open(
        cls, folder: Path, passphrase: str, *, migrations: Sequence[Migration] = MIGRATIONS
    ) -> Vault:
        """Unlock with the passphrase. A wrong one raises before any file is opened."""
        folder = Path(folder)
        header = read_header(folder)
        _check_db_file(folder)
        data_key = header.unwrap_with_passphrase(passphrase)
        return cls._open_keyed(folder, header, data_key, migrations)

    @classmethod
    def open_damaged(cls, folder: Path, passphrase: str) -> Vault:
        """Open a vault that failed its checks, read-only, to save what can still be read.

        No integrity check, no migration, no write of any kind (the connection is opened
        read-only); reads of damaged pages fail one by one instead of the whole vault."""
        import shutil
        import tempfile

        folder = Path(folder)
        header = read_header(folder)
        data_key = header.unwrap_with_passphrase(passphrase)
        # SQLite writes -shm (and replays a -wal) even for a read-only connection, so it
        # reads a private copy: the damaged files stay exactly as they are.
        scratch = Path(tempfile.mkdtemp(prefix="secondop-salvage-"))
        for name in (DB_NAME, DB_NAME + "-wal"):
            if (folder / name).exists():
                shutil.copyfile(folder / name, scratch / name)
        try:
            conn = _connect(scratch / DB_NAME, data_key, wal=False)
        except VaultDamaged:
            shutil.rmtree(scratch, ignore_errors=True)
            raise
        vault = cls(folder, header, data_key, conn)
        vault.read_only = True
        vault._scratch = scratch
        log.info("damaged vault opened read-only")
        return vault

    @classmethod
    def open_with_data_key(
        cls, folder: Path, data_key: bytes, *, migrations: Sequence[Migration] = MIGRATIONS
    ) -> Vault:
        """Unlock with a remembered key (keychain); a stale key raises :class:`KeyMismatch`."""
        folder = Path(folder)
        header = read_header(folder)
        _check_db_file(folder)
        if not header.verifies(data_key):
            raise KeyMismatch(
                "The key remembered on this computer no longer opens this vault. "
                "Enter your passphrase."
            )
        return cls._open_keyed(folder, header, data_key, migrations)

    @classmethod
    def reset_passphrase(
        cls,
        folder: Path,
        recovery_text: str,
        new_passphrase: str,
        *,
        kdf: KdfParams | None = None,
        migrations: Sequence[Migration] = MIGRATIONS,
    ) -> Vault:
        """Open with the recovery key and set a new passphrase.

        Works even when the header is missing or damaged: the recovery key derives the
        data key directly, and a fresh header is written once the database accepts it.
        A wrong key changes no file.
        """
        folder = Path(folder)
        recovery = RecoveryKey.parse(recovery_text)
        _check_db_file(folder)
        try:
            header: Header | None = read_header(folder)
        except (HeaderMissing, VaultDamaged):
            header = None
        if header is not None:
            data_key = header.unwrap_with_recovery(recovery)
            new_header = header.with_passphrase(new_passphrase, data_key, kdf or header.kdf)
        else:
            data_key = recovery.data_key()
            new_header = Header.new(new_passphrase, recovery, kdf or KdfParams())
        conn = _connect(db_path(folder), data_key, wrong_key_is_damage=header is not None)
        fsutil.atomic_write_bytes(header_path(folder), new_header.to_bytes())
        vault = cls(folder, new_header, data_key, conn)
        vault._verify_and_migrate(migrations)
        log.info("passphrase reset with recovery key")
        return vault

    @classmethod
    def _open_keyed(
        cls, folder: Path, header: Header, data_key: bytes, migrations: Sequence[Migration]
    ) -> Vault:
        conn = _connect(db_path(folder), data_key)
        vault = cls(folder, header, data_key, conn)
        vault._verify_and_migrate(migrations)
        # Temporary files of a header write or a restore killed half-way: the rename is the
        # commit point, so they were never in use and can go.
        for leftover in [*folder.glob(f".{HEADER_NAME}.*.tmp"), *folder.glob(".*.restore")]:
            with contextlib.suppress(OSError):
                leftover.unlink()
        log.info("vault unlocked")
        return vault

    def sibling(self) -> Vault:
        """A second connection to this vault, for a background job.

        WAL lets it write while the UI's connection reads; SQLite serialises writers (the
        busy timeout makes the other wait instead of failing). Lock it when done.
        """
        conn = _connect(db_path(self.folder), self.data_key())
        return Vault(self.folder, self.header, self.data_key(), conn)

    # -- state ------------------------------------------------------------------------
    @property
    def is_open(self) -> bool:
        return self._db is not None

    @property
    def db(self) -> sqlite_utils.Database:
        if self._db is None:
            raise VaultLocked("The vault is locked.")
        return self._db

    @property
    def vault_id(self) -> str:
        return self.header.vault_id

    def data_key(self) -> bytes:
        """The raw data key, for the keychain only."""
        if self._key is None:
            raise VaultLocked("The vault is locked.")
        return bytes(self._key)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite_utils.Database]:
        """One atomic unit of work (nested calls become savepoints).

        A full disk rolls the whole unit back and becomes :class:`StorageFull`, a sentence
        the user can act on; what was saved before stays intact.
        """
        try:
            with self.db.atomic() as db:
                yield db
        except sqlcipher3.OperationalError as exc:
            if "full" in str(exc).lower():
                raise StorageFull(
                    "The disk is full, so this change was not saved. Free some space and try "
                    "again; everything saved before is safe."
                ) from exc
            raise

    def lock(self) -> None:
        """Close the connection and forget the key. Safe to call twice."""
        if self._db is not None:
            try:
                if not self.read_only:
                    self._db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except sqlcipher3.Error:
                log.warning("checkpoint before lock failed")
            self._db.conn.close()
            self._db = None
        if self._scratch is not None:
            import shutil

            shutil.rmtree(self._scratch, ignore_errors=True)
            self._scratch = None
            self._conn = None
        if self._key is not None:
            for i in range(len(self._key)):
                self._key[i] = 0
            self._key = None
        log.info("vault locked")

    # -- key management ---------------------------------------------------------------
    def change_passphrase(self, new_passphrase: str, *, kdf: KdfParams | None = None) -> None:
        """Re-wrap the data key under a new passphrase: one atomic header write."""
        new_header = self.header.with_passphrase(
            new_passphrase, self.data_key(), kdf or self.header.kdf
        )
        fsutil.atomic_write_bytes(header_path(self.folder), new_header.to_bytes())
        self.header = new_header
        log.info("passphrase changed")

    # -- integrity, migrations, backups -------------------------------------------------
    def schema_version(self) -> int:
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])

    def check(self) -> list[str]:
        """Full integrity check: page HMACs, b-tree structure, foreign keys. Empty = sound."""
        conn = self.db.conn
        problems = [str(row[0]) for row in conn.execute("PRAGMA cipher_integrity_check")]
        problems += [
            str(row[0]) for row in conn.execute("PRAGMA integrity_check") if row[0] != "ok"
        ]
        problems += [
            f"foreign key broken in {row[0]} row {row[1]}"
            for row in conn.execute("PRAGMA foreign_key_check")
        ]
        return problems

    def backup_to(self, target: Path) -> Path:
        """Write an encrypted, verified copy (same key) to ``target`` plus its header copy.

        Written to a temporary name then renamed, so no half backup is ever left.
        """
        target = Path(target)
        fsutil.ensure_private_dir(target.parent)
        tmp = target.with_name(f".{target.name}.tmp")
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        fsutil.create_private_file(tmp)
        dst = _connect(tmp, self.data_key(), new=True, wal=False)
        try:
            self.db.conn.backup(dst)
            problems = [str(r[0]) for r in dst.execute("PRAGMA cipher_integrity_check")]
            if problems:
                raise VaultDamaged("The backup copy failed its integrity check: " + problems[0])
        finally:
            dst.close()
        os.replace(tmp, target)
        fsutil.atomic_write_bytes(target.with_name(target.name + ".header"), self.header.to_bytes())
        return target

    def _verify_and_migrate(self, migrations: Sequence[Migration]) -> None:
        problems = [str(r[0]) for r in self.db.conn.execute("PRAGMA cipher_integrity_check")]
        if problems:
            self.lock()
            raise VaultDamaged(
                "The vault is damaged: some of its pages fail their integrity check. "
                "Nothing was changed; restore it from a backup."
            )
        self._migrate(migrations, backup=True)

    def _migrate(self, migrations: Sequence[Migration], *, backup: bool) -> None:
        versions = sorted(m.version for m in migrations)
        if versions != list(range(1, len(versions) + 1)):
            raise ValueError(f"migrations must be numbered 1..n without gaps: {versions}")
        current = self.schema_version()
        target = latest_version(migrations)
        if current > target:
            self.lock()
            raise VaultDamaged(
                "This vault was written by a newer version of SecondOp; update the app to open it."
            )
        if current == target:
            return
        if backup and current > 0:
            from secondop_desktop.store.backup import SUFFIX, write_backup

            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
            folder = fsutil.ensure_private_dir(self.folder / BACKUP_DIR)
            write_backup(
                self, folder / f"before-migration-v{current}-{stamp}{SUFFIX}", "before migration"
            )
        for migration in sorted(migrations, key=lambda m: m.version):
            if migration.version <= current:
                continue
            with self.db.atomic() as db:
                migration.apply(db)
                db.execute(f"PRAGMA user_version = {int(migration.version)}")
            log.info("migrated schema to v%d (%s)", migration.version, migration.description)


def _check_db_file(folder: Path) -> None:
    path = db_path(folder)
    if not path.exists():
        raise VaultDamaged(
            f"The vault's database (vault.db) is missing from {folder}. Restore it from a backup."
        )
    _refuse_plain_sqlite(path)
    from secondop_desktop.store.walcheck import damaged_frames

    if damaged_frames(path.with_name(path.name + "-wal")):
        raise VaultDamaged(
            "The vault's latest changes (the vault.db-wal file) are damaged. Nothing was "
            "changed; restore the vault from a backup."
        )


def _connect(
    path: Path,
    data_key: bytes,
    *,
    new: bool = False,
    wal: bool = True,
    wrong_key_is_damage: bool = True,
) -> sqlcipher3.Connection:
    """Open and key a SQLCipher connection, then prove the key by reading.

    ``PRAGMA key`` accepts any key; only the first read tells. Since the key was already
    verified by the header, a failing read here means the file itself is damaged.
    """
    conn = sqlcipher3.connect(
        f"file:{path.as_posix()}?mode={'rwc' if new else 'rw'}",
        uri=True,
        isolation_level=None,
        check_same_thread=False,
    )
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
        conn.execute("PRAGMA cipher_compatibility = 4")
        # Memory sanitising on every free made full-text ranking ~10x slower; what it
        # guards against (reading this process's memory while unlocked) is out of scope.
        conn.execute("PRAGMA cipher_memory_security = OFF")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if wal:
            conn.execute("PRAGMA journal_mode = WAL").fetchone()
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA busy_timeout = 10000")
        # 64 MiB of decrypted pages: the full-text index is read hot, and every page read
        # from disk costs an AES decryption and an HMAC check.
        conn.execute("PRAGMA cache_size = -65536")
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        if wrong_key_is_damage:
            raise VaultDamaged(
                "The vault's database could not be read: it is damaged, or it does not belong "
                "with this key header. Nothing was changed; restore it from a backup."
            ) from exc
        raise WrongRecoveryKey("This recovery key does not open this vault.") from exc
    return conn
