"""The Lab results tab of Health (issue 19): every result as the report gives it, edited
in the shared list editor, and below it an overview with one row per test (its latest
value beside the previous one, the direction it moved, its flag) and the selected
test's chart.

Values are kept as written: "<0.5" or "positive" is listed and never drawn or compared,
and a lab's flag is kept as its letter ("H") or as the source wrote it, shown in words.
Nothing is worked out from a reference range: no flag is added that the lab did not give.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from secondop_desktop import facts
from secondop_desktop.core import dates
from secondop_desktop.facts.labs import lab_key
from secondop_desktop.i18n import translate
from secondop_desktop.ui.common import colours
from secondop_desktop.ui.common.list_editor import FactsEditor, Field
from secondop_desktop.ui.common.state import AppState
from secondop_desktop.ui.common.widgets import scrolling
from secondop_desktop.ui.facts.lab_chart import TrendPanel, with_unit

_Index = QModelIndex | QPersistentModelIndex

# The flag as a choice of the lab's own letters (stored as the letter), or none given.
FLAG_CHOICES: tuple[tuple[str | int, str], ...] = (
    ("", translate("labs_page", "Not given")),
    *((k, translate("labs", v)) for k, v in facts.FLAGS.items()),
)


def describe(r: facts.LabResult) -> str:
    """The list's line: "PSA 4.1 ng/mL · 12 Mar 2024 · High"."""
    if not r.test.strip():
        return ""  # shown as "New lab result" until it has a name
    parts = [f"{r.test.strip()} {with_unit(r)}".strip()]
    if r.taken_on is not None:
        parts.append(dates.format_short(r.taken_on))
    if r.flag.strip():
        parts.append(facts.flag_label(r.flag))
    return " · ".join(parts)


class LabsEditor(FactsEditor[facts.LabResult]):
    """The shared list editor, with a flag choice that keeps a flag it does not list
    ("POS", "h", "H; A" from a record) as written: the plain choice would show "Not
    given" for it and save that over the lab's own flag at the next edit."""

    def _set_value(self, f: Field, value: Any) -> None:
        box = self.inputs[f.name]
        if f.name != "flag" or not isinstance(box, QComboBox):
            super()._set_value(f, value)
            return
        while box.count() > len(FLAG_CHOICES):  # the previous entry's own flag
            box.removeItem(box.count() - 1)
        written = str(value or "")
        index = box.findData(written)
        if index < 0:
            label = facts.flag_label(written)
            box.addItem(label if label == written else f"{label} ({written})", written)
            index = box.count() - 1
        box.setCurrentIndex(index)


def labs_editor(state: AppState) -> LabsEditor:
    return LabsEditor(
        state,
        facts.LabResult,
        [
            Field(
                "test",
                translate("labs_page", "&Test"),
                placeholder=translate("labs_page", "e.g. PSA, Haemoglobin"),
            ),
            Field(
                "value",
                translate("labs_page", "&Result"),
                placeholder=translate("labs_page", "as the report gives it, e.g. 7.2 or <0.5"),
                tip=translate(
                    "labs_page",
                    "Type it as the report shows it. A limit such as <0.5 or a word such as "
                    "positive is kept as written; only plain numbers are drawn on the chart.",
                ),
            ),
            Field(
                "unit",
                translate("labs_page", "Un&it"),
                placeholder=translate("labs_page", "e.g. ng/mL or mmol/L"),
            ),
            Field(
                "reference_range",
                translate("labs_page", "Referen&ce range"),
                placeholder=translate("labs_page", "e.g. 3.5-5.0 or < 4"),
                tip=translate(
                    "labs_page",
                    "The normal range the report prints beside the result. Given as numbers, "
                    "it is drawn as a pale band on the chart.",
                ),
            ),
            Field(
                "flag",
                translate("labs_page", "Flag on the re&port"),
                "choice",
                FLAG_CHOICES,
                tip=translate(
                    "labs_page",
                    "The lab's own mark beside the result (H for high, L for low). Leave it "
                    "as Not given when the report shows none: nothing is worked out here.",
                ),
            ),
            Field("taken_on", translate("labs_page", "Date take&n"), "date"),
            Field("notes", translate("labs_page", "N&otes"), "text", lines=2),
            Field("record_ids", translate("labs_page", "Linked record&s"), "records"),
        ],
        describe,
        lambda: facts.LabResult(test=""),
        translate("labs_page", "lab result"),
        intro=translate(
            "labs_page",
            "Blood tests and other lab results, one line per result, as the report gives "
            "it. Results read from an imported health record (a FHIR or C-CDA file) are "
            "suggested for you to accept; you can also type them here.",
        ),
    )


