"""Records of a case: metadata, content read back from the vault, search, duplicates.

Importing lives in :mod:`importer`; this module is everything after a record exists.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from secondop_desktop.core import dates
from secondop_desktop.core.text import fold
from secondop_desktop.core.validation import FieldError
from secondop_desktop.i18n import translate
from secondop_desktop.records.meta import KIND_LABELS, KINDS, kind_label
from secondop_desktop.store import ocr as ocr_repo
from secondop_desktop.store import records as repo

if TYPE_CHECKING:
    from secondop_desktop.records.rows import RecordRows
    from secondop_desktop.store import Vault

__all__ = ["KINDS", "KIND_LABELS", "TEXT_SHA_AT", "Hit", "Record"]
TEXT_SHA_AT = repo.TEXT_SHA_AT  # where a row of added_rows holds the text hash

# The records table's ``unlocked_copy`` says what the stored bytes are: 0, the file as it
# was imported; else flags: the password was removed (the original is not kept), and/or a
# damaged PDF was repaired (the original is kept inside the copy, see original_content).
COPY_UNLOCKED = 1
COPY_REPAIRED = 2
# Made from the file (issue 19): a PDF laid out from a structured file (FHIR, C-CDA, an
# imaging disc's index), the original attached inside it byte for byte; or a DICOM image
# from a disc as its PNG (the original stays on the disc).
COPY_RENDERED = 4

EDITABLE = ("title", "kind", "date_of_service", "source", "notes", "include_in_packet", "rotation")


class RecordNotFound(LookupError):
    pass


RecordValidationError = FieldError


@dataclass
class Record:
    id: int
    case_id: int
    title: str
    kind: str
    date_of_service: date | None
    date_suggested: bool
    source: str
    page_count: int
    size: int
    original_name: str
    media_type: str
    sha256: str
    notes: str
    include_in_packet: bool
    rotation: int
    position: int
    unlocked_copy: bool
    text_sha256: str | None = None
    repaired: bool = False  # a damaged PDF stored as its repaired copy, the original inside
    rendered: bool = False  # made from the file: a structured file's PDF, a DICOM image's PNG
    created_at: datetime | None = field(default=None, compare=False)
    updated_at: datetime | None = field(default=None, compare=False)

    @property
    def kind_label(self) -> str:
        return kind_label(self.kind)  # in the language installed

    @property
    def is_pdf(self) -> bool:
        return self.media_type == "application/pdf"

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "kind": self.kind,
            "date_of_service": self.date_of_service.isoformat() if self.date_of_service else None,
            # A date read from the document and not yet accepted by the user (shown "?").
            "date_suggested": self.date_suggested,
            "source": self.source,
            "page_count": self.page_count,
            "size": self.size,
            "original_name": self.original_name,
            "media_type": self.media_type,
            "sha256": self.sha256,
            "notes": self.notes,
            "include_in_packet": self.include_in_packet,
            "rotation": self.rotation,
            "position": self.position,
            "unlocked_copy": self.unlocked_copy,
            "repaired": self.repaired,
            "rendered": self.rendered,
            "created_at": self.created_at.isoformat() if self.created_at else None,
        }


def from_row(row: dict[str, Any]) -> Record:
    return Record(
        id=int(row["id"]),
        case_id=int(row["case_id"]),
        title=row["title"],
        kind=row["kind"],
        date_of_service=dates.from_stored(row["date_of_service"]),
        date_suggested=bool(row["date_suggested"]),
        source=row["source"],
        page_count=int(row["page_count"]),
        size=int(row["size"]),
        original_name=row["original_name"],
        media_type=row["media_type"],
        sha256=row["sha256"],
        text_sha256=row["text_sha256"],
        notes=row["notes"],
        include_in_packet=bool(row["include_in_packet"]),
        rotation=int(row["rotation"]),
        position=int(row["position"]),
        unlocked_copy=bool(int(row["unlocked_copy"]) & COPY_UNLOCKED),
        repaired=bool(int(row["unlocked_copy"]) & COPY_REPAIRED),
        rendered=bool(int(row["unlocked_copy"]) & COPY_RENDERED),
        created_at=datetime.fromisoformat(row["created_at"]),
        updated_at=datetime.fromisoformat(row["updated_at"]),
    )


def list_records(vault: Vault, case_id: int) -> list[Record]:
    return [from_tuple(r) for r in repo.for_case(vault.db, case_id)]


def from_tuple(row: tuple[Any, ...]) -> Record:
    """A record from a row in ``store.records.COLUMNS`` order (the fast path for lists)."""
    (rid, case, title, kind, when, suggested, source, pages, size, name, media, sha,
     text_sha, notes, include, rotation, position, flags, created, updated) = row  # fmt: skip
    flags = int(flags)
    return Record(
        int(rid), int(case), title, kind, dates.from_stored(when) if when else None,
        bool(suggested), source, int(pages), int(size), name, media, sha, notes,
        bool(include), int(rotation), int(position), bool(flags & COPY_UNLOCKED), text_sha,
        bool(flags & COPY_REPAIRED), bool(flags & COPY_RENDERED),
        datetime.fromisoformat(created), datetime.fromisoformat(updated),
    )  # fmt: skip


def count_records(vault: Vault, case_id: int) -> int:
    """How many records a case holds, counted by the database (a case page's summary must
    not read 10,000 rows to say "10,000 imported")."""
    return repo.count_for_case(vault.db, case_id)


def case_rows(vault: Vault, case_id: int) -> RecordRows[Record]:
    """A case's records in list order, read a block at a time as they are asked for and
    built when first needed (rows.py): what lists them (the records table, the pickers)
    holds 50,000 but shows forty."""
    from secondop_desktop.records.rows import RecordRows

    db = vault.db
    return RecordRows(
        repo.order_for_case(db, case_id), lambda ids: repo.by_ids(db, ids), from_tuple
    )


def added_rows(
    vault: Vault, case_id: int, known: tuple[int, str, int]
) -> list[tuple[Any, ...]] | None:
    """The rows (for ``RecordRows.extended``) of records added to a case since its
    fingerprint was ``known``, or None when any record known then changed or went (then
    the whole list must be read again). After an import into a case of 10,000 records,
    this reads the new rows only."""
    count, edits, highest = known
    if repo.fingerprint_upto(vault.db, case_id, highest) != (count, edits):
        return None
    return repo.for_case_after(vault.db, case_id, highest)


def records_fingerprint(vault: Vault, case_id: int) -> tuple[int, str, int]:
    """Changes whenever a case's records change (a list read earlier is still good while
    it stays the same)."""
    return repo.fingerprint(vault.db, case_id)


def get_record(vault: Vault, record_id: int) -> Record:
    row = repo.get(vault.db, record_id)
    if row is None:
        raise RecordNotFound(_not_found(record_id))
    return from_row(row)


def _not_found(record_id: int) -> str:
    return translate("records_init", "There is no record with id {id}.").format(id=record_id)


def update_record(vault: Vault, record_id: int, **changes: Any) -> Record:
    """Change metadata fields (keyword arguments named as in :data:`EDITABLE`)."""
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    row: dict[str, Any] = {}
    for name, value in changes.items():
        if name == "title":
            value = " ".join(str(value).split())
            if not value:
                raise RecordValidationError(
                    "title", translate("records_init", "Give the record a title.")
                )
        elif name == "kind" and value not in KIND_LABELS:
            raise RecordValidationError(
                "kind", translate("records_init", "Choose a kind of record.")
            )
        elif name == "date_of_service":
            if value is not None and value > date.today():
                raise RecordValidationError(
                    "date_of_service", translate("records_init", "The date is in the future.")
                )
            row["date_suggested"] = 0
            value = value.isoformat() if value else None
        elif name == "rotation":
            value = int(value) % 360
            if value not in (0, 90, 180, 270):
                raise RecordValidationError(
                    "rotation", translate("records_init", "Rotate by quarter turns only.")
                )
        elif name == "include_in_packet":
            value = int(bool(value))
        row[name] = value
    row["updated_at"] = dates.utc_now_iso()
    with vault.transaction() as db:
        before = repo.get(db, record_id)
        if before is None:
            raise RecordNotFound(_not_found(record_id))
        repo.update(db, record_id, row)
        if "rotation" in row and row["rotation"] != before["rotation"]:
            # A photo taken sideways read nothing; turned upright, it is read again.
            ocr_repo.enqueue(db, record_id, ocr_repo.forget_wordless(db, record_id))
    return get_record(vault, record_id)


def delete_record(vault: Vault, record_id: int) -> None:
    with vault.transaction() as db:
        repo.delete(db, record_id)


def iter_content(vault: Vault, record_id: int) -> Iterator[bytes]:
    return repo.chunks(vault.db, record_id)


def read_content(vault: Vault, record_id: int) -> bytes:
    """The whole file, for in-app preview from memory (never written to disk)."""
    return b"".join(repo.chunks(vault.db, record_id))


def original_content(vault: Vault, record_id: int) -> bytes | None:
    """The file exactly as it was imported (its SHA-256 is the record's): the stored bytes,
    or for a repaired PDF or a structured file's PDF the original kept inside it. None
    when it was not kept (a password-protected PDF is stored as its unlocked copy only)."""
    record = get_record(vault, record_id)
    data = read_content(vault, record_id)
    if not (record.repaired or record.rendered):
        return None if record.unlocked_copy else data
    import io

    from pypdf import PdfReader

    for copies in PdfReader(io.BytesIO(data)).attachments.values():
        for copy in copies:
            if hashlib.sha256(copy).hexdigest() == record.sha256:
                return copy
    return None


def text_layers(vault: Vault, record_id: int) -> dict[int, tuple[list[Any], tuple[int, int], int]]:
    """The words read from each page's picture (issue 20), with where they are: page ->
    (lines of (text, corner points, score), the picture's size as read, the record's
    quarter turns then). Pages not read: absent."""
    import json

    return {
        page: (json.loads(lines), (width, height), turned)
        for page, lines, width, height, turned in ocr_repo.done_pages(vault.db, record_id)
    }


def record_text(vault: Vault, record_id: int) -> str:
    return repo.text(vault.db, record_id)


def thumbnail(vault: Vault, record_id: int) -> bytes | None:
    return repo.thumbnail(vault.db, record_id)


def save_copy(vault: Vault, record_id: int, target: Path) -> Path:
    """Write the stored file to ``target`` (through a temporary file, then renamed)."""
    target = Path(target)
    tmp = target.with_name(f".{target.name}.partial")
    try:
        with open(tmp, "wb") as out:
            for chunk in repo.chunks(vault.db, record_id):
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return target


def possible_duplicates(items: Sequence[Record]) -> dict[int, Record]:
    """Records whose extracted text matches an earlier record's (same report, two files)."""
    from secondop_desktop.records.rows import RecordRows

    if isinstance(items, RecordRows):  # from the rows' hashes: no record built for this
        first: dict[str, tuple[int, int]] = {}
        pairs: list[tuple[int, int]] = []  # (position of the copy, of the earlier record)
        for rid, index, text_sha in sorted(items.text_hashes()):
            if text_sha in first:
                pairs.append((index, first[text_sha][1]))
            else:
                first[text_sha] = (rid, index)
        return {items.id_at(copy): items[earlier] for copy, earlier in pairs}
    seen: dict[str, Record] = {}
    flagged: dict[int, Record] = {}
    for rec in sorted(items, key=lambda r: r.id):
        if not rec.text_sha256:
            continue
        if rec.text_sha256 in seen:
            flagged[rec.id] = seen[rec.text_sha256]
        else:
            seen[rec.text_sha256] = rec
    return flagged


# -- search ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Hit:
    record_id: int
    case_id: int
    title: str
    page: int
    snippet: str
    read_from_picture: bool = False  # the page's text was read from its picture (OCR)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "record_id": self.record_id,
            "title": self.title,
            "page": self.page,
            "snippet": self.snippet,
        }
        if self.read_from_picture:
            out["read_from_picture"] = True
        return out


