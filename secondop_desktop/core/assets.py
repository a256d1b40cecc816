"""Files shipped inside the package (fonts, the question bank, the icon), read through
:mod:`importlib.resources` so they are found wherever the package lives: a checkout, an
installed wheel, or a PyInstaller bundle. Nothing reads files relative to the source tree."""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable


def asset(*parts: str) -> Traversable:
    """A file under ``secondop_desktop/resources`` (e.g. ``asset("fonts", "DejaVuSans.ttf")``)."""
    node = resources.files("secondop_desktop").joinpath("resources")
    for part in parts:
        node = node.joinpath(part)
    return node


def read_bytes(*parts: str) -> bytes:
    return asset(*parts).read_bytes()


def read_text(*parts: str) -> str:
    return asset(*parts).read_text(encoding="utf-8")
