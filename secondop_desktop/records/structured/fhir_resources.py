"""The hand-written mapping from FHIR resources to readable rows and suggestions (issue 19).

fhir.py parses the untrusted file safely and hands each resource here. The JSON is
untrusted in shape too: any field may be missing, a list where one value was expected
(DSTU2 has 0..1 where R4 has 0..*) or of the wrong type, so every read goes through the
tolerant accessors below and a wrong shape reads as "not recorded" (the empty string),
never as an exception. Only the resources a second opinion needs are mapped; the others
are counted, so the reader sees that they were there. A small mapping rather than a
modelling package: the few fields shown are stable across R4 and DSTU2, and a package
would validate (and refuse) the imperfect exports that portals actually produce.
"""

from __future__ import annotations

import base64
import binascii
from collections import Counter
from collections.abc import Callable

from secondop_desktop.i18n import QT_TRANSLATE_NOOP, translate
from secondop_desktop.records.structured.model import (
    ALLERGY,
    CONDITION,
    ENCOUNTER,
    IMMUNIZATION,
    LAB,
    MAX_BYTES,
    MEDICATION,
    PROCEDURE,
    Attachment,
    Section,
    Suggestion,
    Table,
)

Obj = dict[str, object]

# Short names for the code systems a patient meets, so an uncoded value reads as
# "LOINC 8310-5" rather than as a URL.
SYSTEMS = {
    "http://snomed.info/sct": "SNOMED CT",
    "http://loinc.org": "LOINC",
    "http://www.nlm.nih.gov/research/umls/rxnorm": "RxNorm",
    "http://hl7.org/fhir/sid/cvx": "CVX",
    "http://hl7.org/fhir/sid/icd-10-cm": "ICD-10-CM",
    "http://hl7.org/fhir/sid/icd-10": "ICD-10",
}
# Resource types that exist only in DSTU2 (renamed or merged in STU3 and R4).
DSTU2_ONLY = {"MedicationOrder", "DiagnosticOrder", "Order", "OrderResponse", "DeviceUseRequest"}
# Statuses saying "this did not happen" or "recorded by mistake": listed, never suggested.
NOT_FACTS = {"entered-in-error", "refuted", "not-done", "cancelled", "draft"}
# Read without a section of their own (a Medication names a request's medicationReference).
QUIET = {"Medication"}
_DATE, _STATUS = QT_TRANSLATE_NOOP("fhir", "Date"), QT_TRANSLATE_NOOP("fhir", "Status")
_TYPE, _ABOUT = QT_TRANSLATE_NOOP("fhir", "Type"), QT_TRANSLATE_NOOP("fhir", "Description")
_RESULTS = (
    QT_TRANSLATE_NOOP("fhir", "Test"),
    QT_TRANSLATE_NOOP("fhir", "Value"),
    QT_TRANSLATE_NOOP("fhir", "Unit"),
    QT_TRANSLATE_NOOP("fhir", "Reference range"),
    QT_TRANSLATE_NOOP("fhir", "Flag"),
    _DATE,
)
# Section identity -> (title, column headings), in English, in the document's order;
# translated by Reader.sections() when a document is read.
SECTIONS: dict[str, tuple[str, tuple[str, ...]]] = {
    "conditions": (
        QT_TRANSLATE_NOOP("fhir", "Conditions"),
        (QT_TRANSLATE_NOOP("fhir", "Condition"), _STATUS, QT_TRANSLATE_NOOP("fhir", "Onset"),
         QT_TRANSLATE_NOOP("fhir", "Resolved")),
    ),
    "medications": (
        QT_TRANSLATE_NOOP("fhir", "Medications"),
        (QT_TRANSLATE_NOOP("fhir", "Medication"), _STATUS, QT_TRANSLATE_NOOP("fhir", "Dosage"),
         QT_TRANSLATE_NOOP("fhir", "Started or prescribed")),
    ),
    "allergies": (
        QT_TRANSLATE_NOOP("fhir", "Allergies"),
        (QT_TRANSLATE_NOOP("fhir", "Substance"), QT_TRANSLATE_NOOP("fhir", "Reaction"),
         QT_TRANSLATE_NOOP("fhir", "Severity"), _STATUS),
    ),
    "labs": (QT_TRANSLATE_NOOP("fhir", "Lab results"), _RESULTS),
    "vitals": (QT_TRANSLATE_NOOP("fhir", "Vital signs"), _RESULTS),
    "observations": (QT_TRANSLATE_NOOP("fhir", "Other observations"), _RESULTS),
    "procedures": (
        QT_TRANSLATE_NOOP("fhir", "Procedures"),
        (QT_TRANSLATE_NOOP("fhir", "Procedure"), _DATE, _STATUS),
    ),
    "reports": (
        QT_TRANSLATE_NOOP("fhir", "Diagnostic reports"),
        (QT_TRANSLATE_NOOP("fhir", "Report"), _DATE, _STATUS,
         QT_TRANSLATE_NOOP("fhir", "Conclusion")),
    ),
    "encounters": (
        QT_TRANSLATE_NOOP("fhir", "Encounters"),
        (_TYPE, QT_TRANSLATE_NOOP("fhir", "Class"), QT_TRANSLATE_NOOP("fhir", "Start"),
         QT_TRANSLATE_NOOP("fhir", "End"), QT_TRANSLATE_NOOP("fhir", "Reason")),
    ),
    "immunizations": (
        QT_TRANSLATE_NOOP("fhir", "Immunizations"),
        (QT_TRANSLATE_NOOP("fhir", "Vaccine"), _DATE, _STATUS),
    ),
    "imaging": (
        QT_TRANSLATE_NOOP("fhir", "Imaging studies"),
        (_DATE, QT_TRANSLATE_NOOP("fhir", "Modality"), _ABOUT,
         QT_TRANSLATE_NOOP("fhir", "Series"), QT_TRANSLATE_NOOP("fhir", "Images")),
    ),
    "documents": (
        QT_TRANSLATE_NOOP("fhir", "Documents"),
        (_ABOUT, _DATE, _TYPE, QT_TRANSLATE_NOOP("fhir", "Attachment")),
    ),
}  # fmt: skip
# An encounter's class in words (R4 gives a v3 ActCode, "AMB", DSTU2 a lower-case code).
_AMBULATORY, _INPATIENT = (
    QT_TRANSLATE_NOOP("fhir", "ambulatory"),
    QT_TRANSLATE_NOOP("fhir", "inpatient"),
)
_EMERGENCY, _VIRTUAL = QT_TRANSLATE_NOOP("fhir", "emergency"), QT_TRANSLATE_NOOP("fhir", "virtual")
_HOME = QT_TRANSLATE_NOOP("fhir", "home health")
CLASSES = {
    "AMB": _AMBULATORY, "AMBULATORY": _AMBULATORY, "EMER": _EMERGENCY, "EMERGENCY": _EMERGENCY,
    "OUTPATIENT": QT_TRANSLATE_NOOP("fhir", "outpatient"), "IMP": _INPATIENT,
    "ACUTE": _INPATIENT, "NONAC": _INPATIENT, "INPATIENT": _INPATIENT,
    "OBSENC": QT_TRANSLATE_NOOP("fhir", "observation"), "VR": _VIRTUAL, "VIRTUAL": _VIRTUAL,
    "SS": QT_TRANSLATE_NOOP("fhir", "short stay"), "HH": _HOME, "HOME": _HOME,
    "PRENC": QT_TRANSLATE_NOOP("fhir", "pre-admission"),
}  # fmt: skip


