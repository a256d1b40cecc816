"""Issue 19 in the packet: the lab results (latest beside previous, a chart for a test
measured three or more times) and the imaging studies on the disc that travels with the
patient. A real vault, lab results saved as the window saves them, a DICOMDIR disc
imported through the window's own import job, the packet built by the real builder and
read back from the PDF (pdftotext, pypdf, pikepdf)."""

from __future__ import annotations

import io
import re
import subprocess
from datetime import date
from pathlib import Path

import pikepdf
from pypdf import PdfReader

from secondop_desktop import cases, facts
from secondop_desktop.cases import lists
from secondop_desktop.core.jobs import CancelToken, no_progress
from secondop_desktop.packet import (
    SECTIONS,
    PacketSpec,
    build_packet,
    choices,
    render,
    sections_html,
)
from secondop_desktop.packet import content as packet_content
from secondop_desktop.store import Vault
from secondop_desktop.store import facts as repo
from secondop_desktop.ui.records.import_flow import _import_job

from ..discs import STUDIES, write_disc

LABS = "Lab results"
IMAGING = "Imaging available on disc"


def _lab(
    case_id: int, vault: Vault, test: str, unit: str, rng: str, *values: tuple[str, str]
) -> None:
    for day, value in values:
        lists.save(
            vault,
            case_id,
            facts.LabResult(
                test=test,
                value=value,
                unit=unit,
                reference_range=rng,
                flag="H" if test == "PSA" and float(value) > 4 else "",
                taken_on=date.fromisoformat(day),
            ),
        )


def _case_with_labs_and_disc(vault: Vault, tmp_path: Path) -> tuple[int, int]:
    """A case with a health problem, three tests (PSA four times, creatinine twice, CRP
    twice as "<0.5") and one imaging disc of two studies; returns (case id, the disc's
    record id)."""
    case_id = cases.create_case(vault, cases.Case(patient_name="Ana María Ramírez")).id or 0
    lists.save(vault, case_id, facts.Condition(name="Prostate cancer"))
    _lab(
        case_id,
        vault,
        "PSA",
        "ng/mL",
        "0-4",
        ("2023-01-10", "3.1"),
        ("2023-06-12", "5.6"),
        ("2023-12-01", "7.9"),
        ("2024-05-20", "9.2"),
    )
    _lab(
        case_id,
        vault,
        "Creatinine",
        "mg/dL",
        "0.6-1.1",
        ("2023-06-12", "0.9"),
        ("2024-05-20", "1.0"),
    )
    for day in ("2023-06-12", "2024-05-20"):
        crp = facts.LabResult(test="CRP", value="<0.5", unit="mg/L", reference_range="<5")
        crp.taken_on = date.fromisoformat(day)
        lists.save(vault, case_id, crp)
    disc = write_disc(tmp_path / "disc")
    report = _import_job(vault, case_id, [disc], {}, cancel=CancelToken(), progress=no_progress)
    assert [i.status for i in report.items] == ["imported"], report.items
    return case_id, report.items[0].record_id or 0


