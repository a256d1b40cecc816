"""A case file carries what was read from its photos and scans and how they are shown
(issue 20): the words with where they are (the packet's text layer), the pages still to be
read, the same-text mark, and the straightened page the user chose. Bad values refuse the
file; a case file without them has its pictures read again in the new vault."""

from __future__ import annotations

import io
import json
import tarfile
from pathlib import Path

import pytest

from secondop_desktop import casefile, cases, records
from secondop_desktop.casefile import container
from secondop_desktop.records import importer, ocr, ocr_queue, straightening
from secondop_desktop.store import TEST_KDF, Vault

from ..files import text_pdf
from ..photos import sheet_corners, sheet_photo
from .test_casefile import FILE_PASSPHRASE, _case_count, _other_vault
from .test_ocr_duplicates import FAXED, LETTER

pytestmark = pytest.mark.skipif(not ocr.available(), reason="rapidocr is not installed")


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A vault with a case: the portal's PDF of a letter, a photo of its faxed copy taken at
    an angle (read, straightened, read again: marked as a copy of the PDF), and a photo
    not read yet. Returns the vault folder and a plain (tar) case file of it."""
    from ..support import PASSPHRASE

    tmp = tmp_path_factory.mktemp("pictures")
    vault, _ = Vault.create(tmp / "vault", PASSPHRASE, kdf=TEST_KDF)
    case_id = cases.create_case(vault, cases.Case(patient_name="Margaret Okafor")).id or 0
    photo = tmp / "faxed.jpg"
    photo.write_bytes(sheet_photo(FAXED, sheet_corners(25, 5, 4)))
    importer.import_files(vault, case_id, [text_pdf(tmp / "portal.pdf", [LETTER]), photo])
    ocr_queue.run(vault, case_id)
    rid = _id(vault, case_id, "faxed")
    offer = straightening.status(vault, rid)
    assert offer is not None
    straightening.choose(vault, rid, offer.corners, straightening.make(vault, rid, offer.corners))
    ocr_queue.run(vault, case_id)
    later = tmp / "later.jpg"
    later.write_bytes(sheet_photo(["Margaret Okafor", "Clinic letter"], sheet_corners(10, 0, 0)))
    importer.import_files(vault, case_id, [later])
    out = casefile.export_case(vault, case_id, tmp / "plain.secondop-case", None)
    vault.lock()
    return tmp / "vault", out


def _id(vault: Vault, case_id: int, stem: str) -> int:
    return next(r.id for r in records.list_records(vault, case_id) if r.title.startswith(stem))


def test_read_words_straightening_and_the_copy_mark_move_with_the_case(
    made: tuple[Path, Path], tmp_path: Path
) -> None:
    from ..support import PASSPHRASE

    folder, _ = made
    vault = Vault.open(folder, PASSPHRASE)
    try:
        out = casefile.export_case(
            vault, 1, tmp_path / f"case{casefile.SUFFIX}", FILE_PASSPHRASE, kdf=TEST_KDF
        )
        assert b"follicular" not in out.read_bytes(), "encrypted, the words read too"
        other = _other_vault(tmp_path)
        done = casefile.import_case_file(other, out, FILE_PASSPHRASE)
        assert done.case_id is not None and done.records == 3
        old, new = _id(vault, 1, "faxed"), _id(other, done.case_id, "faxed")
        assert records.text_layers(other, new) == records.text_layers(vault, old)
        moved = straightening.status(other, new)
        assert moved is not None and moved == straightening.status(vault, old)
        assert straightening.shown_content(other, new) == straightening.shown_content(vault, old)
        assert straightening.thumbnail(other, new) == straightening.thumbnail(vault, old)
        flagged = records.possible_duplicates(records.list_records(other, done.case_id))
        pairs = {frozenset((a, b.id)) for a, b in flagged.items()}
        assert pairs == {frozenset((new, _id(other, done.case_id, "portal")))}
        # The photo not read yet is read in the new vault.
        assert ocr_queue.waiting(other, done.case_id) == 1 == ocr_queue.waiting(vault, 1)
        assert records.search(other, "lymphoma", case_id=done.case_id)
    finally:
        vault.lock()


def _rewritten(source: Path, target: Path, change) -> Path:  # type: ignore[no-untyped-def]
    with tarfile.open(source) as src, tarfile.open(target, "w") as dst:
        for member in src.getmembers():
            data = src.extractfile(member).read()  # type: ignore[union-attr]
            data = change(member.name, data)
            if data is None:
                continue
            member.size = len(data)
            dst.addfile(member, io.BytesIO(data))
    return target


@pytest.mark.parametrize(
    "damage",
    [
        lambda d: d["straightening"].update(corners=[[0, 0], [2, 0], [1, 1], [0, 1]]),
        lambda d: d["straightening"].update(picture="bm90IGEgSlBFRw=="),
        lambda d: d["pages"][0].update(page=99),
        lambda d: d["pages"][0].update(lines=[["text", [[0, 0]], 0.9]]),
        lambda d: d.update(text_key="../../etc"),
        lambda d: d["pages"][0].update(status="invented"),
        lambda d: d["pages"][0]["lines"][0].__setitem__(2, float("nan")),
        lambda d: d["pages"][0]["lines"][0][1][0].__setitem__(0, float("inf")),
        lambda d: d["pages"][0].update(width=float("inf")),
        lambda d: d["pages"][0].update(height=10**30),
        lambda d: d["straightening"].update(size=[1]),
        lambda d: d["pages"][0].update(lines=[["w", [[0, 0]] * 4, 0.9]] * 6000),
    ],
)
def test_a_case_file_with_bad_values_is_refused_whole(  # type: ignore[no-untyped-def]
    made: tuple[Path, Path], tmp_path: Path, damage
) -> None:
    _, plain = made

    def change(name: str, data: bytes) -> bytes:
        if name.endswith(".pictures.json") and b"straightening" in data:
            doc = json.loads(data)
            damage(doc)
            return json.dumps(doc).encode()
        return data

    forged = _rewritten(plain, tmp_path / "forged.secondop-case", change)
    other = _other_vault(tmp_path)
    with pytest.raises(container.CaseFileError, match="damaged or incomplete"):
        casefile.import_case_file(other, forged, None)
    assert _case_count(other) == 0


def test_a_pictures_member_after_its_record_is_refused(
    made: tuple[Path, Path], tmp_path: Path
) -> None:
    """SecondOp writes it before the record's bytes; one after them would be ignored."""
    _, plain = made
    moved = tmp_path / "moved.secondop-case"
    with tarfile.open(plain) as src, tarfile.open(moved, "w") as dst:
        members = src.getmembers()
        late = [m for m in members if m.name.endswith(".pictures.json")]
        for member in [m for m in members if m not in late] + late:
            dst.addfile(member, io.BytesIO(src.extractfile(member).read()))  # type: ignore[union-attr]
    other = _other_vault(tmp_path)
    with pytest.raises(container.CaseFileError, match="damaged or incomplete"):
        casefile.import_case_file(other, moved, None)
    assert _case_count(other) == 0


def test_a_case_file_made_before_reading_has_its_pictures_read_again(
    made: tuple[Path, Path], tmp_path: Path
) -> None:
    _, plain = made
    older = _rewritten(
        plain,
        tmp_path / "older.secondop-case",
        lambda name, data: None if name.endswith(".pictures.json") else data,
    )
    other = _other_vault(tmp_path)
    done = casefile.import_case_file(other, older, None)
    assert done.case_id is not None
    # The later photo (no text) waits; the others came with their text (search works).
    assert ocr_queue.waiting(other, done.case_id) == 1
    assert records.search(other, "lymphoma", case_id=done.case_id)
