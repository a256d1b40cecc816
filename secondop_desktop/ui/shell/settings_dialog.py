"""Settings: auto-lock minutes, "remember on this computer" and the language.

The language applies from the next start: every screen is built in one language, and a
window half in the old one would be worse than asking for a restart."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from secondop_desktop import i18n
from secondop_desktop.i18n import translate
from secondop_desktop.settings import MAX_AUTO_LOCK, MIN_AUTO_LOCK
from secondop_desktop.ui.common import colours
from secondop_desktop.ui.common.state import AppState
from secondop_desktop.ui.common.widgets import error_label, show_error
from secondop_desktop.vault import session


class SettingsDialog(QDialog):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setWindowTitle(translate("settings_dialog", "Settings"))
        self.minutes = QSpinBox()
        self.minutes.setRange(MIN_AUTO_LOCK, MAX_AUTO_LOCK)
        self.minutes.setSuffix(translate("settings_dialog", " minutes"))
        self.minutes.setValue(state.settings.auto_lock_minutes)
        self.minutes.setAccessibleName(
            translate("settings_dialog", "Lock after this many idle minutes")
        )
        self.remember = QCheckBox(
            translate("settings_dialog", "Remember the vault key in this computer's keychain")
        )
        self.remember.setChecked(state.settings.remember_on_this_computer)
        self.note = QLabel()
        self.note.setWordWrap(True)
        colours.mute(self.note)
        avail = state.keychain.availability()
        if not avail.available:
            self.remember.setEnabled(False)
            self.remember.setChecked(False)
            self.note.setText(
                translate(
                    "settings_dialog",
                    "{reason} SecondOp never stores the key anywhere else, so you will "
                    "type your passphrase each time.",
                ).format(reason=avail.reason)
            )
        else:
            self.note.setText(
                translate(
                    "settings_dialog",
                    "Anyone who can log in to your account on this computer could then open "
                    "the vault without the passphrase.",
                )
            )
        self.error = error_label()
        form = QFormLayout()
        lock_label = QLabel(translate("settings_dialog", "&Lock when idle for"))
        lock_label.setBuddy(self.minutes)
        form.addRow(lock_label, self.minutes)
        self.language = QComboBox()
        system = i18n.LANGUAGES.get(i18n.choose(i18n.SYSTEM), "English")
        self.language.addItem(
            translate("settings_dialog", "As the system ({language})").format(language=system),
            i18n.SYSTEM,
        )
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        index = self.language.findData(state.settings.language)
        self.language.setCurrentIndex(max(index, 0))
        language_label = QLabel(translate("settings_dialog", "Lan&guage"))
        language_label.setBuddy(self.language)
        form.addRow(language_label, self.language)
        self.language_note = QLabel(
            translate("settings_dialog", "A new language applies when SecondOp next starts.")
        )
        self.language_note.setWordWrap(True)
        colours.mute(self.language_note)
        form.addRow("", self.language_note)
        self.searchable = QCheckBox(
            translate("settings_dialog", "In the packet, make photo and scan pages searc&hable")
        )
        self.searchable.setToolTip(
            translate(
                "settings_dialog",
                "The words read from each photo and scanned page travel with it, invisible, "
                "so the doctor can search and copy them. The picture itself is unchanged.",
            )
        )
        self.searchable.setChecked(state.settings.searchable_photos)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.searchable)
        layout.addWidget(self.remember)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _save(self) -> None:
        settings = self.state.settings
        settings.auto_lock_minutes = self.minutes.value()
        settings.language = str(self.language.currentData())
        settings.searchable_photos = self.searchable.isChecked()
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
