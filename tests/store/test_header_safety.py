"""The key header: damage told apart from a wrong passphrase, parameters bounded before any
key derivation, the "recovery key confirmed" flag, and an interrupted create swept."""

from __future__ import annotations

import base64
import json
import shutil
from pathlib import Path

import pytest

from secondop_desktop.store import TEST_KDF, RecoveryKey, Vault, WrongPassphrase
from secondop_desktop.store.errors import HeaderDamaged, VaultExists
from secondop_desktop.store.keys import Header
from secondop_desktop.store.vault import CREATING_PREFIX, header_path

from ..support import PASSPHRASE, file_hashes

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _doc(folder: Path) -> dict:  # type: ignore[type-arg]
    return dict(json.loads(header_path(folder).read_bytes()))


def _write(folder: Path, doc: dict) -> None:  # type: ignore[type-arg]
    header_path(folder).write_text(json.dumps(doc, indent=2))


def _flip_bit(text: str, index: int) -> str:
    raw = bytearray(base64.b64decode(text))
    raw[index % len(raw)] ^= 0x01
    return base64.b64encode(bytes(raw)).decode()


@pytest.mark.parametrize(
    "where",
    [
        ("kdf", "salt"),
        ("passphrase_wrap", "nonce"),
        ("passphrase_wrap", "ciphertext"),
        ("recovery_wrap", "ciphertext"),
    ],
)
def test_flipped_bit_in_header_is_damage_not_wrong_passphrase(vault_dir: Path, where) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(vault_dir)
    doc[where[0]][where[1]] = _flip_bit(doc[where[0]][where[1]], 3)
    _write(vault_dir, doc)
    before = file_hashes(vault_dir)
    with pytest.raises(HeaderDamaged) as caught:
        Vault.open(vault_dir, PASSPHRASE)
    assert "damaged" in str(caught.value) and "recovery key" in str(caught.value)
    assert file_hashes(vault_dir) == before


def test_wrong_passphrase_on_sound_header_is_still_wrong_passphrase(vault_dir: Path) -> None:
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_dir, "not the passphrase at all 42")


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("iterations", 100000),
        ("iterations", 0),
        ("memory_kib", 1 << 30),
        ("memory_kib", 1),
        ("lanes", 0),
        ("lanes", 1 << 20),
        ("iterations", "3"),
        ("iterations", True),
    ],
)
def test_out_of_range_kdf_parameters_give_a_sentence_not_a_hang(
    vault_dir: Path, name: str, value: object
) -> None:
    # Without a checksum (as an older header, or one re-sealed by a tamperer), so only the
    # bounds stand between this header and a derivation that would run for minutes.
    doc = _doc(vault_dir)
    del doc["checksum"]
    doc["kdf"][name] = value
    _write(vault_dir, doc)
    with pytest.raises(HeaderDamaged):
        Vault.open(vault_dir, PASSPHRASE)


@pytest.mark.parametrize(
    ("section", "field", "size"),
    [("kdf", "salt", 4), ("passphrase_wrap", "nonce", 4), ("recovery_wrap", "ciphertext", 8)],
)
def test_wrong_lengths_are_damage(vault_dir: Path, section: str, field: str, size: int) -> None:
    doc = _doc(vault_dir)
    del doc["checksum"]
    doc[section][field] = base64.b64encode(b"\0" * size).decode()
    _write(vault_dir, doc)
    with pytest.raises(HeaderDamaged):
        Vault.open(vault_dir, PASSPHRASE)


def test_kdf_bounds_hold_even_for_a_header_built_in_memory() -> None:
    header = Header.new("a passphrase for this test", RecoveryKey.generate(), TEST_KDF)
    from dataclasses import replace

    from secondop_desktop.store.keys import KdfParams

    slow = replace(header, kdf=KdfParams(memory_kib=131072, iterations=100000, lanes=2))
    with pytest.raises(HeaderDamaged):
        slow.unwrap_with_passphrase("a passphrase for this test")


def test_recovery_key_still_opens_a_damaged_header(vault_dir: Path) -> None:
    vault, recovery = Vault.create(vault_dir.parent / "other", PASSPHRASE, kdf=TEST_KDF)
    folder = vault.folder
    vault.lock()
    doc = _doc(folder)
    doc["kdf"]["salt"] = _flip_bit(doc["kdf"]["salt"], 0)
    _write(folder, doc)
    Vault.reset_passphrase(folder, recovery.formatted(), "a brand new passphrase 77").lock()
    Vault.open(folder, "a brand new passphrase 77").lock()


