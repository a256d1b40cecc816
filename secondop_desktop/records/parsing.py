"""Reading one untrusted file: page count, text per page, a thumbnail, and (for a
password-protected or a damaged PDF) the copy that is stored in its place.

This module runs inside a sandboxed worker process (see :mod:`sandbox`), never in the app
itself: a parser bug, an endless loop or a decompression bomb can then only cost that
worker, which is killed and replaced. Every failure becomes a plain reason.

A PDF that pypdf cannot read is repaired here, in the same worker and under the same
limits: qpdf (through pikepdf) rebuilds it, or else PDFium (pypdfium2, the engine of QtPdf
and Chrome) copies its pages into a new document. The repaired copy carries the original
file inside it, byte for byte, as an attachment; it is stored like a protected PDF's
unlocked copy, and read, previewed, searched and put in the packet like any other PDF.
"""

from __future__ import annotations

import io
import logging
import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from secondop_desktop.i18n import translate
from secondop_desktop.records import filetypes, pdf_text

if TYPE_CHECKING:
    from pypdf import PdfReader

    from secondop_desktop.records.meta import Guesses
    from secondop_desktop.records.structured.model import Document

THUMB_SIZE = (240, 320)
PNG_SPEED = 70  # Qt's PNG "quality": a faster zlib level than its default (see pdf_thumbnail)
_ORIENTATION = 0x0112  # EXIF: how to turn the stored picture to view it
MAX_IMAGE_PIXELS = 89_478_485  # Pillow's own warning threshold; we treat it as the limit
MAX_TEXT_PER_PAGE = 200_000

log = logging.getLogger(__name__)


class Rejected(Exception):
    """The file cannot be imported; ``str()`` says why, for the user."""


@dataclass
class Parsed:
    media_type: str
    page_count: int = 1
    meta_title: str = ""
    texts: list[str] = field(default_factory=list)
    thumbnail_png: bytes | None = None
    # Stored in place of the file: unlocked and/or repaired; or what the file was made into
    # (a structured file's PDF, a DICOM image's PNG).
    unlocked_pdf: bytes | None = None
    needs_password: bool = False
    protected: bool = False  # the file had a password, which the stored copy no longer has
    repaired: str = ""  # for a damaged PDF: what was done, said in the import report
    # A FHIR or C-CDA file: what it says (records.structured.Document), for the app to
    # render as the stored PDF; texts holds its words.
    structured: Document | None = None
    converted: bool = False  # stored as another format (a DICOM image as its PNG)
    # PDFs the structured file carries inline (a FHIR DocumentReference's attachment),
    # each read here like any PDF: (name, bytes, what was read) or (name, bytes, why not).
    attached: list[tuple[str, bytes, Parsed | str]] = field(default_factory=list)
    # What its first pages suggest (records.guesses), made in the worker for an import.
    guesses: Guesses | None = None


# -- PDF ------------------------------------------------------------------------------------
_PDF_ERRORS: tuple[type[BaseException], ...] = (
    ValueError,
    KeyError,
    TypeError,
    AttributeError,
    IndexError,
    AssertionError,
    RecursionError,
    OSError,
)


def _again() -> str:
    return translate("parsing", "Download it again, or ask for a new copy.")


def wrong_password() -> str:
    """Why a protected PDF was refused when the password given does not open it (the
    window asks for the password again on this sentence, in the language installed)."""
    return translate("parsing", "That password does not open this PDF.")


class _Unreadable(Exception):
    """pypdf cannot read the PDF (``str()`` names pypdf's error); a repair may."""

    def __init__(self, error: str, reason: str | None = None) -> None:
        super().__init__(error)
        # For the user, when no repair helps either; None: the file is damaged throughout.
        self.reason = reason


