"""A C-CDA section's coded entries as :class:`Suggestion` s (issue 19).

Entries are the machine-readable twin of a section's narrative: problems, medications,
allergies, procedures, encounters, immunizations and results, each coded (SNOMED CT,
RxNorm, LOINC, CVX) and dated. SecondOp offers them to the user, who accepts or not;
so an entry becomes a suggestion only when it names something in words (its
displayName, else its originalText or the narrative it points at), and never when it
says the thing did *not* happen (``negationInd="true"``: "no known allergies", a vaccine
refused), which read as a fact would say the opposite of the document.

The key of a suggestion is ``kind|code|date|text``: the same entry in the same document
(or in a later export of the same record) has the same key, so it is suggested once.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from xml.etree.ElementTree import Element

from secondop_desktop.records.structured.ccda_narrative import (
    Anchors,
    attr,
    collapse,
    iso,
    own_text,
    plain,
    q,
)
from secondop_desktop.records.structured.model import (
    ALLERGY,
    CONDITION,
    ENCOUNTER,
    IMMUNIZATION,
    LAB,
    MEDICATION,
    PROCEDURE,
    Suggestion,
)

Reader = Callable[[Element, Anchors], Iterator[Suggestion]]

# Sections whose entries become suggestions, by section templateId (the "entries
# required" one and the optional one) and by LOINC section code: producers set one or both.
_S = "2.16.840.1.113883.10.20.22.2."
SECTION_KINDS: dict[str, str] = {
    **dict.fromkeys((_S + "5.1", _S + "5", "11450-4"), CONDITION),
    **dict.fromkeys((_S + "1.1", _S + "1", "10160-0"), MEDICATION),
    # Discharge medications: what the patient leaves hospital taking.
    **dict.fromkeys((_S + "11.1", _S + "11", "10183-2", "75311-1"), MEDICATION),
    **dict.fromkeys((_S + "6.1", _S + "6", "48765-2"), ALLERGY),
    **dict.fromkeys((_S + "7.1", _S + "7", "47519-4"), PROCEDURE),
    **dict.fromkeys((_S + "22.1", _S + "22", "46240-8"), ENCOUNTER),
    **dict.fromkeys((_S + "2.1", _S + "2", "11369-6"), IMMUNIZATION),
    **dict.fromkeys((_S + "3.1", _S + "3", "30954-2"), LAB),
}

# Code systems (CDA names them by OID) as FHIR names them, so a fact read from C-CDA and
# the same fact from a FHIR export of the record carry the same code; others urn:oid:.
CODE_SYSTEMS = {
    "2.16.840.1.113883.6.96": "http://snomed.info/sct",
    "2.16.840.1.113883.6.1": "http://loinc.org",
    "2.16.840.1.113883.6.88": "http://www.nlm.nih.gov/research/umls/rxnorm",
    "2.16.840.1.113883.12.292": "http://hl7.org/fhir/sid/cvx",
    "2.16.840.1.113883.6.90": "http://hl7.org/fhir/sid/icd-10-cm",
    "2.16.840.1.113883.6.103": "http://hl7.org/fhir/sid/icd-9-cm",
    "2.16.840.1.113883.6.12": "http://www.ama-assn.org/go/cpt",
    "2.16.840.1.113883.6.69": "http://hl7.org/fhir/sid/ndc",
    "2.16.840.1.113883.4.9": "http://fdasis.nlm.nih.gov",
}
PROBLEM_STATUS = "33999-4"  # LOINC "Status": a problem's clinical status observation
# A generator's unfilled placeholder (Synthea writes "{entry.value}" for some results):
# shown as a value it would be a made-up one, so it counts as no value.
_PLACEHOLDER = re.compile(r"\{[A-Za-z_][\w.]*\}")


def section_kind(section: Element) -> str:
    """The kind of fact the section's entries are, by its templateId or LOINC code ("")."""
    keys = [template.get("root", "") for template in section.findall(q("templateId"))]
    keys.append(attr(section.find(q("code")), "code"))
    return next((SECTION_KINDS[key] for key in keys if key in SECTION_KINDS), "")


def suggestions(section: Element, ids: Anchors) -> Iterator[Suggestion]:
    """The suggestions in a section's own entries (not its subsections')."""
    kind = section_kind(section)
    if kind:
        for entry in section.findall(q("entry")):
            yield from READERS[kind](entry, ids)


