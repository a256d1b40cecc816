"""Issue 20: the words of a photographed letter are read offline, in the sandbox, after
import: search finds them (and says they come from the picture), the queue survives a
lock, and a page that cannot be read is said, not retried for ever."""

from __future__ import annotations

import io
import json
import time
from datetime import date
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from secondop_desktop import cases, records, search
from secondop_desktop.records import importer, ocr, ocr_queue
from secondop_desktop.store import Vault
from secondop_desktop.store import ocr as repo

from ..support import PASSPHRASE

pytestmark = pytest.mark.skipif(not ocr.available(), reason="rapidocr is not installed")

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
LETTER = [
    "St Mary's Hospital, Department of Haematology",
    "Clinic letter, 12 March 2026",
    "Dear Dr Okonjo,",
    "Re: Margaret Okafor, born 2 September 1954",
    "The appearances are of follicular lymphoma, grade 1-2.",
    "Señora Pérez asked about the acción of rituximab.",
]


def letter_photo(path: Path, lines: list[str] = LETTER) -> Path:
    """A letter as a phone photographs it: a real font, a few degrees of skew, a little
    blur and noise, saved as a phone's JPEG."""
    font = ImageFont.truetype(FONT, 34)
    page = Image.new("L", (1400, 800), 250)
    draw = ImageDraw.Draw(page)
    for n, line in enumerate(lines):
        draw.text((80, 80 + n * 64), line, font=font, fill=25)
    page = page.rotate(2.5, expand=True, fillcolor=230).filter(ImageFilter.GaussianBlur(0.8))
    page = Image.blend(page, Image.effect_noise(page.size, 20), 0.12)
    buffer = io.BytesIO()
    page.convert("RGB").save(buffer, "JPEG", quality=75)
    path.write_bytes(buffer.getvalue())
    return path


def test_a_photographed_letter_is_read_and_found_by_search(vault: Vault, tmp_path: Path) -> None:
    case_id = cases.create_case(vault, cases.Case(patient_name="Margaret Okafor")).id or 0
    (item,) = importer.import_files(vault, case_id, [letter_photo(tmp_path / "l.jpg")]).items
    rid = item.record_id or 0
    assert records.search(vault, "lymphoma", case_id=case_id) == []
    assert repo.pending(vault.db, case_id) == [(rid, 1)], "queued in the record's transaction"
    report = ocr_queue.run(vault, case_id)
    assert (report.read, report.failed, report.cancelled) == (1, 0, False)
    assert repo.pending(vault.db, case_id) == []
    (hit,) = records.search(vault, "follicular lymphoma", case_id=case_id)
    assert (hit.record_id, hit.page) == (rid, 1)
    assert hit.read_from_picture and repo.read_pages(vault.db, [rid]) == {(rid, 1)}
    (found,) = search.search_case(vault, "lymphoma", case_id=case_id).found
    assert found.where == "page 1, from the picture's text"
    stored = repo.result(vault.db, rid, 1)
    assert stored is not None and stored["status"] == "done" and stored["engine"] == "rapidocr"
    lines = json.loads(stored["lines"])
    assert any("Okafor" in text for text, _, _ in lines)
    assert all(len(box) == 4 for _, box, _ in lines), "where each line is, for the packet"
    # The words suggest a date of service (to confirm) and a kind, as a PDF's text does;
    # the birth date on the letter is not taken for it.
    record = records.get_record(vault, rid)
    assert record.date_of_service == date(2026, 3, 12) and record.date_suggested
    assert record.kind == "letter"
    # Accented letters are read as written.
    assert records.search(vault, "acción", case_id=case_id)
    assert "Pérez" in records.record_text(vault, rid)


def test_pages_with_their_own_text_are_not_queued(vault: Vault, tmp_path: Path) -> None:
    from ..files import text_pdf

    case_id = cases.create_case(vault, cases.Case(patient_name="Ana")).id or 0
    pdf = text_pdf(tmp_path / "t.pdf", [["Page one has words"], ["and so does two"]])
    importer.import_files(vault, case_id, [pdf])
    assert repo.pending(vault.db, case_id) == []
    assert ocr_queue.pages_to_read("application/pdf", 3, ["words", "", "more"], 0) == [2]
    assert ocr_queue.pages_to_read("image/tiff", 2, [], 0) == [1, 2]
    assert ocr_queue.pages_to_read("image/png", 1, [], records.COPY_RENDERED) == []


def test_the_queue_survives_a_lock_and_a_cancel(vault_dir: Path, tmp_path: Path) -> None:
    from secondop_desktop.core.jobs import CancelToken

    vault = Vault.open(vault_dir, PASSPHRASE)
    case_id = cases.create_case(vault, cases.Case(patient_name="Margaret Okafor")).id or 0
    photos = [
        letter_photo(tmp_path / f"{n}.jpg", [f"Letter number {n}", *LETTER]) for n in range(2)
    ]
    importer.import_files(vault, case_id, photos)
    cancel = CancelToken()
    cancel.cancel()
    assert ocr_queue.run(vault, case_id, cancel=cancel).cancelled
    assert len(repo.pending(vault.db, case_id)) == 2
    vault.lock()
    vault = Vault.open(vault_dir, PASSPHRASE)
    try:
        assert ocr_queue.waiting(vault, case_id) == 2
        started = time.perf_counter()
        report = ocr_queue.run(vault, case_id)
        assert report.read == 2 and ocr_queue.waiting(vault, case_id) == 0
        assert report.seconds and all(0 < s < time.perf_counter() - started for s in report.seconds)
    finally:
        vault.lock()


