"""SECURITY.md T7 (import part): kill -9 the import process mid-way; only complete records
remain, each byte-identical to its file, with no orphan chunks."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from PIL import Image

from secondop_desktop import cases, records
from secondop_desktop.store import Vault
from secondop_desktop.store import records as repo

from ..files import text_pdf
from ..support import PASSPHRASE


def test_kill_during_import_leaves_only_complete_records(vault_dir: Path, tmp_path: Path) -> None:
    vault = Vault.open(vault_dir, PASSPHRASE)
    cases.create_case(vault, cases.Case(patient_name="Ana"))
    vault.lock()
    inputs = tmp_path / "in"
    inputs.mkdir()
    for i in range(80):
        if i % 8 == 0:  # some multi-chunk files, so a kill can land mid-record
            Image.effect_noise((1200, 1000), 90).convert("RGB").save(inputs / f"{i:02}.png")
        else:
            text_pdf(inputs / f"{i:02}.pdf", [[f"record {i} " + "text " * 50]] * 5)
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "secondop_desktop",
            "import",
            "--vault",
            str(vault_dir),
            "--passphrase-stdin",
            "--case",
            "1",
            str(inputs),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    assert proc.stdin is not None
    proc.stdin.write((PASSPHRASE + "\n").encode())
    proc.stdin.close()
    watcher = Vault.open(vault_dir, PASSPHRASE)  # WAL: each query sees the latest commit
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.poll() is None:
            done = watcher.db.execute("SELECT count(*) FROM records").fetchone()[0]
            if done >= 3:
                break
            time.sleep(0.01)
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    finally:
        watcher.lock()
    vault = Vault.open(vault_dir, PASSPHRASE)
    try:
        assert vault.check() == []
        stored = records.list_records(vault, 1)
        assert 3 <= len(stored) < 80, "the kill should land mid-import"
        for rec in stored:
            content = records.read_content(vault, rec.id)
            assert hashlib.sha256(content).hexdigest() == rec.sha256
            assert content == (inputs / rec.original_name).read_bytes()
            assert len(content) == rec.size
        assert repo.orphan_chunks(vault.db) == 0
    finally:
        vault.lock()
