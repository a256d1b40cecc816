"""The only door to a SQLCipher connection: one owner thread, and the store's own errors.

Two promises are kept here, where nothing can go around them (``sqlite_utils.Database``
wraps a :class:`Connection`, never the raw sqlcipher3 one, and this module is the only one
that imports sqlcipher3):

* A connection belongs to the thread that opened it (STYLE.md rule 17). Every call checks
  ``threading.get_ident()`` against the owner (one int compare: search stays as fast) and
  raises :class:`WrongThread` naming both threads otherwise, in the app as in the tests.
  sqlcipher3's own ``check_same_thread`` cannot do this job: it pins the connection to the
  creating thread forever, and a vault unlocked on a worker (Argon2id must not freeze the
  window) has to be handed over to the UI thread once the worker is done (:meth:`adopt`).
  So it is off, and this check replaces it.
* Every sqlcipher3 error becomes a :class:`VaultError` subclass with a sentence a patient
  can act on (rule 18), the original kept as ``__cause__``: nothing above the store ever
  sees, or imports, sqlite's exceptions.

Opening and keying a vault's connection (:func:`open_keyed`) lives here too, so that no
other module needs sqlcipher3 at all.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from threading import get_ident
from typing import Any, NoReturn

import sqlcipher3

from secondop_desktop.i18n import QT_TRANSLATE_NOOP, translate
from secondop_desktop.store.errors import (
    ConstraintFailed,
    DiskError,
    NotAVault,
    PageDamaged,
    StorageFull,
    StoreBug,
    VaultBusy,
    VaultDamaged,
    VaultError,
    VaultLocked,
    VaultReadOnly,
    WrongRecoveryKey,
    WrongThread,
)

# Primary result codes (sqlite.org/rescode.html); sqlcipher3 may give extended ones.
SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_NOMEM = 3, 5, 6, 7
SQLITE_READONLY, SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL = 8, 10, 11, 13
SQLITE_CANTOPEN, SQLITE_CONSTRAINT, SQLITE_NOLFS, SQLITE_FORMAT = 14, 19, 22, 24
SQLITE_NOTADB = 26

# What sqlcipher3 raises: its Error tree, and Warning ("only one statement at a time").
SQL_ERRORS = (sqlcipher3.Error, sqlcipher3.Warning)

_CLOSED = -1  # an owner no thread has: any use after close takes the slow path
SQLITE_MAGIC = b"SQLite format 3\x00"
# How long a write waits for another connection's write lock before VaultBusy. A store
# option so tests of a held lock need not wait ten seconds.
BUSY_TIMEOUT_MS = 10_000
# The first bytes of files people might find where the vault should be. A SQLCipher file
# starts with 16 random bytes (its salt), so these (or 16 printable characters, a chance
# of about 1 in 10 million for random bytes) mean another kind of file, not damage.
OTHER_FORMATS = {
    b"%PDF": QT_TRANSLATE_NOOP("connection", "a PDF document"),
    b"PK\x03\x04": QT_TRANSLATE_NOOP("connection", "a ZIP archive (or an office document)"),
    b"\x89PNG": QT_TRANSLATE_NOOP("connection", "a PNG image"),
    b"\xff\xd8\xff": QT_TRANSLATE_NOOP("connection", "a JPEG image"),
    b"GIF8": QT_TRANSLATE_NOOP("connection", "a GIF image"),
}

BUSY = QT_TRANSLATE_NOOP(
    "connection",
    "Another program is using the vault's files right now (a backup or sync tool, or "
    "SecondOp itself), so this could not be done. Close that program or wait a moment, "
    "then try again; nothing was lost.",
)
FULL = QT_TRANSLATE_NOOP(
    "connection",
    "The disk is full, so this change was not saved. Free some space and try again; "
    "everything saved before is safe.",
)
READ_ONLY = QT_TRANSLATE_NOOP(
    "connection",
    "SecondOp may not write to the vault's folder (the file or folder is read-only, or the "
    "drive is write-protected), so this change was not saved. Check the folder's "
    "permissions; everything saved before is safe.",
)
IO_ERROR = QT_TRANSLATE_NOOP(
    "connection",
    "The disk reported an error while reading or writing the vault (a failing drive, or a "
    "USB or network drive that was disconnected). Check the drive and try again; your "
    "backups are the safe copy.",
)
CANT_OPEN = QT_TRANSLATE_NOOP(
    "connection",
    "The vault's files could not be opened: the drive may have been removed or the folder "
    "moved. Reconnect it and try again.",
)
OPEN_READ_ONLY = QT_TRANSLATE_NOOP(
    "connection",
    "SecondOp cannot open the vault: its folder is read-only (its permissions, a "
    "write-protected drive or a read-only mount), and SecondOp must write beside the vault "
    "even to read it. Make the folder writable, or copy the vault to a writable drive.",
)
DAMAGED = QT_TRANSLATE_NOOP(
    "connection",
    "Part of the vault is damaged and could not be read. Nothing was changed; restore the "
    "vault from a backup (or save what can still be read).",
)
CONFLICT = QT_TRANSLATE_NOOP(
    "connection",
    "This change conflicts with what is already saved (for example, what it belongs to "
    "was deleted in the meantime), so it was not saved.",
)
NO_MEMORY = QT_TRANSLATE_NOOP(
    "connection",
    "SecondOp ran out of memory. Close other programs and try again; nothing was lost.",
)
BUG = QT_TRANSLATE_NOOP(
    "connection",
    "SecondOp made an internal mistake while using the vault, so this was not done. Your "
    "saved data is unchanged; please report this problem.",
)


def store_error(exc: BaseException) -> VaultError:
    """The store's error for a sqlcipher3 one (to be raised ``from exc``).

    Decided by SQLite's result code where sqlcipher3 gives it, else by the message (the
    Python-level errors, ProgrammingError and friends, carry none)."""
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    message = str(exc)
    low = message.lower()
    error: VaultError
    if isinstance(exc, sqlcipher3.IntegrityError) or primary == SQLITE_CONSTRAINT:
        error = ConstraintFailed(translate("connection", CONFLICT))
        error.constraint = next(
            (k for k in ("FOREIGN KEY", "UNIQUE", "NOT NULL", "CHECK", "PRIMARY KEY")
             if message.upper().startswith(k)), "",
        )  # fmt: skip
    elif isinstance(
        exc,
        sqlcipher3.ProgrammingError
        | sqlcipher3.InterfaceError
        | sqlcipher3.NotSupportedError
        | sqlcipher3.Warning,
    ):
        error = _bug(message)
    elif primary in (SQLITE_BUSY, SQLITE_LOCKED) or "database is locked" in low:
        error = VaultBusy(translate("connection", BUSY))
    elif primary == SQLITE_FULL or "database or disk is full" in low:
        error = StorageFull(translate("connection", FULL))
    elif primary in (SQLITE_READONLY, SQLITE_PERM) or "readonly database" in low:
        error = VaultReadOnly(translate("connection", READ_ONLY))
    elif primary in (SQLITE_CORRUPT, SQLITE_NOTADB, SQLITE_FORMAT) or any(
        s in low for s in ("malformed", "not a database", "hmac")
    ):
        error = PageDamaged(translate("connection", DAMAGED))
    elif primary == SQLITE_CANTOPEN or "unable to open" in low:
        error = DiskError(translate("connection", CANT_OPEN))
    elif primary in (SQLITE_IOERR, SQLITE_NOLFS) or "disk i/o error" in low:
        error = DiskError(translate("connection", IO_ERROR))
    elif primary == SQLITE_NOMEM:
        error = VaultError(translate("connection", NO_MEMORY))
    else:  # SQLITE_ERROR (bad SQL, no such table), MISUSE, RANGE, MISMATCH...
        error = _bug(message)
    error.sqlite_code = getattr(exc, "sqlite_errorname", None)
    return error


def _bug(message: str) -> StoreBug:
    error = StoreBug(translate("connection", BUG))
    error.detail = message
    return error


def connect(uri: str) -> Connection:
    """Open ``uri`` (a ``file:`` URI) for the calling thread, in autocommit mode (the store
    and sqlite_utils open their transactions explicitly)."""
    try:
        raw = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    except SQL_ERRORS as exc:
        raise store_error(exc) from exc
    return Connection(raw)


def other_format(first: bytes) -> str | None:
    """What the file evidently is instead of a vault, from its first 16 bytes, or None
    (in the user's language, to be put in :func:`not_a_vault`'s sentence)."""
    if first == SQLITE_MAGIC:
        return translate("connection", "a plain, unencrypted SQLite database")
    for magic, what in OTHER_FORMATS.items():
        if first.startswith(magic):
            return translate("connection", what)
    if len(first) == 16 and all(32 <= b < 127 or b in b"\t\r\n" for b in first):
        return translate("connection", "a text file")
    return None


def not_a_vault(name: str, what: str) -> NotAVault:
    """The refusal of a file that is plainly something else (``what``, from
    :func:`other_format`) where the vault should be."""
    return NotAVault(
        translate(
            "connection",
            "{name} is {what}, not a SecondOp vault. SecondOp will not open or change it.",
        ).format(name=name, what=what)
    )


def open_keyed(
    path: Path,
    data_key: bytes,
    *,
    new: bool = False,
    wal: bool = True,
    wrong_key_is_damage: bool = True,
) -> Connection:
    """Open and key a SQLCipher connection for the calling thread, then prove the key by
    reading.

    ``PRAGMA key`` accepts any key; only the first read tells. Since the key was already
    verified by the header, a failing read here means the file itself is damaged (or is
    some other file). Other faults (a held lock, a read-only folder, a disk error) keep
    their own errors: they are not damage, and restoring a backup would not help.
    """
    conn: Connection | None = None
    try:
        conn = connect(f"file:{path.as_posix()}?mode={'rwc' if new else 'rw'}")
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
        conn.execute("PRAGMA cipher_compatibility = 4")
        # Memory sanitising on every free made full-text ranking ~10x slower; what it
        # guards against (reading this process's memory while unlocked) is out of scope.
        conn.execute("PRAGMA cipher_memory_security = OFF")
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_MS)}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if wal:
            conn.execute("PRAGMA journal_mode = WAL").fetchone()
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        # 64 MiB of decrypted pages: the full-text index is read hot, and every page read
        # from disk costs an AES decryption and an HMAC check.
        conn.execute("PRAGMA cache_size = -65536")
    except DiskError as exc:
        # SQLite cannot even open a WAL database whose folder it may not write (the -shm
        # and -wal files live beside it): that is "read-only", not "drive removed".
        _close_quietly(conn)
        if path.parent.is_dir() and not (
            os.access(path.parent, os.W_OK) and (not path.exists() or os.access(path, os.W_OK))
        ):
            error = VaultReadOnly(translate("connection", OPEN_READ_ONLY))
            error.sqlite_code = exc.sqlite_code
            raise error from exc.__cause__
        raise
    except PageDamaged as exc:
        _close_quietly(conn)
        with open(path, "rb") as fh:
            what = other_format(fh.read(16))
        if what is not None:
            raise not_a_vault(path.name, what) from exc.__cause__
        if wrong_key_is_damage:
            raise VaultDamaged(
                translate(
                    "connection",
                    "The vault's database could not be read: it is damaged, or it does not "
                    "belong with this key header. Nothing was changed; restore it from a backup.",
                )
            ) from exc.__cause__
        raise WrongRecoveryKey(
            translate("connection", "This recovery key does not open this vault.")
        ) from exc.__cause__
    except BaseException:
        _close_quietly(conn)
        raise
    return conn


def _close_quietly(conn: Connection | None) -> None:
    if conn is not None:
        with contextlib.suppress(VaultError):
            conn.close()


class Connection:
    """A sqlcipher3 connection that only its owner thread may use (see the module doc).

    It offers what the store and ``sqlite_utils`` call, nothing more: no attribute falls
    through to the raw connection, so nothing can reach it without the check."""

    __slots__ = ("_owner", "_owner_name", "_raw")

    def __init__(self, raw: Any) -> None:
        self._raw = raw
        self._owner = get_ident()
        self._owner_name = threading.current_thread().name

    # -- ownership --------------------------------------------------------------------
    def _refuse(self) -> NoReturn:
        if self._owner == _CLOSED:
            raise VaultLocked(translate("connection", "The vault is locked."))
        here = threading.current_thread()
        raise WrongThread(
            f"This vault connection belongs to thread {self._owner_name!r} (id {self._owner}) "
            f"and was used from thread {here.name!r} (id {here.ident}). Give a background job "
            "its own connection (TaskRunner.run(..., vault=...)), or hand a finished worker's "
            "vault over with Vault.adopt()."
        )

    def check_owner(self) -> None:
        """Raise unless the calling thread owns this (open) connection."""
        if get_ident() != self._owner:
            self._refuse()

    def adopt(self) -> None:
        """Make the calling thread the owner. Only for a connection whose previous owner
        is done with it for good (see :meth:`Vault.adopt`)."""
        if self._owner == _CLOSED:
            raise VaultLocked(translate("connection", "The vault is locked."))
        self._owner = get_ident()
        self._owner_name = threading.current_thread().name

    @property
    def owner(self) -> int | None:
        """The owner thread's ident, or None once closed."""
        return None if self._owner == _CLOSED else self._owner

    def _call(self, fn: Callable[..., Any], *args: Any, **kw: Any) -> Any:
        """Run ``fn`` (a method of the raw connection) as the owner, errors translated."""
        if get_ident() != self._owner:
            self._refuse()
        try:
            return fn(*args, **kw)
        except SQL_ERRORS as exc:
            raise store_error(exc) from exc

    # -- statements ---------------------------------------------------------------------
    def execute(self, sql: str, parameters: Any = ()) -> Cursor:
        # The hot path (every query), so written out rather than through _call.
        if get_ident() != self._owner:
            self._refuse()
        try:
            return Cursor(self, self._raw.execute(sql, parameters))
        except SQL_ERRORS as exc:
            raise store_error(exc) from exc

    def executemany(self, sql: str, seq_of_parameters: Any) -> Cursor:
        return Cursor(self, self._call(self._raw.executemany, sql, seq_of_parameters))

    def executescript(self, sql: str) -> Cursor:
        return Cursor(self, self._call(self._raw.executescript, sql))

    def cursor(self) -> Cursor:
        return Cursor(self, self._call(self._raw.cursor))

    def commit(self) -> None:
        self._call(self._raw.commit)

    def rollback(self) -> None:
        self._call(self._raw.rollback)

    @property
    def in_transaction(self) -> bool:
        if get_ident() != self._owner:
            self._refuse()
        return bool(self._raw.in_transaction)

    @property
    def isolation_level(self) -> str | None:
        if get_ident() != self._owner:
            self._refuse()
        return self._raw.isolation_level  # type: ignore[no-any-return]

    @isolation_level.setter
    def isolation_level(self, value: str | None) -> None:
        self._call(setattr, self._raw, "isolation_level", value)

    def create_function(self, name: str, narg: int, func: Callable[..., Any], **kw: Any) -> None:
        self._call(self._raw.create_function, name, narg, func, **kw)

    def backup(
        self,
        target: Connection,
        *,
        pages: int = -1,
        progress: Callable[[int, int, int], object] | None = None,
    ) -> None:
        """Copy this database into ``target`` (SQLite's online backup API), ``pages`` at a
        time with ``progress(status, remaining, total)`` after each step (an exception it
        raises stops the copy); both must be owned by the calling thread. The two may have
        different keys: pages are decrypted by one and encrypted by the other."""
        target.check_owner()
        self._call(self._raw.backup, target._raw, pages=pages, progress=progress)

    def iterdump(self) -> Iterator[str]:
        if get_ident() != self._owner:
            self._refuse()
        try:
            yield from self._raw.iterdump()
        except SQL_ERRORS as exc:
            raise store_error(exc) from exc

    def close(self) -> None:
        """Close for good; any later use raises :class:`VaultLocked`. Twice is harmless."""
        if self._owner == _CLOSED:
            return
        if get_ident() != self._owner:
            self._refuse()
        self._owner = _CLOSED
        try:
            self._raw.close()
        except SQL_ERRORS as exc:
            raise store_error(exc) from exc


