"""One SecondOp at a time per vault: a second window or command on the same folder could
interleave writes with the first (two WAL writers are safe for SQLite, but an import, a
restore and a passphrase change are not meant to race). The lock is an OS file lock, so a
killed process never leaves a stale lock behind."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from secondop_desktop.i18n import translate
from secondop_desktop.store import fsutil
from secondop_desktop.store.errors import VaultInUse

LOCK_NAME = ".secondop.lock"


class InstanceLock:
    def __init__(self, folder: Path) -> None:
        self.path = Path(folder) / LOCK_NAME
        self._fd: int | None = None
        self._created = False

    def acquire(self) -> InstanceLock:
        fsutil.ensure_private_dir(self.path.parent)
        self._created = not self.path.exists()
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, fsutil.FILE_MODE)
        try:
            _lock(fd)
        except OSError:
            holder = None
            with contextlib.suppress(OSError, ValueError):
                holder = int(os.pread(fd, 32, 0).decode().strip())
            os.close(fd)
            error = VaultInUse(
                translate(
                    "instance",
                    "This vault is already open in another SecondOp window or command. "
                    "Close it there first, then try again.",
                )
            )
            error.holder_pid = holder  # for support, never in the sentence
            raise error from None
        with contextlib.suppress(OSError):  # the pid is a courtesy: a full disk refuses it
            os.ftruncate(fd, 0)
            os.pwrite(fd, str(os.getpid()).encode(), 0)
        self._fd = fd
        return self

    def discard(self) -> None:
        """Release, and remove the lock file if this acquire made it: a command refused for
        a wrong passphrase leaves the folder exactly as it found it."""
        if self._fd is not None and self._created:
            with contextlib.suppress(OSError):
                os.unlink(self.path)
        self.release()

    def release(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                _unlock(self._fd)
            os.close(self._fd)
            self._fd = None


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
