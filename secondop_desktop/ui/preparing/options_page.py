"""The Options tab: each treatment option with what it involves, its benefits and risks
rated by how much they matter to the user (0-5), the user's leaning, and a grid that puts
the options side by side.

The ratings are the user's, not a score of the treatment: the grid says so, and the
"weighted" row is offered as a prompt for discussion, never as an answer."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from secondop_desktop import facts, preparing
from secondop_desktop.cases import lists
from secondop_desktop.core.validation import FieldError
from secondop_desktop.i18n import translate
from secondop_desktop.ui.common import colours
from secondop_desktop.ui.common.list_editor import FactsEditor, Field
from secondop_desktop.ui.common.state import AppState
from secondop_desktop.ui.common.widgets import WrappingTable

RATING_CHOICES = (
    (0, translate("options_page", "0 – not rated")),
    (1, translate("options_page", "1 – hardly")),
    (2, translate("options_page", "2 – a little")),
    (3, translate("options_page", "3 – somewhat")),
    (4, translate("options_page", "4 – a lot")),
    (5, translate("options_page", "5 – very much")),
)


def dots(n: int) -> str:
    """A rating as five dots, with the number for screen readers and print."""
    return "●" * n + "○" * (5 - n) + f" {n}/5"


def _rating_box(name: str) -> QComboBox:
    box = QComboBox()
    for value, label in RATING_CHOICES:
        box.addItem(label, value)
    box.setAccessibleName(name)
    return box


class PointsBox(QWidget):
    """The benefits or the risks of one option, each with how much it matters (0-5)."""

    changed = Signal()

    def _announce(self) -> None:
        self.changed.emit()
        case_id = self._case()
        if case_id is not None:
            self.state.changed.emit("option_points", case_id)

    def __init__(
        self,
        state: AppState,
        side: str,
        case_id: Callable[[], int | None],
        parent: QWidget | None = None,
        *,
        saved_option: Callable[[], int | None] = lambda: None,
    ) -> None:
        super().__init__(parent)
        self.state, self.side, self._case = state, side, case_id
        # An option just added is stored when its first point is (so the point has an owner).
        self._saved_option = saved_option
        self.option_id: int | None = None
        # Whole sentences for each side: the words around "benefit" and "risk" change
        # with them in other languages.
        if side == "benefit":
            title = translate("options_page", "Benefits")
            placeholder = translate("options_page", "Add a benefit, then press Enter")
            new_name = translate("options_page", "New benefit")
            rating_name = translate("options_page", "How much this benefit matters to me")
            add_name = translate("options_page", "Add benefit")
            remove_name = translate("options_page", "Remove the selected benefit")
        else:
            title = translate("options_page", "Risks and side effects")
            placeholder = translate("options_page", "Add a risk or side effect, then press Enter")
            new_name = translate("options_page", "New risk or side effect")
            rating_name = translate(
                "options_page", "How much this risk or side effect matters to me"
            )
            add_name = translate("options_page", "Add risk or side effect")
            remove_name = translate("options_page", "Remove the selected risk or side effect")
        self.list = QListWidget()
        self.list.setAccessibleName(title)
        self.list.setWordWrap(True)
        self.list.setMaximumHeight(96)
        self.text = QLineEdit()
        self.text.setPlaceholderText(placeholder)
        self.text.setAccessibleName(new_name)
        self.rating = _rating_box(rating_name)
        self.rating.setToolTip(translate("options_page", "How much it matters to me, 0 to 5"))
        self.add = QPushButton(translate("options_page", "Add"))
        self.add.setAccessibleName(add_name)
        self.remove = QPushButton(translate("options_page", "Remove"))
        self.remove.setAccessibleName(remove_name)
        self.error = QLabel()
        colours.tone(self.error, colours.ERROR)
        self.hint = QLabel()  # says how to re-rate the point selected
        self.hint.setWordWrap(True)
        colours.mute(self.hint)
        row = QHBoxLayout()
        row.addWidget(self.text, 1)
        row.addWidget(self.rating)
        row.addWidget(self.add)
        row.addWidget(self.remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(
            QLabel(
                translate("options_page", "<b>{title}</b> — how much each matters to me").format(
                    title=title
                )
            )
        )
        layout.addWidget(self.list)
        layout.addLayout(row)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        self.add.clicked.connect(self.add_point)
        self.text.returnPressed.connect(self.add_point)
        self.remove.clicked.connect(self.remove_point)
        self.list.currentItemChanged.connect(self._selected)
        self.rating.activated.connect(self._rate_selected)

    def points(self) -> list[preparing.OptionPoint]:
        case_id = self._case()
        if self.option_id is None or case_id is None or not self.state.is_unlocked:
            return []
        return [
            p
            for p in lists.list_items(self.state.vault, preparing.OptionPoint, case_id)
            if p.option_id == self.option_id and p.side == self.side
        ]

    def show_option(self, option_id: int | None, *, enabled: bool | None = None) -> None:
        self.option_id = option_id
        self.setEnabled(option_id is not None if enabled is None else enabled)
        self.error.clear()
        self.hint.clear()
        self.list.clear()
        for p in self.points():
            entry = QListWidgetItem(
                translate("options_page", "{point}  —  matters {rating}").format(
                    point=p.text, rating=dots(p.importance)
                )
            )
            entry.setData(Qt.ItemDataRole.UserRole, p)
            self.list.addItem(entry)

    def _selected(self, entry: QListWidgetItem | None) -> None:
        if entry is None:
            self.hint.clear()
            self.rating.setCurrentIndex(0)  # the next new point starts "not rated"
            return
        point = entry.data(Qt.ItemDataRole.UserRole)
        self.rating.setCurrentIndex(self.rating.findData(point.importance))
        self.hint.setText(
            translate(
                "options_page",
                "“{point}” is selected: choose another rating in the box to change how "
                "much it matters, or Remove it.",
            ).format(point=point.text)
        )

    def _rate_selected(self) -> None:
        """Choosing a rating with a point selected re-rates that point."""
        entry = self.list.currentItem()
        case_id = self._case()
        if entry is None or case_id is None or self.text.text().strip():
            return
        point = entry.data(Qt.ItemDataRole.UserRole)
        point.importance = int(self.rating.currentData())
        lists.save(self.state.vault, case_id, point)
        row = self.list.currentRow()
        self.show_option(self.option_id)
        self.list.setCurrentRow(row)
        self._announce()

    def add_point(self) -> None:
        case_id = self._case()
        if self.option_id is None and self.text.text().strip():
            self.option_id = self._saved_option()
        if self.option_id is None or case_id is None:
            return
        try:
            lists.save(
                self.state.vault,
                case_id,
                preparing.OptionPoint(
                    option_id=self.option_id,
                    side=self.side,
                    text=self.text.text(),
                    importance=int(self.rating.currentData()),
                ),
            )
        except FieldError as exc:
            self.error.setText(str(exc))
            return
        self.text.clear()
        self.show_option(self.option_id)
        self.rating.setCurrentIndex(0)  # each new point is rated on its own
        self._announce()

    def remove_point(self) -> None:
        # The stub says a QListWidgetItem, but Qt returns None when no row is current.
        entry: QListWidgetItem | None = self.list.currentItem()
        if entry is None:
            return
        lists.delete(
            self.state.vault, preparing.OptionPoint, entry.data(Qt.ItemDataRole.UserRole).id
        )
        self.show_option(self.option_id)
        self._announce()


class OptionsGrid(QWidget):
    """The options side by side: one column each, the user's ratings in the cells."""

    ROWS = (
        translate("options_page", "Option"),
        translate("options_page", "Proposed by"),
        translate("options_page", "What it involves"),
        translate("options_page", "Benefits\n(how much each\nmatters to me)"),
        translate("options_page", "Risks and\nside effects\n(how much each\nmatters to me)"),
        translate("options_page", "Recovery and time"),
        translate("options_page", "Cost and coverage"),
        translate("options_page", "My notes"),
        translate("options_page", "How much I lean\ntowards it"),
        translate("options_page", "Benefits minus\nrisks, as I rated\nthem"),
    )
    LEANING_ROW = 8

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = WrappingTable(translate("options_page", "Treatment options side by side"))
        # Option names can be long: they go in a wrapped first row, not the one-line header.
        self.table.horizontalHeader().hide()
        note = QLabel(
            translate(
                "options_page",
                "The numbers are how much each point matters to you, not a medical score. "
                "Use them to talk the choice through with your doctors.",
            )
        )
        note.setWordWrap(True)
        colours.mute(note)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)

    def show_case(self, case_id: int | None) -> None:
        self.table.clear()
        if case_id is None or not self.state.is_unlocked:
            self.table.setRowCount(0)
            self.table.setColumnCount(0)
            return
        summaries = preparing.compare_options(self.state.vault, case_id)
        team = {c.id: c.name for c in lists.list_items(self.state.vault, facts.Clinician, case_id)}
        if not summaries:
            self.summary.setText(
                translate(
                    "options_page", "Add the options on the Options list to compare them here."
                )
            )
            self.table.setRowCount(0)
            self.table.setColumnCount(0)
            return
        leaning = max(s.option.leaning for s in summaries)
        leaders = [s.option.name for s in summaries if leaning and s.option.leaning == leaning]
        self.summary.setText(
            translate("options_page", "You lean most towards: {options}.").format(
                options=translate("options_page", " and ").join(leaders)
            )
            if leaders
            else translate(
                "options_page",
                "Say how much you lean towards each option to see your leaning here.",
            )
        )
        self.table.setColumnCount(len(summaries))
        self.table.setRowCount(len(self.ROWS))
        self.table.setVerticalHeaderLabels(list(self.ROWS))
        for col, s in enumerate(summaries):
            o = s.option
            values = (
                o.name,
                team.get(o.proposed_by, "—") if o.proposed_by else "—",
                o.involves,
                "\n".join(f"{p.text}: {dots(p.importance)}" for p in s.benefits),
                "\n".join(f"{p.text}: {dots(p.importance)}" for p in s.risks),
                o.recovery,
                o.costs,
                o.notes,
                dots(o.leaning),
                f"{s.weighted:+d}",
            )
            for row, value in enumerate(values):
                cell = QTableWidgetItem(value or "—")
                if row == 0:
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)
                if row == self.LEANING_ROW and o.name in leaders:
                    cell.setBackground(QColor("#e6f4ea"))
                    cell.setForeground(QColor("#0d3b1e"))  # readable in any theme (issue 18)
                    cell.setToolTip(translate("options_page", "The option you lean towards most"))
                self.table.setItem(row, col, cell)
        self.table.fit_rows()


