"""Issue 16: a case moves between vaults as a case file, and the open JSON comes back in,
with nothing lost; every bad input is refused with a sentence and leaves nothing behind."""

from __future__ import annotations

import io
import json
import os
import tarfile
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from secondop_desktop import casefile, cases, demo, facts, preparing, records
from secondop_desktop.casefile import container, restore, schema
from secondop_desktop.cases import lists
from secondop_desktop.records import checklist, importer
from secondop_desktop.store import TEST_KDF, Vault
from secondop_desktop.summary import case_document

from ..files import photo, text_pdf
from ..support import PASSPHRASE

FILE_PASSPHRASE = "kettle harbour violin seven"


def normal(doc: dict[str, Any]) -> dict[str, Any]:
    """The document with every id replaced by the entry's place in its list, and the
    case's own timestamps left out: what "the same case apart from ids" means."""
    doc = json.loads(json.dumps(doc))
    places: dict[str, dict[int, int]] = {
        key: {e["id"]: n for n, e in enumerate(doc[key])}
        for key in ("care_team", "opinions", "trials", "questions", "options", "records")
    }
    refs = dict(restore.REFERENCES)

    def fix(entry: dict[str, Any]) -> None:
        entry.pop("id", None)
        entry.pop("case_id", None)
        for name, key in refs.items():
            if name in entry and entry[name] is not None and key in places:
                entry[name] = places[key].get(entry[name], f"missing {entry[name]}")
        if "record_ids" in entry:
            entry["record_ids"] = sorted(places["records"][r] for r in entry["record_ids"])

    for value in doc.values():
        if isinstance(value, list):
            for entry in value:
                fix(entry)
                for nested in ("answers", "benefits", "risks"):
                    for sub in entry.get(nested, []):
                        fix(sub)
    for n, item in enumerate(doc["checklist"]):
        item["position"] = n
    for key in ("id", "created_at", "updated_at"):
        doc["case"].pop(key)
    return doc


def _bundle() -> dict[str, Any]:
    """A small FHIR R4 bundle about the case's patient: a condition and a lab result."""
    return {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [
            {"resource": {"resourceType": "Patient", "id": "p1",
                          "name": [{"family": "Ängström", "given": ["Zoë"]}],
                          "birthDate": "1961-05-01"}},
            {"resource": {"resourceType": "Condition", "id": "c1",
                          "clinicalStatus": {"coding": [{"code": "active"}]},
                          "code": {"text": "Ductal carcinoma in situ"},
                          "onsetDateTime": "2026-02-11"}},
            {"resource": {"resourceType": "Observation", "id": "o1", "status": "final",
                          "category": [{"coding": [{"code": "laboratory"}]}],
                          "code": {"text": "Haemoglobin"},
                          "valueQuantity": {"value": 12.9, "unit": "g/dL"},
                          "effectiveDateTime": "2026-03-02"}},
        ],
    }  # fmt: skip


