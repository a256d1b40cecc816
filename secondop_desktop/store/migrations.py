"""Numbered schema migrations, applied in one transaction each.

``PRAGMA user_version`` holds the schema version. A migration is appended, never edited,
once released: fixture vaults from earlier releases must keep opening (SECURITY.md T14).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    apply: Callable[[sqlite_utils.Database], None]


def _v1_cases(db: sqlite_utils.Database) -> None:
    db.execute(
        """
        CREATE TABLE cases (
            id INTEGER PRIMARY KEY,
            patient_name TEXT NOT NULL,
            patient_dob TEXT,
            managed_by TEXT NOT NULL DEFAULT 'patient'
                CHECK (managed_by IN ('patient', 'caregiver')),
            caregiver_name TEXT NOT NULL DEFAULT '',
            caregiver_relationship TEXT NOT NULL DEFAULT '',
            contact TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL DEFAULT '',
            reason TEXT NOT NULL DEFAULT '',
            decide_by TEXT,
            status TEXT NOT NULL DEFAULT 'gathering'
                CHECK (status IN ('gathering', 'ready', 'sent', 'seen', 'decided')),
            archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """
    )


MIGRATIONS: Sequence[Migration] = (Migration(1, "cases", _v1_cases),)


def latest_version(migrations: Sequence[Migration] = MIGRATIONS) -> int:
    return max((m.version for m in migrations), default=0)
