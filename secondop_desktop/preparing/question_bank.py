"""The built-in question bank (resources/question_bank.json): questions people can ask, in
plain language, grouped by the ten reasons for seeking a second opinion."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

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


@cache
def groups(path: Path | None = None) -> tuple[BankGroup, ...]:
    """The bank's groups: the shipped one, or the file at ``path``."""
    text = path.read_text(encoding="utf-8") if path else assets.read_text("question_bank.json")
    doc = json.loads(text)
    if doc.get("format") != "secondop-question-bank":
        raise ValueError(
            f"{path.name if path else 'question_bank.json'} is not a SecondOp question bank"
        )
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
