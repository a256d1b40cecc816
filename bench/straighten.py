"""Benchmark: straightening phone photos of paper (issue 20).

Run: .venv/bin/python bench/straighten.py [--sheets N] [--rounds N]

Photos are made the way a camera makes them (tests/photos.py): an A4 letter in a real font
tilted 10-40 degrees in front of a pinhole camera, on a table, blurred a little, saved as a
phone JPEG; where the sheet's corners land is known. For each photo:

- whether the sheet is found, how far each found corner is from the true one (pixels of a
  1600 x 1200 photo), and how far the flat page's shape is from A4's (width / height);
- character accuracy of text recognition on the photo as taken and on the flat page (the
  same engine, in this process, on both: the baseline is the photo as taken), interleaved;
- seconds to find the sheet and to lay it flat, against reading the page (the work it adds
  to the background reader), median and spread over the rounds.

Nothing here has a goal in the issue; the figures say what straightening gives.
"""

from __future__ import annotations

import argparse
import io
import math
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from ocr import SENTENCES, accuracy  # noqa: E402  (bench/ocr.py: the same letters and measure)

from tests.photos import SIZE, sheet_corners, sheet_photo  # noqa: E402


def _letter(seed: int) -> list[str]:
    """Six of bench/ocr.py's sentences, wrapped to the sheet's width (11 pt on A4)."""
    import textwrap

    rng = random.Random(seed)
    lines = ["St Mary's Hospital, Department of Haematology", f"Reference SO-{1000 + seed}"]
    for sentence in rng.sample(SENTENCES, 6):
        lines += textwrap.wrap(sentence, 56)
    return lines


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sheets", type=int, default=6)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    from PIL import Image

    from secondop_desktop.records import ocr, straighten

    if not (ocr.available() and straighten.available()):
        print("MISS: the OCR engine (and OpenCV with it) is not installed")
        return 1
    print(f"cores: {os.cpu_count()}; sheets: {args.sheets}; rounds: {args.rounds}")
    rng = random.Random(20)
    found = 0
    corner_errors: list[float] = []
    shape_errors: list[float] = []
    acc_photo: list[float] = []
    acc_flat: list[float] = []
    t_find: list[float] = []
    t_flat: list[float] = []
    t_read: list[float] = []
    print("sheet  tilt x/y/spin   found  corner px  shape   photo acc  flat acc")
    for n in range(args.sheets):
        # Every other sheet as most people hold a phone: tilted straight over the page.
        tilt = (
            (rng.uniform(10, 40), rng.uniform(-15, 15), rng.uniform(-10, 10))
            if n % 2
            else (rng.uniform(10, 40), 0.0, 0.0)
        )
        lines = _letter(n)
        truth_corners = sheet_corners(*tilt)
        data = sheet_photo(lines, truth_corners)
        truth = "\n".join(lines)
        picture = Image.open(io.BytesIO(data)).convert("RGB")
        corners = straighten.find_outline(picture)
        if corners is None:
            print(f"{n:5}  {tilt[0]:4.0f}/{tilt[1]:4.0f}/{tilt[2]:4.0f}   MISS: no sheet found")
            continue
        found += 1
        error = max(
            math.dist((x * SIZE[0], y * SIZE[1]), t)
            for (x, y), t in zip(corners, truth_corners, strict=True)
        )
        corner_errors.append(error)
        flat = straighten.straighten(data, "image/jpeg", corners)
        shape = abs(flat.size[0] / flat.size[1] - 210 / 297) / (210 / 297)
        shape_errors.append(shape)
        photo_read = flat_read = ""
        for _ in range(args.rounds):  # A B A B: the photo as taken, then the flat page
            t = time.perf_counter()
            photo_read = ocr.read_page(data, "image/jpeg", 1).text
            t_read.append(time.perf_counter() - t)
            t = time.perf_counter()
            straighten.find_outline(Image.open(io.BytesIO(data)).convert("RGB"))
            t_find.append(time.perf_counter() - t)
            t = time.perf_counter()
            straighten.straighten(data, "image/jpeg", corners)
            t_flat.append(time.perf_counter() - t)
            flat_read = ocr.read_page(flat.jpeg, "image/jpeg", 1).text
        a, b = accuracy(photo_read, truth), accuracy(flat_read, truth)
        acc_photo.append(a)
        acc_flat.append(b)
        print(
            f"{n:5}  {tilt[0]:4.0f}/{tilt[1]:4.0f}/{tilt[2]:4.0f}   yes    {error:6.1f}  "
            f"{shape:6.1%}   {a:8.1%}  {b:8.1%}"
        )
    print(f"sheets found: {found} of {args.sheets}")
    if not corner_errors:
        return 1
    print(
        f"worst corner per sheet: median {statistics.median(corner_errors):.1f} px, "
        f"most {max(corner_errors):.1f} px; flat page's shape off A4 by at most "
        f"{max(shape_errors):.1%}"
    )
    print(
        f"character accuracy: photo as taken {statistics.mean(acc_photo):.1%} (lowest "
        f"{min(acc_photo):.1%}), flat page {statistics.mean(acc_flat):.1%} (lowest "
        f"{min(acc_flat):.1%})"
    )
    read = statistics.median(t_read)
    for name, times in (("find the sheet", t_find), ("lay it flat", t_flat)):
        mid = statistics.median(times)
        print(
            f"seconds to {name}: {mid:.3f} (spread {min(times):.3f}-{max(times):.3f}), "
            f"{mid / read:.1%} of reading the page ({read:.2f} s)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
