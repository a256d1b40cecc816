"""The Spanish question bank: the English one's groups, keys and questions, every text
translated, and the one read while SecondOp speaks Spanish."""

from __future__ import annotations

import json
from typing import Any

import pytest

from secondop_desktop import i18n
from secondop_desktop.core import assets
from secondop_desktop.preparing import question_bank

# Texts spelled the same in both languages (none today: list any here, with a reason).
SAME_IN_BOTH: set[str] = set()


def _bank(name: str) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(assets.read_text(name))
    return doc


def test_spanish_bank_has_the_english_structure() -> None:
    english, spanish = _bank("question_bank.json"), _bank("question_bank_es.json")
    assert set(spanish) == set(english)
    assert spanish["format"] == english["format"] and spanish["version"] == english["version"]
    assert [g["key"] for g in spanish["groups"]] == [g["key"] for g in english["groups"]]
    for en, es in zip(english["groups"], spanish["groups"], strict=True):
        assert set(es) == set(en), en["key"]
        assert len(es["questions"]) == len(en["questions"]), en["key"]


def test_every_spanish_text_is_translated() -> None:
    english, spanish = _bank("question_bank.json"), _bank("question_bank_es.json")
    pairs = [(english["note"], spanish["note"])]
    for en, es in zip(english["groups"], spanish["groups"], strict=True):
        pairs.append((en["title"], es["title"]))
        pairs += list(zip(en["questions"], es["questions"], strict=True))
    for source, text in pairs:
        assert text.strip(), source
        if source not in SAME_IN_BOTH:
            assert text != source, source
    questions = [q for g in spanish["groups"] for q in g["questions"]]
    assert len(set(questions)) == len(questions)  # no repeats
    for q in questions:
        assert "¿" in q and q.endswith("?") and len(q) < 160, q


def test_the_bank_follows_the_language(monkeypatch: pytest.MonkeyPatch) -> None:
    english = question_bank.groups()
    assert question_bank.bank_file("en") == "question_bank.json"
    assert question_bank.bank_file("xx") == "question_bank.json"  # no bank: English
    assert question_bank.bank_file("es") == "question_bank_es.json"
    monkeypatch.setattr(i18n, "_active", "es")
    spanish = question_bank.groups()
    assert [g.key for g in spanish] == [g.key for g in english]
    assert spanish[0].title == "Confirmar el diagnóstico y las pruebas"
    assert question_bank.search("ensayo")  # found in the Spanish texts
    assert all(q.group == g.key for g in spanish for q in g.questions)
