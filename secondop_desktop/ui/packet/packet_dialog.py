"""The packet builder: choose the sections and the records (ticked, in order), paper,
image quality and an optional password; read the pre-flight checks; preview the packet;
export it (progress and Cancel) or print it.

The choices (not the password) are remembered per case in the vault: saved shortly after
each change and on every way out (Close, Escape, the window's close button, export, print,
lock), applied when the dialog opens; "Reset to default" forgets them (the records then
come in clinical order: pathology, imaging, labs, letters, the rest; newest first).

The checks show one line per sort of finding ("3 records have no date."); activating it
(Enter, double-click) opens it onto the records, and activating a record selects it.

Building happens on the task runner; the dialog only collects choices and shows results."""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from secondop_desktop import cases, packet, records
from secondop_desktop.core import dates
from secondop_desktop.core.jobs import Cancelled
from secondop_desktop.i18n import translate
from secondop_desktop.packet import choices as memory
from secondop_desktop.packet.preflight import Group, grouped
from secondop_desktop.packet.preflight import run as run_preflight
from secondop_desktop.packet.spec import title
from secondop_desktop.records import viewer_temp
from secondop_desktop.ui.common import colours, dialogs
from secondop_desktop.ui.common.state import AppState
from secondop_desktop.ui.common.tasks import TaskRunner
from secondop_desktop.ui.common.widgets import (
    WrappingColumn,
    error_label,
    fitted_size,
    show_error,
)
from secondop_desktop.ui.packet.packet_records import PacketRecordsModel
from secondop_desktop.vault import session

# On a line of the checks: the key of the group it stands for (None: a single finding).
GROUP_ROLE = Qt.ItemDataRole.UserRole + 1


def _consultant(state: AppState, case_id: int) -> str:
    return memory.default_consultant(state.vault, case_id)


