"""Message boxes and file dialogs behind seams (KeePassXC's setNextAnswer idea).

Tests queue answers instead of scraping modal dialogs; the app shows real ones.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from secondop_desktop.i18n import translate
from secondop_desktop.ui.common.widgets import error_label, password_edit, show_error

if TYPE_CHECKING:
    from secondop_desktop.ui.common.report_dialog import ReportDialog

# bool for confirm (and any value to dismiss a message), str | None for a path or a
# password, list[str] for several files.
Answer = bool | str | list[str] | None

_answers: deque[Answer] = deque()
shown: list[tuple[str, str, str]] = []  # (kind, title, text), for tests to assert on


def set_next_answer(answer: Answer) -> None:
    """Queue the answer the next dialog returns (bool for confirm, str|None for files)."""
    _answers.append(answer)


def _take(default: Answer) -> tuple[bool, Answer]:
    if _answers:
        return True, _answers.popleft()
    return False, default


def take_answer(default: Answer) -> tuple[bool, Answer]:
    """For a screen's own question box: (True, the queued answer) in a test, else
    (False, ``default``) and the screen shows its box."""
    return _take(default)


def _text_answer(answer: Answer) -> str | None:
    """A queued path or password: a str, or None for "cancelled"."""
    if answer is None or isinstance(answer, str):
        return answer
    raise TypeError(f"queued answer {answer!r} is not a str or None")


def confirm(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    shown.append(("confirm", title, text))
    queued, answer = _take(None)
    if queued:
        return bool(answer)
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    ok = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is ok


def error(parent: QWidget | None, title: str, text: str) -> None:
    shown.append(("error", title, text))
    queued, _ = _take(None)
    if not queued:
        QMessageBox.critical(parent, title, text)


def info(parent: QWidget | None, title: str, text: str) -> None:
    shown.append(("info", title, text))
    queued, _ = _take(None)
    if not queued:
        QMessageBox.information(parent, title, text)


def save_file(parent: QWidget | None, title: str, suggested: str, filters: str) -> str | None:
    shown.append(("save_file", title, suggested))
    queued, answer = _take(None)
    if queued:
        return _text_answer(answer)
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path or None


def open_files(parent: QWidget | None, title: str, filters: str) -> list[str]:
    queued, answer = _take(None)
    if queued:
        if not answer:
            return []
        if isinstance(answer, list):
            return list(answer)
        raise TypeError(f"queued answer {answer!r} is not a list of paths")
    paths, _ = QFileDialog.getOpenFileNames(parent, title, "", filters)
    return list(paths)


def open_folder(parent: QWidget | None, title: str) -> str | None:
    queued, answer = _take(None)
    if queued:
        return _text_answer(answer)
    path = QFileDialog.getExistingDirectory(parent, title)
    return path or None


class PasswordDialog(QDialog):
    """An ordinary-sized password prompt: which file, why, what went wrong last time (if
    anything), a password field with echo off, OK and Cancel."""

    WIDTH = 460

    def __init__(
        self,
        title: str,
        name: str,
        label: str,
        *,
        problem: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setFixedWidth(self.WIDTH)
        margins = self.contentsMargins()
        room = self.WIDTH - margins.left() - margins.right() - 24
        self.name = QLabel()
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        font = self.name.font()
        font.setBold(True)
        self.name.setFont(font)
        self.name.setText(
            self.name.fontMetrics().elidedText(name, Qt.TextElideMode.ElideMiddle, room)
        )
        self.name.setToolTip(name)
        self.name.setAccessibleName(translate("dialogs", "File"))
        self.explanation = QLabel(label)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation.setWordWrap(True)
        self.problem = error_label()
        show_error(self.problem, problem)
        self.field = password_edit(translate("dialogs", "Password"))
        field_label = QLabel(translate("dialogs", "&Password"))
        field_label.setBuddy(self.field)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.field.textChanged.connect(lambda text: ok.setEnabled(bool(text)))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.name)
        layout.addWidget(self.explanation)
        layout.addWidget(self.problem)
        layout.addSpacing(4)
        layout.addWidget(field_label)
        layout.addWidget(self.field)
        layout.addSpacing(4)
        layout.addWidget(buttons)
        self.setFixedHeight(max(self.heightForWidth(self.WIDTH), layout.minimumSize().height()))
        self.field.setFocus()

    def password(self) -> str:
        return self.field.text()


def ask_password(
    parent: QWidget | None, title: str, name: str, label: str, *, problem: str = ""
) -> str | None:
    """A password for the file called ``name`` (None when cancelled); ``problem`` says why
    it is asked again."""
    shown.append(("password", title, " ".join(t for t in (name, label, problem) if t)))
    queued, answer = _take(None)
    if queued:
        return _text_answer(answer)
    dialog = PasswordDialog(title, name, label, problem=problem, parent=parent)
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.password() if accepted and dialog.password() else None
    finally:
        dialog.field.clear()
        dialog.deleteLater()


def show_report(
    parent: QWidget | None,
    title: str,
    summary: str,
    rows: list[tuple[str, str]],
    *,
    retry: Mapping[int, Callable[[], None]] | None = None,
) -> ReportDialog | None:
    """An import report: a summary sentence and (file, what happened) rows; the rows in
    ``retry`` have a "Try again" button calling its function. The report opens window-modal
    without blocking (the caller updates it as a retry succeeds) and is returned; None when
    a test answered instead."""
    shown.append(("report", title, summary))
    queued, _ = _take(None)
    if queued:
        return None
    from secondop_desktop.ui.common.report_dialog import ReportDialog

    dialog = ReportDialog(title, summary, rows, parent, retry=retry)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def ask_unsaved(parent: QWidget | None, title: str, text: str) -> str:
    """Closing an edit with changes: "save", "discard" or "keep" (keep editing)."""
    shown.append(("unsaved", title, text))
    queued, answer = _take(None)
    if queued:
        if answer not in ("save", "discard", "keep"):
            raise TypeError(f"queued answer {answer!r} is not save, discard or keep")
        return str(answer)
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    save = box.addButton(QMessageBox.StandardButton.Save)
    discard = box.addButton(QMessageBox.StandardButton.Discard)
    box.addButton(translate("dialogs", "Keep editing"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save)
    box.exec()
    clicked = box.clickedButton()
    return "save" if clicked is save else "discard" if clicked is discard else "keep"
