"""SECURITY.md T6, with no good backup: the damaged vault is opened read-only and what
can still be read is saved, record by record, each checked against its SHA-256."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from secondop_desktop import cases, records
from secondop_desktop.records import importer
from secondop_desktop.store import TEST_KDF, Vault
from secondop_desktop.vault import salvage

from ..support import PASSPHRASE, file_hashes


def test_salvage_saves_the_readable_records_and_names_the_lost(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=TEST_KDF)
    case = cases.create_case(vault, cases.Case(patient_name="Ana Okafor", reason="why"))
    inputs = tmp_path / "in"
    inputs.mkdir()
    for i in range(4):  # incompressible images: most of the file is their chunks
        (inputs / f"scan-{i}.png").write_bytes(_png(os.urandom(300 * 300 * 3), 300))
    importer.import_files(vault, case.id, [inputs])
    originals = {
        r.title: records.read_content(vault, r.id) for r in records.list_records(vault, case.id)
    }
    vault.lock()
    size = (folder / "vault.db").stat().st_size
    for fraction in (0.55, 0.65, 0.75, 0.85, 0.45):  # a page inside some record's chunks
        trial = tmp_path / f"damaged-{fraction}"
        shutil.copytree(folder, trial)
        db = trial / "vault.db"
        raw = bytearray(db.read_bytes())
        raw[int(size * fraction)] ^= 0xFF
        db.write_bytes(bytes(raw))
        before = file_hashes(trial)
        report = salvage.salvage(trial, PASSPHRASE, tmp_path / f"saved-{fraction}")
        assert file_hashes(trial) == before  # read-only: nothing written to the vault
        if report.lost:
            break
    assert report.lost and any(t.startswith("“scan-") for t in report.lost)
    saved_files = [p for p in report.folder.rglob("*.png")]
    assert saved_files and len(saved_files) + len(report.lost) == 4
    for path in saved_files:
        title = path.stem.split(" ", 1)[1]
        assert path.read_bytes() == originals[title]  # byte-identical
    assert (report.folder / f"{case.id} Ana Okafor" / "case.json").exists()
    assert "could not be read" in report.summary()


def _png(rgb: bytes, side: int) -> bytes:
    import io

    from PIL import Image

    buf = io.BytesIO()
    Image.frombytes("RGB", (side, side), rgb).save(buf, "PNG")
    return buf.getvalue()


def test_salvage_keeps_unlocked_and_repaired_pdfs_of_a_healthy_vault(tmp_path: Path) -> None:
    """A protected PDF is stored as its unlocked copy (its hash is the original's), a
    damaged one as its repaired copy with the original inside: both are what their record
    says they store, so both are saved, as stored."""
    from ..files import REPAIRABLE, damaged_pdf, protected_pdf

    folder = tmp_path / "vault"
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=TEST_KDF)
    case = cases.create_case(vault, cases.Case(patient_name="Ana Okafor", reason="why"))
    locked = protected_pdf(tmp_path / "portal.pdf", "02091954")
    broken = damaged_pdf(tmp_path / "letter.pdf", REPAIRABLE[0])
    importer.import_files(vault, case.id, [locked, broken], passwords={str(locked): "02091954"})
    recs = records.list_records(vault, case.id)
    assert sorted((r.unlocked_copy, r.repaired) for r in recs) == [(False, True), (True, False)]
    stored = {r.id: records.read_content(vault, r.id) for r in recs}
    vault.lock()
    report = salvage.salvage(folder, PASSPHRASE, tmp_path / "saved")
    assert report.lost == []
    assert sorted(report.saved_records) == sorted(stored)
    assert sorted(p.read_bytes() for p in report.folder.rglob("*.pdf")) == sorted(stored.values())


def test_salvage_refuses_bytes_that_no_longer_match_their_fingerprint(tmp_path: Path) -> None:
    """Bytes that read back cleanly (every page's own check passes) but are not the file
    that was imported (changed by a bug, a bad restore, a tamperer with the key) are not
    saved as the record: its SHA-256 is checked, and the record is named as lost."""
    folder = tmp_path / "vault"
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=TEST_KDF)
    case = cases.create_case(vault, cases.Case(patient_name="Ana Okafor", reason="why"))
    inputs = tmp_path / "in"
    inputs.mkdir()
    for i in range(2):
        (inputs / f"scan-{i}.png").write_bytes(_png(os.urandom(40 * 40 * 3), 40))
    importer.import_files(vault, case.id, [inputs])
    recs = {r.title: r for r in records.list_records(vault, case.id)}
    assert sorted(recs) == ["scan-0", "scan-1"]
    kept = records.read_content(vault, recs["scan-0"].id)
    changed = recs["scan-1"]
    original = records.read_content(vault, changed.id)
    with vault.transaction() as db:
        (chunk,) = [
            row[0] for row in db.execute(
                "SELECT data FROM record_chunks WHERE record_id = ? AND seq = 0", [changed.id]
            ).fetchall()
        ]  # fmt: skip
        altered = bytes(chunk[:-8]) + bytes(8)  # the same length, its last bytes zeroed
        assert altered != bytes(chunk)
        db.execute(
            "UPDATE record_chunks SET data = ? WHERE record_id = ? AND seq = 0",
            [altered, changed.id],
        )
    assert records.read_content(vault, changed.id) != original  # readable, and wrong
    vault.lock()
    report = salvage.salvage(folder, PASSPHRASE, tmp_path / "saved")
    assert report.saved_records == [recs["scan-0"].id]
    assert report.lost_records == [changed.id]
    assert any("“scan-1”" in lost and "no longer match" in lost for lost in report.lost)
    assert [p.read_bytes() for p in report.folder.rglob("*.png")] == [kept]
