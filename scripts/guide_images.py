"""The user guide's pictures: each topic's screen, on the demo case, in each language.

    python scripts/guide_images.py     # writes secondop_desktop/resources/guide/<code>/*.png

The screens come from the screen walk (tests/ui/screens_walk.py, the same that checks the
translations), made smaller (560 pixels wide, 256 colours) so the guide stays light in
the package. Re-run it when a screen changes.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "secondop_desktop" / "resources" / "guide"
WIDTH = 560
# Guide topic -> the walk's screen that shows it.
SCREENS = {
    "start": "welcome",
    "overview": "case-overview",
    "records": "section-1-0",
    "checklist": "section-2-0",
    "care_team": "section-3-0",
    "opinions": "section-4-0",
    "compare": "section-5-0",
    "timeline": "section-6-0",
    "health": "section-7-1",
    "questions": "section-8-0",
    "options": "section-9-0",
    "decision": "section-10-0",
    "trials": "section-11-0",
    "appointments": "section-12-0",
    "search": "search-results",
    "packet": "packet-builder",
}


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from secondop_desktop import i18n

    for code in i18n.LANGUAGES:
        with tempfile.TemporaryDirectory() as tmp:
            env = dict(os.environ, SECONDOP_LANGUAGE=code, QT_QPA_PLATFORM="offscreen")
            subprocess.run(
                [sys.executable, "-m", "tests.ui.screens_walk", "--shots", tmp],
                cwd=ROOT,
                env=env,
                check=True,
                capture_output=True,
            )
            folder = OUT / code
            folder.mkdir(parents=True, exist_ok=True)
            for topic, screen in SCREENS.items():
                with Image.open(Path(tmp) / f"{screen}.png") as shot:
                    small = shot.convert("RGB")
                    small = small.resize(
                        (WIDTH, round(shot.height * WIDTH / shot.width)), Image.Resampling.LANCZOS
                    )
                    small = small.quantize(256, dither=Image.Dither.NONE)
                    small.save(folder / f"{topic}.png", optimize=True)
            print(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
