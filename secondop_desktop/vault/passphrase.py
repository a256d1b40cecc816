"""Passphrase strength: feedback while typing, and the rule for refusing weak ones.

zxcvbn estimates guesses the way an attacker would (dictionaries, keyboard walks, dates),
which is far better than counting character classes. A passphrase must reach score 3
("safely unguessable") and be at least 10 characters. Only the first 72 characters are
scored: zxcvbn refuses longer input, and 72 characters that pass are
already strong.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

MIN_LENGTH = 10
MIN_SCORE = 3
MAX_SCORED = 72  # zxcvbn refuses longer input (and slows down on it)
LABELS = ("Very weak", "Weak", "Fair", "Strong", "Very strong")
# What anyone would try first against a medical vault, besides the people's own names and
# birth dates (issue 21: "mybirthday1954" was rated Strong).
GUESSABLE = (
    "secondop", "second", "opinion", "medical", "doctor", "patient", "records", "record",
    "vault", "passphrase", "password", "recovery", "cancer", "health", "birthday", "born",
    "my", "mum", "mom", "dad", "love",
)  # fmt: skip
PERSONAL_REASON = (
    "Names, birth dates and words about SecondOp or medicine are the first things someone "
    "would try. Add words of your own that have nothing to do with them."
)


def personal_words(names: Iterable[str], dates: Iterable[date | None]) -> tuple[str, ...]:
    """The guessable parts of the people in the vault: each name and its parts, and each
    birth date written the usual ways (14031954, 03141954, 19540314, 1954)."""
    words: set[str] = set()
    for name in names:
        parts = [p for p in re.split(r"[^\w]+", name.lower()) if len(p) >= 3]
        words.update(parts)
        if len(parts) > 1:
            words.add("".join(parts))
    for d in dates:
        if d is not None:
            words.update({f"{d:%d%m%Y}", f"{d:%m%d%Y}", f"{d:%Y%m%d}", f"{d:%d%m%y}", str(d.year)})
    return tuple(sorted(words))


def _without_guessable(passphrase: str, user_inputs: Iterable[str]) -> str:
    """What is left when every guessable word is struck out (overlaps too: "secondopinion"
    is "secondop", "second" and "opinion"), with separators collapsed."""
    lower = passphrase.lower()
    struck = [False] * len(lower)
    for word in {*GUESSABLE, *(u.lower() for u in user_inputs if len(u) >= 3)}:
        start = lower.find(word)
        while start >= 0:
            struck[start : start + len(word)] = [True] * len(word)
            start = lower.find(word, start + 1)
    rest = "".join(" " if gone else ch for ch, gone in zip(lower, struck, strict=True))
    return re.sub(r"[\W_]+", " ", rest).strip()


@dataclass(frozen=True)
class Strength:
    score: int  # 0..4
    label: str
    acceptable: bool
    reason: str  # why it is refused, or "" when acceptable
    hint: str  # a suggestion, possibly empty


def assess(passphrase: str, user_inputs: tuple[str, ...] = ()) -> Strength:
    if not passphrase:
        return Strength(0, LABELS[0], False, "Choose a passphrase.", "")
    from zxcvbn import zxcvbn  # its word lists load on first use, not at start-up

    result = zxcvbn(passphrase[:MAX_SCORED], user_inputs=[u for u in user_inputs if u])
    score = int(result["score"])
    feedback = result["feedback"]  # always set: get_feedback() returns both keys
    warning = feedback["warning"]
    suggestions = feedback["suggestions"]
    hint = suggestions[0] if suggestions else ""
    if len(passphrase) < MIN_LENGTH:
        reason = f"Use at least {MIN_LENGTH} characters; a few unrelated words work well."
        return Strength(min(score, 2), LABELS[min(score, 2)], False, reason, hint)
    if score < MIN_SCORE:
        reason = warning or "This would be easy to guess."
        if not reason.endswith("."):
            reason += "."
        return Strength(score, LABELS[score], False, reason + " Add another word or two.", hint)
    rest = _without_guessable(passphrase, user_inputs)
    if rest != re.sub(r"[\W_]+", " ", passphrase.lower()).strip():
        # Built from guessable parts: what is left must stand on its own.
        left = int(zxcvbn(rest[:MAX_SCORED])["score"]) if rest else 0
        if left < MIN_SCORE or len(rest.replace(" ", "")) < MIN_LENGTH // 2:
            weak = min(score, 1)
            return Strength(weak, LABELS[weak], False, PERSONAL_REASON, "")
    return Strength(score, LABELS[score], True, "", hint)