def _every_section(vault: Vault, tmp_path: Path) -> int:
    """A case with an entry in every section, every kind of link between them."""
    case = cases.create_case(
        vault,
        cases.Case(
            patient_name="Zoë Ängström",
            patient_dob=date(1961, 5, 1),
            managed_by="caregiver",
            caregiver_name="Ida",
            caregiver_relationship="partner",
            title="Every section",
            reason="Testing",
            decide_by=date(2027, 1, 5),
            status="ready",
        ),
        starter_checklist=True,
    )
    case_id = case.id or 0
    report = importer.import_files(
        vault,
        case_id,
        [
            text_pdf(tmp_path / "a.pdf", [["Biopsy report " * 20]]),
            photo(tmp_path / "b.jpg", "JPEG"),
        ],
    )
    rid = [i.record_id or 0 for i in report.items]
    records.update_record(
        vault, rid[1], notes="photo of the letter", rotation=90, include_in_packet=False
    )
    # Issue 19: a portal's FHIR bundle (two facts offered: one accepted, one left pending)
    # and an imaging disc's index (its studies kept beside it).
    from secondop_desktop import suggested
    from secondop_desktop.packet.structured import document_pdf

    from ..discs import write_disc

    bundle = tmp_path / "portal.json"
    bundle.write_text(json.dumps(_bundle()), encoding="utf-8")
    structured = importer.import_files(
        vault,
        case_id,
        [bundle, write_disc(tmp_path / "disc")],
        render_structured=document_pdf,
    )
    assert [i.status for i in structured.items] == ["imported", "imported"], structured.items
    first = suggested.list_suggestions(vault, case_id)[0]
    suggested.accept(vault, first.id)
    lists.save(
        vault,
        case_id,
        facts.LabResult(test="CA 15-3", value="31", unit="U/mL", taken_on=date(2026, 3, 2)),
    )
    doc = lists.save(
        vault, case_id, facts.Clinician(name="Dr Ekwueme-Lindqvist", facility="Karolinska")
    )
    opinion = lists.save(
        vault,
        case_id,
        facts.Opinion(clinician_id=doc.id, diagnosis="DCIS", record_ids=[rid[0]]),
    )
    trial = lists.save(vault, case_id, preparing.Trial(title="Trial X", registry_id="NCT01234567"))
    question = lists.save(
        vault,
        case_id,
        preparing.Question(text="Surgery?", clinician_id=doc.id, trial_id=trial.id, top_three=True),
    )
    lists.save(
        vault,
        case_id,
        preparing.Answer(question_id=question.id or 0, answer="Yes", clinician_id=doc.id),
    )
    lists.save(vault, case_id, facts.ResolvePoint(text="Grade 2 or 3?"))
    lists.save(
        vault,
        case_id,
        facts.TimelineEvent(title="Biopsy", happened_on=date(2026, 3, 1), record_ids=rid),
    )
    # An unfinished entry: no date yet, and a date typed that could not be read (a draft).
    unfinished = facts.TimelineEvent(title="First scan", happened_on=None)
    lists.save_draft(
        vault,
        case_id,
        unfinished,
        fallback=unfinished,
        problems={
            "happened_on": lists.Problem(
                "happened_on", "SecondOp cannot read this date.", "the week after Easter?"
            )
        },
    )
    lists.save(vault, case_id, facts.Condition(name="Asthma"))
    lists.save(vault, case_id, facts.Medication(name="Salbutamol", prescriber_id=doc.id))
    lists.save(vault, case_id, facts.Allergy(substance="Latex"))
    lists.save(vault, case_id, facts.FamilyHistory(relative="Sister", condition="Breast cancer"))
    option = lists.save(
        vault, case_id, preparing.TreatmentOption(name="Lumpectomy", proposed_by=doc.id)
    )
    for side, text in (("benefit", "Keeps the breast"), ("risk", "Radiotherapy after")):
        lists.save(
            vault,
            case_id,
            preparing.OptionPoint(option_id=option.id or 0, side=side, text=text, importance=4),
        )
    lists.save(
        vault,
        case_id,
        preparing.Appointment(
            starts_at=datetime(2026, 12, 1, 9, 30),
            clinician_id=doc.id,
            opinion_id=opinion.id,
            place="Room 4",
        ),
    )
    item = checklist.list_items(vault, case_id)[0]
    item.record_ids = [rid[0]]
    item.status = "received"
    checklist.save_item(vault, case_id, item)
    preparing.save_decision(
        vault,
        case_id,
        preparing.Decision(what="Which surgery", role="together", certainty={"sure": False}),
    )
    preparing.save_preferences(vault, case_id, {"goals": "Keep swimming"})
    return case_id


def _other_vault(tmp_path: Path, name: str = "other") -> Vault:
    vault, _ = Vault.create(tmp_path / name, PASSPHRASE, kdf=TEST_KDF)
    return vault


def _case_count(vault: Vault) -> int:
    return len(cases.list_cases(vault, include_archived=True))


def test_the_committed_schema_is_the_one_the_code_builds() -> None:
    assert schema.committed_schema() == schema.build_schema(), (
        "run python scripts/make_case_schema.py"
    )


