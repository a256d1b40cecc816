"""The packet builder's record list: every record of the case, ticked when it travels,
in the order it will appear; reordered by drag and drop or Alt+Up/Down."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from .. import dates, records
from .reorder import move_row

_Index = QModelIndex | QPersistentModelIndex


class PacketRecordsModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[records.Record] = []
        self.chosen: set[int] = set()

    def set_records(self, items: list[records.Record]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.chosen = {r.id for r in items if r.include_in_packet}
        self.endResetModel()

    def chosen_ids(self) -> list[int]:
        """The ticked records, in the list's order: the packet's order."""
        return [r.id for r in self.items if r.id in self.chosen]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            when = dates.format_short(r.date_of_service) or "no date"
            pages = f"{r.page_count} page{'s' if r.page_count != 1 else ''}"
            return f"{r.title}\n{r.kind_label} · {when} · {pages}"
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if r.id in self.chosen else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.UserRole:
            return r.id
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        rid = self.items[index.row()].id
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        (self.chosen.add if checked else self.chosen.discard)(rid)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base | Qt.ItemFlag.ItemIsDropEnabled
        return base | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsDragEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def moveRows(
        self,
        source_parent: _Index,
        source_row: int,
        count: int,
        destination_parent: _Index,
        destination_child: int,
    ) -> bool:
        return move_row(
            self,
            self.items,
            source_parent,
            source_row,
            count,
            destination_parent,
            destination_child,
        )

    def move(self, row: int, offset: int) -> int:
        """Move a row up (-1) or down (+1); returns its new row."""
        target = row + offset
        if not 0 <= row < len(self.items) or not 0 <= target < len(self.items):
            return row
        self.moveRows(QModelIndex(), row, 1, QModelIndex(), target + (1 if offset > 0 else 0))
        return target
