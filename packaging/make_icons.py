"""Render the app icon's SVG source into every size and format a platform wants.

Run: python packaging/make_icons.py OUT_DIR
Writes OUT_DIR/hicolor/<N>x<N>/apps/secondop.png (16..512), OUT_DIR/secondop.ico (Windows)
and OUT_DIR/secondop.icns (macOS). Qt draws the SVG (no other SVG library needed); Pillow
packs ICO and ICNS."""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SOURCE = (
    Path(__file__).resolve().parents[1]
    / "secondop_desktop"
    / "resources"
    / "icons"
    / "secondop.svg"
)


def render(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(SOURCE)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def main(out: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([])
    pngs = {size: render(size) for size in SIZES}
    for size, data in pngs.items():
        folder = out / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "secondop.png").write_bytes(data)
    largest = Image.open(io.BytesIO(pngs[512]))
    largest.save(out / "secondop.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    largest.save(out / "secondop.icns")
    print(f"icons written to {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "build/icons"))
