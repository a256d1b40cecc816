"""An Apple Health Records export: the folder ``clinical-records`` of Health's "Export All
Health Data", one FHIR resource per JSON file (issue 19). It is imported as one record,
not hundreds: the folder is one thing the user chose.

Its files are packed into a zip built the same way every time (sorted names, fixed
times), so the folder has one SHA-256 (a second import of the same export is a
duplicate) and one original to attach to the record's PDF, byte for byte per file.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

FOLDER_NAME = "clinical-records"
_EPOCH = (1980, 1, 1, 0, 0, 0)  # zip's earliest time: the same bytes for the same files


def is_health_export(path: Path) -> bool:
    """A folder named as Health names it, holding JSON files."""
    try:
        return (
            path.is_dir()
            and path.name.lower() == FOLDER_NAME
            and any(p.suffix.lower() == ".json" for p in path.iterdir())
        )
    except OSError:
        return False


def files(folder: Path) -> list[tuple[str, bytes]]:
    """The export's JSON files (name, bytes), by name; hidden files, sub-folders and links
    are not followed."""
    out = []
    for p in sorted(folder.iterdir()):
        if p.name.startswith(".") or p.is_symlink() or not p.is_file():
            continue
        if p.suffix.lower() == ".json":
            out.append((p.name, p.read_bytes()))
    return out


def packed(folder: Path) -> bytes:
    """The export as one zip, the same bytes for the same files."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files(folder):
            info = zipfile.ZipInfo(f"{FOLDER_NAME}/{name}", date_time=_EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    return buffer.getvalue()
