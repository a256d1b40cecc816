"""C-CDA documents (HL7 Consolidated CDA, R2.1 and earlier) as a readable :class:`Document`
(issue 19).

Portals export a patient's record as C-CDA: a Continuity of Care Document, discharge and
transfer summaries, progress and consultation notes, operative notes, imaging reports,
referral notes. Each is a header (whose record, when, by whom) and sections, each a
narrative block written for people (what the doctor read and signed) and, in some, coded
entries written for machines. SecondOp keeps the first as the record (ccda_narrative.py)
and offers the second as suggestions (ccda_entries.py), which enter the case only when
the user accepts them.

The bytes come from outside (a portal's download, an e-mail attachment): they are parsed
only by ``defusedxml`` with document types, entities and external references forbidden,
so a hostile file cannot expand itself into gigabytes (billion laughs), read a local file
or reach the network (external entities); its size and nesting depth are bounded before
anything else reads it. Whatever is wrong becomes :class:`Malformed` with one plain
sentence for the user.
"""

from __future__ import annotations

import re
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as SafeElementTree
from defusedxml import (
    DefusedXmlException,
    DTDForbidden,
    EntitiesForbidden,
    ExternalReferenceForbidden,
)

from secondop_desktop.records.structured import ccda_entries
from secondop_desktop.records.structured.ccda_narrative import (
    V3,
    Anchors,
    attr,
    collapse,
    iso,
    local,
    narrative,
    plain,
    q,
)
from secondop_desktop.records.structured.model import (
    MAX_BYTES,
    Document,
    Malformed,
    Section,
    Suggestion,
)

# Real C-CDA documents nest 13 to 16 elements deep (the corpus); the narrative walk
# recurses, so a document built thousands deep to exhaust the reader is refused first.
MAX_XML_DEPTH = 128
R21 = "2015-08-01"  # the templateId extension of C-CDA Release 2.1's document templates
CCDA_TEMPLATES = "2.16.840.1.113883.10.20.22.1."  # document-level templates (CCD, notes)
_EXTERNAL_ENTITY = re.compile(rb"<!ENTITY[^>]*\b(?:SYSTEM|PUBLIC)\b")


def read_ccda(data: bytes, name: str = "") -> Document:
    """The C-CDA document in ``data`` (untrusted bytes); raises :class:`Malformed` naming
    what is wrong. ``name`` (the file's name) titles a document that has no title."""
    root = _parse(data)
    ids = Anchors(root)
    sections: list[Section] = []
    suggestions: list[Suggestion] = []
    for section in root.findall(q("component/structuredBody/component/section")):
        _read_section(section, "", ids, sections, suggestions)
    patient = root.find(q("recordTarget/patientRole/patient"))
    born = attr(patient.find(q("birthTime")) if patient is not None else None)
    return Document(
        format=_format(root),
        title=_title(root, name),
        patient_name=_name(patient),
        patient_birth_date=iso(born, time=False),
        date=iso(attr(root.find(q("effectiveTime")))),
        author=_author(root),
        sections=tuple(sections),
        suggestions=tuple(_unique(suggestions)),
    )


# -- parsing, safely ------------------------------------------------------------------


