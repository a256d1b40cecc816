"""The Trials tab: clinical trials the user is looking at, with the questions about each.

A ClinicalTrials.gov number is checked (NCT and eight digits); other registries' numbers
are kept as typed. Questions written here are ordinary questions linked to the trial, so
they also appear on the Questions tab and in the packet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from secondop_desktop import preparing
from secondop_desktop.cases import lists
from secondop_desktop.core.validation import FieldError
from secondop_desktop.i18n import translate
from secondop_desktop.ui.common import colours
from secondop_desktop.ui.common.list_editor import FactsEditor, Field
from secondop_desktop.ui.common.state import AppState

# (stored value, label): the value is the registry's English phase, kept as it is.
PHASES = tuple((value, preparing.phase_label(value)) for value in preparing.PHASES)


def status_label(status: str) -> str:
    """A trial's status as shown, in the language in use (an unknown one as stored)."""
    known = preparing.TRIAL_STATUSES.get(status)
    return translate("trials", known) if known else status


def describe_trial(t: preparing.Trial) -> str:
    ident = f"{t.registry_id} · " if t.registry_id else ""
    return f"{ident}{t.title}  ({status_label(t.status)})"


class TrialQuestions(QWidget):
    """The questions about the selected trial, and a line to write a new one."""

    def __init__(self, page: TrialsPage) -> None:
        super().__init__()
        self.page = page
        self.list = QListWidget()
        self.list.setAccessibleName(translate("trials_page", "Questions about this trial"))
        self.list.setWordWrap(True)
        self.list.setMaximumHeight(110)
        self.text = QLineEdit()
        self.text.setAccessibleName(translate("trials_page", "New question about this trial"))
        self.text.setPlaceholderText(
            translate("trials_page", "e.g. How often would I need to travel to the site?")
        )
        self.add = QPushButton(translate("trials_page", "Add &question"))
        self.error = QLabel()
        colours.tone(self.error, colours.ERROR)
        row = QHBoxLayout()
        row.addWidget(self.text, 1)
        row.addWidget(self.add)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(
            QLabel(
                translate(
                    "trials_page", "<b>Questions about this trial</b> (also on the Questions tab)"
                )
            )
        )
        layout.addWidget(self.list)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.add.clicked.connect(self.add_question)
        self.text.returnPressed.connect(self.add_question)

    def show_trial(self, trial: preparing.Trial | None) -> None:
        editor = self.page.editor
        self.list.clear()
        self.error.clear()
        self.setEnabled(trial is not None)
        if trial is None or editor.case_id is None or not editor.state.is_unlocked:
            return
        for q in lists.list_items(editor.state.vault, preparing.Question, editor.case_id):
            if q.trial_id == trial.id:
                entry = QListWidgetItem(q.text)
                entry.setData(Qt.ItemDataRole.UserRole, q.id)
                self.list.addItem(entry)

    def add_question(self) -> None:
        editor = self.page.editor
        if editor.current is not None and editor.current.id is None and self.text.text().strip():
            editor.save_now()  # a trial just added is stored before its first question
        trial = editor.current
        if trial is None or trial.id is None or editor.case_id is None:
            return
        try:
            lists.save(
                editor.state.vault,
                editor.case_id,
                preparing.Question(text=self.text.text(), bank_group="trials", trial_id=trial.id),
            )
        except FieldError as exc:
            self.error.setText(str(exc))
            return
        self.text.clear()
        self.show_trial(trial)
        self.page.editor.state.changed.emit("questions", editor.case_id)


class TrialsPage(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = FactsEditor(
            state,
            preparing.Trial,
            [
                Field(
                    "registry_id",
                    translate("trials_page", "&Registry number"),
                    placeholder=translate("trials_page", "e.g. NCT01234567"),
                    tip=translate(
                        "trials_page",
                        "The trial's number in a registry: at ClinicalTrials.gov, NCT and eight "
                        "digits.",
                    ),
                ),
                Field(
                    "title",
                    translate("trials_page", "T&itle"),
                    placeholder=translate("trials_page", "Its title or a short name"),
                ),
                Field("phase", translate("trials_page", "&Phase"), "choice", PHASES),
                Field(
                    "status",
                    translate("trials_page", "Stat&us"),
                    "choice",
                    tuple((k, status_label(k)) for k in preparing.TRIAL_STATUSES),
                ),
                Field(
                    "site",
                    translate("trials_page", "&Site"),
                    placeholder=translate("trials_page", "Hospital or research centre"),
                ),
                Field(
                    "contact",
                    translate("trials_page", "C&ontact"),
                    placeholder=translate("trials_page", "Research nurse, phone, email"),
                ),
                Field("eligibility", translate("trials_page", "Eli&gibility notes"), "text"),
            ],
            describe_trial,
            lambda: preparing.Trial(title=""),
            translate("trials_page", "trial"),
        )
        self.questions = TrialQuestions(self)
        self.editor.form_layout.insertWidget(1, self.questions)
        hint = QLabel(
            translate(
                "trials_page",
                "Trials you have heard of or found on a registry such as ClinicalTrials.gov. "
                "Ask the doctors whether you might be eligible.",
            )
        )
        hint.setWordWrap(True)
        colours.mute(hint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(hint)
        layout.addWidget(self.editor, 1)
        self.editor.view.selectionModel().currentChanged.connect(
            lambda *_: self.questions.show_trial(self.editor.current)
        )
        self.editor.saved.connect(self.questions.show_trial)
        state.changed.connect(self._on_changed)

    def _on_changed(self, kind: str, case_id: int) -> None:
        """Questions written on the Questions page about this trial appear here."""
        if kind == "questions" and case_id == self.editor.case_id:
            self.questions.show_trial(self.editor.current)

    def set_case(self, case_id: int | None) -> None:
        self.editor.set_case(case_id)
        self.questions.show_trial(self.editor.current)

    def clear(self) -> None:
        self.editor.clear()
        self.questions.show_trial(None)
