"""What a file really is (by its first bytes, never its name), and what to say when it is
something SecondOp does not import."""

from __future__ import annotations

from pathlib import Path

PDF = "application/pdf"
JPEG = "image/jpeg"
PNG = "image/png"
TIFF = "image/tiff"
WEBP = "image/webp"
HEIC = "image/heic"
IMAGE_TYPES = (JPEG, PNG, TIFF, WEBP, HEIC)
SUPPORTED = (PDF, *IMAGE_TYPES)
HEAD_BYTES = 1024
SUFFIX = {PDF: ".pdf", JPEG: ".jpg", PNG: ".png", TIFF: ".tif", WEBP: ".webp", HEIC: ".heic"}
LABEL = {
    PDF: "PDF",
    JPEG: "JPEG photo",
    PNG: "PNG image",
    TIFF: "TIFF scan",
    WEBP: "WebP image",
    HEIC: "HEIC photo",
}

_HEIF_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1", b"avif"}


def sniff(head: bytes) -> str | None:
    """The media type from the first bytes, or None when it is not one we import."""
    if head.startswith(b"%PDF-"):
        return PDF
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return TIFF
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return WEBP
    if head[4:8] == b"ftyp" and head[8:12] in _HEIF_BRANDS - {b"avif"}:
        return HEIC
    if b"%PDF-" in head[:1024] and head[:2] != b"PK":  # not a PDF stored in a ZIP
        return PDF  # as in PDFium (Chrome, QtPdf): a header anywhere in the first KiB
    return None


def _looks_like(head: bytes) -> str:
    if head[:4] == b"PK\x03\x04":
        return "a ZIP or Office document"
    if head[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        return "an old Word or Excel document"
    if head[128:132] == b"DICM":
        return "a DICOM image"
    if head.lstrip()[:1] in (b"<",):
        return "a web page or XML document"
    if head[:3] == b"GIF":
        return "a GIF image"
    if head[:2] == b"BM":
        return "a BMP image"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError:
        return "something else"
    return "plain text"


_BY_SUFFIX = {
    (
        ".doc",
        ".docx",
        ".odt",
        ".rtf",
        ".pages",
        ".txt",
        ".md",
    ): "Open it and print it to PDF (File > Print > Save as PDF), then import the PDF.",
    (
        ".xls",
        ".xlsx",
        ".ods",
        ".csv",
        ".numbers",
    ): "Open it and print it to PDF, then import the PDF.",
    (
        ".htm",
        ".html",
        ".mht",
        ".mhtml",
    ): "Open it in your browser and print it to PDF, then import the PDF.",
    (
        ".xml",
        ".json",
        ".ccd",
        ".ccda",
    ): "Structured health records are not imported as documents; print the summary to PDF "
    "from your patient portal instead.",
    (
        ".dcm",
        ".dicom",
    ): "This is an image from an imaging disc. Keep the disc itself and add it to the records "
    "checklist, so it is sent to the consultant with the report.",
    (".zip", ".7z", ".rar", ".tar", ".gz"): "Unpack it first, then import the folder.",
    (".gif", ".bmp"): "Convert it to PNG or JPEG first (any image viewer can), then import that.",
    (".eml", ".msg"): "Save the attachment from the email and import that file.",
}


def rejection_reason(path: Path, head: bytes) -> str:
    """A plain sentence: what the file is, and what to do instead."""
    suffix = path.suffix.lower()
    if suffix in (".pdf", ".jpg", ".jpeg", ".png", ".tif", ".tiff", ".webp", ".heic", ".heif"):
        return (
            f"This file is named {suffix} but is really {_looks_like(head)}, so it cannot be "
            "read. Download or scan it again."
        )
    for suffixes, advice in _BY_SUFFIX.items():
        if suffix in suffixes:
            return f"SecondOp imports PDFs and photos, not {suffix} files. {advice}"
    if head[128:132] == b"DICM":
        return f"This is a DICOM image. {_BY_SUFFIX[('.dcm', '.dicom')]}"
    return (
        f"SecondOp imports PDFs and photos (JPEG, PNG, TIFF, WebP, HEIC); this looks like "
        f"{_looks_like(head)}. Print or export it to PDF first."
    )
