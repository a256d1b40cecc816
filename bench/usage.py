"""CPU accounting that sees the sandbox's workers.

On Linux the workers are forked from a fork server (records/sandbox.py), so they are the
server's children, not the benchmark's: ``RUSAGE_CHILDREN`` never sees them. The workers
report their own CPU and peak memory with each answer (``sandbox.worker_usage``), and the
fork server's own CPU (importing the parsers once) is read from /proc. Linux, where every
worker is forked (a spawned worker would be counted twice: as a child and by its report)."""

from __future__ import annotations

import os
import resource
from pathlib import Path


def fork_server_cpu() -> float:
    """CPU seconds the fork server itself has used (0 when none was started here)."""
    from multiprocessing import forkserver

    pid = getattr(forkserver._forkserver, "_forkserver_pid", None)
    stat = Path(f"/proc/{pid}/stat")
    if not pid or not stat.exists():
        return 0.0
    fields = stat.read_text().rsplit(")", 1)[1].split()  # from field 3 (state) on
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime, stime


def workers_cpu() -> float:
    """Every worker's CPU and the fork server's, so far in this process."""
    from secondop_desktop.records.sandbox import worker_usage

    return worker_usage()[0] + fork_server_cpu()


def workers_peak_mib() -> float:
    """The largest worker's peak memory: forked workers report theirs, spawned ones are
    this process's children."""
    from secondop_desktop.records.sandbox import worker_usage

    spawned = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return max(worker_usage()[1], spawned)


def cpu_with_workers() -> float:
    """This process's CPU, its own children's, and the sandbox workers'."""
    total = 0.0
    for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN):
        usage = resource.getrusage(who)
        total += usage.ru_utime + usage.ru_stime
    return total + workers_cpu()
