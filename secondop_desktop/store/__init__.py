"""The encrypted vault (SQLCipher + key header), its repositories and the keychain adapter."""

# What a read of a damaged page raises (for salvage, which reads record by record).
from sqlcipher3 import DatabaseError

from secondop_desktop.store.errors import (
    HeaderMissing,
    InvalidRecoveryKey,
    KeyMismatch,
    NotAVault,
    StorageFull,
    VaultDamaged,
    VaultError,
    VaultExists,
    VaultInUse,
    VaultLocked,
    VaultNotFound,
    WrongPassphrase,
    WrongRecoveryKey,
)
from secondop_desktop.store.keychain import Availability, Keychain, KeychainError
from secondop_desktop.store.keys import TEST_KDF, KdfParams, RecoveryKey
from secondop_desktop.store.vault import Vault, vault_exists

__all__ = [
    "TEST_KDF",
    "Availability",
    "DatabaseError",
    "HeaderMissing",
    "InvalidRecoveryKey",
    "KdfParams",
    "KeyMismatch",
    "Keychain",
    "KeychainError",
    "NotAVault",
    "RecoveryKey",
    "StorageFull",
    "Vault",
    "VaultDamaged",
    "VaultError",
    "VaultExists",
    "VaultInUse",
    "VaultLocked",
    "VaultNotFound",
    "WrongPassphrase",
    "WrongRecoveryKey",
    "vault_exists",
]
