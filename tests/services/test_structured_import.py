"""Issue 19: FHIR and C-CDA files import through the real paths (the window's import job,
the command line), read in the sandbox and stored as a readable PDF with the original
attached; a hostile or malformed one is refused with a reason and nothing is stored."""

from __future__ import annotations

import io
import json
import subprocess
from pathlib import Path

import pikepdf
import pytest

from secondop_desktop import cases, records
from secondop_desktop.records import filetypes
from secondop_desktop.store import Vault
from secondop_desktop.ui.records.import_flow import _import_job

from ..support import PASSPHRASE
from ..test_cli import run

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def _one(folder: str, pattern: str) -> Path:
    found = sorted((CORPUS / folder).glob(pattern))
    if not found:
        pytest.skip(f"no {pattern} in tests/corpus/{folder}")
    return found[0]


def _pdf_text(data: bytes) -> str:
    return subprocess.run(
        ["pdftotext", "-", "-"], input=data, capture_output=True, check=True
    ).stdout.decode()


def test_sniffing_is_by_content() -> None:
    assert filetypes.sniff(b'{"resourceType": "Bundle", "type": "collection"}') == filetypes.FHIR
    assert (
        filetypes.sniff(b'\xef\xbb\xbf  {\n "id": "x", "resourceType": "Patient"}')
        == filetypes.FHIR
    )
    head = b'<?xml version="1.0"?><ClinicalDocument xmlns="urn:hl7-org:v3">'
    assert filetypes.sniff(head) == filetypes.CCDA
    assert filetypes.sniff(b'{"name": "not fhir"}') is None
    assert filetypes.sniff(b"<html><body>hi</body></html>") is None


