"""The preview's link to its sandboxed worker: one thread, one warm worker, newest first.

:class:`PreviewRenderer` keeps a one-worker :class:`~secondop_desktop.records.sandbox.
SandboxPool` (time and memory limits) on a plain thread of its own, so the window never
waits on a decoder. Requests carry an id; only the newest waiting one is drawn (flipping
through pages quickly skips the ones passed over), and a drawing that has run for a while
when a newer request comes is stopped (its worker killed and replaced) rather than waited
for. Like :mod:`ui.common.tasks`, the thread never touches Qt: it leaves its outcome in a
locked attribute for the widget's timer to take. :meth:`close` stops the worker, so no
decrypted bytes stay in another process once the vault locks.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from secondop_desktop.core.jobs import Cancelled, CancelToken
from secondop_desktop.records import preview
from secondop_desktop.records.sandbox import Outcome, SandboxPool, Task

log = logging.getLogger(__name__)

TIME_LIMIT = 15.0  # seconds for one page
MEMORY_LIMIT = 1024**3  # RLIMIT_DATA of the preview worker
SUPERSEDE_AFTER = 1.0  # a drawing older than this is stopped when a newer page is asked for
CLOSE_WAIT = 5.0


@dataclass(frozen=True)
class Request:
    id: int
    data: bytes
    media_type: str
    page_index: int
    width_px: int
    max_long_side: int = preview.MAX_LONG_SIDE
    rotation: int = 0


class PreviewRenderer:
    def __init__(self, pool_factory: Callable[[], SandboxPool] | None = None) -> None:
        self._pool_factory = pool_factory or (
            lambda: SandboxPool(
                1, time_limit=TIME_LIMIT, memory_limit=MEMORY_LIMIT, warm_up=False
            )
        )
        self._cond = threading.Condition()
        self._pending: Request | None = None
        self._running: tuple[int, float, CancelToken] | None = None  # id, since, token
        self._result: tuple[int, Outcome] | None = None
        self._closing = False
        self._thread: threading.Thread | None = None

    # -- UI thread -------------------------------------------------------------------------
    def request(self, request: Request) -> None:
        if self._closing and self._thread is not None:
            self._thread.join(CLOSE_WAIT)  # closed a moment ago: let that thread end first
        with self._cond:
            self._pending = request
            running = self._running
            if running is not None and time.monotonic() - running[1] > SUPERSEDE_AFTER:
                running[2].cancel()  # a slow page: a fresh worker is quicker than waiting
            if self._thread is None or not self._thread.is_alive():
                self._closing = False
                self._thread = threading.Thread(
                    target=self._loop, name="preview-renderer", daemon=True
                )
                self._thread.start()
            self._cond.notify_all()

    def take_result(self) -> tuple[int, Outcome] | None:
        with self._cond:
            result, self._result = self._result, None
        return result

    @property
    def busy(self) -> bool:
        with self._cond:
            return (
                self._pending is not None or self._running is not None or self._result is not None
            )

    @property
    def running(self) -> bool:
        """The worker thread (and so possibly its worker process) is alive."""
        return self._thread is not None and self._thread.is_alive()

    def close(self, wait: float = CLOSE_WAIT) -> None:
        """Drop what is waiting, stop what is drawing, end the worker process."""
        with self._cond:
            self._closing = True
            self._pending = None
            self._result = None
            if self._running is not None:
                self._running[2].cancel()
            self._cond.notify_all()
            thread = self._thread
        if thread is not None:
            thread.join(wait)
            if thread.is_alive():
                log.warning("preview worker did not stop in time")

    # -- its thread ------------------------------------------------------------------------
    def _loop(self) -> None:
        pool = self._pool_factory()
        try:
            while True:
                with self._cond:
                    while self._pending is None and not self._closing:
                        self._cond.wait()
                    if self._closing:
                        return
                    request, self._pending = self._pending, None
                    assert request is not None
                    token = CancelToken()
                    self._running = (request.id, time.monotonic(), token)
                outcome = self._draw(pool, request, token)
                with self._cond:
                    self._running = None
                    if outcome is not None and not self._closing:
                        self._result = (request.id, outcome)
        finally:
            pool.close()
            with self._cond:
                self._running = None

    @staticmethod
    def _draw(pool: SandboxPool, request: Request, token: CancelToken) -> Outcome | None:
        task = Task(
            request.id,
            job=preview.JOB,
            args=(
                request.data,
                request.media_type,
                request.page_index,
                request.width_px,
                request.max_long_side,
                request.rotation,
            ),
        )
        outcome: Outcome | None = None
        try:
            for done in pool.run([task], token):
                outcome = done
        except Cancelled:
            return None
        except Exception as exc:  # the pool itself failed (a worker that cannot start)
            log.warning("preview worker failed: %s", type(exc).__name__)
            return Outcome(request.id, reason="The preview worker could not start.")
        return outcome