def test_every_section_moves_between_vaults_in_an_encrypted_case_file(
    vault: Vault, tmp_path: Path
) -> None:
    case_id = _every_section(vault, tmp_path)
    before = case_document(vault, case_id)
    assert all(before[k] for k in before if isinstance(before[k], list)), "a section is empty"
    drafted = [e for e in before["timeline"] if "drafts" in e]
    assert drafted[0]["drafts"][0]["typed"] == "the week after Easter?"
    out = casefile.export_case(
        vault, case_id, tmp_path / f"case{casefile.SUFFIX}", FILE_PASSPHRASE, kdf=TEST_KDF
    )
    raw = out.read_bytes()
    assert raw.startswith(container.MAGIC)
    for secret in (
        b"Ekwueme-Lindqvist",
        b"Karolinska",
        b"DCIS",
        b"Biopsy report",
        "Ängström".encode(),
    ):
        assert secret not in raw
    other = _other_vault(tmp_path)
    done = casefile.import_case_file(other, out, FILE_PASSPHRASE)
    assert done.case_id is not None and done.records == 4
    after = case_document(other, done.case_id)
    assert normal(after) == normal(before)
    # Record bytes, page text (search works at once) and thumbnails came along.
    moved = records.list_records(other, done.case_id)
    for old, new in zip(records.list_records(vault, case_id), moved, strict=True):
        assert records.read_content(other, new.id) == records.read_content(vault, old.id)
    assert records.search(other, "biopsy", case_id=done.case_id)
    assert records.thumbnail(other, moved[0].id)


def test_the_demo_case_survives_the_json_round_trip_with_its_files(
    demo_dir: Path, tmp_path: Path
) -> None:
    vault = Vault.open(demo_dir, demo.DEMO_PASSPHRASE)
    before = case_document(vault, 1)
    (tmp_path / "case.json").write_text(json.dumps(before), "utf-8")
    files = tmp_path / "files"
    files.mkdir()
    for rec in records.list_records(vault, 1):
        records.save_copy(vault, rec.id, files / f"{rec.id}-{rec.original_name}")
    (files / "unrelated.txt").write_text("not a record", "utf-8")
    other = _other_vault(tmp_path)
    done = casefile.import_case_json(other, tmp_path / "case.json", files)
    assert done.case_id is not None and done.records == len(before["records"])
    assert normal(case_document(other, done.case_id)) == normal(before)


def test_structured_records_come_back_from_their_own_files_in_the_json_round_trip(
    vault: Vault, tmp_path: Path
) -> None:
    """``case show --json`` and the records' own files (a portal's FHIR bundle, a disc's
    DICOMDIR, as the user kept them): the case comes back whole, its structured records
    laid out again, the disc's studies once, and what the user decided still decided."""
    case_id = _every_section(vault, tmp_path)
    before = case_document(vault, case_id)
    (tmp_path / "case.json").write_text(json.dumps(before), "utf-8")
    files = tmp_path / "files"
    files.mkdir()
    for rec in records.list_records(vault, case_id):
        original = records.original_content(vault, rec.id)
        assert original is not None
        (files / f"{rec.id}-{rec.original_name}").write_bytes(original)
    other = _other_vault(tmp_path)
    done = casefile.import_case_json(other, tmp_path / "case.json", files)
    assert done.case_id is not None and done.records == len(before["records"]) == 4
    after = case_document(other, done.case_id)
    assert after["imaging_studies"] and len(after["imaging_studies"]) == 2
    assert [s["state"] for s in after["suggestions"]] == [s["state"] for s in before["suggestions"]]
    assert {"accepted", "pending"} == {s["state"] for s in after["suggestions"]}
    assert normal(after)["lab_results"] == normal(before)["lab_results"]


def test_json_without_files_leaves_the_records_out_and_says_so(
    vault: Vault, tmp_path: Path
) -> None:
    case_id = _every_section(vault, tmp_path)
    path = tmp_path / "case.json"
    path.write_text(json.dumps(case_document(vault, case_id)), "utf-8")
    other = _other_vault(tmp_path)
    done = casefile.import_case_json(other, path)
    assert done.records == 0 and len(done.left_out) == 4
    after = case_document(other, done.case_id or 0)
    assert after["records"] == [] and after["opinions"][0]["record_ids"] == []
    assert after["questions"][0]["answers"][0]["answer"] == "Yes"


