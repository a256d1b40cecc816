"""Export decodes records in sandbox workers (issue 14): a record's bytes are turned into
packet pages in worker processes with a time and a memory limit, never in the app's
process; a record that overruns is named with why and how to leave it out; a normal
packet comes out as before; cancelling ends every worker and writes nothing."""

from __future__ import annotations

import multiprocessing
import os
import threading
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageDraw

from secondop_desktop import cases, records
from secondop_desktop.core.jobs import Cancelled, CancelToken
from secondop_desktop.packet import PacketError, PacketSpec, assemble, build_packet
from secondop_desktop.records import importer
from secondop_desktop.store import Vault

from ..files import annotated_pdf, filled_form_pdf, multipage_tiff, photo, text_pdf

BIG_SIDE = 8000  # 64 megapixels: 192 MB once decoded, a megabyte or two on disk


@pytest.fixture(scope="module")
def big_scan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A one-frame TIFF that is small on disk and large decoded (and slow to decode)."""
    path = tmp_path_factory.mktemp("big") / "big-scan.tiff"
    img = Image.new("RGB", (BIG_SIDE, BIG_SIDE), "white")
    draw = ImageDraw.Draw(img)
    for i in range(0, BIG_SIDE, 500):
        draw.line((0, i, BIG_SIDE, BIG_SIDE - i), fill=(i % 255, 40, 90), width=9)
    img.save(path, "TIFF", compression="tiff_deflate")
    return path


def _import(vault: Vault, paths: list[Path]) -> tuple[int, list[records.Record]]:
    case = cases.create_case(vault, cases.Case(patient_name="Ana Okafor"))
    report = importer.import_files(vault, case.id or 0, paths)
    assert report.count(importer.IMPORTED) == len(paths), report.summary()
    return case.id or 0, records.list_records(vault, case.id or 0)


def _rss() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


class _PeakRss:
    """The app process's resident memory, sampled every few milliseconds."""

    def __init__(self) -> None:
        self.start = _rss()
        self.peak = self.start
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        while not self._done.wait(0.005):
            self.peak = max(self.peak, _rss())

    def __enter__(self) -> _PeakRss:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._done.set()
        self._thread.join()


def _workers_seen() -> set[int]:
    return {p.pid for p in multiprocessing.active_children() if p.pid is not None}


def test_a_huge_scan_is_decoded_in_a_worker_not_in_the_app(vault, tmp_path, big_scan):  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    case_id, recs = _import(vault, [big_scan])
    seen: set[int] = set()

    def progress(done: int, total: int, message: str = "") -> None:
        seen.update(_workers_seen())

    out = tmp_path / "packet.pdf"
    with _PeakRss() as rss:
        result = build_packet(
            vault, PacketSpec(case_id=case_id, record_ids=[recs[0].id]), out, progress=progress
        )
    assert seen, "no worker process converted the record"
    # Decoding the frame takes 192 MB; the app's process never holds it.
    grown = (rss.peak - rss.start) / 1048576
    assert grown < 120, f"the app's process grew by {grown:.0f} MB"
    page = PdfReader(out).pages[result.record_starts[0] - 1]
    kinds = [x.get_object()["/Subtype"] for x in page["/Resources"]["/XObject"].values()]
    assert "/Image" in kinds
    assert not _workers_seen()  # all ended with the export


def test_a_record_over_the_memory_limit_is_named_and_the_app_goes_on(  # type: ignore[no-untyped-def]
    vault, tmp_path, big_scan, monkeypatch
):
    case_id, recs = _import(vault, [big_scan, text_pdf(tmp_path / "letter.pdf")])
    scan = next(r for r in recs if "scan" in r.title)
    # Less than its frame needs (raising=False: the old builder had no such limit).
    monkeypatch.setattr(assemble, "MEMORY_LIMIT", 160 * 1024 * 1024, raising=False)
    out = tmp_path / "packet.pdf"
    with pytest.raises(PacketError) as caught:
        build_packet(vault, PacketSpec(case_id=case_id, record_ids=[r.id for r in recs]), out)
    message = str(caught.value)
    assert f"“{scan.title}”" in message and "memory" in message, message
    assert "Leave it out" in message, message
    assert not out.exists() and not list(tmp_path.glob(".packet.pdf.*"))
    assert not _workers_seen()
    # The app is fine, and the other record still goes in on its own.
    letter = next(r for r in recs if r is not scan)
    result = build_packet(vault, PacketSpec(case_id=case_id, record_ids=[letter.id]), out)
    assert out.exists() and result.pages > 1


