"""The rows a search of a whole case reads besides page text: the typed fields of
records, checklist items and every section, and which records have no text to search.

Table and column names come only from the fixed map of :mod:`secondop_desktop.search`,
checked here against :data:`SEARCHABLE`, never from input.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from secondop_desktop.store.facts import TABLES

if TYPE_CHECKING:
    import sqlite_utils

SEARCHABLE = TABLES | {"records", "checklist_items"}


def text_rows(
    db: sqlite_utils.Database,
    table: str,
    columns: tuple[str, ...],
    case_id: int | None,
) -> list[dict[str, Any]]:
    """``id``, ``case_id`` and ``columns`` of a table's rows, in the user's order, for one
    case or every case (``None``)."""
    if table not in SEARCHABLE or not all(c.isidentifier() for c in columns):
        raise ValueError(f"not a searchable table or column: {table} {columns}")
    where, params = ("WHERE case_id = ?", [case_id]) if case_id is not None else ("", [])
    cursor = db.execute(
        f"SELECT id, case_id, {', '.join(columns)} FROM {table} {where} ORDER BY position, id",
        params,
    )
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def case_values(db: sqlite_utils.Database, case_id: int | None) -> list[tuple[int, str, str]]:
    """(case, key, value) of the per-case values (the decision and what matters)."""
    where, params = ("WHERE case_id = ?", [case_id]) if case_id is not None else ("", [])
    return [
        (int(r[0]), str(r[1]), str(r[2]))
        for r in db.execute(f"SELECT case_id, key, value FROM case_values {where}", params)
    ]


def unread_records(db: sqlite_utils.Database, case_id: int | None) -> list[tuple[int, str]]:
    """(id, media type) of records with no page text at all: photos and scans, whose
    words a search cannot find (there is no text recognition yet)."""
    where, params = ("AND r.case_id = ?", [case_id]) if case_id is not None else ("", [])
    return [
        (int(r[0]), str(r[1]))
        for r in db.execute(
            "SELECT r.id, r.media_type FROM records r WHERE NOT EXISTS "
            "(SELECT 1 FROM record_text t WHERE t.record_id = r.id AND trim(t.body) != '') "
            f"{where} ORDER BY r.id",
            params,
        )
    ]
