"""Structured health records (issue 19): FHIR from portals and phones, C-CDA documents.

Read inside the import sandbox (:func:`read`, the worker's side) into a plain
:class:`~.model.Document`; the app renders that as a readable PDF record with the
original file attached (``packet.structured``; the importer is given the renderer, as
records/ must not import the packet, which imports records).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

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
    "someone_else",
]


def read(media_type: str, data: bytes, name: str = "") -> Document:
    """The document in ``data`` (``filetypes.FHIR``, ``CCDA`` or ``DICOMDIR``); raises
    :class:`Malformed` with the reason."""
    from secondop_desktop.records import filetypes

    if media_type == filetypes.FHIR:
        from secondop_desktop.records.structured.fhir import read_fhir

        return read_fhir(data, name)
    if media_type == filetypes.CCDA:
        from secondop_desktop.records.structured.ccda import read_ccda

        return read_ccda(data, name)
    if media_type == filetypes.DICOMDIR:
        from secondop_desktop.records.structured.dicomdir import read_dicomdir

        return read_dicomdir(data, name)
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


def someone_else(doc: Document, name: str, birth: date | None) -> str:
    """Why ``doc`` may be about another patient than the case's (``name``, born ``birth``),
    or "" when nothing says so: a birth date that differs (both known to the day), or
    names that share no word (accents, case and the digits of synthetic names aside).
    Said at import, before anything of it is offered as a fact."""
    from secondop_desktop.core import dates
    from secondop_desktop.core.text import fold
    from secondop_desktop.i18n import translate

    def words(text: str) -> set[str]:
        return {w for w in re.sub(r"[^a-z ]", "", fold(text)).split() if len(w) > 1}

    theirs = _day(doc.patient_birth_date)
    born_apart = birth is not None and theirs is not None and theirs != birth
    named_apart = bool(words(doc.patient_name) and words(name)) and not (
        words(doc.patient_name) & words(name)
    )
    if not (born_apart or named_apart):
        return ""
    return translate(
        "structured",
        "This document may be about another patient: it names {their_name} (born "
        "{their_birth}), and this case is for {name} (born {birth}). Check it before you "
        "use it; nothing from it has been added to the case.",
    ).format(
        their_name=doc.patient_name or translate("content", "not recorded"),
        their_birth=dates.format_date(theirs) if theirs else translate("content", "not recorded"),
        name=name,
        birth=dates.format_date(birth) if birth else translate("content", "not recorded"),
    )


def _day(text: str) -> date | None:
    try:
        return date.fromisoformat(text[:10]) if len(text) >= 10 else None
    except ValueError:
        return None
