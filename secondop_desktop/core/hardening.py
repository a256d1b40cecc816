"""Process hygiene done first thing in every SecondOp process (the window, the command line
and each sandbox worker): no core dumps, because a core of an unlocked process holds the
data key, the passphrase and patient text (SECURITY.md T15).

- POSIX: the core-file limit is set to 0, soft and hard (a hard limit cannot be raised
  again by this process or its children, so a worker started from a shell with
  ``ulimit -c unlimited`` still dumps nothing).
- Linux: also ``prctl(PR_SET_DUMPABLE, 0)``, which stops core dumps through a
  ``core_pattern`` pipe (systemd-coredump, apport ignore RLIMIT_CORE when piping) and stops
  other processes of the same user from attaching with ptrace or reading /proc/PID/mem.
  It is not inherited across exec, so each spawned worker does it again.
- macOS: RLIMIT_CORE 0 is what decides whether a core is written; nothing more is done.
- Windows: ``SetErrorMode`` with SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX so a crash
  shows no Windows Error Reporting dialog, and ``WerSetFlags(WER_FAULT_REPORTING_NO_UI)``
  plus ``WerAddExcludedApplication`` for this executable so no report (which can carry a
  heap dump) is queued. Both are best effort: a machine-wide LocalDumps policy set by an
  administrator still wins, which SECURITY.md says.

Nothing here imports Qt. Every step is best effort: a failure is logged (its type only)
and never stops the program.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys

log = logging.getLogger(__name__)

PR_SET_DUMPABLE = 4


def harden_process() -> None:
    """Disable core dumps for this process (and, through the limit, its children)."""
    if os.name == "posix":
        _no_core_limit()
    if sys.platform.startswith("linux"):
        _not_dumpable()
    elif sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        _windows_no_error_reports()


def _no_core_limit() -> None:
    import resource

    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ValueError, OSError) as exc:  # pragma: no cover - lowering is always allowed
        log.warning("core dumps could not be disabled (%s)", type(exc).__name__)


def _not_dumpable() -> None:
    import ctypes

    try:
        # The C library is already loaded in this process: its symbols are found without
        # ctypes.util.find_library, which runs ldconfig in a subprocess (about 20 ms of
        # every start, issue 17). A libc without prctl there falls back to the search.
        libc = ctypes.CDLL(None, use_errno=True)
        if not hasattr(libc, "prctl"):  # pragma: no cover - glibc and musl export it
            import ctypes.util

            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        if libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl")
    except (OSError, AttributeError) as exc:  # pragma: no cover - prctl exists on Linux
        log.warning("the process could not be made non-dumpable (%s)", type(exc).__name__)


def _windows_no_error_reports() -> None:  # pragma: no cover - exercised on Windows only
    import ctypes

    sem_failcriticalerrors, sem_nogpfaulterrorbox = 0x0001, 0x0002
    wer_fault_reporting_no_ui = 0x0020
    windll = getattr(ctypes, "windll", None)
    if windll is None:
        return
    with contextlib.suppress(OSError, AttributeError):
        kernel32 = windll.kernel32
        kernel32.SetErrorMode(sem_failcriticalerrors | sem_nogpfaulterrorbox)
        kernel32.WerSetFlags(wer_fault_reporting_no_ui)
    with contextlib.suppress(OSError, AttributeError):
        windll.wer.WerAddExcludedApplication(ctypes.c_wchar_p(sys.executable), False)
