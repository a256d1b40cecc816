"""The review's table view: Enter accepts and Delete rejects the selected rows, and the
columns give way to the words when the window is narrow or the text large."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from secondop_desktop.ui.records.suggestions_model import (
    DATE,
    DESTINATION,
    DETAILS,
    KIND,
    SOURCE,
    WHAT,
)


class SuggestionsTable(QTableView):
    """Rows of suggestions, several selectable; the buttons beside do what the keys do."""

    accept_pressed = Signal()
    reject_pressed = Signal()

    # Columns a narrow window drops first, so the words stay readable (the note under the
    # table says all of the selected row): where it goes, the record, the kind.
    WHAT_NEEDS = 28  # average characters
    DROP_ORDER = (DESTINATION, SOURCE, KIND)

    def __init__(
        self,
        model: QAbstractItemModel,
        samples: dict[int, str],
        name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.one_kind = False  # one kind shown: its column and destination say nothing
        self.setModel(model)
        self.setAccessibleName(name)
        self.setTabKeyNavigation(False)  # Tab reaches the buttons (issue 18)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setAlternatingRowColors(True)
        header = self.horizontalHeader()
        header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        # Widths from the font and a typical value (longer ones elide; the tooltip and
        # the note under the table say them whole).
        metrics = self.fontMetrics()
        pad = 3 * metrics.averageCharWidth()
        for col in (KIND, DATE, DETAILS, DESTINATION, SOURCE):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, metrics.horizontalAdvance(samples.get(col, "")) + pad)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.accept_pressed.emit()
        elif key == Qt.Key.Key_Delete and not event.modifiers():
            self.reject_pressed.emit()
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def show_one_kind(self, on: bool) -> None:
        self.one_kind = on
        self.fit_columns()

    def fit_columns(self) -> None:
        """Hide what one kind makes the same on every row; then, while the words have too
        little room, the columns of DROP_ORDER."""
        header = self.horizontalHeader()
        for col in self.DROP_ORDER:
            header.setSectionHidden(col, col in (KIND, DESTINATION) and self.one_kind)
        available = self.viewport().width()
        needs = self.WHAT_NEEDS * self.fontMetrics().averageCharWidth()
        for col in self.DROP_ORDER:
            others = sum(
                header.sectionSize(c)
                for c in range(header.count())
                if c != WHAT and not header.isSectionHidden(c)
            )
            if available - others >= needs:
                break
            header.setSectionHidden(col, True)
