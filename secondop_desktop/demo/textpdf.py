"""A tiny writer of plain-text PDFs (Helvetica, Latin-1), for the demo case, the benchmark
corpus and tests.

It writes real, valid PDF syntax that pypdf and PDFium read like any producer's output;
it is not for the packet (which needs every script and our own fonts).
"""

from __future__ import annotations

import zlib

PAGE_W, PAGE_H = 595, 842  # A4 in points
MARGIN = 56


def _escape(text: str) -> bytes:
    raw = text.encode("latin-1", "replace")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _page_stream(lines: list[str]) -> bytes:
    out = [b"BT"]
    y: float = PAGE_H - MARGIN  # sizes are fractional; %d truncates when written
    for line in lines:
        bold = line.startswith("# ")
        text = line[2:] if bold else line
        size = 15 if bold else 10.5
        y -= size + 6 if bold else size + 4
        out.append(
            b"/F%d %.1f Tf 1 0 0 1 %d %d Tm (" % (2 if bold else 1, size, MARGIN, y)
            + _escape(text)
            + b") Tj"
        )
        if bold:
            y -= 4
    out.append(b"ET")
    return b"\n".join(out)


def make_text_pdf(pages: list[list[str]], title: str | None = None) -> bytes:
    """One PDF page per list of lines; a line starting with "# " is a bold heading."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    bold = add(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    )
    pages_id = len(objects) + 1 + 2 * len(pages) + 1  # placeholder, fixed below
    kids = []
    page_objs: list[tuple[int, int]] = []
    for lines in pages:
        data = zlib.compress(_page_stream(lines))
        stream = add(
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"
        )
        page = add(b"")  # filled once the Pages object number is known
        page_objs.append((page, stream))
        kids.append(page)
    pages_id = add(
        b"<< /Type /Pages /Kids ["
        + b" ".join(b"%d 0 R" % k for k in kids)
        + b"] /Count %d >>" % len(kids)
    )
    for page, stream in page_objs:
        objects[page - 1] = (
            b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Contents %d 0 R "
            b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> >>"
            % (pages_id, PAGE_W, PAGE_H, stream, font, bold)
        )
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    info = add(b"<< /Title (" + _escape(title) + b") >>") if title else None
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    trailer = b"<< /Size %d /Root %d 0 R" % (len(objects) + 1, catalog)
    if info:
        trailer += b" /Info %d 0 R" % info
    out += b"trailer\n" + trailer + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)
