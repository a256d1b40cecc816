"""Errors the vault raises. Each carries a sentence fit to show a user as it is."""

from __future__ import annotations


class VaultError(Exception):
    """Base class: ``str(error)`` is a plain sentence for the user."""


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


class NotAVault(VaultError):
    """The file at the vault path is not a SecondOp vault (e.g. plain SQLite)."""


class HeaderMissing(VaultError):
    pass


class VaultLocked(VaultError):
    pass


class VaultInUse(VaultError):
    pass


class StorageFull(VaultError):
    """The disk (or quota) is full; the transaction was rolled back, nothing is lost."""
