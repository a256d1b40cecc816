"""Drawing one page of a record for the in-app preview, inside a sandboxed worker.

A record's bytes are as untrusted as the file they came from: a crafted PDF or picture
can make a decoder loop for minutes or ask for gigabytes. So the preview never decodes
them in the app: the window hands the bytes to a worker of :mod:`sandbox` (time and
memory limits, killed and replaced when it overruns) with :func:`render_page`, and gets
back a small picture of one page, already scaled to what the screen shows. PDFs are
drawn by PDFium (pypdfium2), form fields and annotations as they print; pictures by
Pillow, one frame at a time, reduced while decoding where the format allows (JPEG) and
turned as their EXIF orientation says.

A page that cannot be drawn raises :class:`~secondop_desktop.records.parsing.Rejected`
with a sentence for the user, in the language the worker was given (the window's);
:func:`sentence` turns the sandbox's own reasons (time limit, a worker that died) into
preview sentences too.
"""

from __future__ import annotations

import io
import math
import warnings
from dataclasses import dataclass
from typing import Any

from secondop_desktop import i18n
from secondop_desktop.i18n import translate
from secondop_desktop.records import filetypes
from secondop_desktop.records.parsing import MAX_IMAGE_PIXELS, Rejected
from secondop_desktop.records.sandbox import DIED, TIMED_OUT

JOB = "secondop_desktop.records.preview:render_page"
MAX_LONG_SIDE = 4000  # pixels: a page drawn larger than this is not sharper on any screen
MIN_SIDE = 16

# EXIF orientation → the transposition that shows the picture upright (as
# PIL.ImageOps.exif_transpose does), and whether it swaps width and height.
_ORIENT: dict[int, tuple[str, bool]] = {
    2: ("FLIP_LEFT_RIGHT", False),
    3: ("ROTATE_180", False),
    4: ("FLIP_TOP_BOTTOM", False),
    5: ("TRANSPOSE", True),
    6: ("ROTATE_270", True),
    7: ("TRANSVERSE", True),
    8: ("ROTATE_90", True),
}
_TURN = {90: "ROTATE_270", 180: "ROTATE_180", 270: "ROTATE_90"}  # clockwise quarter turns


@dataclass(frozen=True)
class Rendered:
    """One drawn page: 8-bit ``pixels`` row by row (grey, or RGB when ``rgb``)."""

    pixels: bytes
    width: int
    height: int
    page_count: int
    rgb: bool = True


def _kept() -> str:
    """The sentence that ends each of the preview's reasons (how :func:`sentence` knows
    them from the sandbox's)."""
    return translate("preview", "The record itself is kept unchanged.")


def _said(problem: str) -> str:
    return f"{problem} {_kept()}"


def _damaged_page() -> str:
    return _said(translate("preview", "This page is damaged or in a form SecondOp cannot draw."))


def _no_memory() -> str:
    return _said(
        translate(
            "preview",
            "This page needs more memory to draw than the preview allows, so it was stopped.",
        )
    )


def _number(value: int) -> str:
    """``value`` with the thousands grouped as the language installed writes them."""
    if i18n.active() == i18n.SOURCE:
        return f"{value:,}"
    from PySide6.QtCore import QLocale

    return QLocale().toString(value)


def page_count(data: bytes, media_type: str) -> int:
    """How many pages (or frames) the record has."""
    if media_type == filetypes.PDF:
        document = _pdf(data)
        try:
            return len(document)
        finally:
            document.close()
    with _opened(data, media_type) as img:
        return int(getattr(img, "n_frames", 1))