def test_a_page_that_cannot_be_read_is_said_and_not_retried(vault: Vault, tmp_path: Path) -> None:
    case_id = cases.create_case(vault, cases.Case(patient_name="Ana")).id or 0
    (item,) = importer.import_files(vault, case_id, [letter_photo(tmp_path / "l.jpg")]).items
    rid = item.record_id or 0
    with vault.transaction() as db:  # the queue names a page the picture does not have
        repo.enqueue(db, rid, [7])
    report = ocr_queue.run(vault, case_id)
    assert (report.read, report.failed) == (1, 1)
    failed = repo.result(vault.db, rid, 7)
    assert failed is not None and failed["status"] == "failed" and failed["reason"]
    assert ocr_queue.waiting(vault, case_id) == 0


def test_the_command_line_reads_waiting_pages(vault_dir, tmp_path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    from ..test_cli import run

    base = ["--vault", str(vault_dir), "--passphrase-stdin"]
    run(monkeypatch, capsys, "case", "add", *base, "--patient", "Margaret Okafor", stdin=PASSPHRASE)
    photo = letter_photo(tmp_path / "letter.jpg")
    run(monkeypatch, capsys, "import", *base, "--case", "1", str(photo), stdin=PASSPHRASE)
    code, out, _ = run(monkeypatch, capsys, "ocr", *base, "--case", "1", "--json", stdin=PASSPHRASE)
    assert code == 0 and json.loads(out) == {"waiting": 1}
    code, out, err = run(
        monkeypatch, capsys, "ocr", *base, "--case", "1", "--wait", "--progress", stdin=PASSPHRASE
    )
    assert code == 0 and out.strip() == "1 page read." and "Reading text: page 1 of 1" in err
    code, out, _ = run(
        monkeypatch, capsys, "search", *base, "--case", "1", "--json", "okonjo", stdin=PASSPHRASE
    )
    (hit,) = json.loads(out)
    assert hit["record_id"] == 1 and hit["read_from_picture"] is True


def test_a_photo_page_in_the_packet_is_searchable_and_a_setting_turns_it_off(
    vault: Vault, tmp_path: Path
) -> None:
    """The packet's photo page carries the words read from it as invisible text, laid
    over them (pdftotext finds them, in the order of the lines); the picture is unchanged,
    and with the setting off the page has no text at all."""
    import subprocess

    from pypdf import PdfReader

    from secondop_desktop.packet import PacketSpec, build_packet

    case_id = cases.create_case(vault, cases.Case(patient_name="Margaret Okafor")).id or 0
    sideways = letter_photo(tmp_path / "l.jpg")  # the phone held sideways: the user turns it
    Image.open(sideways).rotate(90, expand=True).save(sideways, "JPEG", quality=85)
    (item,) = importer.import_files(vault, case_id, [sideways]).items
    rid = item.record_id or 0
    records.update_record(vault, rid, rotation=90)
    ocr_queue.run(vault, case_id)  # read as the user turned it

    def photo_page(text_layer: bool) -> tuple[str, tuple[float, float]]:
        out = tmp_path / f"packet-{text_layer}.pdf"
        spec = PacketSpec(case_id=case_id, sections=(), record_ids=[rid], text_layer=text_layer)
        result = build_packet(vault, spec, out)
        page = result.record_starts[0]
        text = subprocess.run(
            ["pdftotext", "-f", str(page), "-l", str(page), str(out), "-"],
            capture_output=True, check=True, text=True,
        ).stdout  # fmt: skip
        box = PdfReader(out).pages[page - 1].mediabox
        return text, (float(box.width), float(box.height))

    with_layer, size = photo_page(True)
    without, _ = photo_page(False)
    assert "follicular lymphoma" in with_layer and "Okonjo" in with_layer
    assert with_layer.index("Haematology") < with_layer.index("Okonjo"), "in reading order"
    assert "lymphoma" not in without
    assert size[0] > size[1], "turned upright: a landscape page, its words level"


def test_a_page_that_gave_no_words_is_read_again_once_turned(vault: Vault, tmp_path: Path) -> None:
    """A photo taken sideways may give no words; when the user turns it, its pages that
    gave none are read again (those that gave words keep them: the layer follows turns)."""
    case_id = cases.create_case(vault, cases.Case(patient_name="Ana")).id or 0
    sideways = letter_photo(tmp_path / "l.jpg")
    Image.open(sideways).rotate(90, expand=True).save(sideways, "JPEG", quality=85)
    (item,) = importer.import_files(vault, case_id, [sideways]).items
    rid = item.record_id or 0
    with vault.transaction() as db:  # as the reading of a sideways photo leaves it
        repo.store(db, rid, 1, status="done", lines=[], now="2026-11-29T10:00:00+00:00")
    assert ocr_queue.waiting(vault, case_id) == 0
    records.update_record(vault, rid, title="Letter from the GP")  # not a turn: nothing
    assert ocr_queue.waiting(vault, case_id) == 0
    records.update_record(vault, rid, rotation=90)
    assert repo.pending(vault.db, case_id) == [(rid, 1)]
    ocr_queue.run(vault, case_id)  # upright now: its words are read
    assert "Okonjo" in records.record_text(vault, rid)
    records.update_record(vault, rid, rotation=0)  # it gave words: kept, not re-read
    assert ocr_queue.waiting(vault, case_id) == 0
