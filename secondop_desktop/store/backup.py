"""Backups: one self-contained file each, verified when written, rotated, restorable.

A backup is a ZIP archive (stored, not compressed: the contents are encrypted anyway) of
``vault.header`` (the wrapped data key), ``vault.db`` (a SQLCipher copy made with SQLite's
backup API, same key) and ``backup.json`` (when, why, schema version). So a backup file
copied alone to a USB stick opens with the passphrase or the recovery key on any machine.

Restoring never loses the current vault: its files are first packed, as they are (no key
needed), into a "before-restore" backup beside the others."""

from __future__ import annotations

import contextlib
import errno
import json
import os
import shutil
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Protocol

from secondop_desktop.i18n import translate
from secondop_desktop.store import fsutil
from secondop_desktop.store.errors import NotAVault, StorageFull, VaultDamaged, VaultError
from secondop_desktop.store.keys import Header


class Vault(Protocol):
    """What a backup needs from an open vault. A protocol, not the Vault class, because
    the vault backs itself up before a migration: the two modules must not import each
    other."""

    folder: Path
    header: Header

    @property
    def vault_id(self) -> str: ...

    def backup_to(self, target: Path) -> Path: ...

    def schema_version(self) -> int: ...


SUFFIX = ".secondop-backup"
FORMAT = 1
KEEP_LAST = 10
KEEP_DAYS = 7
DB_NAME = "vault.db"
HEADER_NAME = "vault.header"
INFO_NAME = "backup.json"
SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime
    reason: str
    schema_version: int
    vault_id: str
    size: int


def backups_dir(folder: Path) -> Path:
    return Path(folder) / "backups"


def _stamp(now: datetime) -> str:
    return now.astimezone(UTC).strftime("%Y%m%dT%H%M%S%fZ")


def write_backup(vault: Vault, target: Path, reason: str, *, now: datetime | None = None) -> Path:
    """Write a verified backup of the open vault to ``target`` (a temporary name, then a
    rename: a kill or a full disk never leaves half a backup at ``target``)."""
    now = now or datetime.now(UTC)
    target = Path(target)
    sweep_partials(target.parent)
    work = target.with_name(f".{target.name}.{os.getpid()}.part")
    db_copy = work.with_suffix(".db")
    try:
        vault.backup_to(db_copy)  # SQLite backup API + cipher_integrity_check of the copy
        info = {
            "format": FORMAT,
            "created": now.astimezone(UTC).isoformat(),
            "reason": reason,
            "schema_version": vault.schema_version(),
            "vault_id": vault.vault_id,
        }
        fd = os.open(work, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, fsutil.FILE_MODE)
        with os.fdopen(fd, "wb") as raw, zipfile.ZipFile(raw, "w", zipfile.ZIP_STORED) as zf:
            zf.writestr(INFO_NAME, json.dumps(info, indent=1))
            zf.writestr(HEADER_NAME, vault.header.to_bytes())
            zf.write(db_copy, DB_NAME)
            zf.close()
            raw.flush()
            os.fsync(raw.fileno())
        verify_file(work)
        os.replace(work, target)
        fsutil.fsync_dir(target.parent)
    except (OSError, StorageFull) as exc:
        # The connection already says "disk full" for SQLite's writes; the zip and the
        # rename say it with ENOSPC. Either way, one sentence about the backup.
        if isinstance(exc, StorageFull) or exc.errno == errno.ENOSPC:
            raise StorageFull(
                translate(
                    "backup",
                    "The backup could not be written: the disk is full. Nothing else changed.",
                )
            ) from exc
        raise
    finally:
        for leftover in (work, db_copy, db_copy.with_name(db_copy.name + ".header")):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
    return target


def sweep_partials(folder: Path) -> list[Path]:
    """Remove the hidden partial copies (``.NAME.secondop-backup.PID.part`` and the
    database copy beside it) that a killed backup left in ``folder``; a backup being
    written by a running process is left alone."""
    return fsutil.sweep_partials(folder, f".*{SUFFIX}.*")


def verify_file(path: Path, *, deep: bool = True) -> BackupInfo:
    """Check a backup file without its key: a readable archive whose members' checksums
    match (``deep``: reads the whole file), a key header that parses, an encrypted
    database (not plain SQLite). Listing uses the quick form; writing, restoring and the
    offer after damage use the deep one."""
    try:
        with zipfile.ZipFile(path) as zf:
            bad = zf.testzip() if deep else None
            if bad is not None:
                raise VaultDamaged(
                    translate("backup", "The backup {name} is damaged ({member}).").format(
                        name=Path(path).name, member=bad
                    )
                )
            raw_info = zf.read(INFO_NAME)
            Header.from_bytes(zf.read(HEADER_NAME))
            with zf.open(DB_NAME) as db:
                first = db.read(16)
    except (zipfile.BadZipFile, KeyError, ValueError, EOFError) as exc:
        raise VaultDamaged(
            translate("backup", "{name} is not a readable SecondOp backup.").format(
                name=Path(path).name
            )
        ) from exc
    if first == SQLITE_MAGIC or len(first) < 16:
        raise NotAVault(
            translate("backup", "{name} does not hold an encrypted vault.").format(
                name=Path(path).name
            )
        )
    try:
        info = json.loads(raw_info)
        created = datetime.fromisoformat(info["created"])
        if created.tzinfo is None:
            created = created.replace(tzinfo=UTC)  # compared with aware times when sorting
        reason = str(info.get("reason", ""))
        schema_version = int(info.get("schema_version", 0))
        vault_id = str(info.get("vault_id", ""))
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
        raise VaultDamaged(
            translate(
                "backup",
                "The backup {name} is damaged: its description (backup.json) cannot be read. "
                "Choose another backup.",
            ).format(name=Path(path).name)
        ) from exc
    return BackupInfo(
        Path(path), created, reason, schema_version, vault_id, Path(path).stat().st_size
    )


