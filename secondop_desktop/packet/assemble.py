"""Build the packet: render the chosen parts, add the records, number and bookmark every
page, strip what must not travel, encrypt when asked, and write it atomically.

Page numbers are known before anything is merged: records' page counts are read first,
and the contents and records index are laid out once with placeholder numbers to learn
their length, then again with the real ones (the two passes ARCHITECTURE.md asks for).

Threads: the job's thread owns the vault connection and is the only one to read it
(STYLE.md rule 17); the small pool gets bytes and does CPU work only (PDF parsing and
cleaning, photo conversion). At most ``IN_FLIGHT`` records are read ahead of what the
pool has finished, so a packet of forty 12-MP photos never holds them all decoded at once;
the summary and sections are laid out on the job's thread while the pool converts the first
records. Each page of a PDF record is then placed on a sheet of the packet's paper, above
its footer band, as its source shows it (pages.py; content streams are copied as bytes)."""

from __future__ import annotations

import contextlib
import io
import secrets
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from secondop_desktop import records
from secondop_desktop.core import dates
from secondop_desktop.core.jobs import CancelToken, Progress, no_progress
from secondop_desktop.packet import content, render, sections_html
from secondop_desktop.packet.images import image_pages
from secondop_desktop.packet.pages import RecordPages, prepare
from secondop_desktop.packet.spec import QUALITIES, SECTIONS, PacketSpec
from secondop_desktop.packet.stamp import stamp_footer
from secondop_desktop.store import Vault, fsutil

OWN_FOOTER_Y = render.FOOTER_Y  # where the footer band sits on every page, records' too
WORKERS = 2  # photo conversion is the slow part; two keep the window's thread free
IN_FLIGHT = 3  # records read from the vault but not yet converted (bounds peak memory)


class PacketError(Exception):
    """A problem the user can act on; nothing was written."""


class _Unreadable(PacketError):
    """pypdf cannot read or copy a record's PDF (damage, a reference cycle, a limit): its
    pages may still be rendered (PDFium) and go in as pictures."""


@dataclass(frozen=True)
class Part:
    title: str
    pdf: bytes | None  # our own rendered pages
    pages: int
    level: int = 0
    record: records.Record | None = None


@dataclass(frozen=True)
class PacketResult:
    path: Path
    pages: int
    size: int
    starts: dict[str, int]  # part title -> first page (1-based)
    record_starts: list[int]
    # Records whose PDF could not be copied and went in as rendered pages (pictures of
    # their pages: no selectable text, no links), by title, to tell the user.
    rendered: tuple[str, ...] = ()


def aes_available() -> bool:
    """pypdf encrypts with AES only through the `cryptography` package; without it, it
    would fail at write time (or, without an explicit algorithm, fall back to RC4)."""
    try:
        from pypdf._crypt_providers import crypt_provider
    except ImportError:
        return False
    return crypt_provider[0] == "cryptography"


def _read_pdf(data: bytes, title: str) -> Any:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise PacketError(
                f"“{title}” is password-protected. Import it again with its password."
            )
        _ = len(reader.pages)
    except PacketError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, OSError, RecursionError) as exc:
        raise _Unreadable(f"“{title}” could not be read as a PDF ({type(exc).__name__}).") from exc
    return reader


@dataclass(frozen=True)
class _Converted:
    reader: Any  # pypdf: the record's own PDF, or the pages made from an image
    pages: int
    is_pdf: bool  # a PDF record, whose pages are placed on the paper (pages.py)
    cleaned: set[int]  # its objects already cleaned (sanitize.py)
    rendered: bool = False  # pictures of its pages: its PDF could not be copied


def _convert_record(
    data: bytes, record: records.Record, page_size: tuple[float, float], spec: PacketSpec
) -> _Converted:
    """Runs on the pool: it gets the record's bytes, never the vault. A PDF is read and
    what its pages will bring is cleaned; an image becomes pages of the packet's paper."""
    if record.is_pdf:
        try:
            reader = _read_pdf(data, record.title)
            cleaned = prepare(reader)
        except (_Unreadable, *_pdf_errors()) as exc:  # type: ignore[misc]
            pdf, count = _rendered_record(data, record.title, page_size, spec, exc)
            from pypdf import PdfReader

            return _Converted(PdfReader(io.BytesIO(pdf)), count, False, set(), rendered=True)
        return _Converted(reader, len(reader.pages), True, cleaned)
    try:
        caption = " · ".join(
            x for x in (record.title, dates.format_date(record.date_of_service), record.source) if x
        )
        pdf, count = image_pages(data, page_size, QUALITIES[spec.quality], record.rotation, caption)
    except (OSError, ValueError) as exc:
        raise PacketError(f"The image “{record.title}” could not be read.") from exc
    from pypdf import PdfReader

    return _Converted(PdfReader(io.BytesIO(pdf)), count, False, set())


