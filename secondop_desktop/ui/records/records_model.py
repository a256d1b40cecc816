"""The records table: a Qt model with lazily loaded thumbnails, and its sort/filter proxy.

Row data for 10,000 records is a few megabytes of plain metadata loaded at once; the
thumbnails (the heavy part) are fetched only for rows the view actually paints, and kept
in a small cache.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QIcon, QPainter, QPixmap

from secondop_desktop import records
from secondop_desktop.core import dates
from secondop_desktop.i18n import translate
from secondop_desktop.records.meta import KINDS, kind_label
from secondop_desktop.records.rows import RecordRows, as_rows
from secondop_desktop.ui.common import colours
from secondop_desktop.ui.common.filtering import refilter

TITLE, KIND, DATE, SOURCE, PAGES, PACKET = range(6)
HEADERS = (  # translated where shown (header_text)
    QT_TRANSLATE_NOOP("records_model", "Title"),
    QT_TRANSLATE_NOOP("records_model", "Kind"),
    QT_TRANSLATE_NOOP("records_model", "Date"),
    QT_TRANSLATE_NOOP("records_model", "Source"),
    QT_TRANSLATE_NOOP("records_model", "Pages"),
    QT_TRANSLATE_NOOP("records_model", "Packet"),
)
RecordRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
OcrNoteRole = Qt.ItemDataRole.UserRole + 3  # "Reading text: page 3 of 10" (ocr_progress)
OcrShortNoteRole = Qt.ItemDataRole.UserRole + 4  # "Reading page 3 of 10", for a narrow cell
_NOTE_ROLES = [
    OcrNoteRole,
    OcrShortNoteRole,
    Qt.ItemDataRole.AccessibleTextRole,
    Qt.ItemDataRole.ToolTipRole,
]
THUMB_HEIGHT = 44
_Index = QModelIndex | QPersistentModelIndex


def header_text(column: int) -> str:
    """The column's heading in the language installed."""
    return translate("records_model", str(HEADERS[column]))


