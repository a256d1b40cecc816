"""SECURITY.md T7: kill -9 at random moments. During an import (many rounds: CI 20, the
stress script more): the vault passes its checks, every record whose import was reported
done is present and byte-identical, no half records, no orphan chunks. During a passphrase
change: exactly one of the old and new passphrases opens, data intact. During a backup: no
partial file at the destination."""

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

ROUNDS = int(os.environ.get("SECONDOP_KILL_ROUNDS", "20"))


def _inputs(folder: Path) -> Path:
    folder.mkdir()
    for i in range(40):
        if i % 8 == 0:  # some multi-chunk files, so a kill can land mid-record
            Image.effect_noise((1200, 1000), 90).convert("RGB").save(folder / f"{i:02}.png")
        else:
            text_pdf(folder / f"{i:02}.pdf", [[f"record {i} " + "text " * 50]] * 5)
    return folder


def _spawn(*args: str) -> subprocess.Popen[bytes]:
    proc = subprocess.Popen(
        [sys.executable, *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
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
    landed = 0
    for round_no in range(ROUNDS):
        work = tmp_path / f"round-{round_no}"
        shutil.copytree(vault_dir, work)
        proc = _spawn(
            "-m", "secondop_desktop", "import", "--vault", str(work), "--passphrase-stdin",
            "--case", "1", "--progress", str(inputs),
        )  # fmt: skip
        # Wait for a random number of records to be reported stored, then a random
        # fraction of the next one, and kill: anywhere in the import, between or mid-record.
        assert proc.stderr is not None
        wanted = rng.randrange(0, 36)
        lines: list[str] = []
        while sum(line.startswith("done") for line in lines) < wanted:
            line = proc.stderr.readline().decode()
            if not line:
                break
            lines.append(line)
        time.sleep(rng.uniform(0, 0.08))
        _kill(proc)
        reported = "".join(lines) + proc.stderr.read().decode()
        vault = Vault.open(work, PASSPHRASE)
        try:
            assert vault.check() == []
            stored = {r.original_name: r for r in records.list_records(vault, 1)}
            landed += 0 < len(stored) < len(list(inputs.iterdir()))
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
    assert landed >= ROUNDS // 3, "most kills should land mid-import"


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
    for _ in range(max(5, ROUNDS // 2)):
        proc = subprocess.Popen(
            [sys.executable, "-c", CHANGER, str(vault_dir), PASSPHRASE, other],
            stdout=subprocess.DEVNULL, start_new_session=True,
        )  # fmt: skip
        time.sleep(rng.uniform(0.3, 1.2))
        _kill(proc)
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