def test_older_header_without_checksum_or_flag_opens_and_counts_as_confirmed(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "v4"
    shutil.copytree(FIXTURES / "vault-v4", folder)
    assert "checksum" not in _doc(folder) and "recovery_confirmed" not in _doc(folder)
    vault = Vault.open(folder, "fixture vault passphrase v4")
    try:
        assert vault.recovery_confirmed()
    finally:
        vault.lock()


def test_new_vault_is_unconfirmed_until_confirmed(tmp_path: Path) -> None:
    vault, _ = Vault.create(tmp_path / "v", PASSPHRASE, kdf=TEST_KDF)
    assert not vault.recovery_confirmed()
    assert _doc(tmp_path / "v")["recovery_confirmed"] is False
    vault.confirm_recovery()
    vault.lock()
    again = Vault.open(tmp_path / "v", PASSPHRASE)
    assert again.recovery_confirmed()
    again.lock()


def test_confirmation_cannot_be_forged_without_the_key(tmp_path: Path) -> None:
    vault, _ = Vault.create(tmp_path / "v", PASSPHRASE, kdf=TEST_KDF)
    vault.lock()
    doc = _doc(tmp_path / "v")
    del doc["checksum"]
    doc["recovery_confirmed"] = base64.b64encode(b"x" * 16).decode()
    _write(tmp_path / "v", doc)
    vault = Vault.open(tmp_path / "v", PASSPHRASE)
    assert not vault.recovery_confirmed()
    vault.lock()


def test_new_recovery_key_replaces_the_old_one_and_starts_unconfirmed(tmp_path: Path) -> None:
    vault, old = Vault.create(tmp_path / "v", PASSPHRASE, kdf=TEST_KDF)
    vault.confirm_recovery()
    new = vault.new_recovery_key()
    assert not vault.recovery_confirmed()
    vault.confirm_recovery()
    assert vault.recovery_confirmed()
    vault.lock()
    header = Header.from_bytes(header_path(tmp_path / "v").read_bytes())
    from secondop_desktop.store import WrongRecoveryKey

    with pytest.raises(WrongRecoveryKey):
        header.unwrap_with_recovery(old)
    Vault.reset_passphrase(tmp_path / "v", new.formatted(), "a brand new passphrase 77").lock()
    Vault.open(tmp_path / "v", "a brand new passphrase 77").lock()


def test_interrupted_create_does_not_block_the_next(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    folder.mkdir()
    # What a kill leaves: the staging folder with its header, the database already moved.
    staging = folder / f"{CREATING_PREFIX}dead"
    staging.mkdir()
    (staging / "vault.header").write_bytes(b"{}")
    (folder / "vault.db").write_bytes(b"\0" * 4096)
    (folder / "settings.json").write_text("{}")
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=TEST_KDF)
    vault.lock()
    assert not staging.exists()
    assert (folder / "settings.json").exists()
    Vault.open(folder, PASSPHRASE).lock()


def test_finished_create_leftover_staging_never_deletes_a_vault(tmp_path: Path) -> None:
    vault, _ = Vault.create(tmp_path / "v", PASSPHRASE, kdf=TEST_KDF)
    vault.lock()
    (tmp_path / "v" / f"{CREATING_PREFIX}done").mkdir()  # killed after the commit
    before = file_hashes(tmp_path / "v")
    with pytest.raises(VaultExists):
        Vault.create(tmp_path / "v", PASSPHRASE, kdf=TEST_KDF)
    after = file_hashes(tmp_path / "v")
    assert {k: v for k, v in after.items() if CREATING_PREFIX not in k} == {
        k: v for k, v in before.items() if CREATING_PREFIX not in k
    }
    Vault.open(tmp_path / "v", PASSPHRASE).lock()


def test_create_leaves_no_staging_folder(tmp_path: Path) -> None:
    vault, _ = Vault.create(tmp_path / "v", PASSPHRASE, kdf=TEST_KDF)
    vault.lock()
    assert not list((tmp_path / "v").glob(CREATING_PREFIX + "*"))


@pytest.mark.parametrize("damage_header", [False, True])
def test_resetting_with_the_recovery_key_confirms_it(tmp_path: Path, damage_header: bool) -> None:
    vault, recovery = Vault.create(tmp_path / "v", PASSPHRASE, kdf=TEST_KDF)
    vault.lock()
    if damage_header:
        header_path(tmp_path / "v").write_bytes(b"garbage")
    reset = Vault.reset_passphrase(tmp_path / "v", recovery.formatted(), "a brand new one 77")
    assert reset.recovery_confirmed()
    reset.lock()
