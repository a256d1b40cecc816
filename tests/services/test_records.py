"""Records after import: metadata edits, search, duplicates, save a copy, delete."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from secondop_desktop import cases, records
from secondop_desktop.records import importer
from secondop_desktop.store import Vault
from secondop_desktop.store import records as repo

from ..files import text_pdf


@pytest.fixture
def imported(vault: Vault, tmp_path: Path) -> tuple[int, list[int]]:
    case = cases.create_case(vault, cases.Case(patient_name="Ana"))
    other = cases.create_case(vault, cases.Case(patient_name="Ben"))
    pages = [
        ["# CT report", "Findings: enlarged cervical and mediastinal nodes."],
        ["Impression: lymphoma likely, stage III. Biopsy advised."],
    ]
    a = text_pdf(tmp_path / "ct.pdf", pages)
    b = text_pdf(tmp_path / "ct-again.pdf", pages, title="Same report, other file")
    c = text_pdf(tmp_path / "ben.pdf", [["Ben's lymphoma note"]])
    report = importer.import_files(vault, case.id or 0, [a, b])
    importer.import_files(vault, other.id or 0, [c])
    return case.id or 0, [i.record_id or 0 for i in report.items]


def test_edit_metadata_and_validation(vault, imported):  # type: ignore[no-untyped-def]
    _, (rid, _) = imported
    rec = records.update_record(
        vault,
        rid,
        title="  CT  chest ",
        kind="imaging_report",
        date_of_service=date(2026, 1, 5),
        source="St Anne's",
        notes="first scan",
        include_in_packet=False,
        rotation=90,
    )
    assert (rec.title, rec.kind, rec.source, rec.rotation) == (
        "CT chest",
        "imaging_report",
        "St Anne's",
        90,
    )
    assert not rec.include_in_packet and not rec.date_suggested
    with pytest.raises(records.RecordValidationError, match="title"):
        records.update_record(vault, rid, title="   ")
    with pytest.raises(records.RecordValidationError, match="future"):
        records.update_record(vault, rid, date_of_service=date.today() + timedelta(days=2))
    with pytest.raises(records.RecordValidationError):
        records.update_record(vault, rid, kind="x-files")
    with pytest.raises(records.RecordValidationError):
        records.update_record(vault, rid, rotation=45)
    assert records.update_record(vault, rid, rotation=360 + 270).rotation == 270


def test_search_scopes_pages_snippets_and_literal_operators(vault, imported):  # type: ignore[no-untyped-def]
    case_id, (_rid, _) = imported
    hits = records.search(vault, "lymphoma", case_id=case_id)
    assert {h.page for h in hits} == {2} and len(hits) == 2
    assert "[lymphoma]" in hits[0].snippet
    assert len(records.search(vault, "lymphoma", case_id=None)) == 3
    assert records.search(vault, "lymph", case_id=case_id)  # prefix of the last word
    for hostile in ('"', "AND OR NOT", "(stage", "*", "NEAR(", "stage) OR 1"):
        records.search(vault, hostile, case_id=case_id)  # never an FTS syntax error
    assert records.search(vault, "  ", case_id=case_id) == []


def test_same_text_in_two_files_is_flagged(vault, imported):  # type: ignore[no-untyped-def]
    case_id, pair = imported
    flagged = records.possible_duplicates(records.list_records(vault, case_id))
    later, earlier = max(pair), min(pair)  # the one imported second is the one flagged
    assert list(flagged) == [later] and flagged[later].id == earlier
    # The same answer from the rows' hashes, without building every record.
    assert records.possible_duplicates(records.case_rows(vault, case_id)) == flagged


def test_save_copy_writes_the_original(vault, imported, tmp_path):  # type: ignore[no-untyped-def]
    _, (rid, _) = imported
    out = records.save_copy(vault, rid, tmp_path / "copy.pdf")
    assert out.read_bytes() == (tmp_path / "ct.pdf").read_bytes()
    assert not list(tmp_path.glob(".*.partial"))


def test_delete_removes_content_text_and_thumbnail(vault, imported):  # type: ignore[no-untyped-def]
    _case_id, (rid, _) = imported
    records.delete_record(vault, rid)
    with pytest.raises(records.RecordNotFound):
        records.get_record(vault, rid)
    assert list(records.iter_content(vault, rid)) == []
    assert records.thumbnail(vault, rid) is None
    assert all(h.record_id != rid for h in records.search(vault, "lymphoma", case_id=None))
    assert repo.orphan_chunks(vault.db) == 0


def test_deleting_a_case_removes_its_records(vault, imported):  # type: ignore[no-untyped-def]
    case_id, _ = imported
    cases.delete_case(vault, case_id)
    assert records.list_records(vault, case_id) == []
    assert repo.orphan_chunks(vault.db) == 0
    assert len(records.search(vault, "lymphoma", case_id=None)) == 1
    assert vault.check() == []


def test_snippets_mark_matches_and_fold_accents() -> None:
    body = "Patient seen in Zürich. Diagnosis: follicular lymphoma, grade 2. Plan: watch."
    assert "[lymphoma,]" in records.make_snippet(body, ["lymph"])
    assert "[Zürich.]" in records.make_snippet(body, ["zurich"])
    assert records.make_snippet("", ["x"]) == ""
    long = " ".join(f"w{i}" for i in range(100)) + " target " + "tail " * 50
    snippet = records.make_snippet(long, ["target"])
    assert snippet.startswith("…") and snippet.endswith("…") and "[target]" in snippet


def test_very_common_words_are_not_ranked_but_still_found(vault, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(repo, "RANK_AT_MOST", 3)
    case = cases.create_case(vault, cases.Case(patient_name="Ana"))
    pdf = text_pdf(tmp_path / "many.pdf", [[f"page {i} lymphoma"] for i in range(6)])
    importer.import_files(vault, case.id or 0, [pdf])
    hits = records.search(vault, "lymphoma", case_id=case.id)
    assert not hits.ranked and len(hits) == 6
    assert [h.page for h in hits] == [6, 5, 4, 3, 2, 1]  # newest first
    assert records.search(vault, "page 2", case_id=case.id).ranked


def test_page_text_reads_ligatures_and_hyphenated_words_whole(vault: Vault) -> None:
    """Issue 17: page text now comes from PDFium. Beside being faster, it reads a LaTeX
    "fi" ligature as the letters f and i and joins a word hyphenated at a line's end, so
    a search for "filled" or "adipiscing" finds the page (pypdf's text held "ﬁlled" and
    "adip-" + "iscing")."""
    from ..files import corpus

    case = cases.create_case(vault, cases.Case(patient_name="Ana"))
    path = corpus("pdf-samples/026-latex-multicolumn") / "multicolumn.pdf"
    importer.import_files(vault, case.id or 0, [path])
    for word in ("filled", "adipiscing"):
        assert records.search(vault, word, case_id=case.id), word


def test_records_added_since_a_fingerprint_are_read_alone(vault: Vault, tmp_path: Path) -> None:
    """Issue 17: after an import into a big case the window reads the new rows only; any
    change to a row it knew makes it read the whole list again."""
    case = cases.create_case(vault, cases.Case(patient_name="Ana"))
    case_id = case.id or 0
    first = importer.import_files(vault, case_id, [text_pdf(tmp_path / "a.pdf", [["one"]])])
    known = records.records_fingerprint(vault, case_id)
    second = importer.import_files(vault, case_id, [text_pdf(tmp_path / "b.pdf", [["two"]])])
    added = records.added_rows(vault, case_id, known)
    assert [row[0] for row in added or []] == [second.items[0].record_id]
    rows = records.case_rows(vault, case_id)
    assert len(rows) == 2 and rows.ids() == [first.items[0].record_id, second.items[0].record_id]
    assert rows[1] == records.get_record(vault, second.items[0].record_id or 0)
    records.update_record(vault, first.items[0].record_id or 0, title="Renamed")
    # Seen even within the same second as the import (updated_at has whole seconds; the
    # check used the latest updated_at and failed now and then): edits are counted.
    assert records.added_rows(vault, case_id, known) is None
    before = records.records_fingerprint(vault, case_id)
    with vault.transaction() as db:  # a packet tick leaves updated_at as it was
        repo.set_in_packet(db, case_id, set(), rows.ids())
    assert records.records_fingerprint(vault, case_id) != before


def test_case_rows_read_a_block_at_a_time(vault: Vault, tmp_path: Path) -> None:
    """Issue 17: the Records tab of a case of 50,000 records read every row and built a
    record of each for a table that paints forty. The rows are read a block at a time as
    they are asked for, give the same records as a full read, and a record removed after
    the list was read is said to be gone rather than shown."""
    from secondop_desktop.records.rows import BLOCK, RecordGone, RecordRows

    case = cases.create_case(vault, cases.Case(patient_name="Ana"))
    case_id = case.id or 0
    importer.import_files(vault, case_id, [text_pdf(tmp_path / "a.pdf", [["one"]])])
    first = repo.for_case(vault.db, case_id)[0]
    with vault.transaction() as db:  # more rows like it (only their ids and titles differ)
        for n in range(BLOCK + 50):
            db.execute(
                f"INSERT INTO records ({repo.COLUMNS.replace('id, ', '', 1)}) VALUES "
                f"({', '.join('?' * (len(first) - 1))})",
                [case_id, f"Record {n}", *first[3:11], f"{n:064x}", *first[12:]],
            )
    fetched: list[list[int]] = []

    def fetch(ids: list[int]) -> list[tuple[object, ...]]:
        fetched.append(ids)
        return repo.by_ids(vault.db, ids)

    rows = RecordRows(repo.order_for_case(vault.db, case_id), fetch, records.from_tuple)
    full = records.list_records(vault, case_id)
    assert len(rows) == len(full) == BLOCK + 51 and not fetched
    assert rows[0] == full[0] and rows[5] == full[5]
    assert len(fetched) == 1 and len(fetched[0]) == BLOCK  # one block, read once
    assert rows[BLOCK + 10] == full[BLOCK + 10] and len(fetched) == 2
    assert list(rows) == full and rows.ids() == [r.id for r in full]

    records.delete_record(vault, full[BLOCK + 20].id)
    fresh = RecordRows(repo.order_for_case(vault.db, case_id), fetch, records.from_tuple)
    stale = RecordRows([(r.id, r.text_sha256) for r in full], fetch, records.from_tuple)
    assert len(fresh) == len(full) - 1
    assert stale.get(BLOCK + 20) is None
    with pytest.raises(RecordGone):
        stale[BLOCK + 20]
    assert list(stale) == [r for r in full if r.id != full[BLOCK + 20].id]
