"""Imaging discs: the DICOMDIR at the root of a CD, DVD or USB stick as a readable
:class:`Document` (issue 19).

A second-opinion centre wants the imaging itself, which the patient holds on a disc. The
disc's index (DICOMDIR, a DICOM "Media Storage Directory") lists whose images they are,
the studies, their series and each image's file. SecondOp reads that index alone, to list
the studies on the case and in the packet: the images stay on the disc, unopened.

The bytes come from anywhere: pydicom reads them, headers only, once their size is
bounded; the records are walked by their offset links, each at most once, so a damaged
or hostile index cannot loop or multiply the work. An index naming a file outside its
own folder (absolute, or through "..") is refused whole: whoever later opens the images
must not be led elsewhere. What is wrong becomes :class:`Malformed`, one plain sentence.
"""

from __future__ import annotations

import io
import re
import struct
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import PurePosixPath, PureWindowsPath

import pydicom
from pydicom.dataset import Dataset
from pydicom.errors import BytesLengthException, InvalidDicomError
from pydicom.multival import MultiValue
from pydicom.valuerep import PersonName

from secondop_desktop.records.structured.model import (
    MAX_BYTES,
    Document,
    Malformed,
    Section,
    Study,
    Table,
)

MEDIA_STORAGE_DIRECTORY = "1.2.840.10008.1.3.10"  # the SOP Class of a DICOMDIR
_FIRST = "OffsetOfTheFirstDirectoryRecordOfTheRootDirectoryEntity"
_NEXT = "OffsetOfTheNextDirectoryRecord"
_LOWER = "OffsetOfReferencedLowerLevelDirectoryEntity"
# pydicom holds about 8 KB and spends about 0.25 ms per record: the largest real discs
# list some tens of thousands of images; 64 MB of records would outgrow the sandbox.
MAX_RECORDS = 100_000
_ITEM = b"\xfe\xff\x00\xe0"  # (FFFE,E000), little endian: a record (a sequence item) starts
_DA = re.compile(r"(\d{4})\.?(\d{2})\.?(\d{2})")  # DICOM dates; ACR-NEMA wrote dots
# What pydicom raises on damaged bytes (it has no one error of its own for them); a
# RecursionError: sequences nested thousands deep.
_UNREADABLE = (InvalidDicomError, BytesLengthException, ValueError, LookupError, TypeError,
               AttributeError, NotImplementedError, OverflowError, EOFError, OSError,
               RecursionError, struct.error)  # fmt: skip


@dataclass
class _Series:
    number: str
    modality: str
    description: str
    body_part: str
    images: int = 0


@dataclass
class _Study:
    patient: str
    date: str  # ISO
    description: str
    accession: str
    series: list[_Series] = field(default_factory=list)


def read_dicomdir(data: bytes, name: str = "DICOMDIR") -> Document:
    """The studies the disc's index ``data`` (untrusted bytes) lists; raises
    :class:`Malformed` naming what is wrong. ``name``, the file's, is unused (the readers'
    shape): an index is always called DICOMDIR, and its studies title it."""
    from secondop_desktop.i18n import translate

    del name
    patients: list[tuple[str, str]] = []  # (name, ISO birth date), in the disc's order
    studies: list[_Study] = []
    # pydicom warns of each odd value it meets, as it reads them (lazily, so during the
    # walk too): noise here, where what matters is refused with a sentence.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        _walk(_parse(data), patients, studies)
    n = len(studies)
    patient_name, birth = patients[0] if patients else ("", "")
    sections = [_studies(studies, len(set(patients)))]
    sections.extend(_study_section(study) for study in studies)
    return Document(
        format="DICOMDIR",
        title=translate("dicomdir", "Imaging disc: %n study(ies)", None, n),
        patient_name=patient_name,
        patient_birth_date=birth,
        date=max((study.date for study in studies), default=""),
        sections=tuple(sections),
        studies=tuple(
            Study(
                date=study.date,
                modality=_unique(series.modality for series in study.series),
                description=study.description,
                body_part=_unique(series.body_part for series in study.series),
                series=len(study.series),
                images=sum(series.images for series in study.series),
                accession=study.accession,
                patient=study.patient,
            )
            for study in studies
        ),
    )


# -- parsing, safely ------------------------------------------------------------------