class LabsOverview(QAbstractTableModel):
    """One row per test: the latest value and its date, the previous value and its date,
    the direction, the latest flag and how many results there are."""

    def __init__(self, palette: Callable[[], QPalette], parent: QObject | None = None) -> None:
        """``palette``: the view's, for a flag's red readable on its cells."""
        super().__init__(parent)
        self.palette = palette
        self.rows: list[facts.LabHistory] = []
        self.headers = (
            translate("labs_page", "Test"),
            translate("labs_page", "Latest"),
            translate("labs_page", "Previous"),
            translate("labs_page", "Change"),
            translate("labs_page", "Flag"),
            translate("labs_page", "Results"),
        )

    def set_histories(self, rows: list[facts.LabHistory]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.headers)
        ):
            return self.headers[section]
        return None

    def history_at(self, row: int) -> facts.LabHistory | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, name: str) -> int:
        key = lab_key(facts.LabResult(test=name))
        for i, h in enumerate(self.rows):
            if lab_key(h.latest) == key:
                return i
        return -1

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        h = self.history_at(index.row()) if index.isValid() else None
        if h is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(h, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(h, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == 4:
            flag = h.latest.flag.strip().upper()
            if flag and flag != "N":  # a lab's mark other than normal: in its red, at AA
                return colours.readable(
                    colours.ERROR, self.palette().color(QPalette.ColorRole.Base)
                )
        return None

    def _text(self, h: facts.LabHistory, column: int) -> str:
        if column == 0:
            return h.name
        if column in (1, 2):
            shown = h.latest if column == 1 else h.previous
            if shown is None:
                return ""
            when = dates.format_short(shown.taken_on) or translate("labs_page", "date not recorded")
            return f"{with_unit(shown)}\n{when}"  # two lines: the table stays narrow
        if column == 3:
            return facts.direction_label(h.direction())
        if column == 4:
            return facts.flag_label(h.latest.flag)
        n = len(h.results)
        return str(n)

    def _tip(self, h: facts.LabHistory, column: int) -> str:
        before = h.previous
        if column == 3 and before is not None and not h.direction():
            if before.unit.strip() != h.latest.unit.strip():
                return translate(
                    "labs_page", "Not compared: the two results are in different units."
                )
            return translate("labs_page", "Not compared: one of the two is not a plain number.")
        if column == 1 and h.latest.reference_range.strip():
            return translate("labs_page", "Reference range: {range}").format(
                range=h.latest.reference_range.strip()
            )
        return ""


class LabsPage(QWidget):
    """The results' editor above; the overview by test and the selected test's chart
    below (once there is a result), in a splitter the user can move (a 1024x700
    screen, a large font)."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.case_id: int | None = None
        self.editor = labs_editor(state)
        self.table = QTableView()
        self.overview = LabsOverview(self.table.palette, self)
        self.table.setModel(self.overview)
        self.table.setAccessibleName(translate("labs_page", "Tests overview"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # The test's name wraps in what the other columns leave, never below a word or two.
        header.setMinimumSectionSize(self.table.fontMetrics().averageCharWidth() * 6)
        # The test column follows the table's width: its rows' heights follow it.
        header.sectionResized.connect(self._rows_later)
        self.table.setToolTip(
            translate("labs_page", "Select a test to see its chart; Enter edits its latest result")
        )
        title = QLabel(translate("labs_page", "Tests overvie&w"))
        title.setBuddy(self.table)
        self.trend = TrendPanel()

        table_box = QWidget()
        tl = QVBoxLayout(table_box)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(title)
        tl.addWidget(self.table, 1)
        below = self.below = QSplitter(Qt.Orientation.Horizontal)
        below.addWidget(table_box)
        below.addWidget(scrolling(self.trend))  # a large font scrolls it, never squeezes
        below.setStretchFactor(0, 3)
        below.setStretchFactor(1, 2)
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.addWidget(self.editor)
        self.split.addWidget(below)
        self.split.setStretchFactor(0, 1)
        self.split.setStretchFactor(1, 1)
        self.split.setChildrenCollapsible(False)
        below.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)  # as the other Health tabs' pages
        layout.addWidget(self.split)

        model = self.editor.model
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(self.reload_overview)
        model.dataChanged.connect(self.reload_overview)
        state.changed.connect(self._on_changed)
        self.table.selectionModel().currentRowChanged.connect(self._show_current)
        self.table.activated.connect(self._edit_latest)

    def set_case(self, case_id: int | None) -> None:
        self.case_id = case_id
        self.editor.set_case(case_id)
        self.reload_overview()

    def clear(self) -> None:
        self.case_id = None
        self.editor.clear()
        self.overview.set_histories([])
        self.trend.show_history(None)

    def _on_changed(self, kind: str, case_id: int) -> None:
        """Results accepted from a record's suggestions, or changed on another page: the
        editor reloads its list first (it connected first), then the overview follows."""
        if kind == "lab_results" and case_id == self.case_id:
            self.reload_overview()

    def results(self) -> list[facts.LabResult]:
        """The saved results the editor lists (a blank entry not typed in yet is not)."""
        return [r for r in self.editor.model.items if r.id is not None and r.test.strip()]

    def reload_overview(self) -> None:
        """Rebuild the rows, keeping the selected test selected."""
        shown = self.current_history()
        self.overview.set_histories(facts.histories(self.results()))
        row = self.overview.row_of(shown.name) if shown is not None else -1
        if row < 0 and self.overview.rowCount():
            row = 0
        if row >= 0:
            self.table.selectionModel().blockSignals(True)
            self.table.setCurrentIndex(self.overview.index(row, 0))
            self.table.selectRow(row)
            self.table.selectionModel().blockSignals(False)
        self._show_row(row)
        # Nothing to sum up yet: the editor and its introduction have the whole height.
        self.below.setVisible(self.overview.rowCount() > 0)
        QTimer.singleShot(0, self._fit_columns)

    def _rows_later(self, column: int, _old: int, _new: int) -> None:
        if column == 0:
            QTimer.singleShot(0, self.table.resizeRowsToContents)

    def _fit_columns(self) -> None:
        """Each column as wide as its text, up to a few words: a value written out
        ("Detected (qualifier value)") wraps instead of squeezing the test's name."""
        char = self.table.fontMetrics().averageCharWidth()
        for column in range(1, self.overview.columnCount()):
            self.table.resizeColumnToContents(column)
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), char * 16))
        self.table.resizeRowsToContents()

    def current_history(self) -> facts.LabHistory | None:
        index = self.table.currentIndex()
        return self.overview.history_at(index.row()) if index.isValid() else None

    def _show_current(self, current: _Index, _previous: _Index) -> None:
        self._show_row(current.row() if current.isValid() else -1)

    def _show_row(self, row: int) -> None:
        self.trend.show_history(self.overview.history_at(row), tests=self.overview.rowCount())

    def _edit_latest(self, index: _Index) -> None:
        """Enter or a double click on a test: its latest result, in the editor's form."""
        h = self.overview.history_at(index.row())
        row = self.editor.model.row_of(h.latest.id) if h is not None else -1
        if row >= 0:
            self.editor.view.setCurrentIndex(self.editor.model.index(row))
            self.editor.inputs["value"].setFocus()
