"""Change passphrase: confirm the current one, choose a new one (re-wrap only)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from secondop_desktop.core.jobs import CancelToken, Progress
from secondop_desktop.ui.common.state import AppState
from secondop_desktop.ui.common.tasks import TaskRunner
from secondop_desktop.ui.common.widgets import NewPassphrase, error_label, password_edit, show_error
from secondop_desktop.vault import session


def _change_job(
    header: session.Header,
    data_key: bytes,
    current: str,
    new: str,
    kdf: session.KdfParams | None,
    *,
    cancel: CancelToken,
    progress: Progress,
) -> session.Header:
    """On the pool (two Argon2id runs) with plain data only, never the window's vault:
    returns the new header, which the dialog installs on the UI thread."""
    return session.rewrap_for_new_passphrase(header, data_key, current, new, kdf=kdf)


class ChangePassphraseDialog(QDialog):
    def __init__(self, state: AppState, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state, self.runner = state, runner
        self.setWindowTitle("Change passphrase")
        self.setMinimumWidth(440)
        self.current = password_edit("Current passphrase")
        current_label = QLabel("&Current passphrase")
        current_label.setBuddy(self.current)
        self.new = NewPassphrase()
        self.error = error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok: QPushButton = buttons.addButton("C&hange", QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setEnabled(False)
        self.new.valid_changed.connect(self.ok.setEnabled)
        buttons.accepted.connect(self._change)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(current_label)
        layout.addWidget(self.current)
        layout.addSpacing(8)
        layout.addWidget(self.new)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _change(self) -> None:
        show_error(self.error, "")
        self.ok.setEnabled(False)
        vault = self.state.vault
        self.runner.run(
            _change_job,
            vault.header,
            vault.data_key(),
            self.current.text(),
            self.new.text(),
            self.state.kdf,
            title="Changing passphrase",
            on_done=self._rewrapped,
            on_error=self._failed,
            parent_widget=self,
            cancellable=False,
        )

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
            show_error(self.error, "The current passphrase is not right.")
            self.current.selectAll()
            self.current.setFocus()
        elif isinstance(exc, (session.VaultError, session.WeakPassphrase)):
            show_error(self.error, str(exc))
        elif isinstance(exc, OSError):
            show_error(self.error, f"The new key header could not be written: {exc.strerror}.")
        else:
            show_error(self.error, "The passphrase could not be changed.")
