"""Issue 12: timeline dates kept with a separate precision column (a date and "month",
"year" or "approximate") become dates that carry their own precision, as EDTF text."""

from __future__ import annotations

from pathlib import Path

from secondop_desktop import cases, facts
from secondop_desktop.cases import lists
from secondop_desktop.store import TEST_KDF, Vault
from secondop_desktop.store.migrations import MIGRATIONS, latest_version
from secondop_desktop.summary import case_document

from ..support import PASSPHRASE

(DATES,) = [m for m in MIGRATIONS if m.description == "dates at the precision people remember"]


def test_old_timeline_rows_keep_what_they_meant(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    before = [m for m in MIGRATIONS if m.version < DATES.version]
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=TEST_KDF, migrations=before)
    try:
        with vault.transaction() as db:
            # Written as that schema had it (the case code of today writes newer columns).
            db.execute(
                "INSERT INTO cases (patient_name, created_at, updated_at) "
                "VALUES ('Ana', '2026-01-01T00:00:00+00:00', '2026-01-01T00:00:00+00:00')"
            )
            case = cases.Case(patient_name="Ana", id=1)
            for title, happened_on, precision in (
                ("Biopsy", "2026-10-18", "day"),
                ("Neck lump noticed", "2026-08-01", "month"),
                ("Night sweats", "2025-01-01", "year"),
                ("Tired", "2026-06-01", "approximate"),
            ):
                db.execute(
                    "INSERT INTO timeline_events (case_id, happened_on, precision, title, "
                    "created_at, updated_at) VALUES (?, ?, ?, ?, '2026-01-01', '2026-01-01')",
                    [case.id, happened_on, precision, title],
                )
    finally:
        vault.lock()

    vault = Vault.open(folder, PASSPHRASE)  # migrates
    try:
        assert vault.schema_version() == latest_version()
        events = lists.list_items(vault, facts.TimelineEvent, case.id or 0)
        assert [(e.title, e.date_text()) for e in events] == [
            ("Night sweats", "2025"),
            ("Tired", "about June 2026"),
            ("Neck lump noticed", "August 2026"),
            ("Biopsy", "18 October 2026"),
        ]
        stored = [e["happened_on"] for e in case_document(vault, case.id or 0)["timeline"]]
        assert stored == ["2025", "2026-06~", "2026-08", "2026-10-18"]
        assert vault.check() == []
    finally:
        vault.lock()