def obj(value: object) -> Obj:
    """``value`` if it is a JSON object, else an empty one."""
    return value if isinstance(value, dict) else {}


def many(value: object) -> list[object]:
    """A list as it is, one object as a one-item list (DSTU2's 0..1), else nothing."""
    if isinstance(value, list):
        return value
    return [value] if isinstance(value, dict) else []


def text(value: object) -> str:
    """A JSON string (numbers are parsed as their source text, so "7.20" stays "7.20") or
    a boolean, stripped; anything else is ""."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value.strip() if isinstance(value, str) else ""


def first(resource: Obj, *fields: str) -> str:
    """The first non-empty string among ``fields``; a Period counts by its start."""
    for name in fields:
        value = resource.get(name)
        found = text(value) or text(obj(value).get("start"))
        if found:
            return found
    return ""


def concept(value: object) -> str:
    """A CodeableConcept (or a Coding, or a plain string) for a reader: its text, else its
    first coding's display, else its code with the system named."""
    if isinstance(value, str):
        return value.strip()
    item = obj(value)
    if text(item.get("text")):
        return text(item.get("text"))
    codings = [obj(c) for c in many(item.get("coding"))] or [item]
    for coding in codings:
        if text(coding.get("display")):
            return text(coding.get("display"))
    for coding in codings:
        if text(coding.get("code")):
            system = text(coding.get("system"))
            return f"{SYSTEMS.get(system, system)} {text(coding.get('code'))}".strip()
    return ""