def _parse(data: bytes) -> Element:
    """The document's root, parsed without DTDs, entities or external references."""
    from secondop_desktop.i18n import translate

    if len(data) > MAX_BYTES:
        raise Malformed(
            translate(
                "ccda", "The document is larger than {size} MB, more than SecondOp reads."
            ).format(size=MAX_BYTES // (1024 * 1024))
        )
    try:
        root = SafeElementTree.fromstring(
            data, forbid_dtd=True, forbid_entities=True, forbid_external=True
        )
    except DTDForbidden as exc:
        raise Malformed(_doctype_reason(data, exc)) from None
    except EntitiesForbidden:
        raise Malformed(_entities_reason()) from None
    except ExternalReferenceForbidden:
        raise Malformed(_external_reason()) from None
    except DefusedXmlException:
        raise Malformed(
            translate("ccda", "The document uses an XML feature SecondOp does not read.")
        ) from None
    except ParseError as exc:
        line, column = exc.position
        raise Malformed(
            translate(
                "ccda",
                "This file is not well-formed XML (line {line}, column {column}): it is "
                "damaged or not an XML document.",
            ).format(line=line, column=column)
        ) from None
    except (ValueError, LookupError):  # an encoding expat cannot read
        raise Malformed(
            translate("ccda", "This file is not XML in an encoding SecondOp can read.")
        ) from None
    if root.tag != f"{{{V3}}}ClinicalDocument":
        if local(root.tag) == "ClinicalDocument":
            raise Malformed(
                translate(
                    "ccda",
                    "This XML is not a C-CDA document: its ClinicalDocument is not in the "
                    "HL7 namespace (urn:hl7-org:v3).",
                )
            )
        raise Malformed(
            translate("ccda", "This XML is not a C-CDA document: its root is not ClinicalDocument.")
        )
    if _depth(root) > MAX_XML_DEPTH:
        raise Malformed(
            translate(
                "ccda",
                "The document nests its elements more than {depth} deep, which no C-CDA "
                "document does.",
            ).format(depth=MAX_XML_DEPTH)
        )
    return root


def _doctype_reason(data: bytes, exc: DTDForbidden) -> str:
    """What a DOCTYPE was carrying, in the user's words: C-CDA never has one, so it is
    refused whole, but the sentence says whether it hid entities or pointed outside."""
    from secondop_desktop.i18n import translate

    if exc.sysid or exc.pubid or _EXTERNAL_ENTITY.search(data):
        return _external_reason()
    if b"<!ENTITY" in data:
        return _entities_reason()
    return translate(
        "ccda",
        "The document declares a document type (DOCTYPE), which C-CDA does not use and "
        "SecondOp does not read.",
    )


def _entities_reason() -> str:
    from secondop_desktop.i18n import translate

    return translate(
        "ccda",
        "The document declares entities, which SecondOp does not read (they can hide an attack).",
    )


def _external_reason() -> str:
    from secondop_desktop.i18n import translate

    return translate(
        "ccda",
        "The document refers to a file or web address outside itself, which SecondOp "
        "never follows.",
    )


def _depth(root: Element) -> int:
    """How deep the tree nests, counted without recursion (the tree may be hostile)."""
    deepest, stack = 0, [(root, 1)]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        if depth <= MAX_XML_DEPTH:
            stack.extend((child, depth + 1) for child in node)
    return deepest


# -- the header -------------------------------------------------------------------------


def _format(root: Element) -> str:
    """ "C-CDA R2.1" when a document template says so, else "C-CDA" (R1.1, R2.0)."""
    for template in root.findall(q("templateId")):
        if template.get("root", "").startswith(CCDA_TEMPLATES) and template.get("extension") == R21:
            return "C-CDA R2.1"
    return "C-CDA"


def _title(root: Element, name: str) -> str:
    from secondop_desktop.i18n import translate

    title = root.find(q("title"))
    return (
        (plain(title) if title is not None else "")
        or attr(root.find(q("code")), "displayName")
        or name
        or translate("ccda", "C-CDA document")
    )


def _name(person: Element | None, prefixes: bool = False) -> str:
    """A person's name as written: given names then family name (the legal name when
    there are several), without call names ("Bo"); ``prefixes`` keeps "Dr." and suffixes."""
    if person is None:
        return ""
    names = person.findall(q("name"))
    if not names:
        return ""
    name = next((n for n in names if "L" in n.get("use", "").split()), names[0])
    rank = {"prefix": 0, "given": 1, "family": 2, "suffix": 3}
    if not prefixes:
        del rank["prefix"], rank["suffix"]
    kept = sorted(  # stable: two given names keep their order
        (
            (rank[local(part.tag)], collapse(part.text or ""))
            for part in name
            if local(part.tag) in rank and "CL" not in part.get("qualifier", "").split()
        ),
        key=lambda ranked: ranked[0],
    )
    return " ".join(text for _, text in kept if text) or collapse(name.text or "")


def _author(root: Element) -> str:
    """Who made the document: the first author's person, else their organisation."""
    assigned = root.find(q("author/assignedAuthor"))
    if assigned is None:
        return ""
    person = _name(assigned.find(q("assignedPerson")), prefixes=True)
    organisation = assigned.find(q("representedOrganization/name"))
    return person or (plain(organisation) if organisation is not None else "")


# -- sections ---------------------------------------------------------------------------


def _read_section(
    section: Element,
    parent: str,
    ids: Anchors,
    sections: list[Section],
    suggestions: list[Suggestion],
) -> None:
    """One section, then its subsections titled "Parent — Child"; its coded entries, in a
    section SecondOp suggests from, to ``suggestions``."""
    heading = section.find(q("title"))
    own = plain(heading) if heading is not None else ""
    paragraphs, tables = narrative(section.find(q("text")))
    title = " — ".join(part for part in (parent, own) if part)
    # A section with neither title nor narrative is for machines only (the DICOM object
    # catalogue of an imaging report): nothing to read.
    if own or paragraphs or tables:
        sections.append(Section(title=title, paragraphs=paragraphs, tables=tables))
    suggestions.extend(ccda_entries.suggestions(section, ids))
    for child in section.findall(q("component/section")):
        _read_section(child, title, ids, sections, suggestions)


def _unique(suggestions: list[Suggestion]) -> list[Suggestion]:
    """Each suggestion once: a document listing the same fact twice (same kind, code,
    date and words: the Referral Note example's polypectomy, as an act and as an
    observation) offers it once, the first time."""
    seen: set[str] = set()
    kept = []
    for suggestion in suggestions:
        if suggestion.key not in seen:
            seen.add(suggestion.key)
            kept.append(suggestion)
    return kept
