"""Build the packet: render the chosen parts, add the records, number and bookmark every
page, strip what must not travel, encrypt when asked, and write it atomically.

Page numbers are known before anything is merged: records' page counts are read first,
and the contents and records index are laid out once with placeholder numbers to learn
their length, then again with the real ones (the two passes ARCHITECTURE.md asks for).

Threads and processes: the job's thread owns the vault connection and is the only one to
read it (STYLE.md rule 17). A record's bytes are never decoded in the app's process: two
sandbox workers (records/sandbox.py: a time and a memory limit each, killed and replaced
when they overrun or die) turn each record into its packet pages on the paper (convert.py:
Pillow for photos and scans, pypdf cleaning and placing a PDF's pages, PDFium drawing those
pypdf cannot copy), and the builder only copies the pages they made. At most ``IN_FLIGHT``
records are read ahead of what the workers have finished, so a packet of forty 12-MP photos
never holds them all at once; the summary and sections are laid out on the job's thread
while the workers convert the first records. A record a worker cannot convert, in time or
within its memory, is named in a PacketError the user can act on (leave it out)."""

from __future__ import annotations

import contextlib
import io
import queue
import secrets
import threading
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from secondop_desktop import records
from secondop_desktop.core import dates
from secondop_desktop.core.jobs import Cancelled, CancelToken, Progress, no_progress
from secondop_desktop.packet import content, render, sections_html
from secondop_desktop.packet.convert import LEAVE_OUT
from secondop_desktop.packet.spec import SECTIONS, PacketSpec
from secondop_desktop.packet.stamp import stamp_footer
from secondop_desktop.records.sandbox import DEFAULT_MEMORY_LIMIT, Outcome, SandboxPool, Task
from secondop_desktop.store import Vault, fsutil

OWN_FOOTER_Y = render.FOOTER_Y  # where the footer band sits on every page, records' too
WORKERS = 2  # sandbox worker processes converting records (both cores)
IN_FLIGHT = 3  # records read from the vault but not yet converted (bounds peak memory)
TIME_LIMIT = 300.0  # seconds per record: a 12-frame 88-MP scan took 108 s on a busy 2-core machine
MEMORY_LIMIT: int | None = DEFAULT_MEMORY_LIMIT  # a worker's data segment (RLIMIT_DATA)


class PacketError(Exception):
    """A problem the user can act on; nothing was written."""


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


@dataclass(frozen=True)
class _Converted:
    pdf: bytes  # its packet pages, on the paper: a PDF a worker's own writer made
    pages: int
    rendered: bool  # some or all of them are pictures of pages pypdf could not copy


_JOB = "secondop_desktop.packet.convert:convert_record"


def _task(
    index: int,
    data: bytes,
    record: records.Record,
    page_size: tuple[float, float],
    spec: PacketSpec,
) -> Task:
    """What a worker gets for one record: its bytes and how to lay it out, never the vault."""
    caption = " · ".join(
        x for x in (record.title, dates.format_date(record.date_of_service), record.source) if x
    )
    args = (data, record.is_pdf, record.title, caption, page_size, spec.quality, record.rotation)
    return Task(index, job=_JOB, args=args)


def _converted(outcome: Outcome, title: str) -> _Converted:
    """A worker's answer, or the record named with why it cannot go in."""
    if outcome.reason is None:
        pdf, count, rendered = outcome.parsed
        return _Converted(pdf, count, rendered)
    if f"“{title}”" in outcome.reason:  # the worker's own sentence, naming the record
        raise PacketError(outcome.reason)
    if "longer than" in outcome.reason:  # stopped at the time limit (sandbox.py)
        why = f"took longer than {TIME_LIMIT:.0f} seconds to prepare, so it was stopped"
    elif "unexpectedly" in outcome.reason:  # the worker died: out of memory, or a crash
        why = (
            "stopped the program preparing it (it needs more memory than SecondOp allows, "
            "or it is damaged)"
        )
    else:
        why = f"could not be prepared. {outcome.reason.rstrip('.')}"
    raise PacketError(f"“{title}” {why}. {LEAVE_OUT}")


