"""Row-by-row reads for salvage: each query touches as few pages as possible, so a damaged
page fails only the rows on it (as :class:`~secondop_desktop.store.errors.PageDamaged`).

Rows are looked up by their key (``id`` or ``(record_id, seq)``), never through an index
or a scan, so a damaged index page or a damaged leaf of other rows costs nothing here."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils

# The tables whose highest key salvage asks for, and that key's column.
_KEYS = {
    "cases": "id",
    "records": "id",
    "record_chunks": "record_id",
    "record_thumbs": "record_id",
}


def highest_key(db: sqlite_utils.Database, table: str) -> int:
    """The highest key of ``table`` (0 when empty). Reads only the b-tree's rightmost path;
    raises a store error when a page on it is damaged."""
    column = _KEYS[table]
    row = db.execute(f"SELECT max({column}) FROM {table}").fetchone()
    return int(row[0] or 0)


def has_chunks(db: sqlite_utils.Database, record_id: int) -> bool:
    """Whether the record's first chunk exists (its bytes are not read)."""
    row = db.execute(
        "SELECT 1 FROM record_chunks WHERE record_id = ? AND seq = 0", [record_id]
    ).fetchone()
    return row is not None


def chunk(db: sqlite_utils.Database, record_id: int, seq: int) -> bytes | None:
    """One chunk by its key, or None past the last one."""
    row = db.execute(
        "SELECT data FROM record_chunks WHERE record_id = ? AND seq = ?", [record_id, seq]
    ).fetchone()
    return None if row is None else bytes(row[0])


def chunk_keys(db: sqlite_utils.Database, *, backwards: bool) -> Iterator[tuple[int, int]]:
    """Every chunk's key in order (or in reverse), by walking the table without a single
    key comparison and without reading any chunk's bytes. A seek compares the key sought
    with neighbouring entries and, an entry being larger than a page, reads each of them
    whole: one damaged chunk would hide its neighbours from every lookup by key."""
    order = "DESC" if backwards else "ASC"
    for row in db.execute(
        f"SELECT record_id, seq FROM record_chunks ORDER BY record_id {order}, seq {order}"
    ):
        yield int(row[0]), int(row[1])


def chunk_at(
    db: sqlite_utils.Database, position: int, *, backwards: bool
) -> tuple[int, int, bytes] | None:
    """The chunk at ``position`` in key order (or reverse order): reached by stepping over
    the entries before it (OFFSET reads none of their bytes), never by a seek."""
    order = "DESC" if backwards else "ASC"
    row = db.execute(
        f"SELECT record_id, seq, data FROM record_chunks "
        f"ORDER BY record_id {order}, seq {order} LIMIT 1 OFFSET ?",
        [position],
    ).fetchone()
    return None if row is None else (int(row[0]), int(row[1]), bytes(row[2]))


def chunk_key_at(db: sqlite_utils.Database, position: int, *, backwards: bool) -> tuple[int, int]:
    """The key of the chunk at ``position`` in key order (or reverse), as :func:`chunk_at`
    but without its bytes; LookupError past the end."""
    order = "DESC" if backwards else "ASC"
    row = db.execute(
        f"SELECT record_id, seq FROM record_chunks "
        f"ORDER BY record_id {order}, seq {order} LIMIT 1 OFFSET ?",
        [position],
    ).fetchone()
    if row is None:
        raise LookupError(position)
    return int(row[0]), int(row[1])
