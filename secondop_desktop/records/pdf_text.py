"""Page text for search, read in the sandboxed worker: PDFium (pypdfium2) where it is
safe, pypdf where a page could make PDFium work without end.

PDFium is compiled: about 20 times pypdf's speed on the same pages (2,000 pages in
seconds, not minutes), ligatures come out as letters and words hyphenated at a line's
end come out whole. Its text reading of one page is a single call nothing can stop, so a
page drawing forms within forms beyond a limit (a crafted file can make that a million
drawings) is left to pypdf, whose reading stops at that limit.
"""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)

FORM_DRAWS_LIMIT = 5000  # form drawings on one page past which PDFium is not asked


def form_heavy(page: Any) -> bool:
    """Whether the page draws forms (within forms) more than :data:`FORM_DRAWS_LIMIT`
    times: a crafted page drawing a form four times, ten deep, is a million drawings, and
    PDFium reads its text for minutes in one call nothing can stop. Each distinct form's
    stream is parsed once; pypdf's own text reading stops at that limit, so such a page is
    left to it."""
    from pypdf.generic import ContentStream

    memo: dict[object, int] = {}

    def drawings(content: Any, resources: Any, depth: int) -> int:
        try:
            xobjects = resources.get_object().get("/XObject") if resources is not None else None
            xobjects = xobjects.get_object() if xobjects is not None else {}
            if not xobjects:
                return 0
            ops = ContentStream(content, page.pdf).operations
        except Exception as exc:  # unreadable: nothing PDFium would draw from it either
            log.debug("form resources unreadable (%s): counted as no drawings", type(exc).__name__)
            return 0
        total = 0
        for operands, op in ops:
            if op != b"Do" or not operands or operands[0] not in xobjects:
                continue
            ref = xobjects[operands[0]]
            form = ref.get_object()
            if form.get("/Subtype") != "/Form":
                continue
            key = getattr(ref, "idnum", None) or id(form)
            if key not in memo:
                memo[key] = FORM_DRAWS_LIMIT + 1  # a form that draws itself: heavy
                if depth < 30:
                    memo[key] = 1 + drawings(form, form.get("/Resources"), depth + 1)
            total += memo[key]
            if total > FORM_DRAWS_LIMIT:
                break
        return total

    resources = page.get("/Resources")
    try:  # most pages draw no forms: their content is not decoded for this (10 % of a PDF)
        xobjects = resources.get_object().get("/XObject") if resources is not None else None
        if xobjects is None or not xobjects.get_object():
            return False
    except Exception:  # unreadable resources: drawings() counts them as none too
        return False
    try:
        contents = page.get_contents()
    except Exception as exc:  # no readable content: PDFium reads nothing heavy from it
        log.debug("page contents unreadable (%s): not form-heavy", type(exc).__name__)
        return False
    if contents is None:
        return False
    return drawings(contents, resources, 0) > FORM_DRAWS_LIMIT


def pdfium_texts(data: bytes, count: int, skip: list[bool]) -> list[str | None] | None:
    """Each page's text by PDFium (pypdfium2, compiled: about 20 times pypdf's speed on the
    same pages, and ligatures come out as letters), None for a page in ``skip`` (read by
    pypdf, which bounds its work), or None when PDFium cannot read the file or counts
    other pages than pypdf (then pypdf's own extraction is used)."""
    import pypdfium2 as pdfium  # type: ignore[import-untyped]

    try:
        doc = pdfium.PdfDocument(data)
    except Exception as exc:  # PDFium cannot open it: pypdf's text
        log.info("PDFium cannot read the text (%s); pypdf reads it", type(exc).__name__)
        return None
    try:
        if len(doc) != count:
            return None
        texts: list[str | None] = []
        for index in range(count):
            if skip[index]:
                texts.append(None)
                continue
            try:
                page = doc[index]
                textpage = page.get_textpage()
                text = textpage.get_text_range()
                textpage.close()
                page.close()
            except Exception as exc:  # one unreadable page keeps its place with no text
                log.info("page %d text unreadable (%s)", index + 1, type(exc).__name__)
                text = ""
            # PDFium marks a hyphen it took for a line-end break (U+0002, U+FFFE); the
            # word is whole for search without it.
            texts.append(text.replace("\x02\r\n", "").replace("\ufffe", "").replace("\x02", ""))
        return texts
    finally:
        doc.close()
