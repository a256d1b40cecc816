"""Shared fixtures: a real SQLCipher vault per test (copied from a template), offscreen Qt,
an in-memory keychain, and a data folder that never touches the real app-data folder."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring
import pytest

from secondop_desktop.store import TEST_KDF, Keychain, Vault

from .support import PASSPHRASE, MemoryKeyring


@pytest.fixture(autouse=True, scope="session")
def _one_qapplication(qapp):  # type: ignore[no-untyped-def]
    """One QApplication for the whole run, made first: the packet renderer would otherwise
    make a bare QGuiApplication (as the CLI does), and widgets cannot live under one."""
    return qapp


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads the real keychain or the real app-data folder."""
    monkeypatch.setenv("SECONDOP_DATA_DIR", str(tmp_path / "default-data"))
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture(scope="session")
def _template_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("template") / "vault"
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=TEST_KDF)
    vault.lock()
    return folder


@pytest.fixture
def vault_dir(_template_vault: Path, tmp_path: Path) -> Path:
    """A fresh copy of a real, empty, locked vault (passphrase: support.PASSPHRASE)."""
    target = tmp_path / "vault"
    shutil.copytree(_template_vault, target)
    return target


@pytest.fixture
def vault(vault_dir: Path):  # type: ignore[no-untyped-def]
    v = Vault.open(vault_dir, PASSPHRASE)
    yield v
    v.lock()


@pytest.fixture
def memory_keychain() -> Keychain:
    return Keychain(MemoryKeyring())
