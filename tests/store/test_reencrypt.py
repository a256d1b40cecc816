"""Issue 14: "Change passphrase and re-encrypt" gives the vault a new data key, so an old
header (from any earlier backup) with the old passphrase, or the old recovery key, no longer
opens today's vault; a cancel or a kill leaves exactly one working vault and loses nothing."""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from secondop_desktop import cases, records
from secondop_desktop.records import importer
from secondop_desktop.store import TEST_KDF, Vault, rekey
from secondop_desktop.store.errors import VaultDamaged, WrongPassphrase, WrongRecoveryKey
from secondop_desktop.store.vault import header_path

from ..files import corpus
from ..support import PASSPHRASE

NEW = "a brand new passphrase 7"
_STRESS_ROUNDS = os.environ.get("SECONDOP_KILL_ROUNDS")
KILL_ROUNDS = max(5, int(_STRESS_ROUNDS) // 2) if _STRESS_ROUNDS else 8


def _with_records(vault_dir: Path) -> tuple[Vault, list[bytes]]:
    vault = Vault.open(vault_dir, PASSPHRASE)
    case = cases.create_case(vault, cases.Case(patient_name="Ana Ruiz"))
    pdfs = sorted(corpus("pdf-samples").rglob("*.pdf"))[:3]
    importer.import_files(vault, case.id or 0, pdfs)
    contents = _contents(vault)
    assert len(contents) == 3
    return vault, contents


def _contents(vault: Vault) -> list[bytes]:
    return [records.read_content(vault, r.id) for r in records.list_records(vault, 1)]


def test_reencrypt_makes_old_header_and_old_recovery_key_useless(
    vault_dir: Path, tmp_path: Path
) -> None:
    """Today's bug: a passphrase change re-wraps the same key, so a header copied from an
    earlier backup plus the old passphrase opens today's vault."""
    old_header = header_path(vault_dir).read_bytes()
    before = Vault.open(vault_dir, PASSPHRASE)
    old_key = before.data_key()
    before.lock()
    vault, contents = _with_records(vault_dir)
    steps: list[tuple[int, int]] = []
    vault.reencrypt(NEW, kdf=TEST_KDF, progress=lambda d, t: steps.append((d, t)))
    # The open vault goes on working under the new key.
    assert _contents(vault) == contents
    assert vault.data_key() != old_key
    assert not vault.recovery_confirmed()  # the new key must be shown and typed back
    cases.create_case(vault, cases.Case(patient_name="After"))
    vault.lock()
    assert steps and steps[-1][0] == steps[-1][1] > 0  # progress reached the end
    assert not (vault_dir / rekey.REKEY_DIR).exists()

    with pytest.raises(WrongPassphrase):
        Vault.open(vault_dir, PASSPHRASE)
    again = Vault.open(vault_dir, NEW)
    assert _contents(again) == contents
    assert sorted(c.patient_name for c in cases.list_cases(again)) == ["After", "Ana Ruiz"]
    assert again.check() == []
    again.lock()

    # An old header (as every earlier backup holds) with the old passphrase: the key it
    # unwraps is not the vault's any more.
    stale = tmp_path / "stale"
    shutil.copytree(vault_dir, stale)
    header_path(stale).write_bytes(old_header)
    with pytest.raises(VaultDamaged):
        Vault.open(stale, PASSPHRASE)
    with pytest.raises(VaultDamaged):  # nor the raw old key, from a stale keychain entry
        Vault.open_with_data_key(stale, old_key)


def test_new_recovery_key_opens_even_without_a_header(vault_dir: Path) -> None:
    """The new recovery key derives the new data key itself, like the first one did."""
    vault, contents = _with_records(vault_dir)
    recovery = vault.reencrypt(NEW, kdf=TEST_KDF)
    vault.lock()
    header_path(vault_dir).unlink()
    opened = Vault.reset_passphrase(
        vault_dir, recovery.formatted(), "third passphrase 42", kdf=TEST_KDF
    )
    assert _contents(opened) == contents
    opened.lock()


def test_old_recovery_key_no_longer_opens(tmp_path: Path) -> None:
    vault, old_recovery = Vault.create(tmp_path / "v", PASSPHRASE, kdf=TEST_KDF)
    cases.create_case(vault, cases.Case(patient_name="Ana"))
    vault.reencrypt(NEW, kdf=TEST_KDF)
    vault.lock()
    with pytest.raises(WrongRecoveryKey):
        Vault.reset_passphrase(tmp_path / "v", old_recovery.formatted(), "x passphrase 1")
    header_path(tmp_path / "v").unlink()  # headerless: the old key derives the old data key
    with pytest.raises(WrongRecoveryKey):
        Vault.reset_passphrase(tmp_path / "v", old_recovery.formatted(), "x passphrase 1")


def test_cancel_leaves_the_vault_as_it_was(vault_dir: Path) -> None:
    vault, contents = _with_records(vault_dir)
    header_before = header_path(vault_dir).read_bytes()
    calls = []

    def stop() -> bool:
        calls.append(1)
        return len(calls) > 1

    with pytest.raises(rekey.RekeyCancelled):
        vault.reencrypt(NEW, kdf=TEST_KDF, should_stop=stop)
    assert _contents(vault) == contents  # reopened under the old key, still usable
    vault.lock()
    assert header_path(vault_dir).read_bytes() == header_before
    assert not (vault_dir / rekey.REKEY_DIR).exists()
    Vault.open(vault_dir, PASSPHRASE).lock()


def test_a_kill_between_the_two_renames_is_finished_at_the_next_open(vault_dir: Path) -> None:
    """The database is swapped first: the next open moves the waiting header in."""
    vault, contents = _with_records(vault_dir)
    folder, header, key = vault.suspend()
    real_replace = os.replace
    moved: list[str] = []

    def replace_then_die(src: object, dst: object) -> None:
        real_replace(src, dst)  # type: ignore[arg-type]
        moved.append(str(dst))
        if str(dst).endswith("vault.db"):
            raise KeyboardInterrupt  # stands for the kill: nothing after this line runs

    rekey.os.replace = replace_then_die  # type: ignore[attr-defined]
    try:
        with pytest.raises(KeyboardInterrupt):
            rekey.reencrypt(folder, header, key, NEW, TEST_KDF)
    finally:
        rekey.os.replace = real_replace  # type: ignore[attr-defined]
    assert (vault_dir / rekey.REKEY_DIR / "vault.header").exists()
    again = Vault.open(vault_dir, NEW)
    assert _contents(again) == contents
    again.lock()
    assert not (vault_dir / rekey.REKEY_DIR).exists()


REKEYER = """
import sys
from secondop_desktop.store import TEST_KDF, Vault
folder, a, b = sys.argv[1:4]
vault = Vault.open(folder, a)
current = a
print("open", flush=True)
while True:
    nxt = b if current == a else a
    vault.reencrypt(nxt, kdf=TEST_KDF)
    current = nxt
    print(current, flush=True)
"""


def test_kill_during_reencrypt_leaves_exactly_one_working_and_loses_nothing(
    vault_dir: Path,
) -> None:
    vault, contents = _with_records(vault_dir)
    vault.lock()
    rng = random.Random(14)
    for _ in range(KILL_ROUNDS):
        proc = subprocess.Popen(
            [sys.executable, "-c", REKEYER, str(vault_dir), PASSPHRASE, NEW],
            stdout=subprocess.PIPE, start_new_session=True,
        )  # fmt: skip
        assert proc.stdout is not None and proc.stdout.readline(), "the re-keyer did not start"
        time.sleep(rng.uniform(0, 0.25))
        proc.kill()
        proc.wait()
        proc.stdout.close()
        opened = []
        for candidate in (PASSPHRASE, NEW):
            try:
                v = Vault.open(vault_dir, candidate)
            except WrongPassphrase:
                continue
            opened.append(candidate)
            assert _contents(v) == contents
            assert v.check() == []
            if candidate == NEW:  # back to the known passphrase for the next round
                v.reencrypt(PASSPHRASE, kdf=TEST_KDF)
            v.lock()
        assert len(opened) == 1, opened
        assert not (vault_dir / rekey.REKEY_DIR).exists()
