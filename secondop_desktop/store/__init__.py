"""The encrypted vault (SQLCipher + key header), its repositories and the keychain adapter.

Only the store's own errors leave this package (every SQLite error is translated by
``store.connection``), so nothing above it imports sqlite3 or sqlcipher3.

The vault and the key code (SQLCipher, ``cryptography``) load on first use of their
names, not with the package: the window's start-up needs only the errors, the keychain
adapter and :func:`vault_exists` to show the unlock page (issue 17)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from secondop_desktop.store.errors import (
    ConstraintFailed,
    DiskError,
    HeaderMissing,
    InvalidRecoveryKey,
    KeyMismatch,
    NotAVault,
    PageDamaged,
    StorageFull,
    StoreBug,
    VaultBusy,
    VaultDamaged,
    VaultError,
    VaultExists,
    VaultInUse,
    VaultLocked,
    VaultNotFound,
    VaultReadOnly,
    WrongPassphrase,
    WrongRecoveryKey,
    WrongThread,
)
from secondop_desktop.store.keychain import Availability, Keychain, KeychainError
from secondop_desktop.store.layout import vault_exists

if TYPE_CHECKING:
    from secondop_desktop.store.keys import TEST_KDF, KdfParams, RecoveryKey
    from secondop_desktop.store.vault import Vault


def __getattr__(name: str) -> object:
    """The heavy names, imported when first asked for (PEP 562)."""
    if name in ("TEST_KDF", "KdfParams", "RecoveryKey"):
        from secondop_desktop.store import keys as module
    elif name == "Vault":
        from secondop_desktop.store import vault as module  # type: ignore[no-redef]
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(module, name)
    globals()[name] = value  # asked once
    return value


__all__ = [
    "TEST_KDF",
    "Availability",
    "ConstraintFailed",
    "DiskError",
    "HeaderMissing",
    "InvalidRecoveryKey",
    "KdfParams",
    "KeyMismatch",
    "Keychain",
    "KeychainError",
    "NotAVault",
    "PageDamaged",
    "RecoveryKey",
    "StorageFull",
    "StoreBug",
    "Vault",
    "VaultBusy",
    "VaultDamaged",
    "VaultError",
    "VaultExists",
    "VaultInUse",
    "VaultLocked",
    "VaultNotFound",
    "VaultReadOnly",
    "WrongPassphrase",
    "WrongRecoveryKey",
    "WrongThread",
    "vault_exists",
]
