"""The case list: a Qt model (testable without a window) and the side panel that shows it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from secondop_desktop import cases
from secondop_desktop.i18n import translate
from secondop_desktop.ui.common import colours

CaseRole = Qt.ItemDataRole.UserRole + 1
CaseIdRole = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


def _name(case: cases.Case) -> str:
    """The patient's name, marked when the case is archived."""
    if case.archived:
        return translate("case_list", "{name} (archived)").format(name=case.patient_name)
    return case.patient_name


class CaseListModel(QAbstractListModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cases: list[cases.Case] = []

    def set_cases(self, items: list[cases.Case]) -> None:
        self.beginResetModel()
        self._cases = list(items)
        self.endResetModel()

    def clear(self) -> None:
        self.set_cases([])

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cases)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._cases):
            return None
        case = self._cases[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{_name(case)}\n{case.display_title}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if case.archived:
                return translate("case_list", "{name}: {title}, archived").format(
                    name=case.patient_name, title=case.display_title
                )
            return f"{case.patient_name}: {case.display_title}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return case.manager_text()
        if role == Qt.ItemDataRole.FontRole and case.archived:
            font = QFont()
            font.setItalic(True)
            return font
        if role == CaseRole:
            return case
        if role == CaseIdRole:
            return case.id
        return None

    def row_of(self, case_id: int | None) -> int:
        for row, case in enumerate(self._cases):
            if case.id == case_id:
                return row
        return -1


class CaseListPanel(QWidget):
    """Side panel: filter box, the list, "New case" and "Show archived"."""

    case_selected = Signal(object)  # Case or None
    new_case_requested = Signal()
    show_archived_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CaseListModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterRole(Qt.ItemDataRole.DisplayRole)
        title = QLabel(translate("case_list", "Cases"))
        font = QFont(title.font())
        font.setBold(True)
        title.setFont(font)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(translate("case_list", "Find a case"))
        self.filter.setAccessibleName(translate("case_list", "Find a case"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = QListView()
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(translate("case_list", "Cases"))
        self.view.setItemDelegate(CaseDelegate(self.view))
        self.view.setUniformItemSizes(True)
        self.view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.new_button = QPushButton(translate("case_list", "&New case…"))
        self.new_button.clicked.connect(self.new_case_requested)
        self.archived = QCheckBox(translate("case_list", "Show &archived"))
        self.archived.toggled.connect(self.show_archived_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(title)
        layout.addWidget(self.filter)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.archived)
        layout.addWidget(self.new_button)

    def set_cases(self, items: list[cases.Case], select_id: int | None) -> None:
        self.model.set_cases(items)
        row = self.model.row_of(select_id)
        if row < 0 and items:
            row = 0
        if row >= 0:
            index = self.proxy.mapFromSource(self.model.index(row))
            self.view.setCurrentIndex(index)
        self._current_changed(self.view.currentIndex())

    def current_case(self) -> cases.Case | None:
        index = self.view.currentIndex()
        return index.data(CaseRole) if index.isValid() else None

    def _current_changed(self, index: QModelIndex) -> None:
        self.case_selected.emit(index.data(CaseRole) if index.isValid() else None)


class CaseDelegate(QStyledItemDelegate):
    """Two lines per case: the patient's name in bold, the case title in grey below."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        case: cases.Case | None = index.data(CaseRole)
        if case is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        rect = opt.rect.adjusted(8, 5, -8, -5)
        painter.save()
        name_font = QFont(opt.font)
        name_font.setBold(True)
        name_font.setItalic(case.archived)
        painter.setFont(name_font)
        painter.setPen(
            opt.palette.highlightedText().color() if selected else opt.palette.text().color()
        )
        line = QFontMetrics(name_font).height()
        painter.drawText(rect.adjusted(0, 0, 0, -line), Qt.AlignmentFlag.AlignLeft, _name(case))
        painter.setFont(opt.font)
        if not selected:
            painter.setPen(colours.muted(opt.palette))  # AA in light and dark themes
        painter.drawText(
            rect.adjusted(0, line + 2, 0, 0), Qt.AlignmentFlag.AlignLeft, case.display_title
        )
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        line = QFontMetrics(option.font).height()
        return QSize(200, line * 2 + 14)
