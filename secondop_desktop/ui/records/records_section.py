"""The Records tab: import (buttons, folder, drag and drop), the table, preview and details."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSize, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from secondop_desktop import records
from secondop_desktop.cases import lists
from secondop_desktop.core.text import pages_text
from secondop_desktop.i18n import translate
from secondop_desktop.records import importer, straightening, viewer_temp
from secondop_desktop.records.meta import KINDS, kind_label
from secondop_desktop.ui.common import colours, dialogs
from secondop_desktop.ui.common.open_file import open_or_offer_copy
from secondop_desktop.ui.common.state import AppState
from secondop_desktop.ui.common.tasks import TaskRunner
from secondop_desktop.ui.common.widgets import heading, paragraph
from secondop_desktop.ui.records.import_flow import ImportFlow
from secondop_desktop.ui.records.ocr_progress import OcrRowNotes
from secondop_desktop.ui.records.record_details import RecordDetails
from secondop_desktop.ui.records.record_preview import RecordPreview
from secondop_desktop.ui.records.records_model import (
    DATE,
    KIND,
    PACKET,
    PAGES,
    SOURCE,
    TITLE,
    RecordRole,
    RecordsModel,
    RecordsProxy,
    header_text,
)
from secondop_desktop.ui.records.straighten_offer import StraightenBar
from secondop_desktop.ui.records.suggestions_bar import SuggestionsBar
from secondop_desktop.vault import session

if TYPE_CHECKING:
    from secondop_desktop.ui.records.suggestions_dialog import SuggestionsDialog


class RecordsSection(QWidget):
    def __init__(self, state: AppState, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.case_id: int | None = None
        # The case's records are read when this tab is first shown after a case opens or
        # its records change, not before: opening a case of 50,000 records on its
        # Overview read them all for a table nobody was looking at.
        self._stale = False
        self.flow = ImportFlow(state, runner, self)
        self.flow.finished.connect(self._import_finished)
        self.flow.review_requested.connect(self._review_after_import)
        self.setAcceptDrops(True)

        self.model = RecordsModel(self._load_thumbnail, self)
        self.proxy = RecordsProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        # Tab leaves the table (arrows move between rows): Tab walked its cells, 500
        # presses never reached the next control (issue 18).
        self.table.setTabKeyNavigation(False)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(translate("records_section", "Records"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(52)
        self.table.setIconSize(QSize(40, 48))
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        for col, width in ((KIND, 105), (SOURCE, 110)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, width)
        # Widths from the font, not ResizeToContents: that measures every row, which for
        # a case of 10,000 records took seconds each time the table was laid out.
        metrics = self.table.fontMetrics()
        pad = 3 * metrics.averageCharWidth()
        samples = (DATE, "30 Sep 2026?"), (PAGES, header_text(PAGES)), (PACKET, header_text(PACKET))
        for col, sample in samples:
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, metrics.horizontalAdvance(sample) + pad)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.viewport().installEventFilter(self)  # its size is the room for columns

        self.import_files_button = QPushButton(translate("records_section", "&Import files…"))
        self.import_files_button.setToolTip(
            translate("records_section", "Import PDFs and photos (Ctrl+I)")
        )
        self.import_folder_button = QPushButton(translate("records_section", "Import fo&lder…"))
        self.kind_filter = QComboBox()
        self.kind_filter.setAccessibleName(translate("records_section", "Show records of kind"))
        self.kind_filter.addItem(translate("records_section", "All kinds"), None)
        for key, _label in KINDS:
            self.kind_filter.addItem(kind_label(key), key)
        self.text_filter = QLineEdit()
        self.text_filter.setPlaceholderText(
            translate("records_section", "Filter by title or source")
        )
        self.text_filter.setAccessibleName(translate("records_section", "Filter records"))
        self.text_filter.setClearButtonEnabled(True)
        self.count_label = QLabel()
        colours.mute(self.count_label)
        top = QHBoxLayout()
        top.addWidget(self.import_files_button)
        top.addWidget(self.import_folder_button)
        top.addSpacing(12)
        top.addWidget(self.kind_filter)
        top.addWidget(self.text_filter, 1)
        top.addWidget(self.count_label)
        # Facts read from imported FHIR or C-CDA documents wait here for the user's word:
        # said where the records are, and only while there are some (issue 19).
        self.suggestions_bar = SuggestionsBar(state, self)
        self.suggestions_bar.show_record_requested.connect(self._show_suggested_record)
        self.review_button = self.suggestions_bar.button

        self.preview = RecordPreview()
        self.details = RecordDetails()
        self.open_button = QPushButton(translate("records_section", "O&pen in viewer"))
        self.open_button.setToolTip(
            translate(
                "records_section",
                "Opens a temporary copy in your computer's viewer; it is erased when SecondOp "
                "locks",
            )
        )
        self.save_button = QPushButton(translate("records_section", "Save a &copy…"))
        self.delete_button = QPushButton(translate("records_section", "&Delete…"))
        actions = QHBoxLayout()
        actions.addWidget(self.open_button)
        actions.addWidget(self.save_button)
        actions.addStretch(1)
        actions.addWidget(self.delete_button)
        # A possible duplicate is said in words, beside the record, with what to do about
        # it (orange text and a tooltip were all there was, issue 21).
        self.duplicate_note = QLabel()
        self.duplicate_note.setWordWrap(True)
        self.duplicate_note.setAccessibleName(translate("records_section", "Possible duplicate"))
        self.show_other = QPushButton(translate("records_section", "Sho&w the other"))
        self.show_other.clicked.connect(self._show_duplicate_partner)
        self.delete_duplicate = QPushButton(translate("records_section", "Delete &this one…"))
        self.delete_duplicate.clicked.connect(self.delete_current)
        self.duplicate_bar = QFrame()
        colours.tint(self.duplicate_bar, colours.WARNING)  # the theme's, towards amber
        bar = QHBoxLayout(self.duplicate_bar)
        bar.setContentsMargins(8, 4, 8, 4)
        bar.addWidget(self.duplicate_note, 1)
        bar.addWidget(self.show_other)
        bar.addWidget(self.delete_duplicate)
        self.duplicate_bar.hide()
        self.straighten_bar = StraightenBar(state, runner, self)  # photos of paper (issue 20)
        self.straighten_bar.decided.connect(self._straightened)
        self.straighten_bar.by_hand.connect(self.details.show_straighten)
        self.details.straighten_requested.connect(
            lambda _rid: self.straighten_bar.start(self.current_record())
        )
        right = QWidget()
        r = QVBoxLayout(right)
        r.setContentsMargins(0, 0, 0, 0)
        r.addWidget(self.duplicate_bar)
        r.addWidget(self.straighten_bar)
        # The page is what the user came to see: the preview takes most of the height,
        # the details scroll below it, and the line between them can be dragged.
        details_scroll = QScrollArea()
        details_scroll.setWidgetResizable(True)
        details_scroll.setFrameShape(QFrame.Shape.NoFrame)
        details_scroll.setWidget(self.details)
        self.right_split = QSplitter(Qt.Orientation.Vertical)
        self.right_split.setChildrenCollapsible(False)
        self.right_split.addWidget(self.preview)
        self.right_split.addWidget(details_scroll)
        self.right_split.setStretchFactor(0, 3)
        self.right_split.setStretchFactor(1, 2)
        self.right_split.setSizes([600, 400])
        r.addWidget(self.right_split, 1)
        r.addLayout(actions)

        empty = QWidget()
        e = QVBoxLayout(empty)
        e.addStretch(1)
        empty_title = heading(translate("records_section", "No records yet"), 15)
        e.addWidget(empty_title, 0, Qt.AlignmentFlag.AlignHCenter)
        hint = paragraph(
            translate(
                "records_section",
                "Drag PDFs, phone photos and scans onto this window, or use Import files. "
                "SecondOp keeps them encrypted in your vault and reads their text so you can "
                "search them.",
            )
        )
        hint.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        hint.setMaximumWidth(520)
        e.addWidget(hint, 0, Qt.AlignmentFlag.AlignHCenter)
        e.addStretch(2)
        self.body = QStackedWidget()
        self.body.addWidget(empty)
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([660, 400])
        self.body.addWidget(split)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.suggestions_bar)
        layout.addWidget(self.body, 1)

        self.import_files_button.clicked.connect(self.import_files)
        self.import_folder_button.clicked.connect(self.import_folder)
        self.kind_filter.currentIndexChanged.connect(
            lambda: self.proxy.set_kind(self.kind_filter.currentData())
        )
        self.text_filter.textChanged.connect(self.proxy.set_text)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.include_toggled.connect(
            lambda rid, on: self._save(rid, {"include_in_packet": on})
        )
        self.details.save_requested.connect(self._save)
        self.preview.rotate_requested.connect(lambda rid, rot: self._save(rid, {"rotation": rot}))
        self.open_button.clicked.connect(self.open_external)
        self.save_button.clicked.connect(self.save_copy)
        self.delete_button.clicked.connect(self.delete_current)
        state.changed.connect(self._on_changed)
        state.locked.connect(self.preview.clear)  # quit too: end the preview's worker
        self.ocr_notes = OcrRowNotes(self)  # "Reading text: page 3 of 10" on the record's row
        self._set_actions(False)

    # -- data ------------------------------------------------------------------------------
    # Columns a narrow table drops first, so the titles stay readable (at 1024x700 the
    # table showed no titles at all): source, then kind, then the page count. The date
    # and the packet tick always stay; every dropped value is in the details beside.
    TITLE_NEEDS = 180
    DROP_ORDER = (SOURCE, KIND, PAGES)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        header = self.table.horizontalHeader()
        available = self.table.viewport().width()
        for col in self.DROP_ORDER:
            header.setSectionHidden(col, False)
        for col in self.DROP_ORDER:
            others = sum(
                header.sectionSize(c)
                for c in range(header.count())
                if c != TITLE and not header.isSectionHidden(c)
            )
            if available - others >= self.TITLE_NEEDS + self.table.iconSize().width():
                break
            header.setSectionHidden(col, True)

    def _load_thumbnail(self, record_id: int) -> bytes | None:
        if not self.state.is_unlocked:
            return None
        return straightening.thumbnail(self.state.vault, record_id)  # as shown

    def set_case(self, case_id: int | None) -> None:
        if self.details.record is not None:
            self.details.save_now()
        self.case_id = case_id
        self.reload()
        self.suggestions_bar.set_case(case_id)

    def showEvent(self, event: QShowEvent) -> None:
        self._ensure_loaded()
        super().showEvent(event)

    def _ensure_loaded(self) -> None:
        if self._stale:
            self._load()

    def reload(self, select_id: int | None = None) -> None:
        if not self.isVisible() and self.case_id is not None and self.state.is_unlocked:
            if not self._stale:  # read when shown; nothing of another case stays meanwhile
                self._stale = True
                if self.model.rowCount() and self.model.record_at(0).case_id != self.case_id:
                    self.model.clear()
                    self.preview.clear()
                    self.details.show_record(None)
            return
        self._load(select_id)

    def _load(self, select_id: int | None = None) -> None:
        self._stale = False
        current = self.current_record()
        if select_id is None and current is not None:
            select_id = current.id
        if self.case_id is None or not self.state.is_unlocked:
            self.model.clear()
        else:
            # The window's one read of the case's records (any change to them drops it).
            self.model.set_records(self.state.case_records(self.case_id))
            self._offer_care_team()
        self.ocr_notes.refresh()
        self.body.setCurrentIndex(1 if self.model.rowCount() else 0)
        self._select(select_id)

    def _offer_care_team(self) -> None:
        """Suggest the care team's names and facilities as a record's source."""
        from secondop_desktop import facts

        team = lists.list_items(self.state.vault, facts.Clinician, self.case_id or 0)
        names = sorted({n for c in team for n in (c.name, c.facility, c.label) if n})
        completer = QCompleter(names, self.details.source)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.details.source.setCompleter(completer)

    def clear(self) -> None:
        self.case_id = None
        self.suggestions_bar.set_case(None)
        self.model.clear()
        self.preview.clear()
        self.details.show_record(None)

    def _on_changed(self, kind: str, item_id: int) -> None:
        if item_id != self.case_id or not self.state.is_unlocked:
            return
        if kind == "records":
            self.reload()
            self.update_suggestions()
        elif kind == "suggestions":
            self.update_suggestions()
        elif kind == "clinicians":
            self._offer_care_team()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(
            translate("records_section", "%n record(s)", None, total)
            if shown == total
            else translate("records_section", "{shown} of {total}").format(shown=shown, total=total)
        )

    def current_record(self) -> records.Record | None:
        self._ensure_loaded()
        index = self.table.currentIndex()
        return index.data(RecordRole) if index.isValid() else None

    def _select(self, record_id: int | None, page: int = 1) -> None:
        row = self.model.row_of(record_id) if record_id is not None else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row < 0:
            self.preview.clear()
            self.details.show_record(None)
            self._set_actions(False)
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self._pending_page = page
        current = self.table.currentIndex()
        same_row = current.isValid() and current.row() == index.row()
        # A new row's selection signal shows the record at the pending page; calling
        # _current_changed again after it reset the page to 1 (a search hit showed page 1).
        self.table.setCurrentIndex(index)
        if same_row:
            self._current_changed(index)  # the row did not change: no signal comes

    def show_record(self, record_id: int, page: int = 1) -> None:
        """Select a record and show one of its pages (used by search results)."""
        self._ensure_loaded()
        self.text_filter.clear()
        self.kind_filter.setCurrentIndex(0)
        self._select(record_id, page)

    def _current_changed(self, index: QModelIndex) -> None:
        rec = index.data(RecordRole) if index.isValid() else None
        page = getattr(self, "_pending_page", 1)
        self._pending_page = 1
        partner = self.model.duplicate_of(rec.id) if rec is not None else None
        self.duplicate_bar.setVisible(partner is not None)
        if partner is not None:
            self.duplicate_note.setText(
                translate(
                    "records_section",
                    "This may be the same document as “{title}”, imported before. Compare "
                    "them; if they are the same, one of them can go.",
                ).format(title=partner.title)
            )
        self.straighten_bar.show_for(rec)  # and the details' Straighten photo… (by_hand)
        if rec is None:
            self.preview.clear()
            self.details.show_record(None)
            self._set_actions(False)
            return
        if self.preview.record is not None and self.preview.record.id == rec.id:
            self.preview.page.setValue(page)
        else:
            data, flat = straightening.shown_content(self.state.vault, rec.id)
            self.preview.show_record(
                rec,
                data,
                page,
                media_type=straightening.JPEG if flat else None,
            )
        self.details.show_record(rec)
        self._set_actions(True)

    def _straightened(self, record_id: int) -> None:
        """The picture shown for a record changed: its preview and thumbnail are drawn
        again, and its words will be read again (the reader starts on "records")."""
        self.preview.clear()
        self.state.changed.emit("records", self.case_id or 0)
        self._select(record_id)

    def _show_duplicate_partner(self) -> None:
        rec = self.current_record()
        partner = self.model.duplicate_of(rec.id) if rec is not None else None
        if partner is not None:
            self.show_record(partner.id)

    def _set_actions(self, on: bool) -> None:
        for b in (self.open_button, self.save_button, self.delete_button):
            b.setEnabled(on)

    def _save(self, record_id: int, changes: dict) -> None:  # type: ignore[type-arg]
        try:
            updated = records.update_record(self.state.vault, record_id, **changes)
        except records.RecordValidationError as exc:
            self.details.failed(str(exc))
            return
        except (records.RecordNotFound, session.VaultError) as exc:
            self.details.failed(str(exc))
            return
        self.model.replace(updated)
        self.state.record_replaced(updated)  # the shared read (pickers) has it too
        self.details.saved(updated)
        self.preview.set_rotation(updated)

    # -- suggested facts -------------------------------------------------------------------
    @property
    def suggestions(self) -> SuggestionsDialog | None:
        """The review of suggested facts, while it is open."""
        return self.suggestions_bar.dialog

    def update_suggestions(self) -> None:
        self.suggestions_bar.update_count()

    def open_suggestions(self) -> SuggestionsDialog | None:
        return self.suggestions_bar.open_review()

    def _review_after_import(self, case_id: int) -> None:
        if case_id == self.case_id:
            self.open_suggestions()

    def _show_suggested_record(self, record_id: int) -> None:
        """The record a suggestion was read from, shown here, this tab brought forward."""
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QTabWidget):
            parent = parent.parentWidget()
        if isinstance(parent, QTabWidget) and parent.indexOf(self) >= 0:
            parent.setCurrentWidget(self)
        self.show_record(record_id)

    # -- import ----------------------------------------------------------------------------
    def import_files(self) -> None:
        if self.case_id is None:
            return
        paths = dialogs.open_files(
            self,
            translate("records_section", "Import records"),
            translate(
                "records_section",
                "Records (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.webp *.heic *.heif *.json "
                "*.xml DICOMDIR);;Health records from a portal (*.json *.xml);;"
                "Imaging disc index (DICOMDIR);;All files (*)",
            ),
        )
        self.import_paths([Path(p) for p in paths])

    def import_folder(self) -> None:
        if self.case_id is None:
            return
        folder = dialogs.open_folder(
            self, translate("records_section", "Import every record in a folder")
        )
        if folder:
            self.import_paths([Path(folder)])

    def import_paths(self, paths: list[Path]) -> None:
        if self.case_id is not None and paths:
            self.flow.start(self.case_id, paths)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and self.case_id is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    def _import_finished(self, report: importer.ImportReport) -> None:
        """Say what came in, and show it: the last record imported is selected (a single
        file used to arrive with no word and nothing selected)."""
        if not self.state.is_unlocked:
            return
        came = [i for i in report.items if i.status == importer.IMPORTED and i.record_id]
        if not came:
            return
        last = came[-1].record_id
        if last is not None and self.model.row_of(last) < 0:
            self.reload(select_id=last)  # the change signal's reload has not shown it yet
        if last is not None:
            self.show_record(last)
        rec = self.current_record()
        count = len(came)
        said = (
            translate("records_section", "Imported “{title}”.").format(title=rec.title)
            if count == 1 and rec is not None
            else translate("records_section", "Imported %n record(s).", None, count)
        )
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(said, 8000)
        self.count_label.setToolTip(said)

    # -- actions -----------------------------------------------------------------------------
    def open_external(self) -> None:
        rec = self.current_record()
        if rec is None:
            return
        try:
            path = viewer_temp.write_for_viewing(self.state.vault, rec)
        except OSError as exc:
            dialogs.error(
                self,
                translate("records_section", "Open in viewer"),
                translate("records_section", "The copy could not be written: {reason}.").format(
                    reason=exc.strerror
                ),
            )
            return
        open_or_offer_copy(
            self, path, translate("records_section", "Open in viewer"), suggested_name=path.name
        )

    def save_copy(self) -> None:
        rec = self.current_record()
        if rec is None:
            return
        target = dialogs.save_file(
            self,
            translate("records_section", "Save a copy"),
            str(Path.home() / rec.original_name),
            translate("records_section", "All files (*)"),
        )
        if not target:
            return
        try:
            records.save_copy(self.state.vault, rec.id, Path(target))
        except OSError as exc:
            dialogs.error(
                self,
                translate("records_section", "Save a copy"),
                translate("records_section", "The copy could not be saved: {reason}.").format(
                    reason=exc.strerror
                ),
            )

    def delete_current(self) -> None:
        rec = self.current_record()
        if rec is None:
            return
        text = translate(
            "records_section",
            "Delete “{title}” ({pages}) from this case?\n\n"
            "It is removed from the vault; the original file on your computer, if you "
            "still have it, is not touched.",
        ).format(title=rec.title, pages=pages_text(rec.page_count))
        title = translate("records_section", "Delete record")
        if not dialogs.confirm(self, title, text, title):
            return
        row = self.table.currentIndex().row()
        records.delete_record(self.state.vault, rec.id)
        self.state.changed.emit("records", self.case_id or 0)  # reloads this section
        if self.proxy.rowCount():
            self.table.selectRow(min(row, self.proxy.rowCount() - 1))
