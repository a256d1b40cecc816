"""Logging to a private file in the data folder.

Log calls in this code base name events and error types only, never record content,
names, passphrases or keys; the redaction test plants canaries and reads the log.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from secondop_desktop.paths import log_dir
from secondop_desktop.store import fsutil

_handler: logging.Handler | None = None


def configure(data_dir: Path, level: int = logging.INFO) -> Path:
    global _handler
    folder = fsutil.ensure_private_dir(log_dir(data_dir))
    path = folder / "secondop.log"
    fsutil.create_private_file(path)
    root = logging.getLogger("secondop_desktop")
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    _handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=512_000, backupCount=2, encoding="utf-8"
    )
    _handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(_handler)
    root.setLevel(level)
    return path
