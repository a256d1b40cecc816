"""The packet builder's record list: every record of the case, ticked when it travels,
in the order it will appear; reordered by drag and drop or Alt+Up/Down."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt

from secondop_desktop import records
from secondop_desktop.core import dates
from secondop_desktop.i18n import translate
from secondop_desktop.ui.common.reorder import ReorderableListModel

_Index = QModelIndex | QPersistentModelIndex


class PacketRecordsModel(ReorderableListModel[records.Record]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.chosen: set[int] = set()

    def set_records(self, items: list[records.Record]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.chosen = {r.id for r in items if r.include_in_packet}
        self.endResetModel()

    def chosen_ids(self) -> list[int]:
        """The ticked records, in the list's order: the packet's order."""
        return [r.id for r in self.items if r.id in self.chosen]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            when = dates.format_short(r.date_of_service) or translate("packet_records", "no date")
            count = r.page_count  # a plain name: lupdate reads only those as the number
            pages = translate("packet_records", "%n page(s)", None, count)
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
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.isValid() else base