def test_a_wrong_passphrase_is_refused_and_nothing_is_imported(
    vault: Vault, tmp_path: Path
) -> None:
    case_id = _every_section(vault, tmp_path)
    out = casefile.export_case(
        vault, case_id, tmp_path / "c.secondop-case", FILE_PASSPHRASE, kdf=TEST_KDF
    )
    other = _other_vault(tmp_path)
    with pytest.raises(casefile.WrongPassphrase, match="does not open this case file"):
        casefile.import_case_file(other, out, PASSPHRASE)
    with pytest.raises(casefile.WrongPassphrase, match="enter its passphrase"):
        casefile.import_case_file(other, out, None)
    assert _case_count(other) == 0


def _big_case(vault: Vault, tmp_path: Path) -> int:
    """Records spanning several 1 MiB chunks, so cuts fall inside and between chunks."""
    case_id = cases.create_case(vault, cases.Case(patient_name="Big")).id or 0
    from PIL import Image

    big = []
    for i in range(3):  # noise does not compress: each photo is about 1.4 MB
        path = tmp_path / f"p{i}.png"
        Image.frombytes("RGB", (700, 700), os.urandom(700 * 700 * 3)).save(path)
        big.append(path)
    importer.import_files(vault, case_id, big)
    return case_id


def test_a_cut_short_or_changed_case_file_is_refused_and_leaves_nothing(
    vault: Vault, tmp_path: Path
) -> None:
    case_id = _big_case(vault, tmp_path)
    out = casefile.export_case(
        vault, case_id, tmp_path / "c.secondop-case", FILE_PASSPHRASE, kdf=TEST_KDF
    )
    whole = out.read_bytes()
    header = whole.index(b"\n", len(container.MAGIC)) + 1
    chunk = container.CHUNK + container.TAG
    assert len(whole) - header > chunk, "the test needs more than one chunk"
    other = _other_vault(tmp_path)
    bad = tmp_path / "bad.secondop-case"
    cuts = [header, header + 10, header + chunk, header + chunk + 1, len(whole) - 1]
    for cut in cuts:
        bad.write_bytes(whole[:cut])
        with pytest.raises(casefile.CaseFileError, match="damaged or incomplete"):
            casefile.import_case_file(other, bad, FILE_PASSPHRASE)
    for flip in (header + 5, header + chunk + 7, len(whole) - 3):
        changed = bytearray(whole)
        changed[flip] ^= 0x01
        bad.write_bytes(bytes(changed))
        with pytest.raises(casefile.CaseFileError, match="damaged or incomplete"):
            casefile.import_case_file(other, bad, FILE_PASSPHRASE)
    # A changed header (here: a cheaper key derivation) fails too.
    changed = whole.replace(b'"iterations": 1', b'"iterations": 2', 1)
    assert changed != whole
    bad.write_bytes(changed)
    with pytest.raises(casefile.CaseFileError):
        casefile.import_case_file(other, bad, FILE_PASSPHRASE)
    assert _case_count(other) == 0
    assert other.check() == []
    # The whole file still opens.
    assert casefile.import_case_file(other, out, FILE_PASSPHRASE).records == 3


