"""Rows of text recognition (issue 20): the queue of pages waiting to be read, and what
reading each gave. Text read from a page joins the page text that search reads."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite_utils


def enqueue(db: sqlite_utils.Database, record_id: int, pages: Iterable[int]) -> None:
    db.conn.executemany(
        "INSERT OR IGNORE INTO ocr_queue (record_id, page) VALUES (?, ?)",
        [(record_id, p) for p in pages],
    )


def waiting(db: sqlite_utils.Database, case_id: int | None) -> int:
    """How many pages wait (counted by the database: asked on the UI thread)."""
    where, params = ("WHERE r.case_id = ?", [case_id]) if case_id is not None else ("", [])
    return int(
        db.execute(
            f"SELECT count(*) FROM ocr_queue q JOIN records r ON r.id = q.record_id {where}",
            params,
        ).fetchone()[0]
    )


def waiting_for(db: sqlite_utils.Database, record_id: int) -> int:
    return int(
        db.execute("SELECT count(*) FROM ocr_queue WHERE record_id = ?", [record_id]).fetchone()[0]
    )


def waiting_by_record(db: sqlite_utils.Database, case_id: int) -> dict[int, int]:
    return {
        int(r): int(n)
        for r, n in db.execute(
            "SELECT q.record_id, count(*) FROM ocr_queue q JOIN records r ON r.id = q.record_id "
            "WHERE r.case_id = ? GROUP BY q.record_id",
            [case_id],
        )
    }


def pending(db: sqlite_utils.Database, case_id: int | None) -> list[tuple[int, int]]:
    """(record, page) waiting, oldest record first, page by page."""
    where, params = ("WHERE r.case_id = ?", [case_id]) if case_id is not None else ("", [])
    return [
        (int(r), int(p))
        for r, p in db.execute(
            "SELECT q.record_id, q.page FROM ocr_queue q JOIN records r ON r.id = q.record_id "
            f"{where} ORDER BY q.record_id, q.page",
            params,
        )
    ]


def store(
    db: sqlite_utils.Database,
    record_id: int,
    page: int,
    *,
    status: str,
    text: str = "",
    reason: str = "",
    lines: list[Any] | None = None,
    size: tuple[int, int] = (0, 0),
    rotation: int = 0,
    seconds: float = 0.0,
    engine: str = "",
    now: str,
) -> None:
    """What reading one page gave, its text into the page text search reads, and the page
    off the queue: one step (call inside a transaction)."""
    db.execute(
        "INSERT OR REPLACE INTO ocr_pages (record_id, page, status, reason, lines, width, "
        "height, rotation, seconds, engine, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [record_id, page, status, reason, json.dumps(lines or []), size[0], size[1], rotation,
         seconds, engine, now],
    )  # fmt: skip
    if text.strip():
        db.execute(
            "INSERT INTO record_text (body, record_id, page) VALUES (?, ?, ?)",
            [text, record_id, page],
        )
    db.execute("DELETE FROM ocr_queue WHERE record_id = ? AND page = ?", [record_id, page])


def read_pages(db: sqlite_utils.Database, record_ids: list[int]) -> set[tuple[int, int]]:
    """Which of these records' pages have text that was read from their picture."""
    if not record_ids:
        return set()
    marks = ", ".join("?" for _ in record_ids)
    return {
        (int(r), int(p))
        for r, p in db.execute(
            f"SELECT record_id, page FROM ocr_pages WHERE status = 'done' AND record_id IN "
            f"({marks})",
            record_ids,
        )
    }


def pages_of(db: sqlite_utils.Database, record_id: int) -> list[dict[str, Any]]:
    """Every page of a record that was read or failed, as stored (lines as JSON)."""
    return list(db.table("ocr_pages").rows_where("record_id = ?", [record_id], order_by="page"))


def queued(db: sqlite_utils.Database, record_id: int) -> list[int]:
    """A record's pages waiting to be read."""
    return [
        int(p)
        for (p,) in db.execute(
            "SELECT page FROM ocr_queue WHERE record_id = ? ORDER BY page", [record_id]
        )
    ]


def requeue(db: sqlite_utils.Database, record_id: int, pages: Iterable[int]) -> None:
    """A record's waiting pages are exactly ``pages`` (a case file says which)."""
    db.execute("DELETE FROM ocr_queue WHERE record_id = ?", [record_id])
    enqueue(db, record_id, pages)


def result(db: sqlite_utils.Database, record_id: int, page: int) -> dict[str, Any] | None:
    rows = list(db.table("ocr_pages").rows_where("record_id = ? AND page = ?", [record_id, page]))
    return rows[0] if rows else None


def done_pages(db: sqlite_utils.Database, record_id: int) -> list[tuple[int, str, int, int, int]]:
    """(page, lines as JSON, width, height, the record's rotation when read) of a record's
    pages whose words were read."""
    return [
        (int(p), str(lines), int(w), int(h), int(r))
        for p, lines, w, h, r in db.execute(
            "SELECT page, lines, width, height, rotation FROM ocr_pages WHERE record_id = ? "
            "AND status = 'done' ORDER BY page",
            [record_id],
        )
    ]


def forget_wordless(db: sqlite_utils.Database, record_id: int) -> list[int]:
    """Forget a record's pages that were read and gave no words (to read them again,
    turned); returns their numbers."""
    pages = [
        int(p)
        for (p,) in db.execute(
            "SELECT page FROM ocr_pages WHERE record_id = ? AND status = 'done' AND lines = '[]'",
            [record_id],
        )
    ]
    db.execute(
        "DELETE FROM ocr_pages WHERE record_id = ? AND status = 'done' AND lines = '[]'",
        [record_id],
    )
    return pages


def forget_read(db: sqlite_utils.Database, record_id: int) -> None:
    """Forget what was read from a record's pictures (its picture changed: straightened,
    or back to the photo): the lines, the text search reads, and the text hash made from
    them. Only for a photo, whose text is all read from it."""
    db.execute("DELETE FROM ocr_pages WHERE record_id = ?", [record_id])
    db.execute("DELETE FROM record_text WHERE record_id = ?", [record_id])
    db.execute("UPDATE records SET text_sha256 = NULL WHERE id = ?", [record_id])
