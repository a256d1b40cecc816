"""The end-of-import report: what was imported, what was skipped and why."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


class ReportDialog(QDialog):
    def __init__(
        self, title: str, summary: str, rows: list[tuple[str, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(720, 360 if rows else 140)
        layout = QVBoxLayout(self)
        heading = QLabel(summary)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        if rows:
            table = QTableWidget(len(rows), 2)
            table.setHorizontalHeaderLabels(["File", "What happened"])
            table.setAccessibleName("Files not imported")
            table.verticalHeader().hide()
            table.setWordWrap(True)
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            for r, (name, reason) in enumerate(rows):
                table.setItem(r, 0, QTableWidgetItem(name))
                table.setItem(r, 1, QTableWidgetItem(reason))
            table.horizontalHeader().setSectionResizeMode(
                0, QHeaderView.ResizeMode.ResizeToContents
            )
            table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
            table.resizeRowsToContents()
            layout.addWidget(table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
