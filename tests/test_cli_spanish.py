"""Issue 18: the command line in Spanish. Its help (argparse's own words among them) and
its messages follow the language chosen as the app's is (SECONDOP_LANGUAGE, the vault's
Settings, the system), read before the arguments are; in English no translation is read."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from secondop_desktop import cli, i18n


def _secondop(*argv: str, language: str = "es") -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, SECONDOP_LANGUAGE=language, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "secondop_desktop", *argv],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_help_is_in_spanish() -> None:
    assert i18n.qm_file("es").exists(), "the .qm files are built by make (make test)"
    done = _secondop("--help")
    assert done.returncode == 0, done.stderr
    text = " ".join(done.stdout.split())
    assert text.startswith("uso: secondop")
    for spanish in (
        "SecondOp: organice sus documentos y preguntas para una segunda opinión médica.",
        "argumentos posicionales:",
        "opciones:",
        "-h, --help mostrar esta ayuda y salir",
        "init crear una caja fuerte",
        "--vault DIR carpeta de la caja fuerte para la aplicación",
    ):
        assert spanish in text
    assert "create a vault" not in text and "show this help" not in text


def test_export_help_and_misuse_are_in_spanish(tmp_path: Path) -> None:
    done = _secondop("export", "--help")
    assert done.returncode == 0, done.stderr
    text = " ".join(done.stdout.split())
    assert "--sections NAME,NAME solo estas secciones" in text  # flags and metavars stay
    assert "Nombres de las secciones para --sections: summary (" in text
    out = tmp_path / "packet.pdf"
    export = ["export", "--vault", str(tmp_path / "v"), "--passphrase-stdin", "--case", "1"]
    done = _secondop(*export, "--out", str(out), "--sections", "billing,extras")
    assert done.returncode == 2
    assert "secondop: Secciones desconocidas: billing, extras. Las secciones son: summary," in (
        done.stderr
    )
    done = _secondop(*export)
    assert done.returncode == 2
    assert "error: faltan estos argumentos obligatorios: --out" in done.stderr


def test_english_reads_no_translation(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """English is the code's own text: no translation file, no Qt translator (fast)."""
    monkeypatch.setattr(i18n, "_standalone", [])
    with pytest.raises(SystemExit) as exit_:
        cli.main(["--help"])
    assert exit_.value.code == 0
    assert "init create a vault" in " ".join(capsys.readouterr().out.split())
    assert i18n._standalone == []  # the command line loaded no translator