def _rendered_pictures(data: bytes, quality_px: int, only: int | None = None) -> Any:
    """PDFium's drawing of each page (or of page ``only``), one at a time, at about
    ``quality_px`` on its long side; form fields and annotations drawn as they print."""
    import pypdfium2 as pdfium  # type: ignore[import-untyped]

    document = pdfium.PdfDocument(data)
    try:
        document.init_forms()
        indices = range(len(document)) if only is None else [only]
        for index in indices:
            page = document[index]
            try:
                width, height = page.get_size()
                scale = quality_px / max(width, height, 1.0)
                bitmap = page.render(scale=scale, may_draw_forms=True, draw_annots=True)
                yield bitmap.to_pil()
            finally:
                page.close()
    finally:
        document.close()


def _rendered_record(
    data: bytes,
    title: str,
    page_size: tuple[float, float],
    spec: PacketSpec,
    cause: BaseException,
    only: int | None = None,
) -> tuple[bytes, int]:
    """A record (or one page of it) whose PDF cannot be copied, as rendered pages; when
    PDFium cannot draw it either, the record is named so the user can leave it out."""
    from secondop_desktop.packet.images import rendered_pages

    quality = QUALITIES[spec.quality]
    try:
        pdf, count = rendered_pages(
            _rendered_pictures(data, quality.long_side, only), page_size, quality
        )
    except Exception as exc:  # PDFium's own errors, or pictures Pillow cannot take
        raise PacketError(
            f"“{title}” could not be copied into the packet ({type(cause).__name__}) nor "
            "drawn as pictures of its pages. Leave it out of the packet, or import it again "
            "from another copy."
        ) from exc
    if count == 0:
        raise PacketError(f"“{title}” has no pages that could be drawn. Leave it out.")
    return pdf, count


