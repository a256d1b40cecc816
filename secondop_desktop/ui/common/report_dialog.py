"""The end-of-import report: what was imported, what was skipped and why, and a "Try again"
button on the files that can be tried again (a PDF that still needs its password)."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secondop_desktop.i18n import translate

RETRY_COLUMN = 2


class ReportDialog(QDialog):
    def __init__(
        self,
        title: str,
        summary: str,
        rows: list[tuple[str, str]],
        parent: QWidget | None = None,
        *,
        retry: Mapping[int, Callable[[], None]] | None = None,
    ) -> None:
        super().__init__(parent)
        retry = retry or {}
        self.setWindowTitle(title)
        self.resize(720, 360 if rows else 140)
        layout = QVBoxLayout(self)
        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table: QTableWidget | None = None
        if rows:
            table = self.table = QTableWidget(len(rows), 3 if retry else 2)
            table.setHorizontalHeaderLabels(
                [
                    translate("report_dialog", "File"),
                    translate("report_dialog", "What happened"),
                    "",
                ]
            )
            table.setAccessibleName(translate("report_dialog", "Files not imported"))
            table.verticalHeader().hide()
            table.setTabKeyNavigation(False)  # Tab reaches the buttons (issue 18)
            table.setWordWrap(True)
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            for r, (name, reason) in enumerate(rows):
                table.setItem(r, 0, QTableWidgetItem(name))
                table.setItem(r, 1, QTableWidgetItem(reason))
                if r in retry:
                    button = QPushButton(translate("report_dialog", "Try again"))
                    button.setAccessibleName(
                        translate("report_dialog", "Try again: {name}").format(name=name)
                    )
                    button.clicked.connect(lambda _checked=False, again=retry[r]: again())
                    table.setCellWidget(r, RETRY_COLUMN, button)
            header = table.horizontalHeader()
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
            if retry:
                header.setSectionResizeMode(RETRY_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
            table.resizeRowsToContents()
            layout.addWidget(table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def set_summary(self, summary: str) -> None:
        self.summary.setText(summary)

    def set_row(self, row: int, reason: str, *, can_retry: bool) -> None:
        """What happened to the file in ``row`` after it was tried again."""
        if self.table is None:
            return
        item = self.table.item(row, 1)
        if item is not None:
            item.setText(reason)
        button = self.table.cellWidget(row, RETRY_COLUMN)
        if button is not None:
            button.setVisible(can_retry)
        self.table.resizeRowToContents(row)