def concepts(value: object) -> str:
    """Several CodeableConcepts (or References, by display) joined for one cell."""
    shown = (concept(v) or text(obj(v).get("display")) for v in many(value))
    return "; ".join(s for s in shown if s)


def code_of(value: object) -> str:
    """ "system|code" of the first coding with a code: what identifies a fact."""
    for coding in many(obj(value).get("coding")):
        code = text(obj(coding).get("code"))
        if code:
            system = text(obj(coding).get("system"))
            return f"{system}|{code}" if system else code
    return ""


def status_of(value: object) -> str:
    """A status that DSTU2 writes as a code and R4 as a CodeableConcept."""
    if isinstance(value, str):
        return value.strip()
    return code_of(value).rsplit("|", 1)[-1] or concept(value)


def quantity(value: object) -> tuple[str, str]:
    """(value, unit) of a Quantity, its comparator kept ("<5")."""
    item = obj(value)
    number = text(item.get("value"))
    if number:
        number = text(item.get("comparator")) + number
    return number, text(item.get("unit")) or text(item.get("code"))


def looks_dstu2(resource: Obj) -> bool:
    """Whether a resource has a type, field or shape that only DSTU2 has (or says so)."""
    kind = text(resource.get("resourceType"))
    meta = obj(resource.get("meta"))
    version = text(resource.get("fhirVersion")) or text(meta.get("fhirVersion"))
    profiles = " ".join(text(p) for p in many_str(meta.get("profile")))
    if kind in DSTU2_ONLY or version.startswith(("0.", "1.0")):
        return True
    if "/DSTU2/" in profiles or "fhir.org/guides/argonaut" in profiles:
        return True
    markers = {
        "Condition": "dateRecorded" in resource or "patient" in resource,
        "AllergyIntolerance": "substance" in resource or isinstance(resource.get("status"), str),
        "MedicationStatement": "wasNotTaken" in resource or "dateAsserted" in resource,
        "Immunization": "wasNotGiven" in resource or "date" in resource,
        "Observation": isinstance(resource.get("category"), dict),
        "Encounter": isinstance(resource.get("class"), str) or "patient" in resource,
    }
    return markers.get(kind, False)


def many_str(value: object) -> list[object]:
    """A list, or one string as a one-item list (HumanName.family is a list in DSTU2)."""
    return value if isinstance(value, list) else [value] if isinstance(value, str) else []


def patient_name(resource: Obj) -> str:
    """The official (else the first current) name, as the source writes it."""
    names = [obj(n) for n in many(resource.get("name"))]
    chosen = [n for n in names if text(n.get("use")) == "official"] or [
        n for n in names if text(n.get("use")) not in ("old", "maiden")
    ]
    if not chosen:
        return ""
    name = chosen[0]
    parts = [text(p) for p in many_str(name.get("given")) + many_str(name.get("family"))]
    return text(name.get("text")) or " ".join(p for p in parts if p)


