"""The one place decrypted bytes may touch disk: a record the user chose to open in the
system's viewer.

It goes to a private folder (0700, files 0600) under the system temp folder, named per
user, and the folder is wiped on lock, on quit, and at the next start (for after a crash
or a kill). Everything else is viewed from memory.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from secondop_desktop.records import filetypes
from secondop_desktop.store import Vault, fsutil

if TYPE_CHECKING:
    from secondop_desktop import records

log = logging.getLogger(__name__)


def folder() -> Path:
    uid = os.getuid() if hasattr(os, "getuid") else os.getlogin()
    return Path(tempfile.gettempdir()) / f"secondop-view-{uid}"


def write_for_viewing(vault: Vault, record: records.Record, base: Path | None = None) -> Path:
    from secondop_desktop import records  # only when opening a record; start-up needs only wipe()

    target_dir = fsutil.ensure_private_dir(base or folder())
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
    return fsutil.ensure_private_dir(base or folder()) / name


def wipe(base: Path | None = None) -> None:
    """Remove every file opened for viewing. Safe to call when nothing is there."""
    target = base or folder()
    if target.exists():
        shutil.rmtree(target, ignore_errors=True)
        if target.exists():
            log.warning("viewer folder could not be fully removed")
