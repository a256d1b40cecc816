"""Issue 18: every string the code passes to translate() is in each language's .ts file
and translated, plurals with their forms. lupdate drops a call it cannot read (a count
written as ``len(x)`` inside the call) without a word, and marks a plural only when the
count is a literal; this test reads the code itself, so neither goes unseen."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET  # our own files
from pathlib import Path

import pytest

from secondop_desktop import i18n

PACKAGE = Path(i18n.__file__).resolve().parents[1]
NOOP = {"QT_TRANSLATE_NOOP"}


def _calls() -> set[tuple[str, str, str]]:
    """(file, context, source) of every translate()/QT_TRANSLATE_NOOP with literal text."""
    found = set()
    for path in PACKAGE.rglob("*.py"):
        if "__pycache__" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if name not in {"translate", *NOOP}:
                continue
            context, text = node.args[0], node.args[1]
            if (
                isinstance(context, ast.Constant)
                and isinstance(text, ast.Constant)
                and isinstance(context.value, str)
                and isinstance(text.value, str)
            ):
                found.add((path.name, context.value, text.value))
    return found


def _messages(code: str) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(i18n.HERE / f"secondop_{code}.ts").getroot()
    return {
        (c.findtext("name") or "", m.findtext("source") or ""): m
        for c in root.iter("context")
        for m in c.iter("message")
    }


def test_the_code_marks_strings_for_translation() -> None:
    assert len(_calls()) > 1000


@pytest.mark.parametrize("code", ["es"])
def test_every_marked_string_is_translated(code: str) -> None:
    messages = _messages(code)
    missing, unfinished = [], []
    for file, context, source in sorted(_calls()):
        message = messages.get((context, source))
        if message is None:
            missing.append(f"{file} {context}: {source!r}")
            continue
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") == "unfinished":
            unfinished.append(f"{file} {context}: {source!r}")
        if "%n" in source:
            forms = [f.text for f in translation.iter("numerusform")]
            assert message.get("numerus") == "yes" and len(forms) == 2 and all(forms), source
    assert not missing, f"{len(missing)} not in secondop_{code}.ts:\n" + "\n".join(missing[:50])
    assert not unfinished, f"{len(unfinished)} untranslated:\n" + "\n".join(unfinished[:50])


def test_english_plurals_have_their_forms() -> None:
    english = _messages("en")
    plurals = {(c, s) for _, c, s in _calls() if "%n" in s}
    assert plurals, "some messages count things"
    for key in plurals:
        message = english.get(key)
        assert message is not None, f"{key} has no English plural forms"
        forms = [f.text or "" for f in message.iter("numerusform")]
        assert len(forms) == 2 and all(forms) and "(s)" not in forms[0] + forms[1], key


# Messages whose format() is given the noun in several forms; a translation picks the one
# its grammar needs (Spanish words around a noun's gender instead of using "a/an").
FREE = {
    ("list_editor", "{Noun} list"),
    ("list_editor", "Select {a_noun}, or choose Add {noun}."),
    ("lists", "That {name} entry no longer exists."),
}


def test_placeholders_survive_translation() -> None:
    """A translation uses only its source's {placeholders} (another raises KeyError when
    the string is formatted) and keeps each of them (a lost one loses words), %n aside:
    "one" may be spelled out ("un documento")."""
    import re

    field = re.compile(r"\{[A-Za-z_]*\}|%n")
    bad = []
    for (context, source), message in _messages("es").items():
        translation = message.find("translation")
        assert translation is not None
        texts = [f.text or "" for f in translation.iter("numerusform")] or [
            translation.text or ""
        ]
        wanted = set(field.findall(source))
        for text in texts:
            used = set(field.findall(text))
            lost = wanted - used - {"%n"}
            if (used - wanted or lost) and (context, source) not in FREE:
                bad.append(f"{context}: {source!r} -> {text!r}")
    assert not bad, "\n".join(bad[:40])


# Qt's text setters and the app's own (heading, paragraph): what they are given is shown.
SHOWN = {
    "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setWhatsThis",
    "setAccessibleName", "setAccessibleDescription", "setTitle", "addItem", "setStatusTip",
    "QLabel", "QPushButton", "QCheckBox", "QGroupBox", "QRadioButton", "QAction",
    "QToolButton", "addAction", "addMenu", "addTab", "setTabText", "insertTab",
    "information", "warning", "critical", "question", "setSuffix", "setPrefix",
    "setLabelText", "showMessage", "heading", "paragraph", "addRow", "setHeaderLabels",
    "setHorizontalHeaderLabels", "setSpecialValueText",
}  # fmt: skip


def test_no_english_literal_is_handed_to_the_screen() -> None:
    """A string literal (or an f-string with words) given straight to a text setter never
    reaches a translator; the screen walk sees only the screens it opens, this sees all."""
    import re

    bad = []
    for path in PACKAGE.rglob("*.py"):
        if "__pycache__" in path.parts or "demo" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            owner = func.value if isinstance(func, ast.Attribute) else None
            logged = isinstance(owner, ast.Name) and owner.id in ("log", "logging")
            if name not in SHOWN or logged:
                continue
            for arg in node.args:
                words = [arg.value] if isinstance(arg, ast.Constant) else []
                if isinstance(arg, ast.JoinedStr):
                    words = [v.value for v in arg.values if isinstance(v, ast.Constant)]
                if any(isinstance(w, str) and re.search(r"[A-Za-z]{2}", w) for w in words):
                    bad.append(f"{path.name}:{node.lineno} {name}({words})")
    bad = [b for b in bad if not b.startswith("render.py") or "<html>" not in b]
    assert not bad, "\n".join(bad)
