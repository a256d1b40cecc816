"""Running an import from the window: background job with progress and Cancel, a password
prompt for each protected PDF (three tries; portals often use the date of birth), then the
report, where a PDF still locked has "Try again"."""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from secondop_desktop.core.jobs import CancelToken, Progress
from secondop_desktop.i18n import translate
from secondop_desktop.records import importer, parsing
from secondop_desktop.ui.common import dialogs
from secondop_desktop.ui.common.report_dialog import ReportDialog
from secondop_desktop.ui.common.state import AppState
from secondop_desktop.ui.common.tasks import TaskRunner
from secondop_desktop.vault import session

TRIES = 3
REPORTED = (importer.REJECTED, importer.DUPLICATE, importer.CANCELLED, importer.NEEDS_PASSWORD)


def _wrong_password(item: importer.ImportItem) -> bool:
    """The importer rejects a protected PDF whose password is wrong with this sentence
    (records/parsing.py, said in the language installed, here and in the sandbox workers);
    any other rejection is not a matter of the password."""
    return item.status == importer.REJECTED and item.reason == parsing.wrong_password()


def _still_locked(path: str, reason: str) -> importer.ImportItem:
    return importer.ImportItem(path, importer.NEEDS_PASSWORD, reason)


def _skipped(path: str) -> importer.ImportItem:
    return _still_locked(
        path,
        translate("import_flow", "Needs a password: none was typed. Press “Try again” to type it."),
    )


def _replace(report: importer.ImportReport, path: str, outcome: importer.ImportItem) -> None:
    for n, item in enumerate(report.items):
        if item.path == path:
            outcome.index = item.index
            report.items[n] = outcome


def _import_job(
    vault: session.Vault,
    case_id: int,
    paths: list[Path],
    passwords: dict[str, str],
    *,
    cancel: CancelToken,
    progress: Progress,
) -> importer.ImportReport:
    """Runs on a worker thread, so the window stays responsive. ``vault`` is the job's own
    connection: the runner opens it on the worker (``run(..., vault=...)``) and locks it."""
    from secondop_desktop.packet.structured import document_pdf

    return importer.import_files(
        vault,
        case_id,
        paths,
        cancel=cancel,
        progress=progress,
        passwords=passwords,
        render_structured=document_pdf,  # FHIR and C-CDA: laid out as a readable PDF
    )


