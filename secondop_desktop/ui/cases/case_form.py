"""The case details form, shared by the first-run wizard and the case dialog."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from secondop_desktop import cases
from secondop_desktop.i18n import translate
from secondop_desktop.ui.common.date_field import DateField
from secondop_desktop.ui.common.widgets import error_label, show_error


class CaseForm(QWidget):
    def __init__(self, parent: QWidget | None = None, *, compact: bool = False) -> None:
        super().__init__(parent)
        self.patient_name = QLineEdit()
        self.patient_name.setAccessibleName(translate("case_form", "Patient's name"))
        self.patient_name.setPlaceholderText(
            translate("case_form", "As written on medical records")
        )
        self.patient_dob = DateField(
            "patient_dob",
            translate("case_form", "Date of birth"),
            translate("case_form", "e.g. 2 Sep 1954"),
        )
        self.title = QLineEdit()
        self.title.setAccessibleName(translate("case_form", "Case title"))
        self.title.setPlaceholderText(
            translate("case_form", "The condition or question, e.g. Suspected lymphoma")
        )
        self.is_patient = QRadioButton(translate("case_form", "The patient (me)"))
        self.is_caregiver = QRadioButton(translate("case_form", "A caregiver"))
        self.who = QButtonGroup(self)
        self.who.addButton(self.is_patient)
        self.who.addButton(self.is_caregiver)
        self.is_patient.setChecked(True)
        self.caregiver_name = QLineEdit()
        self.caregiver_name.setAccessibleName(translate("case_form", "Caregiver's name"))
        self.caregiver_relationship = QLineEdit()
        self.caregiver_relationship.setAccessibleName(
            translate("case_form", "Relationship to the patient")
        )
        self.caregiver_relationship.setPlaceholderText(
            translate("case_form", "e.g. daughter, husband, parent")
        )
        self.contact = QLineEdit()
        self.contact.setAccessibleName(translate("case_form", "Contact for the consultant"))
        self.contact.setPlaceholderText(
            translate("case_form", "Phone or email the consultant can use")
        )
        self.reason = QPlainTextEdit()
        self.reason.setAccessibleName(translate("case_form", "Reason for the second opinion"))
        self.reason.setPlaceholderText(
            translate("case_form", "In your own words: why do you want a second opinion?")
        )
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(84)
        self.decide_by = DateField(
            "decide_by",
            translate("case_form", "Decide by"),
            translate("case_form", "e.g. 20 Dec 2026"),
        )
        self.status = QComboBox()
        self.status.setAccessibleName(translate("case_form", "Status"))
        for key in cases.STATUSES:
            self.status.addItem(cases.status_label(key), key)
        self.errors = error_label()

        who_row = QHBoxLayout()
        who_row.addWidget(self.is_patient)
        who_row.addWidget(self.is_caregiver)
        who_row.addStretch(1)
        form = QFormLayout()
        form.addRow(
            self._label(translate("case_form", "Patient's &name"), self.patient_name),
            self.patient_name,
        )
        form.addRow(
            self._label(translate("case_form", "Date of &birth"), self.patient_dob),
            self.patient_dob,
        )
        form.addRow(self._label(translate("case_form", "Case &title"), self.title), self.title)
        form.addRow(QLabel(translate("case_form", "Who manages it")), who_row)
        form.addRow(
            self._label(translate("case_form", "Care&giver's name"), self.caregiver_name),
            self.caregiver_name,
        )
        form.addRow(
            self._label(translate("case_form", "Re&lationship"), self.caregiver_relationship),
            self.caregiver_relationship,
        )
        self.form = form
        form.addRow(
            self._label(translate("case_form", "W&hy a second opinion"), self.reason), self.reason
        )
        if not compact:
            form.addRow(self._label(translate("case_form", "C&ontact"), self.contact), self.contact)
            form.addRow(
                self._label(translate("case_form", "&Decide by"), self.decide_by), self.decide_by
            )
            form.addRow(self._label(translate("case_form", "&Status"), self.status), self.status)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        self.is_caregiver.toggled.connect(self._show_caregiver)
        self._show_caregiver(False)
        self._case: cases.Case | None = None

    def _show_caregiver(self, on: bool) -> None:
        self.form.setRowVisible(self.caregiver_name, on)
        self.form.setRowVisible(self.caregiver_relationship, on)

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def snapshot(self) -> tuple[object, ...]:
        """Everything typed or chosen, to tell whether closing would lose a change."""
        return (
            self.patient_name.text(),
            self.patient_dob.edit.text(),
            self.title.text(),
            self.is_patient.isChecked(),
            self.caregiver_name.text(),
            self.caregiver_relationship.text(),
            self.contact.text(),
            self.reason.toPlainText(),
            self.decide_by.edit.text(),
            self.status.currentData(),
        )

    def set_case(self, case: cases.Case) -> None:
        self._case = case
        self.patient_name.setText(case.patient_name)
        self.patient_dob.set_value(case.patient_dob)
        self.title.setText(case.title)
        (self.is_caregiver if case.managed_by == "caregiver" else self.is_patient).setChecked(True)
        self._show_caregiver(case.managed_by == "caregiver")
        self.caregiver_name.setText(case.caregiver_name)
        self.caregiver_relationship.setText(case.caregiver_relationship)
        self.contact.setText(case.contact)
        self.reason.setPlainText(case.reason)
        self.decide_by.set_value(case.decide_by)
        self.status.setCurrentIndex(max(0, self.status.findData(case.status)))

    def case(self) -> cases.Case:
        """The case as typed; raises :class:`cases.ValidationError` for an unreadable date."""
        base = self._case or cases.Case(patient_name="")
        return cases.Case(
            id=base.id,
            archived=base.archived,
            created_at=base.created_at,
            updated_at=base.updated_at,
            patient_name=self.patient_name.text(),
            patient_dob=self.patient_dob.value(),
            managed_by="caregiver" if self.is_caregiver.isChecked() else "patient",
            caregiver_name=self.caregiver_name.text().strip(),
            caregiver_relationship=self.caregiver_relationship.text().strip(),
            contact=self.contact.text().strip(),
            title=self.title.text().strip(),
            reason=self.reason.toPlainText().strip(),
            decide_by=self.decide_by.value(),
            status=self.status.currentData() or "gathering",
        )

    def show_validation(self, error: cases.ValidationError) -> None:
        show_error(self.errors, str(error))
        target = {
            "patient_name": self.patient_name,
            "patient_dob": self.patient_dob,
            "caregiver_name": self.caregiver_name,
            "decide_by": self.decide_by,
        }.get(error.field)
        if target is not None:
            target.setFocus()

    def clear_error(self) -> None:
        show_error(self.errors, "")
