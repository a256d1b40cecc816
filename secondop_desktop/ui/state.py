"""The app's shared state: the open vault, settings, keychain, and the change signal.

Screens announce a change once through ``changed`` (what kind, which id); each screen
decides whether it needs to refresh (Anki's operations pattern).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from .. import session
from ..settings import Settings


class AppState(QObject):
    unlocked = Signal()
    locked = Signal()
    changed = Signal(str, int)  # kind ("case"), id (0 when many)

    def __init__(
        self,
        data_dir: Path,
        *,
        keychain: session.Keychain | None = None,
        kdf: session.KdfParams | None = None,
        demo_mode: bool = False,
    ) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.settings = Settings.load(data_dir)
        self.keychain = keychain or session.Keychain()
        self.kdf = kdf
        self.demo_mode = demo_mode
        self._vault: session.Vault | None = None

    @property
    def vault(self) -> session.Vault:
        if self._vault is None or not self._vault.is_open:
            raise session.VaultError("The vault is locked.")
        return self._vault

    @property
    def is_unlocked(self) -> bool:
        return self._vault is not None and self._vault.is_open

    def has_vault(self) -> bool:
        return session.has_vault(self.data_dir)

    def set_unlocked(self, vault: session.Vault) -> None:
        self._vault = vault
        self.unlocked.emit()

    def lock(self) -> None:
        if self._vault is None:
            return
        self._vault.lock()
        self._vault = None
        self.locked.emit()

    def save_settings(self) -> None:
        if not self.demo_mode:
            self.settings.save(self.data_dir)
