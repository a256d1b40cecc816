"""The unlock page, inside the main window (never a modal dialog), and passphrase reset."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from secondop_desktop.core.jobs import CancelToken, Progress
from secondop_desktop.i18n import translate
from secondop_desktop.ui.common.state import AppState
from secondop_desktop.ui.common.tasks import TaskRunner
from secondop_desktop.ui.common.widgets import (
    Column,
    NewPassphrase,
    error_label,
    heading,
    paragraph,
    password_edit,
    show_error,
)
from secondop_desktop.vault import session


def _unlock_job(
    folder: Path, passphrase: str, *, cancel: CancelToken, progress: Progress
) -> session.Vault:
    """On the pool (Argon2id must not freeze the window). The vault it returns belongs to
    the worker until the UI thread adopts it in on_done."""
    return session.unlock(folder, passphrase, verify=False)  # pages: checked after unlock


def _reset_job(
    folder: Path,
    key_text: str,
    new: str,
    kdf: session.KdfParams | None,
    *,
    cancel: CancelToken,
    progress: Progress,
) -> session.Vault:
    return session.reset_passphrase(folder, key_text, new, kdf=kdf)


class UnlockPage(QWidget):
    unlocked = Signal(object)
    restore_requested = Signal()

    def __init__(self, state: AppState, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.runner = runner
        self.latest_backup: Path | None = None
        self.stack = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 48, 24, 24)
        layout.addWidget(self.stack)
        self._build_unlock()
        self._reset_built = False  # built on first use: it needs the strength meter's
        # word lists, which the window should not load before it is shown

    def _build_unlock(self) -> None:
        step = Column()
        step.body.addWidget(heading(translate("unlock_page", "SecondOp is locked"), 20))
        step.body.addWidget(
            paragraph(translate("unlock_page", "Enter your passphrase to open your vault."))
        )
        label = QLabel(translate("unlock_page", "&Passphrase"))
        self.passphrase = password_edit(translate("unlock_page", "Passphrase"))
        label.setBuddy(self.passphrase)
        step.body.addWidget(label)
        step.body.addWidget(self.passphrase)
        self.error = error_label()
        step.body.addWidget(self.error)
        self.keychain_button = QPushButton(
            translate("unlock_page", "Use this computer's &keychain")
        )
        self.keychain_button.clicked.connect(self.try_keychain)
        self.forgot = QPushButton(translate("unlock_page", "&Forgot passphrase?"))
        self.forgot.setFlat(True)
        self.forgot.clicked.connect(self._show_reset)
        self.unlock_button = QPushButton(translate("unlock_page", "&Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._unlock)
        self.passphrase.returnPressed.connect(self._unlock)
        self.restore_button = QPushButton(translate("unlock_page", "&Restore the latest backup…"))
        self.restore_button.hide()
        self.restore_button.clicked.connect(self.restore_requested)
        step.body.addWidget(self.restore_button)
        self.recovery_button = QPushButton(translate("unlock_page", "Open with my recovery &key…"))
        self.recovery_button.hide()
        self.recovery_button.clicked.connect(self._show_reset)
        step.body.addWidget(self.recovery_button)
        self.salvage_button = QPushButton(translate("unlock_page", "&Save what can still be read…"))
        self.salvage_button.setToolTip(
            translate(
                "unlock_page",
                "Copies every record and case that can still be read to a folder you choose; "
                "the vault itself is not changed",
            )
        )
        self.salvage_button.hide()
        self.salvage_button.clicked.connect(self._salvage)
        step.body.addWidget(self.salvage_button)
        step.finish(self.forgot, self.keychain_button, self.unlock_button)
        self.stack.addWidget(step)

    def _build_reset(self) -> None:
        if self._reset_built:
            return
        self._reset_built = True
        step = Column()
        step.body.addWidget(heading(translate("unlock_page", "Reset your passphrase")))
        step.body.addWidget(
            paragraph(
                translate(
                    "unlock_page",
                    "Type the recovery key from your recovery kit (spaces and dashes do not "
                    "matter), then choose a new passphrase. Your records stay exactly as they are.",
                )
            )
        )
        label = QLabel(translate("unlock_page", "&Recovery key"))
        self.recovery_key = QPlainTextEdit()
        self.recovery_key.setTabChangesFocus(True)
        self.recovery_key.setFixedHeight(64)
        self.recovery_key.setFont(QFont("DejaVu Sans Mono", 12))
        self.recovery_key.setAccessibleName(translate("unlock_page", "Recovery key"))
        label.setBuddy(self.recovery_key)
        step.body.addWidget(label)
        step.body.addWidget(self.recovery_key)
        self.reset_pass = NewPassphrase()
        step.body.addWidget(self.reset_pass)
        self.reset_error = error_label()
        step.body.addWidget(self.reset_error)
        back = QPushButton(translate("unlock_page", "&Back"))
        back.clicked.connect(self.show_unlock)
        self.reset_button = QPushButton(translate("unlock_page", "Set new &passphrase"))
        self.reset_button.setEnabled(False)
        self.reset_pass.valid_changed.connect(self.reset_button.setEnabled)
        self.reset_button.clicked.connect(self._reset)
        self.reset_pass.second.returnPressed.connect(self._reset_on_enter)
        step.finish(back, self.reset_button)
        self.stack.addWidget(step)

    # -- behaviour ----------------------------------------------------------------------
    def prepare(self, message: str = "") -> None:
        """Called each time the page is shown: fresh fields, keychain offered if remembered."""
        self._restored = False
        self.restore_button.hide()
        self.salvage_button.hide()
        self.recovery_button.hide()
        self.passphrase.clear()
        if self._reset_built:
            self.recovery_key.clear()
            self.reset_pass.clear()
        show_error(self.error, message)
        self.keychain_button.setVisible(self.state.settings.remember_on_this_computer)
        self.show_unlock()

    def show_unlock(self) -> None:
        self.stack.setCurrentIndex(0)
        self.passphrase.setFocus()

    def _show_reset(self) -> None:
        self._build_reset()
        self.stack.setCurrentIndex(1)
        self.recovery_key.setFocus()

    def _busy(self, busy: bool) -> None:
        self.unlock_button.setEnabled(not busy)
        self.passphrase.setEnabled(not busy)

    def _unlock(self) -> None:
        if self.runner.busy:
            return
        if not self.passphrase.text():
            show_error(self.error, translate("unlock_page", "Type your passphrase first."))
            return
        show_error(self.error, "")
        self._busy(True)
        self.runner.run(
            _unlock_job,
            self.state.data_dir,
            self.passphrase.text(),
            title=translate("unlock_page", "Unlocking"),
            on_done=self._done,
            on_error=self._failed,
            parent_widget=self,
            cancellable=False,
        )

    def try_keychain(self) -> bool:
        try:
            vault = session.unlock_remembered(
                self.state.data_dir, self.state.keychain, self.state.settings, verify=False
            )
        except session.VaultError as exc:
            show_error(self.error, str(exc))
            return False
        if vault is None:
            show_error(
                self.error,
                translate(
                    "unlock_page",
                    "This computer's keychain did not have the key. Enter your passphrase.",
                ),
            )
            self.keychain_button.hide()
            return False
        self.unlocked.emit(vault)
        return True

    def _done(self, vault: session.Vault) -> None:
        vault.adopt()  # the worker that opened it is done: the UI thread owns it from now
        self._busy(False)
        self.passphrase.clear()
        self._restored = False
        self.unlocked.emit(vault)

    def after_restore(self, message: str = "") -> None:
        """The page after a restore: until it opens, a wrong passphrase is explained by it."""
        self.prepare(message)
        self._restored = True

    def show_problem(self, exc: BaseException) -> None:
        """Say what stopped the vault (damage found after unlock), with what can be done."""
        self._failed(exc)

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        if isinstance(exc, session.WrongPassphrase) and getattr(self, "_restored", False):
            show_error(
                self.error,
                translate(
                    "unlock_page",
                    "{problem} This vault was just restored from a backup: it opens with the "
                    "passphrase it had when that backup was made.",
                ).format(problem=exc),
            )
        elif isinstance(exc, session.VaultError):
            show_error(self.error, str(exc))
        else:
            show_error(self.error, translate("unlock_page", "The vault could not be opened."))
        if isinstance(exc, session.HeaderDamaged):
            # Only the key header: the recovery key (or a backup, header included) opens it.
            self.recovery_button.show()
            self._offer_restore()
            self.salvage_button.hide()  # it needs a passphrase the damaged header cannot check
        elif isinstance(exc, session.VaultDamaged):
            self._offer_restore()
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def _offer_restore(self) -> None:
        """Damage (not a wrong passphrase): offer the newest backup that passes its checks."""
        from secondop_desktop.core import dates
        from secondop_desktop.vault import backups

        self.salvage_button.show()
        latest = backups.latest_good(self.state.data_dir)
        self.latest_backup = latest.path if latest else None
        if latest is not None:
            when = dates.format_date(latest.created.date())
            self.restore_button.setText(
                translate("unlock_page", "&Restore the latest backup ({date})…").format(date=when)
            )
            self.restore_button.show()

    def _salvage(self) -> None:
        """No good backup (or not wanted): copy out whatever can still be read."""
        from secondop_desktop.ui.common import dialogs
        from secondop_desktop.vault import salvage

        passphrase = self.passphrase.text()
        if not passphrase:  # damage found after unlock: the field was cleared by the lock
            passphrase = (
                dialogs.ask_password(
                    self,
                    translate("unlock_page", "Save what can still be read"),
                    str(self.state.data_dir),
                    translate(
                        "unlock_page",
                        "Your vault's passphrase: the records are read with it, the vault is not "
                        "changed.",
                    ),
                )
                or ""
            )
            if not passphrase:
                return
        out = dialogs.open_folder(self, translate("unlock_page", "Save what can still be read to"))
        if not out:
            return
        self.runner.run(
            salvage.salvage,
            self.state.data_dir,
            passphrase,
            Path(out) / translate("unlock_page", "SecondOp salvaged records"),
            title=translate("unlock_page", "Saving what can still be read"),
            on_done=lambda report: dialogs.info(
                self, translate("unlock_page", "Saved"), report.summary()
            ),
            on_error=lambda exc: dialogs.error(
                self,
                translate("unlock_page", "Nothing could be saved"),
                str(exc) or translate("unlock_page", "The vault could not be read."),
            ),
            parent_widget=self,
        )

    def _reset_on_enter(self) -> None:
        if self.reset_button.isEnabled():
            self.reset_button.click()

    def _reset(self) -> None:
        if self.runner.busy:
            return
        show_error(self.reset_error, "")
        self.reset_button.setEnabled(False)
        self.runner.run(
            _reset_job,
            self.state.data_dir,
            self.recovery_key.toPlainText(),
            self.reset_pass.text(),
            self.state.kdf,
            title=translate("unlock_page", "Setting your new passphrase"),
            on_done=self._reset_done,
            on_error=self._reset_failed,
            parent_widget=self,
            cancellable=False,
        )

    def _reset_done(self, vault: session.Vault) -> None:
        vault.adopt()  # opened by the (finished) worker: the UI thread owns it from now
        self.reset_pass.clear()
        self.recovery_key.clear()
        if self.state.settings.remember_on_this_computer:
            # The header may be new (new vault id): refresh the remembered key.
            try:
                session.set_remembered(
                    vault, self.state.keychain, self.state.settings, self.state.data_dir, True
                )
            except session.KeychainError:
                self.state.settings.remember_on_this_computer = False
        self.unlocked.emit(vault)

    def _reset_failed(self, exc: BaseException) -> None:
        self.reset_button.setEnabled(self.reset_pass.is_valid)
        if isinstance(exc, (session.VaultError, session.WeakPassphrase)):
            show_error(self.reset_error, str(exc))
        else:
            show_error(
                self.reset_error, translate("unlock_page", "The passphrase could not be reset.")
            )