class Reader:
    """Collects rows per section and suggestions from resources, in the source's order."""

    def __init__(self) -> None:
        self.rows: dict[str, list[tuple[str, ...]]] = {s: [] for s in SECTIONS}
        self.suggestions: list[Suggestion] = []
        self.patients: list[tuple[str, str, str]] = []  # name, birth date, sex
        self.others: Counter[str] = Counter()
        self.dstu2 = False
        self.medications: dict[str, Obj] = {}  # reference -> Medication resource
        self.attachments: list[Attachment] = []  # PDFs carried inline (DocumentReference)
        self.attached_bytes = 0
        self.handlers: dict[str, Callable[[Obj], None]] = {
            "Patient": self.patient,
            "Condition": self.condition,
            "MedicationStatement": self.medication,
            "MedicationRequest": self.medication,
            "MedicationOrder": self.medication,
            "AllergyIntolerance": self.allergy,
            "Observation": self.observation,
            "Procedure": self.procedure,
            "DiagnosticReport": self.report,
            "DocumentReference": self.document,
            "Encounter": self.encounter,
            "Immunization": self.immunization,
            "ImagingStudy": self.imaging,
        }

    def index(self, resource: Obj, full_url: str = "") -> None:
        """Remember a Medication, found before or after the request that references it."""
        if text(resource.get("resourceType")) == "Medication":
            rid = text(resource.get("id"))
            for ref in (full_url, f"Medication/{rid}" if rid else ""):
                if ref:
                    self.medications[ref] = resource

    def add(self, resource: Obj) -> None:
        kind = text(resource.get("resourceType"))
        self.dstu2 = self.dstu2 or looks_dstu2(resource)
        handler = self.handlers.get(kind)
        if handler is not None:
            handler(resource)
        elif kind not in QUIET:
            self.others[kind] += 1

    def suggest(
        self,
        kind: str,
        resource: Obj,
        what: str,
        code: str,
        date: str,
        status: str,
        part: str = "",
        lab: tuple[str, str, str, str] = ("", "", "", ""),
    ) -> None:
        """Offer a fact unless it has no name or the source says it did not happen. Its key
        is the resource's identity when it has one, so a re-import suggests nothing twice."""
        if not what or NOT_FACTS & {status, status_of(resource.get("verificationStatus"))}:
            return
        rid = text(resource.get("id"))
        if rid:
            key = f"{text(resource.get('resourceType'))}/{rid}" + (f"#{part}" if part else "")
        else:
            key = "|".join((kind, code, date, what))
        value, unit, ranges, flag = lab
        self.suggestions.append(
            Suggestion(
                kind=kind,
                text=what,
                date=date,
                status=status,
                code=code,
                value=value,
                unit=unit,
                reference_range=ranges,
                flag=flag,
                key=key,
            )
        )

    def patient(self, r: Obj) -> None:
        self.patients.append((patient_name(r), text(r.get("birthDate")), text(r.get("gender"))))

    def condition(self, r: Obj) -> None:
        what, status = concept(r.get("code")), status_of(r.get("clinicalStatus"))
        verified = status_of(r.get("verificationStatus"))
        shown = f"{status} ({verified})" if verified not in ("", "confirmed") else status
        onset = first(r, "onsetDateTime", "onsetPeriod", "onsetString")
        onset = onset or " ".join(quantity(r.get("onsetAge"))).strip()
        ended = ("abatementDateTime", "abatementPeriod", "abatementString", "abatementBoolean")
        self.rows["conditions"].append((what, shown, onset, first(r, *ended)))
        date = onset or first(r, "recordedDate", "dateRecorded")
        self.suggest(CONDITION, r, what, code_of(r.get("code")), date, status)

    def medication(self, r: Obj) -> None:
        ref = obj(r.get("medicationReference"))
        target = text(ref.get("reference"))
        med = self.medications.get(target, {})
        for contained in many(r.get("contained")):
            if target.startswith("#") and text(obj(contained).get("id")) == target[1:]:
                med = obj(contained)
        coded = r.get("medicationCodeableConcept") or med.get("code")
        what = concept(coded) or text(ref.get("display"))
        status = text(r.get("status"))
        doses = many(r.get("dosageInstruction")) + many(r.get("dosage"))
        dosage = "; ".join(t for t in (text(obj(d).get("text")) for d in doses) if t)
        start = first(
            r, "authoredOn", "dateWritten", "effectiveDateTime", "effectivePeriod", "dateAsserted"
        )
        self.rows["medications"].append((what, status, dosage, start))
        self.suggest(MEDICATION, r, what, code_of(coded), start, status)

    def allergy(self, r: Obj) -> None:
        reactions = [obj(x) for x in many(r.get("reaction"))]
        coded = r.get("code") or r.get("substance")
        coded = coded or (reactions[0].get("substance") if reactions else None)
        what = concept(coded)
        felt = "; ".join(s for s in (concepts(x.get("manifestation")) for x in reactions) if s)
        severity = "; ".join(s for s in (text(x.get("severity")) for x in reactions) if s)
        status = status_of(r.get("clinicalStatus")) or text(r.get("status"))
        self.rows["allergies"].append((what, felt, severity or text(r.get("criticality")), status))
        date = first(r, "onsetDateTime", "onset", "recordedDate", "assertedDate")
        self.suggest(ALLERGY, r, what, code_of(coded), date, status)

    def observation(self, r: Obj) -> None:
        """One row per value: the observation's own, then each component's (a blood
        pressure is two values); labs are suggested, vital signs only listed."""
        cats = {code_of(c).rsplit("|", 1)[-1] or concept(c) for c in many(r.get("category"))}
        section = "vitals" if "vital-signs" in cats else "observations"
        if not cats or "laboratory" in cats:
            section = "labs"
        date = first(r, "effectiveDateTime", "effectivePeriod", "effectiveInstant", "issued")
        status = text(r.get("status"))
        parts = [("", r)] + [
            (code_of(obj(c).get("code")) or str(i), obj(c))
            for i, c in enumerate(many(r.get("component")))
        ]
        for part, item in parts:
            value, unit = observed(item)
            if not value and (part or len(parts) > 1):
                continue  # an empty component, or a panel whose values are its components
            what = concept(item.get("code"))
            ranges = "; ".join(reference_range(x) for x in many(item.get("referenceRange")))
            flag = "; ".join(flag_of(i) for i in many(item.get("interpretation")))
            shown = value or concept(item.get("dataAbsentReason"))
            self.rows[section].append((what, shown, unit, ranges, flag, date))
            if section == "labs" and value:
                code = code_of(item.get("code"))
                lab = (value, unit, ranges, flag)
                self.suggest(LAB, r, what, code, date, status, part, lab)

    def procedure(self, r: Obj) -> None:
        what, status = concept(r.get("code")), text(r.get("status"))
        date = first(r, "performedDateTime", "performedPeriod", "performedString")
        self.rows["procedures"].append((what, date, status))
        self.suggest(PROCEDURE, r, what, code_of(r.get("code")), date, status)

    def report(self, r: Obj) -> None:
        found = (text(r.get("conclusion")), concepts(r.get("conclusionCode")))
        conclusion = "; ".join(s for s in (*found, concepts(r.get("codedDiagnosis"))) if s)
        date = first(r, "effectiveDateTime", "effectivePeriod", "issued")
        self.rows["reports"].append(
            (concept(r.get("code")), date, text(r.get("status")), conclusion)
        )

    def encounter(self, r: Obj) -> None:
        kind, status = concepts(r.get("type")), text(r.get("status"))
        klass = encounter_class(r.get("class"))
        period = obj(r.get("period"))
        start, end = text(period.get("start")), text(period.get("end"))
        why = (r.get("reasonCode"), r.get("reason"), r.get("reasonReference"))
        reason = "; ".join(s for s in (concepts(w) for w in why) if s)
        self.rows["encounters"].append((kind, klass, start, end, reason))
        coded = many(r.get("type"))
        code = code_of(coded[0]) if coded else ""
        self.suggest(ENCOUNTER, r, kind or klass, code, start, status)

    def immunization(self, r: Obj) -> None:
        what, status = concept(r.get("vaccineCode")), text(r.get("status"))
        if r.get("wasNotGiven") is True or r.get("notGiven") is True:
            status = "not-done"
        date = first(r, "occurrenceDateTime", "occurrenceString", "date")
        self.rows["immunizations"].append((what, date, status))
        self.suggest(IMMUNIZATION, r, what, code_of(r.get("vaccineCode")), date, status)

    def imaging(self, r: Obj) -> None:
        series = [obj(s) for s in many(r.get("series"))]
        found = many(r.get("modality")) + many(r.get("modalityList"))
        found += [s.get("modality") for s in series]
        modalities: list[str] = []
        for m in found:
            code = text(obj(m).get("code")) or concept(m)
            if code and code not in modalities:
                modalities.append(code)
        count = text(r.get("numberOfSeries")) or (str(len(series)) if series else "")
        self.rows["imaging"].append(
            (
                first(r, "started"),
                ", ".join(modalities),
                text(r.get("description")),
                count,
                text(r.get("numberOfInstances")),
            )
        )

    def document(self, r: Obj) -> None:
        attachments = [obj(obj(c).get("attachment")) for c in many(r.get("content"))]
        titles = [t for t in (text(a.get("title")) for a in attachments) if t]
        kinds = [t for t in (text(a.get("contentType")) for a in attachments) if t]
        what = text(r.get("description")) or "; ".join(titles)
        date = first(r, "date", "created", "indexed")
        self.rows["documents"].append((what, date, concept(r.get("type")), ", ".join(kinds)))
        for a in attachments:
            self.attach(a, what or concept(r.get("type")))

    def attach(self, a: Obj, what: str) -> None:
        """Keep a PDF carried inline (base64 ``data``): it becomes a record of its own,
        read like any PDF. A link (``url``) is not followed: nothing is fetched, ever."""
        if text(a.get("contentType")).split(";")[0].strip().lower() != "application/pdf":
            return
        encoded = a.get("data")
        if not isinstance(encoded, str) or not encoded:
            return
        if self.attached_bytes + len(encoded) * 3 // 4 > MAX_BYTES:
            return  # the bundle's limit holds for what it carries too
        try:
            data = base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError):
            return
        if not data.startswith(b"%PDF-"):
            return
        self.attached_bytes += len(data)
        title = text(a.get("title")) or what or translate("fhir_resources", "Attached document")
        title = title.replace("/", "-").replace("\\", "-")
        name = title if title.lower().endswith(".pdf") else f"{title}.pdf"
        self.attachments.append(Attachment(name=name, media_type="application/pdf", data=data))

    def sections(self) -> list[Section]:
        """The sections with content, titled, in the document's order; then what else the
        file holds, counted by kind."""
        out = []
        for section, (title, columns) in SECTIONS.items():
            if self.rows[section]:
                shown = tuple(translate("fhir", c) for c in columns)
                table = Table(shown, tuple(self.rows[section]))
                out.append(Section(title=translate("fhir", title), tables=(table,)))
        if self.others:
            columns = (translate("fhir", "Kind of entry"), translate("fhir", "Entries"))
            rows = tuple((k, str(n)) for k, n in sorted(self.others.items()))
            note = translate("fhir", "The file also holds these entries, not shown here.")
            title = translate("fhir", "Other entries")
            out.append(Section(title=title, paragraphs=(note,), tables=(Table(columns, rows),)))
        return out


