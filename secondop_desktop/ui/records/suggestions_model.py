"""The table of a case's pending suggested facts (issue 19), and its filter by kind.

Each row says what the document gave, as it gave it: the kind, the words, the date at the
precision the source wrote ("not recorded" when it wrote none, never a guessed one), the
details (a lab's value, unit, range and flag; otherwise the source's own status), where an
accepted one goes and which record it came from. A row that could not be accepted as it
stands keeps the reason beside it, so the user sees why without a message box per row.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QApplication, QStyle

from secondop_desktop import suggested
from secondop_desktop.core import dates
from secondop_desktop.facts.labs import flag_label
from secondop_desktop.i18n import QT_TRANSLATE_NOOP, translate
from secondop_desktop.ui.common import colours
from secondop_desktop.ui.common.filtering import refilter

KIND, WHAT, DATE, DETAILS, DESTINATION, SOURCE = range(6)
HEADERS = (  # translated where shown (header_text)
    QT_TRANSLATE_NOOP("suggestions_model", "Kind"),
    QT_TRANSLATE_NOOP("suggestions_model", "What"),
    QT_TRANSLATE_NOOP("suggestions_model", "Date"),
    QT_TRANSLATE_NOOP("suggestions_model", "Details"),
    QT_TRANSLATE_NOOP("suggestions_model", "Goes to"),
    QT_TRANSLATE_NOOP("suggestions_model", "From record"),
)
SuggestionRole = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex

# The statuses FHIR and C-CDA give most, in words; any other is shown as the source wrote it.
STATUSES = {
    "active": QT_TRANSLATE_NOOP("suggestions_model", "active"),
    "inactive": QT_TRANSLATE_NOOP("suggestions_model", "inactive"),
    "resolved": QT_TRANSLATE_NOOP("suggestions_model", "resolved"),
    "remission": QT_TRANSLATE_NOOP("suggestions_model", "in remission"),
    "recurrence": QT_TRANSLATE_NOOP("suggestions_model", "came back"),
    "relapse": QT_TRANSLATE_NOOP("suggestions_model", "came back"),
    "completed": QT_TRANSLATE_NOOP("suggestions_model", "completed"),
    "finished": QT_TRANSLATE_NOOP("suggestions_model", "finished"),
    "in-progress": QT_TRANSLATE_NOOP("suggestions_model", "in progress"),
    "stopped": QT_TRANSLATE_NOOP("suggestions_model", "stopped"),
    "cancelled": QT_TRANSLATE_NOOP("suggestions_model", "cancelled"),
    "entered-in-error": QT_TRANSLATE_NOOP("suggestions_model", "entered in error"),
    "not-done": QT_TRANSLATE_NOOP("suggestions_model", "not done"),
    "final": QT_TRANSLATE_NOOP("suggestions_model", "final"),
    "preliminary": QT_TRANSLATE_NOOP("suggestions_model", "preliminary"),
    "amended": QT_TRANSLATE_NOOP("suggestions_model", "amended"),
}


def header_text(column: int) -> str:
    return translate("suggestions_model", HEADERS[column])


def date_text(s: suggested.Suggested) -> str:
    """The source's date as read ("7 March 2020", "2019"), or "not recorded"."""
    day = s.day()
    return dates.format_short(day) if day else translate("suggestions_model", "not recorded")


def status_text(status: str) -> str:
    key = status.strip().lower()
    return translate("suggestions_model", STATUSES[key]) if key in STATUSES else status.strip()


def details_text(s: suggested.Suggested) -> str:
    """A lab's "7.2 mmol/L, range 3.5-5.0, High"; another fact's status in the source."""
    if s.kind == "lab":
        parts = [" ".join(p for p in (s.value, s.unit) if p)]
        if s.reference_range:
            parts.append(
                translate("suggestions_model", "range {range}").format(range=s.reference_range)
            )
        if s.flag:
            parts.append(flag_label(s.flag))
        return ", ".join(p for p in parts if p)
    return status_text(s.status)


class SuggestionsModel(QAbstractTableModel):
    """Pending suggestions, in the order :func:`suggested.list_suggestions` gives them."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[suggested.Suggested] = []
        self.titles: dict[int, str] = {}  # record id -> title
        self.problems: dict[int, str] = {}  # suggestion id -> why it was not accepted
        self._labels = {k: suggested.kind_label(k) for k in suggested.KINDS}
        self._goes = {k: suggested.destination(k) for k in suggested.KINDS}

    def set_rows(self, rows: list[suggested.Suggested], titles: dict[int, str]) -> None:
        self.beginResetModel()
        self.rows, self.titles = rows, titles
        kept = {s.id for s in rows}
        self.problems = {k: v for k, v in self.problems.items() if k in kept}
        self.endResetModel()

    def set_problem(self, suggestion_id: int, reason: str | None) -> None:
        if reason:
            self.problems[suggestion_id] = reason
        else:
            self.problems.pop(suggestion_id, None)
        for row, s in enumerate(self.rows):
            if s.id == suggestion_id:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))

    def suggestion_at(self, row: int) -> suggested.Suggested:
        return self.rows[row]

    def row_of(self, suggestion_id: int) -> int:
        return next((n for n, s in enumerate(self.rows) if s.id == suggestion_id), -1)

    def source_title(self, s: suggested.Suggested) -> str:
        if s.record_id is None:
            return translate("suggestions_model", "record deleted")
        return self.titles.get(s.record_id, "")

    def kind_label(self, kind: str) -> str:
        return self._labels.get(kind, kind)

    def destination(self, kind: str) -> str:
        return self._goes.get(kind, "")

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return header_text(section)
        return None

    def text(self, s: suggested.Suggested, col: int) -> str:
        if col == KIND:
            return self.kind_label(s.kind)
        if col == WHAT:
            return s.text
        if col == DATE:
            return date_text(s)
        if col == DETAILS:
            return details_text(s)
        if col == DESTINATION:
            return self.destination(s.kind)
        return self.source_title(s)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        s = self.rows[index.row()]
        col = index.column()
        problem = self.problems.get(s.id)
        if role == SuggestionRole:
            return s
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = self.text(s, col)
            if role == Qt.ItemDataRole.AccessibleTextRole and col == WHAT and problem:
                return translate("suggestions_model", "{what} (not accepted: {why})").format(
                    what=text, why=problem
                )
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self.text(s, col)
            return f"{text}\n{problem}" if problem and col == WHAT else text
        if role == Qt.ItemDataRole.DecorationRole and col == WHAT and problem:
            style = QApplication.style()
            return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.ForegroundRole and col == DATE and s.day() is None:
            return colours.muted_on_base()
        return None


class KindFilter(QSortFilterProxyModel):
    """Shows one kind (or all): the filter the review's "Accept all" follows."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.kind: str | None = None

    def set_kind(self, kind: str | None) -> None:
        if kind != self.kind:
            refilter(self, lambda: setattr(self, "kind", kind))

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if self.kind is None:
            return True
        model = self.sourceModel()
        assert isinstance(model, SuggestionsModel)
        return model.suggestion_at(source_row).kind == self.kind
