"""Rows of the case-facts sections (care team, opinions, timeline, medications, ...).

One small repository for several simple tables: each is a list of rows belonging to a
case, kept in the user's order, some linked to records. Table names come only from the
fixed set below, never from input.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite_utils

TABLES = frozenset(
    {
        "clinicians",
        "conditions",
        "opinions",
        "resolve_points",
        "timeline_events",
        "medications",
        "allergies",
        "family_history",
        "questions",
        "answers",
        "options",
        "option_points",
        "trials",
        "appointments",
        "lab_results",
    }
)


def _table(name: str) -> str:
    if name not in TABLES:
        raise ValueError(f"unknown section table {name!r}")
    return name


def insert(db: sqlite_utils.Database, table: str, row: dict[str, Any]) -> int:
    table = _table(table)
    if "id" in row and row["id"] is None:
        row = {k: v for k, v in row.items() if k != "id"}
    if "position" not in row:
        row = {
            **row,
            "position": db.execute(
                f"SELECT coalesce(max(position), 0) + 1 FROM {table} WHERE case_id = ?",
                [row["case_id"]],
            ).fetchone()[0],
        }
    t = db.table(table)
    t.insert(row)
    return int(t.last_pk)  # type: ignore[arg-type]


def update(db: sqlite_utils.Database, table: str, item_id: int, row: dict[str, Any]) -> None:
    db.table(_table(table)).update(item_id, row)


def get(db: sqlite_utils.Database, table: str, item_id: int) -> dict[str, Any] | None:
    rows = list(db.table(_table(table)).rows_where("id = ?", [item_id]))
    return rows[0] if rows else None


def for_case(
    db: sqlite_utils.Database, table: str, case_id: int, order_by: str = "position, id"
) -> list[dict[str, Any]]:
    return list(db.table(_table(table)).rows_where("case_id = ?", [case_id], order_by=order_by))


def delete(db: sqlite_utils.Database, table: str, item_id: int) -> None:
    db.execute(f"DELETE FROM {_table(table)} WHERE id = ?", [item_id])
    db.execute("DELETE FROM fact_record_links WHERE section = ? AND item_id = ?", [table, item_id])
    delete_drafts(db, table, item_id)


def links(db: sqlite_utils.Database, table: str) -> dict[int, list[int]]:
    out: dict[int, list[int]] = {}
    for item_id, record_id in db.execute(
        "SELECT item_id, record_id FROM fact_record_links WHERE section = ? ORDER BY record_id",
        [_table(table)],
    ).fetchall():
        out.setdefault(int(item_id), []).append(int(record_id))
    return out


def set_links(db: sqlite_utils.Database, table: str, item_id: int, record_ids: list[int]) -> None:
    db.execute(
        "DELETE FROM fact_record_links WHERE section = ? AND item_id = ?", [_table(table), item_id]
    )
    db.conn.executemany(
        "INSERT INTO fact_record_links (section, item_id, record_id) VALUES (?, ?, ?)",
        [(table, item_id, r) for r in sorted(set(record_ids))],
    )


def get_value(db: sqlite_utils.Database, case_id: int, key: str) -> str | None:
    row = db.execute(
        "SELECT value FROM case_values WHERE case_id = ? AND key = ?", [case_id, key]
    ).fetchone()
    return str(row[0]) if row else None


def set_value(db: sqlite_utils.Database, case_id: int, key: str, value: str, now: str) -> None:
    db.execute(
        "INSERT INTO case_values (case_id, key, value, updated_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (case_id, key) DO UPDATE SET value = excluded.value, "
        "updated_at = excluded.updated_at",
        [case_id, key, value, now],
    )


def delete_value(db: sqlite_utils.Database, case_id: int, key: str) -> None:
    db.execute("DELETE FROM case_values WHERE case_id = ? AND key = ?", [case_id, key])


def existing_record_ids(db: sqlite_utils.Database, record_ids: tuple[int, ...]) -> set[int]:
    """Which of these records still exist (an undone delete must not link to a gone one)."""
    if not record_ids:
        return set()
    marks = ", ".join("?" for _ in record_ids)
    rows = db.execute(f"SELECT id FROM records WHERE id IN ({marks})", list(record_ids))
    return {int(r[0]) for r in rows.fetchall()}


# -- drafts: what was typed into a field but could not be stored as its value -------------
def set_drafts(
    db: sqlite_utils.Database,
    table: str,
    case_id: int,
    item_id: int,
    drafts: list[tuple[str, str, str]],
    now: str,
) -> None:
    """Replace an entry's drafts with ``(field, typed text, message)`` triples."""
    db.execute(
        "DELETE FROM field_drafts WHERE section = ? AND item_id = ?", [_table(table), item_id]
    )
    db.conn.executemany(
        "INSERT INTO field_drafts (case_id, section, item_id, field, typed, message, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(case_id, table, item_id, f, typed, message, now) for f, typed, message in drafts],
    )


def drafts_for_case(
    db: sqlite_utils.Database, table: str, case_id: int
) -> dict[int, list[tuple[str, str, str]]]:
    out: dict[int, list[tuple[str, str, str]]] = {}
    for item_id, field, typed, message in db.execute(
        "SELECT item_id, field, typed, message FROM field_drafts "
        "WHERE section = ? AND case_id = ? ORDER BY item_id, field",
        [_table(table), case_id],
    ).fetchall():
        out.setdefault(int(item_id), []).append((str(field), str(typed), str(message)))
    return out


def delete_drafts(db: sqlite_utils.Database, table: str, item_id: int) -> None:
    db.execute(
        "DELETE FROM field_drafts WHERE section = ? AND item_id = ?", [_table(table), item_id]
    )
