"""One page of a record as a picture, for the jobs that look at pixels (text recognition,
straightening): a frame of an image turned as its EXIF says, or a PDF page drawn by
PDFium. Runs in a sandbox worker."""

from __future__ import annotations

import io
from typing import Any


def page_picture(data: bytes, media_type: str, page: int, dpi: int = 200) -> Any:
    """The page as an RGB picture: a frame of an image (turned as its EXIF says), or a PDF
    page drawn by PDFium."""
    from secondop_desktop.records import filetypes
    from secondop_desktop.records.parsing import pillow

    pillow()
    from PIL import Image, ImageOps

    if media_type == filetypes.PDF:
        import pypdfium2 as pdfium  # type: ignore[import-untyped]

        pdf = pdfium.PdfDocument(data)
        try:
            bitmap = pdf[page - 1].render(scale=dpi / 72)
            return bitmap.to_pil().convert("RGB")
        finally:
            pdf.close()
    with Image.open(io.BytesIO(data)) as img:
        img.seek(page - 1)
        frame = ImageOps.exif_transpose(img.copy()) or img.copy()
    return frame.convert("RGB")
