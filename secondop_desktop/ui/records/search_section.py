"""The Search tab: search everything of a case (or every case): what the user typed in
each section, record titles and notes, and the text of record pages; each hit says where
it is and opens there."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QKeyEvent,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from secondop_desktop import search
from secondop_desktop.i18n import translate
from secondop_desktop.ui.common.state import AppState

HitRole = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


def snippet_html(snippet: str) -> str:
    """Escape the snippet, then show FTS5's [match] markers in bold."""
    text = html.escape(" ".join(snippet.split()))
    return text.replace("[", "<b>").replace("]", "</b>")


class HitsModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.hits: list[search.Found] = []
        self.case_names: dict[int, str] = {}

    def set_hits(self, hits: list[search.Found], case_names: dict[int, str] | None = None) -> None:
        self.beginResetModel()
        self.hits = hits
        self.case_names = case_names or {}
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        hit = self.hits[index.row()]
        where = self.case_names.get(hit.case_id)
        prefix = f"{where}: " if where else ""
        if role == Qt.ItemDataRole.DisplayRole:
            # No colour of its own: the line takes the view's text colour, so "page 3"
            # stays readable on a selected row and in a dark theme.
            return (
                f"<div><b>{html.escape(prefix + hit.label)}</b>"
                f" · {html.escape(hit.where)}</div>"
                f"<div>{snippet_html(hit.snippet)}</div>"
            )
        if role == Qt.ItemDataRole.AccessibleTextRole:
            plain = " ".join(hit.snippet.replace("[", "").replace("]", "").split())
            return f"{prefix}{hit.label}, {hit.where}: {plain}"
        if role == HitRole:
            return hit
        return None


class HtmlDelegate(QStyledItemDelegate):
    """Paints the rich-text display role (title, page, snippet with bold matches)."""

    def _doc(self, option: QStyleOptionViewItem, index: _Index) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setHtml(index.data(Qt.ItemDataRole.DisplayRole) or "")
        doc.setTextWidth(max(200, option.rect.width() - 12))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._doc(option, index)
        painter.save()
        painter.translate(opt.rect.left() + 6, opt.rect.top() + 4)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        if opt.state & QStyle.StateFlag.State_Selected:
            ctx.palette.setColor(
                QPalette.ColorRole.Text, opt.palette.color(QPalette.ColorRole.HighlightedText)
            )
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        doc = self._doc(option, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 8)


def status_text(found: search.Results) -> str:
    """How many hits, how to open one, and what a search cannot see (photos, scans)."""
    count = len(found)
    if not count:
        said = translate("search_section", "Nothing in this case mentions that.")
    elif found.pages_capped:
        said = translate(
            "search_section",
            "Found in %n place(s) (the first 50 pages). Press Enter on a result to open it there.",
            None,
            count,
        )
    else:
        said = translate(
            "search_section",
            "Found in %n place(s). Press Enter on a result to open it there.",
            None,
            count,
        )
    photos = found.unread_photos
    scans = found.unread - photos
    if photos and scans:
        unread = translate(
            "search_section",
            "{photos} and {scans} could not be searched: their text was not read "
            "(search finds only their title and notes).",
        ).format(
            photos=translate("search_section", "%n photo(s)", None, photos),
            scans=translate("search_section", "%n scanned record(s)", None, scans),
        )
    elif photos:
        unread = translate(
            "search_section",
            "%n photo(s) could not be searched: its/their text was not read "
            "(search finds only its/their title and notes).",
            None,
            photos,
        )
    elif scans:
        unread = translate(
            "search_section",
            "%n scanned record(s) could not be searched: its/their text was not read "
            "(search finds only its/their title and notes).",
            None,
            scans,
        )
    else:
        return said
    return f"{said} {unread}"


class SearchSection(QWidget):
    open_hit = Signal(object)  # search.Found

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.case_id: int | None = None
        self.query = QLineEdit()
        self.query.setPlaceholderText(
            translate(
                "search_section",
                "Search records, notes, opinions, questions…, e.g. Ki-67 or biopsy",
            )
        )
        self.query.setAccessibleName(translate("search_section", "Search records"))
        self.query.setClearButtonEnabled(True)
        self.all_cases = QCheckBox(translate("search_section", "Search &all cases"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.model = HitsModel(self)
        self.results = QListView()
        self.results.setModel(self.model)
        self.results.setItemDelegate(HtmlDelegate(self.results))
        self.results.setAccessibleName(translate("search_section", "Search results"))
        self.results.setWordWrap(True)
        self.results.setSpacing(2)
        self.results.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        row = QHBoxLayout()
        row.addWidget(self.query, 1)
        row.addWidget(self.all_cases)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)  # search as you type, once typing pauses
        self._timer.timeout.connect(self.run)
        self.query.textChanged.connect(self._timer.start)
        self.query.returnPressed.connect(self.run)
        self.all_cases.toggled.connect(self.run)
        self.results.activated.connect(self._activated)
        self.results.doubleClicked.connect(self._activated)
        self.query.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down (or Page Down) in the search box moves into the results, onto the first."""
        if (
            watched is self.query
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown)
        ):
            if self._timer.isActive():  # typed faster than the search runs: run it now
                self.run()
            if not self.model.rowCount():
                return super().eventFilter(watched, event)
            if not self.results.currentIndex().isValid():
                self.results.setCurrentIndex(self.model.index(0))
            self.results.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return super().eventFilter(watched, event)

    def set_case(self, case_id: int | None) -> None:
        self.case_id = case_id
        self.run()

    def clear(self) -> None:
        self.case_id = None
        self.query.clear()
        self.model.set_hits([])
        self.status.clear()

    def run(self) -> None:
        self._timer.stop()
        text = self.query.text()
        if not text.strip() or not self.state.is_unlocked:
            self.model.set_hits([])
            self.status.setText("")
            return
        every = self.all_cases.isChecked()
        found = search.search_case(self.state.vault, text, case_id=None if every else self.case_id)
        names: dict[int, str] = {}
        if every:
            from secondop_desktop import cases

            names = {
                c.id or 0: c.patient_name
                for c in cases.list_cases(self.state.vault, include_archived=True)
            }
        self.model.set_hits(found.found, names)
        self.status.setText(status_text(found))

    def _activated(self, index: QModelIndex) -> None:
        hit = index.data(HitRole)
        if hit is not None:
            self.open_hit.emit(hit)