def observed(item: Obj) -> tuple[str, str]:
    """(value, unit) of an Observation or a component, whichever value[x] it has."""
    if "valueQuantity" in item:
        return quantity(item.get("valueQuantity"))
    if "valueCodeableConcept" in item:
        return concept(item.get("valueCodeableConcept")), ""
    if "valueRange" in item:
        low, unit = quantity(obj(item.get("valueRange")).get("low"))
        high, other = quantity(obj(item.get("valueRange")).get("high"))
        return (f"{low}-{high}" if low or high else ""), unit or other
    if "valueRatio" in item:
        top, unit = quantity(obj(item.get("valueRatio")).get("numerator"))
        bottom = quantity(obj(item.get("valueRatio")).get("denominator"))[0]
        return (f"{top}/{bottom}" if top and bottom else top), unit
    for name in ("valueString", "valueInteger", "valueDateTime", "valueTime", "valueBoolean"):
        if name in item:
            return text(item.get(name)), ""
    return "", ""


def reference_range(value: object) -> str:
    """A reference range as given: its text, else "low-high" (">= low", "<= high")."""
    item = obj(value)
    low, high = quantity(item.get("low"))[0], quantity(item.get("high"))[0]
    if text(item.get("text")) or not (low or high):
        return text(item.get("text"))
    return f"{low}-{high}" if low and high else f">= {low}" if low else f"<= {high}"


def flag_of(value: object) -> str:
    """An interpretation as its code ("H", "L", "A") when coded, else as given."""
    return code_of(value).rsplit("|", 1)[-1] or concept(value)


def encounter_class(value: object) -> str:
    """An encounter's class in words: DSTU2 gives a code, R4 a Coding that is often only a
    v3 ActCode ("AMB"), which a patient does not read."""
    code = text(value) or text(obj(value).get("code"))
    if code.upper() in CLASSES:
        return translate("fhir", CLASSES[code.upper()])
    return text(obj(value).get("display")) or code
