"""Issue 15: what an installed SecondOp needs beyond the Python code. Resources come from
inside the package, ``--version`` names the parts' versions, ``--quit-after`` lets a smoke
test start and stop the real window, and a Linux system without Qt's X11 libraries gets a
sentence naming the packages instead of Qt's abort."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from secondop_desktop import app
from secondop_desktop.core import assets, system_check

ROOT = Path(__file__).resolve().parents[1]


def test_nothing_reads_files_relative_to_the_source_tree() -> None:
    """Today's bug: fonts and the question bank were read from ROOT/resources, which is in
    neither the wheel nor the sdist."""
    assert not (ROOT / "resources").exists()
    sources = "\n".join(p.read_text() for p in (ROOT / "secondop_desktop").rglob("*.py"))
    assert '/ "resources"' not in sources and "__file__).resolve().parents" not in sources
    for parts in (("question_bank.json",), ("fonts", "DejaVuSans.ttf"), ("icons", "secondop.svg")):
        assert assets.read_bytes(*parts)


def test_version_names_qt_sqlcipher_and_python() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "secondop_desktop", "--version"],
        capture_output=True, text=True, check=True, timeout=60,
    ).stdout  # fmt: skip
    lines = out.splitlines()
    assert lines[0].startswith("SecondOp ")
    assert any(line.startswith("Qt 6.") and "PySide6" in line for line in lines)
    assert any(line.startswith("SQLCipher 4.") and "SQLite 3." in line for line in lines)
    assert any(line.startswith("Python 3.") for line in lines)


def test_quit_after_starts_the_demo_window_and_quits_cleanly(tmp_path: Path) -> None:
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "secondop_desktop", "--demo", "--quit-after", "2"],
        capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    assert not list(tmp_path.glob("secondop-demo-*")), "the demo vault is removed at quit"


def _plugin_missing(tmp_path: Path, soname: str, instead: str) -> Path:
    """A copy of Qt's real X11 plugin whose needed ``soname`` is renamed to one no system
    has (same length, so the ELF stays valid): what ldd sees on a minimal system."""
    plugin = system_check._xcb_plugin()
    if plugin is None:
        pytest.skip("PySide6 without its X11 plugin")
    data = plugin.read_bytes()
    assert len(soname) == len(instead) and data.count(soname.encode() + b"\0") == 1
    copy = tmp_path / "libqxcb.so"
    copy.write_bytes(data.replace(soname.encode() + b"\0", instead.encode() + b"\0"))
    return copy


def test_missing_x11_libraries_give_a_sentence_not_an_abort(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("Linux only")
    plugin = _plugin_missing(tmp_path, "libxcb-icccm.so.4", "libxcb-icccm.so.9")
    qt_libs = system_check.qt_library_folder()
    assert system_check.missing_libraries(plugin, qt_libs) == ["libxcb-icccm.so.9"]
    real = system_check.missing_libraries
    monkeypatch.setattr(system_check, "_xcb_plugin", lambda: plugin)
    monkeypatch.setattr(system_check, "missing_libraries", lambda p: real(p, qt_libs))
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    assert app.run_gui() == 3
    said = capsys.readouterr().err
    assert "libxcb-icccm.so.9" in said
    assert "sudo apt install libxcb-icccm9" in said and "sudo dnf install" in said
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")  # another platform: no X11 check
    assert system_check.missing_qt_libraries() is None


def test_the_libraries_a_minimal_debian_lacked_map_to_their_packages() -> None:
    said = system_check.advice(["libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1"])
    assert "sudo apt install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1;" in said
    assert "sudo dnf install xcb-util-cursor xcb-util-keysyms xcb-util-wm." in said
