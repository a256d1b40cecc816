"""A recovery key that was never confirmed: the banner shown after every unlock until it is,
and the dialog that makes a new key (re-wrapping the data key while unlocked), shows it once
with its printable kit, and has two of its groups typed back."""

from __future__ import annotations

import random
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from secondop_desktop.ui.common import dialogs
from secondop_desktop.ui.common.state import AppState
from secondop_desktop.ui.common.widgets import Column, error_label, heading, paragraph, show_error
from secondop_desktop.vault import session
from secondop_desktop.vault.recovery_kit import write_recovery_kit

NEVER_CONFIRMED = (
    "Your recovery key was never confirmed. If you forget your passphrase, it is the only "
    "way back into your vault. Make a new recovery key now and keep it somewhere safe."
)


class RecoveryBanner(QFrame):
    """Shown under the window's other banners while the open vault's key is unconfirmed."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setStyleSheet("QFrame { background:#fde7e9; } QLabel { color:#8c1d18; }")
        self.setAccessibleName("Recovery key not confirmed")
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 12, 6)
        self.text = QLabel(NEVER_CONFIRMED)
        self.text.setWordWrap(True)
        row.addWidget(self.text, 1)
        self.make_button = QPushButton("Make a new &recovery key…")
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

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.recovery: session.RecoveryKey | None = None
        self._asked: list[int] = []
        self.setWindowTitle("New recovery key")
        self.stack = QStackedWidget()
        QVBoxLayout(self).addWidget(self.stack)
        self._build_intro()
        self._build_key()
        self._build_confirm()

    def _build_intro(self) -> None:
        step = Column()
        step.body.addWidget(heading("Make a new recovery key"))
        step.body.addWidget(paragraph(NEVER_CONFIRMED))
        step.body.addWidget(
            paragraph(
                "The new key replaces the old one: a key from before stops working. Your "
                "passphrase and your records stay as they are."
            )
        )
        self.intro_error = error_label()
        step.body.addWidget(self.intro_error)
        later = QPushButton("&Later")
        later.clicked.connect(self.reject)
        self.make_button = QPushButton("&Make a new recovery key")
        self.make_button.setDefault(True)
        self.make_button.clicked.connect(self._make)
        step.finish(later, self.make_button)
        self.stack.addWidget(step)

    def _build_key(self) -> None:
        step = Column()
        step.body.addWidget(heading("Your new recovery key"))
        step.body.addWidget(
            paragraph(
                "It is shown only now. Write it on paper or save the recovery kit and print "
                "it, then keep it somewhere safe, away from this computer."
            )
        )
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.key_grid = QGridLayout(frame)
        step.body.addWidget(frame)
        self.kit_status = paragraph("")
        step.body.addWidget(self.kit_status)
        save = QPushButton("&Save recovery kit (PDF)…")
        save.clicked.connect(self._save_kit)
        done = QPushButton("I have &written it down")
        done.setDefault(True)
        done.clicked.connect(self._ask_confirmation)
        step.finish(save, done)
        self.stack.addWidget(step)

    def _build_confirm(self) -> None:
        step = Column()
        step.body.addWidget(heading("Check your recovery key"))
        step.body.addWidget(
            paragraph("Type two of its groups from your copy (not from the screen).")
        )
        row = QHBoxLayout()
        self.group_labels: list[QLabel] = []
        self.group_edits: list[QLineEdit] = []
        for _ in range(2):
            label, edit = QLabel(), QLineEdit()
            edit.setMaxLength(4)
            edit.setFixedWidth(90)
            edit.setFont(QFont("DejaVu Sans Mono", 14))
            label.setBuddy(edit)
            edit.textChanged.connect(self._check_groups)
            self.group_labels.append(label)
            self.group_edits.append(edit)
            row.addWidget(label)
            row.addWidget(edit)
        row.addStretch(1)
        step.body.addLayout(row)
        self.confirm_error = error_label()
        step.body.addWidget(self.confirm_error)
        back = QPushButton("Show the key &again")
        back.clicked.connect(lambda: self.stack.setCurrentIndex(1))
        self.confirm_button = QPushButton("&Confirm")
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
            show_error(self.intro_error, f"The key header could not be written: {exc.strerror}.")
            return
        mono = QFont("DejaVu Sans Mono", 16)
        mono.setBold(True)
        for i, group in enumerate(self.recovery.groups()):
            number = QLabel(str(i + 1))
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            label = QLabel(group)
            label.setFont(mono)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setAccessibleName(f"Group {i + 1}: {' '.join(group)}")
            row, col = divmod(i, 4)
            self.key_grid.addWidget(number, row, col * 2)
            self.key_grid.addWidget(label, row, col * 2 + 1)
        self.stack.setCurrentIndex(1)

    def _save_kit(self) -> None:
        assert self.recovery is not None
        suggested = str(Path.home() / "SecondOp recovery kit.pdf")
        path = dialogs.save_file(self, "Save recovery kit", suggested, "PDF files (*.pdf)")
        if not path:
            return
        try:
            write_recovery_kit(Path(path), self.recovery, self.state.data_dir)
        except OSError as exc:
            dialogs.error(self, "Recovery kit", f"The kit could not be saved: {exc.strerror}.")
            return
        self.kit_status.setText(f"Saved to {path}. Print it, then delete the file if you like.")

    def _ask_confirmation(self) -> None:
        assert self.recovery is not None
        self._asked = sorted(random.sample(range(len(self.recovery.groups())), 2))
        for label, edit, index in zip(
            self.group_labels, self.group_edits, self._asked, strict=True
        ):
            label.setText(f"Group &{index + 1}")
            edit.setAccessibleName(f"Group {index + 1} of the recovery key")
            edit.clear()
        self.stack.setCurrentIndex(2)
        self.group_edits[0].setFocus()

    def _check_groups(self) -> None:
        assert self.recovery is not None
        groups = self.recovery.groups()
        typed = [e.text().strip().upper() for e in self.group_edits]
        ok = all(t == groups[i] for t, i in zip(typed, self._asked, strict=True))
        complete = all(len(t) == 4 for t in typed)
        self.confirm_button.setEnabled(ok)
        show_error(
            self.confirm_error,
            "" if ok or not complete else "That does not match. Check your copy of the key.",
        )

    def _confirm(self) -> None:
        try:
            session.confirm_recovery(self.state.vault)
        except session.VaultError as exc:
            show_error(self.confirm_error, str(exc))
            return
        except OSError as exc:
            show_error(self.confirm_error, f"The key header could not be written: {exc.strerror}.")
            return
        self.recovery = None
        self.accept()
