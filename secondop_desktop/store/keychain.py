""" "Remember on this computer": the data key in the OS keychain, through ``keyring``.

The keychain is a convenience only. When no usable backend exists (headless Linux, the
fail or null backend) the option is reported unavailable with a reason, and the key is
never written anywhere else: no file, no settings entry (the Vorta and Signal lessons).
"""

from __future__ import annotations

import base64
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from secondop_desktop.i18n import translate

if TYPE_CHECKING:
    import keyring.backend

log = logging.getLogger(__name__)

SERVICE = "SecondOp vault key"


@dataclass(frozen=True)
class Availability:
    available: bool
    reason: str = ""


def _errors() -> Any:
    # keyring (and its backend probe) costs ~0.2 s: loaded only when the keychain is used.
    import keyring.errors

    return keyring.errors


def _is_unusable(backend: keyring.backend.KeyringBackend) -> str:
    module = type(backend).__module__
    name = type(backend).__name__
    if module.startswith("keyring.backends.fail") or (name == "Keyring" and "fail" in module):
        return translate("keychain", "No system keychain was found on this computer.")
    if module.startswith("keyring.backends.null"):
        return translate("keychain", "The system keychain is switched off for this account.")
    try:
        priority = float(backend.priority)
    except Exception:  # a backend whose priority property raises is not usable
        return translate("keychain", "The system keychain is not working on this computer.")
    if priority <= 0:
        return translate("keychain", "The system keychain is not working on this computer.")
    if module.startswith("keyring.backends.chainer") and not getattr(backend, "backends", []):
        return translate("keychain", "No system keychain was found on this computer.")
    return ""


class Keychain:
    """A small adapter so the rest of the app never touches ``keyring`` directly."""

    def __init__(self, backend: keyring.backend.KeyringBackend | None = None) -> None:
        self._backend = backend

    @property
    def backend(self) -> keyring.backend.KeyringBackend:
        if self._backend is None:
            import keyring

            self._backend = keyring.get_keyring()
        return self._backend

    def availability(self) -> Availability:
        reason = _is_unusable(self.backend)
        return Availability(not reason, reason)

    def remember(self, vault_id: str, data_key: bytes) -> None:
        """Store the key; raises :class:`KeychainError` with a plain sentence on failure."""
        avail = self.availability()
        if not avail.available:
            raise KeychainError(avail.reason)
        try:
            self.backend.set_password(SERVICE, vault_id, base64.b64encode(data_key).decode("ascii"))
        except _errors().KeyringError as exc:
            log.warning("keychain refused to store the key: %s", type(exc).__name__)
            raise KeychainError(
                translate(
                    "keychain", "The system keychain refused to store the key (it may be locked)."
                )
            ) from exc

    def recall(self, vault_id: str) -> bytes | None:
        """The remembered key, or None when absent, unreadable or malformed."""
        if not self.availability().available:
            return None
        try:
            text = self.backend.get_password(SERVICE, vault_id)
        except _errors().KeyringError as exc:
            log.warning("keychain read failed: %s", type(exc).__name__)
            return None
        if not text:
            return None
        try:
            key = base64.b64decode(text.encode("ascii"), validate=True)
        except ValueError:
            return None
        return key if len(key) == 32 else None

    def forget(self, vault_id: str) -> None:
        if not self.availability().available:
            return
        try:
            self.backend.delete_password(SERVICE, vault_id)
        except _errors().PasswordDeleteError:
            pass  # nothing was stored: forgetting is already done
        except _errors().KeyringError as exc:
            log.warning("keychain delete failed: %s", type(exc).__name__)


class KeychainError(Exception):
    pass
