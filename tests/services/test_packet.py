"""The packet (issue 6): page numbers, footers, bookmarks, contents and index that match
where things really start, only what was chosen, clean metadata, AES-256, any script."""

from __future__ import annotations

import io
import re
import subprocess
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from secondop_desktop import cases, demo, facts, records
from secondop_desktop.cases import lists
from secondop_desktop.core.jobs import Cancelled, CancelToken
from secondop_desktop.packet import (
    SECTIONS,
    PacketSpec,
    build_packet,
    generate_password,
)
from secondop_desktop.packet.preflight import run as preflight
from secondop_desktop.records import importer
from secondop_desktop.store import Vault

from ..files import photo, text_pdf

PASS = demo.DEMO_PASSPHRASE


@pytest.fixture
def demo_vault(demo_dir: Path):  # type: ignore[no-untyped-def]
    """A copy of the session's demo vault (tests/conftest.py), open."""
    v = Vault.open(demo_dir, PASS)
    yield v
    v.lock()


def _all_records(vault: Vault) -> list[records.Record]:
    return records.list_records(vault, 1)


def _texts(path: Path, password: str | None = None) -> list[str]:
    reader = PdfReader(path)
    if password is not None:
        reader.decrypt(password)
    return [_one_line(p.extract_text() or "") for p in reader.pages]


def _one_line(text: str) -> str:
    return " ".join(text.split())


def test_every_page_numbered_and_bookmarked_contents_and_index_true(demo_vault, tmp_path):  # type: ignore[no-untyped-def]
    recs = _all_records(demo_vault)
    spec = PacketSpec(case_id=1, record_ids=[r.id for r in recs], paper="a4")
    out = tmp_path / "packet.pdf"
    result = build_packet(demo_vault, spec, out)
    reader = PdfReader(out)
    total = len(reader.pages)
    assert result.pages == total
    expected = sum(r.page_count for r in recs)
    assert total == result.record_starts[0] - 1 + expected
    texts = _texts(out)
    for i, text in enumerate(texts, start=1):
        flat = _one_line(text)
        assert f"Page {i} of {total}" in flat, i
        assert "Margaret Okafor · born 2 September 1954" in flat, i
    # Each part starts where the result says: its heading is on that page.
    for title, start in result.starts.items():
        if title == "Cover":
            assert "REQUEST FOR A SECOND OPINION" in texts[start - 1]
        else:
            assert _one_line(texts[start - 1]).startswith(title), title
    # Bookmarks: one per part and per record, each on its real page.
    marks: dict[str, int] = {}

    def walk(items):  # type: ignore[no-untyped-def]
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                marks[item.title] = reader.get_destination_page_number(item) + 1

    walk(reader.outline)
    for title, start in result.starts.items():
        assert marks[title] == start
    for r, start in zip(recs, result.record_starts, strict=True):
        assert marks[r.title] == start
    # Each record's first page is really that record (its own text is there).
    for r, start in zip(recs, result.record_starts, strict=True):
        body = records.record_text(demo_vault, r.id)
        if body.strip():
            first_words = _one_line(body)[:25]
            assert first_words in _one_line(texts[start - 1]), r.title
    # The contents page lists every part with the page it starts on.
    toc = _one_line(texts[result.starts["Contents"] - 1])
    for title, start in result.starts.items():
        if title not in ("Cover", "Contents"):
            assert f"{title} {start}" in toc, title
    # The records index gives each record's first page.
    index = _one_line(texts[result.starts["Records index"] - 1])
    for n, (r, start) in enumerate(zip(recs, result.record_starts, strict=True), start=1):
        assert re.search(rf"\b{n} {re.escape(r.title)} .* {start}\b", index), r.title
    # Page labels run 1..N like the footers; A4 pages for our own parts.
    assert reader.page_labels[:3] == ["1", "2", "3"] and reader.page_labels[-1] == str(total)
    assert round(float(reader.pages[0].mediabox.width)) == 595