def build_packet(
    vault: Vault,
    spec: PacketSpec,
    out: Path,
    *,
    cancel: CancelToken | None = None,
    progress: Progress = no_progress,
    today: date | None = None,
) -> PacketResult:
    cancel = cancel or CancelToken()
    today = today or date.today()
    out = Path(out)
    if spec.password and not aes_available():
        raise PacketError(
            "Password protection needs the 'cryptography' package for AES-256, and it is "
            "not installed. Nothing was written; export without a password or reinstall "
            "SecondOp."
        )
    if not out.parent.is_dir():
        raise PacketError(f"The folder {out.parent} does not exist.")
    data = content.load(vault, spec, today)
    page_size = render.page_size_points(spec.paper)
    total_steps = len(data.records) + 4
    progress(0, total_steps, "Laying out the summary and sections")

    # Records first (converted in parallel: image conversion is the slow part), to know
    # page counts. Bytes are read here, on the connection's own thread, a few ahead.
    loaded: list[_Converted] = []
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        pending: deque[Future[_Converted]] = deque()
        waiting = iter(data.records)

        def read_ahead() -> None:
            while len(pending) < IN_FLIGHT:
                record = next(waiting, None)
                if record is None:
                    return
                cancel.raise_if_cancelled()
                content_bytes = records.read_content(vault, record.id)
                pending.append(pool.submit(_convert_record, content_bytes, record, page_size, spec))

        try:
            read_ahead()
            # Our own parts are laid out here while the pool converts the first records.
            # Qt text layout stays on this thread: Qt objects made on a short-lived helper
            # thread outlive its event dispatcher (Qt warns, and timers would never fire).
            own = _render_own_parts(data, spec, today)
            for i, record in enumerate(data.records):
                cancel.raise_if_cancelled()
                loaded.append(pending.popleft().result())
                read_ahead()
                progress(i + 1, total_steps, f"Preparing “{record.title}”")
        finally:
            for f in pending:
                f.cancel()
    cancel.raise_if_cancelled()

    contents_part, index_part, starts, record_starts, total = _number_pages(
        data, spec, own, [c.pages for c in loaded]
    )
    parts = [own[0]]  # cover
    if own[1] is not None:
        parts.append(own[1])  # summary
    parts.append(contents_part)
    parts += own[2:]
    parts.append(index_part)

    from pypdf import PdfWriter
    from pypdf.constants import PageLabelStyle

    writer = PdfWriter()
    rendered: list[str] = []
    footer_origins: list[tuple[float, float]] = []
    bands: list[tuple[float, float]] = []
    outline: list[tuple[str, int, int]] = []
    page_no = 0
    for part in [p for p in parts if p is not None]:
        outline.append((part.title, page_no, 0))
        for page in _reader(part.pdf or b"").pages:
            writer.add_page(page)
            box = page.mediabox
            footer_origins.append((float(box.left), float(box.bottom) + OWN_FOOTER_Y))
            bands.append((float(box.width), float(box.height)))
            page_no += 1
    if data.records:
        outline.append(("Records", page_no, 0))
    for converted, record in zip(loaded, data.records, strict=True):
        cancel.raise_if_cancelled()
        outline.append((record.title, page_no, 1))
        if converted.is_pdf:
            # Each page on a sheet of the packet's paper, above its footer band (pages.py).
            placer = RecordPages(
                writer, converted.reader, page_size, record.rotation, cleaned=converted.cleaned
            )
            for index in range(converted.pages):
                if index % 25 == 24:
                    cancel.raise_if_cancelled()
                try:
                    page = _place(placer, index, record.title)
                except _Unreadable as exc:  # this page, drawn as a picture instead
                    pdf, _count = _rendered_record(
                        records.read_content(vault, record.id), record.title, page_size, spec,
                        exc, only=index,
                    )  # fmt: skip
                    page = writer.add_page(_reader(pdf).pages[0])
                    if record.title not in rendered:
                        rendered.append(record.title)
                footer_origins.append((0.0, OWN_FOOTER_Y))
                bands.append((float(page.mediabox.width), float(page.mediabox.height)))
                page_no += 1
            placer.finish()
            continue
        if converted.rendered:
            rendered.append(record.title)
        for source in converted.reader.pages:  # our own image pages, already on the paper
            page = writer.add_page(source)
            footer_origins.append((float(page.mediabox.left), OWN_FOOTER_Y))
            bands.append((float(page.cropbox.width), float(page.cropbox.height)))
            page_no += 1
    assert page_no == total, (page_no, total)
    progress(total_steps - 2, total_steps, "Numbering the pages")

    born = dates.format_date(data.case.patient_dob) if data.case.patient_dob else "not recorded"
    footer_text = f"{data.case.patient_name} · born {born}"
    footers = _reader(render.footers_pdf(bands, footer_text, 1, total))
    for i, page in enumerate(writer.pages):
        if i % 25 == 0:
            cancel.raise_if_cancelled()
        x, y = footer_origins[i]
        stamp_footer(writer, page, footers.pages[i], x, y)

    _outline(writer, outline)
    writer.set_page_label(0, total - 1, style=PageLabelStyle.DECIMAL, start=1)
    title = f"Second-opinion packet: {data.case.patient_name}"
    writer.add_metadata(
        {
            "/Title": title,
            "/Author": "Prepared with SecondOp",
            "/Creator": "SecondOp",
            "/Producer": "SecondOp",
            "/CreationDate": datetime.now(UTC).strftime("D:%Y%m%d%H%M%SZ"),
        }
    )
    writer.page_mode = "/UseOutlines"
    writer.pdf_header = b"%PDF-1.7"  # AES-256 (revision 6) is a PDF 1.7 extension / 2.0
    # -- Navigation (issue 13): each contents and records-index row links to its page. --
    from secondop_desktop.packet import links

    links.add_links(writer, data, spec.paper, starts, record_starts)
    # -- end of navigation --------------------------------------------------------------
    # Only what the pages, the outline and our metadata reach is written: nothing a record
    # (or a replaced resource dictionary) left behind travels unreferenced.
    writer.compress_identical_objects(remove_duplicates=False, remove_unreferenced=True)
    if spec.password:
        writer.encrypt(
            user_password=spec.password,
            owner_password=secrets.token_urlsafe(24),
            algorithm="AES-256",
        )
    cancel.raise_if_cancelled()
    progress(total_steps - 1, total_steps, "Writing the packet")
    _sweep_leftovers(out)
    try:
        fsutil.atomic_write_with(out, writer.write)
    except OSError as exc:
        raise PacketError(
            f"The packet could not be written to {out.parent}: {exc.strerror}."
        ) from exc
    progress(total_steps, total_steps, "Done")
    return PacketResult(out, total, out.stat().st_size, starts, record_starts, tuple(rendered))