def render_page(
    data: bytes,
    media_type: str,
    page_index: int,
    width_px: int,
    max_long_side: int = MAX_LONG_SIDE,
    rotation: int = 0,
) -> Rendered:
    """Page ``page_index`` (from 0) about ``width_px`` wide once turned ``rotation``
    degrees clockwise, its long side at most ``max_long_side``; a picture is never drawn
    larger than it is."""
    width_px = max(MIN_SIDE, int(width_px))
    max_long_side = max(MIN_SIDE, int(max_long_side))
    try:
        if media_type == filetypes.PDF:
            return _render_pdf(data, page_index, width_px, max_long_side)
        return _render_image(data, media_type, page_index, width_px, max_long_side, rotation)
    except MemoryError:
        raise Rejected(_no_memory()) from None


# -- PDF -------------------------------------------------------------------------------------
def _pdf(data: bytes) -> Any:
    import pypdfium2 as pdfium  # type: ignore[import-untyped]

    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError:
        raise Rejected(
            _said(translate("preview", "This PDF is damaged or in a form SecondOp cannot draw."))
        ) from None


def _render_pdf(data: bytes, index: int, width_px: int, max_long_side: int) -> Rendered:
    import pypdfium2 as pdfium

    document = _pdf(data)
    try:
        count = len(document)
        if not 0 <= index < count:
            raise Rejected(
                _said(
                    translate("preview", "The PDF has {count} pages, not {page}.").format(
                        count=count, page=index + 1
                    )
                )
            )
        try:
            document.init_forms()
            page = document[index]
        except pdfium.PdfiumError:
            raise Rejected(_damaged_page()) from None
        try:
            width, height = page.get_size()  # points, as the page is turned
            if width <= 0 or height <= 0:
                raise Rejected(_damaged_page())
            scale = min(width_px / width, max_long_side / max(width, height))
            bitmap = page.render(
                scale=scale, may_draw_forms=True, draw_annots=True, rev_byteorder=True
            )
            picture = bitmap.to_pil()
        except pdfium.PdfiumError:
            raise Rejected(_damaged_page()) from None
        finally:
            page.close()
    finally:
        document.close()
    if picture.mode != "RGB":
        picture = picture.convert("RGB")
    return Rendered(picture.tobytes(), picture.width, picture.height, count, rgb=True)


# -- pictures --------------------------------------------------------------------------------
def _opened(data: bytes, media_type: str) -> Any:
    from PIL import Image, UnidentifiedImageError

    from secondop_desktop.records.parsing import _PIL_FORMATS, pillow

    pillow()  # the pixel limit, and the HEIC opener when pillow_heif is installed
    fmt = _PIL_FORMATS.get(media_type)
    if fmt is None:
        raise Rejected(_said(translate("preview", "SecondOp cannot draw this kind of file.")))
    try:
        return Image.open(io.BytesIO(data), formats=[fmt])
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError):
        raise Rejected(
            _said(
                translate("preview", "This picture is damaged or in a form SecondOp cannot draw.")
            )
        ) from None


