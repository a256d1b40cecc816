"""File > Back Up To… and Restore From…, and the offer to restore after damage.

Restoring always keeps the current vault first (as a before-restore backup) and then shows
the unlock page: a backup opens with the passphrase the vault had when it was made."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from secondop_desktop.core import dates
from secondop_desktop.core.jobs import CancelToken, Progress
from secondop_desktop.i18n import translate
from secondop_desktop.ui.common import dialogs
from secondop_desktop.ui.common.state import AppState
from secondop_desktop.ui.common.tasks import TaskRunner
from secondop_desktop.vault import backups, session
from secondop_desktop.vault.session import VaultError

FILTER = translate("backup_actions", "SecondOp backups") + f" (*{backups.SUFFIX})"


def back_up_to(win: QWidget, state: AppState, runner: TaskRunner) -> None:
    if not state.is_unlocked:
        return
    from datetime import date

    # Dated, so a second backup does not overwrite the first, and the folder sorts by day.
    name = translate("backup_actions", "SecondOp backup {date}").format(
        date=date.today().isoformat()
    )
    suggested = str(Path.home() / f"{name}{backups.SUFFIX}")
    chosen = dialogs.save_file(win, translate("backup_actions", "Back up to"), suggested, FILTER)
    if not chosen:
        return
    runner.run(
        _back_up_to_job,
        Path(chosen),
        vault=state.vault,  # the job gets its own connection, opened on the worker
        title=translate("backup_actions", "Backing up"),
        on_done=lambda path: dialogs.info(
            win,
            translate("backup_actions", "Backup saved"),
            translate(
                "backup_actions",
                "Saved and checked: {path}. It opens with your passphrase or your recovery key.",
            ).format(path=path),
        ),
        on_error=lambda exc: dialogs.error(
            win, translate("backup_actions", "Backup failed"), _message(exc)
        ),
        parent_widget=win,
        cancellable=False,
    )


def _back_up_to_job(
    vault: session.Vault, target: Path, *, cancel: CancelToken, progress: Progress
) -> Path:
    """On the pool: copying, re-encrypting and checking a big vault takes seconds."""
    return backups.back_up_to(vault, target)


def restore_from(
    win: QWidget,
    state: AppState,
    *,
    lock: Callable[[], None],
    restored: Callable[[], None],
    source: Path | None = None,
) -> bool:
    """Restore ``source`` (or a backup the user picks); ``lock`` locks the window first
    (saving what is pending), ``restored`` shows the unlock page afterwards."""
    if source is None:
        chosen = dialogs.open_files(
            win, translate("backup_actions", "Restore from a backup"), FILTER
        )
        if not chosen:
            return False
        source = Path(chosen[0])
    try:
        info = backups.verify_file(source)
    except VaultError as exc:
        dialogs.error(win, translate("backup_actions", "Restore"), str(exc))
        return False
    when = dates.format_date(info.created.date())
    if not dialogs.confirm(
        win,
        translate("backup_actions", "Restore from a backup"),
        translate(
            "backup_actions",
            "Replace the vault with the backup of {date} ({time} UTC)? The "
            "current vault is kept as a backup first, so nothing is lost. You will then unlock "
            "with the passphrase the vault had when the backup was made.",
        ).format(date=when, time=f"{info.created:%H:%M}"),
        translate("backup_actions", "Restore"),
    ):
        return False
    if state.is_unlocked:
        lock()
    try:
        kept = backups.restore(state.data_dir, source)
    except (VaultError, OSError) as exc:
        dialogs.error(win, translate("backup_actions", "Restore failed"), _message(exc))
        return False
    said = translate("backup_actions", "The backup of {date} is now your vault.").format(date=when)
    if kept:
        said += " " + translate(
            "backup_actions",
            "The vault it replaced was kept as a backup, in case you change your mind: "
            "{name}, in the folder {folder}.",
        ).format(name=kept.name, folder=kept.parent)
    dialogs.info(win, translate("backup_actions", "Restored"), said)
    restored()
    return True


def _message(exc: BaseException) -> str:
    if isinstance(exc, VaultError):
        return str(exc)
    if isinstance(exc, OSError):
        return translate(
            "backup_actions", "The file could not be written or read: {reason}."
        ).format(reason=exc.strerror)
    return translate("backup_actions", "Something went wrong; nothing was changed.")
