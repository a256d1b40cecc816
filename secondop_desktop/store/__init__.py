"""The encrypted vault (SQLCipher + key header), its repositories and the keychain adapter.

Only the store's own errors leave this package (every SQLite error is translated by
``store.connection``), so nothing above it imports sqlite3 or sqlcipher3."""

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
from secondop_desktop.store.keys import TEST_KDF, KdfParams, RecoveryKey
from secondop_desktop.store.vault import Vault, vault_exists

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
