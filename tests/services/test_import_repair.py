"""Damaged but readable PDFs (issue 13): a PDF that pypdf cannot read but qpdf or PDFium
(Chrome's and QtPdf's engine) can is repaired inside the import sandbox. The original bytes
are kept; the repaired copy is what preview, search and the packet use, and the report says
"repaired". A PDF that nothing can read is still rejected, with a specific reason.

Every file here is a real PDF damaged the way downloads and careless tools damage them
(tests/files.py: damaged_pdf), read by the real readers in the real sandbox."""

from __future__ import annotations

import hashlib
import io
import json
import subprocess
import sys
import warnings
from pathlib import Path

import pikepdf
import pytest
from pypdf import PdfReader
from pypdf.errors import PyPdfError

from secondop_desktop import cases, cli, records
from secondop_desktop.packet import PacketSpec, build_packet
from secondop_desktop.records import filetypes, importer
from secondop_desktop.records.sandbox import SandboxPool
from secondop_desktop.store import Vault

from ..files import DAMAGES, OPENS_WITH, REPAIRABLE, damaged_pdf, protected_pdf, text_pdf
from ..support import PASSPHRASE


@pytest.fixture
def case_id(vault: Vault) -> int:
    made = cases.create_case(vault, cases.Case(patient_name="Ana Lima"))
    assert made.id is not None
    return made.id


def _only(report: importer.ImportReport) -> importer.ImportItem:
    assert len(report.items) == 1, report.items
    return report.items[0]


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _pypdf_reads(path: Path) -> bool:
    """As the importer reads a PDF: strict first, then lenient; the page list must load."""
    for strict in (True, False):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                reader = PdfReader(path, strict=strict)
                if not reader.is_encrypted:
                    _ = len(reader.pages)
            return True
        except (PyPdfError, ValueError, KeyError, TypeError, OSError, RecursionError):
            continue  # what the importer's own read gives up on (assemble._read_pdf)
    return False


def _qpdf_opens(path: Path, password: str = "") -> bool:
    try:
        with pikepdf.open(path, password=password) as pdf:
            return len(pdf.pages) > 0
    except (pikepdf.PdfError, pikepdf.PasswordError):
        return False


def _pdfium_opens(path: Path, password: str | None = None) -> bool:
    import pypdfium2 as pdfium  # type: ignore[import-untyped]

    try:
        doc = pdfium.PdfDocument(path, password=password)
    except pdfium.PdfiumError:
        return False
    try:
        return len(doc) > 0
    finally:
        doc.close()


@pytest.mark.parametrize("damage", sorted(DAMAGES))
def test_each_damaged_file_is_what_it_claims(tmp_path, damage):  # type: ignore[no-untyped-def]
    """The fixtures themselves: pypdf rejects every one, and qpdf and PDFium open exactly
    the ones tests/files.py says they open (a newer reader would change that: then pick
    another damage rather than test nothing)."""
    path = damaged_pdf(tmp_path / f"{damage}.pdf", damage)
    assert not _pypdf_reads(path)
    assert (_qpdf_opens(path), _pdfium_opens(path)) == OPENS_WITH[damage]


@pytest.mark.parametrize("damage", REPAIRABLE)
def test_damaged_pdf_is_repaired_original_kept_and_searchable(vault, case_id, tmp_path, damage):  # type: ignore[no-untyped-def]
    path = damaged_pdf(tmp_path / "haematology letter.pdf", damage)
    original = path.read_bytes()
    report = importer.import_files(vault, case_id, [path])
    item = _only(report)
    assert item.status == "imported", item.reason
    assert item.repaired and "repaired" in item.reason.lower()
    assert "1 repaired" in report.summary()
    assert item.sha256 == _sha(original)

    rec = records.get_record(vault, item.record_id)
    assert rec.repaired and not rec.unlocked_copy
    assert rec.page_count == 2 and rec.sha256 == _sha(original)
    assert rec.title.lower() == "haematology letter" and rec.media_type == filetypes.PDF
    assert rec.to_json()["repaired"] is True
    # The original, byte for byte.
    kept = records.original_content(vault, rec.id)
    assert kept == original
    # The stored copy is a sound PDF (qpdf finds nothing to say), one pypdf reads
    # strictly, with both pages and their text.
    copy = records.read_content(vault, rec.id)
    with pikepdf.open(io.BytesIO(copy)) as sound:
        assert sound.check_pdf_syntax() == []
    reader = PdfReader(io.BytesIO(copy), strict=True)
    assert len(reader.pages) == 2
    assert "zanubrutinib" in (reader.pages[0].extract_text() or "")
    thumb = records.thumbnail(vault, rec.id)
    assert thumb is not None and thumb.startswith(b"\x89PNG")
    # Searchable, page by page.
    assert [
        (h.record_id, h.page) for h in records.search(vault, "zanubrutinib", case_id=case_id)
    ] == [(rec.id, 1)]
    assert [(h.record_id, h.page) for h in records.search(vault, "ki-67", case_id=case_id)] == [
        (rec.id, 2)
    ]
    # The same damaged file again is a duplicate (its own bytes, not the copy's, count).
    again = _only(importer.import_files(vault, case_id, [path]))
    assert again.status == "duplicate"


