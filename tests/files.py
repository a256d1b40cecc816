"""Real input files made on the fly (text PDFs, protected PDFs, photos in every format) and the
real-world corpus kept in the repository (tests/corpus)."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image

from secondop_desktop.demo.textpdf import make_text_pdf

# Real-world files kept in the repository (tests/corpus/README.md: origin and licences).
CORPUS = Path(__file__).resolve().parent / "corpus"


def text_pdf(path: Path, pages: list[list[str]] | None = None, title: str | None = None) -> Path:
    pages = pages or [
        ["# Pathology report", "Date of service: 3 March 2026", "Follicular lymphoma, grade 2."],
        ["Second page: Ki-67 about 20%."],
    ]
    path.write_bytes(make_text_pdf(pages, title=title))
    return path


def protected_pdf(path: Path, password: str) -> Path:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(
        clone_from=PdfReader(
            io.BytesIO(
                make_text_pdf([["# Lab results", "Collected: 4 April 2026", "Haemoglobin 118 g/L"]])
            )
        )
    )
    writer.encrypt(user_password=password, owner_password="owner-" + password, algorithm="AES-256")
    with open(path, "wb") as fh:
        writer.write(fh)
    return path


def photo(path: Path, fmt: str, size: tuple[int, int] = (640, 480), **save: object) -> Path:
    img = Image.new("RGB", size, (200, 180, 150))
    for x in range(0, size[0], 40):
        img.paste((40, 60, 90), (x, 0, x + 8, size[1]))
    if fmt == "HEIF":
        import pillow_heif

        pillow_heif.register_heif_opener()
    img.save(path, fmt, **save)
    return path


def multipage_tiff(path: Path, pages: int = 3) -> Path:
    frames = [Image.new("L", (300, 400), 255 - 40 * i) for i in range(pages)]
    frames[0].save(path, "TIFF", save_all=True, append_images=frames[1:])
    return path


def corpus(sub: str) -> Path:
    """A folder of the repository's test corpus; it is always there, so nothing skips."""
    folder = CORPUS / sub
    assert folder.is_dir(), f"the test corpus is part of the repository: {folder} is missing"
    return folder
