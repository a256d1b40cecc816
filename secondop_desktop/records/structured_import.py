"""What importing a structured document (FHIR, C-CDA, an imaging disc's index) stores
beyond its record: the readable PDF made from it, the facts it offers as suggestions (never
facts until the user accepts them), an imaging disc's studies, and the checklist's disc
item, which an imported disc index fills."""

from __future__ import annotations

import dataclasses
import hashlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from secondop_desktop.records import filetypes, health_export
from secondop_desktop.store import checklist as checklist_repo
from secondop_desktop.store import suggestions as suggestion_repo

if TYPE_CHECKING:
    from secondop_desktop.records.structured import Document, Renderer

DISC_ITEM = "imaging_images"  # the starter checklist's "scan images on a disc" item


class NoRenderer(Exception):
    """Structured files are imported only where the packet's renderer is given."""


class ChangedWhileImporting(Exception):
    """The file's bytes are not those hashed and parsed."""


def rendered(parsed: Any, path: Path, shown_name: str, sha: str, render: Renderer | None) -> Any:
    """A structured file's Parsed as the readable PDF stored for it: the document laid out
    by ``render`` (from the plain data the sandbox read, never the file itself), the
    original attached to it byte for byte, its text per page for search."""
    from secondop_desktop.records.parsing import pdf_thumbnail

    if render is None:
        raise NoRenderer()
    name, media = shown_name, parsed.media_type
    if path.is_dir():  # Apple Health's export, attached as the zip of its files
        original = health_export.packed(path)
        name, media = f"{shown_name}.zip", "application/zip"
    else:
        original = path.read_bytes()
    if hashlib.sha256(original).hexdigest() != sha:
        raise ChangedWhileImporting()
    pdf = render(parsed.structured, name, original, media)
    texts = page_texts(pdf)
    return dataclasses.replace(
        parsed,
        media_type=filetypes.PDF,
        page_count=len(texts),
        texts=texts,
        unlocked_pdf=pdf,
        thumbnail_png=pdf_thumbnail(pdf),
    )


def page_texts(pdf: bytes) -> list[str]:
    """The words of each page of a PDF SecondOp made itself (trusted: read in-process)."""
    import io

    from pypdf import PdfReader

    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]


def store_extras(
    db: Any,
    case_id: int,
    record_id: int,
    doc: Document,
    offer: bool,
    now: str,
) -> int:
    """In the record's own transaction: its suggestions (only when ``offer``: not for a
    document that may be about someone else) and its studies. Returns how many facts are
    newly offered."""
    offered = 0
    if offer and doc.suggestions:
        offered = suggestion_repo.add_pending(
            db,
            case_id,
            record_id,
            (
                dataclasses.asdict(s) | {"key": s.key or f"{s.text}|{s.date}|{s.value}"}
                for s in doc.suggestions
            ),
            now,
        )
    if doc.studies:
        suggestion_repo.add_studies(
            db,
            case_id,
            record_id,
            (dataclasses.asdict(s) | {"study_date": s.date} for s in doc.studies),
        )
        _fill_disc_item(db, case_id, record_id, now)
    return offered


def _fill_disc_item(db: Any, case_id: int, record_id: int, now: str) -> None:
    """The checklist's disc item gets the disc's index linked (it shows as indexed) and,
    while still needed or requested, becomes received: the disc is in the user's hands."""
    for row in checklist_repo.for_case(db, case_id):
        if row["kind"] != DISC_ITEM:
            continue
        linked = checklist_repo.links(db, case_id).get(int(row["id"]), [])
        checklist_repo.set_links(db, int(row["id"]), [*linked, record_id])
        if row["status"] in ("needed", "requested"):
            checklist_repo.update(db, int(row["id"]), {"status": "received", "updated_at": now})
        return
