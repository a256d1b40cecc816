"""When backups are made: on lock and on quit, at most once an hour while working, and
before migrations (the vault does that one itself) — each only if something changed since
the last one. And the user's own "Back up to…" and "Restore from…".

A change is noticed from the database files' size and modification time: no query, no
counter to keep in step with worker connections.

The hourly backup runs on the task pool with its own connection; the policy itself
(plain data the window reads) is only changed on the UI thread: :func:`make_backup` is
the worker's half, :meth:`BackupPolicy.note` the window's."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from secondop_desktop.store import Vault
from secondop_desktop.store import backup as store
from secondop_desktop.store.backup import SUFFIX, BackupInfo, list_backups, restore, verify_file
from secondop_desktop.store.errors import VaultError

log = logging.getLogger(__name__)

__all__ = [
    "SUFFIX",
    "BackupInfo",
    "BackupPolicy",
    "Made",
    "back_up_to",
    "latest_good",
    "list_backups",
    "make_backup",
    "restore",
    "verify_file",
]

HOURLY = timedelta(hours=1)


def _fingerprint(folder: Path) -> tuple[tuple[int, int], ...]:
    out = []
    for name in ("vault.db", "vault.db-wal", "vault.header"):
        try:
            st = (folder / name).stat()
            out.append((st.st_size, st.st_mtime_ns))
        except FileNotFoundError:
            out.append((0, 0))
    return tuple(out)


@dataclass(frozen=True)
class Made:
    """An automatic backup just written: where, when, and what the files looked like."""

    path: Path
    time: datetime
    fingerprint: tuple[tuple[int, int], ...]


def make_backup(vault: Vault, reason: str, now: datetime | None = None) -> Made | None:
    """Write an automatic backup now; None if it failed. Never raises: a failed backup
    never stops a lock or a quit; it is logged and retried later. Changes no policy, so a
    worker may call it with its own connection."""
    now = now or datetime.now(UTC)
    try:
        path = store.auto_backup(vault, reason, now=now)
    except (VaultError, OSError) as exc:
        log.warning("automatic backup failed: %s", type(exc).__name__)
        return None
    # Taken right after the copy, on the thread that made it: a change the window saves
    # later must still look like a change.
    return Made(path, now, _fingerprint(vault.folder))


@dataclass
class BackupPolicy:
    """Remembers, for one open vault, when the last automatic backup was made and what the
    files looked like then."""

    interval: timedelta = HOURLY
    last_time: datetime | None = None
    last_print: tuple[tuple[int, int], ...] | None = None

    def start(self, vault: Vault) -> None:
        """At unlock: the newest existing backup counts as the last one."""
        found = [b for b in list_backups(vault.folder) if b.path.name.startswith("auto-")]
        self.last_time = found[0].created if found else None
        self.last_print = None  # unknown: the first lock or hourly tick backs up

    def due(self, vault: Vault, reason: str, now: datetime) -> bool:
        if _fingerprint(vault.folder) == self.last_print:
            return False
        if reason in ("lock", "quit"):
            return True
        return self.last_time is None or now - self.last_time >= self.interval

    def maybe_backup(self, vault: Vault, reason: str, now: datetime | None = None) -> Path | None:
        now = now or datetime.now(UTC)
        if not vault.is_open or not self.due(vault, reason, now):
            return None
        made = make_backup(vault, reason, now)
        if made is None:
            return None
        self.note(made)
        return made.path

    def note(self, made: Made) -> None:
        """Count ``made`` as the last automatic backup."""
        self.last_time = made.time
        self.last_print = made.fingerprint


def back_up_to(vault: Vault, target: Path) -> Path:
    """ "Back up to…": a backup file wherever the user wants it (a USB stick, say)."""
    target = Path(target)
    if not target.name.endswith(SUFFIX):
        target = target.with_name(target.name + SUFFIX)
    return store.write_backup(vault, target, "by hand")


def latest_good(folder: Path) -> BackupInfo | None:
    return store.latest_good(folder)
