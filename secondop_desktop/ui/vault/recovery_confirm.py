"""A recovery key that was never confirmed: the banner shown after every unlock until it is,
and the dialog that makes a new key (re-wrapping the data key while unlocked), shows it once
with its printable kit, and has two of its groups typed back."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from secondop_desktop.i18n import translate
from secondop_desktop.ui.common.state import AppState
from secondop_desktop.ui.common.widgets import Column, error_label, heading, paragraph, show_error
from secondop_desktop.ui.vault import recovery_key_parts
from secondop_desktop.vault import session


def never_confirmed() -> str:
    return translate(
        "recovery_confirm",
        "Your recovery key was never confirmed. If you forget your passphrase, it is the only "
        "way back into your vault. Make a new recovery key now and keep it somewhere safe.",
    )


class RecoveryBanner(QFrame):
    """Shown under the window's other banners while the open vault's key is unconfirmed."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setStyleSheet("QFrame { background:#fde7e9; } QLabel { color:#8c1d18; }")
        self.setAccessibleName(translate("recovery_confirm", "Recovery key not confirmed"))
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 12, 6)
        self.text = QLabel(never_confirmed())
        self.text.setWordWrap(True)
        row.addWidget(self.text, 1)
        self.make_button = QPushButton(translate("recovery_confirm", "Make a new &recovery key…"))
        self.make_button.clicked.connect(self.make_new_key)
        row.addWidget(self.make_button)
        self.dialog: NewRecoveryKeyDialog | None = None
        self.hide()
        state.locked.connect(self._locked)

    def _locked(self) -> None:
        self.hide()
        if self.dialog is not None:  # the key it shows must not outlive the lock
            self.dialog.reject()
            self.dialog = None

    def refresh(self) -> None:
        """Show or hide for the vault now open (called after each unlock)."""
        # The demo vault is deleted at quit: its key is nothing to keep.
        self.setVisible(
            self.state.is_unlocked
            and not self.state.demo_mode
            and not session.recovery_confirmed(self.state.vault)
        )

    def make_new_key(self) -> None:
        if not self.state.is_unlocked:
            return
        self.dialog = NewRecoveryKeyDialog(self.state, self.window())
        self.dialog.finished.connect(lambda _result: self.refresh())
        self.dialog.open()  # window-modal, without blocking the event loop


class NewRecoveryKeyDialog(QDialog):
    """Make a new recovery key, show it once (with the kit), then have it typed back."""

    def __init__(
        self,
        state: AppState,
        parent: QWidget | None = None,
        *,
        made: session.RecoveryKey | None = None,
    ) -> None:
        """``made``: a key made already (by a re-encryption), shown at once."""
        super().__init__(parent)
        self.state = state
        self.recovery: session.RecoveryKey | None = None
        self._asked: list[int] = []
        self.setWindowTitle(translate("recovery_confirm", "New recovery key"))
        self.stack = QStackedWidget()
        QVBoxLayout(self).addWidget(self.stack)
        self._build_intro()
        self._build_key()
        self._build_confirm()
        if made is not None:
            self.recovery = made
            recovery_key_parts.show_key(self.key_grid, made)
            self.stack.setCurrentIndex(1)

    def _build_intro(self) -> None:
        step = Column()
        step.body.addWidget(heading(translate("recovery_confirm", "Make a new recovery key")))
        step.body.addWidget(paragraph(never_confirmed()))
        step.body.addWidget(
            paragraph(
                translate(
                    "recovery_confirm",
                    "The new key replaces the old one: a key from before stops working. Your "
                    "passphrase and your records stay as they are.",
                )
            )
        )
        self.intro_error = error_label()
        step.body.addWidget(self.intro_error)
        later = QPushButton(translate("recovery_confirm", "&Later"))
        later.clicked.connect(self.reject)
        self.make_button = QPushButton(translate("recovery_confirm", "&Make a new recovery key"))
        self.make_button.setDefault(True)
        self.make_button.clicked.connect(self._make)
        step.finish(later, self.make_button)
        self.stack.addWidget(step)

    def _build_key(self) -> None:
        step = Column()
        step.body.addWidget(heading(translate("recovery_confirm", "Your new recovery key")))
        step.body.addWidget(
            paragraph(
                translate(
                    "recovery_confirm",
                    "It is shown only now. Write it on paper or save the recovery kit and print "
                    "it, then keep it somewhere safe, away from this computer.",
                )
            )
        )
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.key_grid = QGridLayout(frame)
        step.body.addWidget(frame)
        self.kit_status = paragraph("")
        step.body.addWidget(self.kit_status)
        self.print_button, save, done = recovery_key_parts.kit_buttons(
            self._print_kit, self._save_kit, self._ask_confirmation
        )
        step.finish(self.print_button, save, done)
        self.stack.addWidget(step)

    def _build_confirm(self) -> None:
        step = Column()
        step.body.addWidget(heading(translate("recovery_confirm", "Check your recovery key")))
        step.body.addWidget(
            paragraph(
                translate(
                    "recovery_confirm",
                    "Type two of its groups from your copy (not from the screen).",
                )
            )
        )
        row, self.group_labels, self.group_edits = recovery_key_parts.group_inputs(
            self._check_groups, lambda: self.confirm_button
        )
        step.body.addLayout(row)
        self.confirm_error = error_label()
        step.body.addWidget(self.confirm_error)
        back = QPushButton(translate("recovery_confirm", "Show the key &again"))
        back.clicked.connect(lambda: self.stack.setCurrentIndex(1))
        self.confirm_button = QPushButton(translate("recovery_confirm", "&Confirm"))
        self.confirm_button.setEnabled(False)
        self.confirm_button.setDefault(True)
        self.confirm_button.clicked.connect(self._confirm)
        step.finish(back, self.confirm_button)
        self.stack.addWidget(step)

    # -- behaviour ----------------------------------------------------------------------
    def _make(self) -> None:
        try:
            self.recovery = session.new_recovery_key(self.state.vault)
        except session.VaultError as exc:
            show_error(self.intro_error, str(exc))
            return
        except OSError as exc:
            show_error(
                self.intro_error,
                translate(
                    "recovery_confirm", "The key header could not be written: {reason}."
                ).format(reason=exc.strerror),
            )
            return
        recovery_key_parts.show_key(self.key_grid, self.recovery)
        self.stack.setCurrentIndex(1)

    def _print_kit(self) -> None:
        assert self.recovery is not None
        recovery_key_parts.print_kit(self, self.recovery, self.state.data_dir, self.kit_status)

    def _save_kit(self) -> None:
        assert self.recovery is not None
        recovery_key_parts.save_kit(self, self.recovery, self.state.data_dir, self.kit_status)

    def _ask_confirmation(self) -> None:
        assert self.recovery is not None
        self._asked = recovery_key_parts.ask_two_groups(
            self.recovery, self.group_labels, self.group_edits
        )
        self.stack.setCurrentIndex(2)
        self.group_edits[0].setFocus()

    def _check_groups(self) -> None:
        assert self.recovery is not None
        ok, problem = recovery_key_parts.groups_typed(self.recovery, self._asked, self.group_edits)
        self.confirm_button.setEnabled(ok)
        show_error(self.confirm_error, problem)

    def _confirm(self) -> None:
        try:
            session.confirm_recovery(self.state.vault)
        except session.VaultError as exc:
            show_error(self.confirm_error, str(exc))
            return
        except OSError as exc:
            show_error(
                self.confirm_error,
                translate(
                    "recovery_confirm", "The key header could not be written: {reason}."
                ).format(reason=exc.strerror),
            )
            return
        self.recovery = None
        self.accept()
