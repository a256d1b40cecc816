"""Write a records-request letter, from a checklist item or a care-team member: the user
checks who it goes to, which records and dates, and where copies should be sent; saving
writes a one-page PDF and marks the checklist item as requested (due in 30 days)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from secondop_desktop import cases, packet
from secondop_desktop.i18n import translate
from secondop_desktop.packet.letter import (
    LetterRequest,
    department_for,
    needs_authorisation,
    records_department,
    write_request_letter,
)
from secondop_desktop.packet.spec import title
from secondop_desktop.records import checklist
from secondop_desktop.ui.common import colours, dialogs
from secondop_desktop.ui.common.state import AppState
from secondop_desktop.ui.common.widgets import error_label, show_error


class LetterDialog(QDialog):
    def __init__(
        self,
        state: AppState,
        case_id: int,
        *,
        item: checklist.Item | None = None,
        clinician_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.state, self.case_id, self.item = state, case_id, item
        self.saved: Path | None = None
        self.setWindowTitle(translate("letter_dialog", "Records request letter"))
        self.resize(620, 460)
        case = cases.get_case(state.vault, case_id)
        self.department = QPlainTextEdit()
        self.department.setTabChangesFocus(True)
        self.department.setFixedHeight(56)
        self.department.setAccessibleName(translate("letter_dialog", "To"))
        start = ""
        if clinician_id is not None:
            start = department_for(state.vault, case_id, clinician_id)
        elif item is not None and item.source:
            start = records_department(item.source)
        self.department.setPlainText(start or records_department(""))
        self.wanted = QLineEdit(item.description if item else "")
        self.wanted.setAccessibleName(translate("letter_dialog", "Records wanted"))
        self.wanted.setPlaceholderText(
            translate("letter_dialog", "e.g. Pathology reports for the neck biopsy")
        )
        self.period = QLineEdit()
        self.period.setAccessibleName(translate("letter_dialog", "Period"))
        self.period.setPlaceholderText(translate("letter_dialog", "e.g. September 2026 to now"))
        self.send_to = QLineEdit(case.contact)
        self.send_to.setAccessibleName(translate("letter_dialog", "Send the copies to"))
        self.paper = QComboBox()
        for key, label in packet.PAPERS.items():
            self.paper.addItem(title(label), key)
        self.paper.setCurrentIndex(self.paper.findData(packet.default_paper()))
        form = QFormLayout()
        form.addRow(translate("letter_dialog", "&To"), self.department)
        form.addRow(translate("letter_dialog", "&Records wanted"), self.wanted)
        form.addRow(translate("letter_dialog", "&Period"), self.period)
        form.addRow(translate("letter_dialog", "&Send copies to"), self.send_to)
        form.addRow(translate("letter_dialog", "P&aper"), self.paper)
        said = [
            translate(
                "letter_dialog",
                "The letter cites the patient's right of access (in the US, 30 days to "
                "respond) and asks for scan images on a disc. Print it, sign it and send or "
                "hand it in.",
            )
        ]
        if needs_authorisation(case):
            said.append(
                translate(
                    "letter_dialog",
                    "A second page is {patient}'s authorisation for you to receive the "
                    "records: they sign it (or their legal representative does).",
                ).format(patient=case.patient_name)
            )
        if item:
            said.append(
                translate("letter_dialog", "The checklist item will be marked as requested.")
            )
        note = QLabel(" ".join(said))
        note.setWordWrap(True)
        colours.mute(note)
        self.error = error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(
            translate("letter_dialog", "&Save letter…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)

    def request(self) -> LetterRequest:
        return LetterRequest(
            case_id=self.case_id,
            records_wanted=self.wanted.text(),
            department=self.department.toPlainText().strip(),
            period=self.period.text(),
            send_to=self.send_to.text(),
            item_id=self.item.id if self.item else None,
            paper=str(self.paper.currentData()),
        )

    def save(self) -> None:
        req = self.request()
        if not req.records_wanted.strip():
            show_error(
                self.error, translate("letter_dialog", "Say which records you are asking for.")
            )
            self.wanted.setFocus()
            return
        name = cases.get_case(self.state.vault, self.case_id).patient_name
        file_name = translate("letter_dialog", "Records request - {name}.pdf").format(name=name)
        chosen = dialogs.save_file(
            self,
            translate("letter_dialog", "Save the letter"),
            str(Path.home() / file_name),
            translate("letter_dialog", "PDF files (*.pdf)"),
        )
        if not chosen:
            return
        try:
            self.saved = write_request_letter(self.state.vault, req, Path(chosen))
        except OSError as exc:
            show_error(
                self.error,
                translate("letter_dialog", "The letter could not be saved: {reason}.").format(
                    reason=exc.strerror
                ),
            )
            return
        said = translate(
            "letter_dialog", "Saved {path}. Print it, sign it, and send it or hand it in."
        ).format(path=self.saved)
        if self.item:
            said += " " + translate(
                "letter_dialog", "The checklist item is now marked as requested."
            )
        dialogs.info(self, translate("letter_dialog", "Letter saved"), said)
        self.accept()
