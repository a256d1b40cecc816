"""Navigation in the packet (issue 13): every contents entry and every records-index entry
is a link over its row to the page it names, on the page where the row is printed; long
contents and indexes running over several pages, Letter paper, and a password too."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from secondop_desktop import cases, demo, records
from secondop_desktop.packet import PacketSpec, build_packet
from secondop_desktop.records import importer
from secondop_desktop.store import Vault

from ..files import text_pdf


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _bookmarks(reader: PdfReader) -> dict[str, int]:
    """Bookmark title -> page number (1-based)."""
    marks: dict[str, int] = {}

    def walk(items: list[Any]) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                marks[item.title] = reader.get_destination_page_number(item) + 1

    walk(reader.outline)
    return marks


def _links(reader: PdfReader, page_index: int) -> list[tuple[tuple[float, ...], int]]:
    """The page's link annotations: (rectangle, target page number 1-based)."""
    found = []
    annots = reader.pages[page_index].get("/Annots")
    for ref in annots.get_object() if annots is not None else []:
        annot = ref.get_object()
        if annot.get("/Subtype") != "/Link":
            continue
        dest = annot.get("/Dest")
        if dest is None:  # or a GoTo action
            action = annot["/A"].get_object()
            assert action["/S"] == "/GoTo"
            dest = action["/D"]
        target = reader.get_page_number(dest[0].get_object())
        assert target is not None
        assert [float(v) for v in annot.get("/Border", [0, 0, 1])] == [0, 0, 0]  # invisible
        found.append((tuple(float(v) for v in annot["/Rect"]), target + 1))
    return found


def _runs(reader: PdfReader, page_index: int) -> list[tuple[float, float, str]]:
    """The page's text runs, each placed where it starts (x, y in points)."""
    runs: list[tuple[float, float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: Any, _size: Any) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            runs.append((x, y, text))

    reader.pages[page_index].extract_text(visitor_text=visit)
    return runs


def _text_in(runs: list[tuple[float, float, str]], rect: tuple[float, ...]) -> str:
    """The text drawn inside ``rect``."""
    left, bottom, right, top = rect
    inside = [t for x, y, t in runs if left <= x <= right and bottom <= y <= top]
    return _one_line(" ".join(inside))


def _check_navigation(
    out: Path, starts: dict[str, int], record_starts: list[int], password: str = ""
) -> None:
    reader = PdfReader(out)
    if password:
        assert reader.decrypt(password)
    marks = _bookmarks(reader)
    runs: dict[int, list[tuple[float, float, str]]] = {}

    def text_in(page_index: int, rect: tuple[float, ...]) -> str:
        if page_index not in runs:
            runs[page_index] = _runs(reader, page_index)
        return _text_in(runs[page_index], rect)

    titles = list(marks)
    records_from = record_starts[0] if record_starts else len(reader.pages) + 1
    part_starts = sorted({*starts.values(), records_from})

    def pages_of(title: str) -> range:
        first = starts[title]
        return range(first - 1, next(n for n in part_starts if n > first) - 1)

    # The contents: one link per entry (every bookmark but the cover and the contents),
    # over the row that names it, to the page its bookmark goes to.
    contents_pages = pages_of("Contents")
    assert len(contents_pages) >= 1
    links = [(i, rect, to) for i in contents_pages for rect, to in _links(reader, i)]
    entries = [t for t in titles if t not in ("Cover", "Contents")]
    assert len(links) == len(entries)
    for title in entries:
        mine = [(i, rect) for i, rect, to in links if to == marks[title]]
        rows = [text_in(i, rect) for i, rect in mine]
        assert any(
            row.startswith(_one_line(title)) and row.endswith(f" {marks[title]}") for row in rows
        ), (title, rows)
    # The records index: one link per record, over its row, to the record's first page.
    index_pages = pages_of("Records index")
    links = [(i, rect, to) for i in index_pages for rect, to in _links(reader, i)]
    recs = [t for t in titles[titles.index("Records") + 1 :]] if record_starts else []
    assert len(links) == len(recs) == len(record_starts)
    for n, (title, start) in enumerate(zip(recs, record_starts, strict=True), start=1):
        assert marks[title] == start
        (i, rect, to) = links[n - 1]  # in the index's order
        assert to == start
        row = text_in(i, rect)
        assert row.startswith(f"{n} {_one_line(title)}") and row.endswith(f" {start}"), row
    # Nothing else links anywhere: not the cover, the summary, the sections or the records.
    elsewhere = set(range(len(reader.pages))) - set(contents_pages) - set(index_pages)
    assert not [i for i in elsewhere if _links(reader, i)]


def test_demo_packet_contents_and_index_link_to_their_pages(demo_dir, tmp_path):  # type: ignore[no-untyped-def]
    vault = Vault.open(demo_dir, demo.DEMO_PASSPHRASE)
    try:
        recs = records.list_records(vault, 1)
        spec = PacketSpec(case_id=1, record_ids=[r.id for r in recs], paper="a4")
        result = build_packet(vault, spec, tmp_path / "packet.pdf")
    finally:
        vault.lock()
    _check_navigation(result.path, result.starts, result.record_starts)


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_long_contents_and_index_over_several_pages_link_row_by_row(vault, tmp_path, paper):  # type: ignore[no-untyped-def]
    """Forty-five records, some with titles long enough to wrap: the contents and the
    index each run over more than one page (the index repeats its header), and every row
    still links from where it is printed. Protected with a password: the links survive."""
    case_id = cases.create_case(vault, cases.Case(patient_name="Ana Okafor")).id or 0
    folder = tmp_path / "in"
    folder.mkdir()
    paths = [
        text_pdf(folder / f"r{i:02d}.pdf", [[f"# Record {i}", f"Ana Okafor, page of record {i}."]])
        for i in range(45)
    ]
    importer.import_files(vault, case_id, paths)
    recs = records.list_records(vault, case_id)
    assert len(recs) == 45
    for i, r in enumerate(recs):
        words = " ".join(["histology", "review", "of", "the", "left", "axillary", "node"][: i % 8])
        records.update_record(vault, r.id, title=f"Record {i} {words}".strip())
    recs = records.list_records(vault, case_id)
    spec = PacketSpec(
        case_id=case_id,
        record_ids=[r.id for r in recs],
        paper=paper,
        password="long enough password",
    )
    result = build_packet(vault, spec, tmp_path / "packet.pdf")
    firsts = sorted({*result.starts.values(), result.record_starts[0]})
    contents_len = (
        next(n for n in firsts if n > result.starts["Contents"]) - result.starts["Contents"]
    )
    index_len = result.record_starts[0] - result.starts["Records index"]
    assert contents_len >= 2 and index_len >= 2
    _check_navigation(result.path, result.starts, result.record_starts, spec.password)
