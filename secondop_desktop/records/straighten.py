"""Straightening a phone photo of a page (issue 20): find the paper's outline in the photo
and lay the page flat, as a scanner would have; the original is kept.

Finding runs with text recognition (the worker already holds the picture) and only offers;
the user sees the photo before and after and chooses. The straightened picture is kept
beside the record's file, which is never changed: the record's "Save a copy" gives the
original, and undoing straightening shows it again. Packet, preview and text recognition
use the straightened picture while it is chosen.

OpenCV does the geometry: it is installed with the text recognition engine (RapidOCR needs
it), so straightening is there exactly when text recognition is. Runs in a sandbox worker.
"""

from __future__ import annotations

import functools
import io
import math
from dataclasses import dataclass
from typing import Any

Corners = list[list[float]]  # four [x, y], 0-1 of the picture: top left, top right,
# bottom right, bottom left (the picture as stored, turned as its EXIF says)

WORK_SIDE = 900  # the outline is looked for on a copy this size: fast, and the paper's
# edge is a large shape
MIN_AREA = 0.2  # the paper covers at least this share of the photo
MIN_OFFSET = 0.02  # a corner nearer than this to the picture's own corner: a scan, or a
# photo already cropped to the page; nothing to straighten
MAX_ANGLE = 35.0  # corners further from square than this: not a sheet of paper
JPEG_QUALITY = 92
INSET = 3.0  # pixels of the working copy the corners are moved towards the sheet's middle
ASSUMED_FOCAL = 0.8  # focal length over the picture's long side: a phone's main camera
# (26-28 mm equivalent) gives 0.72-0.78, a scanner app's crop a little more
FAR = 8.0  # a vanishing point this many picture sides away: as good as parallel (the
# focal length found from it would swing with a pixel of noise)
SHOWN_SIDE = 1400  # the photo as taken and the flat page, as the dialog shows them


@dataclass(frozen=True)
class Straightened:
    """The page laid flat: its JPEG, its size in pixels, and a thumbnail for the list;
    ``before`` and ``after`` are the photo as taken and the flat page, reduced, for the
    window to show side by side (decoded here, in the worker, not in the window)."""

    jpeg: bytes
    size: tuple[int, int]
    thumbnail_png: bytes
    before: bytes = b""
    after: bytes = b""


@functools.cache  # asked as records are selected; what is installed stays so while it runs
def available() -> bool:
    """Whether OpenCV is there (it comes with the text recognition engine)."""
    import importlib.util

    return importlib.util.find_spec("cv2") is not None


