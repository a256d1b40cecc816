"""Navigation inside the packet: every entry of the contents and of the records index is a
link to the page it names, so a doctor reading on screen goes there in one click.

The layout that printed the two parts (``render.LaidOut``) says where each row landed;
each row whose last cell is a page number becomes an invisible link over the whole row to
that page.
Printed, nothing changes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from secondop_desktop.packet import content, render
from secondop_desktop.packet.spec import CONTENTS, COVER, RECORDS, RECORDS_INDEX, title

if TYPE_CHECKING:
    import pikepdf


def contents_entries(
    data: content.CaseContent, starts: dict[str, int], record_starts: list[int]
) -> list[tuple[str, int, int]]:
    """The contents' entries as the builder lays them out (assemble._number_pages): the
    parts' titles as printed (``starts`` has them in English), then the records'."""
    entries = [(title(t), n, 0) for t, n in starts.items() if t not in (COVER, CONTENTS)]
    if record_starts:
        entries.append((title(RECORDS), record_starts[0], 0))
        entries += [(r.title, s, 1) for r, s in zip(data.records, record_starts, strict=True)]
    return entries


def add_links(
    pdf: pikepdf.Pdf,
    starts: dict[str, int],
    record_starts: list[int],
    rows: dict[str, list[render.TableRow]],
) -> int:
    """Add the links to the assembled packet (every page already in ``pdf``), from where
    each row of the contents and of the records index landed (``rows``, by part title, as
    ``render.LaidOut.rows`` gives them); returns how many were added."""
    pages = list(pdf.pages)  # once: qpdf's lookup by index lists every page each time
    total = len(pages)
    firsts = sorted({*starts.values(), *record_starts[:1], total + 1})

    def part_length(first: int) -> int:
        return next(n for n in firsts if n > first) - first

    added = 0
    for part in (CONTENTS, RECORDS_INDEX):
        first = starts.get(part)
        if first is None:
            continue
        length = part_length(first)
        for row in rows.get(part, []):
            target = _page_number(row.cells[-1] if row.cells else "")
            if target is None or not 1 <= target <= total or row.page >= length:
                continue
            _link(pdf, pages[first - 1 + row.page], row.rect, pages[target - 1])
            added += 1
    return added


def _page_number(text: str) -> int | None:
    text = text.strip()
    return int(text) if text.isdigit() else None


def _link(
    pdf: pikepdf.Pdf,
    page: pikepdf.Page,
    rect: tuple[float, float, float, float],
    target: pikepdf.Page,
) -> None:
    import pikepdf

    # The top of the page, at the zoom the reader already uses (/XYZ with no zoom).
    top = float(pikepdf.Rectangle(target.cropbox).ury)
    link = pdf.make_indirect(
        pikepdf.Dictionary(
            Type=pikepdf.Name.Annot,
            Subtype=pikepdf.Name.Link,
            Rect=pikepdf.Array([round(v, 3) for v in rect]),
            Border=pikepdf.Array([0, 0, 0]),  # invisible: printed, nothing changes
            Dest=pikepdf.Array([target.obj, pikepdf.Name.XYZ, None, top, None]),
        )
    )
    annots = page.obj.get(pikepdf.Name.Annots)
    if annots is None:
        page.obj[pikepdf.Name.Annots] = pikepdf.Array([link])
    else:
        annots.append(link)