class Cursor:
    """A sqlcipher3 cursor behind the same owner check and error translation: rows are
    read (and pages decrypted, and found damaged) while fetching, not only in execute."""

    __slots__ = ("_conn", "_raw")

    def __init__(self, conn: Connection, raw: Any) -> None:
        self._conn = conn
        self._raw = raw

    @property
    def description(self) -> Any:
        return self._raw.description

    @property
    def lastrowid(self) -> int | None:
        return self._raw.lastrowid  # type: ignore[no-any-return]

    @property
    def rowcount(self) -> int:
        return self._raw.rowcount  # type: ignore[no-any-return]

    def execute(self, sql: str, parameters: Any = ()) -> Cursor:
        self._conn._call(self._raw.execute, sql, parameters)
        return self

    def executemany(self, sql: str, seq_of_parameters: Any) -> Cursor:
        self._conn._call(self._raw.executemany, sql, seq_of_parameters)
        return self

    def fetchone(self) -> Any:
        return self._conn._call(self._raw.fetchone)

    def fetchmany(self, size: int = 1) -> list[Any]:
        return self._conn._call(self._raw.fetchmany, size)  # type: ignore[no-any-return]

    def fetchall(self) -> list[Any]:
        return self._conn._call(self._raw.fetchall)  # type: ignore[no-any-return]

    def __iter__(self) -> Iterator[Any]:
        if get_ident() != self._conn._owner:
            self._conn._refuse()
        return self._rows()

    def _rows(self) -> Iterator[Any]:
        # Checked again for every row: a half-read cursor (lists fetch lazily) handed to
        # another thread must fail there too. About 60 ns a row.
        conn = self._conn
        try:
            for row in self._raw:
                if get_ident() != conn._owner:
                    conn._refuse()
                yield row
        except SQL_ERRORS as exc:
            raise store_error(exc) from exc

    def __next__(self) -> Any:
        if get_ident() != self._conn._owner:
            self._conn._refuse()
        try:
            return next(self._raw)
        except SQL_ERRORS as exc:
            raise store_error(exc) from exc

    def close(self) -> None:
        try:
            self._raw.close()
        except SQL_ERRORS as exc:
            raise store_error(exc) from exc


def library_versions() -> tuple[str, str]:
    """SQLCipher's version and that of the SQLite inside it, for ``secondop --version``."""
    raw = sqlcipher3.connect(":memory:")
    try:
        cipher = raw.execute("PRAGMA cipher_version").fetchone()
        sqlite = raw.execute("SELECT sqlite_version()").fetchone()
    finally:
        raw.close()
    return (str(cipher[0]) if cipher else "unknown", str(sqlite[0]) if sqlite else "unknown")
