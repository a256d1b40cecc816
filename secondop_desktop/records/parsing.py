"""Reading one untrusted file: page count, text per page, a thumbnail, and (for a
password-protected PDF) an unlocked copy.

This module runs inside a sandboxed worker process (see :mod:`sandbox`), never in the app
itself: a parser bug, an endless loop or a decompression bomb can then only cost that
worker, which is killed and replaced. Every failure becomes a plain reason.
"""

from __future__ import annotations

import io
import logging
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from secondop_desktop.records import filetypes

if TYPE_CHECKING:
    from pypdf import PdfReader

THUMB_SIZE = (240, 320)
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
    unlocked_pdf: bytes | None = None
    needs_password: bool = False


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


def _open_pdf(path: Path) -> PdfReader:
    """Strict reading first; many real files bend the rules slightly, so lenient second."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError, PdfStreamError

    errors: tuple[type[BaseException], ...] = (PdfReadError, PdfStreamError, *_PDF_ERRORS)
    failure: BaseException | None = None
    for strict in (True, False):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                reader = PdfReader(path, strict=strict)
                _ = len(reader.pages) if not reader.is_encrypted else None
            return reader
        except errors as exc:
            failure = exc
    raise Rejected(
        "The PDF is damaged or incomplete and cannot be read. Download it again, or "
        f"ask for a new copy. ({type(failure).__name__})"
    ) from None


def parse_pdf(path: Path, password: str | None) -> Parsed:
    from pypdf import PdfWriter

    reader = _open_pdf(path)
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
                    "This PDF uses an encryption SecondOp cannot open. Print it to a new PDF first."
                ) from None
            if not opened:
                raise Rejected("That password does not open this PDF.")
        writer = PdfWriter(clone_from=reader)
        buffer = io.BytesIO()
        writer.write(buffer)
        unlocked = buffer.getvalue()
    try:
        pages = list(reader.pages)
    except Exception as exc:
        raise Rejected(f"The PDF's page list is damaged. ({type(exc).__name__})") from None
    if not pages:
        raise Rejected("The PDF has no pages.")
    texts: list[str] = []
    for page in pages:
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
    data = unlocked if unlocked is not None else path.read_bytes()
    return Parsed(
        filetypes.PDF,
        page_count=len(pages),
        meta_title=title,
        texts=texts,
        thumbnail_png=_pdf_thumbnail(data),
        unlocked_pdf=unlocked,
    )


_qt_app = None


def _pdf_thumbnail(data: bytes) -> bytes | None:
    """First page rendered by QtPdf (PDFium), in this worker process."""
    global _qt_app
    from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize
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
    out = QBuffer()
    out.open(QIODevice.OpenModeFlag.WriteOnly)
    # The stub types ``format`` as bytes, but PySide6 6.11 accepts only str here at run
    # time (bytes, bytearray and QByteArray raise ValueError/TypeError).
    image.save(out, "PNG")  # type: ignore[call-overload]
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
                first = ImageOps.exif_transpose(img.copy()) or img.copy()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise Rejected(_too_big_message(path)) from None
    except UnidentifiedImageError:
        if media_type == filetypes.HEIC:
            raise Rejected("This HEIC photo could not be read. Export it as JPEG first.") from None
        raise Rejected(
            "The image could not be read: it is damaged or not really an image."
        ) from None
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        raise Rejected(
            f"The image is damaged or incomplete and cannot be read. ({type(exc).__name__})"
        ) from None
    first.thumbnail(THUMB_SIZE)
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
    return (
        "The image is too large to open safely (over 89 megapixels). Shrink it, or take the "
        "photo again at normal size."
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


def parse_file(path: str, media_type: str, password: str | None = None) -> Parsed:
    """Entry point for the worker: a :class:`Parsed`, or raises :class:`Rejected`."""
    p = Path(path)
    try:
        if media_type == filetypes.PDF:
            return parse_pdf(p, password)
        if media_type in _PIL_FORMATS:
            return parse_image(p, media_type)
    except _TooManyPixels:
        raise Rejected(_too_big_message(p)) from None
    except MemoryError:
        raise Rejected(
            "The file needs more memory to read than SecondOp allows; it may be damaged."
        ) from None
    except RecursionError:
        raise Rejected("The file is built in a way that cannot be read safely.") from None
    raise Rejected("Unsupported file type.")
