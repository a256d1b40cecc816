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
