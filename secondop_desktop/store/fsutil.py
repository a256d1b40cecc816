"""Private files and atomic writes.

Everything the vault writes goes through here so that two promises hold in one place:
files are readable by the owner only (0600 in a 0700 folder on POSIX), and a file that
matters (the key header, settings, backups) is either the old version or the new one,
never a torn mix, even if the process is killed mid-write.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

POSIX = os.name == "posix"
DIR_MODE = 0o700
FILE_MODE = 0o600


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) and make the leaf owner-only on POSIX."""
    path.mkdir(parents=True, exist_ok=True)
    if POSIX:
        os.chmod(path, DIR_MODE)
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