class OptionsPage(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.editor = FactsEditor(
            state,
            preparing.TreatmentOption,
            [
                Field(
                    "name",
                    translate("options_page", "&Option"),
                    placeholder=translate("options_page", "e.g. Surgery; Watchful waiting"),
                ),
                Field("proposed_by", translate("options_page", "Proposed &by"), "clinician"),
                Field("involves", translate("options_page", "What it &involves"), "text", lines=3),
                Field("recovery", translate("options_page", "Recovery and &time"), "text", lines=2),
                Field(
                    "costs",
                    translate("options_page", "Cost and &coverage"),
                    "text",
                    lines=2,
                    tip=translate(
                        "options_page",
                        "What it would cost you, and what your insurer or health service pays.",
                    ),
                ),
                Field("notes", translate("options_page", "My &notes"), "text", lines=2),
                Field(
                    "leaning",
                    translate("options_page", "How much I &lean towards it"),
                    "choice",
                    RATING_CHOICES,
                    tip=translate(
                        "options_page",
                        "0 to 5: how much you lean towards this option now. Yours, not advice.",
                    ),
                ),
            ],
            lambda o: translate("options_page", "{option}\nI lean towards it: {rating}").format(
                option=o.name, rating=dots(o.leaning)
            ),
            lambda: preparing.TreatmentOption(name=""),
            translate("options_page", "option"),
        )
        self.benefits = PointsBox(
            state, "benefit", lambda: self.editor.case_id, saved_option=self._saved_option
        )
        self.risks = PointsBox(
            state, "risk", lambda: self.editor.case_id, saved_option=self._saved_option
        )
        form = self.editor.form_layout
        form.insertWidget(1, self.benefits)
        form.insertWidget(2, self.risks)
        self.waiting_button = QPushButton(
            translate("options_page", "Add &watchful waiting as an option")
        )
        self.waiting_button.setToolTip(
            translate(
                "options_page",
                "Doing nothing for now is an option too: comparing against it shows what a "
                "treatment adds.",
            )
        )
        self.grid = OptionsGrid(state)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(translate("options_page", "Options"))
        list_page = QWidget()
        lp = QVBoxLayout(list_page)
        lp.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.waiting_button)
        row.addStretch(1)
        lp.addLayout(row)
        lp.addWidget(self.editor, 1)
        self.tabs.addTab(list_page, translate("options_page", "Each option"))
        self.tabs.addTab(self.grid, translate("options_page", "Side by side"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.tabs)
        self.waiting_button.clicked.connect(self.add_watchful_waiting)
        self.editor.view.selectionModel().currentChanged.connect(lambda *_: self._show_points())
        self.tabs.currentChanged.connect(lambda *_: self.refresh_grid())
        self.editor.saved.connect(lambda *_: self._show_points())
        state.changed.connect(self._on_changed)

    def _on_changed(self, kind: str, case_id: int) -> None:
        """The grid names who proposed each option and sums the ratings: keep it current."""
        if case_id == self.editor.case_id and kind in ("clinicians", "options", "option_points"):
            self.refresh_grid()

    def _show_points(self) -> None:
        current = self.editor.current
        option_id = current.id if current is not None else None
        self.benefits.show_option(option_id, enabled=current is not None)
        self.risks.show_option(option_id, enabled=current is not None)

    def _saved_option(self) -> int | None:
        """The selected option's id, storing a just-added option first."""
        if self.editor.current is not None and self.editor.current.id is None:
            self.editor.save_now()
        option_id = self.editor.current.id if self.editor.current is not None else None
        if option_id is not None:
            self.benefits.option_id = self.risks.option_id = option_id
        return option_id

    def refresh_grid(self) -> None:
        if self.tabs.currentWidget() is self.grid:
            self.editor.flush()
            self.grid.show_case(self.editor.case_id)

    def set_case(self, case_id: int | None) -> None:
        self.editor.set_case(case_id)
        self._show_points()
        self.refresh_grid()

    def clear(self) -> None:
        self.editor.clear()
        self._show_points()
        self.grid.show_case(None)

    def add_watchful_waiting(self) -> None:
        if self.editor.case_id is None:
            return
        self.editor.flush()
        option = preparing.add_watchful_waiting(self.state.vault, self.editor.case_id)
        self.editor.reload(option.id)
        self.editor.announce()