def test_repaired_record_travels_in_the_packet(vault, case_id, tmp_path):  # type: ignore[no-untyped-def]
    damaged = damaged_pdf(tmp_path / "letter.pdf", "shifted-offsets")
    plain = text_pdf(tmp_path / "plain.pdf")
    report = importer.import_files(vault, case_id, [damaged, plain])
    assert [i.status for i in report.items] == ["imported", "imported"], report.items
    repaired, other = (records.get_record(vault, i.record_id or 0) for i in report.items)
    out = tmp_path / "packet.pdf"
    result = build_packet(
        vault, PacketSpec(case_id=case_id, record_ids=[repaired.id, other.id]), out
    )
    start = result.record_starts[0]
    reader = PdfReader(out)
    assert len(reader.pages) == result.pages
    pages = [
        subprocess.run(
            ["pdftotext", "-f", str(n), "-l", str(n), str(out), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for n in (start, start + 1)
    ]
    assert "zanubrutinib" in pages[0] and "Ki-67" in pages[1]
    # Only the pages travel: the original kept inside the record does not.
    assert not reader.attachments


def test_damaged_protected_pdf_asks_for_its_password_then_is_repaired(vault, case_id, tmp_path):  # type: ignore[no-untyped-def]
    path = damaged_pdf(tmp_path / "portal.pdf", "no-startxref", password="02091954")
    assert not _pypdf_reads(path) and not _qpdf_opens(path)
    assert _qpdf_opens(path, "02091954")
    first = _only(importer.import_files(vault, case_id, [path]))
    assert first.status == "needs_password", first.reason
    wrong = _only(importer.import_files(vault, case_id, [path], passwords={str(path): "nope"}))
    assert wrong.status == "rejected" and "password does not open" in wrong.reason
    right = _only(importer.import_files(vault, case_id, [path], passwords={str(path): "02091954"}))
    assert right.status == "imported" and right.repaired, right.reason
    rec = records.get_record(vault, right.record_id)
    assert rec.repaired and rec.unlocked_copy and rec.sha256 == _sha(path.read_bytes())
    copy = PdfReader(io.BytesIO(records.read_content(vault, rec.id)))
    assert not copy.is_encrypted
    assert records.search(vault, "zanubrutinib", case_id=case_id)


def test_a_pdf_beyond_repair_is_rejected_saying_so(vault, case_id, tmp_path):  # type: ignore[no-untyped-def]
    noise = damaged_pdf(tmp_path / "noise.pdf", "noise")
    item = _only(importer.import_files(vault, case_id, [noise]))
    assert item.status == "rejected" and not item.repaired
    assert "damaged" in item.reason and "could not repair" in item.reason
    assert "qpdf" in item.reason and "PDFium" in item.reason  # what was tried, and why not
    assert str(tmp_path) not in item.reason  # the readers' messages, without the path
    assert records.list_records(vault, case_id) == []


def test_a_repair_that_would_lose_content_is_refused(vault, case_id, tmp_path):  # type: ignore[no-untyped-def]
    """qpdf opens half a download, but its fonts and the second page's content are gone:
    a packet page that is blank or missing its text would mislead the doctor."""
    half = damaged_pdf(tmp_path / "half.pdf", "cut-in-half")
    item = _only(importer.import_files(vault, case_id, [half]))
    assert item.status == "rejected" and not item.repaired
    assert "damaged" in item.reason and "parts of it are missing" in item.reason
    assert "incomplete download" in item.reason
    assert records.list_records(vault, case_id) == []


def test_repair_runs_in_the_sandbox_under_its_time_limit(vault, case_id, tmp_path):  # type: ignore[no-untyped-def]
    """The repair is part of reading the file in the worker, so the worker's limits hold
    for it: a worker out of time is stopped and that file alone is rejected."""
    long = [[f"page {i} " + "words " * 80] for i in range(4000)]  # seconds to repair and read
    slow = damaged_pdf(tmp_path / "slow.pdf", "no-trailer", pages=long)
    quick = damaged_pdf(tmp_path / "quick.pdf", "no-trailer")
    report = importer.import_files(
        vault, case_id, [slow, quick], pool_factory=lambda: SandboxPool(1, time_limit=1.5)
    )
    assert [i.status for i in report.items] == ["rejected", "imported"], report.items
    assert "longer than" in report.items[0].reason and report.items[1].repaired
    assert len(records.list_records(vault, case_id)) == 1


def test_pdfs_that_are_not_damaged_are_not_repaired(vault, case_id, tmp_path):  # type: ignore[no-untyped-def]
    plain = text_pdf(tmp_path / "plain.pdf")
    locked = protected_pdf(tmp_path / "locked.pdf", "1234")
    report = importer.import_files(vault, case_id, [plain, locked], default_password="1234")
    assert [(i.status, i.repaired) for i in report.items] == [
        ("imported", False),
        ("imported", False),
    ]
    assert "repaired" not in report.summary()
    assert all("repaired" not in i.to_json() for i in report.items)
    stored = {r.original_name: r for r in records.list_records(vault, case_id)}
    first, second = stored["plain.pdf"], stored["locked.pdf"]
    assert not first.repaired and not first.unlocked_copy
    assert records.original_content(vault, first.id) == plain.read_bytes()
    assert second.unlocked_copy and not second.repaired
    assert records.original_content(vault, second.id) is None  # only the unlocked copy


def test_junk_before_the_pdf_header_is_still_a_pdf(vault, case_id, tmp_path):  # type: ignore[no-untyped-def]
    """A PDF saved with the web server's reply in front of it: PDFium looks for %PDF- in
    the first 1024 bytes, and so does SecondOp (it used to call this plain text)."""
    body = text_pdf(tmp_path / "body.pdf").read_bytes()
    path = tmp_path / "download.pdf"
    path.write_bytes(b"HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\n\r\n" + body)
    assert filetypes.sniff(path.read_bytes()[: filetypes.HEAD_BYTES]) == filetypes.PDF
    item = _only(importer.import_files(vault, case_id, [path]))
    assert item.status == "imported", item.reason
    assert records.search(vault, "ki-67", case_id=case_id)


def test_cli_import_json_says_repaired(vault_dir, tmp_path, monkeypatch, capsys):  # type: ignore[no-untyped-def]
    def run(*argv: str) -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(PASSPHRASE.encode())))
        code = cli.main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    base = ["--vault", str(vault_dir), "--passphrase-stdin"]
    run("case", "add", *base, "--patient", "Ana")
    damaged = damaged_pdf(tmp_path / "letter.pdf", "compressed-no-startxref")
    broken = damaged_pdf(tmp_path / "half.pdf", "cut-in-half")
    plain = text_pdf(tmp_path / "plain.pdf")
    code, out, err = run(
        "import", *base, "--case", "1", "--json", str(damaged), str(broken), str(plain)
    )
    assert code == 0, err
    items = {Path(i["path"]).name: i for i in json.loads(out)}
    assert items["letter.pdf"]["status"] == "imported"
    assert items["letter.pdf"]["repaired"] is True
    assert "Repaired" in items["letter.pdf"]["reason"]
    assert items["half.pdf"]["status"] == "rejected" and "repaired" not in items["half.pdf"]
    assert "parts of it are missing" in items["half.pdf"]["reason"]
    assert "repaired" not in items["plain.pdf"]
