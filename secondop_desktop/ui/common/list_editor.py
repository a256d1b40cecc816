"""A list-and-form editor shared by the case-facts sections (care team, opinions, timeline,
medications, allergies, family history, points to resolve).

The form is built from field specs; edits save themselves shortly after typing stops
(each save one transaction); deleting shows Undo for a few seconds; Alt+Up/Down reorder.

Drafts, never discards: a save keeps everything valid in the entry. A value that cannot be
stored stays in its field with the problem under it (typed text is kept in the vault), and
the entry is marked "needs attention" in the list. "Add" makes an unsaved blank entry whose
hints are placeholders, never text; it is stored at the first thing typed.

Every save, delete, undo and move announces itself (``AppState.changed``: which section of
which case), so pickers listing people, opinions, trials or records elsewhere stay current.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from secondop_desktop.cases import lists
from secondop_desktop.core.text import with_article
from secondop_desktop.core.validation import FieldError
from secondop_desktop.i18n import translate
from secondop_desktop.ui.common import colours, flush, form_fields
from secondop_desktop.ui.common.date_field import DateField
from secondop_desktop.ui.common.form_fields import PICKER_SOURCES
from secondop_desktop.ui.common.form_fields import Field as Field  # re-exported
from secondop_desktop.ui.common.list_items import ItemRole as ItemRole  # re-exported
from secondop_desktop.ui.common.list_items import ItemsModel, RoomyDelegate
from secondop_desktop.ui.common.state import AppState
from secondop_desktop.ui.common.widgets import error_label, show_error
from secondop_desktop.vault import session

T = TypeVar("T", bound=lists.Item)

SAVE_DELAY_MS = 600


UNDO_MS = 8000


class FactsEditor(QWidget, Generic[T]):
    """Edit one section of a case: the list on the left, the selected entry's form on the
    right."""

    saved = Signal(object)  # the entry just saved (pages showing its parts follow it)

    def __init__(
        self,
        state: AppState,
        cls: type[T],
        fields: list[Field],
        describe: Callable[[T], str],
        new_item: Callable[[], T],
        noun: str,
        parent: QWidget | None = None,
        *,
        vertical: bool = False,
        intro: str = "",
    ) -> None:
        """``intro``: what the list is for, shown while it is empty (a blank list with no
        word of explanation is the first thing a new user meets). ``noun`` names one entry,
        in lower case and in the language shown ("medication")."""
        super().__init__(parent)
        self.intro = intro
        self._for_current: list[QPushButton] = []  # add_button_for_current's buttons
        self.state, self.cls, self.fields, self.new_item, self.noun = (
            state,
            cls,
            fields,
            new_item,
            noun,
        )
        self.case_id: int | None = None
        self.current: T | None = None
        self._loading = False
        self._announcing = False
        self._last_deleted: lists.Deleted[T] | None = None
        self.section = lists.section_of(cls)
        # What needs attention in each saved entry (drafts kept and what the checks say).
        self._problems: dict[int, list[lists.Problem]] = {}
        self._sources = frozenset().union(*(PICKER_SOURCES.get(f.kind, ()) for f in fields))
        self.model = ItemsModel(describe, noun, self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(
            translate("list_editor", "{Noun} list").format(Noun=noun.capitalize(), noun=noun)
        )
        self.view.setWordWrap(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideNone)
        # Re-wrap when the width changes (a scroll bar appearing cut long rows off).
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.view.setItemDelegate(RoomyDelegate(self.view))
        self.add_button = QPushButton(translate("list_editor", "&Add {noun}").format(noun=noun))
        self.delete_button = QPushButton(translate("list_editor", "&Delete"))
        self.up_button = QPushButton(translate("list_editor", "Up"))
        self.up_button.setToolTip(translate("list_editor", "Move up (Alt+Up)"))
        self.down_button = QPushButton(translate("list_editor", "Down"))
        self.down_button.setToolTip(translate("list_editor", "Move down (Alt+Down)"))
        self.undo_bar = QWidget()
        undo_row = QHBoxLayout(self.undo_bar)
        undo_row.setContentsMargins(0, 0, 0, 0)
        self.undo_label = QLabel()
        self.undo_button = QPushButton(translate("list_editor", "&Undo"))
        undo_row.addWidget(self.undo_label, 1)
        undo_row.addWidget(self.undo_button)
        self.undo_bar.hide()
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.setInterval(UNDO_MS)
        self._undo_timer.timeout.connect(self._forget_undo)

        self.inputs: dict[str, QWidget] = {}
        self.problem_labels: dict[str, QLabel] = {}
        form = QFormLayout()
        for f in fields:
            widget = self._make_input(f)
            self.inputs[f.name] = widget
            problem = error_label()
            problem.setWordWrap(True)
            self.problem_labels[f.name] = problem
            cell = QWidget()
            cell_layout = QVBoxLayout(cell)
            cell_layout.setContentsMargins(0, 0, 0, 0)
            cell_layout.setSpacing(2)
            cell_layout.addWidget(widget)
            cell_layout.addWidget(problem)
            label = QLabel(f.label)
            label.setBuddy(widget)
            form.addRow(label, cell)
        self.error = error_label()
        self.status = QLabel()
        colours.tone(self.status, colours.SUCCESS)
        self.form_box = QWidget()
        fl = QVBoxLayout(self.form_box)
        fl.setContentsMargins(8, 0, 0, 0)
        fl.addLayout(form)
        fl.addWidget(self.error)
        fl.addWidget(self.status)
        fl.addStretch(1)
        self.form_layout = fl  # pages insert their own boxes among the form's rows
        self.empty_hint = QLabel()
        self.empty_hint.setWordWrap(True)
        colours.mute(self.empty_hint)

        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        self._buttons = buttons
        for b in (self.add_button, self.delete_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        ll.addLayout(buttons)
        ll.addWidget(self.undo_bar)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.empty_hint)
        # Long forms (an option with its benefits and risks) scroll instead of squeezing.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.form_box)
        self.form_scroll = scroll
        rl.addWidget(scroll, 1)
        split = QSplitter(Qt.Orientation.Vertical if vertical else Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([260, 420] if vertical else [320, 560])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(split)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_now)
        flush.register(self)  # saved at once on lock, quit, case or tab switch
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        state.changed.connect(self._on_changed)
        self.add_button.clicked.connect(self.add)
        self.delete_button.clicked.connect(self.delete_current)
        self.undo_button.clicked.connect(self.undo)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        QShortcut(QKeySequence("Alt+Up"), self.view, lambda: self.move_current(-1))
        QShortcut(QKeySequence("Alt+Down"), self.view, lambda: self.move_current(1))
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view, self.delete_current)
        # Sections kept in date order have no manual order to change.
        self.reorderable = lists.section_of(cls).reorderable
        self.up_button.setVisible(self.reorderable)
        self.down_button.setVisible(self.reorderable)
        if self.reorderable:
            self.model.on_move = self._moved_by_drag
            self.view.setDragDropMode(QListView.DragDropMode.InternalMove)
            self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
            self.view.setDropIndicatorShown(True)
            self.view.setToolTip(
                translate("list_editor", "Drag to reorder, or use Alt+Up and Alt+Down")
            )
        self._show_form(False)

    def add_button_for_current(self, text: str, slot: Callable[[T], None]) -> QPushButton:
        """A section-specific action on the selected entry (e.g. a letter to a clinician)."""

        def run() -> None:
            if self.current is not None:
                slot(self.current)

        button = QPushButton(text)
        button.clicked.connect(run)
        button.setEnabled(self.current is not None)  # nothing selected: nothing to act on
        self._for_current.append(button)
        self._buttons.addWidget(button)
        return button

    # -- inputs (built and read by ui/common/form_fields.py) -------------------------------
    def _make_input(self, f: Field) -> QWidget:
        return form_fields.make_input(f, self._changed)

    def _fill_choices(self) -> None:
        """Clinician pickers and record lists depend on the case (filled without a save:
        signals are blocked while they change)."""
        if self.case_id is not None:
            form_fields.fill_choices(
                self.state.vault,
                self.case_id,
                self.fields,
                self.inputs,
                self.state.case_records,
            )

    def _set_value(self, f: Field, value: Any) -> None:
        form_fields.set_value(self.inputs[f.name], value)

    def _value(self, f: Field) -> Any:
        return form_fields.value_of(self.inputs[f.name])

    # -- data -----------------------------------------------------------------------------------
    def set_case(self, case_id: int | None) -> None:
        self.flush()
        self.case_id = case_id
        self._forget_undo()
        self.reload()

    def clear(self) -> None:
        self._timer.stop()
        self.case_id = None
        self.current = None
        self.model.set_items([])
        self._show_form(False)

    def reload(self, select_id: int | None = None) -> None:
        if self.case_id is None or not self.state.is_unlocked:
            self.model.set_items([])
            self._show_form(False)
            return
        self._fill_choices()
        items = lists.list_items(self.state.vault, self.cls, self.case_id)
        self._problems = lists.problems(self.state.vault, self.cls, self.case_id, items)
        self.model.set_items(items, {i: p[0].message for i, p in self._problems.items() if p})
        if select_id is None and self.current is not None:
            select_id = self.current.id
        row = self.model.row_of(select_id)
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row))
            self._current_changed(self.model.index(row))
        else:
            self.current = None
            self._show_form(False)

    def _show_form(self, on: bool) -> None:
        self.form_box.setVisible(on)
        self.form_scroll.setVisible(on)
        self.empty_hint.setVisible(not on)
        if not on:
            self.empty_hint.setText(self._empty_text())
        self.delete_button.setEnabled(on)
        for button in self._for_current:
            button.setEnabled(on)
        self.up_button.setEnabled(on)
        self.down_button.setEnabled(on)

    def _empty_text(self) -> str:
        if self.model.rowCount() == 0:
            start = translate("list_editor", "Choose Add {noun} to start.").format(noun=self.noun)
            if self.intro:
                return f"{self.intro}\n\n{start}"
            return translate("list_editor", "Nothing added yet. {start}").format(start=start)
        # {a_noun} is English's "a clinician" / "an opinion"; a translation may ignore it.
        return translate("list_editor", "Select {a_noun}, or choose Add {noun}.").format(
            a_noun=with_article(self.noun), noun=self.noun
        )

    def _current_changed(self, index: QModelIndex | QPersistentModelIndex) -> None:
        if self._timer.isActive():
            self.save_now()
        item = self.model.item_at(index)
        if self.current is not None and self.current.id is None and item is not self.current:
            QTimer.singleShot(
                0, self, self._drop_unsaved
            )  # a blank entry left without a word typed
        self.current = item
        self._loading = True
        try:
            self._show_form(item is not None)
            if item is not None:
                for f in self.fields:
                    self._set_value(f, getattr(item, f.name))
                kept = self._problems.get(item.id, []) if item.id is not None else []
                for problem in kept:
                    w = self.inputs.get(problem.field)
                    if problem.typed is not None and isinstance(w, DateField):
                        w.edit.setText(problem.typed)  # shows its own reading of it
                self._show_problems({p.field: p for p in kept})
            show_error(self.error, "")
            self.status.clear()
        finally:
            self._loading = False

    def _drop_unsaved(self) -> None:
        for row in reversed(range(self.model.rowCount())):
            item = self.model.items[row]
            if item.id is None and item is not self.current:
                self.model.remove_row(row)

    def _show_problems(self, problems: dict[str, lists.Problem]) -> None:
        """Each problem under its own field (a date field shows its own reading)."""
        for name, label in self.problem_labels.items():
            problem = problems.get(name)
            own = problem is not None and problem.typed is not None
            own = own and isinstance(self.inputs[name], DateField)
            show_error(label, "" if problem is None or own else problem.message)
        stray = [p.message for n, p in problems.items() if n not in self.problem_labels]
        show_error(self.error, " ".join(stray))

    def _changed(self, *_: Any) -> None:
        if not self._loading and self.current is not None:
            self.status.setText(translate("list_editor", "Editing…"))
            self._timer.start()

    def flush(self) -> None:
        """Save now if an autosave is pending (lock, quit, case or tab switch)."""
        if self._timer.isActive():
            self.save_now()

    def save_now(self) -> None:
        """Save what the form holds: every valid value; what cannot be stored stays in its
        field, with the problem shown and the typed text kept as a draft."""
        self._timer.stop()
        if self.current is None or self.case_id is None or not self.state.is_unlocked:
            return
        values: dict[str, Any] = {}
        unreadable: dict[str, lists.Problem] = {}
        for f in self.fields:
            try:
                values[f.name] = self._value(f)
            except FieldError as exc:
                w = self.inputs[f.name]
                typed = w.edit.text() if isinstance(w, DateField) else None
                unreadable[f.name] = lists.Problem(f.name, str(exc), typed)
        item = dataclasses.replace(self.current, **values)
        stored = self.current if self.current.id is not None else self.new_item()
        try:
            drafted = lists.save_draft(
                self.state.vault, self.case_id, item, fallback=stored, problems=unreadable
            )
        except (LookupError, ValueError, session.VaultError) as exc:
            show_error(self.error, str(exc))
            self.status.clear()
            return
        saved, problems = drafted.item, drafted.problems
        row = self.model.row_of(self.current.id)  # the blank entry's row is found by None
        self.current = saved
        self._problems[lists.saved_id(saved)] = list(problems.values())
        if row >= 0:
            first = next(iter(problems.values()), None)
            self.model.replace(row, saved, first.message if first else None)
        for name in problems:  # a refused tick goes back to what was saved, beside the reason
            box = self.inputs.get(name)
            if isinstance(box, QCheckBox) and box.isChecked() != bool(getattr(saved, name)):
                box.blockSignals(True)
                box.setChecked(bool(getattr(saved, name)))
                box.blockSignals(False)
        self._show_problems(problems)
        self.saved.emit(saved)
        self.status.setText(
            translate("list_editor", "Saved")
            if not problems
            else translate(
                "list_editor", "Saved. Some fields need attention: see the notes under them."
            )
        )
        self.announce()

    def announce(self) -> None:
        """Tell every page of this case that this section changed (pages that save into
        this section themselves call it too)."""
        if self.case_id is None:
            return
        self._announcing = True
        try:
            self.state.changed.emit(self.section.key, self.case_id)
        finally:
            self._announcing = False

    def _on_changed(self, kind: str, case_id: int) -> None:
        if self._announcing or case_id != self.case_id or not self.state.is_unlocked:
            return
        if kind == self.section.key:
            self.flush()
            self.reload()
        elif kind in self._sources:
            self._refresh_choices()

    def _refresh_choices(self) -> None:
        """Refill the pickers, keeping what each shows (saved or not)."""
        kept = {
            f.name: self._value(f)
            for f in self.fields
            if f.kind in PICKER_SOURCES and self.current is not None
        }
        self._loading = True
        try:
            self._fill_choices()
            for name, value in kept.items():
                self._set_value(next(f for f in self.fields if f.name == name), value)
        finally:
            self._loading = False

    # -- actions ----------------------------------------------------------------------------------
    def add(self) -> None:
        """Start a blank entry and put the cursor in its first field. It is stored at the
        first thing typed; its hints are placeholders, not text."""
        if self.case_id is None:
            return
        self.flush()
        row = self.model.row_of(None)  # one blank entry at a time
        if row < 0:
            row = self.model.append(self.new_item())
        self.view.setCurrentIndex(self.model.index(row))
        first = self.inputs[self.fields[0].name]
        first.setFocus()
        if isinstance(first, QLineEdit):
            first.selectAll()

    def delete_current(self) -> None:
        if self.current is None or self.case_id is None:
            return
        self._timer.stop()
        row = self.view.currentIndex().row()
        if self.current.id is None:  # a blank entry never saved: nothing to undo
            self.current = None
            self.model.remove_row(row)
            self.reload()
            return
        self._last_deleted = lists.delete(self.state.vault, self.cls, lists.saved_id(self.current))
        self.current = None
        self.reload()
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1)))
        self.undo_label.setText(
            translate("list_editor", "The {noun} was deleted.").format(noun=self.noun)
        )
        self.undo_bar.show()
        self.undo_button.setFocus()
        self._undo_timer.start()
        self.announce()

    def undo(self) -> None:
        if self._last_deleted is None:
            return
        restored = lists.restore(self.state.vault, self._last_deleted)
        self._forget_undo()
        self.reload(restored.id)
        self.announce()

    def _forget_undo(self) -> None:
        self._last_deleted = None
        self.undo_bar.hide()
        self._undo_timer.stop()

    def _moved_by_drag(self, item: T, index: int) -> None:
        if self.case_id is None or item.id is None:
            return
        self.flush()
        lists.move_to(self.state.vault, self.cls, self.case_id, item.id, index)
        self.announce()

    def move_current(self, offset: int) -> None:
        """Move the selected entry up (-1) or down (+1); not named ``move``, which would
        hide QWidget.move."""
        if self.current is None or self.case_id is None or not self.reorderable:
            return
        self.flush()
        if self.current.id is None:
            return
        lists.move(self.state.vault, self.cls, self.case_id, self.current.id, offset)
        self.reload(self.current.id)
        self.announce()