class _Workers:
    """``WORKERS`` sandbox workers (records/sandbox.py), started once per export; each is a
    one-worker pool driven by a thread of its own, taking the next record as it frees up
    (``SandboxPool.run`` takes its whole list at once, so one pool of two would wait for the
    slower record of every batch). ``close`` stops and ends them all, whatever is running."""

    def __init__(self) -> None:
        self.stop = CancelToken()
        self.tasks: queue.SimpleQueue[Task | None] = queue.SimpleQueue()
        self.done: queue.SimpleQueue[Outcome | BaseException] = queue.SimpleQueue()
        self.threads = [
            threading.Thread(target=self._serve, name=f"packet-worker-{i}", daemon=True)
            for i in range(WORKERS)
        ]
        for thread in self.threads:
            thread.start()

    def _serve(self) -> None:
        try:
            with SandboxPool(1, time_limit=TIME_LIMIT, memory_limit=MEMORY_LIMIT) as pool:
                while (task := self.tasks.get()) is not None:
                    for outcome in pool.run([task], self.stop):
                        self.done.put(outcome)
        except Cancelled:
            pass
        except BaseException as exc:  # a worker that cannot start: the export says so
            self.done.put(exc)

    def submit(self, task: Task) -> None:
        self.tasks.put(task)

    def next(self, cancel: CancelToken) -> Outcome:
        while True:
            cancel.raise_if_cancelled()
            try:
                got = self.done.get(timeout=0.1)
            except queue.Empty:
                continue
            if isinstance(got, BaseException):
                raise PacketError("The packet's helper processes could not start.") from got
            return got

    def close(self) -> None:
        self.stop.cancel()
        for _ in self.threads:
            self.tasks.put(None)
        for thread in self.threads:
            thread.join()


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

    # Records first (converted in the sandbox workers, in parallel), to know page counts;
    # each goes into the packet as soon as it is back, while the workers go on with the
    # next ones, and our own parts go in front of them once the page numbers are known.
    # Bytes are read here, on the connection's own thread, a few ahead of the workers.
    from pypdf import PdfWriter
    from pypdf.constants import PageLabelStyle

    writer = PdfWriter()
    rendered: list[str] = []
    record_pages: list[int] = []
    record_feet: list[tuple[float, float, float]] = []  # left, width and height of each
    workers = _Workers() if data.records else None
    try:
        waiting = iter(enumerate(data.records))
        in_flight = 0

        def read_ahead() -> None:
            nonlocal in_flight
            while workers is not None and in_flight < IN_FLIGHT:
                item = next(waiting, None)
                if item is None:
                    return
                cancel.raise_if_cancelled()
                index, record = item
                content_bytes = records.read_content(vault, record.id)
                workers.submit(_task(index, content_bytes, record, page_size, spec))
                in_flight += 1

        read_ahead()
        # Our own parts are laid out here while the workers convert the first records.
        # Qt text layout stays on this thread: Qt objects made on a short-lived helper
        # thread outlive its event dispatcher (Qt warns, and timers would never fire).
        own = _render_own_parts(data, spec, today)
        answers: dict[int, Outcome] = {}
        for i, record in enumerate(data.records):
            while i not in answers:
                assert workers is not None
                outcome = workers.next(cancel)
                answers[outcome.key] = outcome
                in_flight -= 1
                read_ahead()
            converted = _converted(answers.pop(i), record.title)
            if converted.rendered:
                rendered.append(record.title)
            for index, source in enumerate(_record_pages(converted, record.title)):
                if index % 25 == 24:
                    cancel.raise_if_cancelled()
                page = writer.add_page(source)  # already on the paper, above the footer band
                box = page.mediabox
                record_feet.append((float(box.left), float(box.width), float(box.height)))
            record_pages.append(converted.pages)
            progress(i + 1, total_steps, f"Preparing “{record.title}”")
    finally:
        if workers is not None:
            workers.close()
    cancel.raise_if_cancelled()

    contents_part, index_part, starts, record_starts, total = _number_pages(
        data, spec, own, record_pages
    )
    parts = [own[0]]  # cover
    if own[1] is not None:
        parts.append(own[1])  # summary
    parts.append(contents_part)
    parts += own[2:]
    parts.append(index_part)

    footer_origins: list[tuple[float, float]] = []
    bands: list[tuple[float, float]] = []
    outline: list[tuple[str, int, int]] = []
    page_no = 0
    for part in [p for p in parts if p is not None]:
        outline.append((part.title, page_no, 0))
        for page in _reader(part.pdf or b"").pages:
            writer.insert_page(page, page_no)  # in front of the records
            box = page.mediabox
            footer_origins.append((float(box.left), float(box.bottom) + OWN_FOOTER_Y))
            bands.append((float(box.width), float(box.height)))
            page_no += 1
    if data.records:
        outline.append(("Records", page_no, 0))
    for record, start in zip(data.records, record_starts, strict=True):
        outline.append((record.title, start - 1, 1))
    for left, width, height in record_feet:
        footer_origins.append((left, OWN_FOOTER_Y))
        bands.append((width, height))
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


def _record_pages(converted: _Converted, title: str) -> Any:
    """The pages a worker made for a record (our own writer's output: nothing in it is
    decoded here, only copied)."""
    from pypdf.errors import PyPdfError

    try:
        pages = _reader(converted.pdf).pages
        if len(pages) != converted.pages:
            raise ValueError("page count")
    except (PyPdfError, ValueError, KeyError, TypeError, RecursionError) as exc:
        raise PacketError(f"“{title}” could not be added to the packet. {LEAVE_OUT}") from exc
    return pages


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
