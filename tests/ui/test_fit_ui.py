"""Issue 18: every screen fits the screen and its text, at 1024x700, at 1.5x and 2x scale,
and with a 16-pt base font. The app is walked in a fresh process on an offscreen screen
of the given size (tests/ui/screens_walk.py --fit): no window larger than the screen, no
layout squeezed below its minimum (its widgets would overlap), no widget outside its
window, no label or button too small for its text. The Spanish walk (test_spanish_ui)
checks 1024x700 in Spanish, whose words are longer."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def walk_on_screen(
    tmp_path: Path, width: int, height: int, language: str = "en", **env: str
) -> dict[str, object]:
    """The walk's result on an offscreen screen of ``width`` x ``height`` pixels."""
    config = tmp_path / "screen.json"
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {"name": "test", "x": 0, "y": 0, "width": width, "height": height,
                     "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
                ]
            }
        )
    )  # fmt: skip
    run_env = dict(os.environ, SECONDOP_LANGUAGE=language, **env)
    run_env["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    run_env.pop("PYTHONDONTWRITEBYTECODE", None)
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.screens_walk", "--fit"],
        cwd=ROOT,
        env=run_env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def misfits_of(result: dict[str, object]) -> list[str]:
    found = result["misfits"]
    assert isinstance(found, list)
    seen = result["seen"]
    assert isinstance(seen, dict) and len(seen) >= 30, "the walk reached every screen"
    return sorted({f"{m['screen']}: {m['problem']}" for m in found})


@pytest.mark.parametrize(
    ("width", "height", "env"),
    [
        (1440, 900, {"QT_SCALE_FACTOR": "1.5"}),
        (1920, 1200, {"QT_SCALE_FACTOR": "2"}),
        (1280, 800, {"SECONDOP_WALK_POINTS": "16"}),
    ],
    ids=["1.5x-1440x900", "2x-1920x1200", "16pt-1280x800"],
)
def test_every_screen_fits(tmp_path: Path, width: int, height: int, env: dict[str, str]) -> None:
    problems = misfits_of(walk_on_screen(tmp_path, width, height, **env))
    assert not problems, "\n".join(problems[:60])
