"""New case / edit case dialog around :class:`CaseForm`; closing it with changes asks, and
locking or quitting saves them (:class:`EditDialog`)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QVBoxLayout, QWidget

from secondop_desktop import cases
from secondop_desktop.i18n import translate
from secondop_desktop.ui.cases.case_form import CaseForm
from secondop_desktop.ui.common.edit_dialog import EditDialog
from secondop_desktop.ui.common.state import AppState
from secondop_desktop.vault import session


class CaseDialog(EditDialog):
    def __init__(
        self, state: AppState, case: cases.Case | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, snapshot=self.snapshot, commit=self.commit)
        self.state = state
        self.setWindowTitle(
            translate("case_dialog", "Edit case") if case else translate("case_dialog", "New case")
        )
        self.setMinimumWidth(560)
        self.form = CaseForm()
        if case is not None:
            self.form.set_case(case)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save_and_close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.saved: cases.Case | None = None
        self.form.patient_name.setFocus()
        self.mark_clean()

    def snapshot(self) -> object:
        return self.form.snapshot()

    def commit(self) -> bool:
        try:
            draft = self.form.case()
            if draft.id is None:
                self.saved = cases.create_case(self.state.vault, draft, starter_checklist=True)
            else:
                self.saved = cases.update_case(self.state.vault, draft)
        except cases.ValidationError as exc:
            self.form.show_validation(exc)
            return False
        except (cases.CaseNotFound, session.VaultError) as exc:
            self.form.show_validation(cases.ValidationError("", str(exc)))
            return False
        self.form.set_case(self.saved)  # a second save updates this case, never a new one
        self.state.changed.emit("case", self.saved.id or 0)
        return True
