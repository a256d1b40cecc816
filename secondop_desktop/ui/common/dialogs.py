"""Message boxes and file dialogs behind seams (KeePassXC's setNextAnswer idea).

Tests queue answers instead of scraping modal dialogs; the app shows real ones.
"""

from __future__ import annotations

from collections import deque

from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

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


def ask_password(parent: QWidget | None, title: str, label: str) -> str | None:
    shown.append(("password", title, label))
    queued, answer = _take(None)
    if queued:
        return _text_answer(answer)
    text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
    return text if ok and text else None


def show_report(
    parent: QWidget | None, title: str, summary: str, rows: list[tuple[str, str]]
) -> None:
    """An import report: a summary sentence and (file, what happened) rows."""
    shown.append(("report", title, summary))
    queued, _ = _take(None)
    if queued:
        return
    from secondop_desktop.ui.common.report_dialog import ReportDialog

    ReportDialog(title, summary, rows, parent).exec()
