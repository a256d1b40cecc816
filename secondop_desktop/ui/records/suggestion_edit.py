"""Edit a suggested fact, then accept it: the fields a user may correct (the words, the
date, and for a lab its value, unit, range and flag), the rest as the document gave it.

A problem (a timeline event without a date, a date in the future, an unreadable date) is
said next to its field and the form stays open with everything typed (nothing lost).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from secondop_desktop import suggested
from secondop_desktop.core import dates
from secondop_desktop.core.validation import FieldError
from secondop_desktop.facts.labs import FLAGS, flag_label
from secondop_desktop.i18n import translate
from secondop_desktop.ui.common import colours
from secondop_desktop.ui.common.date_field import DateField
from secondop_desktop.ui.common.edit_dialog import EditDialog
from secondop_desktop.ui.common.widgets import error_label, fit_to_screen, show_error

# A fact's own field names, as its section's check names them, -> the form's field.
FIELD_OF = {
    "name": "text",
    "title": "text",
    "test": "text",
    "substance": "text",
    "since": "date",
    "started_on": "date",
    "happened_on": "date",
    "taken_on": "date",
}


class SuggestionEditDialog(EditDialog):
    """``save`` gets the changes (only the fields that differ from the source's) and
    accepts the suggestion with them; it raises FieldError (shown beside its field) or
    LookupError (said below the form) when it cannot."""

    def __init__(
        self,
        s: suggested.Suggested,
        save: Callable[[dict[str, str]], object],
        parent: QWidget | None = None,
        *,
        source: str = "",
        keep: Callable[[dict[str, str]], object] | None = None,
    ) -> None:
        super().__init__(parent, snapshot=self.snapshot, commit=self.commit)
        self.suggestion, self._save, self._keep = s, save, keep
        self.setWindowTitle(translate("suggestion_edit", "Edit and accept"))
        lab = s.kind == "lab"
        intro = QLabel(
            translate(
                "suggestion_edit",
                "Read from “{record}”. Correct what the record got wrong, then accept: it "
                "goes to {place}.",
            ).format(record=source, place=suggested.destination(s.kind))
        )
        intro.setWordWrap(True)
        colours.mute(intro)
        self.text = QLineEdit(s.text)
        self.date = DateField(
            "date",
            translate("suggestion_edit", "Date"),
            translate("suggestion_edit", "e.g. 7 Mar 2020, or just 2020"),
        )
        self.date.set_value(s.day())
        self._date_shown = self.date.edit.text()
        self.value = QLineEdit(s.value)
        self.unit = QLineEdit(s.unit)
        self.reference_range = QLineEdit(s.reference_range)
        self.flag = QComboBox()
        self.flag.addItem(translate("suggestion_edit", "Not recorded"), "")
        for key in FLAGS:
            self.flag.addItem(f"{flag_label(key)} ({key})", key)
        if s.flag and self.flag.findData(s.flag) < 0:
            self.flag.addItem(s.flag, s.flag)  # the source's own word, kept
        self.flag.setCurrentIndex(max(0, self.flag.findData(s.flag)))
        self.errors = {name: error_label() for name in suggested.EDITABLE}
        rows: list[tuple[str, str, QWidget]] = [
            (
                "text",
                translate("suggestion_edit", "&Test")
                if lab
                else translate("suggestion_edit", "&What"),
                self.text,
            ),
            ("date", translate("suggestion_edit", "&Date"), self.date),
        ]
        if lab:
            rows += [
                ("value", translate("suggestion_edit", "&Value"), self.value),
                ("unit", translate("suggestion_edit", "&Unit"), self.unit),
                ("reference_range", translate("suggestion_edit", "&Range"), self.reference_range),
                ("flag", translate("suggestion_edit", "&Flag"), self.flag),
            ]
        form = QFormLayout()
        self.inputs: dict[str, QWidget] = {}
        for name, caption_text, widget in rows:
            caption = QLabel(caption_text)
            caption.setBuddy(widget.focusProxy() or widget)
            widget.setAccessibleName(caption_text.replace("&", ""))
            column = QWidget()
            inner = QVBoxLayout(column)
            inner.setContentsMargins(0, 0, 0, 0)
            inner.setSpacing(2)
            inner.addWidget(widget)
            inner.addWidget(self.errors[name])
            form.addRow(caption, column)
            self.inputs[name] = widget
        self.error = error_label()  # what belongs to no field (decided meanwhile)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.accept_button = buttons.addButton(
            translate("suggestion_edit", "&Accept"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.accept_button.setDefault(True)
        buttons.accepted.connect(self.save_and_close)
        buttons.rejected.connect(self.reject)
        # No scroll area: six fields at most, and a problem shown under one makes the
        # dialog taller instead of pushing the fields out of sight.
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)
        fit_to_screen(self)
        # A date's reading (or its problem) wraps under the field: the dialog grows to it.
        self.date.edit.textChanged.connect(lambda: QTimer.singleShot(0, self._grow))
        self.text.setFocus()
        self.mark_clean()

    def snapshot(self) -> object:
        return tuple(self._typed().items())

    def _typed(self) -> dict[str, str]:
        return {
            "text": self.text.text(),
            "date": self.date.edit.text(),
            "value": self.value.text(),
            "unit": self.unit.text(),
            "reference_range": self.reference_range.text(),
            "flag": str(self.flag.currentData() or ""),
        }

    def changes(self) -> dict[str, str]:
        """What the user changed, in the suggestion's terms (the date as stored text);
        raises FieldError for a date that cannot be read."""
        s = self.suggestion
        typed = self._typed()
        out = {
            name: typed[name].strip()
            for name in ("text", "value", "unit", "reference_range", "flag")
            if typed[name].strip() != getattr(s, name)
        }
        if s.kind != "lab":
            out = {k: v for k, v in out.items() if k == "text"}
        if typed["date"] != self._date_shown:  # unchanged: the source's own precision stays
            value = self.date.value()
            out["date"] = dates.of(value).isoformat() if value else ""
        return out

    def commit(self) -> bool:
        for label in (*self.errors.values(), self.error):
            show_error(label, "")
        try:
            self._save(self.changes())
        except FieldError as exc:
            self.show_problem(exc.field, str(exc))
            return False
        except LookupError as exc:
            show_error(self.error, str(exc))
            return False
        return True

    def flush(self) -> None:
        """Lock, auto-lock or quit with the form open: the corrections are kept on the
        suggestion, which stays pending (accepting is the user's act, never the lock's)."""
        if not (self.isVisible() and self.is_dirty()) or self._keep is None:
            return
        try:
            changes = self.changes()
        except FieldError:  # a date not readable yet: the rest is kept
            typed = self._typed()
            changes = {
                k: typed[k].strip()
                for k in ("text", "value", "unit", "reference_range", "flag")
                if self.suggestion.kind == "lab" or k == "text"
            }
        try:
            self._keep(changes)
        except LookupError:
            return
        self.mark_clean()

    def show_problem(self, field: str, text: str) -> None:
        """The problem beside its field (focused), or below the form."""
        name = FIELD_OF.get(field, field)
        if name == "date" and self.date.reading.isVisible():
            try:
                self.date.value()
            except FieldError:  # the field already says what it cannot read
                self.date.setFocus()
                return
        if name in self.inputs:
            show_error(self.errors[name], text)
            self.inputs[name].setFocus()
        else:
            show_error(self.error, text)
        self._grow()

    def _grow(self) -> None:
        layout = self.layout()
        if layout is not None:
            layout.activate()
            need = layout.totalHeightForWidth(self.width())
            if need > self.height():
                self.resize(self.width(), need)
