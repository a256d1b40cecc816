"""Worker processes for parsing untrusted files, with a time and memory limit per file.

pypdf and image decoders have a long history of denial-of-service bugs on crafted files.
Each file is parsed (and a damaged PDF repaired by qpdf or PDFium) in a separate process
with a data-segment limit on POSIX; a worker that runs past its time limit, or dies, is
killed and replaced, and that file alone is rejected with a reason. Two workers use both
cores.

Workers are never forks of the app (which holds the vault's key and decrypted records).
On Linux they are forked from a **fork server**: a clean process started once per run (the
first time a worker is needed), which has imported the parsers and never sees a file; each
worker is a copy of it, ready in milliseconds. Spawning a fresh interpreter that imports
them instead cost about 0.7 s of CPU per worker: twice per import and per export, once per
preview. Elsewhere workers are spawned (see :func:`_context`).
"""

from __future__ import annotations

import contextlib
import functools
import logging
import multiprocessing as mp
import os
import sys
import threading
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


# What the fork server imports once, for every worker forked from it: the parsers (import,
# preview, export). Not the OCR engine: it is large, and only its own workers load it.
PRELOAD = (
    "secondop_desktop.records.sandbox",
    "secondop_desktop.records.parsing",
    "secondop_desktop.records.guesses",
    "secondop_desktop.records.pdf_text",
    "secondop_desktop.packet.convert",
    "secondop_desktop.packet.pages",
    "pypdf",
    "PIL.Image",
    "pypdfium2",
    "PySide6.QtCore",
    "PySide6.QtGui",
    "PySide6.QtPdf",
)


@functools.cache
def _context() -> Any:
    """The fork server's context where the system has one, else spawn (see the module's
    docstring). The server starts with the first worker and lives until the app exits."""
    # Linux only: macOS forbids using its system frameworks in a forked child (Qt's
    # libraries load them), and Windows cannot fork.
    if sys.platform.startswith("linux") and "forkserver" in mp.get_all_start_methods():
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(list(PRELOAD))
        return ctx
    return mp.get_context("spawn")


def prepare() -> None:
    """Start the fork server now, ahead of the first worker (the window calls this once
    the vault is unlocked: the first preview then takes a tenth of a second, not the
    server's start). Does nothing where workers are spawned; never raises."""
    if _context().get_start_method() == "forkserver":
        _fork_server_running()


def _fork_server_running() -> bool:
    """Whether the fork server runs, started if it was not; when it cannot start (no
    folder for its socket, no process left), False and the reason in the log: workers
    are then spawned as before."""
    try:
        _ensure_fork_server()
    except OSError:
        log.warning("the sandbox's fork server cannot start", exc_info=True)
        return False
    return True


def _ensure_fork_server() -> None:
    """Start the fork server if it is not running, its socket in a short folder: a Unix
    socket's path must fit in 107 bytes, and multiprocessing puts it in a new folder inside
    the temp folder, which a long TMPDIR overflows. The system's /tmp then (the folder is
    private, 0700, and the server asks every caller for its key)."""
    import tempfile
    from multiprocessing import forkserver

    _context()  # what it imports is set before it starts
    base = tempfile.gettempdir()
    saved = tempfile.tempdir
    if len(base) > 48 and os.path.isdir("/tmp"):
        tempfile.tempdir = "/tmp"  # multiprocessing makes its folder here, once per run
    try:
        forkserver.ensure_running()
    finally:
        tempfile.tempdir = saved


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


def _own_usage() -> tuple[float, int]:
    """This worker's CPU seconds and peak memory (KiB on Linux) so far, sent with each
    answer: a worker forked from the fork server is not this app's child, so the app's
    own resource accounting never sees it (see :func:`worker_usage`)."""
    if os.name != "posix":
        return 0.0, 0
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss


_usage_lock = threading.Lock()
_usage = [0.0, 0]  # every worker's CPU seconds in this run, and the largest peak (KiB)


