"""Reading FHIR JSON from a patient portal or a phone into a :class:`Document` (issue 19).

The bytes are untrusted (a user drops whatever a portal gave them, or whatever came in an
email), so they are checked before the JSON parser sees them: a size limit, then a scan
that counts how deeply arrays and objects nest outside strings, so 10,000-deep JSON is
refused without ever reaching ``json.loads`` (whose C scanner recurses, and whose
``RecursionError`` would otherwise end the import with a traceback instead of a reason),
and a limit on how many values the text holds (memory: a 64 MB file of ``[[],[],...]`` is
millions of Python objects). Numbers are kept as their source text, so a result written
"7.20" is shown as "7.20". Standard library only: a parser with fewer moving parts is less
to trust, and the reading runs inside the import sandbox anyway.

Accepts a Bundle of any type (transaction, batch, collection, searchset, document), one
resource, or an Apple Health Records export (``clinical-records/*.json``, one resource per
file), FHIR R4 and DSTU2; the resource mapping lives in fhir_resources.py.
"""

from __future__ import annotations

import codecs
import json
import re
from itertools import accumulate

from secondop_desktop.i18n import translate
from secondop_desktop.records.structured.fhir_resources import (
    Obj,
    Reader,
    looks_dstu2,
    obj,
    text,
)
from secondop_desktop.records.structured.model import (
    MAX_BYTES,
    MAX_DEPTH,
    MAX_ENTRIES,
    Document,
    Malformed,
    Section,
    Table,
)

# A real export spends about 100 bytes per array or object and 80 per comma; a text with a
# value every 16 bytes on average is built to fill memory, not to be read.
MAX_VALUES = MAX_BYTES // 16
R4, DSTU2 = "FHIR R4", "FHIR DSTU2"

_ESCAPE = re.compile(rb"\\.", re.DOTALL)  # removed first, so \" cannot end a string
_STRING = re.compile(rb'"[^"]*"')
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")
_STEP = {ord("["): 1, ord("{"): 1, ord("]"): -1, ord("}"): -1}


def read_fhir(data: bytes, name: str = "") -> Document:
    """The FHIR JSON ``data`` (a Bundle or one resource) as a Document, or :class:`Malformed`
    naming what is wrong. ``name`` (the file's name) is the readers' common signature; the
    messages name the problem and the importer names the file."""
    del name
    top = _resource(_parse(data))
    reader = Reader()
    kind = text(top.get("resourceType"))
    meta = obj(top.get("meta"))
    date = text(meta.get("lastUpdated"))
    author = ""
    if kind == "Bundle":
        entries = _entries(top)
        if not entries:
            raise Malformed(translate("fhir", "The FHIR bundle is empty: it holds no resources."))
        _read(reader, entries)
        reader.dstu2 = reader.dstu2 or looks_dstu2(top)
        composition = entries[0][0] if text(top.get("type")) == "document" else {}
        if text(composition.get("resourceType")) != "Composition":
            composition = {}
        authors = [obj(a) for a in _list(composition.get("author"))]
        author = text(authors[0].get("display")) if authors else ""
        date = text(top.get("timestamp")) or date or text(composition.get("date"))
        count = len(_list(top.get("entry")))
        title = text(composition.get("title"))
        title = title or translate("fhir", "FHIR bundle: %n entries", None, count)
    else:
        _read(reader, [(top, "")])
        title = translate("fhir", "FHIR resource: {kind}").format(kind=_label(kind))
    return _document(reader, title, date, author)