def test_a_fhir_bundle_and_a_ccda_import_as_readable_records(vault_dir: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    bundle = _one("fhir-synthea", "*.json")
    ccda = _one("ccda", "**/*.xml")
    vault = Vault.open(vault_dir, PASSPHRASE)
    case_id = cases.create_case(vault, cases.Case(patient_name="Test Patient")).id or 0
    from secondop_desktop.core.jobs import CancelToken, no_progress

    report = _import_job(
        vault, case_id, [bundle, ccda], {}, cancel=CancelToken(), progress=no_progress
    )
    assert [i.status for i in report.items] == ["imported", "imported"], report.items
    patient = json.loads(bundle.read_bytes())
    names = [
        e["resource"]["name"][0]
        for e in patient.get("entry", [])
        if e.get("resource", {}).get("resourceType") == "Patient"
    ]
    family = names[0]["family"]
    for item, original in zip(report.items, (bundle, ccda), strict=True):
        assert item.record_id is not None
        record = records.get_record(vault, item.record_id)
        assert record.media_type == filetypes.PDF and record.page_count >= 1
        stored = records.read_content(vault, item.record_id)
        with pikepdf.open(io.BytesIO(stored)) as pdf:
            attached = pdf.attachments[original.name].get_file().read_bytes()
        assert attached == original.read_bytes(), "the original travels inside, byte for byte"
        # Named on the page (wrapped anywhere: pdftotext joins a line broken at a hyphen).
        squeezed = "".join(_pdf_text(stored).split()).replace("-", "")
        assert original.name.replace("-", "") in squeezed
    assert family in _pdf_text(records.read_content(vault, report.items[0].record_id or 0))
    vault.lock()


def test_hostile_and_malformed_documents_are_refused_with_a_reason(
    vault_dir: Path, tmp_path: Path, monkeypatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    deep = tmp_path / "deep.json"
    deep.write_bytes(b'{"resourceType": "Bundle", "entry": ' + b"[" * 10_000 + b"]" * 10_000 + b"}")
    laughs = tmp_path / "laughs.xml"
    laughs.write_text(
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
        '<ClinicalDocument xmlns="urn:hl7-org:v3"><title>&lol2;</title></ClinicalDocument>'
    )
    external = tmp_path / "external.xml"
    external.write_text(
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
        '<ClinicalDocument xmlns="urn:hl7-org:v3"><title>&e;</title></ClinicalDocument>'
    )
    nameless = tmp_path / "other.json"
    nameless.write_text('{"patient": "no resource type here"}')
    base = ["--vault", str(vault_dir), "--passphrase-stdin"]
    run(monkeypatch, capsys, "case", "add", *base, "--patient", "Ana", stdin=PASSPHRASE)
    _, out, _ = run(
        monkeypatch, capsys, "import", *base, "--case", "1", "--json",
        str(deep), str(laughs), str(external), str(nameless), stdin=PASSPHRASE,
    )  # fmt: skip
    items = json.loads(out)
    assert [i["status"] for i in items] == ["rejected"] * 4, items
    assert all(i["reason"] and len(i["reason"]) < 300 for i in items)
    assert "FHIR" in items[3]["reason"] and "C-CDA" in items[3]["reason"]
    vault = Vault.open(vault_dir, PASSPHRASE)
    assert records.list_records(vault, 1) == []
    vault.lock()


def test_a_document_about_another_patient_is_flagged(vault_dir: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    """Before anything of it is offered as a fact, the import report says when the
    document names someone else than the case's patient (name or date of birth)."""
    from datetime import date

    from secondop_desktop.core.jobs import CancelToken, no_progress

    bundle = _one("fhir-synthea", "Bibi254*.json")
    vault = Vault.open(vault_dir, PASSPHRASE)
    other = (
        cases.create_case(
            vault, cases.Case(patient_name="Ana Silva", patient_dob=date(1980, 1, 2))
        ).id
        or 0
    )
    same = (
        cases.create_case(
            vault, cases.Case(patient_name="Bibi Schowalter", patient_dob=date(2009, 4, 29))
        ).id
        or 0
    )
    born_apart = (
        cases.create_case(
            vault, cases.Case(patient_name="Bibi Schowalter", patient_dob=date(2009, 4, 30))
        ).id
        or 0
    )
    items = {}
    for case_id in (other, same, born_apart):
        report = _import_job(
            vault, case_id, [bundle], {}, cancel=CancelToken(), progress=no_progress
        )
        items[case_id] = report.items[0]
    assert items[other].status == "imported" and items[other].other_patient
    assert "Bibi254 Schowalter414" in items[other].reason and "Ana Silva" in items[other].reason
    assert not items[same].other_patient and items[same].reason == ""
    assert items[born_apart].other_patient, "a different date of birth is enough"
    vault.lock()


def test_a_200_mb_bundle_is_refused_unread(vault_dir: Path, tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    """A 200 MB file that opens as a FHIR bundle (sparse on disk: no 200 MB written) is
    refused by the sandbox's reader from its size, with a reason, and nothing is stored."""
    from secondop_desktop.core.jobs import CancelToken, no_progress

    huge = tmp_path / "everything.json"
    with open(huge, "wb") as fh:
        fh.write(b'{"resourceType": "Bundle", "type": "collection", "entry": [')
        fh.truncate(200 * 1024 * 1024)
    with open(huge, "rb") as fh:
        assert filetypes.sniff(fh.read(filetypes.HEAD_BYTES)) == filetypes.FHIR
    vault = Vault.open(vault_dir, PASSPHRASE)
    case_id = cases.create_case(vault, cases.Case(patient_name="Test Patient")).id or 0
    report = _import_job(vault, case_id, [huge], {}, cancel=CancelToken(), progress=no_progress)
    item = report.items[0]
    assert item.status == "rejected" and "MB" in item.reason, item
    assert records.list_records(vault, case_id) == []
    vault.lock()


def test_a_pdf_carried_in_a_document_reference_becomes_a_record(
    vault_dir: Path,
    tmp_path: Path,
    qapp,  # type: ignore[no-untyped-def]
) -> None:
    """A portal's bundle can carry a report as a base64 PDF: it is read like any PDF and
    stored as a record of its own, in the bundle's transaction; a damaged one is named
    with its reason, a link is never followed, and the same PDF again is a duplicate."""
    import base64

    from secondop_desktop.core.jobs import CancelToken, no_progress

    from ..files import text_pdf

    report_pdf = text_pdf(tmp_path / "r.pdf", [["Pathology report", "Grade 2 carcinoma"]])
    encoded = base64.b64encode(report_pdf.read_bytes()).decode()

    def reference(rid: str, attachment: dict[str, str]) -> dict[str, object]:
        return {"resource": {"resourceType": "DocumentReference", "id": rid, "status": "current",
                             "description": "Pathology report", "date": "2026-02-11",
                             "content": [{"attachment": attachment}]}}  # fmt: skip

    bundle = {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [
            reference("d1", {"contentType": "application/pdf", "data": encoded,
                             "title": "pathology-2026-02-11.pdf"}),
            reference("d2", {"contentType": "application/pdf",
                             "data": base64.b64encode(b"%PDF-1.4 torn").decode(),
                             "title": "torn"}),
            reference("d3", {"contentType": "application/pdf",
                             "url": "https://portal.example/doc/3"}),
        ],
    }  # fmt: skip
    path = tmp_path / "portal.json"
    path.write_text(json.dumps(bundle), encoding="utf-8")
    vault = Vault.open(vault_dir, PASSPHRASE)
    case_id = cases.create_case(vault, cases.Case(patient_name="Test Patient")).id or 0
    report = _import_job(vault, case_id, [path], {}, cancel=CancelToken(), progress=no_progress)
    statuses = [(i.path.rpartition("›")[2].strip(), i.status) for i in report.items]
    assert statuses == [
        (str(path), "imported"),
        ("pathology-2026-02-11.pdf", "imported"),
        ("torn.pdf", "rejected"),
    ], report.items
    carried = records.get_record(vault, report.items[1].record_id or 0)
    assert carried.media_type == filetypes.PDF and not carried.rendered
    assert records.read_content(vault, carried.id) == report_pdf.read_bytes()
    assert records.search(vault, "carcinoma", case_id=case_id)
    assert report.items[2].reason
    # The same PDF in another bundle: said, not stored twice.
    again = tmp_path / "again.json"
    bundle["entry"] = bundle["entry"][:1]  # type: ignore[index]
    bundle["id"] = "another"
    again.write_text(json.dumps(bundle), encoding="utf-8")
    second = _import_job(vault, case_id, [again], {}, cancel=CancelToken(), progress=no_progress)
    assert [i.status for i in second.items] == ["imported", "duplicate"]
    assert len(records.list_records(vault, case_id)) == 3
    vault.lock()


def test_an_apple_health_export_folder_imports_as_one_record(
    vault_dir: Path,
    tmp_path: Path,
    qapp,  # type: ignore[no-untyped-def]
) -> None:
    """Health's "Export All Health Data" folder, chosen whole: its clinical-records folder
    (one FHIR resource per file) is one record with every file attached, the rest of the
    export handled as usual; the same export again is a duplicate."""
    import zipfile

    from secondop_desktop import suggested
    from secondop_desktop.core.jobs import CancelToken, no_progress

    from .test_structured_fhir import _apple_files

    export = tmp_path / "apple_health_export"
    clinical = export / "clinical-records"
    clinical.mkdir(parents=True)
    for name, data in _apple_files():
        (clinical / name).write_bytes(data)
    (export / "export.xml").write_text("<HealthData/>", encoding="utf-8")
    vault = Vault.open(vault_dir, PASSPHRASE)
    case_id = cases.create_case(vault, cases.Case(patient_name="Test Patient")).id or 0
    report = _import_job(vault, case_id, [export], {}, cancel=CancelToken(), progress=no_progress)
    by_name = {Path(i.path).name: i for i in report.items}
    assert set(by_name) == {"clinical-records", "export.xml"}
    assert by_name["export.xml"].status == "rejected"
    item = by_name["clinical-records"]
    assert item.status == "imported" and item.suggested == 4
    record = records.get_record(vault, item.record_id or 0)
    assert record.rendered and record.original_name == "clinical-records"
    with pikepdf.open(io.BytesIO(records.read_content(vault, record.id))) as pdf:
        packed = pdf.attachments["clinical-records.zip"].get_file().read_bytes()
    with zipfile.ZipFile(io.BytesIO(packed)) as archive:
        for name, data in _apple_files():
            assert archive.read(f"clinical-records/{name}") == data, "each file byte for byte"
    assert records.original_content(vault, record.id) == packed
    assert "Follicular lymphoma" in _pdf_text(records.read_content(vault, record.id))
    assert {s.kind for s in suggested.list_suggestions(vault, case_id)} == {
        "condition", "immunization", "lab", "allergy"
    }  # fmt: skip
    again = _import_job(vault, case_id, [clinical], {}, cancel=CancelToken(), progress=no_progress)
    assert [i.status for i in again.items] == ["duplicate"]
    vault.lock()