class PacketDialog(QDialog):
    def __init__(
        self, state: AppState, runner: TaskRunner, case_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.state, self.runner, self.case_id = state, runner, case_id
        self.setWindowTitle(translate("packet_dialog", "Prepare the packet"))
        self.resize(fitted_size(1180, 780))
        self.last_result: packet.PacketResult | None = None
        self.preview_path: Path | None = None
        self._applying = False  # while choices are put on screen: nothing to remember
        self._unsaved = False  # a choice changed since it was last remembered
        self._added: list[int] = []  # records imported since the choices were saved

        # -- what goes in -------------------------------------------------------------------
        self.section_boxes: dict[str, QCheckBox] = {}
        sections = QGroupBox(translate("packet_dialog", "Sections"))
        sl = QVBoxLayout(sections)
        sl.setSpacing(1)  # eleven sections: room left for the records list below
        for key, section in packet.SECTIONS.items():
            box = QCheckBox(title(section))
            box.setChecked(True)
            box.toggled.connect(self._changed)
            box.toggled.connect(self._remember)
            sl.addWidget(box)
            self.section_boxes[key] = box
        self.model = PacketRecordsModel(self)
        self.records_view = QListView()
        self.records_view.setModel(self.model)
        self.records_view.setAccessibleName(
            translate("packet_dialog", "Records in the packet, in order")
        )
        self.records_view.setDragDropMode(QListView.DragDropMode.InternalMove)
        self.records_view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.records_view.setToolTip(
            translate("packet_dialog", "Tick what travels; drag or press Alt+Up/Down to reorder")
        )
        self.records_view.setAlternatingRowColors(True)
        self.up = QPushButton(translate("packet_dialog", "Up"))
        self.down = QPushButton(translate("packet_dialog", "Down"))
        self.all_button = QPushButton(translate("packet_dialog", "All"))
        self.none_button = QPushButton(translate("packet_dialog", "None"))
        rec_box = QGroupBox(
            translate("packet_dialog", "Records (ticked ones travel, in this order)")
        )
        rl = QVBoxLayout(rec_box)
        rl.addWidget(self.records_view, 1)
        # Records imported since the choices were saved: a note under the list's buttons.
        self.added_frame = QFrame()
        self.added_frame.setObjectName("addedNote")
        self.added_frame.setStyleSheet(
            "QFrame#addedNote { background: #fff4ce; border: 1px solid #e6c36a; "
            "border-radius: 4px; } QFrame#addedNote QLabel { color: #3b2f00; }"
        )
        self.added_note = QLabel()
        self.added_note.setWordWrap(True)
        self.added_note.setAccessibleName(translate("packet_dialog", "Records added since"))
        self.tick_added = QPushButton(translate("packet_dialog", "&Tick them"))
        self.tick_added.setToolTip(
            translate(
                "packet_dialog", "Tick the records added since you last chose this packet's records"
            )
        )
        note = QHBoxLayout(self.added_frame)
        note.setContentsMargins(8, 4, 4, 4)
        note.addWidget(self.added_note, 1)
        note.addWidget(self.tick_added, 0, Qt.AlignmentFlag.AlignVCenter)
        row = QHBoxLayout()
        for b in (self.up, self.down, self.all_button, self.none_button):
            row.addWidget(b)
        rl.addLayout(row)
        rl.addWidget(self.added_frame)

        self.prepared_for = QLineEdit()
        self.prepared_for.setPlaceholderText(
            translate("packet_dialog", "e.g. Prof. L. Okonjo, Northgate Cancer Centre")
        )
        self.paper = QComboBox()
        for key, label in packet.PAPERS.items():
            self.paper.addItem(title(label), key)
        self.paper.setCurrentIndex(self.paper.findData(packet.default_paper()))
        self.quality = QComboBox()
        for key, q in packet.QUALITIES.items():
            self.quality.addItem(title(q.label), key)
        self.quality.setCurrentIndex(self.quality.findData("standard"))
        self.protect = QCheckBox(translate("packet_dialog", "Protect with a password (AES-256)"))
        self.password = QLineEdit()
        self.password.setAccessibleName(translate("packet_dialog", "Packet password"))
        self.password.setEnabled(False)
        self.generate = QPushButton(translate("packet_dialog", "&Generate"))
        self.generate.setEnabled(False)
        self.copy_password = QPushButton(translate("packet_dialog", "Cop&y"))
        self.copy_password.setAccessibleName(translate("packet_dialog", "Copy the password"))
        self.copy_password.setEnabled(False)
        self.copy_password.clicked.connect(
            lambda: QApplication.clipboard().setText(self.password.text())
        )
        # The passwords of packets already sent, kept in the vault: the doctor's office
        # calls, and the password is here (issue 21).
        self.remembered = QLabel()
        self.remembered.setWordWrap(True)
        self.remembered.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.remembered.setAccessibleName(
            translate("packet_dialog", "Passwords of packets already saved")
        )
        self.password_hint = QLabel(
            translate(
                "packet_dialog",
                "Send the password another way (phone call or text message), never in the "
                "same email as the packet.",
            )
        )
        self.password_hint.setWordWrap(True)
        colours.mute(self.password_hint)
        options = QGroupBox(translate("packet_dialog", "Options"))
        of = QFormLayout(options)
        of.addRow(translate("packet_dialog", "For (the consultant)"), self.prepared_for)
        of.addRow(translate("packet_dialog", "&Paper"), self.paper)
        of.addRow(translate("packet_dialog", "Image &quality"), self.quality)
        of.addRow(self.protect)
        pw = QHBoxLayout()
        pw.addWidget(self.password, 1)
        pw.addWidget(self.generate)
        pw.addWidget(self.copy_password)
        of.addRow(translate("packet_dialog", "Password"), pw)
        of.addRow(self.password_hint)
        of.addRow(self.remembered)

        left = WrappingColumn()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(sections)
        ll.addWidget(rec_box, 1)
        ll.addWidget(options)

        # -- checks and preview -------------------------------------------------------------
        self.checks = QListWidget()
        self.checks.setAccessibleName(translate("packet_dialog", "Checks before export"))
        self.checks.setWordWrap(True)
        self.checks.setMaximumHeight(170)
        self._groups: list[Group] = []
        self._open_groups: set[str] = set()  # the groups shown opened onto their records
        self.recheck = QPushButton(translate("packet_dialog", "Check &again"))
        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName(translate("packet_dialog", "Packet preview"))
        self.preview_button = QPushButton(translate("packet_dialog", "Pre&view"))
        right = QWidget()
        rr = QVBoxLayout(right)
        rr.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(QLabel(_bold(translate("packet_dialog", "Checks before export"))), 1)
        head.addWidget(self.recheck)
        rr.addLayout(head)
        rr.addWidget(self.checks)
        head2 = QHBoxLayout()
        head2.addWidget(QLabel(_bold(translate("packet_dialog", "Preview"))), 1)
        head2.addWidget(self.preview_button)
        rr.addLayout(head2)
        rr.addWidget(self.view, 1)

        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([460, 700])
        self.error = error_label()
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.open_folder = QPushButton(translate("packet_dialog", "Open &folder"))
        self.open_folder.hide()
        self.print_button = QPushButton(translate("packet_dialog", "&Print…"))
        self.export_button = QPushButton(translate("packet_dialog", "&Export…"))
        self.export_button.setDefault(True)
        self.close_button = QPushButton(translate("packet_dialog", "Close"))
        self.reset_button = QPushButton(translate("packet_dialog", "&Reset to default"))
        self.reset_button.setToolTip(
            translate(
                "packet_dialog",
                "Forget this case's remembered choices: every record in clinical order "
                "(pathology, imaging, labs, letters, the rest; newest first), ticked as on the "
                "Records page; every section; the usual paper and quality",
            )
        )
        bottom = QHBoxLayout()
        bottom.addWidget(self.reset_button)
        bottom.addWidget(self.result_label, 1)
        bottom.addWidget(self.open_folder)
        bottom.addWidget(self.print_button)
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.close_button)
        # The choices scroll when the screen is short (at 1.5x on a 1440x900 screen they
        # need 711 of its 600 logical pixels); Export, Print and Close stay on screen.
        body = QScrollArea()
        body.setWidgetResizable(True)
        body.setFrameShape(QFrame.Shape.NoFrame)
        body.setWidget(split)
        layout = QVBoxLayout(self)
        layout.addWidget(body, 1)
        layout.addWidget(self.error)
        layout.addLayout(bottom)

        self.protect.toggled.connect(self._protect_toggled)
        self.generate.clicked.connect(lambda: self.password.setText(packet.generate_password()))
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(1))
        for keys, offset in (("Alt+Up", -1), ("Alt+Down", 1)):
            shortcut = QShortcut(QKeySequence(keys), self.records_view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)  # only with the list focused
            shortcut.activated.connect(lambda offset=offset: self._move(offset))
        self.all_button.clicked.connect(lambda: self._tick_all(True))
        self.none_button.clicked.connect(lambda: self._tick_all(False))
        self.model.dataChanged.connect(self._changed)
        self.model.rowsMoved.connect(self._changed)
        self.quality.currentIndexChanged.connect(self._changed)
        for signal in (
            self.model.dataChanged,
            self.model.rowsMoved,
            self.quality.currentIndexChanged,
            self.paper.currentIndexChanged,
            self.prepared_for.textChanged,
        ):
            signal.connect(self._remember)
        self.tick_added.clicked.connect(self._tick_added)
        self.reset_button.clicked.connect(self.reset_to_default)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(500)
        self._save_timer.timeout.connect(self.save_choices)
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(400)
        self._check_timer.timeout.connect(self.run_checks)
        self.recheck.clicked.connect(self.run_checks)
        self.checks.itemActivated.connect(self._show_finding)
        self.preview_button.clicked.connect(self.preview)
        self.export_button.clicked.connect(self.export)
        self._show_remembered()
        self.print_button.clicked.connect(self.print_packet)
        self.open_folder.clicked.connect(self._open_folder)
        self.close_button.clicked.connect(self.reject)
        self._apply(memory.get_choices(state.vault, case_id))
        self.run_checks()

    # -- remembered choices ---------------------------------------------------------------------
    def _apply(self, saved: memory.PacketChoices | None) -> None:
        """Show saved choices (or, with None, today's defaults) without remembering them."""
        arranged = memory.arrange(saved, records.list_records(self.state.vault, self.case_id))
        self._applying = True
        try:
            self.model.set_records(arranged.records)
            for row, r in enumerate(arranged.records):
                if (r.id in arranged.ticked) != (r.id in self.model.chosen):
                    on = (
                        Qt.CheckState.Checked
                        if r.id in arranged.ticked
                        else Qt.CheckState.Unchecked
                    )
                    self.model.setData(self.model.index(row), on, Qt.ItemDataRole.CheckStateRole)
            sections = saved.sections if saved else tuple(packet.SECTIONS)
            for key, box in self.section_boxes.items():
                box.setChecked(key in sections)
            consultant = saved.prepared_for if saved else None
            self.prepared_for.setText(
                _consultant(self.state, self.case_id) if consultant is None else consultant
            )
            paper = saved.paper if saved else packet.default_paper()
            self.paper.setCurrentIndex(max(0, self.paper.findData(paper)))
            quality = saved.quality if saved else "standard"
            self.quality.setCurrentIndex(max(0, self.quality.findData(quality)))
        finally:
            self._applying = False
        self._show_added([r.id for r in arranged.added])

    def _show_added(self, added: list[int]) -> None:
        self._added = added
        n = len(added)
        if n:
            self.added_note.setText(
                translate(
                    "packet_dialog",
                    "%n record(s) added since you last chose this packet's records are not "
                    "ticked (at the end of the list).",
                    None,
                    n,
                )
            )
        self.added_frame.setVisible(bool(n))

    def _tick_added(self) -> None:
        first = -1
        for row, r in enumerate(self.model.items):
            if r.id in self._added:
                first = row if first < 0 else first
                self.model.setData(
                    self.model.index(row), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
                )
        self._show_added([])
        # The button disappears: keep the keyboard on the records just ticked (focus would
        # otherwise jump to the next field with its text selected, one key from replaced).
        self.records_view.setFocus()
        if first >= 0:
            self.records_view.setCurrentIndex(self.model.index(first))
            self.records_view.scrollTo(self.model.index(first))

    def _remember(self, *_: object) -> None:
        if not self._applying:
            self._unsaved = True
            self._save_timer.start()

    def choices(self) -> memory.PacketChoices:
        """What is on screen, as it is remembered (never the password)."""
        consultant = self.prepared_for.text().strip()
        return memory.PacketChoices(
            order=tuple(r.id for r in self.model.items),
            ticked=frozenset(self.model.chosen),
            sections=tuple(k for k, box in self.section_boxes.items() if box.isChecked()),
            paper=str(self.paper.currentData()),
            quality=str(self.quality.currentData()),
            # Left as the care team has it: follow the care team when it changes.
            prepared_for=None
            if consultant == _consultant(self.state, self.case_id)
            else consultant,
        )

    def save_choices(self) -> None:
        """Save now if a change is waiting (the timer, and every way out of the dialog)."""
        self._save_timer.stop()
        if not self._unsaved or not self.state.is_unlocked:
            return
        try:
            memory.save_choices(self.state.vault, self.case_id, self.choices())
        except (LookupError, ValueError, session.VaultError) as exc:
            show_error(
                self.error,
                translate("packet_dialog", "Your choices could not be remembered. {reason}").format(
                    reason=exc
                ),
            )
            return
        self._unsaved = False

    def flush(self) -> None:
        self.save_choices()

    def reset_to_default(self) -> None:
        self._save_timer.stop()
        self._unsaved = False
        try:
            memory.reset_choices(self.state.vault, self.case_id)
        except (LookupError, session.VaultError) as exc:
            show_error(self.error, str(exc))
            return
        self._apply(None)
        self._changed()
        self.result_label.setText(translate("packet_dialog", "Back to the defaults."))

    def done(self, result: int) -> None:
        """Every way out (Close, Escape, the window's close button, lock) ends here."""
        self.save_choices()
        self._check_timer.stop()  # a closed builder checks nothing (its records may go)
        super().done(result)

    # -- choices --------------------------------------------------------------------------------
    def spec(self) -> packet.PacketSpec:
        prepared_for = self.prepared_for.text().strip()
        return packet.PacketSpec(
            case_id=self.case_id,
            sections=tuple(k for k, box in self.section_boxes.items() if box.isChecked()),
            record_ids=self.model.chosen_ids(),
            paper=str(self.paper.currentData()),
            quality=str(self.quality.currentData()),
            password=self.password.text().strip() if self.protect.isChecked() else "",
            prepared_for=prepared_for,
            consultant_id=memory.consultant_id(
                memory.care_team(self.state.vault, self.case_id), prepared_for
            ),
            text_layer=self.state.settings.searchable_photos,
        )

    def _show_remembered(self) -> None:
        sent = packet.sent_passwords(self.state.vault, self.case_id)[:3]
        saved = "; ".join(
            translate("packet_dialog", "{file} ({date}): {password}").format(
                file=p.file_name,
                date=dates.format_date(date.fromisoformat(p.saved_on)),
                password=p.password,
            )
            for p in sent
        )
        self.remembered.setText(
            translate("packet_dialog", "Passwords of packets already saved: {passwords}").format(
                passwords=saved
            )
            if sent
            else ""
        )
        self.remembered.setVisible(bool(sent))

    def _protect_toggled(self, on: bool) -> None:
        self.password.setEnabled(on)
        self.generate.setEnabled(on)
        self.copy_password.setEnabled(on)
        if on and not self.password.text():
            self.password.setText(packet.generate_password())

    def _changed(self, *_: object) -> None:
        """Checks read every chosen record's text: run them once the ticking stops."""
        self._check_timer.start()

    def _move(self, offset: int) -> None:
        row = self.records_view.currentIndex().row()
        if row < 0:
            return
        new = self.model.move(row, offset)
        self.records_view.setCurrentIndex(self.model.index(new))

    def _tick_all(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        for row in range(self.model.rowCount()):
            self.model.setData(self.model.index(row), state, Qt.ItemDataRole.CheckStateRole)

    def run_checks(self) -> None:
        if not self.state.is_unlocked:
            return  # the debounce timer may fire after the vault was locked
        self._groups = grouped(run_preflight(self.state.vault, self.spec()))
        self._show_checks()

    def _show_checks(self, current: str | None = None) -> None:
        """One line per group; an opened group is followed by its findings, indented."""
        self.checks.clear()
        if not self._groups:
            self.checks.addItem(translate("packet_dialog", "Nothing to fix: the packet is ready."))
        for group in self._groups:
            mark = "⚠ " if group.serious else "• "
            key = group.findings[0].group
            several = len(group.findings) > 1
            if not several:
                self._add_check(mark + group.text, group.serious, group.findings[0].record_id)
                continue
            opened = key in self._open_groups
            count = len(group.findings)
            entry = self._add_check(
                f"{'▾' if opened else '▸'} {mark}{group.text}", group.serious, None
            )
            entry.setData(GROUP_ROLE, key)
            entry.setToolTip(
                translate(
                    "packet_dialog", "Press Enter or double-click to hide the %n", None, count
                )
                if opened
                else translate(
                    "packet_dialog", "Press Enter or double-click to show the %n", None, count
                )
            )
            if key == current:
                self.checks.setCurrentItem(entry)
            if opened:
                for f in group.findings:
                    self._add_check("        " + f.text, f.serious, f.record_id)

    def _add_check(self, text: str, serious: bool, record_id: int | None) -> QListWidgetItem:
        entry = QListWidgetItem(text)
        if serious:
            entry.setForeground(Qt.GlobalColor.darkRed)
        entry.setData(Qt.ItemDataRole.UserRole, record_id)
        self.checks.addItem(entry)
        return entry

    def _show_finding(self, entry: QListWidgetItem) -> None:
        """Activating a group opens or closes it; activating a finding about a record
        selects that record in the list."""
        key = entry.data(GROUP_ROLE)
        if key:
            self._open_groups ^= {key}
            self._show_checks(current=key)
            return
        rid = entry.data(Qt.ItemDataRole.UserRole)
        for row, r in enumerate(self.model.items):
            if r.id == rid:
                self.records_view.setCurrentIndex(self.model.index(row))
                self.records_view.setFocus()

    # -- building ---------------------------------------------------------------------------------
    def _validate(self) -> packet.PacketSpec | None:
        spec = self.spec()
        if self.protect.isChecked() and len(spec.password) < 8:
            show_error(
                self.error,
                translate(
                    "packet_dialog", "Use a password of at least 8 characters, or Generate one."
                ),
            )
            self.password.setFocus()
            return None
        show_error(self.error, "")
        return spec

    def preview(self) -> None:
        spec = self._validate()
        if spec is None:
            return
        spec.password = ""  # the preview stays on this computer, in the private temp folder
        path = viewer_temp.private_path(f"packet-preview-{self.case_id}.pdf")
        self.runner.run(
            packet.build_packet,  # with its own connection: a job never gets the window's
            spec,
            path,
            vault=self.state.vault,
            title=translate("packet_dialog", "Building the preview"),
            on_done=self._preview_ready,
            on_error=self._failed,
            parent_widget=self,
        )

    def _preview_ready(self, result: packet.PacketResult) -> None:
        self.preview_path = result.path
        self.document.close()
        self.document.load(str(result.path))
        self.view.pageNavigator().jump(0, self.view.pageNavigator().currentLocation())
        pages = result.pages  # a plain name: lupdate reads only those as the number
        self.result_label.setText(
            translate("packet_dialog", "Preview: %n page(s).", None, pages) + _rendered_note(result)
        )

    def export(self) -> None:
        self.save_choices()
        spec = self._validate()
        if spec is None:
            return
        name = cases.get_case(self.state.vault, self.case_id).patient_name
        file_name = translate("packet_dialog", "Second opinion packet - {name}.pdf").format(
            name=name
        )
        chosen = dialogs.save_file(
            self,
            translate("packet_dialog", "Export the packet"),
            str(Path.home() / file_name),
            translate("packet_dialog", "PDF files (*.pdf)"),
        )
        if not chosen:
            return
        out = Path(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")
        self.runner.run(
            packet.build_packet,
            spec,
            out,
            vault=self.state.vault,
            title=translate("packet_dialog", "Exporting the packet"),
            on_done=self._exported,
            on_error=self._failed,
            parent_widget=self,
        )

    def _exported(self, result: packet.PacketResult) -> None:
        self.last_result = result
        if self.protect.isChecked() and self.state.is_unlocked:
            packet.remember_password(
                self.state.vault, self.case_id, result.path.name, self.password.text().strip()
            )
            self._show_remembered()
        size = result.size / 1048576
        pages = result.pages  # a plain name: lupdate reads only those as the number
        said = translate(
            "packet_dialog", "Saved {file}: %n page(s), {size} MB.", None, pages
        ).format(file=result.path.name, size=QLocale().toString(size, "f", 1))
        if self.protect.isChecked():
            said += " " + translate("packet_dialog", "Protected with the password shown above.")
        self.result_label.setText(said + _rendered_note(result))
        self.open_folder.show()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            show_error(self.error, translate("packet_dialog", "Cancelled. Nothing was written."))
        elif isinstance(exc, packet.PacketError | LookupError | session.VaultError):
            show_error(self.error, str(exc))  # a sentence: "The disk is full..."
        else:
            show_error(
                self.error,
                translate("packet_dialog", "The packet could not be made. Nothing was written."),
            )

    def _open_folder(self) -> None:
        if self.last_result is not None:
            from secondop_desktop.ui.common.open_file import open_or_offer_copy

            open_or_offer_copy(
                self, self.last_result.path.parent, translate("packet_dialog", "Open folder")
            )

    def print_packet(self) -> None:
        from secondop_desktop.ui.packet.packet_print import print_packet

        self.save_choices()
        spec = self._validate()
        if spec is not None:
            spec.password = ""
            print_packet(self, self.state, self.runner, spec)


def _rendered_note(result: packet.PacketResult) -> str:
    """Say which records went in as pictures of their pages (their PDF could not be copied
    as it is: text in them cannot be searched or copied by the doctor)."""
    if not result.rendered:
        return ""
    names = ", ".join(f"“{t}”" for t in result.rendered)
    return " " + translate(
        "packet_dialog",
        "{names} could not be copied as PDF and went in as pictures of its pages (untick it "
        "to leave it out).",
    ).format(names=names)


def _bold(text: str) -> str:
    return f"<b>{escape(text)}</b>"
