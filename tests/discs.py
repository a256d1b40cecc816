"""An imaging disc built with pydicom's own File-set writer (2 studies, CT and MR, a few
tiny images each), so what a reader must find is known (issue 19)."""

from __future__ import annotations

from pathlib import Path

from pydicom import fileset
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.uid import CTImageStorage, ExplicitVRLittleEndian, MRImageStorage, generate_uid

# (date, description, accession, [(number, modality, description, body part, images)])
STUDIES = [
    ("20230314", "CT chest with contrast", "ACC-1001", [
        (1, "CT", "Scout", "CHEST", 2),
        (2, "CT", "Axial 5 mm", "CHEST", 4),
    ]),
    ("20240502", "MRI brain", "ACC-2002", [
        (1, "MR", "T1 sagittal", "HEAD", 3),
        (3, "MR", "FLAIR axial", "", 2),
    ]),
]  # fmt: skip


def image(study: int, series: int, number: int) -> Dataset:
    """A tiny image (2 x 2 pixels) with what the disc's records are made from."""
    date, description, accession, all_series = STUDIES[study]
    series_number, modality, series_description, body_part, _ = all_series[series]
    sop_class = CTImageStorage if modality == "CT" else MRImageStorage
    ds = Dataset()
    ds.file_meta = FileMetaDataset()
    ds.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds.file_meta.MediaStorageSOPClassUID = sop_class
    ds.SOPClassUID = sop_class
    ds.SOPInstanceUID = ds.file_meta.MediaStorageSOPInstanceUID = generate_uid()
    ds.SpecificCharacterSet = "ISO_IR 192"
    ds.PatientName = "Ramírez^Ana^María"
    ds.PatientID = "SO-0042"
    ds.PatientBirthDate = "19710823"
    ds.StudyDate, ds.StudyTime, ds.StudyID = date, "101500", str(study + 1)
    ds.StudyDescription, ds.AccessionNumber = description, accession
    ds.StudyInstanceUID = f"1.2.826.0.1.3680043.10.1.{study}"
    ds.Modality, ds.SeriesNumber = modality, series_number
    ds.SeriesInstanceUID = f"1.2.826.0.1.3680043.10.1.{study}.{series}"
    ds.SeriesDescription = series_description
    if body_part:
        ds.BodyPartExamined = body_part
    ds.InstanceNumber = number
    ds.Rows = ds.Columns = 2
    ds.SamplesPerPixel, ds.PhotometricInterpretation = 1, "MONOCHROME2"
    ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 16, 12, 11, 0
    ds.PixelData = bytes(range(8))
    return ds


def _patient_record(ds: Dataset) -> Dataset:
    """pydicom's PATIENT record with the birth date real discs carry (optional in DICOM,
    left out by pydicom)."""
    record: Dataset = fileset._define_patient(ds)
    record.PatientBirthDate = ds.PatientBirthDate
    return record


def _series_record(ds: Dataset) -> Dataset:
    """pydicom's SERIES record with the description and body part real discs carry."""
    record: Dataset = fileset._define_series(ds)
    for keyword in ("SeriesDescription", "BodyPartExamined"):
        if keyword in ds:
            setattr(record, keyword, ds.get(keyword))
    return record


def _write(folder: Path, *extra: Dataset) -> Path:
    """A disc's folder: DICOMDIR and the image files pydicom wrote beside it."""
    files = fileset.FileSet()
    for s, (_, _, _, all_series) in enumerate(STUDIES):
        for r, spec in enumerate(all_series):
            for number in range(1, spec[4] + 1):
                files.add(image(s, r, number))
    for ds in extra:
        files.add(ds)
    files.write(folder)
    return folder


def write_disc(folder: Path, *extra: Dataset) -> Path:
    """A disc's folder: DICOMDIR and the image files pydicom wrote beside it, with the
    PATIENT and SERIES records real discs carry."""
    saved = dict(fileset.DIRECTORY_RECORDERS)
    fileset.DIRECTORY_RECORDERS["PATIENT"] = _patient_record
    fileset.DIRECTORY_RECORDERS["SERIES"] = _series_record
    try:
        return _write(folder, *extra)
    finally:
        fileset.DIRECTORY_RECORDERS.clear()
        fileset.DIRECTORY_RECORDERS.update(saved)