class RecordsModel(QAbstractTableModel):
    include_toggled = Signal(int, bool)  # record id, new value

    def __init__(
        self,
        thumbnail_loader: Callable[[int], bytes | None] | None = None,
        parent: Any = None,
        cache_size: int = 300,
    ) -> None:
        super().__init__(parent)
        self._rows: RecordRows[records.Record] = RecordRows.of(())
        self._duplicates: dict[int, records.Record] = {}
        self._loader = thumbnail_loader
        self._thumbs: OrderedDict[int, QIcon] = OrderedDict()
        self._cache_size = cache_size
        # Translated once: sorting 50,000 rows by kind asks for a label a million times.
        self._kind_labels = {key: kind_label(key) for key, _label in KINDS}
        # record id -> what reading its text is at, in full and short (for a narrow cell)
        self._notes: dict[int, tuple[str, str]] = {}
        self.thumbnail_loads = 0  # for tests: proves thumbnails load lazily

    def set_records(self, items: Iterable[records.Record]) -> None:
        """Show ``items`` (a case's ``RecordRows`` builds a record only for the rows
        painted). Records added after those shown (an import) are inserted: a reset made
        the view and its filter map every row again."""
        old, items = self._rows, as_rows(items)
        if len(items) > len(old) > 0 and items.ids()[: len(old)] == old.ids():
            self.beginInsertRows(QModelIndex(), len(old), len(items) - 1)
            self._rows = items
            self._duplicates = records.possible_duplicates(items)
            self.endInsertRows()
            return
        self.beginResetModel()
        self._rows = items
        self._duplicates = records.possible_duplicates(self._rows)
        self._thumbs.clear()
        self.endResetModel()

    def clear(self) -> None:
        self.set_records([])

    def record_at(self, row: int) -> records.Record:
        return self._rows[row]

    def row_of(self, record_id: int) -> int:
        return self._rows.index_of(record_id)

    def replace(self, record: records.Record) -> None:
        row = self.row_of(record.id)
        if row >= 0:
            self._rows = self._rows.replaced(record)
            self._thumbs.pop(record.id, None)
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))

    def set_notes(self, notes: dict[int, tuple[str, str]]) -> None:
        """The reading notes of the records (by id): only the rows whose note changed are
        repainted, and the sort and filter are not redone (the roles say what changed)."""
        changed = [
            i for i in notes.keys() | self._notes.keys() if notes.get(i) != self._notes.get(i)
        ]
        self._notes = dict(notes)
        if not changed or not self._rows:
            return
        if len(changed) > 20:  # a big import: one range, not a search for each row
            rows = [(0, len(self._rows) - 1)]
        else:
            rows = [(r, r) for r in map(self.row_of, changed) if r >= 0]
        for first, last in rows:
            self.dataChanged.emit(self.index(first, TITLE), self.index(last, TITLE), _NOTE_ROLES)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return header_text(section)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.column() == PACKET:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def _thumb(self, record_id: int) -> QIcon | None:
        if record_id in self._thumbs:
            self._thumbs.move_to_end(record_id)
            return self._thumbs[record_id]
        if self._loader is None:
            return None
        self.thumbnail_loads += 1
        data = self._loader(record_id)
        icon = QIcon()
        if data:
            pixmap = QPixmap()
            if pixmap.loadFromData(data):
                icon = QIcon(
                    _on_paper(
                        pixmap.scaledToHeight(
                            THUMB_HEIGHT, Qt.TransformationMode.SmoothTransformation
                        )
                    )
                )
        self._thumbs[record_id] = icon
        if len(self._thumbs) > self._cache_size:
            self._thumbs.popitem(last=False)
        return icon

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        rec = self._rows.get(index.row())
        if rec is None:  # removed since the list was read; the table reloads next
            return None
        col = index.column()
        if role == RecordRole:
            return rec
        if role in (OcrNoteRole, OcrShortNoteRole):
            notes = self._notes.get(rec.id) if col == TITLE else None
            return notes[role == OcrShortNoteRole] if notes else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == TITLE:
                notes = self._notes.get(rec.id) if role != Qt.ItemDataRole.DisplayRole else None
                return f"{rec.title}. {notes[0]}" if notes else rec.title
            if col == KIND:
                return self._kind_label(rec.kind)
            if col == DATE:
                text = dates.format_short(rec.date_of_service) or "—"
                return f"{text}?" if rec.date_suggested else text
            if col == SOURCE:
                return rec.source
            if col == PAGES:
                return str(rec.page_count)
            if col == PACKET and role == Qt.ItemDataRole.AccessibleTextRole:
                return (
                    translate("records_model", "In packet")
                    if rec.include_in_packet
                    else translate("records_model", "Not in packet")
                )
            return None
        if role == SortRole:
            return {
                TITLE: rec.title.lower(),
                KIND: self._kind_label(rec.kind),
                SOURCE: rec.source.lower(),
                # By the earliest day it can mean ("2019~" must not sort after "2019-12").
                DATE: "{:07d}{:07d}".format(*dates.sort_key(rec.date_of_service))
                if rec.date_of_service
                else "",
                PAGES: rec.page_count,
                PACKET: int(rec.include_in_packet),
            }[col]
        if role == Qt.ItemDataRole.CheckStateRole and col == PACKET:
            return Qt.CheckState.Checked if rec.include_in_packet else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DecorationRole and col == TITLE:
            return self._thumb(rec.id)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == TITLE:
                tip = (
                    translate("records_model", "Possibly the same document as “{title}”").format(
                        title=self._duplicates[rec.id].title
                    )
                    if rec.id in self._duplicates
                    else rec.original_name
                )
                notes = self._notes.get(rec.id)
                return f"{tip}\n{notes[0]}" if notes else tip
            if col == DATE and rec.date_suggested:
                return translate(
                    "records_model", "Suggested from the text: check it and correct it if needed."
                )
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == TITLE and rec.id in self._duplicates:
                return colours.on_base(colours.WARNING)
            if col == DATE and rec.date_suggested:
                return colours.muted_on_base()
        return None

    def _kind_label(self, kind: str) -> str:
        return self._kind_labels.get(kind) or kind_label(kind)

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.column() == PACKET and role == Qt.ItemDataRole.CheckStateRole:
            rec = self._rows[index.row()]
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            self.include_toggled.emit(rec.id, checked)
            return True
        return False

    def is_duplicate(self, record_id: int) -> bool:
        return record_id in self._duplicates

    def duplicate_of(self, record_id: int) -> records.Record | None:
        """The record this one may be a copy of, or None."""
        return self._duplicates.get(record_id)


class RecordsProxy(QSortFilterProxyModel):
    """Filter by kind and by text in the title, source or original file name."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.kind: str | None = None
        self.text = ""
        self.setSortRole(SortRole)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def _refilter(self, apply: Callable[[], None]) -> None:
        refilter(self, apply)

    def set_kind(self, kind: str | None) -> None:
        self._refilter(lambda: setattr(self, "kind", kind))

    def set_text(self, text: str) -> None:
        self._refilter(lambda: setattr(self, "text", text.strip().lower()))

    def filterAcceptsRow(self, row: int, parent: _Index) -> bool:
        if not self.kind and not self.text:
            return True  # no filter: no row is fetched (a case may hold 50,000 records)
        model = self.sourceModel()
        rec: records.Record | None = model.index(row, 0, parent).data(RecordRole)
        if rec is None:
            return False
        if self.kind and rec.kind != self.kind:
            return False
        if self.text:
            hay = f"{rec.title} {rec.source} {rec.original_name} {rec.notes}".lower()
            return all(word in hay for word in self.text.split())
        return True


def _on_paper(pixmap: QPixmap) -> QPixmap:
    """A picture with transparent parts on white, as it prints: thumbnails stored before
    PDF pages were drawn on white (and PNG records with an alpha channel) otherwise show
    black text on a dark theme's dark background."""
    if not pixmap.hasAlphaChannel():
        return pixmap
    paper = QPixmap(pixmap.size())
    paper.setDevicePixelRatio(pixmap.devicePixelRatio())
    paper.fill(Qt.GlobalColor.white)
    painter = QPainter(paper)
    painter.drawPixmap(0, 0, pixmap)
    painter.end()
    return paper
