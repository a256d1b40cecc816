"""Build the packet: render the chosen parts, add the records, number and bookmark every
page, strip what must not travel, encrypt when asked, and write it atomically.

Page numbers are known before anything is merged: records' page counts are read first,
and the contents and records index are laid out with guessed lengths, printed when the
guess holds and laid out again with the real numbers when it does not (the two passes
ARCHITECTURE.md asks for, at most); their rows become links from that same layout.

The packet itself is put together by qpdf (pikepdf): it copies the records' pages, stamps
the footers and writes the file in compiled code, and copies a stream's bytes only when it
writes them, so a 2,000-page packet neither parses every page object in Python nor holds
a parsed copy of every record (pypdf did both: 6x qpdf's time, 0.19 MiB a page).

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
from typing import TYPE_CHECKING, Any

from secondop_desktop import records
from secondop_desktop.core import dates
from secondop_desktop.core.jobs import Cancelled, CancelToken, Progress, no_progress
from secondop_desktop.i18n import translate
from secondop_desktop.packet import content, convert, render, sections_html
from secondop_desktop.packet.spec import (
    CONTENTS,
    COVER,
    FOOTER_Y,
    RECORDS,
    RECORDS_INDEX,
    SECTIONS,
    PacketSpec,
)
from secondop_desktop.packet.spec import title as part_title
from secondop_desktop.packet.stamp import stamp_footer
from secondop_desktop.records import straightening
from secondop_desktop.records.sandbox import (
    DEFAULT_MEMORY_LIMIT,
    DIED,
    TIMED_OUT,
    Outcome,
    SandboxPool,
    Task,
)
from secondop_desktop.store import Vault, fsutil

if TYPE_CHECKING:
    import pikepdf

    from secondop_desktop.packet.text_layer import Layers

OWN_FOOTER_Y = FOOTER_Y  # where the footer band sits on every page, records' too
WORKERS = 2  # sandbox worker processes converting records (both cores)
IN_FLIGHT = 3  # records read from the vault but not yet converted (bounds peak memory)
TIME_LIMIT = 300.0  # seconds per record: a 12-frame 88-MP scan took 108 s on a busy 2-core machine
MEMORY_LIMIT: int | None = DEFAULT_MEMORY_LIMIT  # a worker's data segment (RLIMIT_DATA)


class PacketError(Exception):
    """A problem the user can act on; nothing was written."""


@dataclass(frozen=True)
class Part:
    title: str  # English (a key of PacketResult.starts); printed through spec.title
    pdf: bytes | None  # our own rendered pages
    pages: int
    level: int = 0
    record: records.Record | None = None


@dataclass(frozen=True)
class PacketResult:
    path: Path
    pages: int
    size: int
    starts: dict[str, int]  # part title (English, as in spec.py) -> first page (1-based)
    record_starts: list[int]
    # Records whose PDF could not be copied and went in as rendered pages (pictures of
    # their pages: no selectable text, no links), by title, to tell the user.
    rendered: tuple[str, ...] = ()


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
    layers: Layers | None = None,
) -> Task:
    """What a worker gets for one record: its bytes and how to lay it out, never the vault
    (``layers``: the words read from its photos or scanned pages, for the invisible text
    layer)."""
    caption = " · ".join(
        x for x in (record.title, dates.format_date(record.date_of_service), record.source) if x
    )
    args = (
        data,
        record.is_pdf,
        record.title,
        caption,
        page_size,
        spec.quality,
        record.rotation,
        layers or {},
    )
    return Task(index, job=_JOB, args=args)


def _converted(outcome: Outcome, title: str) -> _Converted:
    """A worker's answer, or the record named with why it cannot go in."""
    if outcome.reason is None:
        pdf, count, rendered = outcome.parsed
        return _Converted(pdf, count, rendered)
    if f"“{title}”" in outcome.reason:  # the worker's own sentence, naming the record
        raise PacketError(outcome.reason)
    leave_out = translate("convert", convert.LEAVE_OUT)
    if outcome.stopped == TIMED_OUT:  # stopped at the time limit (sandbox.py)
        why = translate(
            "assemble",
            "“{title}” took longer than {seconds} seconds to prepare, so it was stopped.",
        ).format(title=title, seconds=f"{TIME_LIMIT:.0f}")
    elif outcome.stopped == DIED:  # the worker died: out of memory, or a crash
        why = translate(
            "assemble",
            "“{title}” stopped the program preparing it (it needs more memory than SecondOp "
            "allows, or it is damaged).",
        ).format(title=title)
    else:
        why = translate("assemble", "“{title}” could not be prepared. {reason}.").format(
            title=title, reason=outcome.reason.rstrip(".")
        )
    raise PacketError(f"{why} {leave_out}")


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
            # No warm-up: the import parsers it loads (QtPdf, a Qt application) are not
            # the export's; pypdf, Pillow and PDFium load with the first record needing them.
            with SandboxPool(
                1, time_limit=TIME_LIMIT, memory_limit=MEMORY_LIMIT, warm_up=False
            ) as pool:
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
                raise PacketError(
                    translate("assemble", "The packet's helper processes could not start.")
                ) from got
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
    if not out.parent.is_dir():
        raise PacketError(
            translate("assemble", "The folder {folder} does not exist.").format(folder=out.parent)
        )
    data = content.load(vault, spec, today)
    progress(0, len(data.records) + 4, translate("assemble", "Laying out the summary and sections"))

    # Records first (converted in the sandbox workers, in parallel), to know page counts;
    # each goes into the packet as soon as it is back, while the workers go on with the
    # next ones, and our own parts go in front of them once the page numbers are known.
    # Bytes are read here, on the connection's own thread, a few ahead of the workers.
    import pikepdf

    # The workers' PDFs stay open until the packet is written: qpdf reads a copied
    # stream's bytes from its source only then.
    with contextlib.ExitStack() as sources:
        pdf = sources.enter_context(pikepdf.new())
        return _build(pdf, sources, vault, spec, out, data, today, cancel, progress)


