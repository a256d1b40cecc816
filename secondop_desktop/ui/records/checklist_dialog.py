"""Edit one checklist item: what, from whom, status and dates, shipping, linked records.

It saves itself (``save`` is given by the caller), so closing with changes can ask and
locking or quitting can store them (:class:`EditDialog`)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from secondop_desktop import records
from secondop_desktop.core import dates
from secondop_desktop.i18n import translate
from secondop_desktop.records import checklist
from secondop_desktop.records.meta import KINDS, kind_label
from secondop_desktop.ui.common import colours
from secondop_desktop.ui.common.date_field import DateField
from secondop_desktop.ui.common.edit_dialog import EditDialog
from secondop_desktop.ui.common.record_links import RecordLinks
from secondop_desktop.ui.common.widgets import error_label, fit_to_screen, scrolling, show_error


class ChecklistDialog(EditDialog):
    def __init__(
        self,
        item: checklist.Item,
        available: list[records.Record],
        parent: QWidget | None = None,
        *,
        save: Callable[[checklist.Item], object] | None = None,
    ) -> None:
        super().__init__(parent, snapshot=self.snapshot, commit=self.commit)
        self._item = item
        self._save = save
        self.setWindowTitle(
            translate("checklist_dialog", "Checklist item")
            if item.id
            else translate("checklist_dialog", "New checklist item")
        )
        self.setMinimumWidth(640)
        self.description = QLineEdit(item.description)
        self.description.setAccessibleName(translate("checklist_dialog", "What to gather"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(translate("checklist_dialog", "Kind of record"))
        for key, _label in KINDS:
            self.kind.addItem(kind_label(key), key)
        self.kind.setCurrentIndex(max(0, self.kind.findData(item.kind)))
        self.source = QLineEdit(item.source)
        self.source.setAccessibleName(translate("checklist_dialog", "From whom"))
        self.source.setPlaceholderText(
            translate("checklist_dialog", "Hospital department, lab or doctor")
        )
        self.status = QComboBox()
        self.status.setAccessibleName(translate("checklist_dialog", "Status"))
        for key in checklist.STATUSES:
            self.status.addItem(checklist.status_label(key), key)
        self.status.setCurrentIndex(max(0, self.status.findData(item.status)))
        self.requested = DateField(
            "requested_on",
            translate("checklist_dialog", "Requested on"),
            translate("checklist_dialog", "e.g. 2 Nov 2026"),
        )
        self.requested.set_value(item.requested_on)
        self.due = QLabel()
        colours.mute(self.due)
        self.physical = QCheckBox(
            translate(
                "checklist_dialog", "A physical item (slides, tissue blocks, an imaging disc)"
            )
        )
        self.physical.setChecked(item.physical)
        self.carrier = QLineEdit(item.carrier)
        self.carrier.setAccessibleName(translate("checklist_dialog", "Carrier"))
        self.tracking = QLineEdit(item.tracking)
        self.tracking.setAccessibleName(translate("checklist_dialog", "Tracking number"))
        self.sent = DateField("sent_on", translate("checklist_dialog", "Sent on"), "")
        self.sent.set_value(item.sent_on)
        self.returned = DateField("returned_on", translate("checklist_dialog", "Returned on"), "")
        self.returned.set_value(item.returned_on)
        self.notes = QPlainTextEdit(item.notes)
        self.notes.setAccessibleName(translate("checklist_dialog", "Notes"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 3 + 12)
        self.linked = RecordLinks()
        self.linked.set_records(available, item.record_ids)
        self.error = error_label()
        form = QFormLayout()
        for text, widget in (
            (translate("checklist_dialog", "&What"), self.description),
            (translate("checklist_dialog", "&Kind"), self.kind),
            (translate("checklist_dialog", "&From"), self.source),
            (translate("checklist_dialog", "&Status"), self.status),
            (translate("checklist_dialog", "&Requested on"), self.requested),
            ("", self.due),
            ("", self.physical),
            (translate("checklist_dialog", "&Carrier"), self.carrier),
            (translate("checklist_dialog", "&Tracking number"), self.tracking),
            (translate("checklist_dialog", "Sent o&n"), self.sent),
            (translate("checklist_dialog", "Ret&urned on"), self.returned),
            (translate("checklist_dialog", "N&otes"), self.notes),
            (translate("checklist_dialog", "&Linked records"), self.linked),
        ):
            caption = QLabel(text)
            caption.setBuddy(widget)
            form.addRow(caption, widget)
        self.form = form
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        body = QWidget()
        body.setLayout(form)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(body))
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.physical.toggled.connect(self._show_physical)
        self.requested.edit.textChanged.connect(self._update_due)
        self._show_physical(item.physical)
        self._update_due()
        fit_to_screen(self)
        self.description.setFocus()
        self.mark_clean()

    def snapshot(self) -> object:
        linked = tuple(self.linked.checked_ids())
        texts = (self.description, self.source, self.carrier, self.tracking)
        dated = (self.requested, self.sent, self.returned)
        return (
            tuple(w.text() for w in texts),
            tuple(d.edit.text() for d in dated),
            self.kind.currentData(),
            self.status.currentData(),
            self.physical.isChecked(),
            self.notes.toPlainText(),
            linked,
        )

    def commit(self) -> bool:
        """Check the item and store it through ``save`` (when given)."""
        try:
            item = self.item()
            if self._save is not None:
                self._save(item)
        except (ValueError, LookupError, RuntimeError) as exc:
            self.show_error(str(exc))
            return False
        return True

    def _show_physical(self, on: bool) -> None:
        for w in (self.carrier, self.tracking, self.sent, self.returned):
            self.form.setRowVisible(w, on)

    def _update_due(self) -> None:
        try:
            requested = self.requested.value()
        except ValueError:
            requested = None
        if requested:
            from datetime import timedelta

            due = requested + timedelta(days=checklist.REQUEST_DAYS)
            self.due.setText(
                translate("checklist_dialog", "Due by {date} (30 days after the request)").format(
                    date=dates.format_date(due)
                )
            )
        else:
            self.due.setText("")

    def _accept(self) -> None:
        self.save_and_close()

    def show_error(self, text: str) -> None:
        show_error(self.error, text)

    def item(self) -> checklist.Item:
        """The edited item (raises ValueError for an unreadable date)."""
        linked = self.linked.checked_ids()
        requested = self.requested.value()
        return checklist.Item(
            id=self._item.id,
            case_id=self._item.case_id,
            description=self.description.text(),
            kind=self.kind.currentData(),
            source=self.source.text().strip(),
            status=self.status.currentData(),
            requested_on=requested,
            due_on=None if requested != self._item.requested_on else self._item.due_on,
            physical=self.physical.isChecked(),
            carrier=self.carrier.text().strip(),
            tracking=self.tracking.text().strip(),
            sent_on=self.sent.value(),
            returned_on=self.returned.value(),
            notes=self.notes.toPlainText(),
            record_ids=linked,
        )