def _open_pdf(source: Path | bytes) -> PdfReader:
    """Strict reading first; many real files bend the rules slightly, so lenient second."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError, PdfStreamError

    errors: tuple[type[BaseException], ...] = (PdfReadError, PdfStreamError, *_PDF_ERRORS)
    failure: BaseException | None = None
    for strict in (True, False):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                reader = PdfReader(
                    io.BytesIO(source) if isinstance(source, bytes) else source, strict=strict
                )
                _ = len(reader.pages) if not reader.is_encrypted else None
            return reader
        except errors as exc:
            failure = exc
    raise _Unreadable(type(failure).__name__)


def parse_pdf(path: Path, password: str | None) -> Parsed:
    try:
        return _read_pdf(path, password)
    except _Unreadable as failure:
        return _parse_repaired(path, password, failure)


def _read_pdf(source: Path | bytes, password: str | None) -> Parsed:
    """Read with pypdf; :class:`_Unreadable` when pypdf cannot (a repair may still)."""
    from pypdf import PdfWriter

    reader = _open_pdf(source)
    unlocked: bytes | None = None
    if reader.is_encrypted:
        opened = False
        try:
            opened = bool(reader.decrypt(""))  # owner-password-only files open as they are
        except Exception:  # a malformed encryption dictionary is a damaged file
            opened = False
        if not opened:
            if password is None:
                return Parsed(filetypes.PDF, needs_password=True)
            try:
                opened = bool(reader.decrypt(password))
            except NotImplementedError:
                raise Rejected(
                    translate(
                        "parsing",
                        "This PDF uses an encryption SecondOp cannot open. "
                        "Print it to a new PDF first.",
                    )
                ) from None
            if not opened:
                raise Rejected(wrong_password())
        try:
            writer = PdfWriter(clone_from=reader)
            buffer = io.BytesIO()
            writer.write(buffer)
        except (RecursionError, MemoryError):
            raise
        except Exception as exc:  # its objects are damaged behind the encryption
            raise _Unreadable(type(exc).__name__) from None
        unlocked = buffer.getvalue()
    try:
        pages = list(reader.pages)
    except Exception as exc:
        raise _Unreadable(
            type(exc).__name__, translate("parsing", "The PDF's page list is damaged.")
        ) from None
    if not pages:
        raise _Unreadable("no pages", translate("parsing", "The PDF has no pages."))
    if unlocked is not None:
        data = unlocked
    else:
        data = source if isinstance(source, bytes) else source.read_bytes()
    found = pdf_text.pdfium_texts(data, len(pages), [pdf_text.form_heavy(p) for p in pages])
    texts: list[str] = []
    for n, page in enumerate(pages):
        if found is not None and found[n] is not None:
            text = found[n] or ""
        else:
            try:
                text = page.extract_text() or ""
            except Exception:  # one unreadable page keeps its place with no text
                text = ""
        texts.append(text[:MAX_TEXT_PER_PAGE].replace("\x00", ""))
    title = ""
    try:
        meta = reader.metadata
        title = str(meta.title) if meta and meta.title else ""
    except Exception:
        title = ""
    return Parsed(
        filetypes.PDF,
        page_count=len(pages),
        meta_title=title,
        texts=texts,
        thumbnail_png=pdf_thumbnail(data),
        unlocked_pdf=unlocked,
        protected=unlocked is not None,
    )


# -- repairing a PDF that pypdf cannot read --------------------------------------------------
class _Locked(Exception):
    """The repair tool needs the PDF's password, or was given the wrong one."""


class _Incomplete(Exception):
    """The repair opened the file, but parts of it are missing: ``str()`` says which."""


def _parse_repaired(path: Path, password: str | None, failure: _Unreadable) -> Parsed:
    """Repair the PDF (qpdf, else PDFium), then read the repaired copy like any PDF."""
    tried = [f"pypdf: {failure}"]
    locked = False
    incomplete = ""
    for label, repair in _REPAIRS:
        try:
            copy, protected = repair(path, password)
            data = _with_original(copy, path)
            parsed = _read_pdf(data, None)
        except _Locked:
            locked = True
            continue
        except _Incomplete as exc:  # missing for every reader: another would only hide it
            incomplete = str(exc)
            break
        except _Unreadable as again:
            tried.append(
                translate("parsing", "{tool}: its copy could not be read either ({error})").format(
                    tool=label, error=again
                )
            )
            continue
        except (MemoryError, RecursionError):
            raise
        except Exception as exc:  # the tool could not open or write the file
            tried.append(f"{label}: {_plain_error(exc, path)}")
            continue
        parsed.unlocked_pdf = data
        parsed.protected = protected
        parsed.repaired = _repaired(label)
        return parsed
    if locked:
        if password is None:
            return Parsed(filetypes.PDF, needs_password=True)
        raise Rejected(wrong_password())
    if incomplete:
        raise Rejected(
            translate(
                "parsing",
                "The PDF is damaged and parts of it are missing (it may be an incomplete "
                "download), so its pages cannot be shown as they were: {details}. {again}",
            ).format(details=incomplete, again=_again())
        )
    if failure.reason is None:
        raise Rejected(
            translate(
                "parsing",
                "The PDF is damaged and SecondOp could not repair it: no reader found its "
                "pages. {again} ({tried})",
            ).format(again=_again(), tried="; ".join(tried))
        )
    raise Rejected(failure.reason)


