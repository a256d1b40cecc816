"""Records-checklist rows and their links to imported records."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite_utils

TABLE = "checklist_items"


def insert(db: sqlite_utils.Database, row: dict[str, Any]) -> int:
    position = db.execute(
        "SELECT coalesce(max(position), 0) + 1 FROM checklist_items WHERE case_id = ?",
        [row["case_id"]],
    ).fetchone()[0]
    table = db.table(TABLE)
    table.insert({**row, "position": position})
    return int(table.last_pk)  # type: ignore[arg-type]


def update(db: sqlite_utils.Database, item_id: int, changes: dict[str, Any]) -> None:
    db.table(TABLE).update(item_id, changes)


def get(db: sqlite_utils.Database, item_id: int) -> dict[str, Any] | None:
    rows = list(db.table(TABLE).rows_where("id = ?", [item_id]))
    return rows[0] if rows else None


def for_case(db: sqlite_utils.Database, case_id: int) -> list[dict[str, Any]]:
    return list(db.table(TABLE).rows_where("case_id = ?", [case_id], order_by="position, id"))


def delete(db: sqlite_utils.Database, item_id: int) -> None:
    db.execute("DELETE FROM checklist_items WHERE id = ?", [item_id])


def links(db: sqlite_utils.Database, case_id: int) -> dict[int, list[int]]:
    out: dict[int, list[int]] = {}
    for item_id, record_id in db.execute(
        "SELECT l.item_id, l.record_id FROM checklist_links l "
        "JOIN checklist_items i ON i.id = l.item_id WHERE i.case_id = ? ORDER BY l.record_id",
        [case_id],
    ).fetchall():
        out.setdefault(int(item_id), []).append(int(record_id))
    return out


def set_links(db: sqlite_utils.Database, item_id: int, record_ids: list[int]) -> None:
    db.execute("DELETE FROM checklist_links WHERE item_id = ?", [item_id])
    db.conn.executemany(
        "INSERT INTO checklist_links (item_id, record_id) VALUES (?, ?)",
        [(item_id, r) for r in sorted(set(record_ids))],
    )
