"""What every long job receives: a cancel flag and a progress callback.

Jobs are plain functions ``job(..., *, cancel, progress)`` that know nothing of Qt, so the
same code runs from the CLI, from tests inline, and from the UI's thread pool.
"""

from __future__ import annotations

import threading
from typing import Protocol


class Cancelled(Exception):
    """Raised by a job that noticed its cancel flag; it has left nothing half-written."""


class CancelToken:
    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled()


class Progress(Protocol):
    def __call__(self, done: int, total: int, message: str = "") -> None: ...


def no_progress(done: int, total: int, message: str = "") -> None:
    """A progress sink for callers that do not show progress."""
