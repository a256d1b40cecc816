"""The house rules of the package layout (README "For developers"; STYLE.md rules 1 and 18).

- Nothing outside ``ui/`` imports Qt Widgets or ``ui`` (``app.py``, the composition root,
  starts the window).
- ``ui/`` never imports the storage libraries or ``store/``; only ``store/`` imports
  ``sqlcipher3``, ``sqlite3`` or ``sqlite_utils``.
- ``store/`` and ``core/`` import nothing of the package above them but ``i18n`` (the
  language), which imports nothing of ours.
- No import circles, between modules or between feature packages (lazy and type-checking
  imports count: they are circles a reader has to untangle all the same).
- A feature reaches into another only through public names (nothing starting with ``_``).

The checker works on parsed source, so its own test needs no probe file in the tree.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "secondop_desktop"
ROOT = "secondop_desktop"

QT_WIDGETS = ("PySide6.QtWidgets",)
STORAGE = ("sqlcipher3", "sqlite3", "sqlite_utils")
STARTUP = {"secondop_desktop.app", "secondop_desktop.cli", "secondop_desktop.__main__"}


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _sources() -> dict[str, str]:
    return {_module_name(p): p.read_text(encoding="utf-8") for p in sorted(PACKAGE.rglob("*.py"))}


def imports_of(module: str, source: str, is_package: bool = False) -> set[str]:
    """Every module or ``module.name`` this source imports, anywhere in it."""
    package = module if is_package else module.rpartition(".")[0]
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            target = _resolve(package, node)
            names.add(target)
            names.update(f"{target}.{alias.name}" for alias in node.names)
    return names


def _is_package(module: str) -> bool:
    return (PACKAGE.parent / module.replace(".", "/") / "__init__.py").exists()


def _graph(sources: dict[str, str]) -> dict[str, set[str]]:
    """module -> the package's own modules it imports. ``from pkg import mod`` is an edge
    to ``pkg.mod`` only: the package's ``__init__`` runs first, but it is the module the
    reader depends on."""
    graph: dict[str, set[str]] = {}
    for module, source in sources.items():
        package = module if _is_package(module) else module.rpartition(".")[0]
        edges: set[str] = set()
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.Import):
                edges.update(a.name for a in node.names)
            elif isinstance(node, ast.ImportFrom):
                target = _resolve(package, node)
                subs = [f"{target}.{a.name}" for a in node.names]
                edges.update(s for s in subs if s in sources)
                if any(s not in sources for s in subs):
                    edges.add(target)
        graph[module] = {e for e in edges if e in sources and e != module}
    return graph


def _resolve(package: str, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    base = package.split(".")
    base = base[: len(base) - (node.level - 1)]
    return ".".join([*base, node.module] if node.module else base)


def _feature(module: str) -> str:
    """The room a module lives in: ``records``, ``ui.records``, ``store``, or the start-up
    and configuration modules at the top (each its own)."""
    parts = module.split(".")
    if len(parts) == 1:
        return "package"
    if parts[1] == "ui":
        return "ui." + parts[2] if len(parts) > 3 else "ui"
    return parts[1]  # a feature package, or cli, app, paths, settings, logsetup


def violations(sources: dict[str, str], rule: str) -> list[str]:
    bad = []
    for module, source in sources.items():
        feature = _feature(module)
        for name in imports_of(module, source, _is_package(module)):
            bad += [f"{module} imports {name}"] if _breaks(rule, module, feature, name) else []
    return sorted(set(bad))


def _within(name: str, prefixes: Iterable[str]) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


def _breaks(rule: str, module: str, feature: str, name: str) -> bool:
    own = f"{ROOT}."
    if rule == "widgets":
        return (
            feature != "ui"
            and not feature.startswith("ui.")
            and module not in STARTUP
            and _within(name, (*QT_WIDGETS, f"{ROOT}.ui"))
        )
    if rule == "storage":
        if feature == "store":
            return False
        return _within(name, STORAGE) or (
            feature.startswith("ui") and _within(name, (f"{ROOT}.store",))
        )
    base = f"{ROOT}.i18n"  # the language: below everything, it imports nothing of ours
    if rule == "store-below":
        inside = _within(name, (f"{ROOT}.store", base))
        return feature == "store" and name.startswith(own) and not inside
    if rule == "core-below":
        inside = _within(name, (f"{ROOT}.core", base))
        return feature == "core" and name.startswith(own) and not inside
    if rule == "i18n-below":
        return feature == "i18n" and name.startswith(own)
    if rule == "private":
        if not name.startswith(own):
            return False
        private = [p for p in name.split(".")[1:] if p.startswith("_") and not p.startswith("__")]
        return bool(private) and _feature(name) != feature
    raise ValueError(rule)


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every strongly connected group of more than one node (Tarjan), sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return sorted(found)


def _feature_graph(graph: dict[str, set[str]]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for module, deps in graph.items():
        a = _feature(module)
        for d in deps:
            b = _feature(d)
            # A package's __init__ importing its own parts is not a dependency on a feature.
            if a != b and not (a == "package" or b == "package"):
                out.setdefault(a, set()).add(b)
    return out


# -- the rules, on the real package ---------------------------------------------------------
def test_only_ui_imports_qt_widgets_or_ui() -> None:
    sources = _sources()
    assert len(sources) > 60
    assert violations(sources, "widgets") == []


def test_only_the_store_touches_sqlite_and_ui_never_the_store() -> None:
    assert violations(_sources(), "storage") == []


def test_store_and_core_import_nothing_above_them() -> None:
    sources = _sources()
    assert violations(sources, "store-below") == []
    assert violations(sources, "core-below") == []
    assert violations(sources, "i18n-below") == []


def test_features_reach_each_other_only_through_public_names() -> None:
    assert violations(_sources(), "private") == []


def test_no_import_circles_between_modules_or_features() -> None:
    graph = _graph(_sources())
    assert cycles(graph) == []
    assert cycles(_feature_graph(graph)) == []


# -- the checker can fail ---------------------------------------------------------------------
def test_the_checker_catches_each_kind_of_violation() -> None:
    fake = {
        "secondop_desktop.ui.records.bad": "import sqlite3\nfrom ...store import vault\n",
        "secondop_desktop.records.bad": "from PySide6.QtWidgets import QLabel\n"
        "from secondop_desktop.facts.timeline import _check_event\n",
        "secondop_desktop.store.bad": "from secondop_desktop.records import importer\n",
        "secondop_desktop.core.bad": "from secondop_desktop.store import Vault\n",
    }
    assert violations(fake, "storage") == [
        "secondop_desktop.ui.records.bad imports secondop_desktop.store",
        "secondop_desktop.ui.records.bad imports secondop_desktop.store.vault",
        "secondop_desktop.ui.records.bad imports sqlite3",
    ]
    assert violations(fake, "widgets") == [
        "secondop_desktop.records.bad imports PySide6.QtWidgets",
        "secondop_desktop.records.bad imports PySide6.QtWidgets.QLabel",
    ]
    assert violations(fake, "private") == [
        "secondop_desktop.records.bad imports secondop_desktop.facts.timeline._check_event"
    ]
    assert violations(fake, "store-below") == [
        "secondop_desktop.store.bad imports secondop_desktop.records",
        "secondop_desktop.store.bad imports secondop_desktop.records.importer",
    ]
    assert violations(fake, "core-below") == [
        "secondop_desktop.core.bad imports secondop_desktop.store",
        "secondop_desktop.core.bad imports secondop_desktop.store.Vault",
    ]
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []
