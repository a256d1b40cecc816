"""Issue 19: scripts decide on suggested facts through the command line, as the window's
review screen does; without an explicit accept, nothing read from a FHIR bundle becomes
a fact of the case."""

from __future__ import annotations

import json
from pathlib import Path

from secondop_desktop import facts
from secondop_desktop.cases import lists
from secondop_desktop.store import Vault

from .support import PASSPHRASE
from .test_cli import run

BUNDLE = next((Path(__file__).parent / "corpus" / "fhir-synthea").glob("Bibi254*.json"))


def _base(vault_dir: Path) -> list[str]:
    return ["--vault", str(vault_dir), "--passphrase-stdin"]


def _conditions(vault_dir: Path) -> list[facts.Condition]:
    vault = Vault.open(vault_dir, PASSPHRASE)
    try:
        return lists.list_items(vault, facts.Condition, 1)
    finally:
        vault.lock()


def test_import_waits_for_review_and_suggestions_decides(vault_dir, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    base = _base(vault_dir)
    run(monkeypatch, capsys, "case", "add", *base, "--patient", "Bibi Schowalter", stdin=PASSPHRASE)
    code, out, err = run(
        monkeypatch, capsys, "import", *base, "--case", "1", "--json", str(BUNDLE), stdin=PASSPHRASE
    )
    assert code == 0, err
    (item,) = json.loads(out)
    assert item["status"] == "imported" and item["suggested"] == 51
    assert _conditions(vault_dir) == [], "nothing is a fact before it is accepted"

    code, out, _ = run(
        monkeypatch, capsys, "suggestions", *base, "--case", "1", "--kind", "condition",
        "--json", stdin=PASSPHRASE,
    )  # fmt: skip
    offered = json.loads(out)
    assert len(offered) == 9 and {s["kind"] for s in offered} == {"condition"}
    first, second = offered[0]["id"], offered[1]["id"]
    code, out, _ = run(
        monkeypatch, capsys, "suggestions", *base, "--case", "1", "--accept", str(first),
        "--reject", str(second), stdin=PASSPHRASE,
    )  # fmt: skip
    assert code == 0 and out.splitlines() == [f"accepted\t{first}", f"rejected\t{second}"]
    (condition,) = _conditions(vault_dir)
    assert condition.name == offered[0]["text"]
    # Decided ones are no longer offered; a second accept of the same one is refused.
    code, out, _ = run(
        monkeypatch, capsys, "suggestions", *base, "--case", "1", "--kind", "condition",
        "--json", stdin=PASSPHRASE,
    )  # fmt: skip
    assert len(json.loads(out)) == 7
    code, out, _ = run(
        monkeypatch, capsys, "suggestions", *base, "--case", "1", "--accept", str(first),
        stdin=PASSPHRASE,
    )  # fmt: skip
    assert code == 3 and "already decided" in out


def test_import_with_accept_suggestions(vault_dir, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    base = _base(vault_dir)
    run(monkeypatch, capsys, "case", "add", *base, "--patient", "Bibi Schowalter", stdin=PASSPHRASE)
    code, _, err = run(
        monkeypatch, capsys, "import", *base, "--case", "1", "--accept-suggestions",
        str(BUNDLE), stdin=PASSPHRASE,
    )  # fmt: skip
    assert code == 0, err
    assert "1 imported, 51 facts suggested for you to review." in err
    assert "51 suggestions accepted." in err
    assert len(_conditions(vault_dir)) == 9
    vault = Vault.open(vault_dir, PASSPHRASE)
    try:
        events = lists.list_items(vault, facts.TimelineEvent, 1)
        labs = lists.list_items(vault, facts.LabResult, 1)
    finally:
        vault.lock()
    assert {e.kind for e in events} == {"procedure", "appointment", "vaccination"}
    assert len(labs) == 10 and all(r.record_ids == [1] for r in labs)
    # The same facts again (the bundle re-exported: other bytes, same resources) add nothing.
    again = Path(str(vault_dir) + "-again.json")
    again.write_text(json.dumps(json.loads(BUNDLE.read_bytes()), indent=1), encoding="utf-8")
    code, out, err = run(
        monkeypatch, capsys, "import", *base, "--case", "1", "--json", "--accept-suggestions",
        str(again), stdin=PASSPHRASE,
    )  # fmt: skip
    (item,) = json.loads(out)
    assert item["status"] == "imported" and "suggested" not in item
    assert "0 suggestions accepted." in err and len(_conditions(vault_dir)) == 9


def test_an_unknown_kind_is_refused_with_the_kinds(vault_dir, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    import pytest

    with pytest.raises(SystemExit) as stopped:
        run(
            monkeypatch, capsys, "suggestions", *_base(vault_dir), "--case", "1", "--kind",
            "pills", stdin=PASSPHRASE,
        )  # fmt: skip
    err = capsys.readouterr().err
    assert stopped.value.code == 2 and "invalid kind 'pills'" in err and "medication" in err


def test_the_parser_the_window_starts_through_reads_no_records_package() -> None:
    """Start-up (issue 17): building the command line, which the window's start goes
    through too, imports none of the records' readers."""
    import subprocess
    import sys

    probe = (
        "import sys; from secondop_desktop.cli import build_parser; build_parser(); "
        "print(sorted(m for m in sys.modules if m.startswith('secondop_desktop.records')))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]", out.stdout
