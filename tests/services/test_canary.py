"""SECURITY.md T1/T12 (foundation part): canary strings planted in every case field never
appear in any file under the data folder, while the vault is open and after it is closed,
including the log file and a backup."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from secondop_desktop import cases, logsetup, session
from secondop_desktop.store import TEST_KDF

from ..support import encodings, files_containing

CANARY = "CANARY7Q3X"


def _fields() -> dict[str, str]:
    text_fields = [
        "patient_name",
        "caregiver_name",
        "caregiver_relationship",
        "contact",
        "title",
        "reason",
    ]
    return {f: f"{CANARY}-{f}-Ünïcødé-王" for f in text_fields}


def test_canaries_never_reach_disk(tmp_path: Path) -> None:
    data = tmp_path / "data"
    logsetup.configure(data, level=logging.DEBUG)
    passphrase = f"{CANARY} passphrase orchard"
    vault, recovery = session.create_vault(data, passphrase, kdf=TEST_KDF)
    values = _fields()
    made = cases.create_case(
        vault,
        cases.Case(managed_by="caregiver", patient_dob=date(1950, 1, 1), **values),
    )
    made.reason = f"{CANARY} updated reason " * 50
    cases.update_case(vault, made)
    vault.backup_to(data / "backups" / "manual.db")
    needles = [
        b
        for v in [
            *values.values(),
            CANARY,
            passphrase,
            recovery.formatted(),
            vault.data_key().hex(),
        ]
        for b in encodings(v)
    ]
    needles.append(vault.data_key())
    # Open: database, -wal, -shm, header, settings, log, backup.
    assert Path(str(data / "vault.db") + "-wal").exists()
    assert files_containing([data], needles) == []
    vault.lock()
    assert files_containing([data], needles) == []
    reopened = session.unlock(data, passphrase)
    assert cases.get_case(reopened, made.id or 0).patient_name == values["patient_name"]
    reopened.lock()
    assert files_containing([data], needles) == []
    assert (data / "logs" / "secondop.log").read_text().strip(), "the log was written"