def _build(
    pdf: pikepdf.Pdf,
    sources: contextlib.ExitStack,
    vault: Vault,
    spec: PacketSpec,
    out: Path,
    data: content.CaseContent,
    today: date,
    cancel: CancelToken,
    progress: Progress,
) -> PacketResult:
    import pikepdf

    page_size = render.page_size_points(spec.paper)
    total_steps = len(data.records) + 4
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
                # A photo the user chose to straighten prints straightened (issue 20).
                content_bytes = straightening.shown_content(vault, record.id)[0]
                # The words read from its photos or scanned pages (issue 20); none when
                # the setting is off.
                layers = records.text_layers(vault, record.id) if spec.text_layer else {}
                workers.submit(_task(index, content_bytes, record, page_size, spec, layers))
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
            source = sources.enter_context(_record_pdf(converted, record.title))
            pdf.pages.extend(source.pages)  # already on the paper, above the footer band
            for page in source.pages:
                box = pikepdf.Rectangle(page.mediabox)
                record_feet.append((box.llx, box.width, box.height))
            record_pages.append(converted.pages)
            progress(
                i + 1,
                total_steps,
                translate("assemble", "Preparing “{title}”").format(title=record.title),
            )
    finally:
        if workers is not None:
            workers.close()
    cancel.raise_if_cancelled()

    contents_part, index_part, starts, record_starts, total, rows = _number_pages(
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
        outline.append((part_title(part.title), page_no, 0))
        own_pdf = sources.enter_context(pikepdf.open(io.BytesIO(part.pdf or b"")))
        for page in own_pdf.pages:
            pdf.pages.insert(page_no, page)  # in front of the records
            box = pikepdf.Rectangle(page.mediabox)
            footer_origins.append((box.llx, box.lly + OWN_FOOTER_Y))
            bands.append((box.width, box.height))
            page_no += 1
    if data.records:
        outline.append((part_title(RECORDS), page_no, 0))  # the records' bookmarks go under it
    for record, start in zip(data.records, record_starts, strict=True):
        outline.append((record.title, start - 1, 1))
    for left, width, height in record_feet:
        footer_origins.append((left, OWN_FOOTER_Y))
        bands.append((width, height))
        page_no += 1
    assert page_no == total, (page_no, total)
    progress(total_steps - 2, total_steps, translate("assemble", "Numbering the pages"))

    born = (
        dates.format_date(data.case.patient_dob)
        if data.case.patient_dob
        else translate("assemble", "not recorded")
    )
    footer_text = translate("assemble", "{name} · born {date}").format(
        name=data.case.patient_name, date=born
    )
    footers = sources.enter_context(
        pikepdf.open(io.BytesIO(render.footers_pdf(bands, footer_text, 1, total)))
    )
    # Pages are walked in step, never by index: qpdf's page lookup by index lists every
    # page each time (it made the footers quadratic in the packet's length).
    for i, (page, footer) in enumerate(zip(pdf.pages, footers.pages, strict=True)):
        if i % 25 == 0:
            cancel.raise_if_cancelled()
        x, y = footer_origins[i]
        stamp_footer(pdf, page, footer, x, y)

    _outline(pdf, outline)
    pdf.Root.PageLabels = pikepdf.Dictionary(
        Nums=pikepdf.Array([0, pikepdf.Dictionary(S=pikepdf.Name.D, St=1)])
    )
    doc_title = translate("assemble", "Second-opinion packet: {name}").format(
        name=data.case.patient_name
    )
    pdf.docinfo = pdf.make_indirect(
        pikepdf.Dictionary(
            Title=pikepdf.String(doc_title),
            Author=pikepdf.String(translate("assemble", "Prepared with SecondOp")),
            Creator=pikepdf.String("SecondOp"),
            Producer=pikepdf.String("SecondOp"),
            CreationDate=pikepdf.String(datetime.now(UTC).strftime("D:%Y%m%d%H%M%SZ")),
        )
    )
    pdf.Root.PageMode = pikepdf.Name.UseOutlines
    # -- Navigation (issue 13): each contents and records-index row links to its page. --
    from secondop_desktop.packet import links

    links.add_links(pdf, starts, record_starts, rows)
    # -- end of navigation --------------------------------------------------------------
    # qpdf writes only what the pages, the outline and our metadata reach: nothing a
    # record (or a replaced resource dictionary) left behind travels unreferenced.
    encryption: pikepdf.Encryption | bool = False
    if spec.password:
        encryption = pikepdf.Encryption(
            owner=secrets.token_urlsafe(24), user=spec.password, R=6, aes=True
        )
    cancel.raise_if_cancelled()
    progress(total_steps - 1, total_steps, translate("assemble", "Writing the packet"))
    _sweep_leftovers(out)

    def write(target: Any) -> None:
        # PDF 1.7: AES-256 (revision 6) is a 1.7 extension. No object streams, so every
        # object stays visible to a reader of the raw file (and to the leak tests).
        pdf.save(
            target,
            encryption=encryption,
            min_version="1.7",
            object_stream_mode=pikepdf.ObjectStreamMode.disable,
        )

    try:
        fsutil.atomic_write_with(out, write)
    except OSError as exc:
        raise PacketError(
            translate("assemble", "The packet could not be written to {folder}: {reason}.").format(
                folder=out.parent, reason=exc.strerror
            )
        ) from exc
    progress(total_steps, total_steps, translate("assemble", "Done"))
    return PacketResult(out, total, out.stat().st_size, starts, record_starts, tuple(rendered))


def _sweep_leftovers(out: Path) -> None:
    """A packet export killed mid-write leaves its hidden temporary file beside the
    destination; the next export to the same place removes it."""
    for leftover in out.parent.glob(f".{out.name}.*.tmp"):
        with contextlib.suppress(OSError):
            leftover.unlink()


def _record_pdf(converted: _Converted, record_title: str) -> pikepdf.Pdf:
    """The PDF a worker made for a record (our own writer's output: nothing in it is
    decoded here, only copied), open until the packet is written."""
    import pikepdf

    try:
        pdf = pikepdf.open(io.BytesIO(converted.pdf))
        if len(pdf.pages) != converted.pages:
            pdf.close()
            raise ValueError("page count")
    except (pikepdf.PdfError, ValueError) as exc:
        raise PacketError(
            translate("assemble", "“{title}” could not be added to the packet.").format(
                title=record_title
            )
            + " "
            + translate("convert", convert.LEAVE_OUT)
        ) from exc
    return pdf


def _render_own_parts(
    data: content.CaseContent, spec: PacketSpec, today: date
) -> list[Part | None]:
    """Cover, summary (or None), then each chosen section: laid out once, page counts known."""

    def part(key: str, html: str) -> Part:
        laid_out = render.LaidOut(html, spec.paper)
        return Part(key, laid_out.pdf(), laid_out.pages)

    out: list[Part | None] = [part(COVER, content.cover_html(data, today))]
    summary = SECTIONS["summary"]
    out.append(part(summary, content.summary_html(data)) if "summary" in spec.sections else None)
    for key in data.sections:
        out.append(part(SECTIONS[key], sections_html.section_html(data, key)))
    return out


def _number_pages(
    data: content.CaseContent, spec: PacketSpec, own: list[Part | None], record_pages: list[int]
) -> tuple[Part, Part, dict[str, int], list[int], int, dict[str, list[render.TableRow]]]:
    """The contents and the records index with their page numbers, where every part
    starts, the total, and where each row of the two landed (for their links).

    Their length depends on the numbers they print only through the numbers' width, so a
    layout with guessed lengths is checked and printed only when the guess holds (one
    layout when it does, two when the records index runs over a page)."""

    def layout(contents_pages: int, index_pages: int) -> tuple[dict[str, int], list[int], int]:
        starts: dict[str, int] = {}
        page = 1
        for p in own[:2]:
            if p is not None:
                starts[p.title] = page
                page += p.pages
        starts[CONTENTS] = page
        page += contents_pages
        for p in own[2:]:
            assert p is not None
            starts[p.title] = page
            page += p.pages
        starts[RECORDS_INDEX] = page
        page += index_pages
        record_starts = []
        for n in record_pages:
            record_starts.append(page)
            page += n
        return starts, record_starts, page - 1

    from secondop_desktop.packet.links import contents_entries

    guess = (1, 1)
    for _ in range(4):  # converges in one or two rounds: numbers do not change line counts
        starts, record_starts, total = layout(*guess)
        toc = render.LaidOut(
            content.contents_html(contents_entries(data, starts, record_starts)), spec.paper
        )
        index = render.LaidOut(content.records_index_html(data, record_starts), spec.paper)
        if (toc.pages, index.pages) == guess:
            rows = {CONTENTS: toc.rows(), RECORDS_INDEX: index.rows()}
            return (
                Part(CONTENTS, toc.pdf(), toc.pages),
                Part(RECORDS_INDEX, index.pdf(), index.pages),
                starts,
                record_starts,
                total,
                rows,
            )
        guess = (toc.pages, index.pages)
    raise RuntimeError("The contents pages did not settle.")


def _outline(pdf: pikepdf.Pdf, entries: list[tuple[str, int, int]]) -> None:
    """Bookmarks: each part, and under "Records" each record, opening its first page. A
    level-1 entry goes under the level-0 entry before it (the records follow "Records")."""
    import pikepdf

    with pdf.open_outline() as outline:
        parent: pikepdf.OutlineItem | None = None
        for text, page, level in entries:
            item = pikepdf.OutlineItem(text, page)
            if level == 0 or parent is None:
                outline.root.append(item)
                parent = item
            else:
                parent.children.append(item)
