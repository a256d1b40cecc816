"""The Checklist tab: what to gather, from whom, and where each item stands."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from secondop_desktop import records
from secondop_desktop.core import dates
from secondop_desktop.i18n import translate
from secondop_desktop.records import checklist, imaging
from secondop_desktop.ui.common import colours, dialogs
from secondop_desktop.ui.common.state import AppState
from secondop_desktop.ui.records.checklist_dialog import ChecklistDialog
from secondop_desktop.ui.records.imaging_studies import StudiesBox
from secondop_desktop.vault import session

HEADERS = (
    translate("checklist_section", "What"),
    translate("checklist_section", "From"),
    translate("checklist_section", "Status"),
    translate("checklist_section", "Requested"),
    translate("checklist_section", "Due"),
    translate("checklist_section", "Linked"),
)
ItemRole = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


class ChecklistModel(QAbstractTableModel):
    def __init__(self, parent: Any = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.items: list[checklist.Item] = []
        self.today = today
        self.indexed: dict[int, int] = {}  # a disc index's record -> its studies

    def set_items(self, items: list[checklist.Item], indexed: dict[int, int] | None = None) -> None:
        self.beginResetModel()
        self.items = items
        self.indexed = indexed or {}
        self.endResetModel()

    def studies_of(self, item: checklist.Item) -> int:
        """How many studies the disc indexes linked to this item list (0: none linked)."""
        return sum(self.indexed.get(r, 0) for r in item.record_ids)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        col = index.column()
        overdue = item.overdue(self.today)
        if role == ItemRole:
            return item
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == 0:
                if item.physical:
                    return translate("checklist_section", "{item} (physical item)").format(
                        item=item.description
                    )
                return item.description
            if col == 1:
                return item.source
            if col == 2:
                label = checklist.status_label(item.status)
                if studies := self.studies_of(item):
                    return translate(
                        "checklist_section", "{status}, indexed: %n study(ies)", None, studies
                    ).format(status=label)
                if overdue:
                    return translate("checklist_section", "{status}, overdue").format(status=label)
                return label
            if col == 3:
                return dates.format_short(item.requested_on)
            if col == 4:
                return dates.format_short(item.due_on) if item.status == "requested" else ""
            if col == 5:
                n = len(item.record_ids)
                if role == Qt.ItemDataRole.AccessibleTextRole:
                    return translate("checklist_section", "%n linked record(s)", None, n)
                return str(n) if n else ""
        if role == Qt.ItemDataRole.ForegroundRole:
            if overdue and col in (2, 4):
                return colours.on_base(colours.ERROR)
            if item.status in ("received", "sent") and col == 2:
                return colours.on_base(colours.SUCCESS)
        if role == Qt.ItemDataRole.FontRole and overdue and col in (2, 4):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and col == 0:
            parts = [item.description, item.kind_label]
            if item.physical and (item.carrier or item.tracking):
                parts.append(
                    translate("checklist_section", "Shipping: {details}").format(
                        details=f"{item.carrier} {item.tracking}".strip()
                    )
                )
            if item.notes:
                parts.append(item.notes)
            return "\n".join(parts)
        return None


class ChecklistSection(QWidget):
    import_requested = Signal(list)  # [Path]: files to import into the case (key images)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.case_id: int | None = None
        self.model = ChecklistModel(self)
        self.table = QTableView()
        # Tab leaves the table (arrows move between rows): Tab walked its cells, 500
        # presses never reached the next control (issue 18).
        self.table.setTabKeyNavigation(False)
        self.table.setModel(self.model)
        self.table.setAccessibleName(translate("checklist_section", "Records checklist"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 170)
        for col in range(2, len(HEADERS)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.add_button = QPushButton(translate("checklist_section", "&Add item…"))
        self.edit_button = QPushButton(translate("checklist_section", "Ed&it…"))
        self.delete_button = QPushButton(translate("checklist_section", "&Remove…"))
        self.letter_button = QPushButton(translate("checklist_section", "Request &letter…"))
        self.letter_button.setToolTip(
            translate(
                "checklist_section",
                "Write a letter asking for this item's records; it is marked as requested",
            )
        )
        self.starter_button = QPushButton(translate("checklist_section", "Add the &usual list"))
        self.starter_button.setToolTip(
            translate("checklist_section", "What second-opinion centres usually ask for")
        )
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.delete_button, self.letter_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.starter_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.studies = StudiesBox()
        self.studies.images_chosen.connect(self.import_requested)
        layout.addWidget(self.studies)
        self.add_button.clicked.connect(self.add_item)
        self.edit_button.clicked.connect(self.edit_item)
        self.delete_button.clicked.connect(self.delete_item)
        self.starter_button.clicked.connect(self.add_starter)
        self.letter_button.clicked.connect(self.write_letter)
        self.table.activated.connect(lambda _i: self.edit_item())
        state.changed.connect(self._on_changed)
        # Edit, Remove and Request letter act on the selected item: off while none is.
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        self._selection_changed()

    def _selection_changed(self) -> None:
        chosen = self.current_item() is not None
        for button in (self.edit_button, self.delete_button, self.letter_button):
            button.setEnabled(chosen)

    def set_case(self, case_id: int | None) -> None:
        self.case_id = case_id
        self.reload()

    def clear(self) -> None:
        self.case_id = None
        self.model.set_items([])
        self.studies.show_studies([], {})

    def _on_changed(self, kind: str, item_id: int) -> None:
        if kind == "records" and item_id == self.case_id and self.state.is_unlocked:
            self.reload()

    def reload(self) -> None:
        if self.case_id is None or not self.state.is_unlocked:
            self.model.set_items([])
            return
        items = checklist.list_items(self.state.vault, self.case_id)
        studies = imaging.studies(self.state.vault, self.case_id)
        indexed: dict[int, int] = {}
        for study in studies:
            indexed[study.record_id] = indexed.get(study.record_id, 0) + 1
        self.model.set_items(items, indexed)
        discs = {r: records.get_record(self.state.vault, r).title for r in indexed}
        self.studies.show_studies(studies, discs)
        done = sum(1 for i in items if i.status in ("received", "sent"))
        overdue = sum(1 for i in items if i.overdue())
        if not items:
            text = translate(
                "checklist_section",
                "Nothing on the checklist yet. “Add the usual list” adds what "
                "second-opinion centres usually ask for; change it to fit your case.",
            )
        else:
            text = translate("checklist_section", "{done} of {total} gathered.").format(
                done=done, total=len(items)
            )
            if overdue:
                text += " " + translate(
                    "checklist_section",
                    "%n request(s) overdue (more than 30 days): a reminder call often helps.",
                    None,
                    overdue,
                )
        self.summary.setText(text)
        self.starter_button.setVisible(not items)

    def select_entry(self, table: str, item_id: int) -> bool:
        """Select a checklist item (a search hit names it)."""
        if table != "checklist_items":
            return False
        for row, item in enumerate(self.model.items):
            if item.id == item_id:
                self.table.setCurrentIndex(self.model.index(row, 0))
                self.table.setFocus()
                return True
        return False

    def current_item(self) -> checklist.Item | None:
        index = self.table.currentIndex()
        return self.model.index(index.row(), 0).data(ItemRole) if index.isValid() else None

    def _records(self) -> list[records.Record]:
        return records.list_records(self.state.vault, self.case_id or 0)

    def add_item(self) -> None:
        if self.case_id is not None:
            self._edit(checklist.Item(description=""))

    def edit_item(self) -> None:
        item = self.current_item()
        if item is not None:
            self._edit(item)

    def _edit(self, item: checklist.Item) -> None:
        case_id = self.case_id or 0

        def save(edited: checklist.Item) -> None:
            try:
                checklist.save_item(self.state.vault, case_id, edited)
            except (checklist.ChecklistError, session.VaultError) as exc:
                raise ValueError(str(exc)) from exc

        ChecklistDialog(item, self._records(), self, save=save).exec()
        if self.state.is_unlocked:
            self.reload()

    def delete_item(self) -> None:
        item = self.current_item()
        if item is None or item.id is None:
            return
        if dialogs.confirm(
            self,
            translate("checklist_section", "Remove from checklist"),
            translate(
                "checklist_section",
                "Remove “{item}” from the checklist? Linked records stay in the case.",
            ).format(item=item.description),
            translate("checklist_section", "Remove"),
        ):
            checklist.delete_item(self.state.vault, item.id)
            self.reload()

    def write_letter(self) -> None:
        item = self.current_item()
        if item is None or self.case_id is None:
            return
        from secondop_desktop.ui.packet.letter_dialog import LetterDialog

        LetterDialog(self.state, self.case_id, item=item, parent=self).exec()
        self.reload()

    def add_starter(self) -> None:
        if self.case_id is not None:
            checklist.add_starter(self.state.vault, self.case_id)
            self.reload()