def find_outline(picture: Any) -> Corners | None:
    """The paper's four corners in a photo (a PIL image), or None when no sheet is seen or
    the photo is already flat and cropped to it."""
    if not available():
        return None
    import cv2
    import numpy as np

    width, height = picture.size
    scale = min(1.0, WORK_SIDE / max(width, height))
    small = picture.convert("L").resize(
        (max(1, round(width * scale)), max(1, round(height * scale)))
    )
    grey = cv2.GaussianBlur(np.asarray(small), (5, 5), 0)
    area = grey.shape[0] * grey.shape[1]
    found: list[Any] = []
    # Two ways to see the paper: its edge (against a patterned table), and its brightness
    # (against a plain darker one: a blurred photo may have no sharp edge).
    edges = cv2.dilate(cv2.Canny(grey, 30, 120), np.ones((3, 3), np.uint8))
    _, bright = cv2.threshold(grey, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    for mask in (edges, bright):
        contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
        for contour in sorted(contours, key=cv2.contourArea, reverse=True)[:5]:
            hull = cv2.convexHull(contour)
            quad = cv2.approxPolyDP(hull, 0.02 * cv2.arcLength(hull, True), True)
            if len(quad) == 4 and cv2.contourArea(quad) >= MIN_AREA * area:
                found.append(quad.reshape(4, 2).astype(float))
                break
    for quad in found:
        # The edge was found a pixel or two outside the paper (the edges are thickened to
        # close gaps): step in by that much, so no strip of table shows on the flat page.
        centre = quad.mean(axis=0)
        quad = quad + (centre - quad) * (INSET / np.linalg.norm(centre - quad, axis=1))[:, None]
        corners = _ordered([[x / grey.shape[1], y / grey.shape[0]] for x, y in quad])
        if _is_sheet(corners, grey.shape[1], grey.shape[0]):
            return corners
    return None


def _ordered(points: Corners) -> Corners:
    """Top left, top right, bottom right, bottom left."""
    by_sum = sorted(points, key=lambda p: p[0] + p[1])
    by_diff = sorted(points, key=lambda p: p[0] - p[1])
    return [by_sum[0], by_diff[-1], by_sum[-1], by_diff[0]]


def _is_sheet(corners: Corners, width: int, height: int) -> bool:
    """Four distinct corners, near right angles, not the picture's own edges."""
    if len({(round(x, 3), round(y, 3)) for x, y in corners}) != 4:
        return False
    frame = [[0.0, 0.0], [1.0, 0.0], [1.0, 1.0], [0.0, 1.0]]
    if all(math.dist(c, f) < MIN_OFFSET for c, f in zip(corners, frame, strict=True)):
        return False
    pixels = [(x * width, y * height) for x, y in corners]
    for i in range(4):
        a, b, c = pixels[i - 1], pixels[i], pixels[(i + 1) % 4]
        v1, v2 = (a[0] - b[0], a[1] - b[1]), (c[0] - b[0], c[1] - b[1])
        norm = math.hypot(*v1) * math.hypot(*v2)
        if norm == 0:
            return False
        angle = math.degrees(math.acos(max(-1.0, min(1.0, (v1[0] * v2[0] + v1[1] * v2[1]) / norm))))
        if abs(angle - 90) > MAX_ANGLE:
            return False
    return True


def _paper_ratio(src: list[list[float]], width: int, height: int) -> float | None:
    """The sheet's width over its height, undoing the perspective: Zhang and He's method
    ("Whiteboard scanning and image enhancement", 2007), principal point at the picture's
    centre. The camera's focal length is found from the four corners when both pairs of
    edges converge; when one pair stays parallel (the phone tilted straight over the page,
    the commonest pose) it cannot be, and a phone's usual one is assumed. None when both
    pairs are parallel: a view square-on, whose edges' lengths are the shape."""
    import numpy as np

    tl, tr, br, bl = (np.array([x, y, 1.0]) for x, y in src)
    m1, m2, m3, m4 = tl, tr, bl, br
    k2 = np.dot(np.cross(m1, m4), m3) / np.dot(np.cross(m2, m4), m3)
    k3 = np.dot(np.cross(m1, m4), m2) / np.dot(np.cross(m3, m4), m2)
    n2, n3 = k2 * m2 - m1, k3 * m3 - m1
    side = max(width, height)

    def parallel(n: Any) -> bool:  # its vanishing point is far beyond the picture
        return bool(abs(n[2]) * FAR * side < math.hypot(n[0], n[1]))

    if parallel(n2) and parallel(n3):
        return None
    u0, v0 = width / 2, height / 2
    f = ASSUMED_FOCAL * side
    if not (parallel(n2) or parallel(n3)):
        f2 = -(
            (n2[0] * n3[0] - (n2[0] * n3[2] + n2[2] * n3[0]) * u0 + n2[2] * n3[2] * u0 * u0)
            + (n2[1] * n3[1] - (n2[1] * n3[2] + n2[2] * n3[1]) * v0 + n2[2] * n3[2] * v0 * v0)
        ) / (n2[2] * n3[2])
        if f2 > 0 and 0.3 * side <= math.sqrt(f2) <= 3 * side:
            f = math.sqrt(f2)
    camera = np.array([[f, 0, u0], [0, f, v0], [0, 0, 1.0]])
    inverse = np.linalg.inv(camera)
    metric = inverse.T @ inverse
    ratio = math.sqrt(float(n2 @ metric @ n2) / float(n3 @ metric @ n3))
    return ratio if 0.25 <= ratio <= 4 else None


def outline_of(data: bytes, media_type: str) -> Corners | None:
    """Sandbox job: the paper's corners in a stored photo (asked for from the record's
    menu when text recognition found none, or has not run yet)."""
    from secondop_desktop.records.page_picture import page_picture

    return find_outline(page_picture(data, media_type, 1))


def straighten(data: bytes, media_type: str, corners: Corners) -> Straightened:
    """Sandbox job: the page inside ``corners`` laid flat, at the resolution the photo has
    there (the longer of each pair of opposite edges)."""
    import cv2
    import numpy as np
    from PIL import Image

    from secondop_desktop.records.page_picture import page_picture
    from secondop_desktop.records.parsing import THUMB_SIZE

    picture = page_picture(data, media_type, 1)
    width, height = picture.size
    src = np.array([[x * width, y * height] for x, y in corners], dtype=np.float32)
    top, right = math.dist(src[0], src[1]), math.dist(src[1], src[2])
    bottom, left = math.dist(src[2], src[3]), math.dist(src[3], src[0])
    out_w, out_h = max(top, bottom), max(left, right)
    ratio = _paper_ratio(src.tolist(), width, height)
    if ratio is not None:  # the sheet's own shape, not the one the angle gave it
        out_h = out_w / ratio
    # Never more pixels than the photo has: the flat page is the photo's own detail
    # spread out, and a steep angle must not make a page too large to show or print.
    shrink = min(1.0, math.sqrt(width * height / max(1.0, out_w * out_h)))
    out_w, out_h = max(1, round(out_w * shrink)), max(1, round(out_h * shrink))
    dst = np.array([[0, 0], [out_w - 1, 0], [out_w - 1, out_h - 1], [0, out_h - 1]], np.float32)
    flat = cv2.warpPerspective(
        np.asarray(picture),
        cv2.getPerspectiveTransform(src, dst),
        (out_w, out_h),
        flags=cv2.INTER_CUBIC,
        borderMode=cv2.BORDER_REPLICATE,
    )
    page = Image.fromarray(flat)
    jpeg = io.BytesIO()
    # The photo's colour profile (an iPhone's Display P3) goes with the flat page: without
    # it the page's colours would be read as sRGB, a little washed out.
    profile = picture.info.get("icc_profile")
    page.save(jpeg, "JPEG", quality=JPEG_QUALITY, **({"icc_profile": profile} if profile else {}))
    thumb = page.copy()
    thumb.thumbnail(THUMB_SIZE)
    png = io.BytesIO()
    thumb.save(png, "PNG")
    return Straightened(
        jpeg.getvalue(), (out_w, out_h), png.getvalue(), _reduced(picture), _reduced(page)
    )


def _reduced(picture: Any) -> bytes:
    """A copy small enough for the window to draw without stalling (it never decodes a
    photo's full size on its own thread)."""
    shown = picture.copy()
    shown.thumbnail((SHOWN_SIDE, SHOWN_SIDE))
    out = io.BytesIO()
    shown.save(out, "JPEG", quality=85)
    return out.getvalue()
