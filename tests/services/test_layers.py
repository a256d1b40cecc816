"""STYLE.md rule 1: imports point down (ui -> services -> store), never back up."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "secondop_desktop"

QT_WIDGETS = ("PySide6.QtWidgets",)
STORAGE = ("sqlcipher3", "sqlite3", "sqlite_utils")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts[:-1])
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            names.add(module)
            names.update(f"{module}.{alias.name}" for alias in node.names)
    return names


def _files(sub: str = "") -> list[Path]:
    return sorted((PACKAGE / sub).rglob("*.py"))


def _violations(files: list[Path], forbidden: tuple[str, ...]) -> list[str]:
    bad = []
    for f in files:
        for name in _imports(f):
            if any(name == x or name.startswith(x + ".") for x in forbidden):
                bad.append(f"{f.relative_to(PACKAGE)} imports {name}")
    return bad


# The start-up module is the composition root: it alone may reach up to start the window.
STARTUP = {"app.py"}


def test_store_and_services_never_import_ui_or_widgets() -> None:
    core = [
        f for f in _files() if "ui" not in f.relative_to(PACKAGE).parts and f.name not in STARTUP
    ]
    assert core, "no core modules found"
    assert _violations(core, ("secondop_desktop.ui", *QT_WIDGETS)) == []


def test_store_never_imports_services() -> None:
    store = _files("store")
    services = [f"secondop_desktop.{p.stem}" for p in PACKAGE.glob("*.py") if p.stem != "__init__"]
    assert _violations(store, tuple(services)) == []


def test_ui_never_imports_storage_libraries_or_the_store() -> None:
    ui = _files("ui")
    assert ui
    assert _violations(ui, (*STORAGE, "secondop_desktop.store")) == []


def test_the_checker_itself_catches_a_violation(tmp_path: Path) -> None:
    probe = PACKAGE / "ui" / "_probe_for_test.py"
    probe.write_text("import sqlite3\nfrom ..store import vault\n")
    try:
        found = _violations([probe], (*STORAGE, "secondop_desktop.store"))
    finally:
        probe.unlink()
    assert len(found) >= 2
