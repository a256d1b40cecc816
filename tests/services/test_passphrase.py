from __future__ import annotations

import pytest

from secondop_desktop.vault import passphrase, session


@pytest.mark.parametrize("weak", ["", "short", "password123", "aaaaaaaaaaaa", "qwertyuiop12"])
def test_weak_passphrases_are_refused_with_a_reason(weak: str) -> None:
    verdict = passphrase.assess(weak)
    assert not verdict.acceptable
    assert verdict.reason


def test_length_rule_is_explained() -> None:
    assert "10 characters" in passphrase.assess("Xq7!pZ").reason


@pytest.mark.parametrize(
    "strong", ["lantern orchard river 1954", "quiet harbour lantern 1954 Ω", "Zürich 🦊 tulip oak"]
)
def test_strong_passphrases_pass(strong: str) -> None:
    assert passphrase.assess(strong).acceptable


def test_thousand_character_passphrase_is_assessed_quickly_and_accepted() -> None:
    verdict = passphrase.assess("correct horse battery staple " * 35)
    assert verdict.score >= 3 and verdict.acceptable


def test_create_vault_refuses_weak(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(session.WeakPassphrase):
        session.create_vault(tmp_path / "v", "password1", kdf=session.TEST_KDF)
    assert not (tmp_path / "v").exists()
