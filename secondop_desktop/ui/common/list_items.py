"""The shared list editor's parts that are not the editor: the list model (drag to
reorder), the row delegate, and the pickers whose choices come from the case."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from secondop_desktop import facts
from secondop_desktop.cases import lists
from secondop_desktop.core import dates
from secondop_desktop.i18n import translate
from secondop_desktop.ui.common.reorder import ReorderableListModel

if TYPE_CHECKING:
    from secondop_desktop.vault.session import Vault

ItemRole = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T", bound=lists.Item)


def _clinicians(vault: Vault, case_id: int) -> list[tuple[int, str]]:
    return [(lists.saved_id(c), c.label) for c in lists.list_items(vault, facts.Clinician, case_id)]


def _opinions(vault: Vault, case_id: int) -> list[tuple[int, str]]:
    team = {c.id: c.name for c in lists.list_items(vault, facts.Clinician, case_id)}
    out = []
    for o in lists.list_items(vault, facts.Opinion, case_id):
        when = f", {dates.format_date(o.given_on)}" if o.given_on else ""
        who = team[o.clinician_id] if o.clinician_id in team else translate("list_items", "Opinion")
        out.append((lists.saved_id(o), f"{who}{when}"))
    return out


def _trials(vault: Vault, case_id: int) -> list[tuple[int, str]]:
    from secondop_desktop import preparing

    return [
        (lists.saved_id(t), f"{t.registry_id} {t.title}".strip())
        for t in lists.list_items(vault, preparing.Trial, case_id)
    ]


# Pickers whose choices come from the case: how to list them, and what "none" says.
PICKERS: dict[str, tuple[Callable[[Vault, int], list[tuple[int, str]]], str]] = {
    "clinician": (_clinicians, translate("list_items", "Not recorded")),
    "opinion": (_opinions, translate("list_items", "None yet")),
    "trial": (_trials, translate("list_items", "No trial")),
}


class RoomyDelegate(QStyledItemDelegate):
    """Rows a little taller than their text. (QListView.setSpacing would do it, but then
    the wrap width used for sizing and for painting differ and long rows end in "…".)"""

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + 8)


class ItemsModel(ReorderableListModel[T]):
    """The entries of one section. An entry not saved yet (just added, nothing typed) has
    id None; an entry with something to fix is marked "needs attention" in its row."""

    def __init__(
        self, describe: Callable[[T], str], noun: str = "", parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.describe = describe
        self.noun = noun or translate("list_items", "entry")
        self.attention: dict[int, str] = {}  # entry id -> what needs attention
        self.on_move: Callable[[T, int], None] | None = None  # set for reorderable lists

    def set_items(self, items: list[T], attention: dict[int, str] | None = None) -> None:
        self.beginResetModel()
        self.items = items
        self.attention = dict(attention or {})
        self.endResetModel()

    def append(self, item: T) -> int:
        """Add a row at the end (a new entry before its first save); returns its row."""
        row = len(self.items)
        self.beginInsertRows(QModelIndex(), row, row)
        self.items.append(item)
        self.endInsertRows()
        return row

    def remove_row(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.items[row]
        self.endRemoveRows()

    def replace(self, row: int, item: T, attention: str | None) -> None:
        """Show a saved entry in place (the row keeps its place and selection)."""
        self.items[row] = item
        if item.id is not None:
            if attention:
                self.attention[item.id] = attention
            else:
                self.attention.pop(item.id, None)
        self.dataChanged.emit(self.index(row), self.index(row))

    def _label(self, item: T) -> str:
        text = self.describe(item).strip() or translate("list_items", "New {noun}").format(
            noun=self.noun
        )
        note = self.attention.get(item.id) if item.id is not None else None
        if not note:
            return text
        return f"{text}\n" + translate("list_items", "⚠ Needs attention: {note}").format(note=note)

    def item_at(self, index: _Index) -> T | None:
        """The item on a row (what ``index.data(ItemRole)`` gives), None for no row."""
        return self.items[index.row()] if index.isValid() else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._label(item)
        if role == ItemRole:
            return item
        return None

    @property
    def reorderable(self) -> bool:
        return self.on_move is not None

    def before_move(self, item: T, new_index: int) -> None:
        """A drag within the list: save the new order first (selection and scroll position
        are kept by moving the row in place)."""
        if self.on_move is not None:
            self.on_move(item, new_index)

    def row_of(self, item_id: int | None) -> int:
        return next((i for i, it in enumerate(self.items) if it.id == item_id), -1)
