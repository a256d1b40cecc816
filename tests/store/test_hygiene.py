"""Issue 14, process hygiene (SECURITY.md T15, T18): no core dumps of the app, the command
line or a sandbox worker; the instance lock before anything touches the vault folder; no
chmod of a folder we did not make; partial backups of killed processes swept; a private,
random temp folder per process; sentences for a full disk and a malformed backup.json."""

from __future__ import annotations

import contextlib
import json
import os
import resource
import stat
import subprocess
import sys
import tempfile
import textwrap
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from secondop_desktop.records import viewer_temp
from secondop_desktop.store import TEST_KDF, Vault
from secondop_desktop.store import backup as store_backup
from secondop_desktop.store.errors import StorageFull, VaultDamaged, VaultInUse
from secondop_desktop.store.instance import InstanceLock
from secondop_desktop.vault import backups

from ..files import text_pdf
from ..support import PASSPHRASE, file_hashes

LINUX = sys.platform.startswith("linux")
ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def _unlimited_core() -> None:
    """preexec_fn: start the child as a shell with ``ulimit -c unlimited`` would."""
    import resource

    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CORE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))


def _python(code: str, **kw: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # type: ignore[call-overload, no-any-return]
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True, text=True, timeout=120, preexec_fn=_unlimited_core, **kw,
    )  # fmt: skip


def _dead_pid() -> int:
    """The id of a process that has ended (and been reaped)."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


@contextlib.contextmanager
def _live_process() -> Iterator[int]:
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
    try:
        yield child.pid
    finally:
        child.kill()
        child.wait()


# -- core dumps ------------------------------------------------------------------------------
@pytest.mark.skipif(os.name != "posix", reason="RLIMIT_CORE is POSIX")
def test_a_hardened_process_has_no_core_limit_and_is_not_dumpable() -> None:
    done = _python(
        """
        import json, resource, sys
        from secondop_desktop.core.hardening import harden_process
        before = resource.getrlimit(resource.RLIMIT_CORE)
        harden_process()
        after = resource.getrlimit(resource.RLIMIT_CORE)
        dumpable = []
        if sys.platform.startswith("linux"):
            import ctypes
            libc = ctypes.CDLL(None)
            dumpable = [libc.prctl(3, 0, 0, 0, 0)]  # PR_GET_DUMPABLE
        print(json.dumps({"before": before, "after": after, "dumpable": dumpable}))
        """
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout)
    assert seen["after"] == [0, 0]
    # The child really started with core dumps allowed: checkable only while this test
    # process allows them (a CLI test run in-process in the same worker hardens it, and a
    # lowered hard limit cannot be raised again).
    if ROOT and resource.getrlimit(resource.RLIMIT_CORE) != (0, 0):
        assert seen["before"] != [0, 0]
    if LINUX:
        assert seen["dumpable"] == [0]


def _proc_core_and_dumpable(pid: int) -> tuple[str, bool]:
    """A process's core-file limit (soft and hard, from /proc) and whether it is dumpable.

    Linux shows no "Dumpable" line in /proc/PID/status; what it does show is the owner of
    the files in /proc/PID: those of a process that is not dumpable are owned by root. So
    the process is started with a group other than root's (see :func:`_own_group`), and
    a /proc/PID/status owned by root:root is the mark."""
    limits = Path(f"/proc/{pid}/limits").read_text()
    core = next(line for line in limits.splitlines() if line.startswith("Max core file size"))
    owner = Path(f"/proc/{pid}/status").stat()
    return " ".join(core.split()[4:6]), (owner.st_uid, owner.st_gid) != (0, 0)


def _own_group() -> None:
    """preexec_fn: core dumps allowed, and (as root) a group that is not root's, so that a
    non-dumpable process shows as one in /proc (its entries turn to root:root)."""
    _unlimited_core()
    if ROOT:
        os.setgid(54321)
        os.setgroups([])


def _dumpable_mark_visible() -> bool:
    """As root the group is changed; otherwise the user's own ids are not root's."""
    return ROOT or (hasattr(os, "getuid") and os.getuid() != 0)


@pytest.mark.skipif(not LINUX or not _dumpable_mark_visible(), reason="reads /proc")
def test_a_sandbox_worker_hardens_itself(tmp_path: Path) -> None:
    """The parent here does not harden itself: what the worker shows is the worker's own."""
    pdf = text_pdf(tmp_path / "a.pdf", [["Hello"]])
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(f"""
        import json, os
        from pathlib import Path
        from secondop_desktop.records.sandbox import SandboxPool, Task
        with SandboxPool(1) as pool:
            for outcome in pool.run([Task(0, {str(pdf)!r}, "application/pdf")]):
                assert outcome.reason is None, outcome.reason
                pid = pool._workers[0].process.pid
                limits = Path(f"/proc/{{pid}}/limits").read_text()
                core = [l for l in limits.splitlines() if l.startswith("Max core file size")]
                me = os.stat(f"/proc/{{os.getpid()}}/status")
                worker = os.stat(f"/proc/{{pid}}/status")
                print(json.dumps({{
                    "core": core[0].split()[4:6],
                    "parent": [me.st_uid, me.st_gid],
                    "worker": [worker.st_uid, worker.st_gid],
                }}))
        """)],
        capture_output=True, text=True, timeout=120, preexec_fn=_own_group,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["core"] == ["0", "0"]
    # The parent is dumpable (its /proc entry has its own ids); the worker is not (root's).
    assert seen["parent"] != [0, 0] and seen["worker"] == [0, 0]