# -- what every kind shares ----------------------------------------------------------------


def _negated(element: Element) -> bool:
    return element.get("negationInd", "").strip().lower() == "true"


def code_of(element: Element | None) -> str:
    """ "system|code" of a coded element (or of its first coded translation), or ""."""
    if element is None:
        return ""
    for coded in (element, *element.findall(q("translation"))):
        code = attr(coded, "code")
        if code:
            system = attr(coded, "codeSystem")
            return f"{CODE_SYSTEMS.get(system, f'urn:oid:{system}' if system else '')}|{code}"
    return ""


def words(coded: Element | None, ids: Anchors, entry: Element | None = None) -> str:
    """What a coded element names: its displayName, else its originalText (or the
    narrative that points at), else a translation's displayName; failing all of them,
    the entry's own ``<text>`` (or the narrative it points at)."""
    found = ""
    if coded is not None:
        found = (
            collapse(coded.get("displayName", ""))
            or own_text(coded.find(q("originalText")), ids)
            or next(
                (
                    collapse(t.get("displayName", ""))
                    for t in coded.findall(q("translation"))
                    if t.get("displayName", "").strip()
                ),
                "",
            )
        )
    return found or (own_text(entry.find(q("text")), ids) if entry is not None else "")


def when(element: Element | None) -> str:
    """An act's date: its effectiveTime's value, else the start (low) of the interval.
    (A medication has two effectiveTimes, its dates and its frequency: the first dated.)"""
    if element is None:
        return ""
    for time in element.findall(q("effectiveTime")):
        for point in (time, time.find(q("low")), time.find(q("center"))):
            found = iso(attr(point))
            if found:
                return found
    return ""


def _suggest(kind: str, text: str, code: str, date: str, **more: str) -> Iterator[Suggestion]:
    """One suggestion, or none when the entry names nothing in words."""
    if text:
        key = f"{kind}|{code}|{date}|{text}"
        yield Suggestion(kind=kind, text=text, date=date, code=code, key=key, **more)


def _status(element: Element | None) -> str:
    return attr(element.find(q("statusCode")) if element is not None else None, "code")


# -- each kind -----------------------------------------------------------------------------


def _subjects(entry: Element) -> Iterator[tuple[Element, Element | None]]:
    """(observation, its concern act) for each problem or allergy the entry is about:
    the subjects of a concern act, or an observation standing alone in the entry."""
    for act in entry.findall(q("act")):
        for relation in act.findall(q("entryRelationship")):
            # SUBJ: the observation is what the concern is about; inverted, the concern
            # is what the observation is about (the severity of an allergy).
            inverted = relation.get("inversionInd", "").strip().lower() == "true"
            if relation.get("typeCode", "SUBJ") == "SUBJ" and not inverted:
                for observation in relation.findall(q("observation")):
                    if not _negated(observation):
                        yield observation, act
    for observation in entry.findall(q("observation")):
        if not _negated(observation):
            yield observation, None


def _conditions(entry: Element, ids: Anchors) -> Iterator[Suggestion]:
    """Problems: the problem is the observation's value, its date the onset (low), its
    status the Problem Status observation's, else the concern's statusCode."""
    for observation, act in _subjects(entry):
        value = observation.find(q("value"))
        status = next(
            (
                attr(o.find(q("value")), "displayName") or attr(o.find(q("value")), "code")
                for o in observation.findall(q("entryRelationship/observation"))
                if attr(o.find(q("code")), "code") == PROBLEM_STATUS
            ),
            "",
        )
        text = words(value, ids, observation)
        status = status or _status(act if act is not None else observation)
        yield from _suggest(CONDITION, text, code_of(value), when(observation), status=status)


def _allergies(entry: Element, ids: Anchors) -> Iterator[Suggestion]:
    """Allergies: what the patient reacts to is the participant's playing entity."""
    for observation, act in _subjects(entry):
        agent = observation.find(q("participant/participantRole/playingEntity"))
        coded = agent.find(q("code")) if agent is not None else None
        name = agent.find(q("name")) if agent is not None else None
        text = words(coded, ids) or (plain(name) if name is not None else "")
        status = _status(act if act is not None else observation)
        yield from _suggest(ALLERGY, text, code_of(coded), when(observation), status=status)


