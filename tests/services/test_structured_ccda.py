"""Issue 19: C-CDA documents read into a Document (ccda.py): the header, every section with
its narrative as the source has it, suggestions from the coded entries (counted here
against the entries in the XML, read independently with the standard library's parser on
these trusted corpus files), and hostile or wrong inputs refused with a sentence."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET  # our own corpus files, trusted
from collections import Counter
from pathlib import Path

import pytest

from secondop_desktop.records.structured.ccda import read_ccda
from secondop_desktop.records.structured.model import KINDS, MAX_BYTES, Document, Malformed

from ..files import corpus

DOCUMENTS = sorted(
    [*corpus("ccda/synthea").glob("*.xml"), *corpus("ccda/hl7-examples").glob("*.xml")]
)
NS = {"v3": "urn:hl7-org:v3"}
ISO = re.compile(r"\d{4}(-\d{2}(-\d{2}(T\d{2}(:\d{2}(:\d{2}(\.\d+)?)?)?([+-]\d{2}:\d{2})?)?)?)?")


def _path(path: str) -> str:
    return "/".join(
        step if step.startswith(("@", ".")) else f"v3:{step}" for step in path.split("/")
    )


def _words(element: ET.Element | None) -> str:
    return " ".join("".join(element.itertext()).split()) if element is not None else ""


def _read(path: Path) -> tuple[Document, ET.Element]:
    data = path.read_bytes()
    return read_ccda(data, path.name), ET.fromstring(data)


# -- the independent count: which sections, which entries, by LOINC section code ------------
SECTION_CODES = {
    "11450-4": "condition",
    "10160-0": "medication",
    "10183-2": "medication",  # discharge medications
    "75311-1": "medication",
    "48765-2": "allergy",
    "47519-4": "procedure",
    "46240-8": "encounter",
    "11369-6": "immunization",
    "30954-2": "lab",
}
# A concern's subject; inverted (inversionInd="true"), the concern is the observation's
# subject instead (an allergy's severity): left out below.
SUBJECTS = "entry/act/entryRelationship[@typeCode='SUBJ']/observation"
ENTRIES = {  # where each kind's facts sit in a section, and where the code naming it is
    "condition": (
        [SUBJECTS, "entry/observation"],
        "value",
    ),
    "allergy": (
        [SUBJECTS, "entry/observation"],
        "participant/participantRole/playingEntity/code",
    ),
    "medication": (
        ["entry/substanceAdministration", "entry/act/entryRelationship/substanceAdministration"],
        "consumable/manufacturedProduct/manufacturedMaterial/code",
    ),
    "immunization": (
        ["entry/substanceAdministration"],
        "consumable/manufacturedProduct/manufacturedMaterial/code",
    ),
    "procedure": (["entry/procedure", "entry/observation", "entry/act"], "code"),
    "encounter": (["entry/encounter"], "code"),
    "lab": (["entry/organizer/component/observation", "entry/observation"], "code"),
}


def _expected_counts(root: ET.Element) -> Counter[str]:
    """Per kind: the entries not negated, the same thing on the same date counted once."""
    facts: set[tuple[str, str, str]] = set()
    for section in root.iter("{urn:hl7-org:v3}section"):
        code = section.find("v3:code", NS)
        kind = SECTION_CODES.get(code.get("code", "") if code is not None else "")
        if not kind:
            continue
        paths, coded = ENTRIES[kind]
        inverted = {
            id(observation)
            for relation in section.findall(_path("entry/act/entryRelationship"), NS)
            if relation.get("inversionInd") == "true"
            for observation in relation
        }
        for path in paths:
            for fact in section.findall(_path(path), NS):
                if fact.get("negationInd") == "true" or id(fact) in inverted:
                    continue
                names = fact.find(_path(coded), NS)
                time = fact.find("v3:effectiveTime", NS)
                low = time.find("v3:low", NS) if time is not None else None
                when = (time.get("value", "") if time is not None else "") or (
                    low.get("value", "") if low is not None else ""
                )
                facts.add((kind, names.get("code", "") if names is not None else "", when))
    return Counter(kind for kind, _, _ in facts)


def _titles(root: ET.Element) -> list[str]:
    """Section titles in document order, nested ones as "Parent — Child"."""
    found: list[str] = []

    def walk(section: ET.Element, parent: str) -> None:
        own = _words(section.find("v3:title", NS))
        title = " — ".join(part for part in (parent, own) if part)
        if own:
            found.append(title)
        for child in section.findall("v3:component/v3:section", NS):
            walk(child, title)

    for section in root.findall("v3:component/v3:structuredBody/v3:component/v3:section", NS):
        walk(section, "")
    return found


# -- every corpus document -------------------------------------------------------------------


def test_the_corpus_is_there() -> None:
    assert len(DOCUMENTS) == 9


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.stem[:24])
def test_header(path: Path) -> None:
    doc, root = _read(path)
    assert doc.title == _words(root.find("v3:title", NS))
    patient = root.find("v3:recordTarget/v3:patientRole/v3:patient", NS)
    assert patient is not None
    name = patient.find("v3:name", NS)
    assert name is not None
    parts = [_words(p) for p in name.findall("v3:given", NS) + name.findall("v3:family", NS)]
    assert doc.patient_name == " ".join(parts)
    born = patient.find("v3:birthTime", NS)
    assert born is not None
    value = born.get("value", "")
    assert doc.patient_birth_date == f"{value[:4]}-{value[4:6]}-{value[6:8]}"
    effective = root.find("v3:effectiveTime", NS)
    assert effective is not None
    assert (
        doc.date.replace("-", "")
        .replace(":", "")
        .replace("T", "")
        .startswith(effective.get("value", "")[:12])
    )
    assert doc.author
    r21 = any(t.get("extension") == "2015-08-01" for t in root.findall("v3:templateId", NS))
    assert doc.format == ("C-CDA R2.1" if r21 else "C-CDA")
    assert doc.format == ("C-CDA R2.1" if path.parent.name == "synthea" else "C-CDA")


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.stem[:24])
def test_sections_keep_their_titles_and_narrative(path: Path) -> None:
    doc, root = _read(path)
    assert doc.sections
    assert [s.title for s in doc.sections] == _titles(root)
    assert all(s.title and (s.paragraphs or s.tables) for s in doc.sections)
    # Every narrative table arrives with its heading and its first row, word for word.
    tables = [t for s in doc.sections for t in s.tables]
    source = [t for t in root.iter("{urn:hl7-org:v3}table") if t.find("v3:thead", NS) is not None]
    assert len(tables) == len(root.findall(".//v3:section/v3:text//v3:table", NS))
    for table in source:
        heading = tuple(_words(th) for th in table.findall("v3:thead/v3:tr/v3:th", NS))
        first = table.find("v3:tbody/v3:tr", NS)
        row = tuple(_words(td) for td in first) if first is not None else ()
        assert any(t.columns[: len(heading)] == heading and row in t.rows for t in tables), heading


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.stem[:24])
def test_suggestions_match_the_entries(path: Path) -> None:
    doc, root = _read(path)
    assert Counter(s.kind for s in doc.suggestions) == _expected_counts(root)
    assert len({s.key for s in doc.suggestions}) == len(doc.suggestions)
    for s in doc.suggestions:
        assert s.kind in KINDS and s.text
        assert s.key == f"{s.kind}|{s.code}|{s.date}|{s.text}"
        assert not s.date or ISO.fullmatch(s.date), s.date
        assert not s.code or re.fullmatch(r"(https?://|urn:oid:)\S+\|\S+", s.code), s.code


KNOWN_NARRATIVE = {  # document: (section, words the doctor reads there)
    "CCD": ("ALLERGIES AND ADVERSE REACTIONS", "No known allergies"),
    "Consultation_Note": ("NUTRITION SECTION", "Diet: Low sodium diet, excessive carbohydrate"),
    "Diagnostic_Imaging_Report": ("Impressions", "Round density in left superior hilus"),
    "Discharge_Summary": (
        "HOSPITAL DISCHARGE INSTRUCTIONS",
        "1. Take all of your prescription medication as directed.",
    ),
    "Operative_Note": ("PROCEDURE ESTIMATED BLOOD LOSS", "Minimal"),
    "Referral_Note": ("Physical Examination — SKIN, PHYSICAL FINDING", "1. Stage 3 Pressure"),
    "Angelina101": ("Medications", "There are no current medications"),
    "Golda777": ("Allergies", "There are no current allergies"),
    "Ken316": ("Social History", "There is no current social history"),
}


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.stem[:24])
def test_a_known_section_reads_as_the_source(path: Path) -> None:
    doc, _ = _read(path)
    stem = path.stem.split("_")[0] if path.parent.name == "synthea" else path.stem
    title, words = KNOWN_NARRATIVE[stem]
    section = next(s for s in doc.sections if s.title == title)
    assert any(p.startswith(words) or words in p for p in section.paragraphs)


# -- particular readings ----------------------------------------------------------------------


def _doc(name: str) -> Document:
    return read_ccda((corpus("ccda/hl7-examples") / name).read_bytes(), name)


def test_a_lab_result_with_its_value_range_flag_and_date() -> None:
    labs = {s.text: s for s in _doc("Consultation_Note.xml").suggestions if s.kind == "lab"}
    hb = labs["Hemoglobin"]
    assert (hb.value, hb.unit, hb.reference_range, hb.flag) == ("13.2", "g/dL", "12.0-15.5", "N")
    assert (hb.date, hb.code, hb.status) == (
        "2013-03-11T08:30-08:00",
        "http://loinc.org|718-7",
        "completed",
    )
    assert labs["Platelets"].flag == "A"
    assert labs["Urea nitrogen, Serum"].value == ""  # nullFlavor: not recorded, not invented


def test_a_condition_with_its_onset_and_status() -> None:
    conditions = {
        s.text: s for s in _doc("Consultation_Note.xml").suggestions if s.kind == "condition"
    }
    diabetes = conditions["Type II diabetes mellitus with ulcer (disorder)"]
    assert (diabetes.date, diabetes.status) == ("2000-07-03", "Active")
    assert diabetes.code == "http://snomed.info/sct|190389009"
    assert conditions["Pneumonia"].status == "completed"


def test_negated_entries_are_not_suggested() -> None:
    # CCD: "No known allergies" is an allergy observation with negationInd="true".
    assert not [s for s in _doc("CCD.xml").suggestions if s.kind == "allergy"]
    # Discharge summary: a vaccine the patient refused.
    vaccines = [
        s.text for s in _doc("Discharge_Summary.xml").suggestions if s.kind == "immunization"
    ]
    assert vaccines == ["Influenza, seasonal, injectable"]


def test_discharge_medications_and_allergens() -> None:
    doc = _doc("Discharge_Summary.xml")
    meds = [(s.text, s.date) for s in doc.suggestions if s.kind == "medication"]
    assert meds == [("ibuprofen 600 MG Oral Tablet", "2014-09-16T13:00-05:00")]
    allergens = [(s.text, s.date) for s in doc.suggestions if s.kind == "allergy"]
    assert allergens == [("penicillin G", "2007-05-01"), ("codeine", "2006-05-01"), ("Egg", "1998")]


def test_without_display_names_the_narrative_names_the_entry() -> None:
    """An entry whose code has no displayName is named by its originalText's reference into
    the narrative (<reference value="#allergen1"> -> "Penicillin" in the allergy table)."""
    data = (corpus("ccda/hl7-examples") / "Discharge_Summary.xml").read_bytes()
    stripped = re.sub(rb' displayName="[^"]*"', b"", data)
    doc = read_ccda(stripped, "Discharge_Summary.xml")
    allergens = [s.text for s in doc.suggestions if s.kind == "allergy"]
    assert allergens == ["Penicillin", "Codeine", "Eggs"]
    procedures = [s.text for s in doc.suggestions if s.kind == "procedure"]
    assert procedures == ["Laparoscopic appendectomy"]


def test_lists_nest_and_line_breaks_start_paragraphs() -> None:
    doc = _doc("Referral_Note.xml")
    problems = next(s for s in doc.sections if s.title == "PROBLEMS").paragraphs
    assert problems[:3] == (
        "Active Concerns",
        "• Problem #1",
        "  • Type II diabetes mellitus with ulcer (onset July 3, 2000)[authored Aug 14, 2013]",
    )
    discharge = _doc("Discharge_Summary.xml")
    instructions = next(
        s for s in discharge.sections if s.title == "HOSPITAL DISCHARGE INSTRUCTIONS"
    )
    assert "4. Call your physician if you notice:" in instructions.paragraphs
    assert "  Bleeding or black stools." in instructions.paragraphs


def test_a_generators_placeholder_is_no_value() -> None:
    """Synthea leaves "{entry.value}" in its results: shown, it would be a made-up value."""
    for path in corpus("ccda/synthea").glob("*.xml"):
        labs = [s for s in read_ccda(path.read_bytes()).suggestions if s.kind == "lab"]
        assert labs and all(s.value == "" and "{" not in s.value for s in labs)


def test_a_bare_document_reads_with_its_file_name_as_title() -> None:
    doc = read_ccda(b'<ClinicalDocument xmlns="urn:hl7-org:v3"/>', "export.xml")
    assert (doc.title, doc.format, doc.sections, doc.suggestions) == ("export.xml", "C-CDA", (), ())


# -- hostile and wrong inputs -----------------------------------------------------------------

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol9 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
]>
<ClinicalDocument xmlns="urn:hl7-org:v3"><title>&lol9;</title></ClinicalDocument>"""
EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE ClinicalDocument [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<ClinicalDocument xmlns="urn:hl7-org:v3"><title>&secret;</title></ClinicalDocument>"""
HOSTILE = {
    "billion laughs": (BILLION_LAUGHS, "declares entities"),
    "external entity": (EXTERNAL_ENTITY, "outside itself"),
    "doctype alone": (
        b'<!DOCTYPE ClinicalDocument><ClinicalDocument xmlns="urn:hl7-org:v3"/>',
        "DOCTYPE",
    ),
    "external dtd": (
        b'<!DOCTYPE ClinicalDocument SYSTEM "http://example.org/cda.dtd">'
        b'<ClinicalDocument xmlns="urn:hl7-org:v3"/>',
        "outside itself",
    ),
    "not xml": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "not well-formed XML"),
    "empty": (b"", "not well-formed XML"),
    "another root": (b'<Bundle xmlns="http://hl7.org/fhir"/>', "its root is not ClinicalDocument"),
    "no namespace": (b"<ClinicalDocument><title>T</title></ClinicalDocument>", "HL7 namespace"),
    "too big": (b" " * (MAX_BYTES + 1), "larger than 64 MB"),
    "too deep": (
        b'<ClinicalDocument xmlns="urn:hl7-org:v3">'
        + b"<a>" * 5000
        + b"</a>" * 5000
        + b"</ClinicalDocument>",
        "nests its elements",
    ),
    "unknown encoding": (b'<?xml version="1.0" encoding="x-nothing"?><a/>', "encoding"),
}


@pytest.mark.parametrize("data, reason", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_or_wrong_input_is_refused_with_a_reason(data: bytes, reason: str) -> None:
    with pytest.raises(Malformed) as refused:
        read_ccda(data, "input.xml")
    said = str(refused.value)
    assert reason in said
    assert said.endswith(".") and "\n" not in said  # one plain sentence
    assert "root:" not in said  # nothing of /etc/passwd came through
