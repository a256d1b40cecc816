"""A structured health document (FHIR, C-CDA) as the readable PDF stored for it (issue 19).

The import sandbox read the file into plain data (records.structured.Document); this lays
that data out with the packet's own engine (render.py: its fonts, any script, tables not
cut by a page break) and attaches the original file to the PDF, byte for byte, marked as
its source, so nothing the portal exported is lost and the record reads like any other.

Its sections come in the source's order with the source's headings; C-CDA narrative is
printed as the document has it. A value the document does not give is "not recorded".
"""

from __future__ import annotations

import io
import re
from datetime import date

from secondop_desktop.core import dates
from secondop_desktop.i18n import translate
from secondop_desktop.packet import render
from secondop_desktop.packet.content import esc, table
from secondop_desktop.packet.spec import default_paper
from secondop_desktop.records.structured import Document, Table


def _when(text: str) -> str:
    """An ISO date or date-time as the reader expects it ("2 September 1954"), or as
    written when it is not one."""
    if not text:
        return ""
    day = text[:10]
    try:
        if len(day) == 10:
            shown = dates.format_date(date.fromisoformat(day))
            return f"{shown} {text[11:16]}".strip() if len(text) > 10 else shown
    except ValueError:
        pass
    return text


_ISO = re.compile(r"\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?")


def _cell(text: str) -> str:
    """A cell as the reader expects it: an ISO date or date-time (the form FHIR and
    C-CDA give) written out, anything else as given."""
    return _when(text) if _ISO.fullmatch(text) else text


def _table(grid: Table) -> str:
    width = max(1, len(grid.columns))
    widths = [100 // width] * width
    widths[-1] += 100 - sum(widths)
    rows = [[esc(_cell(cell)) for cell in (list(row) + [""] * width)[:width]] for row in grid.rows]
    out = f"<h3>{esc(grid.title)}</h3>" if grid.title else ""
    return out + table([esc(c) for c in grid.columns], rows, widths)


def to_html(doc: Document, original_name: str) -> str:
    """The document as the packet's rich text."""
    missing = translate("content", "not recorded")
    facts = [
        [esc(translate("structured", "Patient")), esc(doc.patient_name or missing)],
        [
            esc(translate("structured", "Date of birth")),
            esc(_when(doc.patient_birth_date) or missing),
        ],
        [esc(translate("structured", "Document date")), esc(_when(doc.date) or missing)],
        [esc(translate("structured", "Format")), esc(doc.format)],
    ]
    if doc.author:
        facts.append([esc(translate("structured", "From")), esc(doc.author)])
    parts = [
        f"<h1>{esc(doc.title)}</h1>",
        table(None, facts, [28, 72]),
        '<p class="note">'
        + esc(
            translate(
                "structured",
                "Laid out by SecondOp from the structured file “{name}”, which is attached to "
                "this PDF as it was imported.",
            ).format(name=original_name)
        )
        + "</p>",
    ]
    for section in doc.sections:
        parts.append(f"<h2>{esc(section.title)}</h2>")
        parts.extend(f"<p>{esc(text)}</p>" for text in section.paragraphs)
        parts.extend(_table(grid) for grid in section.tables)
    return "".join(parts)


def document_pdf(doc: Document, original_name: str, original: bytes, media_type: str) -> bytes:
    """The stored PDF of a structured document: its pages, with the original attached."""
    import pikepdf

    render.ensure_qt()
    laid_out = render.html_to_pdf(to_html(doc, original_name), default_paper())
    with pikepdf.open(io.BytesIO(laid_out)) as pdf:
        pdf.attachments[original_name] = pikepdf.AttachedFileSpec(
            pdf,
            original,
            description=translate("structured", "The file as it was imported"),
            filename=original_name,
            mime_type=media_type,
            relationship=pikepdf.Name.Source,
        )
        pdf.docinfo["/Title"] = doc.title
        out = io.BytesIO()
        pdf.save(out)
    return out.getvalue()