def _too_large(size: tuple[int, int]) -> str:
    return _said(
        translate(
            "preview",
            "The picture is too large to preview safely ({width} × {height} pixels, "
            "over {limit} megapixels).",
        ).format(
            width=_number(size[0]),
            height=_number(size[1]),
            limit=_number(MAX_IMAGE_PIXELS // 1_000_000),
        )
    )


def _render_image(
    data: bytes, media_type: str, index: int, width_px: int, max_long_side: int, rotation: int
) -> Rendered:
    from PIL import Image

    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with _opened(data, media_type) as img:
                count = int(getattr(img, "n_frames", 1))
                if not 0 <= index < count:
                    raise Rejected(
                        _said(
                            translate(
                                "preview", "The picture has {count} pages, not {page}."
                            ).format(count=count, page=index + 1)
                        )
                    )
                return _frame(img, index, count, width_px, max_long_side, rotation)
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise Rejected(_too_large(_size_of(data, media_type))) from None
        except Rejected:
            raise
        except (OSError, SyntaxError, ValueError, EOFError, IndexError, KeyError):
            raise Rejected(_damaged_page()) from None


def _size_of(data: bytes, media_type: str) -> tuple[int, int]:
    from PIL import Image

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            old, Image.MAX_IMAGE_PIXELS = Image.MAX_IMAGE_PIXELS, None
            try:
                with Image.open(io.BytesIO(data)) as img:
                    return img.size
            finally:
                Image.MAX_IMAGE_PIXELS = old
    except Exception:  # only for the sentence
        return (0, 0)


def _frame(
    img: Any, index: int, count: int, width_px: int, long_side: int, rotation: int
) -> Rendered:
    from PIL import Image

    if index:
        img.seek(index)
    width, height = img.size
    if width <= 0 or height <= 0:
        raise Rejected(_damaged_page())
    if width * height > MAX_IMAGE_PIXELS:
        raise Rejected(_too_large((width, height)))
    orientation = 1
    try:
        orientation = int(img.getexif().get(0x0112, 1))
    except Exception:  # a damaged EXIF block: show the picture as stored
        orientation = 1
    transpose, swapped = _ORIENT.get(orientation, ("", False))
    rotation = rotation % 360
    if rotation in (90, 270):
        swapped = not swapped
    shown_width = height if swapped else width
    scale = min(1.0, width_px / shown_width, long_side / max(width, height))
    target = (max(1, math.ceil(width * scale)), max(1, math.ceil(height * scale)))
    if scale < 1.0 and img.format == "JPEG":
        img.draft("RGB" if img.mode not in ("L", "1") else "L", target)  # DCT scaling
    img.load()  # decode this frame only
    picture = img
    if picture.mode in ("1", "P", "PA", "LA", "RGBA", "I", "I;16", "I;16B", "I;16L", "F", "CMYK"):
        picture = _flattened(picture)
    elif picture.mode not in ("L", "RGB"):
        picture = picture.convert("RGB")
    if picture.size != target:
        picture = picture.copy() if picture is img else picture
        picture.thumbnail(target, Image.Resampling.LANCZOS, reducing_gap=2.0)
    if transpose:
        picture = picture.transpose(getattr(Image.Transpose, transpose))
    if rotation in _TURN:
        picture = picture.transpose(getattr(Image.Transpose, _TURN[rotation]))
    grey = picture.mode == "L"
    return Rendered(picture.tobytes(), picture.width, picture.height, count, rgb=not grey)


def _flattened(img: Any) -> Any:
    """Grey or RGB, transparency over white, deep greys scaled to 8 bits."""
    from PIL import Image

    mode = img.mode
    if mode == "1":
        return img.convert("L")
    if mode in ("I", "I;16", "I;16B", "I;16L", "F"):
        extrema = img.getextrema()
        top = max(1.0, float(extrema[1]) if extrema else 1.0)
        return img.point(lambda v: v * (255.0 / top)).convert("L")
    if mode == "CMYK":
        return img.convert("RGB")
    rgba = img.convert("LA" if mode == "LA" else "RGBA")
    base = Image.new(rgba.mode, rgba.size, (255, 255) if mode == "LA" else (255, 255, 255, 255))
    base.alpha_composite(rgba)
    return base.convert("L" if mode == "LA" else "RGB")


def sentence(reason: str, stopped: str = "") -> str:
    """A preview sentence for a worker's reason (ours as it is; the sandbox's own ones,
    written for import, said for the preview). ``stopped`` is the sandbox's word for a
    worker it stopped (``Outcome.stopped``): the reason's words are in the user's language."""
    if stopped == TIMED_OUT:
        return _said(
            translate(
                "preview",
                "Drawing this page took longer than the preview allows, so it was stopped; "
                "the file may be damaged or unusually complex.",
            )
        )
    if stopped != DIED:
        if _kept() in reason:
            return reason
        if "memory" in reason:  # the sandbox's MemoryError sentence, in English
            return _no_memory()
    return _said(translate("preview", "The drawing stopped unexpectedly; the file may be damaged."))
