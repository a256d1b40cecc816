"""File > Export Case… and File > Import Case…: hand a case to someone else, or move it to
another computer, as one encrypted case file.

Export asks for the case file's own passphrase (a seven-word one is offered, with Copy):
it is not the vault's, because the person receiving the file must be told it. Import
asks for that passphrase, says who the case is about, asks when the vault already holds
the same case (keep both, or skip), and shows the new case when done. Both run off the
window's thread with progress and Cancel; nothing is half-written either way.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from secondop_desktop import casefile, cases
from secondop_desktop.core.jobs import CancelToken, Progress
from secondop_desktop.i18n import translate
from secondop_desktop.packet.spec import generate_password
from secondop_desktop.ui.common import dialogs
from secondop_desktop.ui.common.state import AppState
from secondop_desktop.ui.common.tasks import TaskRunner
from secondop_desktop.ui.common.widgets import error_label, show_error
from secondop_desktop.vault.session import KdfParams, Vault

FILTER = translate("case_transfer", "SecondOp case files (*{suffix})").format(
    suffix=casefile.SUFFIX
)
MIN_LENGTH = 12


class ExportCaseDialog(QDialog):
    """Choose the case file's passphrase (a generated one by default, with Copy)."""

    def __init__(self, case: cases.Case, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("case_transfer", "Export case"))
        self.setMinimumWidth(520)
        intro = QLabel(
            translate(
                "case_transfer",
                "A case file holds everything of {name}'s case: the records, "
                "the notes, opinions, questions and the checklist. Anyone who has the file and "
                "its passphrase can read it, so give the passphrase separately (in person or "
                "by phone), not with the file. There is no recovery key for a case file: if "
                "the passphrase is lost, export the case again.",
            ).format(name=case.patient_name)
        )
        intro.setWordWrap(True)
        self.passphrase = QLineEdit(generate_password())
        self.passphrase.setAccessibleName(
            translate("case_transfer", "Passphrase for the case file")
        )
        self.copy_button = QPushButton(translate("case_transfer", "&Copy"))
        self.copy_button.clicked.connect(self._copy)
        self.new_button = QPushButton(translate("case_transfer", "&New words"))
        self.new_button.clicked.connect(lambda: self.passphrase.setText(generate_password()))
        label = QLabel(translate("case_transfer", "&Passphrase for this file"))
        label.setBuddy(self.passphrase)
        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.copy_button)
        row.addWidget(self.new_button)
        self.error = error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(
            translate("case_transfer", "&Save Case File…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(label)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.passphrase.text())
        self.copy_button.setText(translate("case_transfer", "Copied"))

    def _accept(self) -> None:
        if len(self.passphrase.text().strip()) < MIN_LENGTH:
            show_error(
                self.error,
                translate(
                    "case_transfer",
                    "Use at least %n characters (the offered seven words are best): "
                    "a case file can be attacked on any computer it is copied to.",
                    None,
                    MIN_LENGTH,
                ),
            )
            self.passphrase.setFocus()
            return
        self.accept()

    def chosen(self) -> str:
        return self.passphrase.text().strip()


def export_case(
    win: QWidget,
    state: AppState,
    runner: TaskRunner,
    case: cases.Case,
    passphrase: str | None = None,
) -> None:
    """Ask the case file's passphrase (unless given: a test's), where to save, then write
    it on the pool."""
    if not state.is_unlocked or case.id is None:
        return
    if passphrase is None:
        ask = ExportCaseDialog(case, win)
        if ask.exec() != QDialog.DialogCode.Accepted:
            return
        passphrase = ask.chosen()
    suggested = str(Path.home() / f"{case.patient_name} - {case.display_title}{casefile.SUFFIX}")
    chosen = dialogs.save_file(
        win, translate("case_transfer", "Save the case file"), suggested, FILTER
    )
    if not chosen:
        return
    target = Path(chosen)
    if target.suffix != casefile.SUFFIX:
        target = target.with_name(target.name + casefile.SUFFIX)
    runner.run(
        _export_job,
        case.id,
        target,
        passphrase,
        state.kdf,
        vault=state.vault,
        title=translate("case_transfer", "Exporting the case"),
        on_done=lambda path: dialogs.info(
            win,
            translate("case_transfer", "Case file saved"),
            translate(
                "case_transfer",
                "Saved {path}. Give the passphrase to the person who will import it "
                "separately from the file.",
            ).format(path=path),
        ),
        on_error=lambda exc: dialogs.error(
            win, translate("case_transfer", "Export case"), _message(exc)
        ),
        parent_widget=win,
    )


def _export_job(
    vault: Vault,
    case_id: int,
    target: Path,
    passphrase: str,
    kdf: KdfParams | None,
    *,
    cancel: CancelToken,
    progress: Progress,
) -> Path:
    """``kdf``: the window's key-derivation cost (None: the default; tests pass a cheap one)."""
    return casefile.export_case(
        vault, case_id, target, passphrase, kdf=kdf, cancel=cancel, progress=progress
    )


def _message(exc: BaseException) -> str:
    if isinstance(exc, (casefile.CaseFileError, casefile.DocumentError)):
        return str(exc)
    if isinstance(exc, OSError):
        return translate(
            "case_transfer", "The case file could not be written or read: {reason}."
        ).format(reason=exc.strerror or exc)
    return translate(
        "case_transfer", "This could not be done ({error}). Nothing was changed."
    ).format(error=type(exc).__name__)


# -- import -----------------------------------------------------------------------------------
def import_case(
    win: QWidget, state: AppState, runner: TaskRunner, path: Path | None = None
) -> None:
    """Pick a case file, ask its passphrase (again while wrong), ask about a case already
    in the vault, then import it and show the new case."""
    if not state.is_unlocked:
        return
    if path is None:
        picked = dialogs.open_files(win, translate("case_transfer", "Import a case file"), FILTER)
        if not picked:
            return
        path = Path(picked[0])
    passphrase: str | None = None
    problem = ""
    while True:
        try:
            encrypted = casefile.is_encrypted_file(path)
        except OSError as exc:
            dialogs.error(
                win,
                translate("case_transfer", "Import case"),
                translate("case_transfer", "{name} could not be read: {reason}.").format(
                    name=path.name, reason=exc.strerror
                ),
            )
            return
        if encrypted:
            passphrase = dialogs.ask_password(
                win,
                translate("case_transfer", "Import case"),
                path.name,
                translate(
                    "case_transfer",
                    "The passphrase of this case file (the person who sent it chose it; it is "
                    "not your vault's).",
                ),
                problem=problem,
            )
            if passphrase is None:
                return
        try:
            doc = casefile.peek(path, passphrase)
        except casefile.WrongPassphrase as exc:
            problem = str(exc)
            continue
        except (casefile.CaseFileError, casefile.DocumentError) as exc:
            dialogs.error(win, translate("case_transfer", "Import case"), str(exc))
            return
        break
    if_exists = "ask"
    same = cases.find_by_uid(state.vault, str(doc["case"].get("uid") or ""))
    if same:
        choice = _ask_same_case(win, doc, same)
        if choice is None:
            return
        if_exists = choice
        if choice == "skip":
            return
    runner.run(
        _import_job,
        path,
        passphrase,
        if_exists,
        vault=state.vault,
        title=translate("case_transfer", "Importing the case"),
        on_done=lambda done: _imported(win, state, done, doc),
        on_error=lambda exc: dialogs.error(
            win, translate("case_transfer", "Import case"), _message(exc)
        ),
        parent_widget=win,
    )


def _ask_same_case(win: QWidget, doc: dict[str, Any], same: list[cases.Case]) -> str | None:
    """ "keep-both", "skip", or None (cancelled)."""
    name = doc["case"]["patient_name"]
    text = translate(
        "case_transfer",
        "This vault already holds this case of {name} (imported or made here before). "
        "Keep both adds a second copy beside it; Skip leaves the vault as it is.",
    ).format(name=name)
    title = translate("case_transfer", "Import case")
    dialogs.shown.append(("same-case", title, text))
    queued, answer = dialogs.take_answer(None)
    if queued:
        return str(answer) if answer in ("keep-both", "skip") else None
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=win)
    keep = box.addButton(
        translate("case_transfer", "&Keep Both"), QMessageBox.ButtonRole.AcceptRole
    )
    skip = box.addButton(translate("case_transfer", "&Skip"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(skip)
    box.exec()
    clicked = box.clickedButton()
    return "keep-both" if clicked is keep else "skip" if clicked is skip else None


def _import_job(
    vault: Vault,
    path: Path,
    passphrase: str | None,
    if_exists: str,
    *,
    cancel: CancelToken,
    progress: Progress,
) -> casefile.Imported:
    return casefile.import_case_file(
        vault, path, passphrase, if_exists=if_exists, cancel=cancel, progress=progress
    )


def _imported(win: QWidget, state: AppState, done: casefile.Imported, doc: dict[str, Any]) -> None:
    if done.case_id is None:
        return
    state.changed.emit("case", done.case_id)  # the case list reloads and selects it
    count = done.records  # lupdate reads a plural's count only as a plain name or a number
    message = translate(
        "case_transfer", "Imported {name}'s case with %n records.", None, count
    ).format(name=doc["case"]["patient_name"])
    status = getattr(win, "statusBar", None)
    if callable(status):
        status().showMessage(message, 8000)
