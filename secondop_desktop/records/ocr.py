"""Reading the words on a picture of a page, offline (issue 20): a photographed letter, a
scan, an image-only PDF page. Runs inside a sandbox worker (``read_page`` is a sandbox
job), one page at a time, with the worker's time and memory limits.

The engine is RapidOCR on ONNX Runtime: PaddleOCR's detection and recognition models,
shipped inside its wheel (nothing is downloaded, ever), Latin letters with accents read.
It is loaded once per worker. When it is not installed, :func:`available` says so and the
app says once that text in photos cannot be read; everything else works.
"""

from __future__ import annotations

import functools
import importlib.util
import logging
import time
from dataclasses import dataclass, field
from typing import Any

ENGINE = "rapidocr"
RENDER_DPI = 200  # an image-only PDF page, drawn for reading: small print stays legible
MIN_SCORE = 0.5  # lines the recogniser is less sure of are left out (noise, not words)
_engine: Any = None


@functools.cache  # asked as records are selected; what is installed stays so while it runs
def available() -> bool:
    """Whether the engine is installed (it is by default; a trimmed install may lack it)."""
    return all(importlib.util.find_spec(name) is not None for name in ("rapidocr", "onnxruntime"))


@dataclass(frozen=True)
class OcrPage:
    """What reading one page gave: its text (lines top to bottom) and each line with where
    it is on the picture (four corner points, in pixels of ``size``) and how sure."""

    text: str
    lines: list[tuple[str, list[list[float]], float]] = field(default_factory=list)
    size: tuple[int, int] = (0, 0)
    seconds: float = 0.0
    # The paper's corners when the page is a photo of a sheet taken at an angle (0-1 of
    # the picture before the record's rotation): straightening is offered for it.
    outline: list[list[float]] | None = None


def _load() -> Any:
    global _engine
    if _engine is None:
        from rapidocr import RapidOCR

        logging.getLogger("RapidOCR").setLevel(logging.ERROR)
        _engine = RapidOCR(
            params={
                "Global.log_level": "error",
                # Its line classifier turns some upright lines of a clean scan upside down
                # (a line of 70 letters read as "Ail m : ( ."): pages come upright or are
                # turned by the user's rotation, so it is left out.
                "Global.use_cls": False,
                # One thread: the window keeps the other core while a page is read.
                "EngineConfig.onnxruntime.intra_op_num_threads": 1,
                "EngineConfig.onnxruntime.inter_op_num_threads": 1,
            }
        )
    return _engine


def read_page(data: bytes, media_type: str, page: int, rotation: int = 0) -> OcrPage:
    """The words on page ``page`` (1-based) of a record's bytes, turned as the user turned
    the record (``rotation``: degrees clockwise) so that its lines run across. Sandbox job."""
    import numpy as np

    from secondop_desktop.i18n import translate
    from secondop_desktop.records import filetypes
    from secondop_desktop.records.page_picture import page_picture
    from secondop_desktop.records.parsing import Rejected

    if not available():
        raise Rejected(translate("ocr", "Text recognition is not installed."))
    started = time.perf_counter()
    picture = page_picture(data, media_type, page, RENDER_DPI)
    outline = None
    if media_type != filetypes.PDF and page == 1:
        from secondop_desktop.records import straighten

        outline = straighten.find_outline(picture)
    if rotation % 360:
        picture = picture.rotate(-rotation, expand=True)
    result = _load()(np.asarray(picture))
    lines: list[tuple[str, list[list[float]], float]] = []
    boxes = result.boxes if result.boxes is not None else []
    for text, box, score in zip(result.txts or (), boxes, result.scores or (), strict=False):
        if float(score) >= MIN_SCORE and str(text).strip():
            lines.append((str(text), [[float(x), float(y)] for x, y in box], float(score)))
    return OcrPage(
        text="\n".join(line for line, _, _ in lines),
        lines=lines,
        size=picture.size,
        seconds=time.perf_counter() - started,
        outline=outline,
    )