def _repaired(tool: str) -> str:
    """What the import report says of a PDF repaired by ``tool``."""
    if tool == "qpdf":
        return translate(
            "parsing",
            "Repaired: the PDF is damaged, so SecondOp rebuilt it with qpdf. The repaired copy "
            "is used for preview, search and the packet; the original file is kept unchanged "
            "inside it.",
        )
    return translate(
        "parsing",
        "Repaired: the PDF is damaged, so SecondOp copied its pages into a new PDF with "
        "PDFium. The repaired copy is used for preview, search and the packet; the original "
        "file is kept unchanged inside it.",
    )


def _plain_error(exc: BaseException, path: Path) -> str:
    """A repair tool's message, without the file's path (qpdf starts with it)."""
    text = " ".join(str(exc).replace(str(path), "").split()).lstrip(":( ").rstrip(" .")
    found = re.search(r"\(PDFium: (.+?)\)", text)
    if found:
        text = found.group(1)
    return text[:200] or type(exc).__name__


def _with_qpdf(path: Path, password: str | None) -> tuple[bytes, bool]:
    """qpdf rebuilds the cross-reference table and writes a clean PDF (without the
    password); parts it cannot find make the copy incomplete, and that is refused."""
    import pikepdf

    try:
        pdf = pikepdf.open(path, password=password or "", attempt_recovery=True)
    except pikepdf.PasswordError:
        raise _Locked() from None
    with pdf:
        missing = sum(1 for obj in pdf.objects if obj is None)  # referenced, not readable
        if missing:
            raise _Incomplete(
                translate(
                    "parsing", "%n of its {total} parts could not be found or read", None, missing
                ).format(total=len(pdf.objects))
            )
        if len(pdf.pages) == 0:
            raise ValueError(translate("parsing", "no page was found"))
        protected = pdf.is_encrypted
        if "/Size" not in pdf.trailer:  # a trailer rebuilt from the catalog lacks it; the
            pdf.trailer.Size = 0  # writer puts the real value only where the key exists
        out = io.BytesIO()
        pdf.save(out)  # no encryption: the copy of a protected PDF is unlocked
    return out.getvalue(), protected


def _with_pdfium(path: Path, password: str | None) -> tuple[bytes, bool]:
    """PDFium opens what qpdf cannot, and its pages are copied into a new document. A page
    that comes out empty may have lost its content: that copy is refused."""
    import pypdfium2 as pdfium  # type: ignore[import-untyped]
    import pypdfium2.raw as pdfium_c  # type: ignore[import-untyped]

    try:
        source = pdfium.PdfDocument(path, password=password)
    except pdfium.PdfiumError as exc:
        if exc.err_code == pdfium_c.FPDF_ERR_PASSWORD:
            raise _Locked() from None
        raise
    target = pdfium.PdfDocument.new()
    try:
        count = len(source)
        if count == 0:
            raise ValueError(translate("parsing", "no page was found"))
        for index in range(count):
            page = source[index]
            try:
                if pdfium_c.FPDFPage_CountObjects(page.raw) == 0:
                    raise _Incomplete(
                        translate("parsing", "page {page} of {count} came out empty").format(
                            page=index + 1, count=count
                        )
                    )
            finally:
                page.close()
        protected = pdfium_c.FPDF_GetSecurityHandlerRevision(source.raw) != -1
        target.import_pages(source)
        out = io.BytesIO()
        target.save(out)
    finally:
        target.close()
        source.close()
    return out.getvalue(), protected


_REPAIRS = (("qpdf", _with_qpdf), ("PDFium", _with_pdfium))


def _with_original(copy: bytes, path: Path) -> bytes:
    """The repaired copy with the original file attached, byte for byte, as its source."""
    import pikepdf

    with pikepdf.open(io.BytesIO(copy)) as pdf:
        pdf.attachments[path.name] = pikepdf.AttachedFileSpec(
            pdf,
            path.read_bytes(),
            description="The file as it was imported, before SecondOp repaired it",
            filename=path.name,
            mime_type="application/pdf",
            relationship=pikepdf.Name.Source,
        )
        out = io.BytesIO()
        pdf.save(out)
    return out.getvalue()


