"""The bar above the records that says how many facts read from imported health records
wait for the user's word, and opens their review (issue 19). Shown only while some wait;
the review is of one case and is closed when another case opens."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from secondop_desktop.i18n import translate
from secondop_desktop.ui.common import colours
from secondop_desktop.ui.common.state import AppState

if TYPE_CHECKING:
    from secondop_desktop.ui.records.suggestions_dialog import SuggestionsDialog


class SuggestionsBar(QFrame):
    """``show_record_requested(record_id)``: the review asks to show a fact's record."""

    show_record_requested = Signal(int)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.case_id: int | None = None
        self.dialog: SuggestionsDialog | None = None  # the review, while it is open
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.button = QPushButton()
        self.button.clicked.connect(self.open_review)
        colours.tint(self, colours.INFO)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.note, 1)
        row.addWidget(self.button)
        self.hide()

    def set_case(self, case_id: int | None) -> None:
        if self.dialog is not None and self.dialog.case_id != case_id:
            self.close_review()  # a review is of one case
        self.case_id = case_id
        self.update_count()

    def update_count(self) -> None:
        """Shown with its count, only while some facts wait."""
        count = 0
        if self.case_id is not None and self.state.is_unlocked:
            from secondop_desktop import suggested

            count = suggested.pending_count(self.state.vault, self.case_id)
        self.setVisible(count > 0)
        self.button.setText(
            translate("records_section", "&Review suggested facts ({count})…").format(count=count)
        )
        self.note.setText(
            translate(
                "records_section",
                "%n fact(s) read from imported health records wait for your review.",
                None,
                count,
            )
        )

    def open_review(self) -> SuggestionsDialog | None:
        """The review of this case's suggested facts (brought forward when open)."""
        if self.case_id is None or not self.state.is_unlocked:
            return None
        if self.dialog is None:
            from secondop_desktop.ui.records.suggestions_dialog import SuggestionsDialog

            dialog = SuggestionsDialog(self.state, self.case_id, self.parentWidget())
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.show_record_requested.connect(self.show_record_requested)
            dialog.finished.connect(lambda _result, d=dialog: self._closed(d))
            self.dialog = dialog
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    def _closed(self, dialog: SuggestionsDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def close_review(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.close()