def _sweep_leftovers(out: Path) -> None:
    """A packet export killed mid-write leaves its hidden temporary file beside the
    destination; the next export to the same place removes it."""
    for leftover in out.parent.glob(f".{out.name}.*.tmp"):
        with contextlib.suppress(OSError):
            leftover.unlink()


def _reader(data: bytes) -> Any:
    from pypdf import PdfReader

    return PdfReader(io.BytesIO(data))


def _pdf_errors() -> tuple[type[Exception], ...]:
    """What pypdf raises on a damaged PDF (imported late: pypdf is slow to import)."""
    from pypdf.errors import PyPdfError

    return (PyPdfError, ValueError, KeyError, TypeError, OSError, RecursionError)


def _place(placer: RecordPages, index: int, title: str) -> Any:
    try:
        return placer.add(index)
    except _pdf_errors() as exc:
        raise _Unreadable(
            f"Page {index + 1} of “{title}” could not be read ({type(exc).__name__})."
        ) from exc


def _render_own_parts(
    data: content.CaseContent, spec: PacketSpec, today: date
) -> list[Part | None]:
    """Cover, summary (or None), then each chosen section: laid out once, page counts known."""

    def part(title: str, html: str) -> Part:
        pdf = render.html_to_pdf(html, spec.paper)
        return Part(title, pdf, len(_reader(pdf).pages))

    out: list[Part | None] = [part("Cover", content.cover_html(data, today))]
    out.append(part("Summary", content.summary_html(data)) if "summary" in spec.sections else None)
    for key in data.sections:
        out.append(part(SECTIONS[key], sections_html.section_html(data, key)))
    return out


def _number_pages(
    data: content.CaseContent, spec: PacketSpec, own: list[Part | None], record_pages: list[int]
) -> tuple[Part, Part, dict[str, int], list[int], int]:
    def layout(contents_pages: int, index_pages: int) -> tuple[dict[str, int], list[int], int]:
        starts: dict[str, int] = {}
        page = 1
        for p in own[:2]:
            if p is not None:
                starts[p.title] = page
                page += p.pages
        starts["Contents"] = page
        page += contents_pages
        for p in own[2:]:
            assert p is not None
            starts[p.title] = page
            page += p.pages
        starts["Records index"] = page
        page += index_pages
        record_starts = []
        for n in record_pages:
            record_starts.append(page)
            page += n
        return starts, record_starts, page - 1

    def render_both(starts: dict[str, int], record_starts: list[int]) -> tuple[Part, Part]:
        entries = [(t, n, 0) for t, n in starts.items() if t not in ("Cover", "Contents")]
        if record_starts:
            entries.append(("Records", record_starts[0], 0))
            entries += [(r.title, s, 1) for r, s in zip(data.records, record_starts, strict=True)]
        toc = render.html_to_pdf(content.contents_html(entries), spec.paper)
        index = render.html_to_pdf(content.records_index_html(data, record_starts), spec.paper)
        return (
            Part("Contents", toc, len(_reader(toc).pages)),
            Part("Records index", index, len(_reader(index).pages)),
        )

    guess = (1, 1)
    for _ in range(4):  # converges in one or two rounds: numbers do not change line counts
        starts, record_starts, total = layout(*guess)
        toc, index = render_both(starts, record_starts)
        if (toc.pages, index.pages) == guess:
            return toc, index, starts, record_starts, total
        guess = (toc.pages, index.pages)
    raise RuntimeError("The contents pages did not settle.")


def _outline(writer: Any, entries: list[tuple[str, int, int]]) -> None:
    parent = None
    for title, page, level in entries:
        if level == 0:
            item = writer.add_outline_item(title=title, page_number=page)
            if title == "Records":
                parent = item
        else:
            writer.add_outline_item(title=title, page_number=page, parent=parent)
