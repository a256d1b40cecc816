"""A record's pages on the packet's paper, made in a sandbox worker (records/sandbox.py).

Everything that decodes a record's untrusted bytes runs here, in a worker process with a
time and a memory limit, never in the app's process: Pillow decoding a photo or scan (a
multi-page TIFF frame by frame), pypdf reading and cleaning a PDF (sanitize.py) and placing
its pages on the paper (pages.py), and PDFium drawing the pages pypdf cannot copy.

What comes back is a PDF our own writer made: one page per packet page, already on the
packet's paper, above the footer band. The app's process reads that and adds its pages as
they are (qpdf copies the objects of a file our worker wrote; it never decodes a stream,
follows the source's page tree or meets its cross-reference table), so a reference cycle,
a decompression bomb or a damaged structure in a record can only stop the worker, and the
record is then named.

Every failure is a :class:`~secondop_desktop.records.parsing.Rejected` whose sentence names
the record and says the user can leave it out. The worker has no translator installed: the
sentences come with each task, translated in the app's process (:func:`messages`)."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any

from secondop_desktop.i18n import QT_TRANSLATE_NOOP, translate
from secondop_desktop.records.parsing import Rejected

if TYPE_CHECKING:
    from secondop_desktop.packet.text_layer import Layers

LEAVE_OUT = QT_TRANSLATE_NOOP(
    "convert", "Leave it out of the packet (untick it), or import it again from another copy."
)
# What a worker says when a record cannot go in, marked here and translated when said (the
# sandbox worker has the app's language installed; never at import: the command line
# imports this first).
_MESSAGES: dict[str, str] = {
    "leave_out": LEAVE_OUT,
    "memory": QT_TRANSLATE_NOOP(
        "convert",
        "“{title}” needs more memory to prepare than SecondOp allows; it may be damaged or "
        "unusually large.",
    ),
    "unsafe": QT_TRANSLATE_NOOP(
        "convert", "“{title}” is built in a way that cannot be read safely."
    ),
    "damaged": QT_TRANSLATE_NOOP(
        "convert",
        "“{title}” is damaged or in a form SecondOp cannot put in the packet ({error}).",
    ),
    "image": QT_TRANSLATE_NOOP("convert", "The image “{title}” could not be read."),
    "password": QT_TRANSLATE_NOOP(
        "convert", "“{title}” is password-protected. Import it again with its password."
    ),
    "not_drawn": QT_TRANSLATE_NOOP(
        "convert",
        "“{title}” could not be copied into the packet ({error}) nor drawn as pictures of its "
        "pages. Leave it out of the packet, or import it again from another copy.",
    ),
    "no_pages": QT_TRANSLATE_NOOP(
        "convert", "“{title}” has no pages that could be drawn. Leave it out."
    ),
}


def _say(key: str, **values: str) -> str:
    """Sentence ``key`` in the language installed, filled in."""
    return translate("convert", _MESSAGES[key]).format(**values)


def _leave_out(key: str, **values: str) -> str:
    """Sentence ``key``, then how to leave the record out."""
    return f"{_say(key, **values)} {_say('leave_out')}"


class _Unreadable(Exception):
    """pypdf cannot read or copy a record's PDF (damage, a reference cycle, a limit): its
    pages may still be rendered (PDFium) and go in as pictures."""


def _pdf_errors() -> tuple[type[Exception], ...]:
    """What pypdf raises on a damaged PDF."""
    from pypdf.errors import PyPdfError

    return (PyPdfError, ValueError, KeyError, TypeError, OSError, RecursionError, AttributeError)


def convert_record(
    data: bytes,
    is_pdf: bool,
    title: str,
    caption: str,
    paper: tuple[float, float],
    quality: str,
    rotation: int,
    layers: Layers | None = None,
) -> tuple[bytes, int, bool]:
    """The job a worker runs for one record: (the PDF of its packet pages, their number,
    whether any of them are pictures of pages pypdf could not copy). ``layers``: the words
    read from its pictures (a photo's frames, a scan's pages), laid over them invisibly.
    Raises ``Rejected`` with a sentence naming the record when it cannot go in at all."""
    try:
        if is_pdf:
            return _pdf_record(data, title, paper, quality, rotation, layers)
        return _image_record(data, title, caption, paper, quality, rotation, layers)
    except Rejected:
        raise
    except MemoryError:
        raise Rejected(_leave_out("memory", title=title)) from None
    except RecursionError:
        raise Rejected(_leave_out("unsafe", title=title)) from None
    except Exception as exc:  # any decoder bug: this record is named, the export stops
        raise Rejected(_leave_out("damaged", title=title, error=type(exc).__name__)) from None


def _image_record(
    data: bytes,
    title: str,
    caption: str,
    paper: tuple[float, float],
    quality: str,
    rotation: int,
    layers: Layers | None = None,
) -> tuple[bytes, int, bool]:
    from secondop_desktop.packet.images import image_pages
    from secondop_desktop.packet.spec import QUALITIES

    try:
        pdf, count = image_pages(data, paper, QUALITIES[quality], rotation, caption, layers)
    except (OSError, ValueError) as exc:
        raise Rejected(_leave_out("image", title=title)) from exc
    return pdf, count, False


def _read_pdf(data: bytes, title: str) -> Any:
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise Rejected(_say("password", title=title))
        _ = len(reader.pages)
    except Rejected:
        raise
    except _pdf_errors() as exc:
        raise _Unreadable(type(exc).__name__) from exc
    return reader


def _pdf_record(
    data: bytes,
    title: str,
    paper: tuple[float, float],
    quality: str,
    rotation: int,
    layers: Layers | None = None,
) -> tuple[bytes, int, bool]:
    """Each page on a sheet of the paper (pages.py); a page pypdf cannot copy is drawn as
    a picture instead, and the whole record so when pypdf cannot read or clean it. Scanned
    pages get the words read from them (``layers``) either way."""
    from pypdf import PdfReader, PdfWriter

    from secondop_desktop.packet.pages import RecordPages, prepare

    try:
        reader = _read_pdf(data, title)
        cleaned = prepare(reader)
        count = len(reader.pages)
    except (_Unreadable, *_pdf_errors()) as exc:  # type: ignore[misc]
        pdf, count = rendered_record(data, title, paper, quality, exc, layers=layers)
        return pdf, count, True
    writer = PdfWriter()
    placer = RecordPages(writer, reader, paper, rotation, cleaned=cleaned, layers=layers)
    rendered = False
    for index in range(count):
        try:
            placer.add(index)
        except _pdf_errors() as exc:  # this page, drawn as a picture instead
            pdf, _count = rendered_record(
                data, title, paper, quality, exc, only=index, layers=layers
            )
            writer.add_page(PdfReader(io.BytesIO(pdf)).pages[0])
            placer.placed.append((writer.pages[-1], None))  # keeps link targets in step
            rendered = True
    placer.finish()
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue(), count, rendered


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


def rendered_record(
    data: bytes,
    title: str,
    paper: tuple[float, float],
    quality: str,
    cause: BaseException,
    only: int | None = None,
    layers: Layers | None = None,
) -> tuple[bytes, int]:
    """A record (or one page of it) whose PDF cannot be copied, as rendered pages; when
    PDFium cannot draw it either, the record is named so the user can leave it out.
    ``layers``: the words read from the record's scanned pages, by its page numbers."""
    from secondop_desktop.packet.images import rendered_pages
    from secondop_desktop.packet.spec import QUALITIES

    chosen = QUALITIES[quality]
    layers = layers or {}
    if only is not None:  # the one page drawn is page 1 of what is made
        layers = {1: layers[only + 1]} if only + 1 in layers else {}
    pictures = _rendered_pictures(data, chosen.long_side, only)
    try:
        pdf, count = rendered_pages(pictures, paper, chosen, layers)
    except MemoryError:
        raise
    except Exception as exc:  # PDFium's own errors, or pictures Pillow cannot take
        cause_name = type(cause.__cause__ or cause).__name__
        raise Rejected(_say("not_drawn", title=title, error=cause_name)) from exc
    if count == 0:
        raise Rejected(_say("no_pages", title=title))
    return pdf, count
