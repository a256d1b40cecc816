"""Suggested facts: the one screen where what an imported FHIR or C-CDA document says about
the patient becomes the case's own facts, one by one or all of a kind, only when the user
accepts (issue 19; "nothing invented").

Each decision is stored at once (nothing waits for a Save), announced through
``state.changed`` so Health, Timeline and Labs show it, and said in one calm sentence in the
dialog: a fact that cannot be accepted as it stands (a visit without a date) stays in the
list with its reason, for Edit and accept. A reject can be undone.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from secondop_desktop import records, suggested
from secondop_desktop.cases import lists
from secondop_desktop.core.validation import FieldError
from secondop_desktop.i18n import translate
from secondop_desktop.ui.common import colours
from secondop_desktop.ui.common.state import AppState
from secondop_desktop.ui.common.widgets import fitted_size, heading, paragraph
from secondop_desktop.ui.records.suggestion_edit import SuggestionEditDialog
from secondop_desktop.ui.records.suggestions_model import (
    DATE,
    DESTINATION,
    DETAILS,
    KIND,
    SOURCE,
    KindFilter,
    SuggestionRole,
    SuggestionsModel,
    details_text,
)
from secondop_desktop.ui.records.suggestions_table import SuggestionsTable
from secondop_desktop.vault import session

CHANGED = "suggestions"  # the state.changed kind for a decision (the Records bar counts)


class SuggestionsDialog(QDialog):
    """The pending suggestions of one case. Not modal: the user may look at the source
    record in the window while deciding (``show_record_requested``)."""

    show_record_requested = Signal(int)  # record id

    def __init__(self, state: AppState, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state, self.case_id = state, case_id
        self.undo_stack: list[list[int]] = []  # each reject's suggestions, latest last
        self.editor: SuggestionEditDialog | None = None
        self._announcing = False
        self.setWindowTitle(translate("suggestions_dialog", "Suggested facts"))
        self.model = SuggestionsModel(self)
        self.proxy = KindFilter(self)
        self.proxy.setSourceModel(self.model)

        title = heading(translate("suggestions_dialog", "Suggested facts"), 15)
        intro = paragraph(
            translate(
                "suggestions_dialog",
                "Read from imported health records. Nothing enters the case until you "
                "accept it; what you reject is not offered again.",
            )
        )
        colours.mute(intro)
        self.kind = QComboBox()
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        kind_caption = QLabel(translate("suggestions_dialog", "&Kind:"))
        kind_caption.setBuddy(self.kind)
        self.kind_caption = kind_caption
        self.goes = QLabel()
        self.goes.setWordWrap(True)
        colours.mute(self.goes)

        samples = {
            KIND: self.model.kind_label("condition"),
            DATE: "30 Sep 2026",
            DETAILS: "120 mmol/L, range 3.5-5.0",
            DESTINATION: self.model.destination("lab"),
            SOURCE: "Discharge summary, 2020",
        }
        name = translate("suggestions_dialog", "Suggested facts")
        self.table = SuggestionsTable(self.proxy, samples, name)

        empty = paragraph(
            translate(
                "suggestions_dialog",
                "Nothing to review: facts read from imported health records (FHIR, C-CDA) "
                "appear here for you to accept.",
            )
        )
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty.setAccessibleName(translate("suggestions_dialog", "Nothing to review"))
        self.empty = empty
        self.body = QStackedWidget()
        self.body.addWidget(self.table)
        self.body.addWidget(empty)

        # The row's whole story (columns a narrow window drops, a long test name), and
        # the outcome of the last decision: calm text in the dialog, never a box per row.
        self.current_note = paragraph("")
        colours.mute(self.current_note)
        self.current_note.setAccessibleName(translate("suggestions_dialog", "Selected fact"))
        self.message = paragraph("")
        self.message.setAccessibleName(translate("suggestions_dialog", "What happened"))
        self.message_bar = QFrame()
        colours.tint(self.message_bar, colours.INFO)
        bar = QHBoxLayout(self.message_bar)
        bar.setContentsMargins(8, 4, 8, 4)
        bar.addWidget(self.message, 1)
        self.message_bar.hide()
        self.accept_button = QPushButton(translate("suggestions_dialog", "&Accept"))
        self.edit_button = QPushButton(translate("suggestions_dialog", "&Edit and accept…"))
        self.reject_button = QPushButton(translate("suggestions_dialog", "&Reject"))
        self.accept_all_button = QPushButton()
        self.undo_button = QPushButton(translate("suggestions_dialog", "&Undo reject"))
        self.show_button = QPushButton(translate("suggestions_dialog", "&Show record"))
        self.accept_button.setToolTip(
            translate("suggestions_dialog", "Accept the selected facts (Enter)")
        )
        self.reject_button.setToolTip(
            translate("suggestions_dialog", "Reject the selected facts (Delete)")
        )
        self.undo_button.setToolTip(
            translate("suggestions_dialog", "Offer the last rejected facts again (Ctrl+Z)")
        )
        self.show_button.setToolTip(
            translate("suggestions_dialog", "Show the record this fact was read from")
        )
        # "Accept all" beside the filter it follows: it accepts what the filter shows.
        filters = QHBoxLayout()
        filters.addWidget(kind_caption)
        filters.addWidget(self.kind)
        filters.addWidget(self.accept_all_button)
        filters.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        actions = QHBoxLayout()
        for b in (self.accept_button, self.edit_button, self.reject_button):
            actions.addWidget(b)
        actions.addStretch(1)
        for b in (self.undo_button, self.show_button):
            actions.addWidget(b)
        actions.addWidget(close)
        # Enter accepts (in the table, and where no other button has the focus: a focused
        # button, Reject included, answers Enter itself, as everywhere in a dialog).
        self.accept_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(filters)
        layout.addWidget(self.goes)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.current_note)
        layout.addWidget(self.message_bar)
        layout.addLayout(actions)

        self.kind.currentIndexChanged.connect(self._kind_chosen)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _i: self.show_record())
        self.table.accept_pressed.connect(self.accept_selected)
        self.table.reject_pressed.connect(self.reject_selected)
        self.accept_button.clicked.connect(self.accept_selected)
        self.edit_button.clicked.connect(self.edit_selected)
        self.reject_button.clicked.connect(self.reject_selected)
        self.accept_all_button.clicked.connect(self.accept_all)
        self.undo_button.clicked.connect(self.undo_reject)
        self.show_button.clicked.connect(self.show_record)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo_reject)
        state.changed.connect(self._on_changed)
        state.locked.connect(self.close)
        self.resize(fitted_size(980, 620))
        self.reload()
        self.table.setFocus()

    # -- reading ----------------------------------------------------------------------------
    def reload(self, select_row: int | None = None) -> None:
        """Read the case's pending suggestions again, keeping the kind shown and putting
        the selection at ``select_row`` (the row after the ones just decided)."""
        if not self.state.is_unlocked:
            return
        vault = self.state.vault
        rows = suggested.list_suggestions(vault, self.case_id)
        titles: dict[int, str] = {}
        for rid in {s.record_id for s in rows if s.record_id is not None}:
            try:
                titles[rid] = records.get_record(vault, rid).title
            except records.RecordNotFound:
                titles[rid] = translate("suggestions_dialog", "record deleted")
        self.model.set_rows(rows, titles)
        self._fill_kinds()
        self.body.setCurrentWidget(self.table if rows else self.empty)
        for w in (self.kind_caption, self.kind, self.accept_all_button):
            w.setVisible(bool(rows))
        if self.proxy.rowCount():
            row = min(select_row or 0, self.proxy.rowCount() - 1)
            self.table.selectionModel().setCurrentIndex(
                self.proxy.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._update_buttons()

    def _fill_kinds(self) -> None:
        """ "All kinds" and each kind present, with its count; the kind shown stays while
        it has any left."""
        wanted = self.kind.currentData()
        counts: dict[str, int] = {}
        for s in self.model.rows:
            counts[s.kind] = counts.get(s.kind, 0) + 1
        self.kind.blockSignals(True)
        self.kind.clear()
        every = translate("suggestions_dialog", "All kinds ({count})")
        self.kind.addItem(every.format(count=len(self.model.rows)), None)
        for key in suggested.KINDS:
            if key in counts:
                label = translate("suggestions_dialog", "{kind} ({count})")
                self.kind.addItem(
                    label.format(kind=self.model.kind_label(key), count=counts[key]), key
                )
        self.kind.setCurrentIndex(max(0, self.kind.findData(wanted)) if wanted else 0)
        self.kind.blockSignals(False)
        self._apply_kind()

    def _kind_chosen(self) -> None:
        self._apply_kind()
        if self.proxy.rowCount():
            self.table.selectRow(0)
        self._update_buttons()

    def _apply_kind(self) -> None:
        kind = self.kind.currentData()
        self.proxy.set_kind(kind)
        self.goes.setText(
            translate("suggestions_dialog", "Accepted ones go to {place}.").format(
                place=self.model.destination(kind)
            )
            if kind
            else ""
        )
        self.goes.setVisible(kind is not None)
        self.table.show_one_kind(kind is not None)

    def selected(self) -> list[suggested.Suggested]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.proxy.index(r, 0).data(SuggestionRole) for r in rows]

    def current(self) -> suggested.Suggested | None:
        """The one selected suggestion (None when none or several are)."""
        chosen = self.selected()
        return chosen[0] if len(chosen) == 1 else None

    def _update_buttons(self) -> None:
        chosen = self.selected()
        one = chosen[0] if len(chosen) == 1 else None
        self.accept_button.setEnabled(bool(chosen))
        self.reject_button.setEnabled(bool(chosen))
        self.edit_button.setEnabled(one is not None)
        self.show_button.setEnabled(one is not None and one.record_id is not None)
        shown = self.proxy.rowCount()
        kind = self.kind.currentData()
        self.accept_all_button.setText(
            translate("suggestions_dialog", "Accept a&ll: {kind} ({count})").format(
                kind=self.model.kind_label(kind), count=shown
            )
            if kind
            else translate("suggestions_dialog", "Accept a&ll ({count})").format(count=shown)
        )
        self.accept_all_button.setEnabled(shown > 0)
        self.undo_button.setEnabled(bool(self.undo_stack))
        self.current_note.setText(self._story(one) if one else "")
        self.current_note.setVisible(one is not None)

    def _story(self, s: suggested.Suggested) -> str:
        details = details_text(s)
        said = (
            translate("suggestions_dialog", "{what}: {details}").format(
                what=s.text, details=details
            )
            if details
            else s.text
        )
        where = translate(
            "suggestions_dialog", "{kind} from “{record}”; accepted, it goes to {place}."
        ).format(
            kind=self.model.kind_label(s.kind),
            record=self.model.source_title(s),
            place=self.model.destination(s.kind),
        )
        problem = self.model.problems.get(s.id)
        why = (
            "\n" + translate("suggestions_dialog", "Not accepted: {why}").format(why=problem)
            if problem
            else ""
        )
        return f"{said}\n{where}{why}"

    # -- deciding ---------------------------------------------------------------------------
    def accept_selected(self) -> None:
        chosen = self.selected()
        if not chosen or not self.state.is_unlocked:
            return
        first = self._first_selected_row()
        done: list[suggested.Suggested] = []
        left: list[tuple[suggested.Suggested, str]] = []
        touched: set[str] = set()
        for s in chosen:
            try:
                saved = suggested.accept(self.state.vault, s.id)
            except FieldError as exc:
                left.append((s, str(exc)))
                self.model.set_problem(s.id, str(exc))
                continue
            except (LookupError, session.VaultError) as exc:
                left.append((s, str(exc)))
                continue
            done.append(s)
            touched.add(lists.section_of(type(saved)).key)
        if len(chosen) == 1 and done:
            s = done[0]
            self.say(
                translate("suggestions_dialog", "Accepted “{what}”: it is now in {place}.").format(
                    what=s.text, place=self.model.destination(s.kind)
                )
            )
        elif len(chosen) == 1 and left:
            s, why = left[0]
            self.say(
                translate(
                    "suggestions_dialog",
                    "“{what}” was not accepted: {why} Edit and accept lets you complete it.",
                ).format(what=s.text, why=why)
            )
        else:
            self.say(outcome(len(done), left))
        self._announce(touched)
        self.reload(first)  # the next one, or the one not accepted (Edit and accept)

    def accept_all(self) -> None:
        if not self.state.is_unlocked or not self.proxy.rowCount():
            return
        kind = self.kind.currentData()
        vault = self.state.vault
        before = {s.id for s in self.model.rows}
        result = suggested.accept_all(vault, self.case_id, kind)
        for s, why in result.left:
            self.model.set_problem(s.id, why)
        still = {s.id for s in suggested.list_suggestions(vault, self.case_id)}
        touched = {
            s.fact_section
            for s in suggested.list_suggestions(vault, self.case_id, suggested.ACCEPTED)
            if s.id in before - still and s.fact_section
        }
        self.say(outcome(result.accepted, list(result.left)))
        self._announce(touched)
        self.reload()

    def reject_selected(self) -> None:
        chosen = self.selected()
        if not chosen or not self.state.is_unlocked:
            return
        first = self._first_selected_row()
        gone: list[int] = []
        for s in chosen:
            try:
                suggested.reject(self.state.vault, s.id)
            except LookupError:
                continue  # decided meanwhile
            gone.append(s.id)
        if gone:
            self.undo_stack.append(gone)
            n = len(gone)
            self.say(
                translate(
                    "suggestions_dialog",
                    "%n suggestion(s) rejected; Undo reject brings them back.",
                    None,
                    n,
                )
            )
        self._announce(set())
        self.reload(first)

    def undo_reject(self) -> None:
        if not self.undo_stack or not self.state.is_unlocked:
            return
        back = self.undo_stack.pop()
        for sid in back:
            try:
                suggested.reconsider(self.state.vault, sid)
            except LookupError:
                continue
        n = len(back)
        self.say(translate("suggestions_dialog", "%n suggestion(s) back for review.", None, n))
        self._announce(set())
        self.reload()
        self._select_ids(back)

    def edit_selected(self) -> None:
        chosen = self.selected()
        if len(chosen) != 1 or not self.state.is_unlocked:
            return
        s = chosen[0]
        row = self._first_selected_row()

        def save(changes: dict[str, str]) -> None:
            saved = suggested.accept(self.state.vault, s.id, changes)
            self.model.set_problem(s.id, None)
            self.say(
                translate("suggestions_dialog", "Accepted “{what}”: it is now in {place}.").format(
                    what=changes.get("text") or s.text, place=self.model.destination(s.kind)
                )
            )
            self._announce({lists.section_of(type(saved)).key})
            self.reload(row)

        def keep(changes: dict[str, str]) -> None:
            suggested.revise(self.state.vault, s.id, changes)

        self.editor = SuggestionEditDialog(
            s, save, self, source=self.model.source_title(s), keep=keep
        )
        self.editor.finished.connect(self._editor_closed)
        self.editor.open()

    def _editor_closed(self, _result: int) -> None:
        self.editor = None
        self.table.setFocus()

    def show_record(self) -> None:
        s = self.current()
        if s is not None and s.record_id is not None:
            self.show_record_requested.emit(s.record_id)

    # -- helpers ----------------------------------------------------------------------------
    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message_bar.setVisible(bool(text))

    def _announce(self, sections: set[str]) -> None:
        """Tell the other pages: each list that got a fact, then the review's own count."""
        self._announcing = True
        try:
            for key in sorted(sections):
                self.state.changed.emit(key, self.case_id)
            self.state.changed.emit(CHANGED, self.case_id)
        finally:
            self._announcing = False

    def _on_changed(self, kind: str, case_id: int) -> None:
        """An import (or another window) offered or decided some: read them again."""
        if self._announcing or case_id != self.case_id or kind not in ("records", CHANGED):
            return
        self.reload(self._first_selected_row())

    def _first_selected_row(self) -> int:
        rows = [i.row() for i in self.table.selectionModel().selectedRows()]
        return min(rows) if rows else max(0, self.table.currentIndex().row())

    def _select_ids(self, ids: list[int]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        for sid in ids:
            row = self.model.row_of(sid)
            index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else None
            if index is not None and index.isValid():
                selection.select(
                    index,
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
        self._update_buttons()


def outcome(accepted: int, left: list[tuple[suggested.Suggested, str]]) -> str:
    """One sentence for many decisions: "12 accepted; 2 need a date: edit them to
    accept"."""
    undated = sum(1 for s, _ in left if s.day() is None)
    other = len(left) - undated
    parts = [translate("suggestions_dialog", "%n accepted", None, accepted)]
    if undated:
        parts.append(
            translate("suggestions_dialog", "%n need(s) a date: edit them to accept", None, undated)
        )
    if other:
        parts.append(
            translate(
                "suggestions_dialog", "%n could not be accepted: select one to see why", None, other
            )
        )
    return "; ".join(parts) + "."
