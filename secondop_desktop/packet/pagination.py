"""No table row split across two pages (issue 13).

Qt's rich-text layout breaks a table row wherever the page ends, so half of a medicine's
line, or of an opinion, would sit at the foot of one page and the rest on the next. After
laying a part out we look for the first row that crosses a page boundary (and fits on a
page), end its table just before it, and start the rest on the next page under a
"(continued)" line with the table's header repeated; then lay out again until no row is
cut. The HTML is ours (``content.table``), so the edit is a plain, checked insertion.

A block that must be read whole (a lab test's chart with its caption, issue 19) is a
one-row table of class "keep": when it would be cut, it starts the next page instead.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from html import escape

from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QTextBlock,
    QTextDocument,
    QTextFrame,
    QTextTable,
)

from secondop_desktop.i18n import translate

MAX_BREAKS = 200  # a safety net: each break moves at least one row to a new page

_TABLE = re.compile(r"<table\b[^>]*>", re.IGNORECASE)
_TR = re.compile(r"<tr\b", re.IGNORECASE)
_THEAD = re.compile(r"<thead>.*?</thead>", re.IGNORECASE | re.DOTALL)


def _tables(frame: QTextFrame) -> list[QTextTable]:
    found: list[QTextTable] = []
    for child in frame.childFrames():
        if isinstance(child, QTextTable):
            found.append(child)
        found += _tables(child)
    return found


def block_extent(layout: QAbstractTextDocumentLayout, block: QTextBlock) -> tuple[float, float]:
    """Where ``block``'s lines really are, top and bottom, in the document. Qt's
    blockBoundingRect starts at the block's position and leaves out how far its first
    line was pushed down: a line moved to the next page (the last line of a table cell
    at a page's foot) would seem to sit above the page's end."""
    rect = layout.blockBoundingRect(block)
    lines = block.layout().boundingRect()
    return rect.top() + lines.top(), rect.top() + lines.bottom()


def first_cut_row(doc: QTextDocument, left: Collection[int] = ()) -> tuple[int, int] | None:
    """(table index in document order, body row index) of the first row whose text
    crosses a page boundary although it would fit on one page; None when none does.
    Tables whose index is in ``left`` are not looked at."""
    layout = doc.documentLayout()
    page_height = doc.pageSize().height()
    for t, table in enumerate(_tables(doc.rootFrame())):
        if t in left:
            continue
        header_rows = table.format().headerRowCount()
        for r in range(header_rows, table.rows()):
            top, bottom = float("inf"), float("-inf")
            for c in range(table.columns()):
                cell = table.cellAt(r, c)
                block = cell.firstCursorPosition().block()
                while block.isValid() and block.position() <= cell.lastPosition():
                    upper, lower = block_extent(layout, block)
                    top, bottom = min(top, upper), max(bottom, lower)
                    block = block.next()
            if top > bottom or bottom - top >= page_height * 0.9:
                continue  # empty, or taller than a page: it must break somewhere
            if int(top // page_height) != int((bottom - 0.5) // page_height):
                return t, r - header_rows
    return None


def break_before(html: str, table_index: int, body_row: int) -> str:
    """``html`` with table ``table_index`` ended before its body row ``body_row`` and
    continued on a new page under "(continued)", its header repeated."""
    tables = list(_TABLE.finditer(html))
    opening = tables[table_index]
    end = html.find("</table>", opening.end())
    inner = html[opening.end() : end]
    head = _THEAD.match(inner)
    header = head.group(0) if head else ""
    body_start = head.end() if head else 0
    rows = list(_TR.finditer(inner, body_start))
    if body_row >= len(rows) or body_row == 0:
        raise ValueError("no such row to break before")
    at = opening.end() + rows[body_row].start()
    again = opening.group(0)
    continued = escape(translate("pagination", "(continued)"))
    return (
        html[:at]
        + "</table>"
        + f'<p class="note" style="page-break-before: always">{continued}</p>'
        + again
        + header
        + html[at:]
    )


_KEEP = 'class="keep"'
_NEXT_PAGE = "page-break-before: always"


def keep_on_next_page(html: str, table_index: int) -> str | None:
    """``html`` with table ``table_index`` starting a new page, when it is a block kept
    whole (class "keep") that does not start one already; None otherwise."""
    tables = list(_TABLE.finditer(html))
    opening = tables[table_index].group(0)
    if _KEEP not in opening or _NEXT_PAGE in opening:
        return None
    at = tables[table_index].start()
    moved = opening.replace("<table", f'<table style="{_NEXT_PAGE}"', 1)
    return html[:at] + moved + html[at + len(opening) :]
