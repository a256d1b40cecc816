"""The command line, run in-process (and once as a real subprocess) on real vaults."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from secondop_desktop import __version__, cli, demo, records
from secondop_desktop.store import RecoveryKey, Vault

from .support import PASSPHRASE, file_hashes


def run(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *argv: str, stdin: str = ""
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8"))))
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_init_prints_a_working_recovery_key(tmp_path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run(
        monkeypatch,
        capsys,
        "init",
        "--vault",
        str(tmp_path / "v"),
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert code == 0, err
    key = RecoveryKey.parse(out.strip())
    assert "shown once" in err
    Vault.reset_passphrase(tmp_path / "v", key.formatted(), "new passphrase here 9").lock()


def test_init_writes_recovery_key_to_file(tmp_path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    out_file = tmp_path / "rk.txt"
    code, out, _ = run(
        monkeypatch,
        capsys,
        "init",
        "--vault",
        str(tmp_path / "v"),
        "--passphrase-stdin",
        "--recovery-out",
        str(out_file),
        stdin=PASSPHRASE + "\n",
    )
    assert code == 0 and out == ""
    RecoveryKey.parse(out_file.read_text())


def test_init_refuses_weak_passphrase(tmp_path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run(
        monkeypatch,
        capsys,
        "init",
        "--vault",
        str(tmp_path / "v"),
        "--passphrase-stdin",
        stdin="password1\n",
    )
    assert code == 1 and "10 characters" in err
    assert not (tmp_path / "v" / "vault.db").exists()


def test_case_add_list_show(vault_dir, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    base = ["--vault", str(vault_dir), "--passphrase-stdin"]
    code, out, err = run(
        monkeypatch,
        capsys,
        "case",
        "add",
        *base,
        "--patient",
        "José Müller",
        "--dob",
        "1950-01-02",
        "--title",
        "Lung nodule",
        stdin=PASSPHRASE,
    )
    assert code == 0, err
    case_id = int(out.strip())
    code, out, _ = run(monkeypatch, capsys, "case", "list", *base, "--json", stdin=PASSPHRASE)
    listed = json.loads(out)
    assert [c["patient_name"] for c in listed] == ["José Müller"]
    code, out, _ = run(monkeypatch, capsys, "case", "list", *base, stdin=PASSPHRASE)
    assert "José Müller" in out and "Lung nodule" in out
    code, out, _ = run(
        monkeypatch,
        capsys,
        "case",
        "show",
        *base,
        "--case",
        str(case_id),
        "--json",
        stdin=PASSPHRASE,
    )
    doc = json.loads(out)
    assert code == 0
    assert doc["case"]["patient_dob"] == "1950-01-02" and doc["case"]["title"] == "Lung nodule"


def test_case_show_unknown_id(vault_dir, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run(
        monkeypatch,
        capsys,
        "case",
        "show",
        "--vault",
        str(vault_dir),
        "--passphrase-stdin",
        "--case",
        "42",
        stdin=PASSPHRASE,
    )
    assert code == 1 and "no case with id 42" in err


def test_case_add_bad_date_is_explained(vault_dir, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run(
        monkeypatch,
        capsys,
        "case",
        "add",
        "--vault",
        str(vault_dir),
        "--passphrase-stdin",
        "--patient",
        "A",
        "--dob",
        "2/3/1950",
        stdin=PASSPHRASE,
    )
    assert code == 1 and "YYYY" not in err and "1956-03-14" in err


def test_wrong_passphrase_exit_1_and_no_file_changes(vault_dir, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    before = file_hashes(vault_dir)
    code, out, err = run(
        monkeypatch,
        capsys,
        "check",
        "--vault",
        str(vault_dir),
        "--passphrase-stdin",
        stdin="not it\n",
    )
    assert code == 1 and out == "" and "does not open" in err
    assert file_hashes(vault_dir) == before


def test_check_sound_vault(vault_dir, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(
        monkeypatch,
        capsys,
        "check",
        "--vault",
        str(vault_dir),
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert code == 0 and "sound" in out


def test_check_damaged_vault(vault_dir, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    db = vault_dir / "vault.db"
    data = bytearray(db.read_bytes())
    data[-500] ^= 0xFF
    db.write_bytes(bytes(data))
    code, _, err = run(
        monkeypatch,
        capsys,
        "check",
        "--vault",
        str(vault_dir),
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert code == 1 and "damaged" in err


def test_demo_writes_a_realistic_vault(tmp_path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run(
        monkeypatch,
        capsys,
        "demo",
        "--vault",
        str(tmp_path / "d"),
        "--passphrase-stdin",
        stdin="demo pass\n",
    )
    assert code == 0, err
    code, out, _ = run(
        monkeypatch,
        capsys,
        "case",
        "list",
        "--vault",
        str(tmp_path / "d"),
        "--passphrase-stdin",
        "--json",
        stdin="demo pass\n",
    )
    names = [c["patient_name"] for c in json.loads(out)]
    assert "Margaret Okafor" in names and len(names) >= 2


def test_misuse_exits_2(monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as info:
        run(monkeypatch, capsys, "case", "add", "--vault", "x")  # --patient missing
    assert info.value.code == 2


def test_no_passphrase_source_is_misuse(vault_dir, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run(monkeypatch, capsys, "check", "--vault", str(vault_dir))
    assert code == 2 and "--passphrase-stdin" in err


def test_env_var_selects_the_vault(vault_dir, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("SECONDOP_DATA_DIR", str(vault_dir))
    code, out, _ = run(monkeypatch, capsys, "check", "--passphrase-stdin", stdin=PASSPHRASE)
    assert code == 0 and "sound" in out


def test_real_entry_point_version_and_module_run(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "secondop_desktop", "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0 and __version__ in result.stdout
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "secondop_desktop",
            "init",
            "--vault",
            str(tmp_path / "v"),
            "--passphrase-stdin",
        ],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    RecoveryKey.parse(result.stdout)


def test_import_search_and_show(vault_dir, tmp_path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    from .files import text_pdf

    base = ["--vault", str(vault_dir), "--passphrase-stdin"]
    run(monkeypatch, capsys, "case", "add", *base, "--patient", "Ana", stdin=PASSPHRASE)
    good = text_pdf(tmp_path / "report.pdf", [["# Pathology", "Ki-67 about 20 percent"]])
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    code, out, err = run(
        monkeypatch,
        capsys,
        "import",
        *base,
        "--case",
        "1",
        "--json",
        str(good),
        str(empty),
        str(good),
        stdin=PASSPHRASE,
    )
    assert code == 0, err
    items = json.loads(out)
    assert [i["status"] for i in items] == ["imported", "rejected", "duplicate"]
    assert items[0]["record_id"] == 1 and len(items[0]["sha256"]) == 64
    assert "0 bytes" in items[1]["reason"] and items[2]["reason"]
    code, out, _ = run(
        monkeypatch, capsys, "search", *base, "--case", "1", "--json", "ki-67", stdin=PASSPHRASE
    )
    hits = json.loads(out)
    assert hits and hits[0]["record_id"] == 1 and hits[0]["page"] == 1
    assert set(hits[0]) == {"record_id", "title", "page", "snippet"}
    code, out, _ = run(
        monkeypatch, capsys, "case", "show", *base, "--case", "1", "--json", stdin=PASSPHRASE
    )
    doc = json.loads(out)
    assert doc["records"][0]["sha256"] == items[0]["sha256"]
    assert len(doc["checklist"]) >= 10  # a new case starts with the usual records list
    assert "data" not in doc["records"][0]


def test_import_into_missing_case(vault_dir, tmp_path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run(
        monkeypatch,
        capsys,
        "import",
        "--vault",
        str(vault_dir),
        "--passphrase-stdin",
        "--case",
        "9",
        str(tmp_path),
        stdin=PASSPHRASE,
    )
    assert code == 1 and "no case with id 9" in err


def test_demo_case_document_has_every_section(demo_dir, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    # The demo vault is built once per session (tests/conftest.py); the `demo` command that
    # writes one is run above, in test_demo_writes_a_realistic_vault.
    base = ["--vault", str(demo_dir), "--passphrase-stdin"]
    passphrase = demo.DEMO_PASSPHRASE + "\n"
    code, out, _ = run(
        monkeypatch, capsys, "case", "show", *base, "--case", "1", "--json", stdin=passphrase
    )
    doc = json.loads(out)
    assert code == 0
    assert len(doc["care_team"]) >= 3 and len(doc["opinions"]) == 2
    assert 12 <= len(doc["timeline"]) <= 18
    assert {m["kind"] for m in doc["medications"]} == {"prescription", "otc", "supplement"}
    assert doc["allergies"] and doc["family_history"]
    assert len(doc["records"]) == 5 and any(i["status"] == "received" for i in doc["checklist"])
    first, second = doc["opinions"]
    assert first["diagnosis"] == second["diagnosis"]
    assert first["recommendation"] != second["recommendation"]
    # Issue 5's preparation: questions with answers, rated options, the decision, values,
    # a trial with its questions, and two appointments (the past one with notes).
    questions = doc["questions"]
    assert 22 <= len(questions) <= 30
    assert sum(q["top_three"] for q in questions) == 3
    assert sum(bool(q["answers"]) for q in questions) >= 3
    answered_twice = [q for q in questions if len(q["answers"]) == 2]
    assert answered_twice and {a["clinician_id"] for a in answered_twice[0]["answers"]} == {
        first["clinician_id"],
        second["clinician_id"],
    }
    assert len(doc["options"]) == 3
    assert all(o["benefits"] and o["risks"] for o in doc["options"])
    assert all(p["importance"] for o in doc["options"] for p in o["benefits"] + o["risks"])
    assert doc["decision"]["role"] == "together" and len(doc["decision"]["certainty"]) == 4
    assert doc["decision"]["by_when"]  # the case's decide-by date
    assert sum(bool(v) for v in doc["preferences"].values()) >= 5
    (trial,) = doc["trials"]
    assert trial["registry_id"].startswith("NCT")
    assert [q for q in questions if q["trial_id"] == trial["id"]]
    past, upcoming = doc["appointments"]
    assert past["notes_after"] and past["opinion_id"] == second["id"]
    assert upcoming["starts_at"] > past["starts_at"] and "packet" in upcoming["to_bring"]


def test_import_with_a_pdf_password_file(vault_dir, tmp_path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    """Issue 12: the command line could not give a password for a protected PDF (portals
    often use the date of birth). ``--pdf-password-file`` tries it on every protected PDF,
    in folders too; the JSON names each file it does not open."""
    from .files import protected_pdf

    base = ["--vault", str(vault_dir), "--passphrase-stdin"]
    run(monkeypatch, capsys, "case", "add", *base, "--patient", "Ana", stdin=PASSPHRASE)
    folder = tmp_path / "portal"
    folder.mkdir()
    opens = protected_pdf(folder / "results.pdf", "02091954")
    other = protected_pdf(tmp_path / "other.pdf", "something else")
    secret = tmp_path / "password.txt"
    secret.write_text("02091954\n")  # a file as an editor saves it: the newline is not part
    code, out, err = run(
        monkeypatch,
        capsys,
        "import",
        *base,
        "--case",
        "1",
        "--json",
        "--pdf-password-file",
        str(secret),
        str(folder),
        str(other),
        stdin=PASSPHRASE,
    )
    assert code == 0, err
    items = {Path(i["path"]).name: i for i in json.loads(out)}
    assert items["results.pdf"]["status"] == "imported"
    assert items["other.pdf"]["status"] == "rejected"
    assert "password" in items["other.pdf"]["reason"]
    vault = Vault.open(vault_dir, PASSPHRASE)
    try:
        [stored] = records.list_records(vault, 1)
        assert stored.unlocked_copy and stored.original_name == opens.name
    finally:
        vault.lock()
    missing = run(
        monkeypatch, capsys, "import", *base, "--case", "1", "--pdf-password-file",
        str(tmp_path / "nope.txt"), str(other), stdin=PASSPHRASE,
    )  # fmt: skip
    assert missing[0] == 1 and "nope.txt" in missing[2]


def _bookmarks(path: Path) -> list[str]:
    from pypdf import PdfReader

    titles: list[str] = []

    def walk(items):  # type: ignore[no-untyped-def]
        for item in items:
            walk(item) if isinstance(item, list) else titles.append(item.title)

    walk(PdfReader(path).outline)
    return titles


def test_export_records_sections_consultant(demo_dir, tmp_path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    """Issue 13: ``--records`` (in the order given), ``--sections`` and ``--consultant``
    (a clinician of the case's care team); without ``--records``, the records "In packet"
    in clinical order: pathology, imaging, labs, letters and clinic notes, newest first."""
    from pypdf import PdfReader

    from secondop_desktop import facts
    from secondop_desktop.cases import lists

    base = ["--vault", str(demo_dir), "--passphrase-stdin"]
    passphrase = demo.DEMO_PASSPHRASE + "\n"
    vault = Vault.open(demo_dir, demo.DEMO_PASSPHRASE)
    try:
        recs = {r.title: r for r in records.list_records(vault, 1)}
        team = lists.list_items(vault, facts.Clinician, 1)
    finally:
        vault.lock()
    consultant = next(c for c in team if c.role != "second_opinion")
    out = tmp_path / "default.pdf"
    code, stdout, err = run(
        monkeypatch, capsys, "export", *base, "--case", "1", "--out", str(out), stdin=passphrase
    )
    assert code == 0, err
    assert "pages" in stdout
    marks = _bookmarks(out)
    assert marks[marks.index("Records") + 1 :] == [
        "Surgical pathology report",
        "CT chest, abdomen and pelvis",
        "Full blood count and chemistry",
        "Haematology clinic letter",  # 17 November: the newest letter first
        "Referral letter from the GP",
    ]
    assert "Diagnosis and opinions" in marks and "Clinical trials" in marks

    chosen = [recs["Referral letter from the GP"], recs["Surgical pathology report"]]
    out = tmp_path / "chosen.pdf"
    code, _, err = run(
        monkeypatch, capsys, "export", *base, "--case", "1", "--out", str(out),
        "--records", ",".join(str(r.id) for r in chosen),
        "--sections", "timeline,summary",
        "--consultant", str(lists.saved_id(consultant)),
        stdin=passphrase,
    )  # fmt: skip
    assert code == 0, err
    marks = _bookmarks(out)
    assert marks[marks.index("Records") + 1 :] == [r.title for r in chosen]  # as given
    assert "Summary" in marks and "Timeline" in marks
    assert "Diagnosis and opinions" not in marks and "Clinical trials" not in marks
    cover = " ".join((PdfReader(out).pages[0].extract_text() or "").split())
    assert f"For {consultant.name}" in cover


def test_export_names_what_it_does_not_know(demo_dir, tmp_path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    base = ["--vault", str(demo_dir), "--passphrase-stdin"]
    passphrase = demo.DEMO_PASSPHRASE + "\n"
    out = tmp_path / "packet.pdf"
    export = ["export", *base, "--case", "1", "--out", str(out)]
    code, _, err = run(monkeypatch, capsys, *export, "--records", "3,98,1,99", stdin=passphrase)
    assert code == 1 and "No record 98, 99 in case 1" in err
    code, _, err = run(
        monkeypatch, capsys, *export, "--sections", "summary,billing,timeline,extras",
        stdin=passphrase,
    )  # fmt: skip
    assert code == 2 and "Unknown sections: billing, extras." in err
    assert "The sections are: summary, opinions, timeline" in err
    code, _, err = run(monkeypatch, capsys, *export, "--records", "1,x", stdin=passphrase)
    assert code == 2 and "not x" in err
    code, _, err = run(monkeypatch, capsys, *export, "--records", "1,2,1", stdin=passphrase)
    assert code == 2 and "lists 1 more than once" in err
    code, _, err = run(monkeypatch, capsys, *export, "--consultant", "999", stdin=passphrase)
    assert code == 1 and "No clinician 999 on the care team of case 1" in err
    assert not out.exists()


def test_export_help_lists_the_section_names(monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    from secondop_desktop.packet import SECTIONS

    with pytest.raises(SystemExit) as exit_:
        cli.main(["export", "--help"])
    assert exit_.value.code == 0
    text = " ".join(capsys.readouterr().out.split())
    for option in ("--records ID,ID,...", "--sections NAME,NAME", "--consultant ID"):
        assert option in text
    for key, title in SECTIONS.items():
        assert f"{key} ({' '.join(title.split())})" in text


def _confirmed(folder: Path) -> bool:
    vault = Vault.open(folder, PASSPHRASE)
    try:
        return vault.recovery_confirmed()
    finally:
        vault.lock()


def test_init_prints_key_first_and_leaves_it_unconfirmed(tmp_path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    base = ["init", "--vault", str(tmp_path / "v"), "--passphrase-stdin"]
    code, out, err = run(monkeypatch, capsys, *base, stdin=PASSPHRASE + "\n")
    assert code == 0, err
    RecoveryKey.parse(out.strip())
    assert err.index("shown once") < err.index("Vault created.")
    assert "not marked as confirmed" in err
    assert not _confirmed(tmp_path / "v")


def test_init_confirms_with_explicit_flag(tmp_path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    base = ["init", "--vault", str(tmp_path / "v"), "--passphrase-stdin"]
    code, out, err = run(
        monkeypatch, capsys, *base, "--recovery-key-confirmed", stdin=PASSPHRASE + "\n"
    )
    assert code == 0, err
    RecoveryKey.parse(out.strip())
    assert "not marked as confirmed" not in err
    assert _confirmed(tmp_path / "v")


def test_init_recovery_key_file_counts_as_confirmation(tmp_path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    key_file = tmp_path / "rk.txt"
    base = ["init", "--vault", str(tmp_path / "v"), "--passphrase-stdin"]
    code, out, err = run(
        monkeypatch, capsys, *base, "--recovery-key-file", str(key_file), stdin=PASSPHRASE + "\n"
    )
    assert code == 0 and out == "", err
    RecoveryKey.parse(key_file.read_text())
    assert _confirmed(tmp_path / "v")


def test_init_after_a_killed_init_is_not_blocked(tmp_path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    from secondop_desktop.store.vault import CREATING_PREFIX

    folder = tmp_path / "v"
    staging = folder / f"{CREATING_PREFIX}killed"
    staging.mkdir(parents=True)
    (staging / "vault.header").write_bytes(b"{}")
    (folder / "vault.db").write_bytes(b"\0" * 4096)  # moved in; its header never followed
    base = ["init", "--vault", str(folder), "--passphrase-stdin"]
    code, out, err = run(monkeypatch, capsys, *base, stdin=PASSPHRASE + "\n")
    assert code == 0, err
    key = RecoveryKey.parse(out.strip())
    Vault.reset_passphrase(folder, key.formatted(), "new passphrase here 9").lock()