def _substances(kind: str) -> Reader:
    """Medications and immunizations: the substance administered, named by its
    manufactured material; in the entry or in the act wrapping it (a discharge
    medication)."""

    def read(entry: Element, ids: Anchors) -> Iterator[Suggestion]:
        given = [
            *entry.findall(q("substanceAdministration")),
            *entry.findall(q("act/entryRelationship/substanceAdministration")),
        ]
        for administration in (g for g in given if not _negated(g)):
            path = "consumable/manufacturedProduct/manufacturedMaterial"
            material = administration.find(q(path))
            coded = material.find(q("code")) if material is not None else None
            name = material.find(q("name")) if material is not None else None
            text = (
                words(coded, ids)
                or (plain(name) if name is not None else "")
                or own_text(administration.find(q("text")), ids)
            )
            status = _status(administration)
            yield from _suggest(kind, text, code_of(coded), when(administration), status=status)

    return read


def _acts(kind: str, tags: tuple[str, ...]) -> Reader:
    """Procedures (a procedure, an observation or an act) and encounters: by their code."""

    def read(entry: Element, ids: Anchors) -> Iterator[Suggestion]:
        for act in (a for tag in tags for a in entry.findall(q(tag)) if not _negated(a)):
            coded = act.find(q("code"))
            text = words(coded, ids, act)
            yield from _suggest(kind, text, code_of(coded), when(act), status=_status(act))

    return read


def _interval(element: Element | None) -> tuple[str, str]:
    """An interval of quantities as ("low-high", unit); one end alone as "≥ low"/"≤ high"."""
    if element is None:
        return "", ""
    low, high = element.find(q("low")), element.find(q("high"))
    bottom, top = attr(low), attr(high)
    unit = attr(low, "unit") or attr(high, "unit")
    if bottom and top:
        return f"{bottom}-{top}", unit
    if bottom or top:
        return (f"≥ {bottom}" if bottom else f"≤ {top}"), unit
    return "", ""


def _value(value: Element | None, ids: Anchors) -> tuple[str, str]:
    """A result's (value, unit): a quantity's number and unit, a coded value's name, a
    text's words, an interval's "low-high"; ("", "") when not given."""
    if value is None or value.get("nullFlavor"):
        return "", ""
    if attr(value):
        return attr(value), attr(value, "unit")
    coded = value.get("code") or value.find(q("originalText")) is not None
    given = (words(value, ids) if coded else "") or collapse(value.text or "")
    if not given:
        return _interval(value)
    return ("" if _PLACEHOLDER.fullmatch(given) else given), ""


def _range(observation: Element, ids: Anchors) -> str:
    """The reference range as the source gives it: its text, else its low-high."""
    ranged = observation.find(q("referenceRange/observationRange"))
    if ranged is None:
        return ""
    return own_text(ranged.find(q("text")), ids) or _interval(ranged.find(q("value")))[0]


def _labs(entry: Element, ids: Anchors) -> Iterator[Suggestion]:
    """Results: each observation of a result organizer (a panel), or one standing alone;
    undated, it takes the panel's date."""
    results: list[tuple[Element, Element | None]] = [
        (observation, organizer)
        for organizer in entry.findall(q("organizer"))
        for observation in organizer.findall(q("component/observation"))
    ]
    results += [(observation, None) for observation in entry.findall(q("observation"))]
    for observation, organizer in results:
        if _negated(observation):
            continue
        coded = observation.find(q("code"))
        value, unit = _value(observation.find(q("value")), ids)
        yield from _suggest(
            LAB,
            words(coded, ids, observation),
            code_of(coded),
            when(observation) or when(organizer),
            status=_status(observation),
            value=value,
            unit=unit,
            reference_range=_range(observation, ids),
            flag=attr(observation.find(q("interpretationCode")), "code"),
        )


READERS: dict[str, Reader] = {
    CONDITION: _conditions,
    MEDICATION: _substances(MEDICATION),
    ALLERGY: _allergies,
    PROCEDURE: _acts(PROCEDURE, ("procedure", "observation", "act")),
    ENCOUNTER: _acts(ENCOUNTER, ("encounter",)),
    IMMUNIZATION: _substances(IMMUNIZATION),
    LAB: _labs,
}
