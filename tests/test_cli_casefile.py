"""Issue 16 through the command line: a case moves from one vault to another as a case
file and comes back from its JSON, and the two `case show --json` outputs agree."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from secondop_desktop import demo, records
from secondop_desktop.store import Vault

from .services.test_casefile import normal
from .support import PASSPHRASE
from .test_cli import run

DEMO = demo.DEMO_PASSPHRASE + "\n"


def _show(monkeypatch, capsys, vault: Path, case: int, passphrase: str) -> dict:  # type: ignore[no-untyped-def,type-arg]
    code, out, err = run(
        monkeypatch,
        capsys,
        "case",
        "show",
        "--vault",
        str(vault),
        "--passphrase-stdin",
        "--case",
        str(case),
        "--json",
        stdin=passphrase,
    )
    assert code == 0, err
    return dict(json.loads(out))


def _new_vault(monkeypatch, capsys, path: Path) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run(
        monkeypatch,
        capsys,
        "init",
        "--vault",
        str(path),
        "--passphrase-stdin",
        "--recovery-key-confirmed",
        stdin=PASSPHRASE + "\n",
    )
    assert code == 0, err


def test_a_case_moves_between_vaults_by_case_file_and_by_json(
    demo_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    source = _show(monkeypatch, capsys, demo_dir, 1, DEMO)
    secret = tmp_path / "pass.txt"
    secret.write_text("kettle harbour violin seven\n", "utf-8")
    out = tmp_path / "mum.secondop-case"
    base = ["--vault", str(demo_dir), "--passphrase-stdin"]
    code, said, err = run(
        monkeypatch,
        capsys,
        "case",
        "export",
        *base,
        "--case",
        "1",
        "--out",
        str(out),
        "--case-password-file",
        str(secret),
        stdin=DEMO,
    )
    assert code == 0, err
    assert "written to" in said and out.stat().st_size > 0
    other = tmp_path / "other"
    _new_vault(monkeypatch, capsys, other)
    theirs = ["--vault", str(other), "--passphrase-stdin"]
    code, said, err = run(
        monkeypatch,
        capsys,
        "case",
        "import",
        *theirs,
        "--from",
        str(out),
        "--case-password-file",
        str(secret),
        stdin=PASSPHRASE + "\n",
    )
    assert code == 0, err
    new_id = int(said.strip())
    assert "records" in err
    assert normal(_show(monkeypatch, capsys, other, new_id, PASSPHRASE + "\n")) == normal(source)
    # The same file again: stopped with a sentence naming the choices.
    code, _, err = run(
        monkeypatch,
        capsys,
        "case",
        "import",
        *theirs,
        "--from",
        str(out),
        "--case-password-file",
        str(secret),
        stdin=PASSPHRASE + "\n",
    )
    assert code == 1 and "already in the vault" in err and "--if-exists keep-both" in err
    code, said, _ = run(
        monkeypatch,
        capsys,
        "case",
        "import",
        *theirs,
        "--from",
        str(out),
        "--case-password-file",
        str(secret),
        "--if-exists",
        "skip",
        stdin=PASSPHRASE + "\n",
    )
    assert code == 0 and "nothing was imported" in said
    # A wrong case-file passphrase: one sentence, exit 1.
    secret.write_text("not the one\n", "utf-8")
    code, _, err = run(
        monkeypatch,
        capsys,
        "case",
        "import",
        *theirs,
        "--from",
        str(out),
        "--case-password-file",
        str(secret),
        "--if-exists",
        "keep-both",
        stdin=PASSPHRASE + "\n",
    )
    assert code == 1 and "does not open this case file" in err

    # The open JSON, with the record files from a folder (found by SHA-256).
    doc = tmp_path / "case.json"
    doc.write_text(json.dumps(source), "utf-8")
    files = tmp_path / "files"
    files.mkdir()
    vault = Vault.open(demo_dir, demo.DEMO_PASSPHRASE)
    for rec in records.list_records(vault, 1):
        records.save_copy(vault, rec.id, files / rec.original_name)
    vault.lock()
    third = tmp_path / "third"
    _new_vault(monkeypatch, capsys, third)
    code, said, err = run(
        monkeypatch,
        capsys,
        "case",
        "import",
        "--vault",
        str(third),
        "--passphrase-stdin",
        "--json",
        str(doc),
        "--files",
        str(files),
        stdin=PASSPHRASE + "\n",
    )
    assert code == 0, err
    again = _show(monkeypatch, capsys, third, int(said.strip()), PASSPHRASE + "\n")
    assert normal(again) == normal(source)


def test_case_export_needs_a_passphrase_file_or_says_no_encryption(
    demo_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    base = ["--vault", str(demo_dir), "--passphrase-stdin", "--case", "1"]
    code, _, err = run(
        monkeypatch, capsys, "case", "export", *base, "--out", str(tmp_path / "x"), stdin=DEMO
    )
    assert code == 2 and "--no-encryption" in err
    code, _, err = run(
        monkeypatch,
        capsys,
        "case",
        "export",
        *base,
        "--out",
        str(tmp_path / "plain.tar"),
        "--no-encryption",
        stdin=DEMO,
    )
    assert code == 0, err
    import tarfile

    assert tarfile.is_tarfile(tmp_path / "plain.tar")