def list_backups(folder: Path) -> list[BackupInfo]:
    """The vault's own backups, newest first (quick check: readable archive and info)."""
    out = []
    for path in backups_dir(folder).glob(f"*{SUFFIX}"):
        with contextlib.suppress(VaultError, OSError):
            out.append(verify_file(path, deep=False))
    return sorted(out, key=lambda b: b.created, reverse=True)


def latest_good(folder: Path) -> BackupInfo | None:
    """The newest backup that passes the deep check (every byte's checksum)."""
    for info in list_backups(folder):
        with contextlib.suppress(VaultError, OSError):
            return verify_file(info.path)
    return None


def auto_backup(vault: Vault, reason: str, *, now: datetime | None = None) -> Path:
    now = now or datetime.now(UTC)
    folder = fsutil.ensure_private_dir(backups_dir(vault.folder))
    path = write_backup(vault, folder / f"auto-{_stamp(now)}{SUFFIX}", reason, now=now)
    rotate(vault.folder, now=now)
    return path


def rotate(folder: Path, *, now: datetime | None = None) -> list[Path]:
    """Keep the last ten automatic backups and the newest of each of the last seven days;
    remove the other automatic ones (backups made by hand or before a restore stay)."""
    now = now or datetime.now(UTC)
    autos = sorted(
        (b for b in list_backups(folder) if b.path.name.startswith("auto-")),
        key=lambda b: b.created,
        reverse=True,
    )
    keep = {b.path for b in autos[:KEEP_LAST]}
    days_seen: set[str] = set()
    for b in autos:
        day = b.created.astimezone(UTC).date()
        if now.date() - day <= timedelta(days=KEEP_DAYS - 1) and day.isoformat() not in days_seen:
            days_seen.add(day.isoformat())
            keep.add(b.path)
    removed = []
    for b in autos:
        if b.path not in keep:
            b.path.unlink(missing_ok=True)
            removed.append(b.path)
    return removed


def pack_current(folder: Path, target: Path, reason: str) -> Path:
    """Pack the vault's files as they are (header, database and its -wal), without the key:
    what restore keeps before replacing anything."""
    folder = Path(folder)
    work = target.with_name(f".{target.name}.{os.getpid()}.part")
    fd = os.open(work, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, fsutil.FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as raw, zipfile.ZipFile(raw, "w", zipfile.ZIP_STORED) as zf:
            zf.writestr(
                INFO_NAME,
                json.dumps(
                    {"format": FORMAT, "created": datetime.now(UTC).isoformat(), "reason": reason}
                ),
            )
            for name in (HEADER_NAME, DB_NAME, DB_NAME + "-wal"):
                if (folder / name).exists():
                    zf.write(folder / name, name)
            zf.close()
            raw.flush()
            os.fsync(raw.fileno())
        os.replace(work, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            work.unlink()
    return target


def restore(folder: Path, source: Path) -> Path | None:
    """Replace the (locked) vault in ``folder`` with the backup ``source``. The current
    files, if any, are kept first as a before-restore backup, whose path is returned."""
    folder = Path(folder)
    verify_file(source)
    kept = None
    if (folder / DB_NAME).exists() or (folder / HEADER_NAME).exists():
        keep_dir = fsutil.ensure_private_dir(backups_dir(folder))
        kept = pack_current(
            folder,
            keep_dir / f"before-restore-{_stamp(datetime.now(UTC))}{SUFFIX}",
            "before restore",
        )
    fsutil.ensure_private_dir(folder)
    staged = []
    with zipfile.ZipFile(source) as zf:
        names = set(zf.namelist())
        for name in (HEADER_NAME, DB_NAME, DB_NAME + "-wal"):
            if name not in names:
                continue
            tmp = folder / f".{name}.restore"
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, fsutil.FILE_MODE)
            with os.fdopen(fd, "wb") as out, zf.open(name) as src:
                shutil.copyfileobj(src, out, 1 << 20)
                out.flush()
                os.fsync(out.fileno())
            staged.append((tmp, folder / name))
    for stale in (DB_NAME + "-wal", DB_NAME + "-shm"):
        if stale not in {dst.name for _, dst in staged}:
            (folder / stale).unlink(missing_ok=True)
    # The database before the header: a kill between the two leaves the old header with
    # the new database, which still opens (both wrap the same data key when it is the
    # same vault) or is told apart by the recovery key.
    for tmp, dst in sorted(staged, key=lambda p: p[1].name != DB_NAME):
        os.replace(tmp, dst)
    fsutil.fsync_dir(folder)
    return kept
