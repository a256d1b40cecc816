"""The encrypted vault: one SQLCipher database plus its key header, in one folder.

The store owns the connection's whole life (open, key, verify, back up, migrate, lock) so
no other layer ever sees a key or builds a PRAGMA. The data key is handed to SQLCipher as
a raw key (``x'…'`` hex of random bytes), never as passphrase text, so SQLCipher's own
PBKDF2 is skipped (Argon2id already protects the passphrase) and no user text reaches SQL.

A :class:`Vault` belongs to the thread that opened it, like its connection
(:mod:`secondop_desktop.store.connection`): a background job gets its own through
:meth:`Vault.sibling_opener`, and a vault opened on a worker is handed over with
:meth:`Vault.adopt`.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from secondop_desktop.i18n import translate
from secondop_desktop.store import connection, fsutil
from secondop_desktop.store.connection import Connection
from secondop_desktop.store.errors import (
    HeaderMissing,
    KeyMismatch,
    StoreBug,
    VaultDamaged,
    VaultError,
    VaultExists,
    VaultLocked,
    VaultNotFound,
)
from secondop_desktop.store.keys import Header, KdfParams, RecoveryKey
from secondop_desktop.store.layout import DB_NAME, HEADER_NAME, db_path, header_path, vault_exists
from secondop_desktop.store.migrations import MIGRATIONS, Migration, latest_version

if TYPE_CHECKING:
    import sqlite_utils

log = logging.getLogger(__name__)

BACKUP_DIR = "backups"
CREATING_PREFIX = ".vault-creating-"


def read_header(folder: Path) -> Header:
    """The vault's key header, after finishing a re-encryption a kill interrupted (its new
    database may already be in place, waiting for this header)."""
    from secondop_desktop.store import rekey

    rekey.finish_interrupted(folder)
    path = header_path(folder)
    if not path.exists():
        if db_path(folder).exists():
            raise HeaderMissing(
                translate(
                    "vault",
                    "The vault's key header (vault.header) is missing. Open the vault with your "
                    "recovery key to write a new one; your data is safe.",
                )
            )
        raise VaultNotFound(
            translate("vault", "There is no SecondOp vault in {folder}.").format(folder=folder)
        )
    return Header.from_bytes(path.read_bytes())


def _refuse_other_format(path: Path) -> None:
    """Refuse (and never touch) a file that is plainly not a vault where the vault should be
    (a plain SQLite database, a PDF, a text file...); too short a file is damage."""
    with open(path, "rb") as fh:
        first = fh.read(16)
    what = connection.other_format(first)
    if what is not None:
        raise connection.not_a_vault(path.name, what)
    if len(first) < 16:
        raise VaultDamaged(
            translate("vault", "{name} is empty or truncated: the vault is damaged.").format(
                name=path.name
            )
        )


class Vault:
    """An unlocked vault. Use :meth:`create` or one of the ``open`` constructors.

    It belongs to the thread that opened it: any use of its connection from another
    thread raises :class:`~secondop_desktop.store.errors.WrongThread`."""

    def __init__(
        self,
        folder: Path,
        header: Header,
        data_key: bytes,
        conn: Connection,
        *,
        primary: bool = True,
    ) -> None:
        self.folder = folder
        self.header = header
        self._key: bytearray | None = bytearray(data_key)
        import sqlite_utils  # ~0.1 s to import: loaded at unlock, not at start-up

        self._conn = conn
        self.read_only = False
        # A sibling (a job's own connection) leaves the checkpoint at lock to the window's
        # connection: TRUNCATE waits for every reader, and the window may hold one open.
        self.primary = primary
        self._scratch: Path | None = None  # the copy a damaged vault is read from
        # sqlite_utils wraps the owner-checked Connection, never the raw one.
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
        """Create a new vault; returns it unlocked with the recovery key to show once.

        The database and header are built in a private staging folder inside ``folder``
        and moved into place at the end (the header's rename is the commit point), so a
        kill half-way leaves nothing that blocks the next create: the staging folder (and a
        database moved in without its header) is swept then. The new header records the
        recovery key as not yet confirmed (:meth:`confirm_recovery`)."""
        import shutil

        folder = Path(folder)
        if vault_exists(folder):
            _sweep_incomplete_create(folder)
            if vault_exists(folder):
                raise VaultExists(
                    translate("vault", "A vault already exists in {folder}.").format(folder=folder)
                )
        fsutil.ensure_private_dir(folder)
        _sweep_incomplete_create(folder)
        staging = folder / f"{CREATING_PREFIX}{os.urandom(6).hex()}"
        fsutil.ensure_private_dir(staging)
        recovery = RecoveryKey.generate()
        header = Header.new(passphrase, recovery, kdf or KdfParams())
        data_key = recovery.data_key()
        fsutil.create_private_file(db_path(staging))
        fsutil.atomic_write_bytes(header_path(staging), header.to_bytes())
        built = cls(
            staging, header, data_key, connection.open_keyed(db_path(staging), data_key, new=True)
        )
        try:
            built._migrate(migrations, backup=False)
        finally:
            built.lock()  # checkpoints: the database is one self-contained file now
        for name in (DB_NAME + "-wal", DB_NAME + "-shm"):
            with contextlib.suppress(FileNotFoundError):
                (staging / name).unlink()
        os.replace(db_path(staging), db_path(folder))
        fsutil.fsync_dir(folder)
        os.replace(header_path(staging), header_path(folder))  # the commit point
        fsutil.fsync_dir(folder)
        shutil.rmtree(staging, ignore_errors=True)
        conn = connection.open_keyed(db_path(folder), data_key)
        vault = cls(folder, header, data_key, conn)
        log.info("vault created")
        return vault, recovery

    @classmethod
    def open(
        cls,
        folder: Path,
        passphrase: str,
        *,
        migrations: Sequence[Migration] = MIGRATIONS,
        verify: bool = True,
    ) -> Vault:
        """Unlock with the passphrase. A wrong one raises before any file is opened.

        ``verify=False`` skips the whole-file page check (it reads every page: seconds for
        a vault of photos); the window runs it in the background after unlock instead,
        while SQLCipher checks each page's HMAC as it is read. A vault about to be
        migrated is always checked first."""
        folder = Path(folder)
        header = read_header(folder)
        _check_db_file(folder)
        data_key = header.unwrap_with_passphrase(passphrase)
        return cls._open_keyed(folder, header, data_key, migrations, verify=verify)

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
        if db_path(folder).exists():
            _refuse_other_format(db_path(folder))
        scratch = Path(tempfile.mkdtemp(prefix="secondop-salvage-"))
        for name in (DB_NAME, DB_NAME + "-wal"):
            if (folder / name).exists():
                shutil.copyfile(folder / name, scratch / name)
        try:
            conn = connection.open_keyed(scratch / DB_NAME, data_key, wal=False)
        except VaultDamaged:
            shutil.rmtree(scratch, ignore_errors=True)
            raise
        vault = cls(folder, header, data_key, conn)
        vault.read_only = True
        vault._scratch = scratch
        log.info("damaged vault opened read-only")
        return vault

    def reconnect(self) -> None:
        """A fresh connection to the private copy :meth:`open_damaged` reads.

        Once a read has met a damaged page, SQLCipher leaves the connection in an error
        state in which every later read fails too, even of sound pages; a new connection
        to the same copy reads on (salvage calls this after each damaged read)."""
        if self._scratch is None or not self.read_only:
            raise StoreBug(translate("connection", connection.BUG))
        import sqlite_utils

        with contextlib.suppress(VaultError):
            self._conn.close()
        self._conn = connection.open_keyed(self._scratch / DB_NAME, self.data_key(), wal=False)
        self._db = sqlite_utils.Database(self._conn)  # type: ignore[arg-type]

    @classmethod
    def open_with_data_key(
        cls,
        folder: Path,
        data_key: bytes,
        *,
        migrations: Sequence[Migration] = MIGRATIONS,
        verify: bool = True,
    ) -> Vault:
        """Unlock with a remembered key (keychain); a stale key raises :class:`KeyMismatch`."""
        folder = Path(folder)
        header = read_header(folder)
        _check_db_file(folder)
        if not header.verifies(data_key):
            raise KeyMismatch(
                translate(
                    "vault",
                    "The key remembered on this computer no longer opens this vault. "
                    "Enter your passphrase.",
                )
            )
        return cls._open_keyed(folder, header, data_key, migrations, verify=verify)

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
        # The whole key was just typed in and worked: that confirms it.
        new_header = new_header.with_recovery_confirmed(data_key)
        conn = connection.open_keyed(
            db_path(folder), data_key, wrong_key_is_damage=header is not None
        )
        fsutil.atomic_write_bytes(header_path(folder), new_header.to_bytes())
        vault = cls(folder, new_header, data_key, conn)
        vault._verify_and_migrate(migrations)
        log.info("passphrase reset with recovery key")
        return vault

    @classmethod
    def _open_keyed(
        cls,
        folder: Path,
        header: Header,
        data_key: bytes,
        migrations: Sequence[Migration],
        *,
        verify: bool = True,
    ) -> Vault:
        conn = _open_db(folder, data_key)
        vault = cls(folder, header, data_key, conn)
        vault._verify_and_migrate(migrations, verify=verify)
        # Temporary files of a header write or a restore killed half-way: the rename is the
        # commit point, so they were never in use and can go.
        for leftover in [*folder.glob(f".{HEADER_NAME}.*.tmp"), *folder.glob(".*.restore")]:
            with contextlib.suppress(OSError):
                leftover.unlink()
        log.info("vault unlocked")
        return vault

    def sibling_opener(self) -> Callable[[], Vault]:
        """What a background job needs to open its own connection, taken now on the owner's
        thread (folder, header, key: plain data); calling the result opens the connection
        on (and for) the calling thread, the worker's. Taking the key now means the job
        never reads this vault's state while the window may be locking it.

        WAL lets the job write while the window's connection reads; SQLite serialises
        writers (the busy timeout makes one wait instead of failing). Lock it when done.
        """
        folder, header, key = self.folder, self.header, self.data_key()

        def open_sibling() -> Vault:
            return Vault(
                folder, header, key, connection.open_keyed(db_path(folder), key), primary=False
            )

        return open_sibling

    def sibling(self) -> Vault:
        """A second connection to this vault, owned by the calling thread."""
        return self.sibling_opener()()

    def adopt(self) -> Vault:
        """Make the calling thread this vault's owner; returns the vault.

        For a vault opened on a worker (unlock, create and reset run on the task pool so
        Argon2id does not freeze the window), called by the UI thread in the task's
        ``on_done``. That is safe because the worker is done: the runner calls ``on_done``
        only after the job returned and set its ``finished`` event, so the worker never
        touches the vault again, and the event orders its last use before our first.
        Never adopt a vault another thread may still be using."""
        if self._db is None:
            raise VaultLocked(translate("vault", "The vault is locked."))
        self._conn.adopt()
        return self

    def check_owner(self) -> None:
        """Raise WrongThread unless the calling thread owns this vault (a cheap early check
        for code that keeps a vault, such as the window's state)."""
        if self._db is not None:
            self._conn.check_owner()

    # -- state ------------------------------------------------------------------------
    @property
    def is_open(self) -> bool:
        return self._db is not None

    @property
    def db(self) -> sqlite_utils.Database:
        if self._db is None:
            raise VaultLocked(translate("vault", "The vault is locked."))
        return self._db

    def _connection(self) -> Connection:
        if self._db is None:
            raise VaultLocked(translate("vault", "The vault is locked."))
        return self._conn

    @property
    def vault_id(self) -> str:
        return self.header.vault_id

    def data_key(self) -> bytes:
        """The raw data key, for the keychain only."""
        if self._key is None:
            raise VaultLocked(translate("vault", "The vault is locked."))
        return bytes(self._key)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite_utils.Database]:
        """One atomic unit of work (nested calls become savepoints).

        Any failure rolls the whole unit back; a full disk arrives as :class:`StorageFull`,
        a held lock as :class:`VaultBusy` (the connection translates every SQLite error
        into a sentence the user can act on); what was saved before stays intact.
        """
        with self.db.atomic() as db:
            yield db

    def lock(self) -> None:
        """Close the connection and forget the key. Safe to call twice."""
        if self._db is not None:
            try:
                if self.primary and not self.read_only:
                    self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except VaultError:
                log.warning("checkpoint before lock failed")
            self._conn.close()  # from another thread: WrongThread, and nothing is closed
            self._db = None
        if self._scratch is not None:
            import shutil

            shutil.rmtree(self._scratch, ignore_errors=True)
            self._scratch = None
        self._forget_key()
        log.info("vault locked")

    def _forget_key(self) -> None:
        """Overwrite the key's one buffer with zeros and drop it (SECURITY.md T15)."""
        if self._key is not None:
            for i in range(len(self._key)):
                self._key[i] = 0
            self._key = None

    # -- key management ---------------------------------------------------------------
    def change_passphrase(self, new_passphrase: str, *, kdf: KdfParams | None = None) -> None:
        """Re-wrap the data key under a new passphrase: one atomic header write."""
        self.replace_header(
            self.header.with_passphrase(new_passphrase, self.data_key(), kdf or self.header.kdf)
        )

    def suspend(self) -> tuple[Path, Header, bytes]:
        """Close the connection (log checkpointed) but keep the key, for a re-encryption
        that needs the file to itself (:mod:`secondop_desktop.store.rekey`); while
        suspended the vault reads as locked. Returns the plain data the job needs."""
        self.check_owner()
        key = self.data_key()
        if self._db is not None:
            with contextlib.suppress(VaultError):
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self._conn.close()
            self._db = None
        return self.folder, self.header, key

    def resume(self, header: Header, data_key: bytes) -> None:
        """Reopen after :meth:`suspend`, under the key the vault has now (the new one after
        a re-encryption, the old one after a cancel). The old key's buffer is overwritten."""
        import sqlite_utils

        conn = _open_db(self.folder, data_key)
        self._forget_key()
        self._key = bytearray(data_key)
        self.header = header
        self._conn = conn
        self._db = sqlite_utils.Database(conn)  # type: ignore[arg-type]

    def reencrypt(
        self,
        new_passphrase: str,
        *,
        kdf: KdfParams | None = None,
        should_stop: Callable[[], bool] = lambda: False,
        progress: Callable[[int, int], None] = lambda done, total: None,
    ) -> RecoveryKey:
        """Copy everything under a new data key with a new passphrase and a new recovery
        key (returned, unconfirmed), on the calling thread: the CLI's way. The window runs
        :func:`~secondop_desktop.store.rekey.reencrypt` on a worker between
        :meth:`suspend` and :meth:`resume` instead."""
        from secondop_desktop.store import rekey

        folder, header, key = self.suspend()
        try:
            new_header, recovery, new_key = rekey.reencrypt(
                folder, header, key, new_passphrase, kdf or header.kdf,
                should_stop=should_stop, progress=progress,
            )  # fmt: skip
        except BaseException:
            self.resume(header, key)
            raise
        self.resume(new_header, new_key)
        return recovery

    def recovery_confirmed(self) -> bool:
        """Whether the user confirmed the recovery key this vault's header wraps."""
        return self.header.recovery_confirmed(self.data_key())

    def confirm_recovery(self) -> None:
        """Record that the user confirmed the recovery key: one atomic header write."""
        if not self.recovery_confirmed():
            self.replace_header(self.header.with_recovery_confirmed(self.data_key()))

    def new_recovery_key(self) -> RecoveryKey:
        """Re-wrap the data key under a fresh recovery key (unconfirmed until
        :meth:`confirm_recovery`); the old recovery key stops opening this header."""
        header, recovery = self.header.with_new_recovery(self.data_key())
        self.replace_header(header)
        return recovery

    def replace_header(self, new_header: Header) -> None:
        """Install a header made elsewhere (the slow re-wrap runs on a worker with plain
        data): one atomic write. A header that does not wrap this vault's key is refused,
        so a mix-up can never lock the user out."""
        self.check_owner()
        if not new_header.verifies(self.data_key()):
            raise KeyMismatch(
                translate("vault", "The new key header does not belong to this vault.")
            )
        fsutil.atomic_write_bytes(header_path(self.folder), new_header.to_bytes())
        self.header = new_header
        log.info("passphrase changed")

    # -- integrity, migrations, backups -------------------------------------------------
    def schema_version(self) -> int:
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])

    def page_problems(self) -> list[str]:
        """Pages whose HMAC fails (SQLCipher's whole-file check). Empty = every page sound."""
        return [str(r[0]) for r in self._connection().execute("PRAGMA cipher_integrity_check")]

    def check(self) -> list[str]:
        """Full integrity check: page HMACs, b-tree structure, foreign keys. Empty = sound."""
        conn = self._connection()
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
        dst = connection.open_keyed(tmp, self.data_key(), new=True, wal=False)
        try:
            self._connection().backup(dst)
            problems = [str(r[0]) for r in dst.execute("PRAGMA cipher_integrity_check")]
            if problems:
                raise VaultDamaged(
                    translate(
                        "vault", "The backup copy failed its integrity check: {problem}"
                    ).format(problem=problems[0])
                )
        finally:
            dst.close()
        os.replace(tmp, target)
        fsutil.atomic_write_bytes(target.with_name(target.name + ".header"), self.header.to_bytes())
        return target

    def _verify_and_migrate(self, migrations: Sequence[Migration], *, verify: bool = True) -> None:
        if not verify and self.schema_version() == latest_version(migrations):
            return  # checked in the background by the caller (see open)
        problems = self.page_problems()
        if problems:
            self.lock()
            raise VaultDamaged(
                translate(
                    "vault",
                    "The vault is damaged: some of its pages fail their integrity check. "
                    "Nothing was changed; restore it from a backup.",
                )
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
                translate(
                    "vault",
                    "This vault was written by a newer version of SecondOp; update the app to "
                    "open it.",
                )
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


def _sweep_incomplete_create(folder: Path) -> None:
    """Remove what a create killed half-way left. A staging folder that still holds its
    header never committed: a database already moved out of it (with no header beside
    it) was never handed to the user and goes too. A staging folder without its header
    belongs to a finished create and is just removed."""
    import shutil

    if not folder.is_dir():
        return
    for staging in folder.glob(CREATING_PREFIX + "*"):
        if not staging.is_dir():
            continue
        if header_path(staging).exists() and not header_path(folder).exists():
            for name in (DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm"):
                with contextlib.suppress(FileNotFoundError):
                    (folder / name).unlink()
            log.info("swept an interrupted vault creation")
        shutil.rmtree(staging, ignore_errors=True)


def _check_db_file(folder: Path) -> None:
    path = db_path(folder)
    if not path.exists():
        raise VaultDamaged(
            translate(
                "vault",
                "The vault's database (vault.db) is missing from {folder}. Restore it from a "
                "backup.",
            ).format(folder=folder)
        )
    _refuse_other_format(path)
    from secondop_desktop.store.walcheck import damaged_frames

    if damaged_frames(path.with_name(path.name + "-wal")):
        raise VaultDamaged(
            translate(
                "vault",
                "The vault's latest changes (the vault.db-wal file) are damaged. Nothing was "
                "changed; restore the vault from a backup.",
            )
        )


def _open_db(folder: Path, data_key: bytes) -> Connection:
    """Open the vault's database; a disk error on a full disk is said as a full disk
    (SQLite reports a failed -shm or -wal write as a bare I/O error)."""
    from secondop_desktop.store.errors import DiskError, StorageFull

    try:
        return connection.open_keyed(db_path(folder), data_key)
    except DiskError as exc:
        if fsutil.low_on_space(folder):
            error = StorageFull(
                translate(
                    "vault",
                    "The vault cannot be opened because the disk holding it is full. Nothing "
                    "is damaged: free some space on that disk, then try again.",
                )
            )
            error.sqlite_code = exc.sqlite_code
            raise error from exc.__cause__
        raise
