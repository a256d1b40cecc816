"""Choose the records an entry is linked to (an opinion, a timeline event, a checklist
item): a list of check boxes with a filter, each record told apart from its namesakes.

A case gathers dozens of records, several often titled alike ("Pathology report" from two
hospitals), so each line names the kind, the date and the file, and a filter narrows the
list by any of them. Ticks survive filtering: the filter hides rows, it never unticks.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from secondop_desktop import records
from secondop_desktop.core import dates
from secondop_desktop.core.text import fold

IdRole = Qt.ItemDataRole.UserRole + 1
SearchRole = Qt.ItemDataRole.UserRole + 2


def describe(record: records.Record) -> str:
    """ "Pathology report — Pathology report, 3 Mar 2026, St Anne's, path-2.pdf": the
    title, then what tells it apart from another of that title."""
    when = dates.format_date(record.date_of_service) if record.date_of_service else "no date"
    parts = [record.kind_label, when]
    if record.source:
        parts.append(record.source)
    parts.append(record.original_name)
    return f"{record.title} — {', '.join(parts)}"


class _Filter(QSortFilterProxyModel):
    """Every word typed must be in the row (case and accents ignored)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.words: list[str] = []

    def set_words(self, words: list[str]) -> None:
        # Qt 6.10 replaced invalidateFilter() with begin/endFilterChange().
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            self.words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.words = words
            self.invalidateFilter()

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self.words:
            return True
        model = self.sourceModel()
        text = str(model.index(source_row, 0).data(SearchRole) or "")
        return all(w in text for w in self.words)


class RecordLinks(QWidget):
    """Check boxes for the case's records, with a filter and a count of those ticked."""

    changed = Signal()

    def __init__(self, label: str = "Linked records", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText("Filter by title, kind, date, source or file name")
        self.filter.setAccessibleName(f"Filter {label.lower()}")
        self.filter.setClearButtonEnabled(True)
        self.model = QStandardItemModel(self)
        self.proxy = _Filter(self)
        self.proxy.setSourceModel(self.model)
        self.view = QListView()
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(label)
        # Wrapped, not scrolled sideways: what tells two records apart is at the end.
        self.view.setWordWrap(True)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setMinimumHeight(self.view.fontMetrics().height() * 8)
        self.count = QLabel()
        self.count.setAccessibleName(f"{label} ticked")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.filter)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count)
        self.setFocusProxy(self.filter)
        self.filter.textChanged.connect(self._filter)
        self.model.itemChanged.connect(self._item_changed)
        self._filling = False
        self._update_count()

    def set_records(self, recs: Iterable[records.Record], checked: Iterable[int] = ()) -> None:
        """Fill the list (filling is not an edit: ``changed`` is not emitted)."""
        ticked = set(checked)
        self._filling = True
        try:
            self.model.clear()
            for rec in recs:
                text = describe(rec)
                item = QStandardItem(text)
                item.setToolTip(text)
                item.setEditable(False)
                item.setCheckable(True)
                item.setCheckState(
                    Qt.CheckState.Checked if rec.id in ticked else Qt.CheckState.Unchecked
                )
                item.setData(rec.id, IdRole)
                item.setData(fold(text), SearchRole)
                self.model.appendRow(item)
        finally:
            self._filling = False
        self._update_count()

    def set_checked(self, ids: Iterable[int]) -> None:
        wanted = set(ids)
        self._filling = True
        try:
            for row in range(self.model.rowCount()):
                item = self.model.item(row)
                item.setCheckState(
                    Qt.CheckState.Checked
                    if item.data(IdRole) in wanted
                    else Qt.CheckState.Unchecked
                )
        finally:
            self._filling = False
        self._update_count()

    def checked_ids(self) -> list[int]:
        return [
            int(self.model.item(row).data(IdRole))
            for row in range(self.model.rowCount())
            if self.model.item(row).checkState() == Qt.CheckState.Checked
        ]

    def set_row_checked(self, row: int, on: bool = True) -> None:
        """Tick the record on ``row`` of the whole list (what a click on it does)."""
        self.model.item(row).setCheckState(
            Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        )

    def visible_texts(self) -> list[str]:
        return [
            str(self.proxy.index(row, 0).data()) for row in range(self.proxy.rowCount())
        ]

    def _filter(self, text: str) -> None:
        self.proxy.set_words([fold(w) for w in text.split()])
        self._update_count()

    def _item_changed(self, _item: QStandardItem) -> None:
        self._update_count()
        if not self._filling:
            self.changed.emit()

    def _update_count(self) -> None:
        total = self.model.rowCount()
        ticked = len(self.checked_ids())
        shown = self.proxy.rowCount()
        if not total:
            self.count.setText("No records in this case yet.")
            return
        text = f"{ticked} of {total} linked"
        if shown < total:
            text += f"; {shown} shown by the filter"
        self.count.setText(text + ".")