@pytest.mark.skipif(not LINUX, reason="reads /proc; workers are forked on Linux only")
def test_workers_are_never_forks_of_the_app(tmp_path: Path) -> None:
    """Workers are forked from the fork server, a clean interpreter that imported the
    parsers and never held a key or a record: a fork of the app would carry its memory
    (the vault's key, decrypted records) into the process that reads hostile files."""
    from multiprocessing import forkserver

    from secondop_desktop.records import sandbox
    from secondop_desktop.records.sandbox import SandboxPool, Task

    sandbox.prepare()  # what the window does after unlock: the server starts, alone
    started = forkserver._forkserver._forkserver_pid  # type: ignore[attr-defined]
    assert started is not None and Path(f"/proc/{started}").exists()
    pdf = text_pdf(tmp_path / "a.pdf", [["Hello"]])
    with SandboxPool(1) as pool:
        for outcome in pool.run([Task(0, str(pdf), "application/pdf")]):
            assert outcome.reason is None, outcome.reason
            pid = pool._workers[0].process.pid
            status = Path(f"/proc/{pid}/status").read_text()
            parent = int(next(x for x in status.splitlines() if x.startswith("PPid:")).split()[1])
            assert parent != os.getpid()
            server = Path(f"/proc/{parent}/cmdline").read_bytes().replace(b"\0", b" ")
            assert b"multiprocessing.forkserver" in server  # a fresh interpreter, not us
            assert parent == started  # the one prepare() started: no second server


@pytest.mark.skipif(not LINUX or not _dumpable_mark_visible(), reason="reads /proc")
def test_the_command_line_is_hardened_before_it_asks_for_the_passphrase(vault_dir: Path) -> None:
    vault_dir.parent.chmod(0o755)  # the command runs with another group: let it in
    vault_dir.chmod(0o777)
    for path in vault_dir.iterdir():
        path.chmod(0o666)
    cli = subprocess.Popen(
        [sys.executable, "-m", "secondop_desktop", "case", "list", "--vault", str(vault_dir),
         "--passphrase-stdin"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        preexec_fn=_own_group,
    )  # fmt: skip
    try:
        # It waits for the passphrase on standard input: look at it while it waits.
        seen: tuple[str, bool] | None = None
        for _ in range(600):
            seen = _proc_core_and_dumpable(cli.pid)
            if seen == ("0 0", False):
                break
            with contextlib.suppress(subprocess.TimeoutExpired):
                cli.wait(0.05)
        assert seen == ("0 0", False)
    finally:
        cli.communicate((PASSPHRASE + "\n").encode(), timeout=120)
    assert cli.returncode == 0


# -- the instance lock first -----------------------------------------------------------------
def test_a_refused_second_command_changes_no_file_of_the_first(vault_dir: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", (
            "import sys, time\n"
            "from secondop_desktop.store.instance import InstanceLock\n"
            f"InstanceLock({str(vault_dir)!r}).acquire()\n"
            "print('held', flush=True)\n"
            "time.sleep(120)\n"
        )],
        stdout=subprocess.PIPE,
    )  # fmt: skip
    assert holder.stdout is not None and holder.stdout.readline().strip() == b"held"
    try:
        # The running instance is half-way through a header write and a restore.
        (vault_dir / f".vault.header.{holder.pid}.tmp").write_bytes(b"new header, half written")
        (vault_dir / ".vault.db.restore").write_bytes(b"restored database, half copied")
        before = file_hashes(vault_dir)
        for command in (["case", "list"], ["check"], ["backup", "--out", str(vault_dir.parent)]):
            cli = subprocess.run(
                [sys.executable, "-m", "secondop_desktop", *command, "--vault", str(vault_dir),
                 "--passphrase-stdin"],
                input=PASSPHRASE + "\n", capture_output=True, text=True, timeout=120,
            )  # fmt: skip
            assert cli.returncode == 1 and "already open in another SecondOp" in cli.stderr
            assert file_hashes(vault_dir) == before
    finally:
        holder.kill()
        holder.wait()


