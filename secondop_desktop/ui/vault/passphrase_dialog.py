"""Change passphrase: confirm the current one, choose a new one; re-wrap the key, or (when
the old passphrase may be known) re-encrypt everything under a new key with a new recovery
key, with progress and Cancel."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from secondop_desktop.core.jobs import Cancelled, CancelToken, Progress
from secondop_desktop.i18n import translate
from secondop_desktop.ui.common.state import AppState
from secondop_desktop.ui.common.tasks import TaskRunner
from secondop_desktop.ui.common.widgets import (
    NewPassphrase,
    WrappingColumn,
    error_label,
    paragraph,
    password_edit,
    show_error,
)
from secondop_desktop.vault import session


def _change_job(
    header: session.Header,
    data_key: bytes,
    current: str,
    new: str,
    kdf: session.KdfParams | None,
    user_inputs: tuple[str, ...],
    *,
    cancel: CancelToken,
    progress: Progress,
) -> session.Header:
    """On the pool (two Argon2id runs) with plain data only, never the window's vault:
    returns the new header, which the dialog installs on the UI thread."""
    return session.rewrap_for_new_passphrase(
        header, data_key, current, new, kdf=kdf, user_inputs=user_inputs
    )


def reencrypt_help() -> str:
    return translate(
        "passphrase_dialog",
        "Choose this if someone may know your old passphrase or have your old recovery key. "
        "Every record is copied under a new key, so nothing from before opens the vault again "
        "(a large vault takes a minute or two). You get a new recovery key to write down. "
        "Backups made before today still open with the old passphrase: delete them if they "
        "may be in the wrong hands.",
    )


class ChangePassphraseDialog(QDialog):
    """Emits ``pausing(True)`` before a re-encryption closes the vault's connection and
    ``pausing(False)`` after it reopens, so the window holds auto-lock and backups."""

    pausing = Signal(bool)

    def __init__(self, state: AppState, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state, self.runner = state, runner
        self.made_recovery: session.RecoveryKey | None = None  # after a re-encryption
        self._suspended: tuple[session.Vault, session.Header, bytes] | None = None
        self.setWindowTitle(translate("passphrase_dialog", "Change passphrase"))
        self.setMinimumWidth(440)
        self.current = password_edit(translate("passphrase_dialog", "Current passphrase"))
        current_label = QLabel(translate("passphrase_dialog", "&Current passphrase"))
        current_label.setBuddy(self.current)
        self.new = NewPassphrase()
        self.new.user_inputs = session.personal_words(state.vault)
        self.reencrypt = QCheckBox(
            translate("passphrase_dialog", "Also re-&encrypt everything with a new key")
        )
        help_text = reencrypt_help()
        self.reencrypt.setAccessibleDescription(help_text)
        help_label = paragraph(help_text)
        self.error = error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok: QPushButton = buttons.addButton(
            translate("passphrase_dialog", "C&hange"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok.setEnabled(False)
        self.new.valid_changed.connect(self.ok.setEnabled)
        buttons.accepted.connect(self._change)
        buttons.rejected.connect(self.reject)
        content = WrappingColumn()  # its wrapped help grows the dialog (at 16 pt it was cut)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        outer = QVBoxLayout(self)
        outer.addWidget(content)
        layout.addWidget(current_label)
        layout.addWidget(self.current)
        layout.addSpacing(8)
        layout.addWidget(self.new)
        layout.addSpacing(8)
        layout.addWidget(self.reencrypt)
        layout.addWidget(help_label)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _change(self) -> None:
        show_error(self.error, "")
        if self.reencrypt.isChecked():
            self._start_reencrypt()
            return
        self.ok.setEnabled(False)
        vault = self.state.vault
        self.runner.run(
            _change_job,
            vault.header,
            vault.data_key(),
            self.current.text(),
            self.new.text(),
            self.state.kdf,
            self.new.user_inputs,
            title=translate("passphrase_dialog", "Changing passphrase"),
            on_done=self._rewrapped,
            on_error=self._failed,
            parent_widget=self,
            cancellable=False,
        )

    # -- re-encryption ----------------------------------------------------------------------
    def _start_reencrypt(self) -> None:
        if self.runner.busy:  # an import or a backup holds its own connection to the vault
            show_error(
                self.error,
                translate(
                    "passphrase_dialog",
                    "Something else is working on the vault (an import, a backup, or the "
                    "check made after unlocking). Wait until it has finished, then try again.",
                ),
            )
            return
        self.ok.setEnabled(False)
        vault = self.state.vault
        self.pausing.emit(True)
        folder, header, key = vault.suspend()
        self._suspended = (vault, header, key)
        self.runner.run(
            session.reencrypt_job,
            folder,
            header,
            key,
            self.current.text(),
            self.new.text(),
            self.state.kdf,
            self.new.user_inputs,
            title=translate("passphrase_dialog", "Re-encrypting the vault"),
            on_done=self._reencrypted,
            on_error=self._reencrypt_failed,
            parent_widget=self,
            cancellable=True,
        )

    def _reencrypted(self, result: object) -> None:
        assert self._suspended is not None
        vault, _old_header, _old_key = self._suspended
        self._suspended = None
        assert isinstance(result, tuple)
        header: session.Header = result[0]
        recovery: session.RecoveryKey = result[1]
        key: bytes = result[2]
        try:
            vault.resume(header, key)
        except (session.VaultError, OSError) as exc:
            self.pausing.emit(False)
            show_error(
                self.error,
                translate(
                    "passphrase_dialog",
                    "The vault was re-encrypted but could not be opened again ({problem}). "
                    "Lock it and unlock it with your new passphrase.",
                ).format(problem=exc),
            )
            return
        session.remember_new_key(vault, self.state.keychain, self.state.settings)
        self.made_recovery = recovery
        self.pausing.emit(False)
        self.accept()

    def _reencrypt_failed(self, exc: BaseException) -> None:
        assert self._suspended is not None
        vault, header, key = self._suspended
        self._suspended = None
        try:
            vault.resume(header, key)  # nothing was swapped: the old key still opens it
        except (session.VaultError, OSError) as reopen:
            self.pausing.emit(False)
            show_error(
                self.error,
                translate(
                    "passphrase_dialog", "The vault could not be opened again: {problem}. Lock it."
                ).format(problem=reopen),
            )
            return
        self.pausing.emit(False)
        if isinstance(exc, Cancelled):
            self.ok.setEnabled(self.new.is_valid)
            show_error(
                self.error,
                translate(
                    "passphrase_dialog",
                    "Cancelled. Nothing was changed; your passphrase is the old one.",
                ),
            )
            return
        self._failed(exc)

    # -- re-wrap only -----------------------------------------------------------------------
    def _rewrapped(self, header: object) -> None:
        if not self.state.is_unlocked:
            return  # locked meanwhile: the old passphrase stays, nothing half-done
        try:
            session.install_header(self.state.vault, header)  # type: ignore[arg-type]
        except (session.VaultError, OSError) as exc:
            self._failed(exc)
            return
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.ok.setEnabled(self.new.is_valid)
        if isinstance(exc, session.WrongPassphrase):
            show_error(
                self.error, translate("passphrase_dialog", "The current passphrase is not right.")
            )
            self.current.selectAll()
            self.current.setFocus()
        elif isinstance(exc, (session.VaultError, session.WeakPassphrase)):
            show_error(self.error, str(exc))
        elif isinstance(exc, OSError):
            show_error(
                self.error,
                translate("passphrase_dialog", "The vault could not be written: {reason}.").format(
                    reason=exc.strerror
                ),
            )
        else:
            show_error(
                self.error, translate("passphrase_dialog", "The passphrase could not be changed.")
            )
