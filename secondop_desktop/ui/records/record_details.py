"""Edit a record's metadata in place; each change is saved shortly after typing stops."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from secondop_desktop import records
from secondop_desktop.i18n import translate
from secondop_desktop.records.meta import KINDS, kind_label
from secondop_desktop.ui.common import colours, flush
from secondop_desktop.ui.common.date_field import DateField
from secondop_desktop.ui.common.widgets import error_label, show_error

SAVE_DELAY_MS = 600


class RecordDetails(QWidget):
    """Emits ``save_requested(record_id, changes)``; the section saves and reports back."""

    save_requested = Signal(int, dict)
    straighten_requested = Signal(int)  # record id: lay the photo of a page flat (issue 20)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record: records.Record | None = None
        self.title = QLineEdit()
        self.title.setAccessibleName(translate("record_details", "Record title"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(translate("record_details", "Kind of record"))
        for key, _label in KINDS:
            self.kind.addItem(kind_label(key), key)
        self.date = DateField(
            "date_of_service",
            translate("record_details", "Date of service"),
            translate("record_details", "e.g. 3 Mar 2026"),
        )
        # A suggested date stays a suggestion until the user types a date or accepts this
        # one; saving the title or notes does not make it a fact.
        self.suggested = QWidget()
        suggestion_note = QLabel(
            translate("record_details", "Suggested from the document's text; check it.")
        )
        colours.mute(suggestion_note)
        suggestion_note.setWordWrap(True)
        self.accept_date = QPushButton(translate("record_details", "Use this date"))
        self.accept_date.setAccessibleName(translate("record_details", "Use the suggested date"))
        self.accept_date.clicked.connect(self._accept_date)
        row = QHBoxLayout(self.suggested)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(suggestion_note, 1)
        row.addWidget(self.accept_date)
        self._date_touched = False
        self.source = QLineEdit()
        self.source.setAccessibleName(translate("record_details", "Source: facility or clinician"))
        self.source.setPlaceholderText(
            translate("record_details", "Hospital, clinic or doctor it came from")
        )
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(translate("record_details", "Notes"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(60)
        self.include = QCheckBox(translate("record_details", "Include in the packet"))
        # Here rather than in the preview's toolbar: a button there widened the preview
        # and took the room from the records list whenever a photo was selected.
        self.straighten = QPushButton(translate("record_details", "Strai&ghten photo…"))
        self.straighten.setToolTip(
            translate("record_details", "Lay a photo of a page flat, as a scan; the photo is kept")
        )
        self.straighten.clicked.connect(
            lambda: self.straighten_requested.emit(self.record.id) if self.record else None
        )
        self.straighten.hide()
        self.facts = QLabel()
        colours.mute(self.facts)
        self.facts.setWordWrap(True)
        self.status = QLabel()
        colours.tone(self.status, colours.SUCCESS)
        self.error = error_label()
        form = QFormLayout(self)
        form.setContentsMargins(0, 4, 0, 0)
        for label, widget in (
            (translate("record_details", "&Title"), self.title),
            (translate("record_details", "Ki&nd"), self.kind),
            (translate("record_details", "D&ate"), self.date),
            ("", self.suggested),
            (translate("record_details", "&Source"), self.source),
            (translate("record_details", "N&otes"), self.notes),
        ):
            text = QLabel(label)
            text.setBuddy(widget)
            form.addRow(text, widget)
        form.addRow("", self.include)
        form.addRow("", self.straighten)
        form.addRow("", self.facts)
        form.addRow("", self.error)
        form.addRow("", self.status)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_now)
        flush.register(self)  # saved at once on lock, quit, case or tab switch
        self._loading = False
        self._unsaved = False
        self.date.edit.textEdited.connect(self._touch_date)
        for signal in (
            self.title.textEdited,
            self.date.edit.textEdited,
            self.source.textEdited,
            self.notes.textChanged,
        ):
            signal.connect(self._changed)
        self.kind.currentIndexChanged.connect(self._changed)
        self.include.toggled.connect(self._changed)
        self.setEnabled(False)

    def show_straighten(self, shown: bool) -> None:
        """Whether this record is a photo that can be straightened by hand (none is
        offered or chosen for it)."""
        self.straighten.setVisible(shown)

    def show_record(self, record: records.Record | None) -> None:
        if self._timer.isActive():
            self.save_now()  # never lose typing when the selection moves
        self.record = record
        self._date_touched = False
        self._unsaved = False
        self._loading = True
        try:
            self.setEnabled(record is not None)
            if record is None:
                for w in (self.title, self.source, self.date.edit):
                    w.clear()
                self.notes.clear()
                self.facts.clear()
                self.suggested.hide()
                return
            self.title.setText(record.title)
            self.kind.setCurrentIndex(max(0, self.kind.findData(record.kind)))
            self.date.set_value(record.date_of_service)
            self.suggested.setVisible(record.date_suggested)
            self.source.setText(record.source)
            self.notes.setPlainText(record.notes)
            self.include.setChecked(record.include_in_packet)
            number = QLocale()  # 1.5 MB in English, 1,5 MB in Spanish
            number.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
            size = (
                f"{number.toString(record.size / 1024 / 1024, 'f', 1)} MB"
                if record.size > 1024 * 1024
                else f"{max(1, record.size // 1024)} KB"
            )
            notes = []
            if record.unlocked_copy:
                notes.append(
                    translate("record_details", "unlocked copy of a password-protected PDF")
                )
            if record.repaired:
                notes.append(
                    translate(
                        "record_details",
                        "repaired copy of a damaged PDF (the original is kept inside it)",
                    )
                )
            extra = "".join(f", {n}" for n in notes)
            pages = record.page_count
            facts = translate(
                "record_details", "%n page(s), {size}, from the file “{name}”{notes}.", None, pages
            )
            self.facts.setText(facts.format(size=size, name=record.original_name, notes=extra))
            show_error(self.error, "")
            self.status.clear()
        finally:
            self._loading = False

    def _changed(self) -> None:
        if not self._loading and self.record is not None:
            self.status.setText(translate("record_details", "Editing…"))
            self._unsaved = True
            self._timer.start()

    @property
    def editing(self) -> bool:
        """The user changed something here that is not saved yet (typing, or a save that
        failed on an impossible date): nothing may replace the fields under their hands."""
        return self._unsaved or self._timer.isActive()

    def _touch_date(self) -> None:
        self._date_touched = True

    def _accept_date(self) -> None:
        """The user accepts the suggested date: from now on it is a fact."""
        self._date_touched = True
        self.save_now()

    def changes(self) -> dict[str, object]:
        """The edited fields; raises ValidationError for an unreadable date. The date is
        included only once the user typed or accepted it, so saving another field never
        turns a suggested date into a confirmed one."""
        out: dict[str, object] = {
            "title": self.title.text(),
            "kind": self.kind.currentData(),
            "source": self.source.text().strip(),
            "notes": self.notes.toPlainText(),
            "include_in_packet": self.include.isChecked(),
        }
        if self._date_touched:
            out["date_of_service"] = self.date.value()
        return out

    def flush(self) -> None:
        """Save now if an autosave is pending (lock, quit, case or tab switch)."""
        if self._timer.isActive():
            self.save_now()

    def save_now(self) -> None:
        self._timer.stop()
        if self.record is None:
            return
        try:
            changes = self.changes()
        except ValueError as exc:
            show_error(self.error, str(exc))
            self.status.clear()
            return
        self.save_requested.emit(self.record.id, changes)

    def saved(self, record: records.Record) -> None:
        if self.record is not None and record.id == self.record.id:
            self.record = record
            self._unsaved = False
            self.suggested.setVisible(record.date_suggested)
            show_error(self.error, "")
            self.status.setText(translate("record_details", "Saved"))

    def failed(self, message: str) -> None:
        show_error(self.error, message)
        self.status.clear()
