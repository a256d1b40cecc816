"""Issue 19: a key image chosen from an imaging disc (one DICOM file) becomes a PNG record,
read in the sandbox: its display window applied, MONOCHROME1 inverted, JPEG-compressed
images decoded; a damaged or unsupported one is refused with a sentence."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from pydicom.dataset import Dataset
from pydicom.encaps import encapsulate
from pydicom.uid import JPEGBaseline8Bit, RLELossless

from secondop_desktop import cases, records
from secondop_desktop.records import filetypes, importer
from secondop_desktop.store import Vault

from ..discs import image


@pytest.fixture
def case_id(vault: Vault) -> int:
    return cases.create_case(vault, cases.Case(patient_name="Ana María Ramírez")).id or 0


def _ramp(ds: Dataset, rows: int = 32, cols: int = 64) -> Dataset:
    """A 12-bit horizontal ramp from 0 to 4095 in 16-bit words."""
    ds.Rows, ds.Columns = rows, cols
    values = [round(x * 4095 / (cols - 1)) for x in range(cols)] * rows
    ds.PixelData = b"".join(v.to_bytes(2, "little") for v in values)
    return ds


def _write(ds: Dataset, path: Path) -> Path:
    ds.save_as(path, enforce_file_format=True)
    return path


def _png(vault: Vault, record_id: int) -> Image.Image:
    return Image.open(io.BytesIO(records.read_content(vault, record_id)))


def test_a_key_image_becomes_a_png_record_with_its_window(
    vault: Vault, case_id: int, tmp_path: Path
) -> None:
    ds = _ramp(image(0, 1, 3))
    ds.WindowCenter, ds.WindowWidth = 2048, 2048  # shows 1024..3072; the rest is clipped
    path = _write(ds, tmp_path / "IM0003")
    assert filetypes.sniff(path.read_bytes()[: filetypes.HEAD_BYTES]) == filetypes.DICOM
    (item,) = importer.import_files(vault, case_id, [path]).items
    assert item.status == "imported", item.reason
    record = records.get_record(vault, item.record_id or 0)
    assert record.media_type == filetypes.PNG and record.rendered
    assert record.title == "CT, Axial 5 mm, image 3"
    assert records.thumbnail(vault, record.id)
    png = _png(vault, record.id)
    assert png.size == (64, 32) and png.mode == "L"
    row = [png.getpixel((x, 0)) for x in range(64)]
    assert row[0] == 0 and row[-1] == 255  # below and above the window: clipped
    # Inside the window, grey in proportion: column 31 holds 2015, (2015 - 1024) / 2048.
    assert row[31] == pytest.approx((2015 - 1024) * 255 / 2048, abs=1)
    assert row == sorted(row), "the ramp stays a ramp"


def test_monochrome1_is_inverted_and_jpeg_is_decoded(
    vault: Vault, case_id: int, tmp_path: Path
) -> None:
    mono1 = _ramp(image(1, 0, 1))
    mono1.PhotometricInterpretation = "MONOCHROME1"
    jpeg = image(0, 0, 2)
    picture = Image.linear_gradient("L").resize((48, 40))
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=95)
    jpeg.file_meta.TransferSyntaxUID = JPEGBaseline8Bit
    jpeg.Rows, jpeg.Columns = 40, 48
    jpeg.BitsAllocated, jpeg.BitsStored, jpeg.HighBit = 8, 8, 7
    jpeg.PixelData = encapsulate([buffer.getvalue()])
    jpeg["PixelData"].VR = "OB"
    jpeg["PixelData"].is_undefined_length = True
    paths = [_write(mono1, tmp_path / "m1"), _write(jpeg, tmp_path / "j1")]
    items = importer.import_files(vault, case_id, paths).items
    assert [i.status for i in items] == ["imported", "imported"], items
    inverted = _png(vault, items[0].record_id or 0)
    assert inverted.getpixel((0, 0)) == 255 and inverted.getpixel((63, 0)) == 0
    decoded = _png(vault, items[1].record_id or 0)
    assert decoded.size == (48, 40)
    assert abs(decoded.getpixel((10, 39)) - picture.getpixel((10, 39))) < 8


def test_damaged_or_unsupported_images_are_refused_with_a_reason(
    vault: Vault, case_id: int, tmp_path: Path
) -> None:
    cut = _ramp(image(0, 0, 1))
    cut.PixelData = cut.PixelData[:100]
    huge = image(0, 0, 2)
    huge.Rows = huge.Columns = 60000
    rle = image(0, 0, 3)
    rle.file_meta.TransferSyntaxUID = RLELossless
    rle.PixelData = encapsulate([b"\x00" * 64])
    rle["PixelData"].VR = "OB"
    rle["PixelData"].is_undefined_length = True
    paths = [
        _write(cut, tmp_path / "cut"),
        _write(huge, tmp_path / "huge"),
        _write(rle, tmp_path / "rle"),
    ]
    items = importer.import_files(vault, case_id, paths).items
    assert [i.status for i in items] == ["rejected"] * 3
    assert "incomplete" in items[0].reason
    assert "60000 x 60000" in items[1].reason
    assert "Export it as a picture" in items[2].reason
    assert records.list_records(vault, case_id) == []


def test_a_disc_folder_still_brings_only_its_index(vault: Vault, tmp_path: Path) -> None:
    """Choosing the disc imports its index; images come in only when chosen one by one."""
    from ..discs import write_disc

    case_id = cases.create_case(vault, cases.Case(patient_name="Ana")).id or 0
    disc = write_disc(tmp_path / "disc")
    from secondop_desktop.packet.structured import document_pdf

    items = importer.import_files(vault, case_id, [disc], render_structured=document_pdf).items
    assert [Path(i.path).name for i in items] == ["DICOMDIR"]