_qt_app = None


def pdf_thumbnail(data: bytes) -> bytes | None:
    """First page rendered by QtPdf (PDFium), in this worker process."""
    global _qt_app
    from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtPdf import QPdfDocument

    if QCoreApplication.instance() is None:
        _qt_app = QCoreApplication([])
    source = QBuffer()
    source.setData(QByteArray(data))
    source.open(QIODevice.OpenModeFlag.ReadOnly)
    doc = QPdfDocument()
    doc.load(source)
    if doc.status() != QPdfDocument.Status.Ready or doc.pageCount() < 1:
        return None
    points = doc.pagePointSize(0)
    if points.width() <= 0 or points.height() <= 0:
        return None
    scale = min(THUMB_SIZE[0] / points.width(), THUMB_SIZE[1] / points.height())
    image = doc.render(0, QSize(int(points.width() * scale), int(points.height() * scale)))
    doc.close()
    if image.isNull():
        return None
    # PDFium leaves the paper transparent: on white, as it prints, or a dark theme shows
    # black text on its dark background. Without the alpha channel, and at zlib's faster
    # setting, the PNG takes a third of the time (15 ms a record before).
    paper = QImage(image.size(), QImage.Format.Format_RGB888)
    paper.fill(Qt.GlobalColor.white)
    painter = QPainter(paper)
    painter.drawImage(0, 0, image)
    painter.end()
    out = QBuffer()
    out.open(QIODevice.OpenModeFlag.WriteOnly)
    # The stub types ``format`` as bytes, but PySide6 6.11 accepts only str here at run
    # time (bytes, bytearray and QByteArray raise ValueError/TypeError).
    paper.save(out, "PNG", PNG_SPEED)  # type: ignore[call-overload]
    return bytes(out.data().data())


# -- images ---------------------------------------------------------------------------------
_PIL_FORMATS = {
    filetypes.JPEG: "JPEG",
    filetypes.PNG: "PNG",
    filetypes.TIFF: "TIFF",
    filetypes.WEBP: "WEBP",
    filetypes.HEIC: "HEIF",
}


def pillow() -> None:
    """Set Pillow up with our limits: the decompression-bomb limit and the HEIC opener."""
    from PIL import Image

    Image.MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS
    try:
        import pillow_heif

        pillow_heif.register_heif_opener()
    except ImportError:  # HEIC then fails with a clear reason below
        pass


def parse_image(path: Path, media_type: str) -> Parsed:
    pillow()
    from PIL import Image, ImageOps, UnidentifiedImageError

    fmt = _PIL_FORMATS[media_type]
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path, formats=[fmt]) as img:
                frames = getattr(img, "n_frames", 1)
                for index in range(frames):
                    img.seek(index)
                    _check_pixels(img.size)
                    img.load()  # decode fully: truncated files fail here, not later
                img.seek(0)
                # Shrunk before it is turned upright: copying and turning the whole
                # 12-megapixel picture first cost 100 ms of every photo. A photo stored
                # sideways is shrunk into the box turned too, so it fits once upright.
                sideways = img.getexif().get(_ORIENTATION, 1) in (5, 6, 7, 8)
                img.thumbnail((THUMB_SIZE[1], THUMB_SIZE[0]) if sideways else THUMB_SIZE)
                first = ImageOps.exif_transpose(img)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise Rejected(_too_big_message(path)) from None
    except UnidentifiedImageError:
        if media_type == filetypes.HEIC:
            raise Rejected(
                translate("parsing", "This HEIC photo could not be read. Export it as JPEG first.")
            ) from None
        raise Rejected(
            translate(
                "parsing", "The image could not be read: it is damaged or not really an image."
            )
        ) from None
    except (OSError, SyntaxError, ValueError, EOFError):
        raise Rejected(
            translate("parsing", "The image is damaged or incomplete and cannot be read.")
        ) from None
    if first.mode not in ("RGB", "RGBA", "L"):
        first = first.convert("RGB")
    out = io.BytesIO()
    first.save(out, "PNG")
    return Parsed(media_type, page_count=frames, thumbnail_png=out.getvalue())


def _check_pixels(size: tuple[int, int]) -> None:
    if size[0] * size[1] > MAX_IMAGE_PIXELS:
        raise _TooManyPixels(size)


