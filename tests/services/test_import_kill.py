"""SECURITY.md T7: kill -9 at random moments. During an import (many rounds: CI 10, the
stress script 200): the vault passes its checks, every record whose import was reported
done is present and byte-identical, no half records, no orphan chunks. During a passphrase
change (CI 10 rounds, the stress script 100): exactly one of the old and new passphrases
opens, data intact. During a backup: no partial file at the destination.

The kill moments are random (seeded), but whether a kill lands where it should is not left
to timing: the import waits at a gate after each record it reports, so it cannot finish
before its kill, and the passphrase changer is killed only once it is changing."""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PIL import Image

from secondop_desktop import cases, records
from secondop_desktop.store import Vault
from secondop_desktop.store import backup as store
from secondop_desktop.store import records as repo
from secondop_desktop.store.errors import WrongPassphrase

from ..files import text_pdf
from ..support import PASSPHRASE

# CI's counts; bench/stress.py sets SECONDOP_KILL_ROUNDS (200: 200 imports, 100 changes).
_STRESS_ROUNDS = os.environ.get("SECONDOP_KILL_ROUNDS")
ROUNDS = int(_STRESS_ROUNDS) if _STRESS_ROUNDS else 10
CHANGE_ROUNDS = max(5, int(_STRESS_ROUNDS) // 2) if _STRESS_ROUNDS else 10
INPUTS = 40
AHEAD = 4  # records the import may store past the kill window before it must wait


def _inputs(folder: Path) -> Path:
    folder.mkdir()
    for i in range(INPUTS):
        if i % 8 == 0:  # some multi-chunk files (3.6 MB), so a kill can land mid-record
            noise = Image.effect_noise((1200, 1000), 90).convert("RGB")
            noise.save(folder / f"{i:02}.png", compress_level=0)  # made in 0.05 s, not 0.4 s
        else:
            text_pdf(folder / f"{i:02}.pdf", [[f"record {i} " + "text " * 50]] * 5)
    return folder


# The real command line (`secondop import`), whose stderr waits at a gate after each "done"
# line until the test lets it go on (one byte per record on the gate pipe): the test lets
# it run a few records past the kill window, so the kill always lands inside the import
# (mid-record, or between records) and never after it has finished.
GATED_IMPORT = """
import os
import sys

from secondop_desktop import cli

gate = int(sys.argv[1])


class GatedStderr:
    def __init__(self, stream):
        self.stream, self.reported = stream, False

    def write(self, text):
        self.reported = self.reported or text.startswith("done")
        return self.stream.write(text)

    def flush(self):
        self.stream.flush()
        if self.reported:
            self.reported = False
            os.read(gate, 1)  # blocks until the test lets the import go on

    def __getattr__(self, name):
        return getattr(self.stream, name)


sys.stderr = GatedStderr(sys.stderr)
sys.exit(cli.main(sys.argv[2:]))
"""


def _spawn(*args: str, pass_fds: tuple[int, ...] = ()) -> subprocess.Popen[bytes]:
    proc = subprocess.Popen(
        [sys.executable, *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
        pass_fds=pass_fds,
    )
    assert proc.stdin is not None
    proc.stdin.write((PASSPHRASE + "\n").encode())
    proc.stdin.close()
    return proc


def _kill(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()


def test_kill_during_import_at_random_moments(vault_dir: Path, tmp_path: Path) -> None:
    vault = Vault.open(vault_dir, PASSPHRASE)
    cases.create_case(vault, cases.Case(patient_name="Ana"))
    vault.lock()
    inputs = _inputs(tmp_path / "in")
    rng = random.Random(int(os.environ.get("SECONDOP_KILL_SEED", "7")))
    landed = mid_import = 0
    for round_no in range(ROUNDS):
        work = tmp_path / f"round-{round_no}"
        shutil.copytree(vault_dir, work)
        # Wait for a random number of records to be reported stored, then a random
        # fraction of the next one, and kill: anywhere in the import, between or mid-record.
        wanted = rng.randrange(0, INPUTS - AHEAD - 1)
        gate_out, gate_in = os.pipe()
        os.write(gate_in, b"g" * (wanted + AHEAD))  # lets it run AHEAD records past `wanted`
        proc = _spawn(
            "-c", GATED_IMPORT, str(gate_out), "import", "--vault", str(work),
            "--passphrase-stdin", "--case", "1", "--progress", str(inputs),
            pass_fds=(gate_out,),
        )  # fmt: skip
        os.close(gate_out)
        assert proc.stderr is not None
        lines: list[str] = []
        while sum(line.startswith("done") for line in lines) < wanted:
            line = proc.stderr.readline().decode()
            if not line:
                break
            lines.append(line)
        time.sleep(rng.uniform(0, 0.08))
        _kill(proc)
        os.close(gate_in)
        reported = "".join(lines) + proc.stderr.read().decode()
        vault = Vault.open(work, PASSPHRASE)
        try:
            assert vault.check() == []
            stored = {r.original_name: r for r in records.list_records(vault, 1)}
            # At least what was reported before the kill window, at most what the gate let
            # through plus the record it was storing: never the whole import.
            assert wanted <= len(stored) <= wanted + AHEAD + 1, (round_no, wanted, len(stored))
            mid_import += wanted > 0
            landed += 0 < len(stored) < INPUTS
            for line in reported.splitlines():
                if line.startswith("done\timported\t"):
                    name = Path(line.split("\t")[2]).name
                    assert name in stored, f"round {round_no}: {name} reported but missing"
            for rec in stored.values():
                content = records.read_content(vault, rec.id)
                assert hashlib.sha256(content).hexdigest() == rec.sha256
                assert content == (inputs / rec.original_name).read_bytes()
            assert repo.orphan_chunks(vault.db) == 0
        finally:
            vault.lock()
        shutil.rmtree(work)
    assert landed >= mid_import, "every kill after a reported record lands mid-import"


CHANGER = """
import sys
from secondop_desktop.store import TEST_KDF, Vault
folder, a, b = sys.argv[1:4]
vault = Vault.open(folder, a)
current = a
while True:
    nxt = b if current == a else a
    vault.change_passphrase(nxt, kdf=TEST_KDF)
    current = nxt
    print(current, flush=True)
"""


def test_kill_during_passphrase_change_leaves_exactly_one_working(vault_dir: Path) -> None:
    vault = Vault.open(vault_dir, PASSPHRASE)
    cases.create_case(vault, cases.Case(patient_name="Ana"))
    vault.lock()
    other = "the other passphrase 9"
    rng = random.Random(3)
    for _ in range(CHANGE_ROUNDS):
        proc = subprocess.Popen(
            [sys.executable, "-c", CHANGER, str(vault_dir), PASSPHRASE, other],
            stdout=subprocess.PIPE, start_new_session=True,
        )  # fmt: skip
        # Once the first change is done the changer is in its loop (a change takes a few
        # ms): the kill lands at a random point of one of the next changes, not in start-up.
        assert proc.stdout is not None and proc.stdout.readline(), "the changer did not start"
        time.sleep(rng.uniform(0, 0.03))
        _kill(proc)
        proc.stdout.close()
        opened = []
        for candidate in (PASSPHRASE, other):
            try:
                v = Vault.open(vault_dir, candidate)
            except WrongPassphrase:
                continue
            opened.append(candidate)
            assert [c.patient_name for c in cases.list_cases(v)] == ["Ana"]
            v.lock()
        assert len(opened) == 1, opened
        if opened == [other]:  # put the known passphrase back for the next round
            v = Vault.open(vault_dir, other)
            v.change_passphrase(PASSPHRASE)
            v.lock()
    Vault.open(vault_dir, PASSPHRASE).lock()  # opening sweeps temporaries of killed writes
    assert not list(vault_dir.glob(".*.tmp"))


BACKUPER = """
import sys
from pathlib import Path
from secondop_desktop.store import Vault
from secondop_desktop.store.backup import write_backup
folder, target, passphrase = sys.argv[1:4]
vault = Vault.open(folder, passphrase)
print("open", flush=True)
while True:
    write_backup(vault, Path(target), "by hand")
    Path(target).unlink()
"""


@pytest.mark.parametrize("delay", [0.02, 0.05, 0.1, 0.2])
def test_kill_during_backup_leaves_no_partial_file(
    vault_dir: Path, tmp_path: Path, delay: float
) -> None:
    vault = Vault.open(vault_dir, PASSPHRASE)
    case = cases.create_case(vault, cases.Case(patient_name="Ana"))
    for i in range(150):
        cases.create_case(vault, cases.Case(patient_name=f"P{i}", reason="r" * 2000))
    vault.lock()
    target = tmp_path / "out" / f"b{store.SUFFIX}"
    target.parent.mkdir()
    proc = subprocess.Popen(
        [sys.executable, "-c", BACKUPER, str(vault_dir), str(target), PASSPHRASE],
        stdout=subprocess.PIPE, start_new_session=True,
    )  # fmt: skip
    assert proc.stdout is not None and proc.stdout.readline().strip() == b"open"
    time.sleep(delay)
    _kill(proc)
    if target.exists():  # killed between a rename and the unlink: then it is complete
        assert store.verify_file(target).reason == "by hand"
    leftovers = [p for p in target.parent.iterdir() if p != target]
    assert all(p.name.startswith(".") for p in leftovers)  # hidden temporaries only
    assert case.id is not None
