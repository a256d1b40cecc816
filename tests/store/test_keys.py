from __future__ import annotations

import json

import pytest

from secondop_desktop.store import TEST_KDF, InvalidRecoveryKey, RecoveryKey, WrongPassphrase
from secondop_desktop.store.errors import VaultDamaged, WrongRecoveryKey
from secondop_desktop.store.keys import Header, KdfParams


def test_recovery_key_round_trips_through_its_printed_form() -> None:
    key = RecoveryKey.generate()
    groups = key.groups()
    assert len(groups) == 14 and all(len(g) == 4 for g in groups)
    assert RecoveryKey.parse(key.formatted()).secret == key.secret


def test_recovery_key_parse_forgives_case_spacing_and_lookalikes() -> None:
    key = RecoveryKey.generate()
    typed = " ".join(key.groups()).lower().replace("0", "o").replace("1", "l")
    assert RecoveryKey.parse(typed).secret == key.secret


def test_recovery_key_typo_is_caught_by_checksum() -> None:
    text = RecoveryKey.generate().formatted()
    first = text[0]
    swapped = ("A" if first != "A" else "B") + text[1:]
    with pytest.raises(InvalidRecoveryKey, match="typo"):
        RecoveryKey.parse(swapped)


def test_recovery_key_wrong_length_says_how_long_it_should_be() -> None:
    with pytest.raises(InvalidRecoveryKey, match="56"):
        RecoveryKey.parse("ABCD-EFGH")


def test_recovery_key_rejects_characters_never_used() -> None:
    text = RecoveryKey.generate().formatted()
    with pytest.raises(InvalidRecoveryKey, match="'U'"):
        RecoveryKey.parse("U" + text[1:])


def test_header_round_trip_and_unwrap() -> None:
    key = RecoveryKey.generate()
    header = Header.new("correct horse battery staple", key, TEST_KDF)
    again = Header.from_bytes(header.to_bytes())
    assert again.unwrap_with_passphrase("correct horse battery staple") == key.data_key()
    assert again.unwrap_with_recovery(key) == key.data_key()
    assert again.verifies(key.data_key())


def test_header_holds_no_key_material_in_clear() -> None:
    key = RecoveryKey.generate()
    raw = Header.new("pw pw pw pw pw", key, TEST_KDF).to_bytes()
    for secret in (key.data_key(), key.secret):
        assert secret not in raw
        assert secret.hex().encode() not in raw


def test_tampered_kdf_parameters_break_the_tag() -> None:
    key = RecoveryKey.generate()
    header = Header.new("correct horse battery staple", key, TEST_KDF)
    # Without the checksum (an older header, or a tamperer who drops it), the tag binds them.
    doc = json.loads(header.to_bytes())
    doc["kdf"]["iterations"] = 2
    del doc["checksum"]
    weakened = json.dumps(doc).encode()
    with pytest.raises(WrongPassphrase):
        Header.from_bytes(weakened).unwrap_with_passphrase("correct horse battery staple")


def test_other_vaults_recovery_key_is_refused() -> None:
    header = Header.new("correct horse battery staple", RecoveryKey.generate(), TEST_KDF)
    with pytest.raises(WrongRecoveryKey):
        header.unwrap_with_recovery(RecoveryKey.generate())


@pytest.mark.parametrize("raw", [b"", b"{}", b"not json", b'{"format": "other"}'])
def test_garbage_header_is_reported_as_damage(raw: bytes) -> None:
    with pytest.raises(VaultDamaged):
        Header.from_bytes(raw)


def test_default_kdf_is_argon2id_at_interactive_cost() -> None:
    params = KdfParams()
    assert params.as_dict() == {
        "name": "argon2id",
        "memory_kib": 131072,
        "iterations": 3,
        "lanes": 2,
    }


# -- what the passphrase wrap's tag covers (issue 14) ------------------------------------------
# An edited iteration count already changes the derived key, so a test that edits it and
# expects a refusal passes whether or not the tag covers it. These hold the wrapping key
# fixed (the right one) and change only what the header says: the tag alone must refuse.


def _opens_with_the_right_key(header: Header, claimed: Header, passphrase: str) -> bool:
    """Whether ``header``'s passphrase wrap opens, with the key derived from ``header``'s
    own KDF parameters and salt, when the header claims to be ``claimed``."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    from secondop_desktop.store.keys import normalize_passphrase

    wrap_key = header.kdf.derive(normalize_passphrase(passphrase), header.salt)
    try:
        AESGCM(wrap_key).decrypt(
            header.passphrase_wrap.nonce,
            header.passphrase_wrap.ciphertext,
            claimed._aad("passphrase"),
        )
    except InvalidTag:
        return False
    return True


def test_the_tag_alone_refuses_edited_kdf_parameters_and_vault_id() -> None:
    from dataclasses import replace

    pw = "correct horse battery staple"
    header = Header.new(pw, RecoveryKey.generate(), TEST_KDF)
    assert _opens_with_the_right_key(header, header, pw)
    edits = {
        "memory": replace(header, kdf=replace(TEST_KDF, memory_kib=TEST_KDF.memory_kib * 2)),
        "iterations": replace(header, kdf=replace(TEST_KDF, iterations=TEST_KDF.iterations + 1)),
        "lanes": replace(header, kdf=replace(TEST_KDF, lanes=TEST_KDF.lanes + 1)),
        "vault id": replace(header, vault_id="another-vault"),
        "salt": replace(header, salt=bytes(16)),
    }
    opened = [name for name, edit in edits.items() if _opens_with_the_right_key(header, edit, pw)]
    assert opened == []


def test_a_header_whose_vault_id_was_edited_does_not_unwrap() -> None:
    # The vault id does not enter the derivation: only the tag can notice the edit.
    key = RecoveryKey.generate()
    header = Header.new("correct horse battery staple", key, TEST_KDF)
    doc = json.loads(header.to_bytes())
    doc["vault_id"] = "00000000-0000-4000-8000-000000000000"
    del doc["checksum"]  # an older header, or a tamperer who drops it
    edited = Header.from_bytes(json.dumps(doc).encode())
    with pytest.raises(WrongPassphrase):
        edited.unwrap_with_passphrase("correct horse battery staple")
    with pytest.raises(WrongRecoveryKey):
        edited.unwrap_with_recovery(key)
    # The same header, unedited and without its checksum, opens: the edit is what failed.
    doc["vault_id"] = header.vault_id
    unedited = Header.from_bytes(json.dumps(doc).encode())
    assert unedited.unwrap_with_passphrase("correct horse battery staple") == key.data_key()
