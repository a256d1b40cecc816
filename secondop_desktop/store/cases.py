"""Case rows. Plain dicts in and out; the service layer owns validation and dataclasses."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite_utils

TABLE = "cases"


def insert(db: sqlite_utils.Database, row: dict[str, Any]) -> int:
    table = db.table(TABLE)
    table.insert(row)
    return int(table.last_pk)  # type: ignore[arg-type]


def update(db: sqlite_utils.Database, case_id: int, changes: dict[str, Any]) -> None:
    db.table(TABLE).update(case_id, changes)


def get(db: sqlite_utils.Database, case_id: int) -> dict[str, Any] | None:
    rows = list(db.table(TABLE).rows_where("id = ?", [case_id]))
    return rows[0] if rows else None


def all_rows(db: sqlite_utils.Database, *, include_archived: bool) -> list[dict[str, Any]]:
    where = None if include_archived else "archived = 0"
    return list(
        db.table(TABLE).rows_where(where, order_by="archived, patient_name COLLATE NOCASE, id")
    )


def delete(db: sqlite_utils.Database, case_id: int) -> None:
    db.execute(f"DELETE FROM {TABLE} WHERE id = ?", [case_id])


def with_uid(db: sqlite_utils.Database, uid: str) -> list[dict[str, Any]]:
    return list(db.table("cases").rows_where("uid = ?", [uid], order_by="id"))