def test_only_what_was_chosen_travels_and_metadata_is_ours(demo_vault, tmp_path):  # type: ignore[no-untyped-def]
    recs = _all_records(demo_vault)
    keep = [r for r in recs if r.kind != "lab"]
    dropped = next(r for r in recs if r.kind == "lab")
    sections = tuple(k for k in SECTIONS if k not in ("trials", "preferences"))
    spec = PacketSpec(case_id=1, record_ids=[r.id for r in keep], sections=sections)
    out = tmp_path / "packet.pdf"
    build_packet(demo_vault, spec, out)
    everything = _one_line(" ".join(_texts(out)))
    assert "Haemoglobin" in records.record_text(demo_vault, dropped.id)
    assert "Haemoglobin" not in everything and dropped.title not in everything
    assert "NCT01234567" not in everything  # trials not chosen
    assert "Ada married in April" not in everything  # preferences not chosen
    assert "Bendamustine" in everything
    reader = PdfReader(out)
    assert set(reader.metadata) == {"/Title", "/Author", "/Creator", "/Producer", "/CreationDate"}
    assert reader.metadata["/Producer"] == "SecondOp"
    assert "/Metadata" not in reader.trailer["/Root"]
    raw = out.read_bytes()
    for needle in (b"pypdf", b"/JavaScript", b"/EmbeddedFile", b"/OpenAction", b"/Launch"):
        assert needle not in raw, needle
    for r in recs:  # no source file names (the photo was IMG_2041.jpg)
        assert r.original_name.encode() not in raw
    assert str(tmp_path).encode() not in raw
    assert b"Exif" not in raw


def _hostile_pdf(path: Path) -> Path:
    """A PDF with an open action running JavaScript, an embedded file, XMP, a page action,
    and a link that runs JavaScript."""
    from pypdf import PdfWriter
    from pypdf.generic import (
        ArrayObject,
        DictionaryObject,
        FloatObject,
        NameObject,
        TextStringObject,
    )

    writer = PdfWriter(clone_from=PdfReader(text_pdf(path, [["# Report for Okafor", "Text"]])))
    open_js = DictionaryObject(
        {
            NameObject("/S"): NameObject("/JavaScript"),
            NameObject("/JS"): TextStringObject("app.alert('hello from the source');"),
        }
    )
    writer._root_object[NameObject("/OpenAction")] = writer._add_object(open_js)
    writer.add_attachment("secret-notes.txt", b"private attachment")
    writer.add_metadata({"/Author": "Dr Source", "/Producer": "HospitalPDF 1.0"})
    writer.xmp_metadata = None
    page = writer.pages[0]
    js = DictionaryObject(
        {NameObject("/S"): NameObject("/JavaScript"), NameObject("/JS"): TextStringObject("x()")}
    )
    page[NameObject("/AA")] = DictionaryObject({NameObject("/O"): js})
    link = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/Link"),
            NameObject("/Rect"): ArrayObject([FloatObject(v) for v in (10, 10, 100, 40)]),
            NameObject("/A"): js,
        }
    )
    page[NameObject("/Annots")] = ArrayObject([writer._add_object(link)])
    with open(path, "wb") as fh:
        writer.write(fh)
    return path


def test_source_pdf_code_attachments_and_metadata_are_stripped(vault, tmp_path):  # type: ignore[no-untyped-def]
    case = cases.create_case(vault, cases.Case(patient_name="Ana Okafor"))
    hostile = _hostile_pdf(tmp_path / "hostile.pdf")
    raw_in = hostile.read_bytes()
    assert b"/JavaScript" in raw_in and b"/EmbeddedFile" in raw_in
    report = importer.import_files(vault, case.id, [hostile])
    (rec,) = records.list_records(vault, case.id)
    assert report.items[0].status == "imported"
    out = tmp_path / "packet.pdf"
    build_packet(vault, PacketSpec(case_id=case.id, record_ids=[rec.id]), out)
    raw = out.read_bytes()
    for needle in (b"/JavaScript", b"/JS", b"/EmbeddedFile", b"secret-notes", b"HospitalPDF"):
        assert needle not in raw, needle
    assert b"Dr Source" not in raw and b"/AA" not in raw
    last = PdfReader(out).pages[-1]
    assert "Report for Okafor" in last.extract_text()


def test_password_words_are_letters_only() -> None:
    """The EFF list's "yo-yo" made a seven-word password read (and split) as eight; a
    random test failed about one run in 185. Every word the generator can pick is letters."""
    from secondop_desktop.packet.spec import _words

    words = _words()
    assert len(words) == 1295 and all(w.isalpha() and w.islower() for w in words)


def test_password_is_aes256_and_opens_only_with_it(demo_vault, tmp_path):  # type: ignore[no-untyped-def]
    password = generate_password()
    assert re.fullmatch(r"([a-z]{3,9}-){6}[a-z]{3,9}", password)  # seven words (issue 21)
    out = tmp_path / "locked.pdf"
    build_packet(demo_vault, PacketSpec(case_id=1, password=password), out)
    reader = PdfReader(out)
    assert reader.is_encrypted
    encrypt = reader.trailer["/Encrypt"].get_object()
    assert encrypt["/V"] == 5 and encrypt["/R"] == 6  # AES-256, never RC4
    assert not PdfReader(out).decrypt("wrong password")
    opened = PdfReader(out)
    assert opened.decrypt(password)
    assert "Margaret Okafor" in _one_line(opened.pages[0].extract_text())
    assert b"Margaret" not in out.read_bytes()