class ImportFlow(QObject):
    finished = Signal(object)  # ImportReport, once every protected file was asked about
    review_requested = Signal(int)  # case id: the report's "Review suggested facts"

    def __init__(self, state: AppState, runner: TaskRunner, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.state = state
        self.runner = runner
        self.widget = parent_widget
        self.report: ReportDialog | None = None  # the open report, while it is open

    def start(
        self, case_id: int, paths: list[Path], passwords: dict[str, str] | None = None
    ) -> None:
        if not paths or not self.state.is_unlocked:
            return
        self._run(
            case_id,
            paths,
            passwords or {},
            on_done=lambda report: self._imported(case_id, report),
            on_error=self._failed,
            parent=self.widget,
        )

    def _run(
        self,
        case_id: int,
        paths: list[Path],
        passwords: dict[str, str],
        *,
        on_done: Callable[[importer.ImportReport], None],
        on_error: Callable[[BaseException], None],
        parent: QWidget,
    ) -> None:
        self.runner.run(
            _import_job,
            case_id,
            paths,
            passwords,
            vault=self.state.vault,
            title=translate("import_flow", "Importing records"),
            on_done=on_done,
            on_error=on_error,
            parent_widget=parent,
        )

    def _imported(self, case_id: int, report: importer.ImportReport) -> None:
        if not self.state.is_unlocked:
            return
        self.state.changed.emit("records", case_id)
        # After a Cancel nobody wants questions: protected files wait in the report.
        locked = [] if report.cancelled else _locked(report)
        self._unlock_each(case_id, report, locked)

    def _unlock_each(self, case_id: int, report: importer.ImportReport, paths: list[str]) -> None:
        """Ask for each protected file's password in turn, then show the report."""
        if not paths:
            self._show_report(case_id, report)
            return
        path, rest = paths[0], paths[1:]

        def after(outcome: importer.ImportItem) -> None:
            _replace(report, path, outcome)
            self._unlock_each(case_id, report, rest)

        self._unlock(case_id, path, after, parent=self.widget)

    def _unlock(
        self,
        case_id: int,
        path: str,
        after: Callable[[importer.ImportItem], None],
        *,
        parent: QWidget,
        tries: int = 0,
    ) -> None:
        """Ask for the password of ``path`` and import the file with it, asking again after
        a wrong one (three tries in all); ``after`` gets what became of the file. Nothing
        is called once the vault is locked."""
        problem = (
            translate("import_flow", "That password did not open it. Try {n} of {tries}.").format(
                n=tries + 1, tries=TRIES
            )
            if tries
            else ""
        )
        password = dialogs.ask_password(
            parent,
            translate("import_flow", "Password-protected PDF"),
            Path(path).name,
            translate(
                "import_flow",
                "This PDF is protected by a password. Patient portals often use the patient's "
                "date of birth. Type it to import an unlocked copy, or Cancel to skip this "
                "file for now.",
            ),
            problem=problem,
        )
        if not self.state.is_unlocked:
            return
        if not password:
            after(_skipped(path))
            return

        def tried(report: importer.ImportReport) -> None:
            if not self.state.is_unlocked:
                return
            outcome = next((i for i in report.items if i.path == path), None)
            if outcome is None or outcome.status == importer.CANCELLED:
                after(_skipped(path))
                return
            if _wrong_password(outcome):
                if tries + 1 < TRIES:
                    self._unlock(case_id, path, after, parent=parent, tries=tries + 1)
                    return
                outcome = _still_locked(
                    path,
                    translate(
                        "import_flow", "Needs a password: none of the three passwords opened it."
                    ),
                )
            if outcome.status == importer.IMPORTED:
                self.state.changed.emit("records", case_id)
            after(outcome)

        def failed(exc: BaseException) -> None:
            self._failed(exc)
            if self.state.is_unlocked:
                after(_skipped(path))

        self._run(
            case_id, [Path(path)], {path: password}, on_done=tried, on_error=failed, parent=parent
        )

    def _show_report(self, case_id: int, report: importer.ImportReport) -> None:
        self.finished.emit(report)
        # A repaired PDF is news too (the user should know it was damaged), and so is a
        # document that names another patient.
        listed = [i for i in report.items if i.status in REPORTED or i.repaired or i.other_patient]
        # Facts read from a FHIR or C-CDA document wait for the user: the report says how
        # many (its summary) and opens their review.
        offered = sum(i.suggested for i in report.items)
        if not listed and not report.cancelled and not offered:
            return
        rows, retry_items = report_rows(listed)
        retry = {
            row: partial(self._try_again, case_id, report, row, item.path)
            for row, item in retry_items.items()
        }
        shown = dialogs.show_report(
            self.widget,
            translate("import_flow", "Import finished"),
            report.summary(),
            rows,
            retry=retry,
        )
        if shown is not None:
            self.report = shown
            shown.finished.connect(partial(self._report_closed, shown))
            if offered:
                self._offer_review(shown, case_id)

    def _offer_review(self, dialog: ReportDialog, case_id: int) -> None:
        """The report's own button to the review of the facts just suggested."""
        buttons = dialog.findChild(QDialogButtonBox)
        if buttons is None:
            return
        review = buttons.addButton(
            translate("import_flow", "&Review suggested facts…"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )

        def chosen() -> None:
            dialog.accept()
            if self.state.is_unlocked:
                self.review_requested.emit(case_id)

        review.clicked.connect(chosen)
        review.setDefault(True)

    def _report_closed(self, dialog: ReportDialog, _result: int) -> None:
        if self.report is dialog:
            self.report = None

    def _try_again(self, case_id: int, report: importer.ImportReport, row: int, path: str) -> None:
        """The report's "Try again": ask for the password again (three tries) and update
        the row with what became of the file."""
        dialog = self.report
        if dialog is None or not self.state.is_unlocked:
            return
        dialog.set_row(row, translate("import_flow", "Waiting for the password…"), can_retry=False)

        def after(outcome: importer.ImportItem) -> None:
            _replace(report, path, outcome)
            if self.report is not dialog:  # closed meanwhile; the records list is current
                return
            dialog.set_summary(report.summary())
            imported = outcome.status == importer.IMPORTED
            dialog.set_row(
                row,
                translate("import_flow", "Imported.") if imported else outcome.reason,
                can_retry=outcome.status == importer.NEEDS_PASSWORD,
            )

        self._unlock(case_id, path, after, parent=dialog)

    def _failed(self, exc: BaseException) -> None:
        from secondop_desktop.core.jobs import Cancelled

        if isinstance(exc, Cancelled):
            return
        if isinstance(exc, OSError):
            text = translate(
                "import_flow", "The import stopped: {error}. Records already imported are kept."
            ).format(error=exc.strerror or exc)
        else:
            text = str(exc) or translate(
                "import_flow",
                "The import stopped unexpectedly. Records already imported are kept.",
            )
        dialogs.error(self.widget, translate("import_flow", "Import"), text)


def _locked(report: importer.ImportReport) -> list[str]:
    return [i.path for i in report.items if i.status == importer.NEEDS_PASSWORD]


GROUP_AT = 3  # this many files with the same reason share one row


def display_names(paths: list[str]) -> dict[str, str]:
    """Each path's name as the report shows it: the bare file name, or, when two files of
    the import share it (three LICENSE.txt), its path from the folder they have in common."""
    names = [Path(p).name for p in paths]
    repeated = {n for n in names if names.count(n) > 1}
    try:
        common = Path(os.path.commonpath([str(Path(p).parent) for p in paths])) if paths else None
    except ValueError:  # different drives
        common = None
    shown: dict[str, str] = {}
    for p in paths:
        path = Path(p)
        if path.name in repeated:
            rel = path.relative_to(common) if common and path.is_relative_to(common) else path
            shown[p] = str(rel)
        else:
            shown[p] = path.name
    return shown


def report_rows(
    listed: list[importer.ImportItem],
) -> tuple[list[tuple[str, str]], dict[int, importer.ImportItem]]:
    """The report's rows: files that need a password one per row (each has Try again);
    the rest grouped when several share the same reason ("a.txt, b.txt, c.txt and 11
    more"), so fourteen identical sentences become one. Also which row retries which item."""
    names = display_names([i.path for i in listed])
    rows: list[tuple[str, str]] = []
    retry: dict[int, importer.ImportItem] = {}
    by_reason: dict[str, list[str]] = {}
    for item in listed:
        if item.status == importer.NEEDS_PASSWORD:
            retry[len(rows)] = item
            rows.append((names[item.path], item.reason))
        else:
            by_reason.setdefault(item.reason, []).append(names[item.path])
    for reason, files in by_reason.items():
        if len(files) < GROUP_AT:
            rows.extend((name, reason) for name in files)
        else:
            first = ", ".join(files[:3])
            if len(files) > 3:
                shown = translate("import_flow", "{files} and {more} more").format(
                    files=first, more=len(files) - 3
                )
            else:
                shown = first
            rows.append(
                (
                    translate("import_flow", "{count} files: {files}").format(
                        count=len(files), files=shown
                    ),
                    reason,
                )
            )
    return rows, retry
