"""Importing real files: every supported type, every kind of bad input, cancel, the corpus."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from PIL import Image

from secondop_desktop import cases, records
from secondop_desktop.core.jobs import CancelToken
from secondop_desktop.records import importer
from secondop_desktop.records.sandbox import SandboxPool
from secondop_desktop.store import Vault
from secondop_desktop.store import records as repo

from ..files import multipage_tiff, photo, protected_pdf, text_pdf


@pytest.fixture
def case_id(vault: Vault) -> int:
    made = cases.create_case(vault, cases.Case(patient_name="José Müller"))
    assert made.id is not None
    return made.id


def _only(report: importer.ImportReport) -> importer.ImportItem:
    assert len(report.items) == 1, report.items
    return report.items[0]


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_pdf_import_stores_bytes_text_thumbnail_and_suggestions(vault, case_id, tmp_path):  # type: ignore[no-untyped-def]
    pdf = text_pdf(tmp_path / "path_report_2026.pdf", title="Surgical pathology report")
    item = _only(importer.import_files(vault, case_id, [pdf]))
    assert item.status == "imported" and item.sha256 == _sha(pdf)
    rec = records.get_record(vault, item.record_id)
    assert rec.title == "Surgical pathology report"
    assert rec.kind == "pathology"
    assert rec.date_of_service is not None and rec.date_of_service.isoformat() == "2026-03-03"
    assert rec.date_suggested and rec.page_count == 2 and rec.size == pdf.stat().st_size
    assert records.read_content(vault, rec.id) == pdf.read_bytes()
    thumb = records.thumbnail(vault, rec.id)
    assert thumb is not None and thumb.startswith(b"\x89PNG")
    hits = records.search(vault, "ki-67", case_id=case_id)
    assert [(h.record_id, h.page) for h in hits] == [(rec.id, 2)]


@pytest.mark.parametrize(
    ("name", "fmt", "media"),
    [
        ("a.jpg", "JPEG", "image/jpeg"),
        ("b.png", "PNG", "image/png"),
        ("c.webp", "WEBP", "image/webp"),
        ("d.heic", "HEIF", "image/heic"),
    ],
)
def test_image_formats(vault, case_id, tmp_path, name, fmt, media):  # type: ignore[no-untyped-def]
    path = photo(tmp_path / name, fmt)
    item = _only(importer.import_files(vault, case_id, [path]))
    assert item.status == "imported", item.reason
    rec = records.get_record(vault, item.record_id)
    assert rec.media_type == media and rec.page_count == 1
    assert records.read_content(vault, rec.id) == path.read_bytes()
    assert records.thumbnail(vault, rec.id)


def test_multipage_tiff_counts_every_page(vault, case_id, tmp_path):  # type: ignore[no-untyped-def]
    item = _only(importer.import_files(vault, case_id, [multipage_tiff(tmp_path / "s.tif", 4)]))
    assert records.get_record(vault, item.record_id).page_count == 4


def test_exif_orientation_is_applied_to_thumbnail(vault, case_id, tmp_path):  # type: ignore[no-untyped-def]
    exif = Image.Exif()
    exif[0x0112] = 6  # stored sideways: the phone says "rotate 90° clockwise to view"
    path = photo(tmp_path / "sideways.jpg", "JPEG", size=(400, 200), exif=exif)
    item = _only(importer.import_files(vault, case_id, [path]))
    import io

    thumb = Image.open(io.BytesIO(records.thumbnail(vault, item.record_id) or b""))
    assert thumb.height > thumb.width


def test_big_file_is_stored_in_chunks(vault, case_id, tmp_path):  # type: ignore[no-untyped-def]
    path = tmp_path / "scan.png"
    Image.effect_noise((1400, 1000), 80).convert("RGB").save(path, "PNG")
    assert path.stat().st_size > 2 * repo.CHUNK_SIZE
    item = _only(importer.import_files(vault, case_id, [path]))
    chunks = list(records.iter_content(vault, item.record_id))
    assert len(chunks) >= 3 and all(len(c) <= repo.CHUNK_SIZE for c in chunks)
    assert b"".join(chunks) == path.read_bytes()


def test_duplicates_are_reported_not_stored_twice(vault, case_id, tmp_path):  # type: ignore[no-untyped-def]
    pdf = text_pdf(tmp_path / "a.pdf")
    copy = tmp_path / "copy of a.pdf"
    copy.write_bytes(pdf.read_bytes())
    report = importer.import_files(vault, case_id, [pdf, copy])
    assert [i.status for i in report.items] == ["imported", "duplicate"]
    assert "a.pdf, imported just now" in report.items[1].reason  # even if a.pdf is stored
    again = _only(importer.import_files(vault, case_id, [pdf]))
    assert again.status == "duplicate" and "Already in this case" in again.reason
    assert len(records.list_records(vault, case_id)) == 1


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.pdf", b"", "empty (0 bytes)"),
        ("letter.pdf", b"Dear doctor, this is plain text", "named .pdf but is really plain text"),
        ("notes.docx", b"PK\x03\x04" + b"\x00" * 200, "print it to PDF"),
        ("image.dcm", b"\x00" * 128 + b"DICM" + b"\x00" * 100, "not a readable DICOM image"),
        ("old.dcm", b"\x08\x00" + b"\x00" * 300, "no standard DICOM header"),
        ("truncated.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R", "damaged"),
    ],
)
def test_bad_inputs_get_specific_reasons(vault, case_id, tmp_path, name, content, reason):  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_bytes(content)
    item = _only(importer.import_files(vault, case_id, [path]))
    assert item.status == "rejected"
    assert reason in item.reason
    assert records.list_records(vault, case_id) == []


def test_truncated_real_pdf_is_rejected(vault, case_id, tmp_path):  # type: ignore[no-untyped-def]
    pdf = text_pdf(tmp_path / "full.pdf")
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(pdf.read_bytes()[: len(pdf.read_bytes()) // 3])
    item = _only(importer.import_files(vault, case_id, [cut]))
    assert item.status in ("rejected", "imported")  # lenient reading may recover pages
    if item.status == "rejected":
        assert "damaged" in item.reason


def test_200_megapixel_image_is_rejected(vault, case_id, tmp_path):  # type: ignore[no-untyped-def]
    path = tmp_path / "huge.png"
    Image.new("1", (14200, 14200), 1).save(path, "PNG")
    item = _only(importer.import_files(vault, case_id, [path]))
    assert item.status == "rejected" and "89 megapixels" in item.reason


def test_truncated_image_is_rejected(vault, case_id, tmp_path):  # type: ignore[no-untyped-def]
    full = photo(tmp_path / "full.jpg", "JPEG", size=(1200, 900), quality=95)
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(full.read_bytes()[:4000])
    item = _only(importer.import_files(vault, case_id, [cut]))
    assert item.status == "rejected" and "damaged" in item.reason


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file(vault, case_id, tmp_path):  # type: ignore[no-untyped-def]
    pdf = text_pdf(tmp_path / "secret.pdf")
    pdf.chmod(0)
    item = _only(importer.import_files(vault, case_id, [pdf]))
    assert "permission denied" in item.reason


def test_password_protected_pdf(vault, case_id, tmp_path):  # type: ignore[no-untyped-def]
    pdf = protected_pdf(tmp_path / "portal.pdf", "02091954")
    first = _only(importer.import_files(vault, case_id, [pdf]))
    assert first.status == "needs_password" and "password" in first.reason
    assert first.to_json()["status"] == "rejected"
    wrong = _only(importer.import_files(vault, case_id, [pdf], passwords={str(pdf): "nope"}))
    assert wrong.status == "rejected" and "password does not open" in wrong.reason
    right = _only(importer.import_files(vault, case_id, [pdf], passwords={str(pdf): "02091954"}))
    assert right.status == "imported"
    rec = records.get_record(vault, right.record_id)
    assert rec.unlocked_copy and rec.sha256 == _sha(pdf)
    from io import BytesIO

    from pypdf import PdfReader

    unlocked = PdfReader(BytesIO(records.read_content(vault, rec.id)))
    assert not unlocked.is_encrypted
    assert "Haemoglobin" in unlocked.pages[0].extract_text()


def test_folder_import_is_recursive_and_skips_hidden(vault, case_id, tmp_path):  # type: ignore[no-untyped-def]
    (tmp_path / "in" / "sub").mkdir(parents=True)
    text_pdf(tmp_path / "in" / "a.pdf", [["one"]])
    text_pdf(tmp_path / "in" / "sub" / "b.pdf", [["two"]])
    (tmp_path / "in" / ".DS_Store").write_bytes(b"junk")
    report = importer.import_files(vault, case_id, [tmp_path / "in"])
    assert [Path(i.path).name for i in report.items] == ["a.pdf", "b.pdf"]
    assert report.count("imported") == 2


def test_cancel_leaves_only_complete_records(vault, case_id, tmp_path):  # type: ignore[no-untyped-def]
    paths = [text_pdf(tmp_path / f"r{i}.pdf", [[f"record {i}"]]) for i in range(8)]
    token = CancelToken()
    report = importer.import_files(
        vault,
        case_id,
        paths,
        cancel=token,
        on_record=lambda item: token.cancel() if item.status == "imported" else None,
    )
    assert report.cancelled
    stored = records.list_records(vault, case_id)
    assert 1 <= len(stored) < 8
    assert report.count("cancelled") == 8 - report.count("imported")
    for rec in stored:
        assert hashlib.sha256(records.read_content(vault, rec.id)).hexdigest() == rec.sha256
    assert repo.orphan_chunks(vault.db) == 0 and vault.check() == []


def test_time_limit_stops_a_slow_file(vault, case_id, tmp_path):  # type: ignore[no-untyped-def]
    # Thousands of pages: text now comes from PDFium, which reads 600 pages within the limit.
    big = text_pdf(tmp_path / "long.pdf", [[f"page {i} " + "words " * 80] for i in range(4000)])
    small = text_pdf(tmp_path / "small.pdf", [["fine"]])
    report = importer.import_files(
        vault, case_id, [big, small], pool_factory=lambda: SandboxPool(1, time_limit=0.3)
    )
    by_name = {Path(i.path).name: i for i in report.items}
    assert by_name["long.pdf"].status == "rejected"
    assert "longer than" in by_name["long.pdf"].reason
    assert by_name["small.pdf"].status == "imported"


@pytest.mark.parametrize("ahead", [0, 1])
def test_a_file_queued_behind_a_stopped_one_is_read_by_the_next_worker(  # type: ignore[no-untyped-def]
    vault, case_id, tmp_path, ahead
):
    """With ``ahead`` a worker holds the next file while it reads one; when it is stopped
    at the time limit (or dies), the file queued behind is read by its replacement, and
    its own time limit counts from when that worker starts on it."""
    big = text_pdf(tmp_path / "long.pdf", [[f"page {i} " + "words " * 80] for i in range(4000)])
    small = [text_pdf(tmp_path / f"small-{i}.pdf", [[f"fine {i}"]]) for i in range(3)]
    report = importer.import_files(
        vault,
        case_id,
        [big, *small],
        # 0.6 s: the long file needs about 2 s, a small one a twentieth of the limit.
        pool_factory=lambda: SandboxPool(1, time_limit=0.6, ahead=ahead),
    )
    by_name = {Path(i.path).name: i for i in report.items}
    assert by_name["long.pdf"].status == "rejected" and "longer than" in by_name["long.pdf"].reason
    assert [by_name[f"small-{i}.pdf"].status for i in range(3)] == ["imported"] * 3


def test_memory_limit_rejects_a_memory_hungry_file(vault, case_id, tmp_path):  # type: ignore[no-untyped-def]
    path = tmp_path / "large.png"
    Image.new("RGB", (8000, 8000), (10, 20, 30)).save(path, "PNG")  # 64 MP: 192 MB decoded
    report = importer.import_files(
        vault, case_id, [path], pool_factory=lambda: SandboxPool(1, memory_limit=150 * 1024**2)
    )
    item = _only(report)
    assert item.status == "rejected" and "memory" in item.reason


def test_whole_pdf_samples_corpus(pdf_samples):  # type: ignore[no-untyped-def]
    # The import of the whole folder runs once per session (tests/conftest.py): its report
    # is checked here, the vault it filled is copied for each test that needs it.
    vault, report = pdf_samples
    case_id = 1
    assert report.items and not report.cancelled
    for item in report.items:
        assert item.status in ("imported", "duplicate", "rejected")
        if item.status != "imported":
            assert item.reason, item.path
    pdfs = [i for i in report.items if i.path.endswith(".pdf")]
    assert all(i.status == "imported" for i in pdfs), [i for i in pdfs if i.status != "imported"]
    assert vault.check() == []
    assert records.search(vault, "Geometrie", case_id=case_id)


def test_vanished_file_is_explained(vault, case_id, tmp_path):  # type: ignore[no-untyped-def]
    link = tmp_path / "gone.pdf"
    link.symlink_to(tmp_path / "deleted-meanwhile.pdf")
    item = _only(importer.import_files(vault, case_id, [link]))
    assert item.status == "rejected" and "no longer exists" in item.reason


def test_pool_draws_the_next_file_only_when_a_worker_is_free(tmp_path):  # type: ignore[no-untyped-def]
    """The importer hashes each file as a worker frees up, so the workers parse the first
    files while the rest are checked (it used to hash a whole folder first, both cores
    idle); the pool must not drain its tasks up front."""
    from secondop_desktop.records.sandbox import Task

    paths = [text_pdf(tmp_path / f"{i}.pdf") for i in range(3)]
    events: list[str] = []

    def tasks():  # type: ignore[no-untyped-def]
        for i, path in enumerate(paths):
            events.append(f"drawn {i}")
            yield Task(i, str(path), "application/pdf")

    with SandboxPool(1, warm_up=False) as pool:
        for outcome in pool.run(tasks()):
            assert outcome.reason is None
            events.append(f"parsed {outcome.key}")
    assert events.index("drawn 1") < events.index("parsed 0")  # sent before the caller stores 0
    assert events.index("drawn 2") > events.index("parsed 0")  # not drawn while 0 was parsed
    assert sorted(e for e in events if e.startswith("parsed")) == [
        "parsed 0",
        "parsed 1",
        "parsed 2",
    ]


@pytest.mark.parametrize("orientation", [1, 3, 6, 8])
def test_photo_thumbnail_is_upright_and_fills_the_box(vault, case_id, tmp_path, orientation):  # type: ignore[no-untyped-def]
    """The thumbnail is made from the shrunk photo (not a turned copy of the whole one):
    a sideways photo still comes out upright and as large as the box allows."""
    import io

    from secondop_desktop.records.parsing import THUMB_SIZE

    exif = Image.Exif()
    exif[0x0112] = orientation
    stored = (1200, 900) if orientation in (6, 8) else (900, 1200)  # a portrait page, upright
    path = photo(tmp_path / f"page-{orientation}.jpg", "JPEG", size=stored, exif=exif)
    item = _only(importer.import_files(vault, case_id, [path]))
    thumb = Image.open(io.BytesIO(records.thumbnail(vault, item.record_id) or b""))
    assert thumb.size == (THUMB_SIZE[0], THUMB_SIZE[0] * 4 // 3)  # 240 x 320, upright


def test_pdf_thumbnail_is_the_page_on_white_paper(vault, case_id, tmp_path):  # type: ignore[no-untyped-def]
    """PDFium leaves a page's paper transparent; the stored thumbnail is the page as it
    prints (no alpha channel), so it reads in a dark theme too."""
    import io

    item = _only(importer.import_files(vault, case_id, [text_pdf(tmp_path / "letter.pdf")]))
    thumb = Image.open(io.BytesIO(records.thumbnail(vault, item.record_id) or b""))
    assert thumb.mode == "RGB"
    assert thumb.getpixel((1, 1)) == (255, 255, 255)
    assert thumb.convert("L").getextrema()[0] < 100  # the text is there, dark on white


def test_suggestions_are_made_in_the_worker_and_never_the_birth_date(vault, tmp_path):  # type: ignore[no-untyped-def]
    """The first pages' suggestions are made by the worker that reads the file (records/
    guesses.py), with the case's date of birth sent along: a date equal to it is never
    suggested as the date of service, and the other suggestions arrive as before."""
    from datetime import date

    case = cases.create_case(
        vault, cases.Case(patient_name="Margaret Okafor", patient_dob=date(1954, 9, 2))
    )
    only_dob = text_pdf(tmp_path / "note.pdf", [["Clinic note", "Reference 1954-09-02", "Seen."]])
    dated = text_pdf(
        tmp_path / "scan_0042.pdf",
        [["Laboratory results", "Reported 2026-03-03", "Haemoglobin 131 g/L, reference range"]],
    )
    report = importer.import_files(vault, case.id or 0, [only_dob, dated])
    assert [i.status for i in report.items] == ["imported", "imported"]
    first, second = (records.get_record(vault, i.record_id or 0) for i in report.items)
    assert first.date_of_service is None and not first.date_suggested
    assert second.date_of_service == date(2026, 3, 3) and second.date_suggested
    assert second.kind == "lab"
    assert second.title == "scan 0042"


def test_files_are_still_read_when_the_fork_server_cannot_start(  # type: ignore[no-untyped-def]
    vault, case_id, tmp_path, monkeypatch
):
    """Workers are forked from the fork server where there is one; when it cannot start
    (no folder for its socket, no process left), they are spawned as before and the
    import goes on."""
    from secondop_desktop.records import sandbox

    def cannot_start() -> None:
        raise OSError(24, "Too many open files")

    monkeypatch.setattr(sandbox, "_ensure_fork_server", cannot_start)
    item = _only(importer.import_files(vault, case_id, [text_pdf(tmp_path / "a.pdf")]))
    assert item.status == "imported"
    assert records.record_text(vault, item.record_id or 0).strip()
