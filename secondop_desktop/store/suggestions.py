"""Suggested facts (read from structured records, waiting for the user's word) and the
studies an imaging disc lists. Rows only; what they mean lives in ``suggested/`` and
``records/``."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite_utils

PENDING, ACCEPTED, REJECTED = "pending", "accepted", "rejected"
_FIELDS = ("text", "date", "status", "code", "value", "unit", "reference_range", "flag")
_STUDY_FIELDS = (
    "study_date",
    "modality",
    "description",
    "body_part",
    "series",
    "images",
    "accession",
    "patient",
)


_COLUMNS = ", ".join(("case_id", "record_id", "kind", "key", *_FIELDS, "state", "created_at",
                      "decided_at"))  # fmt: skip
_INSERT = f"INTO suggestions ({_COLUMNS}) VALUES ({', '.join('?' for _ in _COLUMNS.split(', '))})"


def _values(
    case_id: int, record_id: int | None, r: dict[str, Any], state: str, now: str
) -> tuple[Any, ...]:
    decided = None if state == PENDING else now
    return (case_id, record_id, r["kind"], r["key"], *(r.get(f, "") for f in _FIELDS), state,
            now, decided)  # fmt: skip


def add_pending(
    db: sqlite_utils.Database,
    case_id: int,
    record_id: int,
    rows: Iterable[dict[str, str]],
    now: str,
) -> int:
    """Offer these facts (each a dict with ``kind``, ``key`` and the fields above); one
    already offered in this case under the same kind and key, whatever became of it, is
    not offered again. Returns how many are new."""
    before = db.execute("SELECT total_changes()").fetchone()[0]
    db.conn.executemany(
        f"INSERT OR IGNORE {_INSERT}",
        [_values(case_id, record_id, r, PENDING, now) for r in rows],
    )
    return int(db.execute("SELECT total_changes()").fetchone()[0] - before)


def restore(
    db: sqlite_utils.Database, case_id: int, rows: Iterable[dict[str, Any]], now: str
) -> None:
    """Suggestions as a case file carries them (record ids already mapped; a decided one
    keeps its decision, so the case's new vault offers nothing the user already decided,
    even when re-importing its record offered it again)."""
    db.conn.executemany(
        f"INSERT {_INSERT} ON CONFLICT (case_id, kind, key) DO UPDATE SET "
        "state = excluded.state, decided_at = excluded.decided_at",
        [_values(case_id, r.get("record_id"), r, r.get("state", PENDING), now) for r in rows],
    )


def for_case(
    db: sqlite_utils.Database, case_id: int, state: str | None = None
) -> list[dict[str, Any]]:
    where, args = "case_id = ?", [case_id]
    if state is not None:
        where, args = where + " AND state = ?", [case_id, state]  # type: ignore[list-item]
    return list(db.table("suggestions").rows_where(where, args, order_by="id"))


def get(db: sqlite_utils.Database, suggestion_id: int) -> dict[str, Any] | None:
    rows = list(db.table("suggestions").rows_where("id = ?", [suggestion_id]))
    return rows[0] if rows else None


def decide(
    db: sqlite_utils.Database,
    suggestion_id: int,
    state: str,
    now: str,
    section: str | None = None,
    fact_id: int | None = None,
) -> None:
    db.execute(
        "UPDATE suggestions SET state = ?, decided_at = ?, fact_section = ?, fact_id = ? "
        "WHERE id = ?",
        [state, now if state != PENDING else None, section, fact_id, suggestion_id],
    )


def revise(db: sqlite_utils.Database, suggestion_id: int, changes: dict[str, str]) -> None:
    """The user's corrections to a pending suggestion (it stays pending)."""
    unknown = set(changes) - set(_FIELDS)
    if unknown:
        raise ValueError(f"not a suggestion field: {', '.join(sorted(unknown))}")
    if changes:
        sets = ", ".join(f"{name} = ?" for name in changes)
        db.execute(
            f"UPDATE suggestions SET {sets} WHERE id = ? AND state = 'pending'",
            [*changes.values(), suggestion_id],
        )


def pending_count(db: sqlite_utils.Database, case_id: int) -> int:
    return int(
        db.execute(
            "SELECT count(*) FROM suggestions WHERE case_id = ? AND state = 'pending'", [case_id]
        ).fetchone()[0]
    )


# -- imaging studies ----------------------------------------------------------------------
def add_studies(
    db: sqlite_utils.Database, case_id: int, record_id: int, studies: Iterable[dict[str, Any]]
) -> None:
    db.conn.executemany(
        "INSERT INTO imaging_studies (case_id, record_id, position, "
        + ", ".join(_STUDY_FIELDS)
        + ") VALUES (?, ?, ?, "
        + ", ".join("?" for _ in _STUDY_FIELDS)
        + ")",
        [
            (case_id, record_id, n, *(s.get(f, "") for f in _STUDY_FIELDS))
            for n, s in enumerate(studies)
        ],
    )


def studies_for_case(db: sqlite_utils.Database, case_id: int) -> list[dict[str, Any]]:
    return list(
        db.table("imaging_studies").rows_where(
            "case_id = ?", [case_id], order_by="record_id, position"
        )
    )
