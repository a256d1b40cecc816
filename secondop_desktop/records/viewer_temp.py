"""The one place decrypted bytes may touch disk: a record the user chose to open in the
system's viewer (and the packet preview and print files).

Each process gets its own private folder (0700, files 0600) under the system temp folder,
with a random name carrying the process id: ``secondop-view-<pid>-<random>``. Another local
user cannot squat a name nobody can predict, and a second instance never wipes the first
one's copies (SECURITY.md T18). The folder is wiped on lock and on quit; at the next start,
folders whose process is gone (a crash or a kill) are swept, and so is the single
per-user folder older versions used. Everything else is viewed from memory.
"""

from __future__ import annotations

import errno
import logging
import os
import re
import secrets
import shutil
import stat
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from secondop_desktop.records import filetypes
from secondop_desktop.store import fsutil

if TYPE_CHECKING:
    from secondop_desktop import records
    from secondop_desktop.store import Vault

log = logging.getLogger(__name__)


PREFIX = "secondop-view-"
_NAME = re.compile(rf"^{PREFIX}(\d+)-[0-9a-f]{{32}}$")
_mine: dict[tuple[int, str], Path] = {}  # (pid, temp folder) -> this process's folder


def folder() -> Path:
    """This process's private folder (not created here: see :func:`_ensure`)."""
    root = tempfile.gettempdir()
    key = (os.getpid(), root)
    if key not in _mine:
        _mine[key] = Path(root) / f"{PREFIX}{os.getpid()}-{secrets.token_hex(16)}"
    return _mine[key]


def _ensure(base: Path | None) -> Path:
    if base is not None:
        return fsutil.ensure_private_dir(base)
    target = folder()
    for _ in range(5):
        try:
            os.mkdir(target, fsutil.DIR_MODE)
        except FileExistsError:
            if _is_ours(target):
                return target
            # Someone made our name first (it should be impossible to guess): take another.
            _mine.pop((os.getpid(), tempfile.gettempdir()), None)
            target = folder()
            continue
        if fsutil.POSIX:
            os.chmod(target, fsutil.DIR_MODE)
        return target
    raise FileExistsError(errno.EEXIST, "no private temporary folder could be made")


def _is_ours(path: Path) -> bool:
    """A real folder (not a link), ours alone."""
    try:
        st = os.lstat(path)
    except OSError:
        return False
    if not stat.S_ISDIR(st.st_mode):
        return False
    if fsutil.POSIX:
        return st.st_uid == os.getuid() and stat.S_IMODE(st.st_mode) & 0o077 == 0
    return True


def write_for_viewing(vault: Vault, record: records.Record, base: Path | None = None) -> Path:
    from secondop_desktop import records  # only when opening a record; start-up needs only wipe()

    target_dir = _ensure(base)
    safe = re.sub(r"[^\w\- ]+", "", record.title).strip()[:60] or "record"
    suffix = filetypes.SUFFIX.get(record.media_type, "")
    path = target_dir / f"{record.id}-{safe}{suffix}"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, fsutil.FILE_MODE)
    with os.fdopen(fd, "wb") as out:
        for chunk in records.iter_content(vault, record.id):
            out.write(chunk)
    return path


def private_path(name: str, base: Path | None = None) -> Path:
    """A path in the private folder for a file we make ourselves (a packet preview, a
    packet to print): wiped with everything else on lock, quit and start."""
    return _ensure(base) / name


def wipe(base: Path | None = None) -> None:
    """Remove every file this process opened for viewing, and the folders of SecondOp
    processes that are gone. Safe to call when nothing is there."""
    if base is not None:
        _remove(base)
        return
    _remove(folder())
    sweep()


def sweep(root: Path | None = None) -> list[Path]:
    """Remove the viewer folders, in ``root`` (the system temp folder), left by our own
    processes that have ended; a running instance's folder and other users' are left."""
    root = Path(root or tempfile.gettempdir())
    legacy = f"{PREFIX}{os.getuid() if hasattr(os, 'getuid') else os.getlogin()}"
    removed: list[Path] = []
    try:
        entries = list(os.scandir(root))
    except OSError:
        return removed
    for entry in entries:
        match = _NAME.match(entry.name)
        stale = entry.name == legacy or (
            match is not None and not fsutil.pid_alive(int(match.group(1)))
        )
        if stale and _is_ours(Path(entry.path)):
            _remove(Path(entry.path))
            removed.append(Path(entry.path))
    return removed


def _remove(target: Path) -> None:
    if target.exists():
        shutil.rmtree(target, ignore_errors=True)
        if target.exists():
            log.warning("viewer folder could not be fully removed")
