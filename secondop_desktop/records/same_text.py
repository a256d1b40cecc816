"""The same report twice, when one copy is a picture (issue 20): a photographed letter and
the portal's PDF of it, or two photos of the same page.

Records whose text came with them are matched by a hash of their words
(:func:`text_digest`): two files of one report give the same words. Words read from a
picture never come out quite the same (a photo's blur turns "Ki-67" into "Ki-6?"), so a
record whose text was read gets, once all its pages are read, the text hash of the record
of its case with nearly the same words, or a hash of its own: the same-text check
(:func:`records.possible_duplicates`, the list's "possible duplicate" mark and the
pre-flight check) then sees it without comparing anything when the list is drawn.

"Nearly the same" is measured on sets of words (Jaccard): on generated letters that share
three of their five sentences, photographed twice each and scanned once, copies of one
letter scored 0.70-1.00 and different letters at most 0.56. Words are not enough for
reports made from one template (two blood counts from the same lab, months apart, share
three quarters of their words), so the numbers must agree too: the record with fewer
numbers (values, dates, reference numbers) finds nearly all of them in the other. A fax
line or a stamp on one copy adds numbers to one side only. It is a mark for the user to
look at, never a deletion.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

from secondop_desktop.core.text import fold
from secondop_desktop.store import records as repo

SAME = 0.65  # share of words in common (of the words of either) above which it is a copy
SAME_NUMBERS = 0.9  # share of the fewer numbers found among the other's
READ_AT_MOST = 400_000  # characters of a candidate compared (inside the reader's write)
MIN_WORDS = 20  # fewer distinct words: too little to tell one letter from another
CANDIDATES = 8  # records compared in full, found by their rarest words
_WORD = re.compile(r"[^\W_]{2,}")
_NUMBER = re.compile(r"\d+(?:[.,/:-]\d+)*")


def text_digest(texts: list[str]) -> str | None:
    """What tells two files of the same report apart from two reports: their words."""
    normal = " ".join(" ".join(texts).lower().split())
    return hashlib.sha256(normal.encode()).hexdigest() if len(normal) >= 80 else None


def words(text: str) -> set[str]:
    """The distinct words of ``text`` as the search index folds them."""
    return set(_WORD.findall(fold(text)))


def similarity(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def numbers(text: str) -> set[str]:
    """The numbers written in ``text`` as written ("4.5", "14/03/2026", "SO-1003" -> 1003)."""
    return set(_NUMBER.findall(text))


def numbers_agree(a: set[str], b: set[str]) -> bool:
    """Whether the record with fewer numbers finds nearly all of them in the other."""
    fewer, more = sorted((a, b), key=len)
    if not fewer:
        return not more or len(more) <= 2
    return len(fewer & more) / len(fewer) >= SAME_NUMBERS


def _score(mine: set[str], my_numbers: set[str], other: str) -> float | None:
    """The share of words in common when ``other`` is the same report as the text whose
    words and numbers these are, else None."""
    score = similarity(mine, words(other))
    return score if score >= SAME and numbers_agree(my_numbers, numbers(other)) else None


def same_report(text: str, other: str) -> bool:
    """Two texts of one report (the rule :func:`settle` applies)."""
    return _score(words(text), numbers(text), other) is not None


def settle(db: Any, record_id: int) -> str | None:
    """Give a record whose text was read from its pictures its text hash (call when all
    its pages are read, inside the transaction that stored the last). A record that came
    with text of its own keeps the hash of that text. Returns the hash given."""
    row = repo.get(db, record_id)
    if row is None or row["text_sha256"]:
        return None
    text = repo.text(db, record_id)
    mine, my_numbers = words(text), numbers(text)
    if len(mine) < MIN_WORDS:
        return None
    copies = [
        (score, other_hash)
        for other, other_hash in _candidates(db, int(row["case_id"]), record_id, mine)
        if (score := _score(mine, my_numbers, repo.text(db, other)[:READ_AT_MOST])) is not None
    ]
    # The closest copy's hash (the first found of equally close ones), else its own.
    given = max(copies, key=lambda c: c[0])[1] if copies else text_digest([text])
    if given:
        repo.update(db, record_id, {"text_sha256": given})
    return given


def _candidates(db: Any, case_id: int, record_id: int, mine: set[str]) -> list[tuple[int, str]]:
    """Records of the case that share the record's rarest words (the longest ones: a
    surname, a drug, a hospital), found by the search index, best first."""
    rare = sorted(mine, key=lambda w: (-len(w), w))[:12]
    query = " OR ".join(f'"{w}"' for w in rare)
    return repo.sharing_words(db, case_id, record_id, query, CANDIDATES)
