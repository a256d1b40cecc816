"""Issue 18: SecondOp in Spanish. The app is walked screen by screen in a fresh process
with the Spanish translation installed (tests.ui.screens_walk.py): no English literal of the
code may be left on a screen, and Alt+letter must still reach one thing per screen. The
demo packet is exported in Spanish and its own pages (cover, contents, sections) read
back: the consulting doctor gets Spanish headings, not English ones."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from secondop_desktop import i18n

from .test_fit_ui import misfits_of, walk_on_screen

ROOT = Path(__file__).resolve().parents[2]


def _spanish_env() -> dict[str, str]:
    env = dict(os.environ, SECONDOP_LANGUAGE="es", QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


@pytest.fixture(scope="module")
def walked(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """The Spanish walk, on a 1024x700 screen (Spanish words are longer: it fits too)."""
    assert i18n.qm_file("es").exists(), "the .qm files are built by make (make test)"
    return walk_on_screen(tmp_path_factory.mktemp("walk"), 1024, 700, "es")


def test_every_screen_is_in_spanish(walked: dict[str, object]) -> None:
    assert walked["language"] == "es"
    seen = walked["seen"]
    assert isinstance(seen, dict) and len(seen) >= 30 and all(n > 20 for n in seen.values())
    left = walked["untranslated"]
    assert isinstance(left, list)
    unique = sorted({(x["widget"], x["text"]) for x in left})
    assert not unique, f"{len(unique)} English strings on Spanish screens:\n" + "\n".join(
        f"{widget}: {text!r}" for widget, text in unique[:80]
    )


def test_alt_letters_are_unique_on_every_spanish_screen(walked: dict[str, object]) -> None:
    clashes = walked["clashes"]
    assert isinstance(clashes, list)
    assert not clashes, "\n".join(
        f"{c['screen']}: Alt+{c['letter']} -> {c['owners']}" for c in clashes[:60]
    )


def test_demo_packet_is_exported_in_spanish(tmp_path: Path) -> None:
    out = tmp_path / "paquete.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.screens_walk", "--packet", str(out)],
        cwd=ROOT,
        env=_spanish_env(),
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["language"] == "es"
    assert not result["untranslated"], result["untranslated"]
    text = result["text"]
    for heading in ("Segunda opinión", "Diagnóstico", "Medicamentos", "Documentos"):
        assert heading.lower() in text.lower(), heading
    assert any("Diagnóstico" in mark for mark in result["bookmarks"]), result["bookmarks"]


def test_every_spanish_screen_fits_1024x700(walked: dict[str, object]) -> None:
    problems = misfits_of(walked)
    assert not problems, "\n".join(problems[:60])


def test_the_language_chosen_in_settings_is_used_at_the_next_start(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Settings > Language stores the choice; the next start installs it (before any
    screen is built), whatever the system's language."""
    from secondop_desktop.settings import Settings
    from secondop_desktop.ui.common.state import AppState
    from secondop_desktop.ui.shell.settings_dialog import SettingsDialog

    state = AppState(tmp_path)
    dialog = SettingsDialog(state)
    qtbot.addWidget(dialog)
    choices = [dialog.language.itemData(i) for i in range(dialog.language.count())]
    assert choices == [i18n.SYSTEM, *i18n.LANGUAGES]
    dialog.language.setCurrentIndex(choices.index("es"))
    dialog._save()
    assert Settings.load(tmp_path).language == "es"
    env = _spanish_env()
    env.pop(i18n.ENV)  # neither the environment nor the system says Spanish
    env.update(LANG="C.UTF-8", LANGUAGE="", LC_ALL="")
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from secondop_desktop.ui.shell.app import _install_language\n"
        "from secondop_desktop import i18n\n"
        "_install_language(sys.argv[1])\n"
        "print(i18n.active(), i18n.translate('settings_dialog', 'Settings'))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["es", "Configuración"]
