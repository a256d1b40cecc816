"""The reading of photos' text said on each record's row in the Records list (issue 20).

The status bar says which page is being read, but not where: a caregiver who imported
forty photos wants to see, on the record itself, that its text is being read ("Reading
text: page 3 of 10"), that it waits, or that reading was stopped and resumes at the next
unlock. The note is drawn under the title and is part of the title cell's accessible text
and tooltip, so a screen reader says it with the row.

The reader (built by the window) and the Records list (built by the case page) do not know
each other: they share one :class:`OcrProgress` hung on the app state. The reader sets
which page is being read from its poll timer, on the UI thread (the queue tells it on its
worker thread); each change costs the list one SQL count of the case's waiting pages and
repaints only the rows whose note changed, never a reload of the model.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

from secondop_desktop import records
from secondop_desktop.i18n import translate
from secondop_desktop.records import ocr_queue
from secondop_desktop.ui.common import colours
from secondop_desktop.ui.common.state import AppState
from secondop_desktop.ui.records.record_details import RecordDetails
from secondop_desktop.ui.records.records_model import (
    TITLE,
    OcrNoteRole,
    OcrShortNoteRole,
    RecordsModel,
)

Reading = tuple[int, int, int]  # record, page, the record's page count


class OcrProgress(QObject):
    """What the background reader is doing, one per app state (found on it by type)."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # False when reading is turned off or the engine is not installed: a note that
        # the text waits, on every photo, for ever, would say nothing useful.
        self.able = False
        self.reading: Reading | None = None
        self.stopped = False  # the user stopped it (or a lock): the rest waits for unlock

    @staticmethod
    def of(state: AppState) -> OcrProgress:
        found = state.findChild(OcrProgress)
        return found if isinstance(found, OcrProgress) else OcrProgress(state)

    def set_able(self, able: bool) -> None:
        if able != self.able:
            self.able = able
            self.changed.emit()

    def set_reading(self, reading: Reading | None, *, stopped: bool = False) -> None:
        if (reading, stopped) != (self.reading, self.stopped):
            self.reading, self.stopped = reading, stopped
            self.changed.emit()

    def note(self, record_id: int, waiting: int) -> tuple[str, str]:
        """The row's words for a record with ``waiting`` pages left to read: in full, and
        short for a title cell too narrow (at 1024 pixels wide the full one lost its page
        numbers); the full words stay in the cell's accessible text and tooltip."""
        if self.reading is not None and self.reading[0] == record_id:
            _, page, pages = self.reading
            return (
                translate("ocr_progress", "Reading text: page {page} of {pages}").format(
                    page=page, pages=pages
                ),
                translate("ocr_progress", "Reading page {page} of {pages}").format(
                    page=page, pages=pages
                ),
            )
        if self.stopped:
            return (
                translate(
                    "ocr_progress",
                    "Reading stopped: %n page(s) left, read at the next unlock",
                    None,
                    waiting,
                ),
                translate("ocr_progress", "Stopped: %n page(s) left", None, waiting),
            )
        return (
            translate("ocr_progress", "Text waiting to be read (%n page(s))", None, waiting),
            translate("ocr_progress", "Text not read yet"),
        )


class Section(Protocol):
    """What the notes need of the Records section (which imports this module)."""

    state: AppState
    case_id: int | None
    model: RecordsModel
    table: QTableView
    details: RecordDetails


class OcrRowNotes(QObject):
    """Keeps the notes of a Records section's rows in step with the reader."""

    def __init__(self, section: Section) -> None:
        super().__init__(section.table)
        self.section = section
        self.progress = OcrProgress.of(section.state)
        self.waiting: dict[int, int] = {}  # of the case below, at the last refresh
        self.case_id: int | None = None
        self.progress.changed.connect(self.refresh)
        self.delegate = NoteDelegate(section.table)
        section.table.setItemDelegateForColumn(TITLE, self.delegate)

    def refresh(self) -> None:
        """One count of the case's waiting pages; the rows whose note changed repaint, and
        a record whose last page was just read is read again (its text may have suggested
        a date or a kind)."""
        section = self.section
        model = section.model
        case_id = section.case_id if section.state.is_unlocked else None
        waiting: dict[int, int] = {}
        if self.progress.able and case_id is not None and model.rowCount():
            waiting = ocr_queue.waiting_by_record(section.state.vault, case_id)
        done = [r for r in self.waiting if r not in waiting] if case_id == self.case_id else []
        self.waiting, self.case_id = waiting, case_id
        model.set_notes({r: self.progress.note(r, n) for r, n in waiting.items()})
        for record_id in done:
            self._reread(record_id)

    def _reread(self, record_id: int) -> None:
        section = self.section
        row = section.model.row_of(record_id)
        if row < 0:
            return
        try:
            rec = records.get_record(section.state.vault, record_id)
        except records.RecordNotFound:
            return  # deleted: the section reloads
        if rec == section.model.record_at(row):
            return
        section.model.replace(rec)
        section.state.record_replaced(rec)
        details = section.details
        # The details beside show it too, unless the user is typing there: their edit is
        # saved as they left it (nothing lost) rather than replaced under their hands.
        if (
            details.record is not None
            and details.record.id == record_id
            and not details.editing
        ):
            details.show_record(rec)


class NoteDelegate(QStyledItemDelegate):
    """The title cell, with the row's note (when it has one) on a second, quieter line."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        note = index.data(OcrNoteRole)
        if not note:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        title = opt.text
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        opt.text = ""  # background, selection, thumbnail and focus as usual; text below
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        opt.text = title
        area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        area = area.adjusted(margin, 0, -margin, 0)
        metrics = opt.fontMetrics
        line = metrics.height()
        top = area.center().y() - line + 1
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette = opt.palette
        group = (
            QPalette.ColorGroup.Normal
            if opt.state & QStyle.StateFlag.State_Active
            else QPalette.ColorGroup.Inactive
        )
        strong = palette.color(
            group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        quiet = strong if selected else colours.muted_on_base()
        painter.save()
        painter.setFont(opt.font)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        if metrics.horizontalAdvance(str(note)) > area.width():
            note = index.data(OcrShortNoteRole) or note
        for n, (text, colour) in enumerate(((title, strong), (str(note), quiet))):
            painter.setPen(colour)
            box = QRect(area.left(), top + n * line, area.width(), line)
            elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, box.width())
            painter.drawText(box, int(flags), elided)
        painter.restore()
