"""SECURITY.md T7/issue 7: a full disk. On a real small tmpfs (mounted by the test when it
runs as root, as in CI), import, edit, export and backup each fail with a clear message
and lose nothing already saved. Without root, the store's injected "full" test stands in."""

from __future__ import annotations

import contextlib
import os
import subprocess
from pathlib import Path

import pytest

from secondop_desktop import cases, records
from secondop_desktop.packet import PacketError, PacketSpec, build_packet
from secondop_desktop.records import importer
from secondop_desktop.store import TEST_KDF, StorageFull, Vault
from secondop_desktop.vault import backups

from ..files import photo, text_pdf
from ..support import PASSPHRASE


@pytest.fixture
def small_disk(tmp_path: Path):  # type: ignore[no-untyped-def]
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root (CI runs as root)")
    disk = tmp_path / "disk"
    disk.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=8m,mode=0700", "tmpfs", str(disk)],
        capture_output=True,
    )
    if mounted.returncode != 0:
        pytest.skip("this container may not mount a tmpfs")
    try:
        yield disk
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)


def _fill(disk: Path, leave: int) -> Path:
    """Fill the disk, leaving about ``leave`` bytes free."""
    filler = disk / "filler"
    st = os.statvfs(disk)
    free = st.f_bavail * st.f_frsize
    with open(filler, "wb") as fh:
        remaining = max(0, free - leave)
        while remaining > 0:
            chunk = min(remaining, 1 << 20)
            try:
                fh.write(b"\0" * chunk)
                fh.flush()
            except OSError:
                break
            remaining -= chunk
    return filler


def test_full_disk_loses_nothing(small_disk: Path, tmp_path: Path) -> None:
    folder = small_disk / "vault"
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=TEST_KDF)
    case = cases.create_case(vault, cases.Case(patient_name="Ana Okafor", reason="first"))
    first = text_pdf(tmp_path / "first.pdf", [["# Okafor report", "kept"]])
    importer.import_files(vault, case.id, [first])
    (kept,) = records.list_records(vault, case.id)
    filler = _fill(small_disk, leave=96 * 1024)
    try:
        # Import: a photo larger than the space left.
        big = photo(tmp_path / "big.png", "PNG", (900, 900))
        with open(big, "ab") as fh:
            fh.write(os.urandom(600_000))
        small = text_pdf(tmp_path / "n.pdf")
        report = importer.import_files(vault, case.id, [big, small])
        assert "disk is full" in report.summary()
        for item in report.items:  # whichever file hit the limit says so; later ones too
            assert item.status == importer.IMPORTED or "disk is full" in item.reason, item
        assert report.items[0].status != importer.IMPORTED  # the big one never fits
        stored = {r.original_name: r for r in records.list_records(vault, case.id)}
        assert "big.png" not in stored and kept.id in {r.id for r in stored.values()}
        for r in stored.values():  # whatever fitted is complete
            source = first if r.id == kept.id else small
            assert records.read_content(vault, r.id) == source.read_bytes()
        # Edit: a change too big for what is left.
        saved = cases.get_case(vault, case.id)
        saved.reason = "x" * 4000
        with pytest.raises(StorageFull, match="disk is full"):
            for _ in range(200):  # until the pages run out
                saved.reason += "y" * 4000
                cases.update_case(vault, saved)
        assert cases.get_case(vault, case.id).reason.startswith(("first", "x"))
        # Export onto the full disk: refused, nothing at the destination.
        out = small_disk / "packet.pdf"
        with pytest.raises(PacketError, match="could not be written"):
            build_packet(vault, PacketSpec(case_id=case.id, record_ids=[kept.id]), out)
        assert not out.exists() and not list(small_disk.glob(".packet.pdf.*"))
        # Backup onto the full disk: refused, nothing left behind.
        with pytest.raises(StorageFull):
            backups.back_up_to(vault, small_disk / "b")
        assert not list(small_disk.glob("b*")) and not list(small_disk.glob(".b*"))
    finally:
        with contextlib.suppress(FileNotFoundError):
            filler.unlink()
    assert vault.check() == []
    assert records.read_content(vault, kept.id) == first.read_bytes()
    vault.lock()
    again = Vault.open(folder, PASSPHRASE)
    assert [c.patient_name for c in cases.list_cases(again)] == ["Ana Okafor"]
    assert again.check() == []
    again.lock()
