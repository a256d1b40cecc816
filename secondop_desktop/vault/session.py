"""Vault life-cycle use cases shared by the CLI and the app: create, unlock, remember.

This is the one place that decides policy (passphrase strength, when to use the
keychain); the store only does what it is told.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from secondop_desktop.core.jobs import Cancelled, CancelToken, Progress
from secondop_desktop.i18n import translate
from secondop_desktop.settings import Settings
from secondop_desktop.store import Keychain, KeyMismatch, vault_exists
from secondop_desktop.vault import passphrase as strength

if TYPE_CHECKING:
    from secondop_desktop.store import TEST_KDF, KdfParams, RecoveryKey, Vault
    from secondop_desktop.store.instance import InstanceLock
    from secondop_desktop.store.keys import Header

log = logging.getLogger(__name__)


class WeakPassphrase(ValueError):
    pass


def create_vault(
    folder: Path, passphrase: str, *, kdf: KdfParams | None = None, enforce_strength: bool = True
) -> tuple[Vault, RecoveryKey]:
    """Create a vault after checking the passphrase is strong enough."""
    from secondop_desktop.store import Vault

    if enforce_strength:
        verdict = strength.assess(passphrase)
        if not verdict.acceptable:
            raise WeakPassphrase(verdict.reason)
    return Vault.create(folder, passphrase, kdf=kdf)


def personal_words(vault: Vault) -> tuple[str, ...]:
    """The patients' and caregivers' names and birth dates in this vault, for the strength
    check: a passphrase built from them is what someone who knows the family tries first."""
    from secondop_desktop import cases

    found = cases.list_cases(vault, include_archived=True)
    names = [n for c in found for n in (c.patient_name, c.caregiver_name) if n]
    return strength.personal_words(names, [c.patient_dob for c in found])


def change_passphrase(vault: Vault, new_passphrase: str, *, kdf: KdfParams | None = None) -> None:
    verdict = strength.assess(new_passphrase, personal_words(vault))
    if not verdict.acceptable:
        raise WeakPassphrase(verdict.reason)
    vault.change_passphrase(new_passphrase, kdf=kdf)


def rewrap_for_new_passphrase(
    header: Header,
    data_key: bytes,
    current: str,
    new: str,
    *,
    kdf: KdfParams | None = None,
    user_inputs: tuple[str, ...] = (),
) -> Header:
    """The slow half of a passphrase change, on plain data (a header and the key), so it
    can run on a worker without the window's vault: check the current passphrase (one
    Argon2id run: it proves the person at the keyboard knows it, so an unattended unlocked
    window cannot be taken over), check the new one's strength, wrap the key under it
    (another run). Install the result with :func:`install_header` on the vault's thread."""
    _check_change(header, current, new, user_inputs)
    return header.with_passphrase(new, data_key, kdf or header.kdf)


def _check_change(header: Header, current: str, new: str, user_inputs: tuple[str, ...]) -> None:
    """The person at the keyboard knows the current passphrase (one Argon2id run), and the
    new one is strong enough; else WrongPassphrase or WeakPassphrase."""
    header.unwrap_with_passphrase(current)
    verdict = strength.assess(new, user_inputs)
    if not verdict.acceptable:
        raise WeakPassphrase(verdict.reason)


def reencrypt_job(
    folder: Path,
    header: Header,
    data_key: bytes,
    current: str,
    new: str,
    kdf: KdfParams | None = None,
    user_inputs: tuple[str, ...] = (),
    *,
    cancel: CancelToken,
    progress: Progress,
) -> tuple[Header, RecoveryKey, bytes]:
    """Change the passphrase *and* the data key (issue 14), on a worker, with plain data,
    between :meth:`Vault.suspend` and :meth:`Vault.resume` on the window's thread.

    Checks the current passphrase and the new one's strength first, then copies the whole
    vault under a new key (``store.rekey``): afterwards no earlier header, passphrase or
    recovery key opens it. Returns the new header, the new recovery key (to show and have
    confirmed) and the new data key. Cancel before the swap leaves everything as it was."""
    from secondop_desktop.store import rekey

    _check_change(header, current, new, user_inputs)
    progress(0, 0, translate("session", "Making the new key"))
    every_page = translate("session", "Re-encrypting every page")
    try:
        return rekey.reencrypt(
            folder, header, data_key, new, kdf or header.kdf,
            should_stop=lambda: cancel.cancelled,
            progress=lambda done, total: progress(done, total, every_page),
        )  # fmt: skip
    except rekey.RekeyCancelled:
        raise Cancelled() from None


def remember_new_key(vault: Vault, keychain: Keychain, settings: Settings) -> None:
    """After a re-encryption: a key remembered on this computer is replaced by the new one
    (the old one opens nothing now). A keychain that refuses is forgotten instead."""
    if not settings.remember_on_this_computer:
        return
    from secondop_desktop.store import KeychainError

    try:
        keychain.remember(vault.vault_id, vault.data_key())
    except KeychainError:
        keychain.forget(vault.vault_id)


def install_header(vault: Vault, header: Header) -> None:
    """The quick half: one atomic write of the new header (refused if it does not wrap
    this vault's key)."""
    vault.replace_header(header)


