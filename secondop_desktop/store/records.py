"""Record rows, their content in chunks, page text (FTS5) and thumbnails."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite_utils

CHUNK_SIZE = 1024 * 1024  # 1 MiB: neither import nor export holds a whole file in memory

COLUMNS = (
    "id, case_id, title, kind, date_of_service, date_suggested, source, page_count, size, "
    "original_name, media_type, sha256, text_sha256, notes, include_in_packet, rotation, "
    "position, unlocked_copy, created_at, updated_at"
)
TEXT_SHA_AT = COLUMNS.split(", ").index("text_sha256")


def insert(
    db: sqlite_utils.Database,
    row: dict[str, Any],
    chunks: Iterable[bytes],
    texts: list[str],
    thumbnail: bytes | None,
) -> int:
    """Insert one record and everything that belongs to it. Call inside a transaction."""
    position = db.execute(
        "SELECT coalesce(max(position), 0) + 1 FROM records WHERE case_id = ?", [row["case_id"]]
    ).fetchone()[0]
    cursor = db.execute(
        "INSERT INTO records (case_id, title, kind, date_of_service, date_suggested, source, "
        "page_count, size, original_name, media_type, sha256, text_sha256, notes, "
        "include_in_packet, rotation, position, unlocked_copy, created_at, updated_at) "
        "VALUES (:case_id, :title, :kind, :date_of_service, :date_suggested, :source, "
        ":page_count, 0, :original_name, :media_type, :sha256, :text_sha256, '', 1, 0, "
        ":position, :unlocked_copy, :created_at, :updated_at)",
        {**row, "position": position},
    )
    record_id = int(cursor.lastrowid or 0)
    size = 0
    conn = db.conn
    for seq, chunk in enumerate(chunks):
        conn.execute(
            "INSERT INTO record_chunks (record_id, seq, data) VALUES (?, ?, ?)",
            (record_id, seq, chunk),
        )
        size += len(chunk)
    conn.execute("UPDATE records SET size = ? WHERE id = ?", (size, record_id))
    conn.executemany(
        "INSERT INTO record_text (body, record_id, page) VALUES (?, ?, ?)",
        [(text, record_id, page) for page, text in enumerate(texts, start=1) if text.strip()],
    )
    if thumbnail:
        conn.execute(
            "INSERT INTO record_thumbs (record_id, png) VALUES (?, ?)", (record_id, thumbnail)
        )
    return record_id


def find_by_sha(db: sqlite_utils.Database, case_id: int, sha256: str) -> dict[str, Any] | None:
    rows = db.execute_returning_dicts(
        f"SELECT {COLUMNS} FROM records WHERE case_id = ? AND sha256 = ?", [case_id, sha256]
    )
    return rows[0] if rows else None


def get(db: sqlite_utils.Database, record_id: int) -> dict[str, Any] | None:
    rows = db.execute_returning_dicts(f"SELECT {COLUMNS} FROM records WHERE id = ?", [record_id])
    return rows[0] if rows else None


def for_case(db: sqlite_utils.Database, case_id: int) -> list[tuple[Any, ...]]:
    """A case's records as tuples in :data:`COLUMNS` order (one fetch in C: a case may
    hold 50,000, and a dict per row cost more than the query)."""
    return list(
        db.execute(
            f"SELECT {COLUMNS} FROM records WHERE case_id = ? ORDER BY position, id", [case_id]
        ).fetchall()
    )


def order_for_case(db: sqlite_utils.Database, case_id: int) -> list[tuple[int, str | None]]:
    """(id, text hash) of a case's records in list order: all a long list needs up front
    (the index on (case_id, position) gives the order without reading the rows' text)."""
    return list(
        db.execute(
            "SELECT id, text_sha256 FROM records WHERE case_id = ? ORDER BY position, id",
            [case_id],
        ).fetchall()
    )


def by_ids(db: sqlite_utils.Database, ids: list[int]) -> list[tuple[Any, ...]]:
    """Whole rows (:data:`COLUMNS` order) of these records, in no particular order; those
    no longer there are left out."""
    if not ids:
        return []
    marks = ", ".join("?" * len(ids))
    return list(db.execute(f"SELECT {COLUMNS} FROM records WHERE id IN ({marks})", ids).fetchall())


def for_case_after(db: sqlite_utils.Database, case_id: int, after_id: int) -> list[tuple[Any, ...]]:
    """A case's records added after ``after_id`` (an import's new rows), in order."""
    return list(
        db.execute(
            f"SELECT {COLUMNS} FROM records WHERE case_id = ? AND id > ? ORDER BY position, id",
            [case_id, after_id],
        ).fetchall()
    )


def _edits(db: sqlite_utils.Database, case_id: int) -> str:
    """How many times a case's records were edited or deleted (migration 11's count)."""
    row = db.execute("SELECT edits FROM record_edits WHERE case_id = ?", [case_id]).fetchone()
    return str(row[0]) if row else "0"


def fingerprint_upto(db: sqlite_utils.Database, case_id: int, upto_id: int) -> tuple[int, str]:
    """(how many, edits) of a case's records with ids up to ``upto_id``: the same as
    before means no record was edited or removed since, only rows were added."""
    row = db.execute(
        "SELECT count(*) FROM records WHERE case_id = ? AND id <= ?", [case_id, upto_id]
    ).fetchone()
    return int(row[0]), _edits(db, case_id)


def count_for_case(db: sqlite_utils.Database, case_id: int) -> int:
    row = db.execute("SELECT count(*) FROM records WHERE case_id = ?", [case_id]).fetchone()
    return int(row[0])


def fingerprint(db: sqlite_utils.Database, case_id: int) -> tuple[int, str, int]:
    """(how many, edits, highest id) of a case's records: differs after any insert, edit or
    delete (edits are counted by a trigger, migration 11), without reading the rows."""
    row = db.execute(
        "SELECT count(*), coalesce(max(id), 0) FROM records WHERE case_id = ?", [case_id]
    ).fetchone()
    return int(row[0]), _edits(db, case_id), int(row[1])


def update(db: sqlite_utils.Database, record_id: int, changes: dict[str, Any]) -> None:
    db.table("records").update(record_id, changes)


def set_in_packet(
    db: sqlite_utils.Database, case_id: int, ticked: set[int], shown: list[int]
) -> None:
    """Each shown record of the case is "In packet" exactly when it is ticked."""
    db.conn.executemany(
        "UPDATE records SET include_in_packet = ? WHERE id = ? AND case_id = ?",
        [(int(rid in ticked), rid, case_id) for rid in shown],
    )


def delete(db: sqlite_utils.Database, record_id: int) -> None:
    db.execute("DELETE FROM records WHERE id = ?", [record_id])


def chunks(db: sqlite_utils.Database, record_id: int) -> Iterator[bytes]:
    """The stored bytes, one chunk at a time (each chunk fetched on its own)."""
    seq = 0
    while True:
        row = db.execute(
            "SELECT data FROM record_chunks WHERE record_id = ? AND seq = ?", [record_id, seq]
        ).fetchone()
        if row is None:
            return
        yield bytes(row[0])
        seq += 1


def thumbnail(db: sqlite_utils.Database, record_id: int) -> bytes | None:
    row = db.execute("SELECT png FROM record_thumbs WHERE record_id = ?", [record_id]).fetchone()
    return bytes(row[0]) if row else None


RANK_AT_MOST = 1000  # bm25 costs a few µs a page; past this, newest pages come first


def search(
    db: sqlite_utils.Database, terms: str, case_id: int | None, limit: int
) -> tuple[list[dict[str, Any]], bool]:
    """FTS5 hits (one row per matching page, with the page's text) and whether they are
    ranked by relevance.

    ``terms`` is an FTS5 expression already made safe by the caller. Cheap steps instead
    of one slow query: count the matches (up to a cap); pick the best ``limit`` pages of
    the case (by bm25 when there are few enough to rank, else newest first, so a word
    found on every page stays instant); then read those pages' text by rowid
    (the caller makes the snippets from the page text returned in ``body``).
    """
    conn = db.conn
    matches = conn.execute(
        "SELECT count(*) FROM (SELECT rowid FROM record_text WHERE record_text MATCH ? LIMIT ?)",
        [terms, RANK_AT_MOST + 1],
    ).fetchone()[0]
    if not matches:
        return [], True
    ranked = matches <= RANK_AT_MOST
    where = "record_text MATCH ?"
    params: list[object] = [terms]
    if case_id is not None:
        where += " AND record_id IN (SELECT id FROM records WHERE case_id = ?)"
        params.append(case_id)
    order = "rank" if ranked else "rowid DESC"
    picked = conn.execute(
        f"SELECT rowid, record_id, page FROM record_text WHERE {where} ORDER BY {order} LIMIT ?",
        [*params, limit],
    ).fetchall()
    if not picked:
        return [], ranked
    bodies = {
        int(rowid): str(body)
        for rowid, body in conn.execute(
            f"SELECT rowid, body FROM record_text WHERE rowid IN ({','.join('?' * len(picked))})",
            [p[0] for p in picked],
        )
    }
    records = {
        int(r[0]): (int(r[1]), str(r[2]))
        for r in conn.execute(
            f"SELECT id, case_id, title FROM records WHERE id IN "
            f"({','.join('?' * len({p[1] for p in picked}))})",
            sorted({p[1] for p in picked}),
        )
    }
    rows = []
    for rowid, record_id, page in picked:
        case, title = records[int(record_id)]
        rows.append(
            {
                "record_id": record_id,
                "page": page,
                "case_id": case,
                "title": title,
                "body": bodies.get(int(rowid), ""),
            }
        )
    return rows, ranked


def orphan_chunks(db: sqlite_utils.Database) -> int:
    return int(
        db.execute(
            "SELECT count(*) FROM record_chunks c LEFT JOIN records r ON r.id = c.record_id "
            "WHERE r.id IS NULL"
        ).fetchone()[0]
    )


def text(db: sqlite_utils.Database, record_id: int) -> str:
    """All of a record's extracted text, pages in order (empty for photos: no OCR)."""
    rows = db.execute(
        "SELECT body FROM record_text WHERE record_id = ? ORDER BY page", [record_id]
    ).fetchall()
    return "\n".join(r[0] for r in rows)


def page_texts(db: sqlite_utils.Database, record_id: int, page_count: int) -> list[str]:
    """The extracted text of each page, in order ("" for a page without text)."""
    texts = [""] * max(page_count, 0)
    for page, body in db.execute(
        "SELECT page, body FROM record_text WHERE record_id = ? ORDER BY page", [record_id]
    ).fetchall():
        index = int(page) - 1
        if index >= len(texts):
            texts.extend([""] * (index + 1 - len(texts)))
        texts[index] = str(body)
    return texts


def sharing_words(
    db: sqlite_utils.Database, case_id: int, record_id: int, match: str, limit: int
) -> list[tuple[int, str]]:
    """(id, text hash) of the case's other records with a text hash whose pages match the
    FTS5 expression ``match``, best match first."""
    return [
        (int(other), str(other_hash))
        for other, other_hash in db.execute(
            "SELECT r.id, r.text_sha256 FROM (SELECT record_id, min(rank) AS best FROM record_text "
            "WHERE record_text MATCH ? GROUP BY record_id) t JOIN records r ON r.id = t.record_id "
            "WHERE r.case_id = ? AND r.id != ? AND r.text_sha256 IS NOT NULL "
            "ORDER BY t.best LIMIT ?",
            [match, case_id, record_id, limit],
        )
    ]


def with_sha(db: sqlite_utils.Database, sha256: str) -> list[dict[str, Any]]:
    """Records of any case holding the file with this SHA-256."""
    return list(db.table("records").rows_where("sha256 = ?", [sha256], order_by="id"))