class _TooManyPixels(Exception):
    """A frame over the pixel limit, caught before decoding; mapped to Rejected."""


def _too_big_message(path: Path) -> str:
    return translate(
        "parsing",
        "The image is too large to open safely (over 89 megapixels). Shrink it, or take the "
        "photo again at normal size.",
    )


def warm_up() -> None:
    """Import the parsers and start Qt once, ahead of the first file."""
    import pypdf  # noqa: F401

    pillow()
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtPdf import QPdfDocument  # noqa: F401

    global _qt_app
    if QCoreApplication.instance() is None:
        _qt_app = QCoreApplication([])


def parse_dicom_image(path: Path) -> Parsed:
    """One image from an imaging disc, as the PNG key image stored for it."""
    from secondop_desktop.records.dicom_image import NotConvertible, png_of

    pillow()
    from PIL import Image

    try:
        png, title = png_of(path, MAX_IMAGE_PIXELS)
    except NotConvertible as exc:
        raise Rejected(str(exc)) from None
    with Image.open(io.BytesIO(png)) as img:
        thumb = img.copy()
    thumb.thumbnail(THUMB_SIZE)
    out = io.BytesIO()
    thumb.save(out, "PNG")
    return Parsed(
        filetypes.PNG,
        meta_title=title,
        texts=[""],
        thumbnail_png=out.getvalue(),
        unlocked_pdf=png,
        converted=True,
    )


def parse_structured(path: Path, media_type: str) -> Parsed:
    """A FHIR resource or C-CDA document read into plain data (in this worker, with its
    time and memory limits); the app renders it. Malformed: rejected with the reason."""
    from secondop_desktop.records import structured
    from secondop_desktop.records.structured.model import MAX_BYTES

    if media_type == filetypes.HEALTH_EXPORT:
        from secondop_desktop.records import health_export
        from secondop_desktop.records.structured.fhir import read_fhir_folder

        try:
            doc = read_fhir_folder(health_export.files(path))
        except structured.Malformed as exc:
            raise Rejected(str(exc)) from None
        return Parsed(
            media_type=media_type,
            meta_title=doc.title,
            texts=[structured.plain_text(doc)],
            structured=doc,
        )
    if path.stat().st_size > MAX_BYTES:
        raise Rejected(
            translate(
                "parsing",
                "The document is larger than SecondOp reads ({size} MB at most); it may not be "
                "a single patient's record.",
            ).format(size=MAX_BYTES // (1024 * 1024))
        )
    try:
        doc = structured.read(media_type, path.read_bytes(), path.name)
    except structured.Malformed as exc:
        raise Rejected(str(exc)) from None
    attached: list[tuple[str, bytes, Parsed | str]] = []
    for item in doc.attachments:
        attached.append((item.name, item.data, _attached_pdf(item.data)))
    return Parsed(
        media_type=media_type,
        meta_title=doc.title,
        texts=[structured.plain_text(doc)],
        structured=doc,
        attached=attached,
    )


def _attached_pdf(data: bytes) -> Parsed | str:
    """A PDF carried inside a structured file, read like any imported PDF (no repair: the
    repair tools work on files); the reason when it cannot be."""
    try:
        parsed = _read_pdf(data, None)
    except Rejected as exc:
        return str(exc)
    except _Unreadable as exc:
        return exc.reason or translate("parsing", "The PDF is damaged and cannot be read.")
    if parsed.needs_password:
        return translate("parsing", "The attached PDF is protected by a password.")
    return parsed


def parse_file(path: str, media_type: str, password: str | None = None) -> Parsed:
    """Entry point for the worker: a :class:`Parsed`, or raises :class:`Rejected`."""
    p = Path(path)
    try:
        if media_type == filetypes.PDF:
            return parse_pdf(p, password)
        if media_type in _PIL_FORMATS:
            return parse_image(p, media_type)
        if media_type in filetypes.STRUCTURED:
            return parse_structured(p, media_type)
        if media_type == filetypes.DICOM:
            return parse_dicom_image(p)
    except _TooManyPixels:
        raise Rejected(_too_big_message(p)) from None
    except MemoryError:
        raise Rejected(
            translate(
                "parsing",
                "The file needs more memory to read than SecondOp allows; it may be damaged.",
            )
        ) from None
    except RecursionError:
        raise Rejected(
            translate("parsing", "The file is built in a way that cannot be read safely.")
        ) from None
    raise Rejected(translate("parsing", "Unsupported file type."))
