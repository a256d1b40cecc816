"""Issue 19: an imaging disc's index (DICOMDIR) read into a Document (dicomdir.py). The disc
is built here with pydicom's own File-set writer (2 studies, CT and MR, a few tiny images
each), so what the reader must find is known; the images are deleted before reading, as
the index alone is read. Hostile or wrong inputs are refused with a sentence."""

from __future__ import annotations

import io
import struct
import warnings
from collections.abc import Iterator
from pathlib import Path

import pydicom
import pytest
from pydicom import fileset
from pydicom.dataset import Dataset
from pydicom.uid import generate_uid

from secondop_desktop.records.structured.dicomdir import MAX_RECORDS, read_dicomdir
from secondop_desktop.records.structured.model import MAX_BYTES, Malformed

from ..discs import STUDIES, _patient_record, _series_record, _write
from ..discs import image as _image


@pytest.fixture(autouse=True)
def _records_as_discs_have_them(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(fileset.DIRECTORY_RECORDERS, "PATIENT", _patient_record)
    monkeypatch.setitem(fileset.DIRECTORY_RECORDERS, "SERIES", _series_record)


@pytest.fixture
def disc(tmp_path: Path) -> Path:
    return _write(tmp_path / "disc")


def _images(folder: Path) -> Iterator[Path]:
    return (path for path in folder.rglob("*") if path.is_file() and path.name != "DICOMDIR")


def test_the_disc_reads_from_its_index_alone(disc: Path) -> None:
    assert len(list(_images(disc))) == 11
    for path in list(_images(disc)):  # the reader never opens an image: none is there
        path.unlink()
    doc = read_dicomdir((disc / "DICOMDIR").read_bytes())

    assert doc.format == "DICOMDIR"
    assert doc.title == "Imaging disc: 2 studies"
    assert doc.patient_name == "Ana María Ramírez"
    assert doc.patient_birth_date == "1971-08-23"
    assert doc.date == "2024-05-02"  # the latest study
    overview, *studies = doc.sections
    assert overview.title == "Studies"
    (table,) = overview.tables
    assert table.columns == (
        "Date", "Modality", "Description", "Body part", "Series", "Images", "Accession number"
    )  # fmt: skip
    assert table.rows == (
        ("2023-03-14", "CT", "CT chest with contrast", "CHEST", "2", "6", "ACC-1001"),
        ("2024-05-02", "MR", "MRI brain", "HEAD", "2", "5", "ACC-2002"),
    )
    assert [section.title for section in studies] == [
        "Study of 2023-03-14: CT chest with contrast",
        "Study of 2024-05-02: MRI brain",
    ]
    for section, (_, _, _, all_series) in zip(studies, STUDIES, strict=True):
        (series,) = section.tables
        assert series.columns == ("Series", "Modality", "Description", "Body part", "Images")
        assert series.rows == tuple(
            (str(number), modality, description, part, str(images))
            for number, modality, description, part, images in all_series
        )


def test_a_disc_about_two_people_says_so(tmp_path: Path) -> None:
    """The case's patient is the disc's first; the other is named on each of their studies,
    and the importer's another-patient check sees the first patient's name."""
    other = _image(0, 0, 1)
    other.PatientName, other.PatientID, other.PatientBirthDate = "Ng^Wei", "X-7", "19500101"
    other.StudyInstanceUID, other.SeriesInstanceUID = generate_uid(), generate_uid()
    other.StudyDate, other.StudyDescription, other.AccessionNumber = "20220101", "CT abdomen", ""
    doc = read_dicomdir((_write(tmp_path / "disc", other) / "DICOMDIR").read_bytes())
    assert (doc.patient_name, doc.patient_birth_date) == ("Ana María Ramírez", "1971-08-23")
    assert doc.title == "Imaging disc: 3 studies"
    (overview, *_) = doc.sections
    assert overview.paragraphs == ("This disc holds images of 2 patients.",)
    assert overview.tables[0].columns[-1] == "Patient"
    assert [row[-1] for row in overview.tables[0].rows] == [
        "Ana María Ramírez", "Ana María Ramírez", "Wei Ng"
    ]  # fmt: skip
    assert overview.tables[0].rows[2][:7] == (
        "2022-01-01",
        "CT",
        "CT abdomen",
        "CHEST",
        "1",
        "1",
        "",
    )


def test_the_index_is_read_without_pixel_data(disc: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Headers only: pydicom is asked to stop before pixels, from the bytes given."""
    calls: list[tuple[bool, bool]] = []
    real = pydicom.dcmread

    def spy(source: io.BytesIO, *, stop_before_pixels: bool, force: bool) -> Dataset:
        assert isinstance(source, io.BytesIO)
        calls.append((stop_before_pixels, force))
        return real(source, stop_before_pixels=stop_before_pixels, force=force)

    monkeypatch.setattr(pydicom, "dcmread", spy)
    read_dicomdir((disc / "DICOMDIR").read_bytes())
    assert calls == [(True, False)]  # stop before pixels; no DICM marker, no reading


def _with_file_id(disc: Path, file_id: list[str]) -> bytes:
    """The disc's index with its second image's file ID replaced, same length (padded) so
    every record keeps its offset and the links stay whole."""
    index = pydicom.dcmread(disc / "DICOMDIR")
    images = [r for r in index.DirectoryRecordSequence if r.DirectoryRecordType == "IMAGE"]
    original = "\\".join(images[1].ReferencedFileID)
    pad = len(original) - len("\\".join(file_id))
    assert pad >= 0
    out = io.BytesIO()
    with warnings.catch_warnings():  # ".." is no valid code string: pydicom warns
        warnings.simplefilter("ignore")
        images[1].ReferencedFileID = [*file_id[:-1], file_id[-1] + "X" * pad]
        index.save_as(out)
    data = out.getvalue()
    links = [r.seq_item_tell for r in pydicom.dcmread(io.BytesIO(data)).DirectoryRecordSequence]
    assert links == [r.seq_item_tell for r in index.DirectoryRecordSequence]
    return data


@pytest.mark.parametrize(
    "file_id",
    [
        ["..", "..", "ETC", "PASSWD"],
        ["PT000000", "..", "..", "SECRET"],
        ["/ETC", "PASSWD"],
        ["C:", "WINDOWS"],
    ],
)
def test_an_index_pointing_outside_its_folder_is_refused(disc: Path, file_id: list[str]) -> None:
    data = _with_file_id(disc, file_id)
    with pytest.raises(Malformed, match="points outside its own folder"):
        read_dicomdir(data)


def test_an_ordinary_file_id_of_the_same_length_still_reads(disc: Path) -> None:
    doc = read_dicomdir(_with_file_id(disc, ["PT000000", "ST000000", "SE000001", "IM"]))
    assert len(doc.sections[0].tables[0].rows) == 2


def test_a_file_that_is_not_dicom_is_refused() -> None:
    with pytest.raises(Malformed, match="not a DICOM file"):
        read_dicomdir(b"%PDF-1.7\n" + b"\0" * 300)
    with pytest.raises(Malformed, match="not a DICOM file"):
        read_dicomdir(b"")


def test_a_dicom_image_is_not_an_index(disc: Path) -> None:
    image = next(_images(disc)).read_bytes()
    with pytest.raises(Malformed, match="not a disc's index"):
        read_dicomdir(image)


def test_a_larger_file_than_secondop_reads_is_refused() -> None:
    with pytest.raises(Malformed, match="larger than 64 MB"):
        read_dicomdir(b" " * (MAX_BYTES + 1))


def test_an_index_of_more_entries_than_secondop_reads_is_refused(disc: Path) -> None:
    data = (disc / "DICOMDIR").read_bytes()
    item = struct.pack("<HHI", 0xFFFE, 0xE000, 0)
    with pytest.raises(Malformed, match="more than 100000 entries"):
        read_dicomdir(data + item * (MAX_RECORDS + 1))


def test_a_damaged_index_is_refused(disc: Path) -> None:
    data = (disc / "DICOMDIR").read_bytes()
    with pytest.raises(Malformed, match="damaged"):
        read_dicomdir(data[: len(data) // 2])


def test_records_linked_in_a_loop_are_refused(disc: Path) -> None:
    """Each record is walked once: links pointing back refuse the index (a hostile one
    could otherwise keep the reader walking)."""
    index = pydicom.dcmread(disc / "DICOMDIR")
    images = [r for r in index.DirectoryRecordSequence if r.DirectoryRecordType == "IMAGE"]
    images[1].OffsetOfTheNextDirectoryRecord = images[0].seq_item_tell  # same length: UL
    out = io.BytesIO()
    index.save_as(out)
    with pytest.raises(Malformed, match="link in a loop"):
        read_dicomdir(out.getvalue())


def test_sequences_nested_thousands_deep_are_refused(disc: Path) -> None:
    """A hostile index nesting sequences 20,000 deep exhausts a recursive reader: refused."""
    data = (disc / "DICOMDIR").read_bytes()
    meta = pydicom.dcmread(io.BytesIO(data)).file_meta
    header = data[: 132 + 12 + meta.FileMetaInformationGroupLength]
    sequence = struct.pack("<HH2sHI", 0x0008, 0x1115, b"SQ", 0, 0xFFFFFFFF)
    item = struct.pack("<HHI", 0xFFFE, 0xE000, 0xFFFFFFFF)
    with pytest.raises(Malformed, match="damaged"):
        read_dicomdir(header + (sequence + item) * 20_000)


def test_a_disc_folder_imports_as_one_record_listing_its_studies(
    disc: Path,
    vault_dir: Path,
    qapp,  # type: ignore[no-untyped-def]
) -> None:
    """Through the window's import job, a folder holding a DICOMDIR is an imaging disc:
    its index becomes one readable record listing the studies; the images are not
    imported (nor reported one by one as refused): they stay on the disc."""
    import io
    import subprocess

    import pikepdf

    from secondop_desktop import cases, records
    from secondop_desktop.core.jobs import CancelToken, no_progress
    from secondop_desktop.records import filetypes
    from secondop_desktop.records.source_files import expand_paths
    from secondop_desktop.store import Vault
    from secondop_desktop.ui.records.import_flow import _import_job

    from ..support import PASSPHRASE

    assert [p.name for p in expand_paths([disc])] == ["DICOMDIR"]
    assert filetypes.sniff((disc / "DICOMDIR").read_bytes()[:4096]) == filetypes.DICOMDIR
    vault = Vault.open(vault_dir, PASSPHRASE)
    case_id = cases.create_case(vault, cases.Case(patient_name="Test Patient")).id or 0
    report = _import_job(vault, case_id, [disc], {}, cancel=CancelToken(), progress=no_progress)
    assert [i.status for i in report.items] == ["imported"], report.items
    stored = records.read_content(vault, report.items[0].record_id or 0)
    with pikepdf.open(io.BytesIO(stored)) as pdf:
        assert (
            pdf.attachments["DICOMDIR"].get_file().read_bytes() == (disc / "DICOMDIR").read_bytes()
        )
    text = subprocess.run(
        ["pdftotext", "-", "-"], input=stored, capture_output=True, check=True
    ).stdout.decode()
    for _, description, _, _ in STUDIES:
        assert description in text
    vault.lock()