def worker_usage() -> tuple[float, float]:
    """The CPU seconds every worker of this run has used so far, and the largest worker's
    peak memory in MiB: for the benchmarks and the log (workers' own figures)."""
    with _usage_lock:
        return _usage[0], _usage[1] / 1024


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
            conn.send((*result, *_own_usage()))
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
        self.task: Task | None = None  # the one it is working on, or will next
        self.queued: list[Task] = []  # sent behind it, not started (SandboxPool's ahead)
        self.started = 0.0
        self.sent = 0.0
        self.cpu = 0.0  # as last reported by the worker

    @property
    def outstanding(self) -> int:
        return (self.task is not None) + len(self.queued)

    def account(self, cpu: float, peak_kib: int) -> None:
        with _usage_lock:
            _usage[0] += cpu - self.cpu
            _usage[1] = max(_usage[1], peak_kib)
        self.cpu = cpu

    def send(self, task: Task) -> None:
        if self.task is None:
            self.task = task
            self.started = 0.0  # set when the worker says it has started on the task
            self.sent = time.monotonic()
        else:  # it reads this one when it has answered the one before
            self.queued.append(task)
        self.conn.send(task)

    def finished(self) -> None:
        """Its task is answered: the next one queued (if any) is the one it works on."""
        self.task = self.queued.pop(0) if self.queued else None
        self.started = 0.0
        self.sent = time.monotonic()

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
        ahead: int = 0,
    ) -> None:
        """``warm_up``: load the import parsers (pypdf, QtPdf, Pillow) before the first task,
        so its time limit is its own; preview, which needs none of them, starts faster
        without. ``ahead``: tasks sent to a worker behind the one it is on, so it goes on
        while the caller is busy with an outcome (the importer storing a file waits for the
        disk); each task's time limit still counts from when the worker starts on it."""
        self.size = max(1, workers)
        self.ahead = max(0, ahead)
        self.warm_up = warm_up
        self.time_limit = time_limit
        self.memory_limit = memory_limit
        self._ctx = _context()
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

        def feed(worker: _Worker) -> None:
            while worker.outstanding < 1 + self.ahead and (task := take()) is not None:
                worker.send(task)

        while True:
            if cancel is not None and cancel.cancelled:
                self.close()
                raise Cancelled()
            # One task to every worker first (starting them as tasks come), then ahead.
            for w in self._workers:
                if w.task is None and (task := take()) is not None:
                    w.send(task)
            while len(self._workers) < self.size and (task := take()) is not None:
                self._workers.append(self._new_worker())
                self._workers[-1].send(task)
            for w in self._workers:
                feed(w)
            if not any(w.task is not None for w in self._workers):
                return
            ready = wait([w.conn for w in self._workers if w.task is not None], timeout=0.1)
            now = time.monotonic()
            for i, w in enumerate(list(self._workers)):
                if w.task is None:
                    continue
                task = w.task
                if w.conn in ready:
                    try:
                        status, payload, *usage = w.conn.recv()
                        if usage:  # an answer: the worker's usage came with it
                            w.account(*usage)
                        if status == "started":
                            w.started = time.monotonic()
                            continue
                    except (EOFError, OSError):
                        yield Outcome(task.key, reason=_died(), stopped=DIED)
                        self._replace(i)
                    else:
                        w.finished()
                        feed(w)  # the next file first: the caller's work on this outcome
                        if status == "ok":  # (storing it) overlaps the worker's
                            yield Outcome(task.key, parsed=payload)
                        else:
                            yield Outcome(task.key, reason=payload)
                        continue
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
                elif not w.process.is_alive():
                    yield Outcome(task.key, reason=_died(), stopped=DIED)
                    self._replace(i)

    def _replace(self, index: int) -> None:
        """A new worker for one stopped or dead; the tasks queued behind the one it was on
        go to the new one (they never started)."""
        old = self._workers[index]
        old.kill()
        self._workers[index] = self._new_worker()
        for task in old.queued:
            self._workers[index].send(task)

    def _new_worker(self) -> _Worker:
        if self._ctx.get_start_method() == "forkserver" and not _fork_server_running():
            self._ctx = mp.get_context("spawn")
        return _Worker(self._ctx, self.memory_limit, self.warm_up, self.language)


def _died() -> str:
    return translate(
        "sandbox",
        "Reading this file made the reader stop unexpectedly; the file is probably damaged.",
    )
