"""A key image from an imaging disc (one DICOM file the user chose) as a PNG record (issue
19): the scans themselves stay on the disc, but a doctor often wants the one slice the
report talks about in the packet.

Read inside the import sandbox (untrusted bytes, its time and memory limits). The pixels
are turned into an 8-bit picture with the study's own display window (its Window Center
and Width; otherwise the image's full range), with Pillow and no numeric library:
uncompressed monochrome (8 or 16 bits, signed or not, either byte order) and RGB, and the
compressed kinds Pillow decodes (JPEG baseline and extended, JPEG 2000). Anything else is
refused with a sentence saying to export the image from the disc's own viewer.
"""

from __future__ import annotations

import io
import logging
import warnings
from pathlib import Path
from typing import Any

from secondop_desktop.i18n import translate

log = logging.getLogger(__name__)
MAX_FILE_BYTES = 512 * 1024 * 1024  # a multi-frame CT series in one file stays under this


class NotConvertible(ValueError):
    """The image cannot be made into a picture here; ``str()`` says why."""


def _first(value: Any, default: float | None) -> float | None:
    """A DICOM number that may be several values (a window per preset): the first."""
    if value is None:
        return default
    try:
        if hasattr(value, "__iter__") and not isinstance(value, str | bytes):
            value = next(iter(value))
        return float(value)
    except (TypeError, ValueError, StopIteration):
        return default


def png_of(path: Path, max_pixels: int) -> tuple[bytes, str]:
    """The first frame of the DICOM file at ``path`` as PNG bytes, and a title for it
    ("CT chest, series 2, image 14"). Raises :class:`NotConvertible` with the reason."""
    import pydicom
    from PIL import Image, ImageOps

    if path.stat().st_size > MAX_FILE_BYTES:
        raise NotConvertible(
            translate("dicom_image", "The image file is too large to convert here.")
        )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            ds = pydicom.dcmread(path)
            rows, cols = int(ds.Rows), int(ds.Columns)
            pixels = ds.PixelData
            syntax = ds.file_meta.TransferSyntaxUID
    except Exception as exc:  # pydicom raises many kinds on damaged files
        log.info("DICOM image not readable: %s", type(exc).__name__)
        raise NotConvertible(
            translate("dicom_image", "The file is not a readable DICOM image.")
        ) from None
    if rows <= 0 or cols <= 0 or rows * cols > max_pixels:
        raise NotConvertible(
            translate(
                "dicom_image", "The image's size ({cols} x {rows}) cannot be opened safely."
            ).format(cols=cols, rows=rows)
        )
    samples = int(ds.get("SamplesPerPixel", 1))
    bits = int(ds.get("BitsAllocated", 8))
    signed = int(ds.get("PixelRepresentation", 0)) == 1
    photometric = str(ds.get("PhotometricInterpretation", "MONOCHROME2")).upper()
    try:
        if syntax.is_compressed:
            img = _compressed(ds, pixels, Image)
        else:
            planar = int(ds.get("PlanarConfiguration", 0) or 0) == 1
            img = _raw(
                pixels, rows, cols, samples, bits, signed, photometric, syntax, Image, planar
            )
    except NotConvertible:
        raise
    except Exception as exc:  # a decoder's own error: said as "cannot convert", logged
        log.info("DICOM pixels not convertible: %s", type(exc).__name__)
        raise NotConvertible(_unsupported()) from None
    if img.mode in ("I", "I;16", "I;16B", "F"):
        img = _windowed(img.convert("I") if img.mode != "F" else img, ds)
    if photometric == "MONOCHROME1":  # 0 is white on these
        img = ImageOps.invert(img.convert("L"))
    if img.mode not in ("L", "RGB"):
        img = img.convert("RGB")
    out = io.BytesIO()
    img.save(out, "PNG", optimize=True)
    return out.getvalue(), _title(ds)


def _unsupported() -> str:
    return translate(
        "dicom_image",
        "This image is stored in a way SecondOp cannot convert. Export it as a picture "
        "from the viewer on the disc, then add that picture.",
    )


def _raw(
    pixels: bytes,
    rows: int,
    cols: int,
    samples: int,
    bits: int,
    signed: bool,
    photometric: str,
    syntax: Any,
    Image: Any,
    planar: bool = False,
) -> Any:
    big = not syntax.is_little_endian
    size = (cols, rows)
    frame = rows * cols * samples * (bits // 8)
    if len(pixels) < frame:
        raise NotConvertible(
            translate("dicom_image", "The image's pixel data is incomplete: the file is damaged.")
        )
    data = bytes(pixels[:frame])
    if samples == 1 and bits == 8:
        return Image.frombytes("L", size, data)
    if samples == 1 and bits == 16:
        raw = "I;16" + ("B" if big else "") + ("S" if signed else "")
        return Image.frombytes("I", size, data, "raw", raw)
    if samples == 3 and bits == 8:
        mode = "YCbCr" if photometric.startswith("YBR_FULL") else "RGB"
        if planar:  # all red, then all green, then all blue
            n = rows * cols
            bands = [Image.frombytes("L", size, data[i * n : (i + 1) * n]) for i in range(3)]
            return Image.merge(mode, bands).convert("RGB")
        return Image.frombytes(mode, size, data).convert("RGB")
    raise NotConvertible(_unsupported())


def _compressed(ds: Any, pixels: bytes, Image: Any) -> Any:
    from pydicom.encaps import generate_frames

    frames = int(ds.get("NumberOfFrames", 1) or 1)
    first = next(generate_frames(pixels, number_of_frames=frames))
    img = Image.open(io.BytesIO(first))
    img.load()
    return img


def _windowed(img: Any, ds: Any) -> Any:
    """16-bit values to 8 bits through the study's display window (in stored values)."""
    slope = _first(ds.get("RescaleSlope"), 1.0) or 1.0
    intercept = _first(ds.get("RescaleIntercept"), 0.0) or 0.0
    center = _first(ds.get("WindowCenter"), None)
    width = _first(ds.get("WindowWidth"), None)
    if center is not None and width is not None and width > 1:
        low = (center - width / 2 - intercept) / slope
        high = (center + width / 2 - intercept) / slope
    else:
        low, high = img.getextrema()
    if high <= low:
        high = low + 1
    scale = 255.0 / (high - low)
    return img.point(lambda v: v * scale - low * scale).convert("L")


def _title(ds: Any) -> str:
    """What the image is, as its header says ("CT, Axial 5 mm, image 3")."""
    parts = [
        str(ds.get("Modality", "") or ""),
        str(ds.get("SeriesDescription", "") or "") or str(ds.get("StudyDescription", "") or ""),
    ]
    number = ds.get("InstanceNumber")
    if number not in (None, ""):
        parts.append(translate("dicom_image", "image {n}").format(n=number))
    shown = ", ".join(p.strip() for p in parts if p and p.strip())
    return shown or translate("dicom_image", "Key image")
