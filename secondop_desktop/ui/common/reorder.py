"""List models a user reorders by drag and drop (QListView's InternalMove ends in
``moveRows``) and by keyboard: one implementation of Qt's flags and index arithmetic."""

from __future__ import annotations

from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

_Index = QModelIndex | QPersistentModelIndex
E = TypeVar("E")  # what one row is


class ReorderableListModel(QAbstractListModel, Generic[E]):
    """A flat list of ``items`` whose rows can be dragged between other rows (never onto
    one). Subclasses say whether reordering is allowed and may save the new order in
    :meth:`before_move`; if that raises, the list is left as it was."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: list[E] = []

    @property
    def reorderable(self) -> bool:
        return True

    def before_move(self, item: E, new_index: int) -> None:
        """Called before a row moves to ``new_index`` (0-based, in the final order)."""

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not self.reorderable:
            return base
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled  # drops go between rows, never onto one

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
        """Move one row; ``destination_child`` is Qt's "insert before this row"."""
        if not self.reorderable or count != 1:
            return False
        if source_parent.isValid() or destination_parent.isValid():
            return False
        if not 0 <= source_row < len(self.items):
            return False
        target = destination_child if destination_child <= source_row else destination_child - 1
        target = max(0, min(len(self.items) - 1, target))
        if target == source_row:
            return False
        self.before_move(self.items[source_row], target)
        if not self.beginMoveRows(
            QModelIndex(), source_row, source_row, QModelIndex(), destination_child
        ):
            return False
        self.items.insert(target, self.items.pop(source_row))
        self.endMoveRows()
        return True

    def move(self, row: int, offset: int) -> int:
        """Move a row up (-1) or down (+1) from the keyboard; returns its new row."""
        target = row + offset
        if not 0 <= row < len(self.items) or not 0 <= target < len(self.items):
            return row
        self.moveRows(QModelIndex(), row, 1, QModelIndex(), target + (1 if offset > 0 else 0))
        return target
