"""First run: welcome, passphrase, recovery key (shown once, then confirmed), first case."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from secondop_desktop import cases
from secondop_desktop.core.jobs import CancelToken, Progress
from secondop_desktop.i18n import translate
from secondop_desktop.ui.cases.case_form import CaseForm
from secondop_desktop.ui.common import colours, dialogs
from secondop_desktop.ui.common.state import AppState
from secondop_desktop.ui.common.tasks import TaskRunner
from secondop_desktop.ui.common.widgets import (
    Column,
    NewPassphrase,
    error_label,
    heading,
    paragraph,
    show_error,
)
from secondop_desktop.ui.vault import recovery_key_parts
from secondop_desktop.vault import session


def _create_job(
    folder: Path,
    passphrase: str,
    kdf: session.KdfParams | None,
    *,
    cancel: CancelToken,
    progress: Progress,
) -> tuple[session.Vault, session.RecoveryKey]:
    """Vault creation for the task runner (Argon2id takes a noticeable moment)."""
    progress(0, 0, translate("welcome_page", "Creating your encrypted vault…"))
    return session.create_vault(folder, passphrase, kdf=kdf)


class WelcomePage(QWidget):
    """Emits ``completed`` with the open vault once the user has a case (or skipped)."""

    completed = Signal(object)

    def __init__(self, state: AppState, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.runner = runner
        self.vault: session.Vault | None = None
        self.recovery: session.RecoveryKey | None = None
        self.stack = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(self.stack)
        self._build_welcome()
        self._build_passphrase()
        self._build_recovery()
        self._build_confirm()
        self._build_case()

    # -- steps --------------------------------------------------------------------------
    def _build_welcome(self) -> None:
        step = Column()
        step.body.addWidget(heading(translate("welcome_page", "Welcome to SecondOp"), 22))
        step.body.addWidget(
            paragraph(
                translate(
                    "welcome_page",
                    "SecondOp helps you gather records, write down what each doctor said, "
                    "prepare your questions, and send one clear packet to the doctor giving a "
                    "second opinion.",
                )
            )
        )
        step.body.addWidget(
            paragraph(
                translate(
                    "welcome_page",
                    "Everything stays on this computer, in one encrypted vault that only your "
                    "passphrase (or your recovery key) can open. There is no account and nothing "
                    "is sent anywhere.",
                )
            )
        )
        where = paragraph(
            translate("welcome_page", "Your vault will be kept in:\n{folder}").format(
                folder=self.state.data_dir
            )
        )
        colours.mute(where)
        step.body.addWidget(where)
        self.start_button = QPushButton(translate("welcome_page", "&Create my vault"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(lambda: self._go(1))
        step.finish(self.start_button)
        self.stack.addWidget(step)

    def _build_passphrase(self) -> None:
        step = Column()
        step.body.addWidget(heading(translate("welcome_page", "Choose a passphrase")))
        step.body.addWidget(
            paragraph(
                translate(
                    "welcome_page",
                    "You will type it each time you open SecondOp. A short sentence of unrelated "
                    "words is easy to remember and hard to guess. Next you will get a recovery key "
                    "in case you forget it.",
                )
            )
        )
        self.new_pass = NewPassphrase()
        step.body.addWidget(self.new_pass)
        self.remember = QCheckBox(
            translate("welcome_page", "Re&member on this computer (unlock without typing it)")
        )
        avail = self.state.keychain.availability()
        if not avail.available:
            self.remember.setEnabled(False)
            self.remember.setToolTip(avail.reason)
            note = paragraph(
                translate(
                    "welcome_page", "{reason} You will type your passphrase each time."
                ).format(reason=avail.reason)
            )
            colours.mute(note)
            step.body.addWidget(self.remember)
            step.body.addWidget(note)
        else:
            step.body.addWidget(self.remember)
        self.create_error = error_label()
        step.body.addWidget(self.create_error)
        back = QPushButton(translate("welcome_page", "&Back"))
        back.clicked.connect(lambda: self._go(0))
        self.create_button = QPushButton(translate("welcome_page", "Create &vault"))
        self.create_button.setEnabled(False)
        self.create_button.setDefault(True)
        self.new_pass.valid_changed.connect(self.create_button.setEnabled)
        self.new_pass.second.returnPressed.connect(self._create)
        self.create_button.clicked.connect(self._create)
        step.finish(back, self.create_button)
        self.stack.addWidget(step)

    def _build_recovery(self) -> None:
        step = Column()
        step.body.addWidget(heading(translate("welcome_page", "Your recovery key")))
        step.body.addWidget(
            paragraph(
                translate(
                    "welcome_page",
                    "If you ever forget your passphrase, this key is the only way back in. It is "
                    "shown only now. Write it on paper or save the recovery kit and print it, then "
                    "keep it somewhere safe, away from this computer.",
                )
            )
        )
        self.key_frame = QFrame()
        self.key_frame.setFrameShape(QFrame.Shape.StyledPanel)
        # The theme's own pair (alternate base under text): a fixed light grey under the
        # theme's text was 1.13:1 in a dark theme, for a key shown only once (issue 18).
        self.key_frame.setStyleSheet(
            "QFrame { background: palette(alternate-base); border-radius: 6px; }"
        )
        self.key_grid = QGridLayout(self.key_frame)
        self.key_grid.setContentsMargins(16, 16, 16, 16)
        step.body.addWidget(self.key_frame)
        self.kit_status = paragraph("")
        step.body.addWidget(self.kit_status)
        self.print_button, save, done = recovery_key_parts.kit_buttons(
            self._print_kit, self._save_kit, self._ask_confirmation
        )
        step.finish(self.print_button, save, done)
        self.stack.addWidget(step)

    def _build_confirm(self) -> None:
        step = Column()
        step.body.addWidget(heading(translate("welcome_page", "Check your recovery key")))
        self.confirm_text = paragraph("")
        step.body.addWidget(self.confirm_text)
        row, self.group_labels, self.group_edits = recovery_key_parts.group_inputs(
            self._check_groups, lambda: self.confirm_button
        )
        step.body.addLayout(row)
        self.confirm_error = error_label()
        step.body.addWidget(self.confirm_error)
        back = QPushButton(translate("welcome_page", "Show the key &again"))
        back.clicked.connect(lambda: self._go(2))
        self.confirm_button = QPushButton(translate("welcome_page", "&Continue"))
        self.confirm_button.setEnabled(False)
        self.confirm_button.setDefault(True)
        self.confirm_button.clicked.connect(self._confirmed)
        step.finish(back, self.confirm_button)
        self.stack.addWidget(step)

    def _build_case(self) -> None:
        step = Column()
        step.body.addWidget(heading(translate("welcome_page", "Your first case")))
        step.body.addWidget(
            paragraph(
                translate(
                    "welcome_page",
                    "A case gathers everything about one patient's second opinion. If you look "
                    "after several people, you can add a case for each later.",
                )
            )
        )
        self.case_form = CaseForm(compact=True)
        step.body.addWidget(self.case_form)
        skip = QPushButton(translate("welcome_page", "S&kip for now"))
        skip.clicked.connect(self._finish)
        create = QPushButton(translate("welcome_page", "Create &case"))
        create.setDefault(True)
        create.clicked.connect(self._create_case)
        step.finish(skip, create)
        self.stack.addWidget(step)

    # -- behaviour ----------------------------------------------------------------------
    def _go(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        focus = {
            0: self.start_button,
            1: self.new_pass.first,
            3: self.group_edits[0],
            4: self.case_form.patient_name,
        }.get(index)
        if focus is not None:
            focus.setFocus()

    def _create(self) -> None:
        if not self.new_pass.is_valid or self.runner.busy:
            return
        show_error(self.create_error, "")
        self.create_button.setEnabled(False)
        self.runner.run(
            _create_job,
            self.state.data_dir,
            self.new_pass.text(),
            self.state.kdf,
            title=translate("welcome_page", "Creating your vault"),
            on_done=self._created,
            on_error=self._create_failed,
            parent_widget=self,
            cancellable=False,
        )

    def _create_failed(self, exc: BaseException) -> None:
        self.create_button.setEnabled(self.new_pass.is_valid)
        if isinstance(exc, (session.VaultError, session.WeakPassphrase)):
            show_error(self.create_error, str(exc))
        elif isinstance(exc, OSError):
            show_error(
                self.create_error,
                translate(
                    "welcome_page", "The vault could not be written in {folder}: {reason}."
                ).format(folder=self.state.data_dir, reason=exc.strerror or exc),
            )
        else:
            show_error(
                self.create_error,
                translate("welcome_page", "Something went wrong creating the vault."),
            )

    def _created(self, result: tuple[session.Vault, session.RecoveryKey]) -> None:
        self.vault, self.recovery = result
        self.vault.adopt()  # created on the (finished) worker: the UI thread owns it now
        self.new_pass.clear()
        if self.remember.isChecked():
            try:
                session.set_remembered(
                    self.vault, self.state.keychain, self.state.settings, self.state.data_dir, True
                )
            except session.KeychainError as exc:
                dialogs.error(self, translate("welcome_page", "Keychain"), str(exc))
        self._show_key()
        self._go(2)

    def _show_key(self) -> None:
        assert self.recovery is not None
        recovery_key_parts.show_key(self.key_grid, self.recovery)

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
        self.confirm_text.setText(
            translate(
                "welcome_page",
                "To be sure it is written correctly, type two of its groups from your copy "
                "(not from the screen).",
            )
        )
        self._go(3)

    def _check_groups(self) -> None:
        assert self.recovery is not None
        ok, problem = recovery_key_parts.groups_typed(self.recovery, self._asked, self.group_edits)
        self.confirm_button.setEnabled(ok)
        show_error(self.confirm_error, problem)

    def _confirmed(self) -> None:
        """The key was typed back: record it in the header (until then, every unlock says
        the key was never confirmed and offers a new one)."""
        assert self.vault is not None
        try:
            session.confirm_recovery(self.vault)
        except session.VaultError as exc:
            show_error(self.confirm_error, str(exc))
            return
        except OSError as exc:
            show_error(
                self.confirm_error,
                translate("welcome_page", "The key header could not be written: {reason}.").format(
                    reason=exc.strerror
                ),
            )
            return
        self._go(4)

    def _create_case(self) -> None:
        assert self.vault is not None
        try:
            cases.create_case(self.vault, self.case_form.case(), starter_checklist=True)
        except session.VaultError as exc:
            self.case_form.show_validation(cases.ValidationError("", str(exc)))
            return
        except cases.ValidationError as exc:
            self.case_form.show_validation(exc)
            return
        self._finish()

    def _finish(self) -> None:
        vault, self.vault, self.recovery = self.vault, None, None
        self.completed.emit(vault)
