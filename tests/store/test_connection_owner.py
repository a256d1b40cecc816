"""STYLE.md rule 17: a connection belongs to the thread that opened it.

Using a vault from another thread raises WrongThread (in the app too, not only here); a
background job gets its own connection, opened on its worker and locked afterwards; a
vault opened on a worker is handed over explicitly with ``adopt()``; the packet's
conversion threads get bytes, never the vault."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from secondop_desktop import cases, packet, records
from secondop_desktop.packet import assemble
from secondop_desktop.records import importer
from secondop_desktop.store import Vault, VaultLocked, WrongThread

from ..files import photo, text_pdf
from ..support import PASSPHRASE


def _in_thread(fn: Any) -> BaseException | None:
    """Run ``fn`` on a fresh thread; what it raised, or None."""
    caught: list[BaseException] = []

    def run() -> None:
        try:
            fn()
        except BaseException as exc:
            caught.append(exc)

    t = threading.Thread(target=run, name="intruder")
    t.start()
    t.join(10)
    return caught[0] if caught else None


def test_using_a_vault_from_another_thread_raises_and_names_the_owner(vault: Vault) -> None:
    cases.create_case(vault, cases.Case(patient_name="Ana"))
    cursor = vault.db.execute("SELECT patient_name FROM cases")  # made here, read there
    attempts = {
        "query": lambda: vault.db.execute("SELECT 1"),
        "raw connection": lambda: vault.db.conn.execute("SELECT 1"),
        "service": lambda: cases.list_cases(vault),
        "transaction": lambda: vault.transaction().__enter__(),
        "cursor": cursor.fetchall,
        "lock": vault.lock,
    }
    for what, attempt in attempts.items():
        error = _in_thread(attempt)
        assert isinstance(error, WrongThread), (what, error)
        assert "MainThread" in str(error) and "intruder" in str(error), what
    # Nothing was done by the refused calls: the owner still reads, and can lock.
    assert [c.patient_name for c in cases.list_cases(vault)] == ["Ana"]
    assert cursor.fetchall() == [("Ana",)]
    vault.lock()
    assert not vault.is_open


def test_a_job_gets_its_own_connection_while_the_window_keeps_using_its_own(
    qtbot, vault: Vault
) -> None:  # type: ignore[no-untyped-def]
    from secondop_desktop.ui.common.tasks import TaskRunner

    cases.create_case(vault, cases.Case(patient_name="Ana"))
    runner = TaskRunner()  # the real thing: jobs on QThreadPool threads
    written, release = threading.Event(), threading.Event()
    seen: dict[str, Any] = {}

    def job(own: Vault, name: str, *, cancel: object, progress: object) -> bool:
        seen["own"], seen["thread"] = own, threading.get_ident()
        cases.create_case(own, cases.Case(patient_name=name))
        try:
            vault.db.execute("SELECT 1")  # the window's vault, from the worker
        except WrongThread as exc:
            seen["refused"] = exc
        written.set()
        assert release.wait(10)
        return own.is_open

    outcome: list[object] = []
    runner.run(job, "Bea", vault=vault, title="t", on_done=outcome.append, on_error=outcome.append)
    assert written.wait(10)
    # The job is still running (holding its connection): the window's vault works, and
    # sees what the job committed.
    assert {c.patient_name for c in cases.list_cases(vault)} == {"Ana", "Bea"}
    cases.create_case(vault, cases.Case(patient_name="Cleo"))
    release.set()
    qtbot.waitUntil(lambda: bool(outcome), timeout=10_000)
    assert outcome == [True]  # its connection was open while it ran...
    own = seen["own"]
    assert own is not vault and not own.is_open  # ...and is closed now
    assert seen["thread"] != threading.get_ident()
    assert isinstance(seen.get("refused"), WrongThread)
    assert {c.patient_name for c in cases.list_cases(vault)} == {"Ana", "Bea", "Cleo"}


def test_synchronous_runner_also_hands_the_job_its_own_connection(qtbot, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    from secondop_desktop.ui.common.tasks import TaskRunner

    got: list[Vault] = []

    def job(own: Vault, *, cancel: object, progress: object) -> Vault:
        cases.create_case(own, cases.Case(patient_name="Dan"))
        return own

    TaskRunner(synchronous=True).run(
        job, vault=vault, title="t", on_done=got.append, on_error=pytest.fail
    )
    (own,) = got
    assert own is not vault and not own.is_open
    assert [c.patient_name for c in cases.list_cases(vault)] == ["Dan"]


def test_an_adopted_vault_works_on_the_new_thread_and_fails_on_the_old(vault_dir: Path) -> None:
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="opener") as worker:
        opened = worker.submit(Vault.open, vault_dir, PASSPHRASE).result()
        with pytest.raises(WrongThread, match="opener"):  # not ours until handed over
            cases.list_cases(opened)
        assert opened.adopt() is opened
        cases.create_case(opened, cases.Case(patient_name="Eve"))
        assert [c.patient_name for c in cases.list_cases(opened)] == ["Eve"]
        with pytest.raises(WrongThread, match="MainThread"):
            worker.submit(cases.list_cases, opened).result()
    opened.lock()
    with pytest.raises(VaultLocked):
        opened.adopt()


def test_window_state_refuses_a_vault_not_handed_over(vault_dir: Path, tmp_path: Path) -> None:
    from secondop_desktop.ui.common.state import AppState

    with ThreadPoolExecutor(max_workers=1) as worker:
        opened = worker.submit(Vault.open, vault_dir, PASSPHRASE).result()
    state = AppState(tmp_path / "data", demo_mode=True)
    with pytest.raises(WrongThread):
        state.set_unlocked(opened)
    state.set_unlocked(opened.adopt())
    assert state.vault is opened
    opened.lock()


def test_packet_reads_records_on_the_job_thread_and_only_a_few_ahead(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    case = cases.create_case(vault, cases.Case(patient_name="Fay"))
    files = [text_pdf(tmp_path / f"r{i}.pdf", [[f"Report {i}"]]) for i in range(4)]
    files += [photo(tmp_path / f"p{i}.jpg", "JPEG", (320 + i, 240)) for i in range(4)]
    report = importer.import_files(vault, case.id or 0, files)
    assert report.count(importer.IMPORTED) == len(files)
    chosen = [r.id for r in records.list_records(vault, case.id or 0)]

    events: list[str] = []
    readers: set[int] = set()
    real_read, real_next = records.read_content, assemble._Workers.next

    def read_content(v: Vault, record_id: int) -> bytes:
        readers.add(threading.get_ident())
        events.append("read")
        return real_read(v, record_id)

    def next_outcome(self: Any, cancel: Any) -> Any:
        # The bytes went to a worker process (the vault never does): a record counts as
        # converted once its answer is back, and only then is another one read.
        outcome = real_next(self, cancel)
        events.append("done")
        return outcome

    monkeypatch.setattr(records, "read_content", read_content)
    monkeypatch.setattr(assemble._Workers, "next", next_outcome)
    spec = packet.PacketSpec(case_id=case.id or 0, record_ids=chosen)
    result = packet.build_packet(vault, spec, tmp_path / "out.pdf")
    assert result.pages > len(files)
    assert readers == {threading.get_ident()}  # the connection's own thread only
    ahead = peak = 0
    for event in events:
        ahead += 1 if event == "read" else -1
        peak = max(peak, ahead)
    assert events.count("read") == len(files)
    assert peak == assemble.IN_FLIGHT


def test_passphrase_change_gives_the_pool_plain_data_and_installs_on_the_ui_thread(
    qtbot, vault_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialog

    from secondop_desktop.store import TEST_KDF
    from secondop_desktop.ui.common.state import AppState
    from secondop_desktop.ui.common.tasks import TaskRunner
    from secondop_desktop.ui.vault.passphrase_dialog import ChangePassphraseDialog

    new = "violet tractor sundial 8821 orbit"
    state = AppState(tmp_path / "data", kdf=TEST_KDF, demo_mode=True)
    state.set_unlocked(Vault.open(vault_dir, PASSPHRASE))
    runner = TaskRunner()
    handed: list[tuple[Any, ...]] = []
    real_run = runner.run

    def spy(fn: Any, *args: Any, **kwargs: Any) -> Any:
        handed.append((*args, kwargs.get("vault")))
        return real_run(fn, *args, **kwargs)

    monkeypatch.setattr(runner, "run", spy)
    dialog = ChangePassphraseDialog(state, runner)
    qtbot.addWidget(dialog)
    dialog.current.setText(PASSPHRASE)
    dialog.new.first.setText(new)
    dialog.new.second.setText(new)
    dialog._change()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10_000)
    (args,) = handed
    assert not [a for a in args if isinstance(a, Vault | AppState)]  # plain data only
    assert [c.patient_name for c in cases.list_cases(state.vault)] == []  # still ours
    state.vault.lock()
    Vault.open(vault_dir, new).lock()
