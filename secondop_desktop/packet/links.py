"""Navigation inside the packet: every entry of the contents and of the records index is a
link to the page it names, so a doctor reading on screen goes there in one click.

The two parts are laid out again exactly as they were printed (``render.table_rows``: the
same HTML, writer, fonts and page size), which says where each row landed; each row whose
last cell is a page number becomes an invisible link over the whole row to that page.
Printed, nothing changes."""

from __future__ import annotations

from typing import Any

from secondop_desktop.packet import content, render


def contents_entries(
    data: content.CaseContent, starts: dict[str, int], record_starts: list[int]
) -> list[tuple[str, int, int]]:
    """The contents' entries as the builder lays them out (assemble._number_pages)."""
    entries = [(t, n, 0) for t, n in starts.items() if t not in ("Cover", "Contents")]
    if record_starts:
        entries.append(("Records", record_starts[0], 0))
        entries += [(r.title, s, 1) for r, s in zip(data.records, record_starts, strict=True)]
    return entries


def add_links(
    writer: Any,
    data: content.CaseContent,
    paper: str,
    starts: dict[str, int],
    record_starts: list[int],
) -> int:
    """Add the links to the assembled packet (a pypdf ``PdfWriter`` holding every page);
    returns how many were added."""
    total = len(writer.pages)
    firsts = sorted({*starts.values(), *record_starts[:1], total + 1})

    def part_length(first: int) -> int:
        return next(n for n in firsts if n > first) - first

    added = 0
    for title, html in (
        ("Contents", content.contents_html(contents_entries(data, starts, record_starts))),
        ("Records index", content.records_index_html(data, record_starts)),
    ):
        first = starts.get(title)
        if first is None:
            continue
        pages = part_length(first)
        for row in render.table_rows(html, paper):
            target = _page_number(row.cells[-1] if row.cells else "")
            if target is None or not 1 <= target <= total or row.page >= pages:
                continue
            _link(writer, first - 1 + row.page, row.rect, target - 1)
            added += 1
    return added


def _page_number(text: str) -> int | None:
    text = text.strip()
    return int(text) if text.isdigit() else None


def _link(writer: Any, page_index: int, rect: tuple[float, float, float, float], to: int) -> None:
    from pypdf.annotations import Link
    from pypdf.generic import Fit

    # The top of the page, at the zoom the reader already uses (/XYZ with no zoom).
    top = float(writer.pages[to].cropbox.top)
    link = Link(rect=rect, target_page_index=to, fit=Fit.xyz(left=None, top=top, zoom=None))
    writer.add_annotation(page_index, link)
