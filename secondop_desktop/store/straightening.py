"""Rows of straightening (issue 20): the paper's outline found in a photo, and whether the
user chose the straightened picture (kept here, beside the untouched record file) or the
photo as it is."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite_utils


def offer(db: sqlite_utils.Database, record_id: int, corners: list[list[float]]) -> None:
    """The outline found; once per record (never over the user's choice)."""
    db.execute(
        "INSERT OR IGNORE INTO straightening (record_id, corners, state) VALUES (?, ?, 'offered')",
        [record_id, json.dumps(corners)],
    )


def get(db: sqlite_utils.Database, record_id: int) -> dict[str, Any] | None:
    row = db.execute(
        "SELECT state, corners, width, height, decided_at FROM straightening WHERE record_id = ?",
        [record_id],
    ).fetchone()
    if row is None:
        return None
    state, corners, width, height, decided = row
    return {
        "state": str(state),
        "corners": json.loads(corners),
        "size": (int(width), int(height)),
        "decided_at": decided,
    }


def shown(db: sqlite_utils.Database, record_id: int) -> str:
    """Which picture is shown for a record, as a token: "" for its own file, else one that
    changes with each straightening (the reader compares it before storing words read from
    a picture no longer shown). Two straightenings in one second give the same token, and
    the same picture: the same corners laid flat the same way."""
    row = db.execute(
        "SELECT decided_at FROM straightening WHERE record_id = ? AND state = 'straightened'",
        [record_id],
    ).fetchone()
    return f"flat@{row[0]}" if row else ""


def picture(db: sqlite_utils.Database, record_id: int) -> bytes | None:
    """The straightened picture, when the user chose it."""
    row = db.execute(
        "SELECT picture FROM straightening WHERE record_id = ? AND state = 'straightened'",
        [record_id],
    ).fetchone()
    return bytes(row[0]) if row and row[0] is not None else None


def thumbnail(db: sqlite_utils.Database, record_id: int) -> bytes | None:
    row = db.execute(
        "SELECT thumbnail FROM straightening WHERE record_id = ? AND state = 'straightened'",
        [record_id],
    ).fetchone()
    return bytes(row[0]) if row and row[0] is not None else None


def decide(
    db: sqlite_utils.Database,
    record_id: int,
    *,
    corners: list[list[float]],
    now: str,
    picture: bytes | None = None,
    size: tuple[int, int] = (0, 0),
    thumbnail: bytes | None = None,
) -> None:
    """The user's choice: with ``picture``, straightened; without, kept as it is."""
    db.execute(
        "INSERT OR REPLACE INTO straightening (record_id, corners, state, picture, width, "
        "height, thumbnail, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [record_id, json.dumps(corners), "straightened" if picture else "kept", picture,
         size[0], size[1], thumbnail, now],
    )  # fmt: skip


def offered(db: sqlite_utils.Database, record_ids: list[int]) -> set[int]:
    """Which of these records have an outline found and no choice made yet."""
    if not record_ids:
        return set()
    marks = ", ".join("?" for _ in record_ids)
    return {
        int(r)
        for (r,) in db.execute(
            f"SELECT record_id FROM straightening WHERE state = 'offered' AND record_id IN "
            f"({marks})",
            record_ids,
        )
    }
