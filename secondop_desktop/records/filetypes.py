"""What a file really is (by its first bytes, never its name), and what to say when it is
something SecondOp does not import."""

from __future__ import annotations

from pathlib import Path

from secondop_desktop.i18n import QT_TRANSLATE_NOOP, translate

PDF = "application/pdf"
JPEG = "image/jpeg"
PNG = "image/png"
TIFF = "image/tiff"
WEBP = "image/webp"
HEIC = "image/heic"
FHIR = "application/fhir+json"  # issue 19: read in the sandbox, stored as a readable PDF
CCDA = "application/cda+xml"
DICOMDIR = "application/dicom-dir"  # an imaging disc's index (its studies), headers only
HEALTH_EXPORT = "application/x-health-records"  # Apple Health's clinical-records folder
DICOM = "application/dicom"  # one image from a disc: stored as a PNG key image
IMAGE_TYPES = (JPEG, PNG, TIFF, WEBP, HEIC)
STRUCTURED = (FHIR, CCDA, DICOMDIR, HEALTH_EXPORT)
SUPPORTED = (PDF, *IMAGE_TYPES, *STRUCTURED, DICOM)
HEAD_BYTES = 4096  # a C-CDA file may open with a long comment before its root
SUFFIX = {PDF: ".pdf", JPEG: ".jpg", PNG: ".png", TIFF: ".tif", WEBP: ".webp", HEIC: ".heic"}
LABEL = {  # English; translate("filetypes", ...) where shown
    PDF: "PDF",
    JPEG: QT_TRANSLATE_NOOP("filetypes", "JPEG photo"),
    PNG: QT_TRANSLATE_NOOP("filetypes", "PNG image"),
    TIFF: QT_TRANSLATE_NOOP("filetypes", "TIFF scan"),
    WEBP: QT_TRANSLATE_NOOP("filetypes", "WebP image"),
    HEIC: QT_TRANSLATE_NOOP("filetypes", "HEIC photo"),
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
    return _structured(head)


def _structured(head: bytes) -> str | None:
    """A FHIR resource (JSON naming its resourceType), a C-CDA document (XML of HL7 v3's
    ClinicalDocument) or an imaging disc's DICOMDIR (DICOM's Media Storage Directory): by
    content, as the rest; the reader checks the whole file."""
    if head[128:132] == b"DICM" and b"1.2.840.10008.1.3.10" in head:  # a Media Storage
        return DICOMDIR  # Directory: the disc's index, not an image
    if head[128:132] == b"DICM":
        return DICOM  # an image the user chose from a disc: a key image
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if text[:1] == b"{" and b'"resourceType"' in head:
        return FHIR
    if text[:1] == b"<" and b"ClinicalDocument" in head and b"urn:hl7-org:v3" in head:
        return CCDA
    return None


def _looks_like(head: bytes) -> str:
    """What the file seems to be, said with its article ("a GIF image")."""
    if head[:4] == b"PK\x03\x04":
        return translate("filetypes", "a ZIP or Office document")
    if head[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        return translate("filetypes", "an old Word or Excel document")
    if head[128:132] == b"DICM":
        return translate("filetypes", "a DICOM image")
    if head.lstrip()[:1] in (b"<",):
        return translate("filetypes", "a web page or XML document")
    if head[:3] == b"GIF":
        return translate("filetypes", "a GIF image")
    if head[:2] == b"BM":
        return translate("filetypes", "a BMP image")
    try:
        head.decode("utf-8")
    except UnicodeDecodeError:
        return translate("filetypes", "something else")
    return translate("filetypes", "plain text")


# What to do instead, by the file's suffix (English; translated in rejection_reason).
_BY_SUFFIX = {
    (
        ".doc",
        ".docx",
        ".odt",
        ".rtf",
        ".pages",
        ".txt",
        ".md",
    ): QT_TRANSLATE_NOOP(
        "filetypes",
        "Open it and print it to PDF (File > Print > Save as PDF), then import the PDF.",
    ),
    (
        ".xls",
        ".xlsx",
        ".ods",
        ".csv",
        ".numbers",
    ): QT_TRANSLATE_NOOP("filetypes", "Open it and print it to PDF, then import the PDF."),
    (
        ".htm",
        ".html",
        ".mht",
        ".mhtml",
    ): QT_TRANSLATE_NOOP(
        "filetypes", "Open it in your browser and print it to PDF, then import the PDF."
    ),
    (
        ".xml",
        ".json",
        ".ccd",
        ".ccda",
    ): QT_TRANSLATE_NOOP(
        "filetypes",
        "SecondOp reads structured records exported as FHIR (JSON) or C-CDA (XML); this file "
        "is neither. Print the summary to PDF from your patient portal instead.",
    ),
    (
        ".dcm",
        ".dicom",
    ): QT_TRANSLATE_NOOP(
        "filetypes",
        "This image from an imaging disc has no standard DICOM header, so SecondOp cannot "
        "read it. Export it as a picture from the disc's own viewer, and keep the disc itself "
        "on the records checklist.",
    ),
    (".zip", ".7z", ".rar", ".tar", ".gz"): QT_TRANSLATE_NOOP(
        "filetypes", "Unpack it first, then import the folder."
    ),
    (".gif", ".bmp"): QT_TRANSLATE_NOOP(
        "filetypes", "Convert it to PNG or JPEG first (any image viewer can), then import that."
    ),
    (".eml", ".msg"): QT_TRANSLATE_NOOP(
        "filetypes", "Save the attachment from the email and import that file."
    ),
}


def rejection_reason(path: Path, head: bytes) -> str:
    """A plain sentence: what the file is, and what to do instead."""
    suffix = path.suffix.lower()
    if suffix in (".pdf", ".jpg", ".jpeg", ".png", ".tif", ".tiff", ".webp", ".heic", ".heif"):
        return translate(
            "filetypes",
            "This file is named {suffix} but is really {what}, so it cannot be read. "
            "Download or scan it again.",
        ).format(suffix=suffix, what=_looks_like(head))
    for suffixes, advice in _BY_SUFFIX.items():
        if suffix in suffixes:
            refused = translate(
                "filetypes", "SecondOp imports PDFs and photos, not {suffix} files."
            )
            return f"{refused.format(suffix=suffix)} {translate('filetypes', str(advice))}"
    if head[128:132] == b"DICM":
        what = translate("filetypes", "This is a DICOM image.")
        return f"{what} {translate('filetypes', str(_BY_SUFFIX[('.dcm', '.dicom')]))}"
    return translate(
        "filetypes",
        "SecondOp imports PDFs and photos (JPEG, PNG, TIFF, WebP, HEIC); this looks like "
        "{what}. Print or export it to PDF first.",
    ).format(what=_looks_like(head))