def reset_passphrase(
    folder: Path, recovery_text: str, new_passphrase: str, *, kdf: KdfParams | None = None
) -> Vault:
    from secondop_desktop.store import Vault

    verdict = strength.assess(new_passphrase)
    if not verdict.acceptable:
        raise WeakPassphrase(verdict.reason)
    return Vault.reset_passphrase(folder, recovery_text, new_passphrase, kdf=kdf)


def recovery_confirmed(vault: Vault) -> bool:
    """Whether the user confirmed this vault's recovery key (older vaults: yes)."""
    return vault.recovery_confirmed()


def confirm_recovery(vault: Vault) -> None:
    """Record that the user typed back (or saved) the recovery key."""
    vault.confirm_recovery()


def new_recovery_key(vault: Vault) -> RecoveryKey:
    """Re-wrap the data key under a fresh recovery key, for a vault whose key was never
    confirmed (or was lost). The old key stops opening this vault's header; the new one is
    unconfirmed until :func:`confirm_recovery`."""
    return vault.new_recovery_key()


def unlock(folder: Path, passphrase: str, *, verify: bool = True) -> Vault:
    """``verify=False``: the caller checks every page in the background (the window)."""
    from secondop_desktop.store import Vault

    return Vault.open(folder, passphrase, verify=verify)


def page_problems(vault: Vault) -> list[str]:
    """The whole-file page check the window runs in the background after unlock."""
    return vault.page_problems()


def has_vault(folder: Path) -> bool:
    return vault_exists(folder)


def unlock_remembered(
    folder: Path, keychain: Keychain, settings: Settings, *, verify: bool = True
) -> Vault | None:
    """Open with the key remembered in the keychain, or None to fall back to the passphrase.

    A missing, unreadable or stale entry is never an error: the passphrase path always
    works (SECURITY.md T11). A stale entry is removed so it is not tried again.
    """
    if not settings.remember_on_this_computer:
        return None
    from secondop_desktop.store import Vault
    from secondop_desktop.store.vault import read_header  # local: only needed on this path

    vault_id = read_header(folder).vault_id
    key = keychain.recall(vault_id)
    if key is None:
        return None
    try:
        return Vault.open_with_data_key(folder, key, verify=verify)
    except KeyMismatch:
        log.warning("remembered key no longer matches; forgetting it")
        keychain.forget(vault_id)
        return None


def set_remembered(
    vault: Vault, keychain: Keychain, settings: Settings, data_dir: Path, remember: bool
) -> None:
    """Turn "remember on this computer" on or off (raises KeychainError when refused)."""
    if remember:
        keychain.remember(vault.vault_id, vault.data_key())
    else:
        keychain.forget(vault.vault_id)
    settings.remember_on_this_computer = remember
    settings.save(data_dir)


# What the UI may name from the layers below, so ``ui`` never imports ``store`` itself.
from secondop_desktop.store import (  # noqa: E402
    Availability,
    HeaderMissing,
    InvalidRecoveryKey,
    KeychainError,
    NotAVault,
    StorageFull,
    VaultDamaged,
    VaultError,
    VaultInUse,
    WrongPassphrase,
    WrongRecoveryKey,
)
from secondop_desktop.store.errors import HeaderDamaged  # noqa: E402


def __getattr__(name: str) -> object:
    """The vault and key classes, named here for the UI, load on first use (PEP 562): the
    window shows the unlock page before SQLCipher and ``cryptography`` are imported."""
    if name in ("TEST_KDF", "KdfParams", "RecoveryKey", "Vault"):
        from secondop_desktop import store

        return getattr(store, name)
    if name == "Header":
        from secondop_desktop.store import keys

        return keys.Header
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def load_unlock_code() -> None:
    """Import what an unlock runs (SQLCipher, the key code: about 40 ms), which start-up
    leaves out so the window shows sooner: the window calls this once it is on screen,
    while the passphrase is typed. An unlock before then imports them itself."""
    from secondop_desktop.store import vault

    del vault


def claim_vault(folder: Path) -> InstanceLock:
    """One SecondOp per vault: an OS file lock held until ``release()`` or the process
    ends (a killed process leaves none). Raises VaultInUse with a sentence for the user."""
    from secondop_desktop.store.instance import InstanceLock

    return InstanceLock(folder).acquire()


__all__ = [
    "TEST_KDF",
    "Availability",
    "Header",
    "HeaderDamaged",
    "HeaderMissing",
    "InvalidRecoveryKey",
    "KdfParams",
    "Keychain",
    "KeychainError",
    "NotAVault",
    "RecoveryKey",
    "StorageFull",
    "Vault",
    "VaultDamaged",
    "VaultError",
    "VaultInUse",
    "WeakPassphrase",
    "WrongPassphrase",
    "WrongRecoveryKey",
    "change_passphrase",
    "claim_vault",
    "confirm_recovery",
    "create_vault",
    "has_vault",
    "install_header",
    "load_unlock_code",
    "new_recovery_key",
    "personal_words",
    "recovery_confirmed",
    "reencrypt_job",
    "remember_new_key",
    "reset_passphrase",
    "rewrap_for_new_passphrase",
    "set_remembered",
    "unlock",
    "unlock_remembered",
]
