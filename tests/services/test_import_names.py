"""Issue 14: a file whose name is not valid UTF-8 (a Latin-1 name copied from an old disk,
say) is imported like any other; its name is shown and stored with replacement characters,
and neither the import nor the command line stops on it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from secondop_desktop import cases, records
from secondop_desktop.records import importer
from secondop_desktop.store import Vault

from ..files import text_pdf
from ..support import PASSPHRASE

RAW_NAME = b"r\xe9sum\xe9 \xff report.pdf"  # Latin-1 bytes: not UTF-8


def _bad_name_file(folder: Path) -> Path:
    """A real file whose name holds bytes that are not UTF-8, made through a bytes path."""
    source = text_pdf(folder / "source.pdf", [["# Pathology", "Ki-67 about 20 percent"]])
    raw = os.path.join(os.fsencode(folder), RAW_NAME)
    fd = os.open(raw, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(source.read_bytes())
    source.unlink()
    path = Path(os.fsdecode(raw))  # what os.listdir and argv give: surrogate escapes
    assert path.exists()
    return path


pytestmark = pytest.mark.skipif(
    sys.platform in ("win32", "darwin"), reason="these file systems refuse non-UTF-8 names"
)


def test_a_non_utf8_name_imports_with_a_displayable_name(vault: Vault, tmp_path: Path) -> None:
    case = cases.create_case(vault, cases.Case(patient_name="Ana"))
    assert case.id is not None
    folder = tmp_path / "from a disk"
    folder.mkdir()
    path = _bad_name_file(folder)
    report = importer.import_files(vault, case.id, [folder])  # found by walking the folder
    [item] = report.items
    assert item.status == "imported", item.reason
    item.path.encode("utf-8")  # shown and logged: no lone surrogates
    assert "\ufffd" in item.path and item.path.endswith(" report.pdf")
    json.dumps(item.to_json(), ensure_ascii=False).encode("utf-8")
    rec = records.get_record(vault, item.record_id)
    assert rec.original_name == "r\ufffdsum\ufffd \ufffd report.pdf"
    rec.title.encode("utf-8")
    assert records.read_content(vault, rec.id) == path.read_bytes()
    # A file refused for its type: the reason quotes its suffix, displayably.
    odd = os.path.join(os.fsencode(folder), b"notes.d\xff")
    with open(odd, "wb") as fh:
        fh.write(b"plain words, not a record")
    [refused] = importer.import_files(vault, case.id, [Path(os.fsdecode(odd))]).items
    assert refused.status == "rejected"
    (refused.path + refused.reason).encode("utf-8")
    # The same file given by its own path imports the same way (a duplicate now).
    [again] = importer.import_files(vault, case.id, [path]).items
    assert again.status == "duplicate" and "\ufffd" in again.path


def test_the_command_line_imports_a_non_utf8_name(vault_dir: Path, tmp_path: Path) -> None:
    path = _bad_name_file(tmp_path)
    base = [sys.executable, "-m", "secondop_desktop"]
    opts = ["--vault", str(vault_dir), "--passphrase-stdin"]
    made = subprocess.run(
        [*base, "case", "add", *opts, "--patient", "Ana"],
        input=PASSPHRASE + "\n", capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    done = subprocess.run(
        [*base, "import", *opts, "--case", "1", "--json", os.fsencode(path)],
        input=(PASSPHRASE + "\n").encode(), capture_output=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert b"Traceback" not in done.stderr
    [item] = json.loads(done.stdout.decode("utf-8"))
    assert item["status"] == "imported" and "\ufffd" in item["path"]
    plain = subprocess.run(
        [*base, "import", *opts, "--case", "1", os.fsencode(path)],
        input=(PASSPHRASE + "\n").encode(), capture_output=True, timeout=300,
    )  # fmt: skip
    assert plain.returncode == 0, plain.stderr.decode("utf-8", "replace")
    assert b"Traceback" not in plain.stderr
    plain.stdout.decode("utf-8")  # every line is valid UTF-8
