"""The main window: a thin shell that wires pages, menus, locking and auto-lock together."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
    QShowEvent,
    QWindow,
)
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWhatsThis,
    QWidget,
)

from secondop_desktop import APP_NAME, __version__
from secondop_desktop.i18n import translate
from secondop_desktop.ui.common import tab_keys
from secondop_desktop.ui.common.state import AppState
from secondop_desktop.ui.common.tasks import TaskRunner
from secondop_desktop.ui.common.widgets import fitted_size
from secondop_desktop.ui.shell.autolock import AutoLock
from secondop_desktop.ui.vault.unlock_page import UnlockPage
from secondop_desktop.vault import session

if TYPE_CHECKING:
    from secondop_desktop import cases
    from secondop_desktop.core.idle import Clock
    from secondop_desktop.ui.cases.case_list import CaseListPanel
    from secondop_desktop.ui.cases.case_page import CasePage
    from secondop_desktop.ui.records.ocr_reader import OcrReader
    from secondop_desktop.ui.shell.guide_dialog import GuideDialog
    from secondop_desktop.ui.vault.welcome_page import WelcomePage

# Start-up shows the unlock page only: the first-run wizard, the workspace (case list and
# case page) and the dialogs are imported and built when first needed (issue 17).
WELCOME, UNLOCK, WORKSPACE = range(3)
UNLOCK_CODE_DELAY_MS = 200  # after the window shows: no passphrase is typed sooner


def _page_check_job(vault: session.Vault, *, cancel: object, progress: object) -> list[str]:
    """On the pool, with its own connection: the whole-file page check."""
    return session.page_problems(vault)


WORKERS_DELAY_MS = 500  # after unlock: see _on_unlocked


def _prepare_workers() -> None:
    from secondop_desktop.records import sandbox

    sandbox.prepare()


class MainWindow(QMainWindow):
    def __init__(
        self,
        state: AppState,
        *,
        runner: TaskRunner | None = None,
        clock: Clock | None = None,
        vault: session.Vault | None = None,
        demo_passphrase: str | None = None,
        demo_packet: Path | None = None,
    ) -> None:
        super().__init__()
        self.state = state
        # Scrolling a form never turns the boxes it passes: the guard is installed with the
        # first screen or dialog that has such boxes (see _guard_wheel), not at start-up.
        self._wheel_guarded = False
        self.guide: GuideDialog | None = None  # Help > User Guide, once opened
        self._shown_once = False
        gui = QGuiApplication.instance()
        if isinstance(gui, QGuiApplication):
            gui.focusWindowChanged.connect(self._focus_window_changed)
        # The vault's single-instance lock (see ui.shell.app.run): only held, never used.
        self.instance_lock: object | None = None
        self.runner = runner or TaskRunner(self)
        self.setWindowTitle(APP_NAME)
        self.resize(fitted_size(1280, 800))

        self._welcome: WelcomePage | None = None  # built only on first run (probes the keychain)
        self._case_list: CaseListPanel | None = None  # the workspace: built at first unlock
        self._case_page: CasePage | None = None
        self.unlock_page = UnlockPage(state, self.runner)
        self.pages = QStackedWidget()
        for page in (QWidget(), self.unlock_page, QWidget()):  # placeholders at 0 and 2
            self.pages.addWidget(page)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        if state.demo_mode:
            href = (
                bytes(QUrl.fromLocalFile(str(demo_packet)).toEncoded().data()).decode()
                if demo_packet
                else ""
            )
            link = (
                translate(
                    "main_window",
                    '  <a href="{href}">Open the ready packet</a>'
                    " (File &gt; Prepare Packet builds your own).",
                ).format(href=href)
                if demo_packet is not None
                else ""
            )
            said = (
                translate("main_window", "  Passphrase: {passphrase}").format(
                    passphrase=demo_passphrase
                )
                if demo_passphrase
                else ""
            )
            banner = QLabel(
                translate(
                    "main_window",
                    "Demo: every person here is fictional, and this vault is deleted when "
                    "you quit.",
                )
                + said
                + link
            )
            banner.setTextFormat(Qt.TextFormat.RichText if link else Qt.TextFormat.PlainText)
            if demo_packet is not None:  # opened by us: a computer with no PDF viewer is told
                packet_file = demo_packet
                banner.linkActivated.connect(lambda _href: self._open_demo_packet(packet_file))
            self.demo_banner = banner
            banner.setAccessibleName(translate("main_window", "Demo mode"))
            banner.setStyleSheet("background:#fff4ce; color:#5c4400; padding:6px 12px;")
            banner.setWordWrap(True)
            layout.addWidget(banner)
        from secondop_desktop.paths import synced_warning

        self.synced_banner = QLabel(synced_warning(state.data_dir))
        self.synced_banner.setAccessibleName(
            translate("main_window", "Warning about the vault folder")
        )
        self.synced_banner.setStyleSheet("background:#fde7e9; color:#8c1d18; padding:6px 12px;")
        self.synced_banner.setWordWrap(True)
        self.synced_banner.setVisible(bool(self.synced_banner.text()))
        layout.addWidget(self.synced_banner)
        layout.addWidget(self.pages)
        self.setCentralWidget(central)
        self.statusBar()

        self._build_menus()
        tab_keys.install(self)  # Ctrl+Page Down / Up: the next / previous tab
        self.autolock = AutoLock(lambda: self.state.settings.auto_lock_minutes, clock, parent=self)
        self.autolock.idle_expired.connect(self.lock)
        # Checked every five minutes; a backup is made when the last is an hour old and
        # something changed since.
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(5 * 60 * 1000)
        self.backup_timer.timeout.connect(lambda: self.state.backup_in_background(self.runner))

        self.unlock_page.unlocked.connect(self._on_unlocked)
        self.ocr_reader: OcrReader | None = None  # built with the workspace, at first unlock
        self.unlock_page.restore_requested.connect(self._restore_offered)
        self.setAcceptDrops(True)
        state.changed.connect(self._on_changed)

        if vault is not None:
            self._on_unlocked(vault)
        elif not state.has_vault():
            self.pages.setCurrentIndex(self.pages.indexOf(self.welcome))
            self._update_actions()
        else:
            self._show_unlock()
            if state.settings.remember_on_this_computer:
                self.unlock_page.try_keychain()

    @property
    def welcome(self) -> WelcomePage:
        """The first-run wizard, built on first use so later start-ups skip its cost."""
        if self._welcome is None:
            from secondop_desktop.ui.vault.welcome_page import WelcomePage

            self._guard_wheel()
            self._welcome = WelcomePage(self.state, self.runner)
            self._welcome.completed.connect(self._on_unlocked)
            placeholder = self.pages.widget(WELCOME)
            assert placeholder is not None, "__init__ puts a placeholder at WELCOME"
            self.pages.removeWidget(placeholder)
            placeholder.deleteLater()
            self.pages.insertWidget(WELCOME, self._welcome)
        return self._welcome

    @property
    def case_list(self) -> CaseListPanel:
        if self._case_list is None:
            self._build_workspace()
        assert self._case_list is not None
        return self._case_list

    @property
    def case_page(self) -> CasePage:
        if self._case_page is None:
            self._build_workspace()
        assert self._case_page is not None
        return self._case_page

    def _build_workspace(self) -> None:
        """The case list beside the case page, built at the first unlock (or first use):
        start-up shows only the unlock page."""
        from secondop_desktop.ui.cases.case_list import CaseListPanel
        from secondop_desktop.ui.cases.case_page import CasePage

        self._guard_wheel()
        from secondop_desktop.ui.records.ocr_reader import OcrReader

        self.ocr_reader = OcrReader(self.state, self.statusBar(), self)
        case_list = self._case_list = CaseListPanel()
        case_page = self._case_page = CasePage(self.state, self.runner)
        workspace = QSplitter()
        workspace.addWidget(case_list)
        workspace.addWidget(case_page)
        workspace.setStretchFactor(1, 1)
        # The case list about 32 characters wide (250 pixels at the usual text size; a
        # fixed 250 cut the patients' names at 16 pt), the case page the rest.
        listed = max(250, case_list.fontMetrics().averageCharWidth() * 32)
        workspace.setSizes([listed, max(400, self.width() - listed)])
        placeholder = self.pages.widget(WORKSPACE)
        assert placeholder is not None, "__init__ puts a placeholder at WORKSPACE"
        current = self.pages.currentIndex()
        self.pages.removeWidget(placeholder)
        placeholder.deleteLater()
        self.pages.insertWidget(WORKSPACE, workspace)
        self.pages.setCurrentIndex(current)
        case_list.archived.setChecked(self.show_archived_action.isChecked())
        case_list.case_selected.connect(self._on_case_selected)
        case_list.new_case_requested.connect(self.new_case)
        case_list.show_archived_changed.connect(self._set_show_archived)
        case_page.edit_requested.connect(self.edit_case)
        case_page.packet_requested.connect(self.prepare_packet)
        case_page.new_case_requested.connect(self.new_case)
        case_page.case_switch_requested.connect(self._switch_case)

    def _guard_wheel(self) -> None:
        """Install the application-wide wheel guard (once). Not at start-up: a Python event
        filter on the application sees every event, and the first ones of Qt's internal
        objects cost 60-80 ms of type lookups before the unlock page appeared; the unlock
        page has no box the wheel could turn."""
        if not self._wheel_guarded:
            from secondop_desktop.ui.common import wheel_guard

            self._wheel_guarded = True
            wheel_guard.install(self)

    def _focus_window_changed(self, window: QWindow | None) -> None:
        """Any dialog (settings, file dialogs, ...) gets the guard when it first takes focus."""
        if window is not None and window is not self.windowHandle():
            self._guard_wheel()

    # -- menus ----------------------------------------------------------------------------
    def _action(
        self,
        text: str,
        slot: Callable[[], object] | Callable[[bool], object],
        shortcut: str | QKeySequence.StandardKey | None = None,
        *,
        needs_vault: bool = True,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        action.setProperty("needs_vault", needs_vault)
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(translate("main_window", "&File"))
        self.new_case_action = self._action(
            translate("main_window", "&New Case…"), self.new_case, QKeySequence.StandardKey.New
        )
        self.lock_action = self._action(translate("main_window", "&Lock"), self.lock, "Ctrl+L")
        self.passphrase_action = self._action(
            translate("main_window", "Change &Passphrase…"), self.change_passphrase
        )
        self.settings_action = self._action(
            translate("main_window", "&Settings…"),
            self.open_settings,
            QKeySequence.StandardKey.Preferences,
            needs_vault=False,
        )
        if self.settings_action.shortcut().isEmpty():
            self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        quit_action = self._action(
            translate("main_window", "&Quit"),
            self.close,
            QKeySequence.StandardKey.Quit,
            needs_vault=False,
        )
        if quit_action.shortcut().isEmpty():
            quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.import_action = self._action(
            translate("main_window", "&Import Records…"), self._import_records, "Ctrl+I"
        )
        self.import_folder_action = self._action(
            translate("main_window", "Import &Folder…"), self._import_folder
        )
        self.review_action = self._action(
            translate("main_window", "Review Su&ggested Facts…"), self._review_suggestions
        )
        self.packet_action = self._action(
            translate("main_window", "Prepare &Packet…"), self.prepare_packet, "Ctrl+Shift+E"
        )
        self.export_case_action = self._action(
            translate("main_window", "E&xport Case…"), self.export_case
        )
        self.import_case_action = self._action(
            translate("main_window", "Import &Case…"), self.import_case
        )
        self.backup_action = self._action(translate("main_window", "&Back Up To…"), self.back_up_to)
        self.restore_action = self._action(
            translate("main_window", "&Restore From Backup…"), self.restore_from, needs_vault=False
        )
        for a in (
            self.new_case_action,
            self.import_action,
            self.import_folder_action,
            self.review_action,
            None,
            self.packet_action,
            None,
            self.export_case_action,
            self.import_case_action,
            None,
            self.backup_action,
            self.restore_action,
            None,
            self.lock_action,
            self.passphrase_action,
            self.settings_action,
            None,
            quit_action,
        ):
            file_menu.addSeparator() if a is None else file_menu.addAction(a)

        edit_menu = bar.addMenu(translate("main_window", "&Edit"))
        self.edit_case_action = self._action(
            translate("main_window", "&Edit Case Details…"), self.edit_case, "Ctrl+E"
        )
        self.archive_action = self._action(
            translate("main_window", "&Archive Case"), self.toggle_archive
        )
        self.delete_action = self._action(
            translate("main_window", "&Delete Case…"), self.delete_case, "Ctrl+Shift+Del"
        )
        for a in (self.edit_case_action, self.archive_action, None, self.delete_action):
            edit_menu.addSeparator() if a is None else edit_menu.addAction(a)
        from secondop_desktop.ui.shell import edit_actions

        self.text_actions = edit_actions.add_to(edit_menu, self)

        view_menu = bar.addMenu(translate("main_window", "&View"))
        self.show_archived_action = self._action(
            translate("main_window", "Show &Archived Cases"),
            self._set_show_archived,
            "Ctrl+Shift+A",
        )
        self.show_archived_action.setCheckable(True)
        view_menu.addAction(self.show_archived_action)
        view_menu.addSeparator()
        view_menu.addAction(
            self._action(translate("main_window", "Go to &Case List"), self._focus_list, "Ctrl+1")
        )
        view_menu.addAction(
            self._action(translate("main_window", "Go to Case &Page"), self._focus_page, "Ctrl+2")
        )
        view_menu.addAction(
            self._action(
                translate("main_window", "&Records"),
                lambda: self._show_section("records"),
                "Ctrl+3",
            )
        )
        view_menu.addAction(
            self._action(
                translate("main_window", "Check&list"),
                lambda: self._show_section("checklist"),
                "Ctrl+4",
            )
        )
        view_menu.addAction(
            self._action(
                translate("main_window", "&Timeline"),
                lambda: self._show_section("timeline"),
                "Ctrl+5",
            )
        )
        view_menu.addAction(
            self._action(
                translate("main_window", "Co&mpare Opinions"),
                lambda: self._show_section("compare"),
                "Ctrl+6",
            )
        )
        self.search_action = self._action(
            translate("main_window", "&Search Records"),
            self._focus_search,
            QKeySequence.StandardKey.Find,
        )
        view_menu.addAction(self.search_action)

        help_menu = bar.addMenu(translate("main_window", "&Help"))
        self.guide_action = self._action(
            translate("main_window", "&User Guide"),
            self.show_guide,
            QKeySequence.StandardKey.HelpContents,
            needs_vault=False,
        )
        help_menu.addAction(self.guide_action)
        self.shortcuts_action = self._action(
            translate("main_window", "&Keyboard Shortcuts"),
            self.show_shortcuts,
            "Ctrl+/",
            needs_vault=False,
        )
        help_menu.addAction(self.shortcuts_action)
        whats_this = QWhatsThis.createAction(self)  # Shift+F1, then click a field
        whats_this.setText(translate("main_window", "&What's This?"))
        help_menu.addAction(whats_this)
        help_menu.addAction(
            self._action(translate("main_window", "&About SecondOp"), self.about, needs_vault=False)
        )

    def _update_actions(self) -> None:
        unlocked = self.state.is_unlocked
        has_case = unlocked and self.case_page.case is not None
        for action in self.actions():
            if action.property("needs_vault"):
                action.setEnabled(unlocked)
        for action in (
            self.edit_case_action,
            self.archive_action,
            self.delete_action,
            self.import_action,
            self.import_folder_action,
            self.review_action,
            self.export_case_action,
        ):
            action.setEnabled(has_case)
        if has_case and self.case_page.case is not None:
            self.archive_action.setText(
                translate("main_window", "Un&archive Case")
                if self.case_page.case.archived
                else translate("main_window", "&Archive Case")
            )

    # -- lock / unlock ------------------------------------------------------------------------
    def _show_unlock(self, message: str = "") -> None:
        self.unlock_page.prepare(message)
        self.pages.setCurrentIndex(UNLOCK)
        self._update_actions()

    def _on_unlocked(self, vault: session.Vault) -> None:
        if self._case_page is None:
            self._build_workspace()
        self.state.set_unlocked(vault)
        self.pages.setCurrentIndex(WORKSPACE)
        try:
            self._reload_cases(self.state.settings.last_case_id)
        except session.VaultDamaged:
            self.damage_found()  # the case list itself sits on a damaged page
            return
        self.autolock.start()
        self.backup_timer.start()
        self.case_list.view.setFocus()
        self._update_actions()
        self._refresh_recovery_banner()
        self._check_pages()
        if self.ocr_reader is not None:
            self.ocr_reader.start()  # pages left unread at the last lock or quit
        # The sandbox's fork server imports the file readers once, in its own process,
        # after the unlock's key derivation has both cores and the workspace has painted.
        QTimer.singleShot(WORKERS_DELAY_MS, _prepare_workers)

    def _check_pages(self) -> None:
        """Every page of the vault checked in the background, after unlock rather than in
        front of it: reading a year of photos took seconds at each unlock. Until it ends,
        SQLCipher checks each page's HMAC as it is read; damage found ends the session
        with the unlock page's offer to restore the latest good backup."""
        self.runner.run(
            _page_check_job,
            vault=self.state.vault,
            title=translate("main_window", "Checking the vault"),
            on_done=self._pages_checked,
            on_error=lambda _exc: None,  # a locked or closed vault: the next unlock checks
            quiet=True,
        )

    def _pages_checked(self, problems: list[str]) -> None:
        if problems:
            self.damage_found()

    def damage_found(self) -> None:
        """A damaged page (found by the background check, or read before it ended): lock,
        and the unlock page offers the latest good backup and saving what still reads."""
        if not self.state.is_unlocked:
            return
        self.lock()
        self.unlock_page.show_problem(
            session.VaultDamaged(
                translate(
                    "main_window",
                    "The vault is damaged: some of its pages fail their integrity check. "
                    "Restore the latest good backup, or save what can still be read.",
                )
            )
        )

    def _refresh_recovery_banner(self) -> None:
        """After every unlock: say so while the vault's recovery key is unconfirmed."""
        from secondop_desktop.ui.vault.recovery_confirm import RecoveryBanner

        banner = getattr(self, "recovery_banner", None)
        if banner is None:
            banner = self.recovery_banner = RecoveryBanner(self.state)
            central = self.centralWidget()
            layout = central.layout() if central is not None else None
            assert isinstance(layout, QVBoxLayout)
            layout.insertWidget(layout.indexOf(self.pages), banner)
        banner.refresh()

    def lock(self) -> None:
        """Close dialogs, clear every view, close the vault, show the unlock page."""
        if not self.state.is_unlocked:
            return
        from secondop_desktop.records import viewer_temp
        from secondop_desktop.ui.common import flush

        self.case_page.flush()  # what was typed a moment ago, before anything closes
        flush.flush_windows()  # an open edit dialog's changes, before it is closed
        for widget in QApplication.topLevelWidgets():
            if widget is not self and widget.isVisible() and widget.isModal():
                widget.close()
        self.autolock.stop()
        self.backup_timer.stop()
        if self.ocr_reader is not None:
            self.ocr_reader.stop()  # the page being read is read again at the next unlock
        self.runner.cancel_all()
        self.runner.wait(10_000)  # an import finishes its current record, then stops
        self.case_list.model.clear()
        self.case_page.clear()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # the backup on lock
        try:
            self.state.lock()
        finally:
            QApplication.restoreOverrideCursor()
        viewer_temp.wipe()
        self._show_unlock()
        self.statusBar().showMessage(translate("main_window", "Locked."), 4000)

    # -- cases ------------------------------------------------------------------------------
    def _reload_cases(self, select_id: int | None = None) -> None:
        from secondop_desktop import cases

        found = cases.list_cases(
            self.state.vault, include_archived=self.show_archived_action.isChecked()
        )
        self.case_list.set_cases(found, select_id)

    def _on_changed(self, kind: str, item_id: int) -> None:
        if kind == "case" and self.state.is_unlocked:
            self._reload_cases(item_id or None)

    def _on_case_selected(self, case: cases.Case | None) -> None:
        self.case_page.show_case(case)
        if case is not None and case.id != self.state.settings.last_case_id:
            self.state.settings.last_case_id = case.id
        self._update_actions()

    def _set_show_archived(self, on: bool) -> None:
        for control in (self.show_archived_action, self.case_list.archived):
            control.blockSignals(True)
            control.setChecked(on)
            control.blockSignals(False)
        if self.state.is_unlocked:
            current = self.case_page.case
            self._reload_cases(current.id if current else None)

    def new_case(self) -> None:
        from secondop_desktop.ui.cases.case_dialog import CaseDialog

        if self.state.is_unlocked and CaseDialog(self.state, parent=self).exec():
            self._show_overview()  # a new case starts on its home page, not the last tab

    def export_case(self) -> None:
        """File > Export Case…: the selected case as an encrypted case file."""
        from secondop_desktop.ui.cases import case_transfer

        self.case_page.flush()  # what was just typed travels too
        if self.case_page.case is not None:
            case_transfer.export_case(self, self.state, self.runner, self.case_page.case)

    def import_case(self) -> None:
        """File > Import Case…: a case file becomes a new case here."""
        from secondop_desktop.ui.cases import case_transfer

        self.case_page.flush()  # nothing typed waits on the vault while the import writes
        case_transfer.import_case(self, self.state, self.runner)

    def back_up_to(self) -> None:
        from secondop_desktop.ui.vault import backup_actions

        backup_actions.back_up_to(self, self.state, self.runner)

    def _restore_offered(self) -> None:
        """The unlock page found damage and offered its latest good backup."""
        from secondop_desktop.ui.vault import backup_actions

        if self.unlock_page.latest_backup is not None:
            backup_actions.restore_from(
                self,
                self.state,
                lock=self.lock,
                restored=self.unlock_page.after_restore,
                source=self.unlock_page.latest_backup,
            )

    def restore_from(self) -> None:
        from secondop_desktop.ui.vault import backup_actions

        backup_actions.restore_from(
            self, self.state, lock=self.lock, restored=self.unlock_page.after_restore
        )

    def prepare_packet(self) -> None:
        """The packet builder for the case on screen (export, preview, print)."""
        case = self.case_page.case
        if case is None or case.id is None or not self.state.is_unlocked:
            return
        from secondop_desktop.ui.packet.packet_dialog import PacketDialog

        self.packet_dialog = PacketDialog(self.state, self.runner, case.id, self)
        self.packet_dialog.exec()

    def edit_case(self) -> None:
        from secondop_desktop.ui.cases.case_dialog import CaseDialog

        if self.state.is_unlocked and self.case_page.case is not None:
            CaseDialog(self.state, self.case_page.case, parent=self).exec()

    def toggle_archive(self) -> None:
        case = self.case_page.case
        if case is None or case.id is None:
            return
        from secondop_desktop import cases

        updated = cases.set_archived(self.state.vault, case.id, not case.archived)
        done = (
            translate("main_window", "Case archived.")
            if updated.archived
            else translate("main_window", "Case restored.")
        )
        self.statusBar().showMessage(done, 4000)
        self.state.changed.emit("case", case.id)

    def delete_case(self) -> None:
        case = self.case_page.case
        if case is None or case.id is None:
            return
        text = translate(
            "main_window",
            "Delete the case “{title}” for {patient}?\n\n"
            "Everything in it is removed from the vault. This cannot be undone; "
            "archive it instead if you might need it again.",
        ).format(title=case.display_title, patient=case.patient_name)
        from secondop_desktop import cases
        from secondop_desktop.ui.common import dialogs

        delete = translate("main_window", "Delete case")
        if not dialogs.confirm(self, delete, text, delete):
            return
        cases.delete_case(self.state.vault, case.id)
        self.statusBar().showMessage(translate("main_window", "Case deleted."), 4000)
        self.state.changed.emit("case", 0)

    # -- other actions ------------------------------------------------------------------------
    def change_passphrase(self) -> None:
        if not self.state.is_unlocked:
            return
        self.case_page.flush()  # a re-encryption closes the connection for a while
        from secondop_desktop.ui.vault.passphrase_dialog import ChangePassphraseDialog

        dialog = ChangePassphraseDialog(self.state, self.runner, self)
        dialog.pausing.connect(self._pause_for_reencrypt)
        if not dialog.exec():
            return
        if dialog.made_recovery is None:
            self.statusBar().showMessage(translate("main_window", "Passphrase changed."), 4000)
            return
        self.statusBar().showMessage(
            translate("main_window", "Passphrase changed and the vault re-encrypted."), 6000
        )
        from secondop_desktop.ui.vault.recovery_confirm import NewRecoveryKeyDialog

        self._refresh_recovery_banner()
        shown = NewRecoveryKeyDialog(self.state, self, made=dialog.made_recovery)
        shown.finished.connect(lambda _result: self._refresh_recovery_banner())
        dialog.made_recovery = None
        self.recovery_banner.dialog = shown  # closed at lock: the key must not outlive it
        shown.open()

    def _pause_for_reencrypt(self, pausing: bool) -> None:
        """No auto-lock and no background backup while the vault's file is being replaced."""
        if pausing:
            self.autolock.stop()
            self.backup_timer.stop()
        else:
            self.autolock.start()
            self.backup_timer.start()

    def open_settings(self) -> None:
        from secondop_desktop.ui.shell.settings_dialog import SettingsDialog

        if SettingsDialog(self.state, self).exec():
            self.autolock.check()

    def show_guide(self) -> None:
        """The guide, open at the topic of what is on screen (F1)."""
        from secondop_desktop.ui.shell.guide_dialog import GuideDialog

        topic = "start"
        if self.pages.currentIndex() == WORKSPACE and self.case_page.case is not None:
            topic = self.case_page.current_place()
        guide = self.guide
        if guide is not None and guide.isVisible():
            guide.show_topic(topic)  # one guide, beside the window while the user works
        else:
            self.guide = guide = GuideDialog(topic, self)
            guide.show()
        guide.raise_()
        guide.activateWindow()

    def show_shortcuts(self) -> None:
        from secondop_desktop.ui.shell.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self.menuBar(), self).exec()

    def about(self) -> None:
        QMessageBox.about(
            self,
            translate("main_window", "About {app}").format(app=APP_NAME),
            f"<h3>{APP_NAME} {__version__}</h3>"
            + translate(
                "main_window",
                "<p>An offline, encrypted organizer for getting a second medical opinion.</p>"
                "<p>Your vault is kept in:<br/><tt>{folder}</tt></p>"
                "<p>No network, no account, no server.</p>",
            ).format(folder=self.state.data_dir),
        )

    def _focus_list(self) -> None:
        if self.pages.currentIndex() == WORKSPACE:
            self.case_list.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _open_demo_packet(self, path: Path) -> None:
        from secondop_desktop.ui.common.open_file import open_or_offer_copy

        open_or_offer_copy(
            self,
            path,
            translate("main_window", "Open the ready packet"),
            suggested_name=translate("main_window", "Demo packet.pdf"),
        )

    def _focus_page(self) -> None:
        """Ctrl+2: the case's home page, its Overview, whatever tab was open."""
        if self.pages.currentIndex() == WORKSPACE:
            self._show_overview()
            self.case_page.sections.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _show_overview(self) -> None:
        if self.pages.currentIndex() == WORKSPACE and self.case_page.case is not None:
            self.case_page.sections.setCurrentWidget(self.case_page.overview)

    def _import_records(self) -> None:
        if self.case_page.case is not None:
            self._show_section("records")
            self.case_page.records.import_files()

    def _import_folder(self) -> None:
        if self.case_page.case is not None:
            self._show_section("records")
            self.case_page.records.import_folder()

    def _review_suggestions(self) -> None:
        """File > Review Suggested Facts…: what imported FHIR and C-CDA documents offer."""
        if self.pages.currentIndex() == WORKSPACE and self.case_page.case is not None:
            self.case_page.records.open_suggestions()

    def _show_section(self, name: str) -> None:
        if self.pages.currentIndex() == WORKSPACE and self.case_page.case is not None:
            widget = getattr(self.case_page.facts, name)
            self.case_page.sections.setCurrentWidget(widget)
            widget.setFocus()

    def _focus_search(self) -> None:
        if self.pages.currentIndex() == WORKSPACE and self.case_page.case is not None:
            self.case_page.sections.setCurrentWidget(self.case_page.search)
            self.case_page.search.query.setFocus()
            self.case_page.search.query.selectAll()

    def _switch_case(self, case_id: int) -> None:
        if self.case_list.model.row_of(case_id) < 0:
            self._set_show_archived(True)
        self._reload_cases(case_id)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and self.state.is_unlocked and self.case_page.case:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self._show_section("records")
        self.case_page.records.dropEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            if not self.state.is_unlocked:
                # The unlock code loads once the window is on screen and painted, while the
                # passphrase is typed (a 0 ms timer can run before the first paint; an
                # unlock before then loads it itself, on its worker).
                QTimer.singleShot(UNLOCK_CODE_DELAY_MS, session.load_unlock_code)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.state.is_unlocked:
            from secondop_desktop.ui.common import flush

            self.case_page.flush()
            flush.flush_windows()
            self.state.save_settings()
        self.autolock.stop()
        if self.ocr_reader is not None:
            self.ocr_reader.stop()
        self.runner.cancel_all()
        self.runner.wait(10_000)
        self.state.lock("quit")
        if "secondop_desktop.records.viewer_temp" in sys.modules:
            # Loaded by the start's sweep or by a record viewed: else this process wrote
            # no copy, and the next start sweeps any other (issue 17: quitting at once).
            from secondop_desktop.records import viewer_temp

            viewer_temp.wipe()
        super().closeEvent(event)
