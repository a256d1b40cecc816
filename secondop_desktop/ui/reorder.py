"""Row moves for list models a user reorders by drag and drop (QListView's InternalMove
ends in ``moveRows``) and by keyboard: one implementation of Qt's index arithmetic."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex

_Index = QModelIndex | QPersistentModelIndex


def move_row(
    model: QAbstractItemModel,
    items: list[Any],
    source_parent: _Index,
    source_row: int,
    count: int,
    destination_parent: _Index,
    destination_child: int,
    before_move: Callable[[Any, int], None] | None = None,
) -> bool:
    """Move one row of a flat list model. ``destination_child`` is Qt's "insert before this
    row"; ``before_move(item, new_index)`` may save the new order first (if it raises, the
    list is left as it was)."""
    if count != 1 or source_parent.isValid() or destination_parent.isValid():
        return False
    if not 0 <= source_row < len(items):
        return False
    target = destination_child if destination_child <= source_row else destination_child - 1
    target = max(0, min(len(items) - 1, target))
    if target == source_row:
        return False
    if before_move is not None:
        before_move(items[source_row], target)
    if not model.beginMoveRows(
        QModelIndex(), source_row, source_row, QModelIndex(), destination_child
    ):
        return False
    items.insert(target, items.pop(source_row))
    model.endMoveRows()
    return True
