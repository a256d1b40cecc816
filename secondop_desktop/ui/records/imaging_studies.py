"""The imaging studies on the case's discs, as their imported indexes list them (issue
19): shown under the checklist, where the disc item is, so the user sees what the disc
holds before it travels. Read-only: it is what the disc says."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from secondop_desktop.core import dates
from secondop_desktop.i18n import translate
from secondop_desktop.records.imaging import ImagingStudy
from secondop_desktop.ui.common import dialogs

_Index = QModelIndex | QPersistentModelIndex


def headers() -> tuple[str, ...]:
    return (
        translate("imaging_studies", "Date"),
        translate("imaging_studies", "Modality"),
        translate("imaging_studies", "Description"),
        translate("imaging_studies", "Body part"),
        translate("imaging_studies", "Series"),
        translate("imaging_studies", "Images"),
        translate("imaging_studies", "Disc"),
    )


class StudiesModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.studies: list[ImagingStudy] = []
        self.discs: dict[int, str] = {}  # record id -> the disc index record's title
        self._headers = headers()

    def set_studies(self, studies: list[ImagingStudy], discs: dict[int, str]) -> None:
        self.beginResetModel()
        self.studies, self.discs = studies, discs
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.studies)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return None
        s = self.studies[index.row()]
        missing = translate("imaging_studies", "not recorded")
        day = s.day()
        return (
            dates.format_short(day) if day else (s.date or missing),
            s.modality or missing,
            s.description or missing,
            s.body_part or missing,
            str(s.series),
            str(s.images),
            self.discs.get(s.record_id, ""),
        )[index.column()]


class StudiesBox(QGroupBox):
    """The studies of every disc indexed in the case; hidden while there are none. Key
    images are added from here: the user picks image files on the disc, each becomes a
    PNG record (nothing of the disc is copied otherwise)."""

    images_chosen = Signal(list)  # [Path]: DICOM files to import as key images

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("imaging_studies", "Imaging studies on the discs"), parent)
        self.model = StudiesModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setTabKeyNavigation(False)
        self.table.setAccessibleName(translate("imaging_studies", "Imaging studies"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        for col in range(self.model.columnCount()):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.images_button = QPushButton(translate("imaging_studies", "Add &key images…"))
        self.images_button.setToolTip(
            translate(
                "imaging_studies",
                "Choose image files on the disc (the slices the report talks about): each is "
                "added as a picture record that can travel in the packet.",
            )
        )
        self.images_button.clicked.connect(self.choose_images)
        row = QHBoxLayout()
        row.addWidget(self.note, 1)
        row.addWidget(self.images_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table)
        self.setVisible(False)

    def choose_images(self) -> None:
        paths = dialogs.open_files(
            self,
            translate("imaging_studies", "Add key images from the disc"),
            translate("imaging_studies", "Disc images (*.dcm *.DCM *);;All files (*)"),
        )
        if paths:
            self.images_chosen.emit([Path(p) for p in paths])

    def show_studies(self, studies: list[ImagingStudy], discs: dict[int, str]) -> None:
        self.model.set_studies(studies, discs)
        n = len(studies)
        self.note.setText(
            translate(
                "imaging_studies",
                "Read from the disc's index: %n study(ies). The images stay on the disc; "
                "send the disc itself with the packet.",
                None,
                n,
            )
        )
        rows = min(n, 6)
        self.table.setMinimumHeight(
            self.table.horizontalHeader().sizeHint().height()
            + rows * self.table.verticalHeader().defaultSectionSize()
            + 2 * self.table.frameWidth()
        )
        self.setVisible(bool(studies))
