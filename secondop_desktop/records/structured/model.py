"""What a structured health document (FHIR, C-CDA) says, as plain data (issue 19).

A reader (fhir.py, ccda.py) turns the untrusted file into a :class:`Document` inside the
import sandbox; the app renders it as a readable PDF record (its sections as the source
has them) and offers its :class:`Suggestion` s for the user to accept. Plain frozen
dataclasses of strings: they cross the worker's pipe (pickled) and hold nothing that runs.

Nothing is invented: a value the source does not give is the empty string, shown as "not
recorded" where a reader expects one; a date is kept as the source wrote it (ISO 8601,
possibly partial: "2019", "2019-03", "2019-03-02T10:00:00Z").
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Kinds of suggestion (the review screen groups them; accepted, each becomes a fact).
CONDITION, MEDICATION, ALLERGY, PROCEDURE, ENCOUNTER, IMMUNIZATION, LAB = (
    "condition",
    "medication",
    "allergy",
    "procedure",
    "encounter",
    "immunization",
    "lab",
)
KINDS = (CONDITION, MEDICATION, ALLERGY, PROCEDURE, ENCOUNTER, IMMUNIZATION, LAB)


@dataclass(frozen=True)
class Table:
    """Rows under column headings, as the source lists them (medications, results...)."""

    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    title: str = ""


@dataclass(frozen=True)
class Section:
    """One part of the document: its heading and what it says (narrative paragraphs,
    then tables), in the source's order."""

    title: str
    paragraphs: tuple[str, ...] = ()
    tables: tuple[Table, ...] = ()


@dataclass(frozen=True)
class Suggestion:
    """A fact read from the document, offered to the user; ``key`` identifies it across
    imports of the same document (the resource's id or the entry's code and date), so a
    re-import suggests nothing twice. Lab results fill value, unit, reference range and
    flag; the other kinds leave them empty."""

    kind: str  # one of KINDS
    text: str  # what it is: "Essential hypertension", "Amlodipine 5 mg tablet"
    date: str = ""  # ISO 8601 as given (onset, start, performed, effective), or ""
    status: str = ""  # as the source says ("active", "resolved", "completed")
    code: str = ""  # "system|code" when coded (SNOMED CT, LOINC, RxNorm, CVX), else ""
    value: str = ""  # lab: "7.2"
    unit: str = ""  # lab: "mmol/L"
    reference_range: str = ""  # lab: "3.5-5.0" as given
    flag: str = ""  # lab: "H", "L", "A" or as given
    key: str = ""


@dataclass(frozen=True)
class Study:
    """One imaging study an imaging disc's index lists (headers only: no pixels)."""

    date: str  # ISO 8601, or ""
    modality: str  # "CT, MR" as the series give them
    description: str
    body_part: str
    series: int
    images: int
    accession: str = ""
    patient: str = ""


@dataclass(frozen=True)
class Attachment:
    """A file carried inside a structured document (a FHIR DocumentReference's attached
    PDF): imported as a record of its own, through the same checks as any PDF."""

    name: str
    media_type: str
    data: bytes = field(repr=False)


@dataclass(frozen=True)
class Document:
    """A structured document, readable: what it is, whose, when, and its sections."""

    format: str  # "FHIR R4", "FHIR DSTU2", "C-CDA R2.1"
    title: str  # "Continuity of Care Document", "FHIR bundle: 143 entries"
    patient_name: str = ""
    patient_birth_date: str = ""  # ISO 8601 as given
    date: str = ""  # the document's own date (composition, effectiveTime), ISO
    author: str = ""  # organisation or person who made it, when given
    sections: tuple[Section, ...] = ()
    suggestions: tuple[Suggestion, ...] = field(default_factory=tuple)
    studies: tuple[Study, ...] = ()  # an imaging disc's studies
    attachments: tuple[Attachment, ...] = ()


class Malformed(ValueError):
    """The document cannot be read; ``str()`` names what is wrong, for the user."""


# Limits for untrusted input (the sandbox also limits time and memory).
MAX_BYTES = 64 * 1024 * 1024  # a portal's whole-record export is a few MB
MAX_DEPTH = 64  # FHIR nests a few levels; 10,000-deep JSON is an attack
MAX_ENTRIES = 20_000  # resources in one bundle
