"""The 'What matters & decision' tab: preferences and values under headings, the decision
(what, by when, the role the user wants) and a four-question certainty check.

Everything saves itself shortly after typing stops; the wording of the certainty check is
our own (the SURE test's text may not be reused)."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from secondop_desktop import cases, preparing
from secondop_desktop.core.validation import FieldError
from secondop_desktop.i18n import translate
from secondop_desktop.ui.common import colours, flush
from secondop_desktop.ui.common.date_field import DateField
from secondop_desktop.ui.common.state import AppState
from secondop_desktop.ui.common.widgets import error_label, show_error

SAVE_DELAY_MS = 600


class DecisionPage(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.case_id: int | None = None
        self._loading = False
        inner = QWidget()
        column = QVBoxLayout(inner)

        prefs = QGroupBox(translate("decision_page", "What matters to me"))
        pf = QFormLayout(prefs)
        self.preferences: dict[str, QPlainTextEdit] = {}
        for key, heading, hint in preparing.PREFERENCE_HEADINGS:
            title, example = translate("decision", heading), translate("decision", hint)
            edit = QPlainTextEdit()
            edit.setPlaceholderText(example)
            edit.setAccessibleName(title)
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(52)
            edit.textChanged.connect(self._changed)
            label = QLabel(title)
            label.setBuddy(edit)
            pf.addRow(label, edit)
            self.preferences[key] = edit
        column.addWidget(prefs)

        decision = QGroupBox(translate("decision_page", "The decision"))
        df = QFormLayout(decision)
        self.what = QLineEdit()
        self.what.setAccessibleName(translate("decision_page", "What is being decided"))
        self.what.setPlaceholderText(
            translate("decision_page", "e.g. Start chemotherapy now, or wait and watch")
        )
        self.what.textEdited.connect(self._changed)
        # The case's decide-by date (one date, kept with the case), editable here too:
        # this is where the decision is (issue 21).
        self.by_when = DateField(
            "decide_by",
            translate("decision_page", "Decide by"),
            translate("decision_page", "e.g. 15 December 2026"),
        )
        self.by_when.edit.textEdited.connect(self._changed)
        self.roles = QButtonGroup(self)
        role_box = QVBoxLayout()
        for key, text in preparing.ROLES.items():
            button = QRadioButton(translate("decision", text))
            button.setProperty("role_key", key)
            self.roles.addButton(button)
            role_box.addWidget(button)
        self.roles.buttonToggled.connect(lambda *_: self._changed())
        df.addRow(translate("decision_page", "&What is being decided"), self.what)
        by_label = QLabel(translate("decision_page", "Decide &by"))
        by_label.setBuddy(self.by_when.edit)
        df.addRow(by_label, self.by_when)
        df.addRow(translate("decision_page", "The role I want"), role_box)
        column.addWidget(decision)

        check = QGroupBox(translate("decision_page", "Am I ready? Four questions"))
        cf = QFormLayout(check)
        self.certainty: dict[str, QButtonGroup] = {}
        for key, asked in preparing.CERTAINTY:
            question = translate("decision", asked)
            group = QButtonGroup(self)
            yes = QRadioButton(translate("decision_page", "Yes"))
            no = QRadioButton(translate("decision_page", "No"))
            yes.setAccessibleName(
                translate("decision_page", "{question} Yes").format(question=question)
            )
            no.setAccessibleName(
                translate("decision_page", "{question} No").format(question=question)
            )
            group.addButton(yes, 1)
            group.addButton(no, 0)
            group.idToggled.connect(lambda *_: self._changed())
            row = QHBoxLayout()
            row.addWidget(yes)
            row.addWidget(no)
            row.addStretch(1)
            prompt = QLabel(question)
            prompt.setWordWrap(True)
            cf.addRow(prompt, row)
            self.certainty[key] = group
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.advice.setAccessibleName(translate("decision_page", "What the answers suggest"))
        cf.addRow(self.advice)
        column.addWidget(check)
        self.error = error_label()
        self.status = QLabel()
        colours.tone(self.status, colours.SUCCESS)
        column.addWidget(self.error)
        column.addWidget(self.status)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(scroll)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_now)
        flush.register(self)  # saved at once on lock, quit, case or tab switch

    def set_case(self, case_id: int | None) -> None:
        if self._timer.isActive():  # save typing still waiting, never re-save untouched values
            self.save_now()
        self.case_id = case_id
        self.reload()

    def clear(self) -> None:
        self._timer.stop()
        self.case_id = None

    def reload(self) -> None:
        if self.case_id is None or not self.state.is_unlocked:
            return
        self._loading = True
        try:
            prefs = preparing.get_preferences(self.state.vault, self.case_id)
            for key, edit in self.preferences.items():
                edit.setPlainText(prefs.get(key, ""))
            d = preparing.get_decision(self.state.vault, self.case_id)
            self.what.setText(d.what)
            self.by_when.set_value(cases.get_case(self.state.vault, self.case_id).decide_by)
            for button in self.roles.buttons():
                button.setChecked(button.property("role_key") == d.role)
            for key, group in self.certainty.items():
                group.setExclusive(False)
                for b in group.buttons():
                    b.setChecked(False)
                group.setExclusive(True)
                if key in d.certainty:
                    group.button(1 if d.certainty[key] else 0).setChecked(True)
            self.advice.setText(d.certainty_advice())
            show_error(self.error, "")
            self.status.clear()
        finally:
            self._loading = False

    def _changed(self) -> None:
        if not self._loading and self.case_id is not None:
            self.status.setText(translate("decision_page", "Editing…"))
            self._timer.start()

    def decision(self) -> preparing.Decision:
        role = next((b.property("role_key") for b in self.roles.buttons() if b.isChecked()), "")
        answers = {
            key: bool(group.checkedId())
            for key, group in self.certainty.items()
            if group.checkedId() != -1
        }
        return preparing.Decision(self.what.text(), None, role, answers)

    def flush(self) -> None:
        """Save now if an autosave is pending (lock, quit, case or tab switch)."""
        if self._timer.isActive():
            self.save_now()

    def save_now(self) -> None:
        self._timer.stop()
        if self.case_id is None or not self.state.is_unlocked:
            return
        try:
            preparing.save_preferences(
                self.state.vault,
                self.case_id,
                {key: edit.toPlainText() for key, edit in self.preferences.items()},
            )
            saved = preparing.save_decision(self.state.vault, self.case_id, self.decision())
            self._save_decide_by()
        except (FieldError, ValueError, LookupError) as exc:
            show_error(self.error, str(exc))
            self.status.clear()
            return
        self.advice.setText(saved.certainty_advice())
        show_error(self.error, "")
        self.status.setText(translate("decision_page", "Saved"))

    def _save_decide_by(self) -> None:
        """The date into the case (what the overview and the packet show); an unreadable
        date raises FieldError and stays typed in its field."""
        assert self.case_id is not None
        when = self.by_when.value()
        case = cases.get_case(self.state.vault, self.case_id)
        if case.decide_by != when:
            cases.update_case(self.state.vault, dataclasses.replace(case, decide_by=when))
            self.state.changed.emit("case", self.case_id)
