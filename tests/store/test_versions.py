"""SECURITY.md T14: vaults written by earlier releases open (kept as small fixtures); a
kill during a migration leaves the old or the new schema, never a mix."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

from secondop_desktop import cases, preparing
from secondop_desktop.cases import lists
from secondop_desktop.store import Vault
from secondop_desktop.store import backup as store
from secondop_desktop.store.migrations import latest_version

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
V4_PASS = "fixture vault passphrase v4"


def _copy(name: str, tmp_path: Path) -> Path:
    target = tmp_path / name
    shutil.copytree(FIXTURES / name, target)
    (target / "README.txt").unlink()
    return target


def test_a_vault_from_release_0_4_opens_and_is_upgraded(tmp_path: Path) -> None:
    folder = _copy("vault-v4", tmp_path)
    vault = Vault.open(folder, V4_PASS)
    try:
        assert vault.schema_version() == latest_version()
        (case,) = cases.list_cases(vault)
        assert case.patient_name == "Fixture Patient" and str(case.patient_dob) == "1950-05-06"
        (question,) = lists.list_items(vault, preparing.Question, case.id or 0)
        assert question.text == "Can I wait?" and question.trial_id is None
        assert vault.check() == []
    finally:
        vault.lock()
    (kept,) = store.list_backups(folder)  # the encrypted copy made before migrating
    assert kept.reason == "before migration" and kept.schema_version == 4


SLOW_MIGRATION = """
import sys, time
from secondop_desktop.store import Vault
from secondop_desktop.store.migrations import MIGRATIONS, Migration
def slow(db):
    db.execute("CREATE TABLE diary (id INTEGER PRIMARY KEY, text TEXT)")
    for i in range(200000):
        db.execute("INSERT INTO diary (text) VALUES (?)", [str(i) * 20])
        if i == 1000:
            print("inside", flush=True)
            sys.stdin.readline()  # mid-way through the migration: the test kills us here
extra = Migration(len(MIGRATIONS) + 1, "diary", slow)
Vault.open(sys.argv[1], sys.argv[2], migrations=[*MIGRATIONS, extra])
print("done", flush=True)
"""


def test_kill_during_migration_leaves_old_or_new_schema(tmp_path: Path) -> None:
    folder = _copy("vault-v4", tmp_path)
    proc = subprocess.Popen(
        [sys.executable, "-c", SLOW_MIGRATION, str(folder), V4_PASS],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, start_new_session=True,
    )  # fmt: skip
    assert proc.stdin is not None and proc.stdout is not None
    try:
        assert proc.stdout.readline().strip() == b"inside"  # mid-way through the slow one
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        proc.stdin.close()
        proc.stdout.close()
    vault = Vault.open(folder, V4_PASS)  # current code: migrates what was not done
    try:
        assert vault.schema_version() == latest_version()
        assert "diary" not in vault.db.table_names()  # the killed migration left nothing
        assert [c.patient_name for c in cases.list_cases(vault)] == ["Fixture Patient"]
        assert vault.check() == []
    finally:
        vault.lock()
