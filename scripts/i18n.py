"""Translation files: find the strings (lupdate), fill them, build them (lrelease).

    python scripts/i18n.py update            # every translate() in the code -> the .ts files
    python scripts/i18n.py release           # .ts -> .qm (make does this)
    python scripts/i18n.py fill PART.json..  # translations from JSON parts into the .ts files
    python scripts/i18n.py check PART.json FILE.py..   # the strings of FILEs the part misses
    python scripts/i18n.py status            # unfinished messages per language

A JSON part maps context -> English source -> translation, a plural source (with %n) to
{"en": [one, other], "es": [one, other]}. Parts are how several people translate at once;
the .ts files are the source of truth once filled.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET  # our own files, never a user's
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "secondop_desktop"
FOLDER = PACKAGE / "i18n"
BIN = Path(sys.executable).parent
TRANSLATED = ["es"]  # languages with a full .ts (English, the source, has plurals only)


def _tool(name: str) -> str:
    for candidate in (BIN / f"pyside6-{name}", BIN / name):
        if candidate.exists():
            return str(candidate)
    return f"pyside6-{name}"


def sources() -> list[str]:
    return sorted(
        str(p.relative_to(ROOT))
        for p in PACKAGE.rglob("*.py")
        if "__pycache__" not in p.parts and p.parent.name != "demo"
    )


def ts_file(code: str) -> Path:
    return FOLDER / f"secondop_{code}.ts"


def _lupdate(files: list[str], ts: Path, *extra: str) -> None:
    subprocess.run(
        [_tool("lupdate"), *extra, "-locations", "relative", *files, "-ts", str(ts)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def _plurals(ts: Path, *, only: bool = False) -> None:
    """Make every message with %n a plural one (lupdate marks it only when the count is a
    literal: ``translate(ctx, "%n record(s)", None, n)`` comes out singular, and Qt then
    never picks its forms); with ``only``, drop the others (English needs only plurals)."""
    tree = ET.parse(ts)
    for context in list(tree.getroot().iter("context")):
        for message in list(context.iter("message")):
            plural = "%n" in (message.findtext("source") or "")
            if only and not plural:
                context.remove(message)
            elif plural and message.get("numerus") != "yes":
                message.set("numerus", "yes")
                translation = message.find("translation")
                assert translation is not None
                translation.text = None
                translation.set("type", "unfinished")
                ET.SubElement(translation, "numerusform")
        if only and context.find("message") is None:
            tree.getroot().remove(context)
    _write(tree, ts)


def _memory(ts: Path) -> dict[str, dict[str, object]]:
    """The finished translations of ``ts`` as a part (they survive an update whatever
    lupdate does with a message whose plural marking changed)."""
    memory: dict[str, dict[str, object]] = {}
    if not ts.exists():
        return memory
    code = ts.stem.split("_")[-1]
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete"):
                continue
            source = message.findtext("source") or ""
            forms = [f.text or "" for f in translation.iter("numerusform")]
            value: object = {code: forms} if forms else translation.text or ""
            memory.setdefault(name, {})[source] = value
    return memory


def update() -> None:
    files = sources()
    for code in [*TRANSLATED, "en"]:
        ts = ts_file(code)
        memory = _memory(ts)
        _lupdate(files, ts, "-no-obsolete", "-source-language", "en", "-target-language", code)
        _plurals(ts, only=code == "en")
        _fill(ts, code, memory)


def _load_parts(paths: list[str]) -> dict[str, dict[str, object]]:
    merged: dict[str, dict[str, object]] = {}
    for path in paths:
        for context, messages in json.loads(Path(path).read_text(encoding="utf-8")).items():
            merged.setdefault(context, {}).update(messages)
    return merged


def _fill(ts: Path, code: str, parts: dict[str, dict[str, object]]) -> tuple[int, list[str]]:
    """Write the parts' translations into ``ts``; (filled, still unfinished)."""
    tree = ET.parse(ts)
    filled, missing = 0, []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        known = parts.get(name, {})
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            value = known.get(source)
            if message.get("numerus") == "yes":
                forms = value.get(code) if isinstance(value, dict) else None
                if isinstance(forms, list) and all(forms):
                    for old in list(translation):
                        translation.remove(old)
                    for form in forms:
                        ET.SubElement(translation, "numerusform").text = form
                    translation.attrib.pop("type", None)
                    filled += 1
            elif isinstance(value, str) and value and code != "en":
                translation.text = value
                translation.attrib.pop("type", None)
                filled += 1
            if translation.get("type") == "unfinished":
                missing.append(f"{name}: {source!r}")
    _write(tree, ts)
    return filled, missing


def _write(tree: ET.ElementTree, ts: Path) -> None:
    ET.indent(tree, "    ")
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        + ET.tostring(tree.getroot(), encoding="unicode")
        + "\n",
        encoding="utf-8",
    )


def fill(paths: list[str]) -> None:
    parts = _load_parts(paths)
    for code in [*TRANSLATED, "en"]:
        filled, missing = _fill(ts_file(code), code, parts)
        print(f"{code}: {filled} filled, {len(missing)} unfinished")


def release() -> None:
    for code in [*TRANSLATED, "en"]:
        ts = ts_file(code)
        subprocess.run(
            [_tool("lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True,
        )


def check(part: str, files: list[str]) -> int:
    """The strings in ``files`` that ``part`` does not translate, and the part's entries
    that no longer match a string (a typo, or a string changed since)."""
    parts = _load_parts([part])
    with tempfile.TemporaryDirectory() as tmp:
        bad = 0
        for code in ("es", "en"):
            ts = Path(tmp) / f"check_{code}.ts"
            _lupdate(files, ts, "-target-language", code)
            _plurals(ts, only=code == "en")
            _, missing = _fill(ts, code, parts)
            for line in missing:
                print(f"untranslated ({code}): {line}")
            bad += len(missing)
            if code == "es":
                found = {
                    (c.findtext("name"), m.findtext("source"))
                    for c in ET.parse(ts).getroot().iter("context")
                    for m in c.iter("message")
                }
                for context, messages in parts.items():
                    for source in messages:
                        if (context, source) not in found:
                            print(f"not in the code: {context}: {source!r}")
                            bad += 1
        print("OK" if not bad else f"{bad} problems")
        return 1 if bad else 0


def status() -> None:
    for code in [*TRANSLATED, "en"]:
        root = ET.parse(ts_file(code)).getroot()
        total = sum(1 for _ in root.iter("message"))
        open_ = sum(1 for t in root.iter("translation") if t.get("type") == "unfinished")
        print(f"{code}: {total} messages, {open_} unfinished")


def main(argv: list[str]) -> int:
    command, rest = (argv[0], argv[1:]) if argv else ("", [])
    if command == "update":
        update()
    elif command == "release":
        release()
    elif command == "fill":
        fill(rest)
    elif command == "check" and rest:
        return check(rest[0], rest[1:])
    elif command == "status":
        status()
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
