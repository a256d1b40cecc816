"""Structured health records (issue 19): FHIR from portals and phones, C-CDA documents.

Read inside the import sandbox (:func:`read`, the worker's side) into a plain
:class:`~.model.Document`; the app renders that as a readable PDF record with the
original file attached (``packet.structured``; the importer is given the renderer, as
records/ must not import the packet, which imports records).
"""

from __future__ import annotations

from collections.abc import Callable

from secondop_desktop.records.structured.model import (
    KINDS,
    Document,
    Malformed,
    Section,
    Suggestion,
    Table,
)

# A structured document as the PDF stored for it: (document, original file name, its
# bytes, its media type) -> PDF bytes.
Renderer = Callable[[Document, str, bytes, str], bytes]

__all__ = [
    "KINDS",
    "Document",
    "Malformed",
    "Renderer",
    "Section",
    "Suggestion",
    "Table",
    "plain_text",
    "read",
]


def read(media_type: str, data: bytes, name: str = "") -> Document:
    """The document in ``data`` (``filetypes.FHIR`` or ``filetypes.CCDA``); raises
    :class:`Malformed` with the reason."""
    from secondop_desktop.records import filetypes

    if media_type == filetypes.FHIR:
        from secondop_desktop.records.structured.fhir import read_fhir

        return read_fhir(data, name)
    if media_type == filetypes.CCDA:
        from secondop_desktop.records.structured.ccda import read_ccda

        return read_ccda(data, name)
    raise ValueError(media_type)


def plain_text(doc: Document) -> str:
    """The document's words, for search and the same-text check."""
    lines = [doc.title, doc.patient_name, doc.patient_birth_date, doc.date, doc.author]
    for section in doc.sections:
        lines.append(section.title)
        lines.extend(section.paragraphs)
        for table in section.tables:
            lines.append(table.title)
            lines.append(" ".join(table.columns))
            lines.extend(" ".join(row) for row in table.rows)
    return "\n".join(line for line in lines if line)
