"""SECURITY.md T11: the keychain is a convenience; the passphrase path always works."""

from __future__ import annotations

import base64
from pathlib import Path

import keyring.backends.fail
import keyring.backends.null
import pytest

from secondop_desktop.settings import Settings
from secondop_desktop.store import Keychain, KeychainError, Vault
from secondop_desktop.store.keychain import SERVICE
from secondop_desktop.vault import session

from ..support import PASSPHRASE, MemoryKeyring, encodings, files_containing


def test_memory_backend_remembers_recalls_and_forgets() -> None:
    chain = Keychain(MemoryKeyring())
    assert chain.availability().available
    key = bytes(range(32))
    chain.remember("vault-1", key)
    assert chain.recall("vault-1") == key
    chain.forget("vault-1")
    assert chain.recall("vault-1") is None
    chain.forget("vault-1")  # forgetting twice is fine


@pytest.mark.parametrize(
    "backend",
    [keyring.backends.fail.Keyring(), keyring.backends.null.Keyring()],
    ids=["fail", "null"],
)
def test_unusable_backends_disable_the_option_with_a_reason(backend) -> None:  # type: ignore[no-untyped-def]
    chain = Keychain(backend)
    avail = chain.availability()
    assert not avail.available
    assert avail.reason.endswith(".") and "keychain" in avail.reason
    with pytest.raises(KeychainError):
        chain.remember("v", bytes(32))
    assert chain.recall("v") is None


def test_remembered_key_unlocks_and_is_in_no_file(vault: Vault, vault_dir: Path) -> None:
    backend = MemoryKeyring()
    chain = Keychain(backend)
    settings = Settings()
    session.set_remembered(vault, chain, settings, vault_dir, True)
    key = vault.data_key()
    vault.lock()
    assert Settings.load(vault_dir).remember_on_this_computer
    opened = session.unlock_remembered(vault_dir, chain, Settings.load(vault_dir))
    assert opened is not None and opened.is_open
    opened.lock()
    needles = encodings(key.hex()) + encodings(base64.b64encode(key).decode()) + [key]
    assert files_containing([vault_dir], needles) == []


def test_fail_backend_still_unlocks_with_passphrase(vault_dir: Path) -> None:
    chain = Keychain(keyring.backends.fail.Keyring())
    settings = Settings(remember_on_this_computer=True)
    assert session.unlock_remembered(vault_dir, chain, settings) is None
    session.unlock(vault_dir, PASSPHRASE).lock()


def test_deleted_entry_falls_back_to_passphrase(vault: Vault, vault_dir: Path) -> None:
    backend = MemoryKeyring()
    chain = Keychain(backend)
    settings = Settings()
    session.set_remembered(vault, chain, settings, vault_dir, True)
    vault.lock()
    backend.entries.clear()
    assert session.unlock_remembered(vault_dir, chain, settings) is None


@pytest.mark.parametrize(
    "value",
    ["not base64!", base64.b64encode(b"short").decode(), base64.b64encode(bytes(32)).decode()],
    ids=["garbage", "short", "other-key"],
)
def test_altered_entry_falls_back_and_is_forgotten(
    vault: Vault, vault_dir: Path, value: str
) -> None:
    backend = MemoryKeyring()
    chain = Keychain(backend)
    settings = Settings()
    session.set_remembered(vault, chain, settings, vault_dir, True)
    vault_id = vault.vault_id
    vault.lock()
    backend.entries[(SERVICE, vault_id)] = value
    assert session.unlock_remembered(vault_dir, chain, settings) is None
    session.unlock(vault_dir, PASSPHRASE).lock()


def test_a_stale_entry_is_deleted_from_the_keychain(vault: Vault, vault_dir: Path) -> None:
    """A remembered key that no longer opens the vault (the vault was restored or rebuilt,
    or the entry is another vault's) is deleted, not tried again at every start; the
    passphrase opens as before and can remember the right key again."""
    backend = MemoryKeyring()
    chain = Keychain(backend)
    settings = Settings()
    session.set_remembered(vault, chain, settings, vault_dir, True)
    vault_id = vault.vault_id
    right = backend.entries[(SERVICE, vault_id)]
    vault.lock()
    stale = base64.b64encode(bytes(range(32))).decode()
    assert stale != right
    backend.entries[(SERVICE, vault_id)] = stale
    assert session.unlock_remembered(vault_dir, chain, settings) is None
    assert (SERVICE, vault_id) not in backend.entries
    reopened = session.unlock(vault_dir, PASSPHRASE)
    session.set_remembered(reopened, chain, settings, vault_dir, True)
    reopened.lock()
    assert backend.entries[(SERVICE, vault_id)] == right
    session.unlock_remembered(vault_dir, chain, settings).lock()  # type: ignore[union-attr]


def test_turning_remember_off_removes_the_entry(vault: Vault, vault_dir: Path) -> None:
    backend = MemoryKeyring()
    chain = Keychain(backend)
    settings = Settings()
    session.set_remembered(vault, chain, settings, vault_dir, True)
    session.set_remembered(vault, chain, settings, vault_dir, False)
    assert backend.entries == {}
    assert not Settings.load(vault_dir).remember_on_this_computer