_TOKEN = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str) -> str | None:
    """User text -> a safe FTS5 query: every word must match; the last may be a prefix.

    Words are quoted, so operators and punctuation typed by the user are just text.
    """
    words = _TOKEN.findall(text)
    if not words:
        return None
    quoted = [f'"{w}"' for w in words]
    if len(words[-1]) >= 2:
        quoted[-1] += "*"
    return " ".join(quoted)


class SearchResults(list[Hit]):
    """Hits, best first; ``ranked`` is False when the words are so common that the
    newest pages are shown first instead (add a word to narrow)."""

    ranked: bool = True


def search(vault: Vault, text: str, *, case_id: int | None, limit: int = 50) -> SearchResults:
    results = SearchResults()
    match = fts_query(text)
    if match is None:
        return results
    rows, results.ranked = repo.search(vault.db, match, case_id, limit)
    words = _TOKEN.findall(text)
    read = ocr_repo.read_pages(vault.db, sorted({int(r["record_id"]) for r in rows}))
    results.extend(
        Hit(
            int(r["record_id"]),
            int(r["case_id"]),
            r["title"],
            int(r["page"]),
            make_snippet(r["body"], words),
            (int(r["record_id"]), int(r["page"])) in read,
        )
        for r in rows
    )
    return results


def make_snippet(body: str, words: list[str], span: int = 14) -> str:
    """About ``span`` words around the first match, matches in [brackets].

    Made in Python from the page text: FTS5's own snippet() re-scans every match of the
    query, which made common-word searches slow. The page is folded once and searched
    with one pattern; only the words shown are checked one by one.
    """
    tokens = body.split()
    if not tokens or not words:
        return " ".join(tokens[:span])
    folded_words = [fold(w) for w in words]
    alternatives = [re.escape(w) for w in folded_words[:-1]]
    last = re.escape(folded_words[-1])
    alternatives.append(last + r"\w*" if len(folded_words[-1]) >= 2 else last)
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)")
    folded = fold(body)
    found = pattern.search(folded)
    first = len(folded[: found.start()].split()) if found else 0
    start = max(0, first - span // 3)
    window = tokens[start : start + span]
    shown = " ".join(f"[{t}]" if pattern.search(fold(t)) else t for t in window)
    prefix = "…" if start > 0 else ""
    suffix = "…" if start + span < len(tokens) else ""
    return prefix + shown + suffix
