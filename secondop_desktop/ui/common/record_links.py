"""Choose the records an entry is linked to (an opinion, a timeline event, a checklist
item): a list of check boxes with a filter, each record told apart from its namesakes.

A case gathers dozens of records, several often titled alike ("Pathology report" from two
hospitals), so each line names the kind, the date and the file, and a filter narrows the
list by any of them. Ticks survive filtering: the filter hides rows, it never unticks.

The list is a model over the case's records, each line made when the view asks for it:
a case of 10,000 records fills it in milliseconds (a QStandardItem per record, folded
for the filter up front, took a second per list). A list on a tab not yet opened reads
its records when it is first shown or asked (``set_source``): opening a case of 50,000
records filled every picker of every section before the first paint.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from secondop_desktop import records
from secondop_desktop.core import dates
from secondop_desktop.core.text import fold
from secondop_desktop.i18n import translate
from secondop_desktop.records.rows import RecordRows, as_rows
from secondop_desktop.ui.common.filtering import refilter

_Index = QModelIndex | QPersistentModelIndex


def describe(record: records.Record) -> str:
    """ "Pathology report — Pathology report, 3 Mar 2026, St Anne's, path-2.pdf": the
    title, then what tells it apart from another of that title."""
    if record.date_of_service:
        when = dates.format_date(record.date_of_service)
    else:
        when = translate("record_links", "no date")
    parts = [record.kind_label, when]
    if record.source:
        parts.append(record.source)
    parts.append(record.original_name)
    return f"{record.title} — {', '.join(parts)}"


class LinksModel(QAbstractListModel):
    """The case's records, checkable; ``checked`` is the set of ticked record ids."""

    toggled = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.records: RecordRows[records.Record] = RecordRows.of(())
        self.checked: set[int] = set()
        self._texts: dict[int, str] = {}

    def set_records(self, recs: RecordRows[records.Record], checked: set[int]) -> None:
        self.beginResetModel()
        self.records, self.checked, self._texts = recs, checked, {}
        self.endResetModel()

    def record(self, row: int) -> records.Record | None:
        """The record on ``row``; None when it left the case after this list was filled
        (the list is refilled when its section reloads)."""
        return self.records.get(row)

    def text(self, row: int) -> str:
        if row not in self._texts:
            record = self.record(row)
            self._texts[row] = (
                describe(record) if record else translate("record_links", "(removed from the case)")
            )
        return self._texts[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.records)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = index.row()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(row)
        if role == Qt.ItemDataRole.CheckStateRole:
            ticked = self.records.id_at(row) in self.checked
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if index.isValid() and self.record(index.row()) is None:
            return Qt.ItemFlag.NoItemFlags  # removed from the case: nothing to link
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        if self.record(index.row()) is None:
            return False
        record_id = self.records.id_at(index.row())
        on = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
        if on:
            self.checked.add(record_id)
        else:
            self.checked.discard(record_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.toggled.emit()
        return True


class _Filter(QSortFilterProxyModel):
    """Every word typed must be in the row (case and accents ignored)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.words: list[str] = []
        self._folded: dict[int, str] = {}

    def set_words(self, words: list[str]) -> None:
        refilter(self, lambda: setattr(self, "words", words))

    def forget(self) -> None:
        self._folded.clear()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if not self.words:
            return True
        if source_row not in self._folded:
            model = self.sourceModel()
            assert isinstance(model, LinksModel)
            self._folded[source_row] = fold(model.text(source_row))
        text = self._folded[source_row]
        return all(w in text for w in self.words)


class RecordLinks(QWidget):
    """Check boxes for the case's records, with a filter and a count of those ticked."""

    changed = Signal()

    def __init__(self, label: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        label = label or translate("record_links", "Linked records")
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(
            translate("record_links", "Filter by title, kind, date, source or file name")
        )
        self.filter.setAccessibleName(
            translate("record_links", "Filter {label}").format(label=label.lower())
        )
        self.filter.setClearButtonEnabled(True)
        self.model = LinksModel(self)
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
        self.count.setAccessibleName(
            translate("record_links", "{label} ticked").format(label=label)
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.filter)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count)
        self.setFocusProxy(self.filter)
        self.filter.textChanged.connect(self._filter)
        self.model.toggled.connect(self._toggled)
        self._fetch: Callable[[], Sequence[records.Record]] | None = None
        self._update_count()

    def set_source(self, fetch: Callable[[], Sequence[records.Record]]) -> None:
        """List what ``fetch`` gives, read when the list is shown or asked for its ticks
        (not before); the ticks are kept, less those of records it does not hold."""
        self._fetch = fetch
        if self.isVisible():
            self._load()

    def _load(self) -> None:
        if self._fetch is not None:
            fetch, self._fetch = self._fetch, None
            self.set_records(fetch(), self.model.checked)

    def showEvent(self, event: QShowEvent) -> None:
        self._load()
        super().showEvent(event)

    def set_records(self, recs: Iterable[records.Record], checked: Iterable[int] = ()) -> None:
        """Fill the list (filling is not an edit: ``changed`` is not emitted). Ticks of
        records no longer in the case are dropped."""
        self._fetch = None
        found = as_rows(recs)  # a case's rows stay by block: a record built per line shown
        present = set(found.ids())
        self.proxy.forget()
        self.model.set_records(found, {i for i in checked if i in present})
        self._update_count()

    def set_checked(self, ids: Iterable[int]) -> None:
        if self._fetch is not None:  # not read yet: the ticks are checked when it is
            self.model.checked = set(ids)
            return
        present = set(self.model.records.ids())
        self.model.checked = {i for i in ids if i in present}
        count = self.model.rowCount()
        if count:
            self.model.dataChanged.emit(
                self.model.index(0), self.model.index(count - 1), [Qt.ItemDataRole.CheckStateRole]
            )
        self._update_count()

    def checked_ids(self) -> list[int]:
        """The ticked records, in the list's order."""
        self._load()
        return [i for i in self.model.records.ids() if i in self.model.checked]

    def set_row_checked(self, row: int, on: bool = True) -> None:
        """Tick the record on ``row`` of the whole list (what a click on it does)."""
        self._load()
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        self.model.setData(self.model.index(row), state, Qt.ItemDataRole.CheckStateRole)

    def visible_texts(self) -> list[str]:
        self._load()
        return [str(self.proxy.index(row, 0).data()) for row in range(self.proxy.rowCount())]

    def _filter(self, text: str) -> None:
        self.proxy.set_words([fold(w) for w in text.split()])
        self._update_count()

    def _toggled(self) -> None:
        self._update_count()
        self.changed.emit()

    def _update_count(self) -> None:
        total = self.model.rowCount()
        ticked = len(self.model.checked)
        shown = self.proxy.rowCount()
        if not total:
            self.count.setText(translate("record_links", "No records in this case yet."))
            return
        if shown < total:
            text = translate(
                "record_links", "{ticked} of {total} linked; {shown} shown by the filter."
            ).format(ticked=ticked, total=total, shown=shown)
        else:
            text = translate("record_links", "{ticked} of {total} linked.").format(
                ticked=ticked, total=total
            )
        self.count.setText(text)