def test_aes_comes_from_qpdf_not_from_pypdfs_crypto_provider(demo_vault, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    """The packet is encrypted by qpdf (pikepdf), whose AES-256 is built in: pypdf without
    `cryptography` (its RC4-only fallback) no longer stands between a password and the
    file, and the file is still AES-256 (revision 6), openable only with the password."""
    import pikepdf
    import pypdf._crypt_providers as providers

    monkeypatch.setattr(providers, "crypt_provider", ("local_crypt_fallback", "0.0.0"))
    out = tmp_path / "packet.pdf"
    build_packet(demo_vault, PacketSpec(case_id=1, password="seven words on a line"), out)
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(out)
    with pikepdf.open(out, password="seven words on a line") as pdf:
        assert pdf.encryption.R == 6
        assert pdf.encryption.stream_method.name == "aesv3"  # AES-256, never RC4


NAMES = ("José Müller-Ørsted", "王小明", "محمد عبد الله", "Ελένη Παπαδοπούλου", "Анна Иванова")


def _normal(text: str) -> str:
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")  # bidi marks
    return " ".join(unicodedata.normalize("NFKC", text).split())


def test_any_script_renders_with_shipped_fonts_and_extracts_identically(vault, tmp_path):  # type: ignore[no-untyped-def]
    case = cases.create_case(
        vault, cases.Case(patient_name=NAMES[0], title="王小明 — محمد عبد الله")
    )
    for name in NAMES[1:]:
        lists.save(vault, case.id, facts.Clinician(name=name))
    out = tmp_path / "unicode.pdf"
    build_packet(vault, PacketSpec(case_id=case.id), out)
    text = _normal(
        subprocess.run(
            ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
        ).stdout
    )
    for name in NAMES:
        assert _normal(name) in text, name
    # Every font is embedded (nothing depends on the reader's machine).
    reader = PdfReader(out)
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            descendant = font.get_object()["/DescendantFonts"][0].get_object()
            assert "/FontFile2" in descendant["/FontDescriptor"].get_object()


def test_cancel_leaves_nothing(demo_vault, tmp_path):  # type: ignore[no-untyped-def]
    token = CancelToken()

    def progress(done: int, total: int, message: str = "") -> None:
        if done >= 2:
            token.cancel()

    out = tmp_path / "out" / "packet.pdf"
    out.parent.mkdir()
    spec = PacketSpec(case_id=1, record_ids=[r.id for r in _all_records(demo_vault)])
    with pytest.raises(Cancelled):
        build_packet(demo_vault, spec, out, cancel=token, progress=progress)
    assert list(out.parent.iterdir()) == []


def test_preflight_names_what_to_fix(demo_vault):  # type: ignore[no-untyped-def]
    recs = _all_records(demo_vault)
    lab = next(r for r in recs if r.kind == "lab")
    records.update_record(demo_vault, lab.id, date_of_service=None, kind="other")
    spec = PacketSpec(case_id=1, record_ids=[r.id for r in recs])
    texts = [f.text for f in preflight(demo_vault, spec)]
    assert f"“{lab.title}” has no date." in texts
    assert any(lab.title in t and "no kind" in t for t in texts)
    assert any("imaging reports but not the images" in t for t in texts)
    assert any("no text to check" in t for t in texts)  # the photographed letter
    # A record about someone else is flagged first, as serious.
    demo_vault_case = cases.get_case(demo_vault, 1)
    demo_vault_case.patient_name = "Margaret Adeyemi"
    cases.update_case(demo_vault, demo_vault_case)
    found = preflight(demo_vault, spec)
    assert found[0].serious and "does not mention “Adeyemi”" in found[0].text


def test_too_large_for_email_is_flagged(vault, tmp_path):  # type: ignore[no-untyped-def]
    case = cases.create_case(vault, cases.Case(patient_name="Ana Okafor"))
    importer.import_files(vault, case.id, [photo(tmp_path / "a.jpg", "JPEG")])
    (rec,) = records.list_records(vault, case.id)
    spec = PacketSpec(case_id=case.id, record_ids=[rec.id] * 1)
    assert not any("too large" in f.text for f in preflight(vault, spec))
    big = text_pdf(tmp_path / "big.pdf", [["# Okafor scan"]])
    big.write_bytes(big.read_bytes() + b"%" + b"x" * (21 * 1024 * 1024))
    importer.import_files(vault, case.id, [big])
    spec.record_ids = [r.id for r in records.list_records(vault, case.id)]
    assert any("too large for most email" in f.text for f in preflight(vault, spec))


def test_whole_corpus_merges(pdf_samples, tmp_path):  # type: ignore[no-untyped-def]
    vault, _ = pdf_samples  # the whole pdf-samples folder, imported into case 1
    recs = records.list_records(vault, 1)
    assert recs
    out = tmp_path / "corpus.pdf"
    result = build_packet(vault, PacketSpec(case_id=1, record_ids=[r.id for r in recs]), out)
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    assert len(reader.pages) == result.pages == result.record_starts[-1] - 1 + recs[-1].page_count
    last = _one_line(reader.pages[-1].extract_text())
    assert f"Page {result.pages} of {result.pages}" in last


# The real command line (`secondop export`) with one change: its packet file stops at a
# chosen byte (or, for a smaller packet, once every byte is in, before the rename), says
# "writing" on stdout and waits there to be killed.
GATED_EXPORT = """
import os
import sys

from secondop_desktop import cli
from secondop_desktop.store import fsutil

gate, at = int(sys.argv[1]), int(sys.argv[2])
write_atomically = fsutil.atomic_write_with


def pause(fh):
    fh.flush()
    print("writing", flush=True)
    os.read(gate, 1)  # the test kills us here


class PausingFile:
    def __init__(self, fh):
        self.fh, self.written = fh, 0

    def write(self, data):
        n = self.fh.write(data)
        before, self.written = self.written, self.written + len(data)
        if before < at <= self.written:
            pause(self.fh)
        return n

    def __getattr__(self, name):
        return getattr(self.fh, name)


def paused(path, write):
    def write_pausing(fh):
        pausing = PausingFile(fh)
        write(pausing)
        if pausing.written < at:
            pause(fh)

    return write_atomically(path, write_pausing)


fsutil.atomic_write_with = paused
sys.exit(cli.main(sys.argv[3:]))
"""


def test_kill_during_export_leaves_no_packet(vault_dir, tmp_path):  # type: ignore[no-untyped-def]
    """SECURITY.md T7 (export part): kill -9 while the packet is being written. The export
    stops at a random byte of the packet (seeded) and says so, so the kill lands mid-write
    every time, however fast the machine."""
    import os
    import random
    import signal
    import sys

    from ..support import PASSPHRASE

    vault = Vault.open(vault_dir, PASSPHRASE)
    case = cases.create_case(vault, cases.Case(patient_name="Ana Okafor"))
    inputs = tmp_path / "in"
    inputs.mkdir()
    for i in range(4):
        text_pdf(inputs / f"{i:02}.pdf", [[f"Okafor record {i} " + "text " * 80]] * 5)
    importer.import_files(vault, case.id, [inputs])
    vault.lock()
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / "packet.pdf"
    args = ["export", "--vault", str(vault_dir), "--passphrase-stdin", "--case", str(case.id),
            "--out", str(out)]  # fmt: skip

    def export(*command: str, **popen) -> subprocess.Popen[bytes]:  # type: ignore[no-untyped-def]
        proc = subprocess.Popen(
            [sys.executable, *command, *args], stdin=subprocess.PIPE,
            stderr=subprocess.DEVNULL, start_new_session=True, **popen,
        )  # fmt: skip
        assert proc.stdin is not None
        proc.stdin.write((PASSPHRASE + "\n").encode())
        proc.stdin.close()
        return proc

    at = random.Random(int(os.environ.get("SECONDOP_KILL_SEED", "7"))).randrange(1, 64 * 1024)
    gate_out, gate_in = os.pipe()
    proc = export(
        "-c", GATED_EXPORT, str(gate_out), str(at), stdout=subprocess.PIPE, pass_fds=(gate_out,)
    )
    os.close(gate_out)
    try:
        assert proc.stdout is not None
        paused = proc.stdout.readline()
        assert paused == b"writing\n", "the kill should land while the packet is being written"
        (partial,) = out_dir.glob(".packet.pdf.*.tmp")  # partly written, under its temp name
        assert partial.stat().st_size > 0 and not out.exists()
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        os.close(gate_in)
        if proc.stdout is not None:
            proc.stdout.close()
    assert not out.exists()
    # The next export cleans up and writes a complete packet.
    second = export("-m", "secondop_desktop", stdout=subprocess.DEVNULL)
    assert second.wait(timeout=120) == 0
    assert [p.name for p in out_dir.iterdir()] == ["packet.pdf"]
    assert len(PdfReader(out).pages) == 4 * 5 + 4  # cover, summary, contents, index
