"""The Questions tab: the user's questions (priority, top three, the doctor each is for),
and the built-in bank to pick from by group or by search."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secondop_desktop import facts, preparing
from secondop_desktop.cases import lists
from secondop_desktop.core import dates
from secondop_desktop.core.validation import FieldError
from secondop_desktop.i18n import translate
from secondop_desktop.preparing import question_bank
from secondop_desktop.ui.common import colours
from secondop_desktop.ui.common.list_editor import FactsEditor, Field
from secondop_desktop.ui.common.state import AppState

PRIORITY_CHOICES = tuple((k, translate("questions", v)) for k, v in preparing.PRIORITIES.items())


class BankDialog(QDialog):
    """Browse the bank by group or search it; tick questions to add them."""

    def __init__(self, already: set[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("questions_page", "Add questions from the bank"))
        self.resize(720, 560)
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            translate("questions_page", "Search the questions, e.g. side effects")
        )
        self.search.setAccessibleName(translate("questions_page", "Search the question bank"))
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(translate("questions_page", "Question bank"))
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
                    child.setToolTip(0, translate("questions_page", "Already in your questions"))
                top.addChild(child)
            self.tree.addTopLevelItem(top)
        self.tree.expandAll()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add = buttons.addButton(
            translate("questions_page", "&Add the ticked questions"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.search.textChanged.connect(self._filter)

    def _groups(self) -> list[tuple[QTreeWidgetItem, list[QTreeWidgetItem]]]:
        """Each group's item with its questions' items, in the tree's order."""
        out = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            assert top is not None, "i is below topLevelItemCount()"
            children = []
            for j in range(top.childCount()):
                child = top.child(j)
                assert child is not None, "j is below childCount()"
                children.append(child)
            out.append((top, children))
        return out

    def _filter(self, text: str) -> None:
        wanted = {q.text for q in question_bank.search(text)} if text.strip() else None
        for top, children in self._groups():
            visible = 0
            for child in children:
                show = wanted is None or child.text(0) in wanted
                child.setHidden(not show)
                visible += show
            top.setHidden(visible == 0)

    def chosen(self) -> list[tuple[str, str]]:
        out: list[tuple[str, str]] = []
        for _, children in self._groups():
            for child in children:
                if child.checkState(0) == Qt.CheckState.Checked and not child.isDisabled():
                    out.append(child.data(0, Qt.ItemDataRole.UserRole))
        return out