def read_fhir_folder(files: list[tuple[str, bytes]]) -> Document:
    """An Apple Health Records export (``clinical-records/*.json``, one resource per file,
    given as (name, bytes)) as one Document. A file that cannot be read is listed with its
    reason rather than refusing the whole export; the limits hold per file and in total."""
    if len(files) > MAX_ENTRIES:
        raise Malformed(
            translate(
                "fhir", "The folder holds more than {limit} files, too many to read safely."
            ).format(limit=MAX_ENTRIES)
        )
    if sum(len(data) for _, data in files) > MAX_BYTES:
        raise Malformed(
            translate(
                "fhir",
                "The folder's files together are larger than {limit} MB, too large to read safely.",
            ).format(limit=MAX_BYTES // (1024 * 1024))
        )
    resources: list[tuple[Obj, str]] = []
    failed: list[tuple[str, str]] = []
    for name, data in sorted(files):
        try:
            top = _resource(_parse(data))
            found = _entries(top) if text(top.get("resourceType")) == "Bundle" else [(top, "")]
        except Malformed as exc:
            failed.append((name, str(exc)))
            continue
        resources.extend(found)
        if len(resources) > MAX_ENTRIES:
            raise Malformed(_too_many())
    if not resources:
        if len(failed) == 1:
            raise Malformed(failed[0][1])
        raise Malformed(
            translate("fhir", "None of the folder's files is a readable FHIR resource.")
        )
    reader = Reader()
    _read(reader, resources)
    count = len(files)
    title = translate("fhir", "Health records export: %n files", None, count)
    extra = []
    if failed:
        columns = (translate("fhir", "File"), translate("fhir", "Why it was not read"))
        table = Table(columns=columns, rows=tuple(failed))
        extra.append(Section(title=translate("fhir", "Files not read"), tables=(table,)))
    return _document(reader, title, "", "", extra)


def _parse(data: bytes) -> object:
    """The JSON value of ``data``, checked for size, encoding, nesting and value count
    before it is parsed."""
    if len(data) > MAX_BYTES:
        raise Malformed(
            translate(
                "fhir", "The FHIR file is larger than {limit} MB, too large to read safely."
            ).format(limit=MAX_BYTES // (1024 * 1024))
        )
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    if not data or data.isspace():
        raise Malformed(translate("fhir", "The file is empty."))
    try:
        source = data.decode("utf-8")
    except UnicodeDecodeError:
        raise Malformed(
            translate("fhir", "The file is not UTF-8 text, so it is not FHIR JSON.")
        ) from None
    # Outside strings only: escapes out first (so \" cannot close one), then the strings
    # (UTF-8 never puts a quote or bracket byte inside a multi-byte character).
    bare = _STRING.sub(b"", _ESCAPE.sub(b"", data))
    brackets = bare.translate(None, _NOT_BRACKETS)
    if len(brackets) + bare.count(b",") > MAX_VALUES:
        raise Malformed(translate("fhir", "The FHIR file holds too many values to read safely."))
    if brackets and max(accumulate(map(_STEP.__getitem__, brackets))) > MAX_DEPTH:
        raise Malformed(_too_deep())
    try:
        return json.loads(source, parse_float=str, parse_int=str, parse_constant=str)
    except RecursionError:  # not reached after the scan; kept so one can never escape
        raise Malformed(_too_deep()) from None
    except json.JSONDecodeError as exc:
        raise Malformed(
            translate("fhir", "The file is not valid JSON (line {line}, column {column}).").format(
                line=exc.lineno, column=exc.colno
            )
        ) from None
    except ValueError:  # a number too long for int(), a lone surrogate...
        raise Malformed(translate("fhir", "The file is not valid JSON.")) from None


def _resource(value: object) -> Obj:
    if not isinstance(value, dict):
        raise Malformed(
            translate("fhir", "This is JSON but not a FHIR resource: it is not a JSON object.")
        )
    if not text(value.get("resourceType")):
        raise Malformed(
            translate("fhir", "This is JSON but not a FHIR resource: it has no resourceType.")
        )
    return value


def _entries(bundle: Obj) -> list[tuple[Obj, str]]:
    """(resource, fullUrl) of each entry that holds a resource (a batch response's entries
    may hold only a response: skipped)."""
    entries = bundle.get("entry")
    if entries is None:
        return []
    if not isinstance(entries, list):
        raise Malformed(translate("fhir", "The FHIR bundle's entries are not a list."))
    if len(entries) > MAX_ENTRIES:
        raise Malformed(_too_many())
    found = []
    for number, entry in enumerate(entries, 1):
        if not isinstance(entry, dict):
            raise Malformed(
                translate("fhir", "Entry {number} of the FHIR bundle is not a JSON object.").format(
                    number=number
                )
            )
        if "resource" not in entry:
            continue
        resource = entry["resource"]
        if not isinstance(resource, dict) or not text(resource.get("resourceType")):
            raise Malformed(
                translate(
                    "fhir", "Entry {number} of the FHIR bundle holds no FHIR resource."
                ).format(number=number)
            )
        found.append((resource, text(entry.get("fullUrl"))))
    return found


def _read(reader: Reader, resources: list[tuple[Obj, str]]) -> None:
    """Index first (a request may name a Medication listed after it), then read."""
    for resource, url in resources:
        reader.index(resource, url)
    for resource, _ in resources:
        reader.add(resource)


def _document(
    reader: Reader, title: str, date: str, author: str, extra: list[Section] | None = None
) -> Document:
    """The Document: whose it is (and a note when the file names several people), then the
    sections that have content."""
    people = list(dict.fromkeys(reader.patients))
    paragraphs = []
    for name, born, sex in people:
        if name:
            paragraphs.append(translate("fhir", "Name: {name}").format(name=name))
        if born:
            paragraphs.append(translate("fhir", "Date of birth: {date}").format(date=born))
        if sex:
            paragraphs.append(translate("fhir", "Sex: {sex}").format(sex=sex))
    different = len({(name, born) for name, born, _ in people})
    if different > 1:
        paragraphs.append(
            translate(
                "fhir", "This file holds the records of %n different people.", None, different
            )
        )
    sections = [Section(title=translate("fhir", "Patient"), paragraphs=tuple(paragraphs))]
    sections = (sections if paragraphs else []) + reader.sections() + (extra or [])
    name, born, _ = people[0] if people else ("", "", "")
    return Document(
        format=DSTU2 if reader.dstu2 else R4,
        title=title,
        patient_name=name,
        patient_birth_date=born,
        date=date,
        author=author,
        sections=tuple(sections),
        suggestions=tuple(reader.suggestions),
        attachments=tuple(reader.attachments),
    )


def _list(value: object) -> list[object]:
    return value if isinstance(value, list) else []


def _too_deep() -> str:
    return translate("fhir", "The FHIR bundle is nested too deeply to be read safely.")


def _too_many() -> str:
    return translate(
        "fhir", "The FHIR bundle has more than {limit} entries, too many to read safely."
    ).format(limit=MAX_ENTRIES)


def _label(kind: str) -> str:
    """A resource type in the reader's language (the title of a single resource)."""
    labels = {
        "Patient": translate("fhir", "Patient"),
        "Condition": translate("fhir", "Condition"),
        "MedicationStatement": translate("fhir", "Medication"),
        "MedicationRequest": translate("fhir", "Prescription"),
        "MedicationOrder": translate("fhir", "Prescription"),
        "AllergyIntolerance": translate("fhir", "Allergy"),
        "Observation": translate("fhir", "Observation"),
        "Procedure": translate("fhir", "Procedure"),
        "DiagnosticReport": translate("fhir", "Diagnostic report"),
        "DocumentReference": translate("fhir", "Document"),
        "Encounter": translate("fhir", "Encounter"),
        "Immunization": translate("fhir", "Immunization"),
        "ImagingStudy": translate("fhir", "Imaging study"),
    }
    return labels.get(kind, kind)