def test_an_unencrypted_case_file_is_a_tar_and_a_changed_record_is_refused(
    vault: Vault, tmp_path: Path
) -> None:
    case_id = _every_section(vault, tmp_path)
    out = casefile.export_case(vault, case_id, tmp_path / "plain.secondop-case", None)
    with tarfile.open(out) as tar:
        names = tar.getnames()
        doc = json.loads(tar.extractfile("case.json").read())  # type: ignore[union-attr]
    assert names[0] == "case.json" and f"records/{doc['records'][0]['sha256']}" in names
    # One byte of a record changed, the tar rebuilt around it: refused, nothing kept.
    sha = doc["records"][0]["sha256"]
    forged = tmp_path / "forged.secondop-case"
    with tarfile.open(out) as src, tarfile.open(forged, "w") as dst:
        for member in src.getmembers():
            data = src.extractfile(member).read()  # type: ignore[union-attr]
            if member.name == f"records/{sha}":
                data = data[:100] + bytes([data[100] ^ 1]) + data[101:]
            dst.addfile(member, io.BytesIO(data))
    other = _other_vault(tmp_path)
    with pytest.raises(casefile.DocumentError, match="does not match its SHA-256"):
        casefile.import_case_file(other, forged, None)
    assert _case_count(other) == 0
    assert casefile.import_case_file(other, out, None).records == 4


def test_json_of_another_version_or_with_a_wrong_field_is_refused_by_name(
    vault: Vault, tmp_path: Path
) -> None:
    case_id = _every_section(vault, tmp_path)
    good = case_document(vault, case_id)
    path = tmp_path / "case.json"
    other = _other_vault(tmp_path)

    def refused(doc: Any, match: str) -> None:
        path.write_text(json.dumps(doc), "utf-8")
        with pytest.raises(casefile.DocumentError, match=match):
            casefile.import_case_json(other, path)
        assert _case_count(other) == 0

    refused({**good, "version": 2}, "version 2; this SecondOp reads version 1")
    refused({**good, "format": "x"}, "not a SecondOp case document")
    refused([1, 2], "no JSON object")
    bad = json.loads(json.dumps(good))
    bad["opinions"][0]["diagnosis"] = 7
    refused(bad, r"at opinions\[0\]\.diagnosis: 7 is not of type 'string'")
    bad = json.loads(json.dumps(good))
    bad["timeline"][0]["happened_on"] = "yesterday"
    refused(bad, r"at timeline\[0\]\.happened_on")
    bad = json.loads(json.dumps(good))
    bad["care_team"][0]["shoe_size"] = 43
    refused(bad, r"at care_team\[0\]: Additional properties .*shoe_size")
    bad = json.loads(json.dumps(good))
    bad["opinions"][0]["clinician_id"] = 999
    refused(bad, r"at opinions\[0\]\.clinician_id: 999 is not an id in care_team")
    bad = json.loads(json.dumps(good))
    del bad["questions"]
    refused(bad, "'questions' is a required property")
    path.write_text("{not json", "utf-8")
    with pytest.raises(casefile.DocumentError, match="is not valid JSON"):
        casefile.import_case_json(other, path)
    # A record whose file is not in the folder: named, nothing imported.
    path.write_text(json.dumps(good), "utf-8")
    (tmp_path / "empty").mkdir()
    with pytest.raises(casefile.DocumentError, match=r"No file in .* has the SHA-256 of 4"):
        casefile.import_case_json(other, path, tmp_path / "empty")
    assert _case_count(other) == 0


def test_the_same_case_twice_asks_then_keeps_both_or_skips(vault: Vault, tmp_path: Path) -> None:
    case_id = _every_section(vault, tmp_path)
    out = casefile.export_case(
        vault, case_id, tmp_path / "c.secondop-case", FILE_PASSPHRASE, kdf=TEST_KDF
    )
    other = _other_vault(tmp_path)
    first = casefile.import_case_file(other, out, FILE_PASSPHRASE)
    with pytest.raises(casefile.SameCase, match="already in the vault: case 1"):
        casefile.import_case_file(other, out, FILE_PASSPHRASE)
    skipped = casefile.import_case_file(other, out, FILE_PASSPHRASE, if_exists="skip")
    assert skipped.skipped and _case_count(other) == 1
    both = casefile.import_case_file(other, out, FILE_PASSPHRASE, if_exists="keep-both")
    assert both.case_id != first.case_id and _case_count(other) == 2
    uids = {c.uid for c in cases.list_cases(other)}
    assert len(uids) == 2  # the copy has an identity of its own
    # Back into the vault it came from: that is the same case too.
    with pytest.raises(casefile.SameCase):
        casefile.import_case_file(vault, out, FILE_PASSPHRASE)