def test_a_wrong_passphrase_leaves_no_lock_file_behind(vault_dir: Path) -> None:
    before = file_hashes(vault_dir)
    cli = subprocess.run(
        [sys.executable, "-m", "secondop_desktop", "case", "list", "--vault", str(vault_dir),
         "--passphrase-stdin"],
        input="not the passphrase\n", capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert cli.returncode == 1
    assert file_hashes(vault_dir) == before
    InstanceLock(vault_dir).acquire().release()  # and the lock is free


# -- folders we did not make -----------------------------------------------------------------
@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_a_backup_into_a_shared_folder_leaves_its_mode_alone(vault: Vault, tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o1777)
    made = backups.back_up_to(vault, shared / "x")
    assert stat.S_IMODE(shared.stat().st_mode) == 0o1777
    assert stat.S_IMODE(made.stat().st_mode) == 0o600
    assert sorted(p.name for p in shared.iterdir()) == [made.name]
    fresh = backups.back_up_to(vault, tmp_path / "new" / "x")  # a folder we make: ours, 0700
    assert stat.S_IMODE(fresh.parent.stat().st_mode) == 0o700


@pytest.mark.skipif(ROOT or os.name != "posix", reason="root may write anywhere")
def test_a_backup_into_a_writable_folder_of_another_mode_works(
    vault: Vault, tmp_path: Path
) -> None:
    # A folder the user may write into but whose mode is not ours to set (0775 here).
    group = tmp_path / "group"
    group.mkdir()
    group.chmod(0o775)
    backups.back_up_to(vault, group / "x")
    assert stat.S_IMODE(group.stat().st_mode) == 0o775


# -- partial backups of killed processes -----------------------------------------------------
def test_partial_backups_of_ended_processes_are_swept(vault: Vault, tmp_path: Path) -> None:
    folder = store_backup.backups_dir(vault.folder)
    folder.mkdir(exist_ok=True)
    dead = _dead_pid()
    stale = [
        folder / f".auto-1.secondop-backup.{dead}.part",
        folder / f".auto-1.secondop-backup.{dead}.db",
        folder / f"..auto-1.secondop-backup.{dead}.db.tmp",
    ]
    out = tmp_path / "usb"
    out.mkdir()
    stale_out = out / f".x.secondop-backup.{dead}.part"
    mine = out / f".x.not-ours.{dead}.part"  # not a backup's: never touched
    for path in [*stale, stale_out, mine]:
        path.write_bytes(b"partial copy")
    with _live_process() as alive:
        running = folder / f".auto-2.secondop-backup.{alive}.part"
        running.write_bytes(b"a backup being written right now")
        store_backup.auto_backup(vault, "test")
        backups.back_up_to(vault, out / "x")
        assert running.exists()
    assert not any(p.exists() for p in [*stale, stale_out])
    assert mine.exists()


# -- backup.json -----------------------------------------------------------------------------
@pytest.mark.parametrize("text", [b"{", b"[]", b'{"created": 5}', b'{"created": "x"}', b"\xff"])
def test_a_malformed_backup_json_is_a_sentence(vault: Vault, tmp_path: Path, text: bytes) -> None:
    good = backups.back_up_to(vault, tmp_path / "good")
    bad = tmp_path / "bad.secondop-backup"
    with zipfile.ZipFile(good) as zin, zipfile.ZipFile(bad, "w") as zout:
        for name in zin.namelist():
            zout.writestr(name, text if name == store_backup.INFO_NAME else zin.read(name))
    with pytest.raises(VaultDamaged, match=r"backup\.json"):
        store_backup.verify_file(bad)
    restored = tmp_path / "restored"
    with pytest.raises(VaultDamaged, match="Choose another backup"):
        backups.restore(restored, bad)
    assert not restored.exists() or not any(restored.iterdir())
    cli = subprocess.run(
        [sys.executable, "-m", "secondop_desktop", "restore", "--from", str(bad), "--vault",
         str(tmp_path / "elsewhere")],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert cli.returncode == 1 and "backup.json" in cli.stderr and "Traceback" not in cli.stderr


# -- a full disk -----------------------------------------------------------------------------
@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[Path]:
    """A healthy vault on a disk with no space left (a small tmpfs: needs root)."""
    if not ROOT or not LINUX:
        pytest.skip("mounting a small tmpfs needs root (CI runs as root)")
    disk = tmp_path / "disk"
    disk.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m,mode=0700", "tmpfs", str(disk)],
                      capture_output=True).returncode != 0:  # fmt: skip
        pytest.skip("this container may not mount a tmpfs")
    try:
        vault, _ = Vault.create(disk / "vault", PASSPHRASE, kdf=TEST_KDF)
        vault.lock()
        with open(disk / "filler", "wb") as fh, contextlib.suppress(OSError):
            while True:
                fh.write(b"\0" * 65536)
                fh.flush()
        yield disk / "vault"
    finally:
        subprocess.run(["umount", "-l", str(disk)], capture_output=True)


def test_a_healthy_vault_on_a_full_disk_is_told_as_a_full_disk(full_disk: Path) -> None:
    before = file_hashes(full_disk)
    with pytest.raises(StorageFull, match="disk holding it is full") as info:
        Vault.open(full_disk, PASSPHRASE)
    assert not isinstance(info.value, VaultDamaged)
    cli = subprocess.run(
        [sys.executable, "-m", "secondop_desktop", "case", "list", "--vault", str(full_disk),
         "--passphrase-stdin"],
        input=PASSPHRASE + "\n", capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert cli.returncode == 1 and "is full" in cli.stderr and "backup" not in cli.stderr
    after = file_hashes(full_disk)  # SQLite may leave an empty -wal and its -shm
    assert {k: after[k] for k in ("vault.db", "vault.header")} == {
        k: before[k] for k in ("vault.db", "vault.header")
    }


# -- the viewer's temp folder ----------------------------------------------------------------
def test_each_process_has_its_own_random_private_viewer_folder() -> None:
    mine = viewer_temp.private_path("packet-print-1.pdf").parent
    assert mine.name.startswith(f"secondop-view-{os.getpid()}-") and len(mine.name) > 40
    if os.name == "posix":
        assert stat.S_IMODE(mine.stat().st_mode) == 0o700
    other = _python(
        "from secondop_desktop.records import viewer_temp\n"
        "print(viewer_temp.private_path('x.pdf').parent)"
    )
    assert other.returncode == 0, other.stderr
    theirs = Path(other.stdout.strip())
    assert theirs != mine and theirs.parent == mine.parent
    viewer_temp.wipe()
    assert not mine.exists()


def test_a_squatted_predictable_path_does_not_block_the_viewer() -> None:
    root = Path(tempfile.gettempdir())
    uid = os.getuid() if hasattr(os, "getuid") else os.getlogin()
    (root / f"secondop-view-{uid}").write_bytes(b"squatter")  # the name older versions used
    path = viewer_temp.private_path("packet-preview-1.pdf")
    path.write_bytes(b"%PDF-1.7")
    assert path.read_bytes() == b"%PDF-1.7"
    viewer_temp.wipe()
    assert (root / f"secondop-view-{uid}").read_bytes() == b"squatter"  # not ours: left


def test_wipe_keeps_a_running_instances_folder_and_sweeps_an_ended_ones() -> None:
    root = Path(tempfile.gettempdir())
    ended = root / f"secondop-view-{_dead_pid()}-{'a' * 32}"
    ended.mkdir(mode=0o700)
    (ended / "record.pdf").write_bytes(b"a plain copy left by a kill")
    with _live_process() as alive:
        running = root / f"secondop-view-{alive}-{'b' * 32}"
        running.mkdir(mode=0o700)
        (running / "print.pdf").write_bytes(b"being printed right now")
        viewer_temp.wipe()  # what start, lock and quit do
        assert (running / "print.pdf").exists()
    assert not ended.exists()


def test_instance_lock_refuses_with_a_sentence(vault_dir: Path) -> None:
    lock = InstanceLock(vault_dir).acquire()
    try:
        done = _python(
            f"""
            from secondop_desktop.store.instance import InstanceLock
            from secondop_desktop.store.errors import VaultInUse
            try:
                InstanceLock({str(vault_dir)!r}).acquire()
            except VaultInUse as exc:
                print(exc)
            """
        )
        assert "already open" in done.stdout
    finally:
        lock.release()
    assert VaultInUse  # the type the app shows
