"""Phone photos of a sheet of paper, made the way a camera makes them: an A4 page with
real text, tilted in front of a pinhole camera and projected onto a table's texture, then
blurred a little and saved as a phone's JPEG. The corners' true positions are known."""

from __future__ import annotations

import io
import math

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
A4 = (0.210, 0.297)  # metres
SIZE = (1600, 1200)  # the photo, pixels
FOCAL = 1400.0  # pixels: a phone's wide lens at this size


def sheet_corners(tilt_x: float, tilt_y: float, spin: float) -> list[list[float]]:
    """Where an A4 sheet's corners (top left, top right, bottom right, bottom left) land
    in the photo when it is tilted ``tilt_x``/``tilt_y`` degrees away from the camera and
    turned ``spin`` degrees in its plane, 45 cm in front of the lens."""
    w, h = A4
    pts = np.array([[-w / 2, -h / 2, 0], [w / 2, -h / 2, 0], [w / 2, h / 2, 0], [-w / 2, h / 2, 0]])
    c, s = math.cos(math.radians(spin)), math.sin(math.radians(spin))
    pts = pts @ np.array([[c, -s, 0], [s, c, 0], [0, 0, 1]]).T
    a = math.radians(tilt_x)
    pts = (
        pts @ np.array([[1, 0, 0], [0, math.cos(a), -math.sin(a)], [0, math.sin(a), math.cos(a)]]).T
    )
    b = math.radians(tilt_y)
    pts = (
        pts @ np.array([[math.cos(b), 0, math.sin(b)], [0, 1, 0], [-math.sin(b), 0, math.cos(b)]]).T
    )
    pts[:, 2] += 0.45
    return [[FOCAL * x / z + SIZE[0] / 2, FOCAL * y / z + SIZE[1] / 2] for x, y, z in pts]


def page(lines: list[str]) -> Image.Image:
    """The sheet itself, 150 dpi, the text at 11 pt."""
    font = ImageFont.truetype(FONT, 30)
    sheet = Image.new("RGB", (1240, 1754), (250, 250, 246))
    draw = ImageDraw.Draw(sheet)
    for n, line in enumerate(lines):
        draw.text((100, 140 + n * 56), line, font=font, fill=(25, 25, 25))
    return sheet


def sheet_photo(
    lines: list[str], corners: list[list[float]], table: tuple[int, int, int] = (110, 85, 60)
) -> bytes:
    """The sheet photographed on a table with its corners at ``corners`` (pixels)."""
    sheet = np.asarray(page(lines))
    src = np.float32([[0, 0], [1240, 0], [1240, 1754], [0, 1754]])
    matrix = cv2.getPerspectiveTransform(src, np.float32(corners))
    rng = np.random.default_rng(7)
    grain = rng.normal(0, 12, (SIZE[1], SIZE[0], 3))
    surface = np.clip(np.array(table, float) + grain, 0, 255).astype(np.uint8)
    shot = cv2.warpPerspective(sheet, matrix, SIZE, dst=surface, borderMode=cv2.BORDER_TRANSPARENT)
    picture = Image.fromarray(shot).filter(ImageFilter.GaussianBlur(0.8))
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=85)
    return out.getvalue()


def scan(lines: list[str]) -> bytes:
    """The same sheet from a flatbed scanner: the page fills the picture, square on."""
    out = io.BytesIO()
    page(lines).save(out, "PNG")
    return out.getvalue()
