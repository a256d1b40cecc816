"""Errors the vault raises. Each carries a sentence fit to show a user as it is.

Nothing above the store ever sees a sqlcipher3 (or sqlite3) exception: the connection
wrapper (:mod:`secondop_desktop.store.connection`) turns each into one of these, keeping
the original as ``__cause__`` (and its SQLite code name in ``sqlite_code``) for the log
and for whoever debugs it. The one exception that is not a :class:`VaultError` is
:class:`WrongThread`: it is a bug in the program, never a state of the user's files.
"""

from __future__ import annotations


class VaultError(Exception):
    """Base class: ``str(error)`` is a plain sentence for the user."""

    sqlite_code: str | None = None  # e.g. "SQLITE_BUSY" when translated from SQLite


class VaultNotFound(VaultError):
    pass


class VaultExists(VaultError):
    pass


class WrongPassphrase(VaultError):
    pass


class WrongRecoveryKey(VaultError):
    pass


class InvalidRecoveryKey(WrongRecoveryKey):
    """The key is malformed (wrong length, typo caught by the checksum)."""


class KeyMismatch(VaultError):
    """A remembered key (keychain) does not open this vault."""


class VaultDamaged(VaultError):
    pass


class PageDamaged(VaultDamaged):
    """A page of an open vault failed its check when read (SQLITE_CORRUPT, a SQLCipher
    HMAC failure, SQLITE_NOTADB after the key was proven): that read fails, the rest of
    the vault may still be readable (salvage reads record by record)."""


class NotAVault(VaultError):
    """The file at the vault path is not a SecondOp vault (e.g. plain SQLite)."""


class HeaderMissing(VaultError):
    pass


class VaultLocked(VaultError):
    pass


class VaultInUse(VaultError):
    """Another SecondOp holds the vault. ``holder_pid`` names its process for support and
    logs; the sentence shown to people does not (a process number means nothing to them)."""

    holder_pid: int | None = None


class VaultBusy(VaultError):
    """Another program (a sync or backup tool, a second connection) holds the database's
    write lock longer than the busy timeout (SQLITE_BUSY, SQLITE_LOCKED)."""


class StorageFull(VaultError):
    """The disk (or quota) is full; the transaction was rolled back, nothing is lost."""


class VaultReadOnly(VaultError):
    """The vault's file or folder cannot be written (SQLITE_READONLY): permissions, a
    write-protected drive, a read-only mount."""


class DiskError(VaultError):
    """The operating system failed to read or write the vault's files (SQLITE_IOERR,
    SQLITE_CANTOPEN): a failing drive, a removed USB stick, a network folder gone."""


class ConstraintFailed(VaultError):
    """A change broke one of the schema's rules (SQLITE_CONSTRAINT): a foreign key (the
    case it belongs to was deleted meanwhile, by another window's connection), a unique
    column, a check. Usually a bug in the caller, sometimes a race a user can retry, so
    its own type: callers that expect one (a duplicate) can catch exactly this."""

    constraint: str = ""  # "FOREIGN KEY", "UNIQUE", "NOT NULL", "CHECK" or ""


class StoreBug(VaultError):
    """The program misused the database (bad SQL, wrong bindings, a closed cursor): not the
    user's files. Its sentence says so without blaming the disk; the SQLite message is in
    ``detail`` and the original exception in ``__cause__``."""

    detail: str = ""


class WrongThread(RuntimeError):
    """A connection was used from a thread that does not own it. Always a programming
    error (STYLE.md rule 17), so a loud RuntimeError rather than a sentence for the user."""


class HeaderDamaged(VaultDamaged):
    """The key header (vault.header) fails its checksum or holds impossible values: told
    apart from a wrong passphrase, so the user is offered the recovery key or a backup's
    header instead of being told to retype."""