def _walk(ds: Dataset, patients: list[tuple[str, str]], studies: list[_Study]) -> None:
    """PATIENT, STUDY, SERIES and IMAGE records, down the links from the root."""
    try:
        records = _records(ds)
        seen: set[int] = set()
        for patient in _chain(records, _offset(ds, _FIRST), seen, "PATIENT"):
            patients.append(
                (_person(patient.get("PatientName")), _iso(patient, "PatientBirthDate"))
            )
            for study in _chain(records, _offset(patient, _LOWER), seen, "STUDY"):
                studies.append(_study(records, study, patients[-1][0], seen))
    except Malformed:  # a ValueError itself, already saying what is wrong
        raise
    except _UNREADABLE:
        raise Malformed(_damaged()) from None


def _parse(data: bytes) -> Dataset:
    """The index's dataset, headers only, once it is known to be a DICOMDIR."""
    from secondop_desktop.i18n import translate

    if len(data) > MAX_BYTES:
        raise Malformed(
            translate(
                "dicomdir", "The disc's index is larger than {size} MB, more than SecondOp reads."
            ).format(size=MAX_BYTES // (1024 * 1024))
        )
    if data[128:132] != b"DICM":
        raise Malformed(
            translate(
                "dicomdir",
                "This file is not a DICOM file: it lacks the marker every DICOM file carries.",
            )
        )
    try:
        ds = pydicom.dcmread(io.BytesIO(data), stop_before_pixels=True, force=False)
        sop_class = str(ds.file_meta.get("MediaStorageSOPClassUID", ""))
    except _UNREADABLE:
        raise Malformed(_damaged()) from None
    if sop_class != MEDIA_STORAGE_DIRECTORY:
        raise Malformed(
            translate(
                "dicomdir",
                "This DICOM file is an image or another DICOM object, not a disc's index "
                "(DICOMDIR).",
            )
        )
    if data.count(_ITEM) > MAX_RECORDS:  # counted before pydicom reads them, cheaply
        raise Malformed(
            translate(
                "dicomdir",
                "The disc's index lists more than {count} entries, more than SecondOp reads.",
            ).format(count=MAX_RECORDS)
        )
    return ds


def _damaged() -> str:
    from secondop_desktop.i18n import translate

    return translate("dicomdir", "The disc's index (DICOMDIR) is damaged and cannot be read.")


def _records(ds: Dataset) -> dict[int, Dataset]:
    """Every directory record by its offset in the file (what the links point to), each
    record's file checked first: one pointing outside the disc's folder refuses the whole
    index, linked into the hierarchy or not."""
    from secondop_desktop.i18n import translate

    records: dict[int, Dataset] = {}
    for record in ds.get("DirectoryRecordSequence") or ():
        if _outside(record.get("ReferencedFileID")):
            raise Malformed(
                translate(
                    "dicomdir",
                    "The disc's index points outside its own folder, which SecondOp does "
                    "not follow.",
                )
            )
        offset = getattr(record, "seq_item_tell", None)
        if isinstance(offset, int):
            records[offset] = record
    return records


def _outside(file_id: object) -> bool:
    """Whether a Referenced File ID (path components, or one path) leaves the disc's
    folder: absolute on either system (a root, a drive, a share) or climbing with "..";
    a component may itself hold separators, so the joined path is what is judged."""
    values = file_id if isinstance(file_id, MultiValue) else [file_id or ""]
    parts = [str(part).strip() for part in values if str(part).strip()]
    return bool(parts) and any(
        path.anchor or ".." in path.parts
        for path in (PureWindowsPath(*parts), PurePosixPath(*parts))
    )


def _chain(
    records: dict[int, Dataset], offset: int, seen: set[int], kind: str
) -> Iterator[Dataset]:
    """The records of one directory level, from ``offset`` along their next-record links,
    those of type ``kind`` that are in use. ``seen`` holds every record already walked:
    meeting one twice means the links loop, and each record is read once at most."""
    from secondop_desktop.i18n import translate

    while offset:
        record = records.get(offset)
        if record is None or offset in seen:
            raise Malformed(
                translate(
                    "dicomdir",
                    "The disc's index is damaged: its records link in a loop or to records "
                    "that are not there.",
                )
            )
        seen.add(offset)
        in_use = record.get("RecordInUseFlag", 0xFFFF) != 0  # 0: a deleted record
        if in_use and _text(record, "DirectoryRecordType").upper() == kind:
            yield record
        offset = _offset(record, _NEXT)


def _study(records: dict[int, Dataset], record: Dataset, patient: str, seen: set[int]) -> _Study:
    """A STUDY record with its series and the number of IMAGE records under each (other
    objects, such as structured reports or presentation states, are not images)."""
    study = _Study(
        patient=patient,
        date=_iso(record, "StudyDate"),
        description=_text(record, "StudyDescription"),
        accession=_text(record, "AccessionNumber"),
    )
    for series in _chain(records, _offset(record, _LOWER), seen, "SERIES"):
        study.series.append(
            _Series(
                number=_text(series, "SeriesNumber"),
                modality=_text(series, "Modality"),
                description=_text(series, "SeriesDescription"),
                body_part=_text(series, "BodyPartExamined"),
                images=sum(1 for _ in _chain(records, _offset(series, _LOWER), seen, "IMAGE")),
            )
        )
    return study


# -- the document's sections ------------------------------------------------------------


def _studies(studies: list[_Study], patients: int) -> Section:
    """One row per study: what a reader scans first (when, what kind, how much); on a disc
    about more than one person, that is said, and each study names its patient."""
    from secondop_desktop.i18n import translate

    columns = [
        translate("dicomdir", "Date"),
        translate("dicomdir", "Modality"),
        translate("dicomdir", "Description"),
        translate("dicomdir", "Body part"),
        translate("dicomdir", "Series"),
        translate("dicomdir", "Images"),
        translate("dicomdir", "Accession number"),
    ]
    rows = []
    for study in studies:
        row = [
            study.date,
            _unique(series.modality for series in study.series),
            study.description,
            _unique(series.body_part for series in study.series),
            str(len(study.series)),
            str(sum(series.images for series in study.series)),
            study.accession,
        ]
        rows.append((*row, study.patient) if patients > 1 else tuple(row))
    paragraphs: tuple[str, ...] = ()
    if patients > 1:
        columns.append(translate("dicomdir", "Patient"))
        n = patients
        paragraphs = (translate("dicomdir", "This disc holds images of %n patient(s).", None, n),)
    return Section(
        title=translate("dicomdir", "Studies"),
        paragraphs=paragraphs,
        tables=(Table(columns=tuple(columns), rows=tuple(rows)),),
    )


def _study_section(study: _Study) -> Section:
    """A study's series, as the disc lists them."""
    from secondop_desktop.i18n import translate

    description = (
        study.description
        or _unique(series.modality for series in study.series)
        or translate("dicomdir", "no description")
    )
    title = (
        translate("dicomdir", "Study of {date}: {description}")
        if study.date
        else translate("dicomdir", "Study: {description}")
    ).format(date=study.date, description=description)
    columns = (
        translate("dicomdir", "Series"),
        translate("dicomdir", "Modality"),
        translate("dicomdir", "Description"),
        translate("dicomdir", "Body part"),
        translate("dicomdir", "Images"),
    )
    rows = tuple(
        (series.number, series.modality, series.description, series.body_part, str(series.images))
        for series in study.series
    )
    return Section(title=title, tables=(Table(columns=columns, rows=rows),))


# -- values -----------------------------------------------------------------------------


def _text(record: Dataset, keyword: str) -> str:
    """An element's value as one line of text ("" when absent); several values joined."""
    value = record.get(keyword)
    if value is None:
        return ""
    values = [str(v) for v in value] if isinstance(value, MultiValue) else [str(value)]
    return ", ".join(" ".join(v.split()) for v in values if v.strip())


def _offset(record: Dataset, keyword: str) -> int:
    value = record.get(keyword)
    return value if isinstance(value, int) else 0


def _iso(record: Dataset, keyword: str) -> str:
    """A DICOM date (yyyymmdd) as ISO 8601; "" when absent or not a date."""
    found = _DA.fullmatch(_text(record, keyword))
    return "-".join(found.groups()) if found else ""


def _person(value: object) -> str:
    """A DICOM person name ("Family^Given^Middle^Prefix^Suffix") as written for people:
    given names, then the family name."""
    if isinstance(value, PersonName):
        words = (value.given_name, value.middle_name, value.family_name)
        named = " ".join(" ".join(word.split()) for word in words if word.strip())
        if named:
            return named
    return " ".join(str(value or "").replace("^", " ").replace("=", " ").split())


def _unique(values: Iterable[str]) -> str:
    """Distinct non-empty values in their first order, joined ("CT, MR")."""
    kept: list[str] = []
    for value in values:
        if value and value not in kept:
            kept.append(value)
    return ", ".join(kept)
