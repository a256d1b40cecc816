"""The app's shared state: the open vault, settings, keychain, and the change signal.

Screens announce a change once through ``changed`` (what kind, which id); each screen
decides whether it needs to refresh (Anki's operations pattern).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from secondop_desktop.i18n import translate
from secondop_desktop.settings import Settings
from secondop_desktop.vault import session

if TYPE_CHECKING:
    from secondop_desktop.records import Record
    from secondop_desktop.records.rows import RecordRows
    from secondop_desktop.ui.common.tasks import TaskRunner
    from secondop_desktop.vault.backups import BackupPolicy, Made


def _policy() -> BackupPolicy:
    from secondop_desktop.vault.backups import (
        BackupPolicy,  # the backup code loads at unlock, not at start-up
    )

    return BackupPolicy()


class AppState(QObject):
    unlocked = Signal()
    locked = Signal()
    changed = Signal(str, int)  # kind ("case"), id (0 when many)

    def __init__(
        self,
        data_dir: Path,
        *,
        keychain: session.Keychain | None = None,
        kdf: session.KdfParams | None = None,
        demo_mode: bool = False,
    ) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.settings = Settings.load(data_dir)
        self.keychain = keychain or session.Keychain()
        self.kdf = kdf
        self.demo_mode = demo_mode
        self._vault: session.Vault | None = None
        # The backup policy, made at the first unlock (not at start-up).
        self.backups: BackupPolicy | None = None
        self.last_backup: Path | None = None
        # One read of a case's records shared by the pages that list them (the records
        # table, and the record pickers of opinions and the timeline): a case of 10,000
        # records was read three times when it opened. Any change to records drops it.
        self._records: tuple[tuple[int, tuple[int, str, int]], RecordRows[Record]] | None = None
        self.changed.connect(self._forget_records)

    def case_records(self, case_id: int) -> RecordRows[Record]:
        """The case's records (a records.rows.RecordRows: records.Record built as they
        are asked for), read once while they stay the same: the database's fingerprint
        of them (count, edits, highest id) is checked at each call, so a write from
        anywhere is seen."""
        from secondop_desktop import records

        key = (case_id, records.records_fingerprint(self.vault, case_id))
        if self._records is not None and self._records[0] == key:
            return self._records[1]
        if self._records is not None and self._records[0][0] == case_id:
            added = records.added_rows(self.vault, case_id, self._records[0][1])
            if added is not None:  # only new rows (an import): read those alone
                self._records = (key, self._records[1].extended(added, records.TEXT_SHA_AT))
                return self._records[1]
        self._records = (key, records.case_rows(self.vault, case_id))
        return self._records[1]

    def record_replaced(self, record: Record) -> None:
        """One record edited (title, kind, date...): the shared read holds the new one."""
        if self._records is not None and self._records[0][0] == record.case_id:
            from secondop_desktop import records

            key = (record.case_id, records.records_fingerprint(self.vault, record.case_id))
            self._records = (key, self._records[1].replaced(record))

    def _forget_records(self, kind: str, _item_id: int) -> None:
        if kind == "case":  # a record change is seen by the fingerprint (new rows alone)
            self._records = None

    @property
    def vault(self) -> session.Vault:
        if self._vault is None or not self._vault.is_open:
            raise session.VaultError(translate("state", "The vault is locked."))
        return self._vault

    @property
    def is_unlocked(self) -> bool:
        return self._vault is not None and self._vault.is_open

    def has_vault(self) -> bool:
        return session.has_vault(self.data_dir)

    def set_unlocked(self, vault: session.Vault) -> None:
        # A vault unlocked on a worker must have been handed over (vault.adopt() in the
        # task's on_done): fail here, loudly, rather than at the first query.
        vault.check_owner()
        self._vault = vault
        if not self.demo_mode:  # the demo's vault is thrown away: no backups
            self.backups = self.backups or _policy()
            self.backups.start(vault)
        self.unlocked.emit()

    def backup_if_due(self, reason: str) -> Path | None:
        """An automatic backup when something changed (always on lock and quit, at most
        hourly otherwise). Never raises: a failed backup must not stop a lock."""
        if self.backups is None or not self.is_unlocked:
            return None
        made = self.backups.maybe_backup(self.vault, reason)
        if made is not None:
            self.last_backup = made
        return made

    def backup_in_background(self, runner: TaskRunner) -> bool:
        """The hourly backup on the task pool: a 150 MB vault takes about 4 s to copy,
        re-encrypt and check, too long to hold the window. The job gets its own connection
        (opened on the worker by the runner) and returns what it made; the policy is only
        updated here, on the UI thread."""
        if self.backups is None or not self.is_unlocked or runner.busy:
            return False
        vault = self.vault
        if not self.backups.due(vault, "hourly", datetime.now(UTC)):
            return False
        from secondop_desktop.vault.backups import make_backup

        def job(own: session.Vault, *, cancel: object, progress: object) -> Made | None:
            return make_backup(own, "hourly")

        def done(made: Made | None) -> None:
            if made is not None and self.backups is not None:
                self.backups.note(made)
                self.last_backup = made.path

        runner.run(
            job, vault=vault, title="Backing up", on_done=done, on_error=lambda _e: None,
            cancellable=False, quiet=True,
        )  # fmt: skip
        return True

    def lock(self, reason: str = "lock") -> None:
        self._records = None
        if self._vault is None:
            return
        self.backup_if_due(reason)
        self._vault.lock()
        self._vault = None
        self.locked.emit()

    def save_settings(self) -> None:
        if not self.demo_mode:
            self.settings.save(self.data_dir)
