"""The form of the list editor: one input widget per field kind, filled and read the same
way everywhere (line, text, date, date and time, choice, pickers from the case, check,
linked records)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from secondop_desktop import records
from secondop_desktop.i18n import translate
from secondop_desktop.ui.common.date_field import DateField
from secondop_desktop.ui.common.datetime_field import DateTimeField
from secondop_desktop.ui.common.list_items import PICKERS
from secondop_desktop.ui.common.record_links import RecordLinks

if TYPE_CHECKING:
    from secondop_desktop.vault.session import Vault

# Which sections a picker kind lists: a change there refreshes the picker.
PICKER_SOURCES: dict[str, frozenset[str]] = {
    "clinician": frozenset({"clinicians"}),
    "opinion": frozenset({"opinions", "clinicians"}),
    "trial": frozenset({"trials"}),
    "records": frozenset({"records"}),
}


@dataclass(frozen=True)
class Field:
    name: str
    label: str
    kind: str = "line"  # line, text, date, datetime, choice, check, clinician, opinion,
    # trial (pickers filled from the case), records
    choices: tuple[tuple[str | int, str], ...] = ()  # (stored value, label)
    placeholder: str = ""
    lines: int = 3  # visible lines of a "text" field
    # What the field is for, when its label does not say it all: the tooltip, Shift+F1's
    # "What's This?" and the screen reader's description (issue 18).
    tip: str = ""


def make_input(f: Field, changed: Callable[..., None]) -> QWidget:
    """The input for one field; ``changed`` is called on every edit by the user."""
    w: QWidget
    if f.kind == "text":
        text = QPlainTextEdit()
        text.setPlaceholderText(f.placeholder)
        text.setTabChangesFocus(True)
        text.setFixedHeight(16 + 16 * f.lines)
        text.textChanged.connect(changed)
        w = text
    elif f.kind == "date":
        date_field = DateField(
            f.name,
            f.label.replace("&", ""),
            f.placeholder or translate("form_fields", "e.g. 3 Mar 2026"),
        )
        date_field.edit.textEdited.connect(changed)
        w = date_field
    elif f.kind == "datetime":
        when = DateTimeField(f.name, f.label.replace("&", ""))
        when.date.edit.textEdited.connect(changed)
        when.time.textEdited.connect(changed)
        w = when
    elif f.kind in ("choice", *PICKERS):
        combo = QComboBox()
        for value, label in f.choices:
            combo.addItem(label, value)
        combo.currentIndexChanged.connect(changed)
        w = combo
    elif f.kind == "check":
        check = QCheckBox()
        check.toggled.connect(changed)
        w = check
    elif f.kind == "records":
        linked = RecordLinks(f.label.replace("&", ""))
        linked.changed.connect(changed)
        w = linked
    else:
        line = QLineEdit()
        line.setPlaceholderText(f.placeholder)
        line.textEdited.connect(changed)
        w = line
    w.setAccessibleName(f.label.replace("&", ""))
    if f.tip:
        w.setToolTip(f.tip)
        w.setWhatsThis(f.tip)
        w.setAccessibleDescription(f.tip)
    return w


def fill_choices(
    vault: Vault,
    case_id: int,
    fields: list[Field],
    inputs: dict[str, QWidget],
    case_records: Callable[[int], Sequence[records.Record]] | None = None,
) -> None:
    """Fill the pickers and record lists from the case, with signals blocked (filling
    is not an edit). ``case_records`` gives the case's records (the window's shared read;
    by default they are read here)."""
    read = case_records or (lambda case: records.list_records(vault, case))
    for f in fields:
        w = inputs[f.name]
        if f.kind in PICKERS:
            assert isinstance(w, QComboBox)
            w.blockSignals(True)
            w.clear()
            w.addItem(PICKERS[f.kind][1], None)
            for value, label in PICKERS[f.kind][0](vault, case_id):
                w.addItem(label, value)
            w.blockSignals(False)
        elif f.kind == "records":
            assert isinstance(w, RecordLinks)
            w.set_source(lambda: read(case_id))  # read when the list is first needed


def set_value(w: QWidget, value: Any) -> None:
    if isinstance(w, QPlainTextEdit):
        w.setPlainText(value or "")
    elif isinstance(w, (DateField, DateTimeField)):
        w.set_value(value)
    elif isinstance(w, QComboBox):
        w.setCurrentIndex(max(0, w.findData(value)))
    elif isinstance(w, QCheckBox):
        w.setChecked(bool(value))
    elif isinstance(w, RecordLinks):
        w.set_checked(value or [])
    elif isinstance(w, QLineEdit):
        w.setText(value or "")


def value_of(w: QWidget) -> Any:
    """The value a field holds (a date field raises FieldError for unreadable text)."""
    if isinstance(w, QPlainTextEdit):
        return w.toPlainText()
    if isinstance(w, DateField):
        return w.value()
    if isinstance(w, DateTimeField):
        return w.value()
    if isinstance(w, QComboBox):
        return w.currentData()
    if isinstance(w, QCheckBox):
        return w.isChecked()
    if isinstance(w, RecordLinks):
        return w.checked_ids()
    assert isinstance(w, QLineEdit), f"no value for a {type(w).__name__}"
    return w.text()