class QuestionsPage(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self._answered: set[int] = set()  # questions with at least one answer
        self.editor = FactsEditor(
            state,
            preparing.Question,
            [
                Field(
                    "text",
                    translate("questions_page", "&Question"),
                    "text",
                    placeholder=translate("questions_page", "What do you want to ask?"),
                ),
                Field(
                    "priority", translate("questions_page", "&Priority"), "choice", PRIORITY_CHOICES
                ),
                Field(
                    "top_three",
                    translate("questions_page", "One of my &top three"),
                    "check",
                    tip=translate(
                        "questions_page",
                        "Your three most important questions go on the packet's summary.",
                    ),
                ),
                Field(
                    "clinician_id",
                    translate("questions_page", "F&or"),
                    "clinician",
                    tip=translate("questions_page", "The doctor you want to ask."),
                ),
                Field(
                    "trial_id",
                    translate("questions_page", "About a trial"),
                    "trial",
                    tip=translate(
                        "questions_page", "The clinical trial this question is about, if any."
                    ),
                ),
            ],
            self._describe,
            lambda: preparing.Question(text=""),
            translate("questions_page", "question"),
            intro=translate(
                "questions_page",
                "The questions you want answered at the appointment, in your own words. Mark "
                "your top three: they come first in the packet. The question bank has "
                "questions other families found useful.",
            ),
        )
        self.bank_button = QPushButton(translate("questions_page", "Add from the question &bank…"))
        hint = QLabel(
            translate(
                "questions_page",
                "Mark your three most important questions: they go on the packet's first page.",
            )
        )
        colours.mute(hint)
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(hint)
        row = QHBoxLayout()
        row.addWidget(self.bank_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.editor, 1)
        self.answers = AnswersBox(state, lambda: self.editor.case_id)
        self.editor.form_layout.insertWidget(2, self.answers)
        self.bank_button.clicked.connect(self.open_bank)
        self.editor.view.selectionModel().currentChanged.connect(
            lambda *_: self.answers.show_question(self.editor.current)
        )
        self.answers.changed.connect(self._answers_changed)
        self.editor.saved.connect(self._question_saved)

    def _question_saved(self, question: preparing.Question) -> None:
        """A question just added has its answers box once it is stored."""
        shown = self.answers.question
        if shown is None or shown.id != question.id:
            self.answers.show_question(question)

    def _describe(self, q: preparing.Question) -> str:
        star = "★ " if q.top_three else ""
        waiting = (
            "  " + translate("questions_page", "(not answered yet)")
            if q.top_three and q.id not in self._answered
            else ""
        )
        return f"{star}{q.text}{waiting}"

    def _refresh_answered(self) -> None:
        case_id = self.editor.case_id
        self._answered = (
            set(preparing.answers_by_question(self.state.vault, case_id))
            if case_id is not None and self.state.is_unlocked
            else set()
        )

    def _answers_changed(self) -> None:
        self._refresh_answered()
        self.editor.model.layoutChanged.emit()

    def set_case(self, case_id: int | None) -> None:
        self.editor.case_id = case_id
        self._refresh_answered()
        self.editor.set_case(case_id)
        self.answers.show_question(self.editor.current)

    def clear(self) -> None:
        self.editor.clear()
        self.answers.show_question(None)

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
            lists.save(self.state.vault, case_id, preparing.Question(text=text, bank_group=group))
        self.editor.reload()
        self.editor.announce()


class AnswersBox(QWidget):
    """The answers to the selected question, one per doctor and date."""

    changed = Signal()

    def _announce(self) -> None:
        self.changed.emit()
        case_id = self._case_id()
        if case_id is not None:
            self.state.changed.emit("answers", case_id)

    def __init__(
        self, state: AppState, case_id: Callable[[], int | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.state = state
        self._case = case_id
        self.question: preparing.Question | None = None
        self.list = QListWidget()
        self.list.setAccessibleName(translate("questions_page", "Answers to this question"))
        self.list.setWordWrap(True)
        self.list.setMaximumHeight(140)
        self.who = QComboBox()
        self.who.setAccessibleName(translate("questions_page", "Answered by"))
        self.text = QLineEdit()
        self.text.setAccessibleName(translate("questions_page", "Answer"))
        self.text.setPlaceholderText(translate("questions_page", "What the doctor answered"))
        self.add = QPushButton(translate("questions_page", "Add ans&wer"))
        self.remove = QPushButton(translate("questions_page", "Remove answer"))
        self.error = QLabel()
        colours.tone(self.error, colours.ERROR)
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("questions_page", "Answered by")))
        row.addWidget(self.who, 1)
        row.addWidget(self.add)
        row.addWidget(self.remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(QLabel(translate("questions_page", "<b>Answers</b> (one per doctor)")))
        layout.addWidget(self.list)
        layout.addWidget(self.text)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.add.clicked.connect(self.add_answer)
        self.text.returnPressed.connect(self.add_answer)
        self.remove.clicked.connect(self.remove_answer)
        state.changed.connect(self._on_changed)

    def _on_changed(self, kind: str, case_id: int) -> None:
        """Someone added to the care team: the "who answered" picker lists them now."""
        if kind == "clinicians" and case_id == self._case() and self.question is not None:
            who = self.who.currentData()
            self.show_question(self.question)
            self.who.setCurrentIndex(max(0, self.who.findData(who)))

    def show_question(self, question: preparing.Question | None) -> None:
        self.question = question
        self.list.clear()
        self.error.clear()
        self.setEnabled(question is not None and question.id is not None)
        if question is None or question.id is None or not self.state.is_unlocked:
            return
        case_id = self._case_id()
        team = lists.list_items(self.state.vault, facts.Clinician, case_id)
        names = {c.id: c.name for c in team}
        self.who.clear()
        self.who.addItem(translate("questions_page", "Not recorded"), None)
        for c in team:
            self.who.addItem(c.label, c.id)
        for a in preparing.answers_by_question(self.state.vault, case_id).get(question.id, []):
            who = names.get(a.clinician_id) or translate("questions_page", "Someone")
            if a.answered_on:
                text = translate("questions_page", "{who}, {date}: {answer}").format(
                    who=who, date=dates.format_date(a.answered_on), answer=a.answer
                )
            else:
                text = translate("questions_page", "{who}: {answer}").format(
                    who=who, answer=a.answer
                )
            entry = QListWidgetItem(text)
            entry.setData(Qt.ItemDataRole.UserRole, a.id)
            self.list.addItem(entry)

    def _case_id(self) -> int:
        return self._case() or 0

    def add_answer(self) -> None:
        if self.question is None or self.question.id is None:
            return
        try:
            lists.save(
                self.state.vault,
                self._case_id(),
                preparing.Answer(
                    question_id=self.question.id,
                    answer=self.text.text(),
                    clinician_id=self.who.currentData(),
                    answered_on=date.today(),
                ),
            )
        except FieldError as exc:
            self.error.setText(str(exc))
            return
        self.text.clear()
        self.show_question(self.question)
        self._announce()

    def remove_answer(self) -> None:
        # The stub says a QListWidgetItem, but Qt returns None when no row is current.
        entry: QListWidgetItem | None = self.list.currentItem()
        if entry is None:
            return
        lists.delete(self.state.vault, preparing.Answer, int(entry.data(Qt.ItemDataRole.UserRole)))
        self.show_question(self.question)
        self._announce()
