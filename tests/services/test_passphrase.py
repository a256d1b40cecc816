from __future__ import annotations

from datetime import date

import pytest

from secondop_desktop.vault import passphrase, session
from secondop_desktop.vault import passphrase as strength


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


def test_names_birth_dates_and_app_words_make_a_passphrase_weak() -> None:
    """Issue 21: "mybirthday1954" was rated Strong. Built from what anyone who knows the
    family (or the app) would try, a passphrase is weak unless what is left stands alone."""
    words = strength.personal_words(["Margaret Okafor", "Ana Ruiz"], [date(1954, 3, 14)])
    assert {"margaret", "okafor", "margaretokafor", "1954", "14031954"} <= set(words)
    for guessable in ("mybirthday1954", "margaretokafor1954", "secondopinion2026",
                      "Okafor14031954!", "ana ruiz 1954 my vault"):  # fmt: skip
        verdict = strength.assess(guessable, words)
        assert not verdict.acceptable, guessable
        assert verdict.score <= 1
    assert strength.assess("mybirthday1954").reason == strength.PERSONAL_REASON
    # A strong passphrase that happens to hold a name or a year stays strong.
    for fine in ("lantern orchard river 1954", "Margaret loves blue tulips at dawn"):
        assert strength.assess(fine, words).acceptable, fine


def test_personal_words_come_from_every_case_in_the_vault(vault) -> None:  # type: ignore[no-untyped-def]
    from secondop_desktop import cases
    from secondop_desktop.vault import session

    cases.create_case(
        vault,
        cases.Case(patient_name="Margaret Okafor", patient_dob=date(1954, 3, 14),
                   managed_by="caregiver", caregiver_name="Tunde Okafor"),
    )  # fmt: skip
    words = session.personal_words(vault)
    assert {"margaret", "tunde", "okafor", "1954"} <= set(words)
    with pytest.raises(session.WeakPassphrase):
        session.change_passphrase(vault, "tundeokafor 1954!")
