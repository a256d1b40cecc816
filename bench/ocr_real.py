"""Benchmark: text recognition on real scans made by others (issue 20), against the text
their makers published with them.

Run: .venv/bin/python bench/ocr_real.py DIR

DIR holds OCRmyPDF's test resources (``pip download ocrmypdf --no-binary :all: --no-deps``,
then ``tests/resources`` from the archive; they are not copied into this repository: their
licences are per file, see that folder's README.rst). Measured: ``linn.png`` (a scanned
two-column product sheet), ``skew.pdf`` and ``rotated_skew.pdf`` (the same page scanned
askew, and stored turned a quarter with /Rotate), against ``linn.txt``; and, without a
reference, how many words were read from ``typewriter.png`` (typed text) and
``c03-29.pdf`` (a page of a 19th century book with its illustration).

The reference is the text OCRmyPDF ships (itself machine-read: its bullets are read as
"0"), so the figure is word recall: the share of the reference's words of three letters
or more that were read, each as often as the reference has it.
"""

from __future__ import annotations

import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _words(text: str) -> Counter[str]:
    from secondop_desktop.core.text import fold

    return Counter(w for w in re.findall(r"[^\W\d_]{3,}", fold(text)))


def recall(read: str, reference: str) -> float:
    want, got = _words(reference), _words(read)
    return sum(min(n, got[w]) for w, n in want.items()) / max(1, sum(want.values()))


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    folder = Path(sys.argv[1])
    from secondop_desktop.records import ocr

    reference = (folder / "linn.txt").read_text(encoding="utf-8")
    cases = [
        ("linn.png", "image/png", 1, 0, reference),
        ("skew.pdf", "application/pdf", 1, 0, reference),
        ("rotated_skew.pdf", "application/pdf", 1, 0, reference),
        ("typewriter.png", "image/png", 1, 0, None),
        ("c03-29.pdf", "application/pdf", 1, 0, None),
    ]
    print("file               words read  recall vs linn.txt  seconds")
    for name, media, page, turn, truth in cases:
        path = folder / name
        if not path.exists():
            print(f"{name:18} MISS: not in {folder}")
            continue
        started = time.perf_counter()
        read = ocr.read_page(path.read_bytes(), media, page, turn)
        took = time.perf_counter() - started
        said = f"{recall(read.text, truth):17.1%}" if truth else f"{'—':>17}"
        print(f"{name:18} {sum(_words(read.text).values()):10}  {said}  {took:7.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
