"""The built-in question bank (resources/question_bank.json): questions people can ask, in
plain language, grouped by the ten reasons for seeking a second opinion.

Each language has its own bank, ``question_bank_<code>.json`` (same groups and keys, the
texts translated), read when that language is in use; English otherwise. A question taken
from the bank is the user's own text from then on, in the language it was added in."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from secondop_desktop import i18n
from secondop_desktop.core import assets
from secondop_desktop.core.text import fold


@dataclass(frozen=True)
class BankQuestion:
    group: str
    group_title: str
    text: str


@dataclass(frozen=True)
class BankGroup:
    key: str
    title: str
    questions: tuple[BankQuestion, ...]


def groups(path: Path | None = None) -> tuple[BankGroup, ...]:
    """The bank's groups: the shipped one in the language in use, or the file at ``path``."""
    return _load(path, "" if path else i18n.active())


def bank_file(language: str) -> str:
    """The shipped bank's file name for ``language``: ``question_bank_<code>.json`` when
    SecondOp has one, else the English ``question_bank.json``."""
    translated = f"question_bank_{language}.json"
    if language != i18n.SOURCE and assets.asset(translated).is_file():
        return translated
    return "question_bank.json"


@cache
def _load(path: Path | None, language: str) -> tuple[BankGroup, ...]:
    name = path.name if path else bank_file(language)
    text = path.read_text(encoding="utf-8") if path else assets.read_text(name)
    doc = json.loads(text)
    if doc.get("format") != "secondop-question-bank":
        raise ValueError(f"{name} is not a SecondOp question bank")
    return tuple(
        BankGroup(
            g["key"],
            g["title"],
            tuple(BankQuestion(g["key"], g["title"], q) for q in g["questions"]),
        )
        for g in doc["groups"]
    )


def search(text: str) -> list[BankQuestion]:
    """Questions containing every word typed (case and accents ignored), in bank order."""
    words = fold(text).split()
    return [
        q
        for g in groups()
        for q in g.questions
        if all(w in fold(q.text) or w in fold(g.title) for w in words)
    ]
