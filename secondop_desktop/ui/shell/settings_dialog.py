"""Settings: auto-lock minutes and "remember on this computer"."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from secondop_desktop.settings import MAX_AUTO_LOCK, MIN_AUTO_LOCK
from secondop_desktop.ui.common import colours
from secondop_desktop.ui.common.state import AppState
from secondop_desktop.ui.common.widgets import error_label, show_error
from secondop_desktop.vault import session


class SettingsDialog(QDialog):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setWindowTitle("Settings")
        self.minutes = QSpinBox()
        self.minutes.setRange(MIN_AUTO_LOCK, MAX_AUTO_LOCK)
        self.minutes.setSuffix(" minutes")
        self.minutes.setValue(state.settings.auto_lock_minutes)
        self.minutes.setAccessibleName("Lock after this many idle minutes")
        self.remember = QCheckBox("Remember the vault key in this computer's keychain")
        self.remember.setChecked(state.settings.remember_on_this_computer)
        self.note = QLabel()
        self.note.setWordWrap(True)
        colours.mute(self.note)
        avail = state.keychain.availability()
        if not avail.available:
            self.remember.setEnabled(False)
            self.remember.setChecked(False)
            self.note.setText(
                f"{avail.reason} SecondOp never stores the key anywhere else, so you will "
                "type your passphrase each time."
            )
        else:
            self.note.setText(
                "Anyone who can log in to your account on this computer could then open the "
                "vault without the passphrase."
            )
        self.error = error_label()
        form = QFormLayout()
        lock_label = QLabel("&Lock when idle for")
        lock_label.setBuddy(self.minutes)
        form.addRow(lock_label, self.minutes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.remember)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _save(self) -> None:
        settings = self.state.settings
        settings.auto_lock_minutes = self.minutes.value()
        wanted = self.remember.isChecked()
        if wanted != settings.remember_on_this_computer and self.state.is_unlocked:
            try:
                session.set_remembered(
                    self.state.vault, self.state.keychain, settings, self.state.data_dir, wanted
                )
            except session.KeychainError as exc:
                show_error(self.error, str(exc))
                return
        self.state.save_settings()
        self.accept()