def _layout_text(pdf: Path, first: int, last: int) -> list[str]:
    """Pages ``first``..``last`` (1-based) as pdftotext lays them out: a table's row on a line."""
    raw = subprocess.run(
        ["pdftotext", "-layout", "-f", str(first), "-l", str(last), str(pdf), "-"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    return raw.splitlines()


def _flat(pdf: Path, first: int = 1, last: int = 0) -> str:
    """The text of pages ``first``..``last`` (all by default) on one line; a table is
    read cell by cell, row after row."""
    pages = ["-f", str(first), "-l", str(last)] if last else []
    raw = subprocess.run(
        ["pdftotext", *pages, str(pdf), "-"], capture_output=True, text=True, check=True
    )
    return " ".join(raw.stdout.split())


def _line(lines: list[str], start: str) -> str:
    found = [line for line in lines if line.strip().startswith(start)]
    assert found, f"no line starts with {start!r}"
    return " ".join(found[0].split())


def _images_on(pdf: Path, first: int, last: int) -> int:
    """Image XObjects drawn on pages ``first``..``last`` (1-based)."""
    with pikepdf.open(pdf) as doc:
        return sum(
            1
            for page in doc.pages[first - 1 : last]
            for xobject in page.Resources.get("/XObject", {}).values()
            if xobject.get("/Subtype") == "/Image"
        )


def _bookmarks(pdf: Path) -> dict[str, int]:
    reader = PdfReader(pdf)
    marks = {}
    for item in reader.outline:
        if not isinstance(item, list):
            page = reader.get_destination_page_number(item)
            assert item.title is not None and page is not None
            marks[item.title] = page + 1
    return marks


def test_labs_and_imaging_travel_with_latest_previous_one_chart_and_the_studies(
    vault: Vault, tmp_path: Path
) -> None:
    case_id, disc_id = _case_with_labs_and_disc(vault, tmp_path)
    out = tmp_path / "packet.pdf"
    result = build_packet(vault, PacketSpec(case_id=case_id, record_ids=[disc_id]), out)
    # Both sections, after the health section, each bookmarked on its first page.
    order = list(result.starts)
    assert order.index(LABS) == order.index(SECTIONS["health"]) + 1
    assert order.index(IMAGING) == order.index(LABS) + 1
    marks = _bookmarks(out)
    assert marks[LABS] == result.starts[LABS] and marks[IMAGING] == result.starts[IMAGING]
    labs_first, labs_last = result.starts[LABS], result.starts[IMAGING] - 1

    lines = _layout_text(out, labs_first, labs_last)
    assert lines[0].strip() == LABS
    header = _line(lines, "Test")
    assert all(h in header for h in ("Latest", "Flag", "Reference", "Previous", "Direction"))
    # One row per test: latest with its unit, flag, range, previous, direction.
    assert _line(lines, "PSA") == "PSA 9.2 ng/mL High 0-4 7.9 ng/mL ↑ up"
    assert _line(lines, "Creatinine") == "Creatinine 1.0 mg/dL — 0.6-1.1 0.9 mg/dL ↑ up"
    assert _line(lines, "CRP") == "CRP <0.5 mg/L — <5 <0.5 mg/L —"  # as written, no direction
    text = " ".join(" ".join(lines).split())
    assert "20 May 2024" in text and "1 Dec 2023" in text  # the dates of latest and previous
    assert "4 results since 10 Jan" in text  # there is more than the two shown
    # Exactly one chart, PSA's, captioned with what it holds; none for the two others.
    assert _images_on(out, labs_first, labs_last) == 1
    assert (
        "PSA (ng/mL): 4 results from 10 Jan 2023 to 20 May 2024; shaded: reference range 0-4"
        in text
    )
    assert (
        "Values: 3.1 (10 Jan 2023) · 5.6 (12 Jun 2023) · 7.9 (1 Dec 2023) · 9.2 (20 May 2024)"
        in text
    )
    assert "Creatinine (mg/dL):" not in text and "CRP (mg/L):" not in text

    imaging = _layout_text(out, result.starts[IMAGING], result.starts[IMAGING])
    said = " ".join(" ".join(imaging).split())
    assert "travel with the patient; the images themselves are not in this packet." in said
    assert "Patient named on the disc: Ana María Ramírez" in said
    # Both studies, a row each (read cell by cell): date, modality, description, body part,
    # series and images, accession, as the disc says.
    ct, mri = STUDIES
    rows = _flat(out, result.starts[IMAGING], result.starts[IMAGING])
    assert f"14 Mar 2023 CT {ct[1]} CHEST 2 6 {ct[2]}" in rows
    assert f"2 May 2024 MR {mri[1]} HEAD 2 5 {mri[2]}" in rows
    assert "The disc's index is also in this packet, with the records." in said
    # The summary says there is more to look at.
    flat = _flat(out)
    assert re.search(r"Lab results: 3 test\S* \(latest 20 May 2024\)", flat)
    assert re.search(r"Imaging: 2 stud\S* on disc", flat)


def test_unticked_labs_and_imaging_bring_nothing_of_theirs(vault: Vault, tmp_path: Path) -> None:
    case_id, _ = _case_with_labs_and_disc(vault, tmp_path)
    sections = tuple(k for k in SECTIONS if k not in ("labs", "imaging"))
    out = tmp_path / "without.pdf"
    result = build_packet(vault, PacketSpec(case_id=case_id, sections=sections), out)
    assert LABS not in result.starts and IMAGING not in result.starts
    text = _flat(out)
    for unseen in ("PSA", "Creatinine", "<0.5", "ng/mL", "Lab results", "Imaging:",
                   "CT chest with contrast", "MRI brain", "ACC-1001", "ACC-2002"):  # fmt: skip
        assert unseen not in text, unseen
    assert _images_on(out, 1, result.pages) == 0


def test_with_no_labs_and_no_disc_neither_section_is_printed(vault: Vault, tmp_path: Path) -> None:
    case_id = cases.create_case(vault, cases.Case(patient_name="Ana Lima")).id or 0
    out = tmp_path / "empty.pdf"
    result = build_packet(vault, PacketSpec(case_id=case_id), out)  # every section chosen
    assert LABS not in result.starts and IMAGING not in result.starts
    assert LABS not in _bookmarks(out) and IMAGING not in _bookmarks(out)
    text = _flat(out)
    assert "Lab results" not in text and "Imaging" not in text


def test_old_saved_choices_get_the_new_sections_ticked(vault: Vault) -> None:
    """Choices saved before the two sections existed (they list what was unticked) open
    with both ticked: nothing the user chose to hide, and nothing new hidden unseen."""
    case_id = cases.create_case(vault, cases.Case(patient_name="Ana Lima")).id or 0
    before = '{"order": [], "ticked": [], "sections_off": ["trials"], "paper": "a4"}'
    with vault.transaction() as db:
        repo.set_value(db, case_id, choices.KEY, before, "2026-01-01T00:00:00+00:00")
    got = choices.get_choices(vault, case_id)
    assert got is not None and "labs" in got.sections and "imaging" in got.sections
    assert "trials" not in got.sections


def _measured(test: str, value: int, unit: str, reference: str, month: int) -> facts.LabResult:
    return facts.LabResult(
        test=test, value=str(value), unit=unit, reference_range=reference,
        taken_on=date(2024, month, 1),
    )  # fmt: skip


def _in_memory(filler_tests: int) -> packet_content.CaseContent:
    """The lab results of a case with ``filler_tests`` tests measured twice (table rows,
    no chart) and three measured four times (a chart each), without a vault: the layout
    is what is tested."""
    results = []
    for k in range(filler_tests):
        for month, value in ((1, 1), (2, 2)):
            results.append(_measured(f"Filler {k:02d}", value, "u", "", month))
    for n, name in enumerate(("Zeta A", "Zeta B", "Zeta C")):
        for month, value in ((1, 1), (2, 2), (3, 4), (4, 5 + n)):  # a different chart each
            results.append(_measured(name, value, "mg", "1-3", month))
    data = packet_content.CaseContent(cases.Case(patient_name="X"), PacketSpec(case_id=1), [])
    data.labs = facts.histories(results)
    return data


def test_a_chart_is_never_cut_from_its_caption_and_values(qapp) -> None:  # type: ignore[no-untyped-def]
    """However long the table above them, each chart sits whole on one page with its
    caption above and its values below: one that would cross a page starts the next."""
    moved = 0
    for filler in range(16, 30):
        html = sections_html.section_html(_in_memory(filler), "labs")
        pdf = PdfReader(io.BytesIO(render.LaidOut(html, "a4").pdf()))
        for number, page in enumerate(pdf.pages):
            text = " ".join((page.extract_text() or "").split())
            xobjects = page.get("/Resources", {}).get("/XObject", {}) or {}
            images = sum(1 for x in xobjects.values() if x.get_object().get("/Subtype") == "/Image")
            captions = len(re.findall(r"Zeta [ABC] \(mg\): 4 results", text))
            assert images == captions == text.count("Values:"), (filler, number, text)
            moved += number > 0 and text.startswith("Zeta")
    assert moved, "some chart had to start a new page"
