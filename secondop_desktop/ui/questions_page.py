"""The Questions tab: the user's questions (priority, top three, the doctor each is for),
and the built-in bank to pick from by group or by search."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .. import facts, preparing, question_bank
from .facts_editor import FactsEditor, Field
from .state import AppState

PRIORITY_CHOICES = tuple(preparing.PRIORITIES.items())


class BankDialog(QDialog):
    """Browse the bank by group or search it; tick questions to add them."""

    def __init__(self, already: set[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Add questions from the bank")
        self.resize(720, 560)
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search the questions, e.g. side effects")
        self.search.setAccessibleName("Search the question bank")
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName("Question bank")
        self.tree.setWordWrap(True)
        for group in question_bank.groups():
            top = QTreeWidgetItem([group.title])
            top.setFlags(top.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
            for q in group.questions:
                child = QTreeWidgetItem([q.text])
                child.setData(0, Qt.ItemDataRole.UserRole, (q.group, q.text))
                child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                child.setCheckState(0, Qt.CheckState.Unchecked)
                if q.text in already:
                    child.setDisabled(True)
                    child.setToolTip(0, "Already in your questions")
                top.addChild(child)
            self.tree.addTopLevelItem(top)
        self.tree.expandAll()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add = buttons.addButton(
            "&Add the ticked questions", QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.search.textChanged.connect(self._filter)

    def _filter(self, text: str) -> None:
        wanted = {q.text for q in question_bank.search(text)} if text.strip() else None
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            visible = 0
            for j in range(top.childCount()):
                child = top.child(j)
                show = wanted is None or child.text(0) in wanted
                child.setHidden(not show)
                visible += show
            top.setHidden(visible == 0)

    def chosen(self) -> list[tuple[str, str]]:
        out = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for j in range(top.childCount()):
                child = top.child(j)
                if child.checkState(0) == Qt.CheckState.Checked and not child.isDisabled():
                    out.append(child.data(0, Qt.ItemDataRole.UserRole))
        return out


class QuestionsPage(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.editor = FactsEditor(
            state,
            preparing.Question,
            [
                Field("text", "&Question", "text"),
                Field("priority", "&Priority", "choice", PRIORITY_CHOICES),
                Field("top_three", "One of my &top three", "check"),
                Field("clinician_id", "&For", "clinician"),
            ],
            lambda q: ("★ " if q.top_three else "") + q.text,
            lambda: preparing.Question(text="My question"),
            "question",
        )
        self.bank_button = QPushButton("Add from the question &bank…")
        hint = QLabel(
            "Mark your three most important questions: they go on the packet's first page."
        )
        hint.setStyleSheet("color:#555;")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(hint)
        row = QHBoxLayout()
        row.addWidget(self.bank_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.editor, 1)
        self.bank_button.clicked.connect(self.open_bank)

    def set_case(self, case_id: int | None) -> None:
        self.editor.set_case(case_id)

    def clear(self) -> None:
        self.editor.clear()

    def open_bank(self) -> None:
        if self.editor.case_id is None:
            return
        already = {q.text for q in self.editor.model.items}
        dialog = BankDialog(already, self)
        if dialog.exec():
            self.add_from_bank(dialog.chosen())

    def add_from_bank(self, chosen: list[tuple[str, str]]) -> None:
        case_id = self.editor.case_id
        if case_id is None:
            return
        for group, text in chosen:
            facts.save(self.state.vault, case_id, preparing.Question(text=text, bank_group=group))
        self.editor.reload()
