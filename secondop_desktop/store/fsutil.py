"""Private files and atomic writes.

Everything the vault writes goes through here so that two promises hold in one place:
files are readable by the owner only (0600 in a 0700 folder on POSIX), and a file that
matters (the key header, settings, backups) is either the old version or the new one,
never a torn mix, even if the process is killed mid-write.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

POSIX = os.name == "posix"
DIR_MODE = 0o700
FILE_MODE = 0o600


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) with the leaf owner-only on POSIX.

    A folder that already exists is left exactly as it is: its mode is its owner's choice
    (a shared 1777 folder, a folder of another user we may write into), never ours to
    change (SECURITY.md T18). What we put inside is 0600 anyway.
    """
    if path.is_dir():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        path.mkdir(DIR_MODE)
    except FileExistsError:
        if not path.is_dir():
            raise
        return path  # made by someone else meanwhile: theirs
    if POSIX:
        os.chmod(path, DIR_MODE)  # exact, whatever the umask
    return path


def create_private_file(path: Path) -> None:
    """Create an empty owner-only file if missing (SQLite copies its mode to -wal/-shm)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, FILE_MODE)
    os.close(fd)
    if POSIX:
        os.chmod(path, FILE_MODE)


def fsync_dir(folder: Path) -> None:
    if not POSIX:
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file, fsync, then rename.

    A kill at any moment leaves either the previous file or the complete new one.
    """
    atomic_write_with(path, lambda fh: fh.write(data))


def atomic_write_with(path: Path, write: Callable[[BinaryIO], object]) -> None:
    """Like :func:`atomic_write_bytes`, for writers that stream into a file (a packet of
    hundreds of megabytes need not sit in memory twice)."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        if POSIX:
            os.chmod(tmp, FILE_MODE)
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def low_on_space(folder: Path, need: int = 1 << 20) -> bool:
    """Whether the disk holding ``folder`` has less than ``need`` bytes free."""
    try:
        return shutil.disk_usage(folder).free < need
    except OSError:
        return False


def pid_alive(pid: int) -> bool:
    """Whether a process with this id runs (of any user). When in doubt: alive, so that
    nothing of a running process is ever swept. A reused id only delays a sweep."""
    if pid <= 0:
        return True
    if POSIX:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except OSError:  # EPERM: someone else's, alive
            return True
        return True
    return _windows_pid_alive(pid)  # pragma: no cover - exercised on Windows only


def _windows_pid_alive(pid: int) -> bool:  # pragma: no cover - exercised on Windows only
    import ctypes

    windll = getattr(ctypes, "windll", None)
    if windll is None:
        return True
    process_query_limited_information, still_active = 0x1000, 259
    handle = windll.kernel32.OpenProcess(process_query_limited_information, False, pid)
    if not handle:
        return bool(windll.kernel32.GetLastError() == 5)  # access denied: it exists
    try:
        code = ctypes.c_ulong()
        if not windll.kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return bool(code.value == still_active)
    finally:
        windll.kernel32.CloseHandle(handle)


def sweep_partials(folder: Path, pattern: str) -> list[Path]:
    """Remove the hidden partial files (``.NAME.PID.part*``, ``.NAME.PID.tmp``) in
    ``folder`` matching ``pattern`` whose writer process is gone: what a kill mid-write
    leaves behind. A running writer's files stay."""
    removed: list[Path] = []
    with contextlib.suppress(OSError):
        for path in Path(folder).glob(pattern):
            pid = _partial_pid(path.name)
            if pid is None or pid_alive(pid):
                continue
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(path)
    return removed


_PARTIAL = re.compile(r"^\..+\.(\d+)\.(?:part|tmp|db)(?:[.-].+)?$")


def _partial_pid(name: str) -> int | None:
    """The writer's pid in ``.NAME.PID.part``, ``.NAME.PID.db-wal``, ``.NAME.PID.tmp``…"""
    match = _PARTIAL.match(name)
    return int(match.group(1)) if match else None