def test_a_record_over_the_time_limit_is_named(vault, tmp_path, big_scan, monkeypatch):  # type: ignore[no-untyped-def]
    case_id, recs = _import(vault, [big_scan])
    # Decoding the frame takes seconds (raising=False: the old builder had no such limit).
    monkeypatch.setattr(assemble, "TIME_LIMIT", 1.0, raising=False)
    out = tmp_path / "packet.pdf"
    with pytest.raises(PacketError) as caught:
        build_packet(vault, PacketSpec(case_id=case_id, record_ids=[recs[0].id]), out)
    message = str(caught.value)
    assert f"“{recs[0].title}”" in message and "took longer than 1 seconds" in message, message
    assert "Leave it out" in message, message
    assert not out.exists()
    assert not _workers_seen()  # the overrunning worker was killed, the other stopped


def test_a_normal_packet_is_the_same_and_made_by_the_workers(vault, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    """Nothing of a record is decoded in the app's process (its decoders fail here: the
    workers are processes of their own), and the packet has every page and text as before."""
    from pypdf import PdfReader

    from secondop_desktop.packet import images, pages

    sources = [
        text_pdf(tmp_path / "pathology.pdf"),
        annotated_pdf(tmp_path / "annotated.pdf"),
        filled_form_pdf(tmp_path / "form.pdf"),
        multipage_tiff(tmp_path / "scan.tiff", 3),
        photo(tmp_path / "wound.jpg", "JPEG", (1200, 900)),
    ]
    case_id, recs = _import(vault, sources)

    def not_here(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("a record was decoded in the app's process")

    monkeypatch.setattr(images, "_reduced", not_here)
    monkeypatch.setattr(pages.RecordPages, "add", not_here)
    out = tmp_path / "packet.pdf"
    result = build_packet(vault, PacketSpec(case_id=case_id, record_ids=[r.id for r in recs]), out)
    reader = PdfReader(out)
    assert len(reader.pages) == result.pages
    assert result.rendered == ()
    expected = {"pathology": 2, "annotated": 1, "form": 1, "scan": 3, "wound": 1}
    starts = dict(zip([r.title for r in recs], result.record_starts, strict=True))
    assert result.pages == starts[recs[0].title] - 1 + sum(expected.values())
    for r in recs:
        first = reader.pages[starts[r.title] - 1]
        text = " ".join(first.extract_text().split())
        assert f"Page {starts[r.title]} of {result.pages}" in text, r.title  # our footer
        if r.title == "pathology":
            assert "Follicular lymphoma, grade 2." in text
            second = " ".join(reader.pages[starts[r.title]].extract_text().split())
            assert "Ki-67 about 20%" in second
        if r.title in ("scan", "wound"):  # photos and scans: a picture, with its caption
            assert r.title in text
            for k in range(expected[r.title]):
                page = reader.pages[starts[r.title] - 1 + k]
                xobjects = page["/Resources"]["/XObject"].values()
                assert "/Image" in [x.get_object()["/Subtype"] for x in xobjects]
    # Sheets are the packet's paper (A4 by default), landscape for the landscape photo.
    for r in recs:
        box = reader.pages[starts[r.title] - 1].mediabox
        assert {round(float(box.width)), round(float(box.height))} == {595, 842}, r.title


def test_cancel_mid_export_ends_every_worker_and_writes_nothing(vault, tmp_path):  # type: ignore[no-untyped-def]
    sources = [text_pdf(tmp_path / f"report-{i}.pdf", [[f"Report {i}"]] * 3) for i in range(3)]
    sources += [photo(tmp_path / f"photo-{i}.jpg", "JPEG", (2400 + i, 1800)) for i in range(3)]
    case_id, recs = _import(vault, sources)
    cancel = CancelToken()
    alive: set[int] = set()

    def progress(done: int, total: int, message: str = "") -> None:
        if message.startswith("Preparing"):  # the first record is ready, the rest are not
            alive.update(_workers_seen())
            cancel.cancel()

    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "packet.pdf"
    with pytest.raises(Cancelled):
        build_packet(
            vault,
            PacketSpec(case_id=case_id, record_ids=[r.id for r in recs]),
            out,
            cancel=cancel,
            progress=progress,
        )
    assert alive, "no worker process was converting the records"
    assert not _workers_seen()
    for pid in alive:
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)
    assert not list(out.parent.iterdir())  # no packet, no half-written temporary file
