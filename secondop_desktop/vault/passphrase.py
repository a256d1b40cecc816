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

from secondop_desktop.i18n import QT_TRANSLATE_NOOP, translate

MIN_LENGTH = 10
MIN_SCORE = 3
MAX_SCORED = 72  # zxcvbn refuses longer input (and slows down on it)
LABELS = (
    QT_TRANSLATE_NOOP("passphrase", "Very weak"),
    QT_TRANSLATE_NOOP("passphrase", "Weak"),
    QT_TRANSLATE_NOOP("passphrase", "Fair"),
    QT_TRANSLATE_NOOP("passphrase", "Strong"),
    QT_TRANSLATE_NOOP("passphrase", "Very strong"),
)
# What anyone would try first against a medical vault, besides the people's own names and
# birth dates (issue 21: "mybirthday1954" was rated Strong).
GUESSABLE = (
    "secondop", "second", "opinion", "medical", "doctor", "patient", "records", "record",
    "vault", "passphrase", "password", "recovery", "cancer", "health", "birthday", "born",
    "my", "mum", "mom", "dad", "love",
)  # fmt: skip
PERSONAL_REASON = QT_TRANSLATE_NOOP(
    "passphrase",
    "Names, birth dates and words about SecondOp or medicine are the first things someone "
    "would try. Add words of your own that have nothing to do with them.",
)
# zxcvbn's warnings (in English only): marked here so a translation can say them.
ZXCVBN_WARNINGS = (
    QT_TRANSLATE_NOOP("passphrase", "Straight rows of keys are easy to guess."),
    QT_TRANSLATE_NOOP("passphrase", "Short keyboard patterns are easy to guess."),
    QT_TRANSLATE_NOOP("passphrase", 'Repeats like "aaa" are easy to guess.'),
    QT_TRANSLATE_NOOP(
        "passphrase", 'Repeats like "abcabcabc" are only slightly harder to guess than "abc".'
    ),
    QT_TRANSLATE_NOOP("passphrase", 'Sequences like "abc" or "6543" are easy to guess.'),
    QT_TRANSLATE_NOOP("passphrase", "Recent years are easy to guess."),
    QT_TRANSLATE_NOOP("passphrase", "Dates are often easy to guess."),
    QT_TRANSLATE_NOOP("passphrase", "This is a top-10 common password."),
    QT_TRANSLATE_NOOP("passphrase", "This is a top-100 common password."),
    QT_TRANSLATE_NOOP("passphrase", "This is a very common password."),
    QT_TRANSLATE_NOOP("passphrase", "This is similar to a commonly used password."),
    QT_TRANSLATE_NOOP("passphrase", "A word by itself is easy to guess."),
    QT_TRANSLATE_NOOP("passphrase", "Names and surnames by themselves are easy to guess."),
    QT_TRANSLATE_NOOP("passphrase", "Common names and surnames are easy to guess."),
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


def _label(score: int) -> str:
    return translate("passphrase", LABELS[score])


@dataclass(frozen=True)
class Strength:
    score: int  # 0..4
    label: str  # in the language installed
    acceptable: bool
    reason: str  # why it is refused, or "" when acceptable
    hint: str  # a suggestion, possibly empty


def assess(passphrase: str, user_inputs: tuple[str, ...] = ()) -> Strength:
    if not passphrase:
        return Strength(0, _label(0), False, translate("passphrase", "Choose a passphrase."), "")
    from zxcvbn import zxcvbn  # its word lists load on first use, not at start-up

    result = zxcvbn(passphrase[:MAX_SCORED], user_inputs=[u for u in user_inputs if u])
    score = int(result["score"])
    feedback = result["feedback"]  # always set: get_feedback() returns both keys
    warning = feedback["warning"]
    suggestions = feedback["suggestions"]
    hint = suggestions[0] if suggestions else ""
    if len(passphrase) < MIN_LENGTH:
        reason = translate(
            "passphrase", "Use at least {count} characters; a few unrelated words work well."
        ).format(count=MIN_LENGTH)
        return Strength(min(score, 2), _label(min(score, 2)), False, reason, hint)
    if score < MIN_SCORE:
        if warning:
            said = translate("passphrase", warning)  # one of ZXCVBN_WARNINGS
            said += "" if said.endswith(".") else "."
        else:
            said = translate("passphrase", "This would be easy to guess.")
        reason = translate("passphrase", "{warning} Add another word or two.").format(warning=said)
        return Strength(score, _label(score), False, reason, hint)
    rest = _without_guessable(passphrase, user_inputs)
    if rest != re.sub(r"[\W_]+", " ", passphrase.lower()).strip():
        # Built from guessable parts: what is left must stand on its own.
        left = int(zxcvbn(rest[:MAX_SCORED])["score"]) if rest else 0
        if left < MIN_SCORE or len(rest.replace(" ", "")) < MIN_LENGTH // 2:
            weak = min(score, 1)
            reason = translate("passphrase", PERSONAL_REASON)
            return Strength(weak, _label(weak), False, reason, "")
    return Strength(score, _label(score), True, "", hint)
