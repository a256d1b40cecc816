"""Worker processes for parsing untrusted files, with a time and memory limit per file.

pypdf and image decoders have a long history of denial-of-service bugs on crafted files.
Each file is parsed (and a damaged PDF repaired by qpdf or PDFium) in a separate process
(spawned, so no Qt state is inherited) with an address-space limit on POSIX; a worker that
runs past its time limit, or dies, is killed and replaced, and that file alone is rejected
with a reason. Two workers use both cores.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing as mp
import os
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any

from secondop_desktop import i18n
from secondop_desktop.core.hardening import harden_process
from secondop_desktop.core.jobs import Cancelled, CancelToken
from secondop_desktop.i18n import translate

log = logging.getLogger(__name__)

DEFAULT_TIME_LIMIT = 60.0
STARTUP_LIMIT = 120.0  # a worker that cannot even start (a very slow disk) is replaced
DEFAULT_MEMORY_LIMIT = (
    1536 * 1024**2
)  # RLIMIT_DATA: PDFium reserves address space it never uses, so RLIMIT_AS would starve it


@dataclass(frozen=True)
class Task:
    """One file to read in a worker. ``job`` names what to do with it: ``"parse"`` (import:
    ``path`` on disk) or a ``"module:function"`` under ``secondop_desktop`` called with
    ``args`` (preview and export pass a record's bytes there, never a path to them), whose
    return value must be picklable. Raising :class:`~secondop_desktop.records.parsing.
    Rejected` gives that sentence as the reason."""

    key: Any
    path: str = ""
    media_type: str = ""
    password: str | None = None
    job: str = "parse"
    args: tuple[Any, ...] = ()


def _run_task(task: Task) -> Any:
    if task.job == "parse":
        from secondop_desktop.records.parsing import parse_file

        return parse_file(task.path, task.media_type, task.password)
    module_name, _, function = task.job.partition(":")
    if not module_name.startswith("secondop_desktop.") or not function:
        raise ValueError(f"not a SecondOp job: {task.job!r}")
    import importlib

    return getattr(importlib.import_module(module_name), function)(*task.args)


TIMED_OUT, DIED = "timed_out", "died"  # why a worker was stopped (Outcome.stopped)


@dataclass(frozen=True)
class Outcome:
    key: Any
    parsed: Any = None  # parsing.Parsed
    reason: str | None = None  # set when rejected, in the app's language
    stopped: str = ""  # TIMED_OUT or DIED when the worker was stopped on this file


def _speak(language: str) -> None:
    """Install the app's language in this worker, so the reasons it gives (and the
    repaired PDF's note) are in the language the window shows them in (i18n keeps the
    translator without an application)."""
    try:
        i18n.install(language)
    except Exception:  # the reasons stay in English: never a reason to lose the worker
        log.warning("the worker could not install %r", language, exc_info=True)


def _worker_main(
    conn: Connection, memory_limit: int | None, warm: bool = True, language: str = i18n.SOURCE
) -> None:
    harden_process()  # no core dump of a worker holding a decrypted file's bytes
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if memory_limit and os.name == "posix":
        import resource

        # A hard limit lower than ours may already apply: then that one stands.
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_DATA, (memory_limit, memory_limit))
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # font warnings are not our news
    logging.getLogger("pydicom").setLevel(logging.ERROR)  # its warnings quote the file
    from secondop_desktop.records.parsing import (  # imported after the limit is set
        Rejected,
        warm_up,
    )

    if warm:  # load the parsers before the first file, so its time limit is its own
        warm_up()
    # English too: its plural forms ("2 studies", not "2 study(ies)") are a translation.
    _speak(language)

    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        try:
            conn.send(("started", None))  # the time limit counts from here
        except (OSError, ValueError):
            return
        try:
            result: tuple[str, Any] = ("ok", _run_task(task))
        except Rejected as exc:
            result = ("rejected", str(exc))
        except MemoryError:
            result = (
                "rejected",
                translate("sandbox", "The file needs more memory to read than SecondOp allows."),
            )
        except Exception as exc:  # any parser bug: reject this file, keep the worker
            result = (
                "rejected",
                translate(
                    "sandbox",
                    "The file is damaged or in a form SecondOp cannot read (the reader "
                    "stopped with {error}). If it opens on your computer, print it to PDF "
                    "and import that.",
                ).format(error=type(exc).__name__),
            )
        try:
            conn.send(result)
        except (OSError, ValueError):
            return


class _Worker:
    def __init__(
        self, ctx: Any, memory_limit: int | None, warm: bool = True, language: str = i18n.SOURCE
    ) -> None:
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(
            target=_worker_main, args=(child, memory_limit, warm, language), daemon=True
        )
        self.process.start()
        child.close()
        self.task: Task | None = None
        self.started = 0.0
        self.sent = 0.0

    def send(self, task: Task) -> None:
        self.task = task
        self.started = 0.0  # set when the worker says it has started on the task
        self.sent = time.monotonic()
        self.conn.send(task)

    def kill(self) -> None:
        try:
            self.process.kill()
            self.process.join(2)
        finally:
            self.conn.close()

    def stop(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            self.conn.send(None)
        self.process.join(2)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(2)
        self.conn.close()


class SandboxPool:
    """Parse tasks in parallel worker processes; yields an :class:`Outcome` per task."""

    def __init__(
        self,
        workers: int = 2,
        *,
        time_limit: float = DEFAULT_TIME_LIMIT,
        memory_limit: int | None = DEFAULT_MEMORY_LIMIT,
        warm_up: bool = True,
    ) -> None:
        """``warm_up``: load the import parsers (pypdf, QtPdf, Pillow) before the first task,
        so its time limit is its own; preview, which needs none of them, starts faster
        without."""
        self.size = max(1, workers)
        self.warm_up = warm_up
        self.time_limit = time_limit
        self.memory_limit = memory_limit
        self._ctx = mp.get_context("spawn")
        self._workers: list[_Worker] = []
        self.language = i18n.active()  # the workers' reasons are in the window's language

    def __enter__(self) -> SandboxPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        for w in self._workers:
            if w.task is None:
                w.stop()
            else:
                w.kill()
        self._workers = []

    def run(self, tasks: Iterable[Task], cancel: CancelToken | None = None) -> Iterator[Outcome]:
        """Outcomes as workers finish. ``tasks`` is drawn from only when a worker is free,
        so a generator may do its own work per task (the importer hashes each file and
        checks it is new) while the workers parse the ones before it; workers start with
        the first tasks, never more than there are."""
        source = iter(tasks)
        exhausted = False

        def take() -> Task | None:
            nonlocal exhausted
            task = None if exhausted else next(source, None)
            exhausted = task is None
            return task

        busy = 0
        while True:
            if cancel is not None and cancel.cancelled:
                self.close()
                raise Cancelled()
            idle = [w for w in self._workers if w.task is None]
            while not exhausted and (idle or len(self._workers) < self.size):
                task = take()
                if task is None:
                    break
                if idle:
                    idle.pop().send(task)
                else:
                    worker = self._new_worker()
                    self._workers.append(worker)
                    worker.send(task)
                busy += 1
            if not busy:
                return
            ready = wait([w.conn for w in self._workers if w.task is not None], timeout=0.1)
            now = time.monotonic()
            for i, w in enumerate(list(self._workers)):
                if w.task is None:
                    continue
                task = w.task
                if w.conn in ready:
                    try:
                        status, payload = w.conn.recv()
                        if status == "started":
                            w.started = time.monotonic()
                            continue
                    except (EOFError, OSError):
                        yield Outcome(task.key, reason=_died(), stopped=DIED)
                        self._replace(i)
                    else:
                        w.task = None
                        busy -= 1
                        if (following := take()) is not None:  # the next file first: the
                            w.send(following)  # caller's work on this outcome overlaps it
                            busy += 1
                        if status == "ok":
                            yield Outcome(task.key, parsed=payload)
                        else:
                            yield Outcome(task.key, reason=payload)
                        continue
                    busy -= 1
                elif (w.started and now - w.started > self.time_limit) or (
                    not w.started and now - w.sent > STARTUP_LIMIT
                ):
                    log.warning("worker over its time limit; replaced")
                    yield Outcome(
                        task.key,
                        reason=translate(
                            "sandbox",
                            "Reading this file took longer than {seconds} seconds, so it was "
                            "stopped. The file may be damaged; try printing it to a new PDF.",
                        ).format(seconds=f"{self.time_limit:.0f}"),
                        stopped=TIMED_OUT,
                    )
                    self._replace(i)
                    busy -= 1
                elif not w.process.is_alive():
                    yield Outcome(task.key, reason=_died(), stopped=DIED)
                    self._replace(i)
                    busy -= 1

    def _replace(self, index: int) -> None:
        self._workers[index].kill()
        self._workers[index] = self._new_worker()

    def _new_worker(self) -> _Worker:
        return _Worker(self._ctx, self.memory_limit, self.warm_up, self.language)


def _died() -> str:
    return translate(
        "sandbox",
        "Reading this file made the reader stop unexpectedly; the file is probably damaged.",
    )
