"""Passphrase strength: feedback while typing, and the rule for refusing weak ones.

zxcvbn estimates guesses the way an attacker would (dictionaries, keyboard walks, dates),
which is far better than counting character classes. A passphrase must reach score 3
("safely unguessable") and be at least 10 characters. Only the first 72 characters are
scored: zxcvbn refuses longer input, and 72 characters that pass are
already strong.
"""

from __future__ import annotations

from dataclasses import dataclass

MIN_LENGTH = 10
MIN_SCORE = 3
MAX_SCORED = 72  # zxcvbn refuses longer input (and slows down on it)
LABELS = ("Very weak", "Weak", "Fair", "Strong", "Very strong")


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
    return Strength(score, LABELS[score], True, "", hint)
