"""Running an import from the window: background job with progress and Cancel, the report,
then a password prompt for each protected PDF (portals often use the date of birth)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from secondop_desktop.core.jobs import CancelToken, Progress
from secondop_desktop.records import importer
from secondop_desktop.ui.common import dialogs
from secondop_desktop.ui.common.state import AppState
from secondop_desktop.ui.common.tasks import TaskRunner
from secondop_desktop.vault import session


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
    return importer.import_files(
        vault, case_id, paths, cancel=cancel, progress=progress, passwords=passwords
    )


class ImportFlow(QObject):
    finished = Signal(object)  # ImportReport

    def __init__(self, state: AppState, runner: TaskRunner, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.state = state
        self.runner = runner
        self.widget = parent_widget

    def start(
        self, case_id: int, paths: list[Path], passwords: dict[str, str] | None = None
    ) -> None:
        if not paths or not self.state.is_unlocked:
            return
        self.runner.run(
            _import_job,
            case_id,
            paths,
            passwords or {},
            vault=self.state.vault,
            title="Importing records",
            on_done=lambda report: self._done(case_id, report),
            on_error=self._failed,
            parent_widget=self.widget,
        )

    def _done(self, case_id: int, report: importer.ImportReport) -> None:
        if not self.state.is_unlocked:
            return
        self.state.changed.emit("records", case_id)
        problems = [
            (Path(i.path).name, i.reason)
            for i in report.items
            if i.status in (importer.REJECTED, importer.DUPLICATE, importer.CANCELLED)
        ]
        if problems or report.cancelled:
            dialogs.show_report(self.widget, "Import finished", report.summary(), problems)
        self.finished.emit(report)
        protected = [i for i in report.items if i.status == importer.NEEDS_PASSWORD]
        passwords: dict[str, str] = {}
        for item in protected:
            password = dialogs.ask_password(
                self.widget,
                "Password-protected PDF",
                f"“{Path(item.path).name}” is protected by a password. Portals often use the "
                "patient's date of birth. Type the password to import an unlocked copy, or "
                "Cancel to skip this file.",
            )
            if password:
                passwords[item.path] = password
        if passwords:
            self.start(case_id, [Path(p) for p in passwords], passwords)

    def _failed(self, exc: BaseException) -> None:
        from secondop_desktop.core.jobs import Cancelled

        if isinstance(exc, Cancelled):
            return
        if isinstance(exc, OSError):
            text = f"The import stopped: {exc.strerror or exc}. Records already imported are kept."
        else:
            text = str(exc) or "The import stopped unexpectedly. Records already imported are kept."
        dialogs.error(self.widget, "Import", text)
