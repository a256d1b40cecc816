"""Shared fixtures: a real SQLCipher vault per test (copied from a template), the demo vault
and the imported pdf-samples corpus (each made once per session, copied per test), offscreen
Qt, an in-memory keychain, and a data folder and temp folder of the test's own, so no test
touches the real app-data folder or another test run's files (the viewer's private folder
sits in the temp folder)."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["SECONDOP_LANGUAGE"] = "en"  # the tests read English; the Spanish ones ask for it
# Photos are read in the background only where a test asks for it (tests/ui/test_ocr_ui.py):
# elsewhere it would spend both cores reading pictures no test looks at.
os.environ["SECONDOP_OCR"] = "off"

import keyring
import pytest

from secondop_desktop import cases, demo
from secondop_desktop.records import importer
from secondop_desktop.records.importer import ImportReport
from secondop_desktop.store import TEST_KDF, Keychain, Vault

from .files import corpus
from .support import PASSPHRASE, MemoryKeyring


@pytest.fixture(autouse=True, scope="session")
def _one_qapplication(qapp):  # type: ignore[no-untyped-def]
    """One QApplication for the whole run, made first: the packet renderer would otherwise
    make a bare QGuiApplication (as the CLI does), and widgets cannot live under one.
    English is installed on it as the app does (its plural forms: "1 record", "2 records")."""
    from secondop_desktop import i18n

    _built_translations()
    assert i18n.install("en") == "en"
    return qapp


def _built_translations() -> None:
    """The .qm files from their .ts sources when make has not built them (a plain pytest
    run after the .ts changed)."""
    import subprocess
    import sys

    from secondop_desktop import i18n

    for ts in i18n.HERE.glob("secondop_*.ts"):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            tool = Path(sys.executable).parent / "pyside6-lrelease"
            part = qm.with_name(f"{qm.name}.{os.getpid()}")  # xdist workers build it too
            subprocess.run([str(tool), "-silent", str(ts), "-qm", str(part)], check=True)
            os.replace(part, qm)


@pytest.fixture(autouse=True)
def _isolated(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No test reads the real keychain or the real app-data folder, and each has its own temp
    folder: the viewer's private folder (records opened in the system viewer, the packet
    preview and print files) lives there and is wiped on lock, so a shared one would let
    parallel workers, or another run on the same machine, delete each other's files."""
    monkeypatch.setenv("SECONDOP_DATA_DIR", str(tmp_path / "default-data"))
    temp = tmp_path_factory.mktemp("tmp")  # beside tmp_path: tests may list that one
    monkeypatch.setenv("TMPDIR", str(temp))  # child processes
    monkeypatch.setattr(tempfile, "tempdir", str(temp))  # this process (gettempdir caches)
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


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo vault, built once per session (per worker under xdist; about 2 s) and only
    ever copied."""
    folder = tmp_path_factory.mktemp("demo") / "vault"
    vault, _ = demo.create_demo_vault(folder, kdf=TEST_KDF)
    vault.lock()
    return folder


@pytest.fixture
def demo_dir(_demo_template: Path, tmp_path: Path) -> Path:
    """A fresh copy of the demo vault, locked (passphrase: demo.DEMO_PASSPHRASE)."""
    target = tmp_path / "demo"
    shutil.copytree(_demo_template, target)
    return target


@pytest.fixture(scope="session")
def _pdf_samples_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, ImportReport]:
    """The whole pdf-samples corpus imported once per session (per worker under xdist) into
    case 1 of a new vault (about 9 s, most of it one 1.8 MB book): the locked vault's folder
    and the import's report."""
    folder = tmp_path_factory.mktemp("pdf-samples") / "vault"
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=TEST_KDF)
    try:
        case = cases.create_case(vault, cases.Case(patient_name="José Müller"))
        report = importer.import_files(vault, case.id or 0, [corpus("pdf-samples")])
    finally:
        vault.lock()
    return folder, report


@pytest.fixture
def pdf_samples(_pdf_samples_template: tuple[Path, ImportReport], tmp_path: Path):  # type: ignore[no-untyped-def]
    """A fresh copy of a vault whose case 1 holds the whole pdf-samples corpus, open, and the
    report of that import (made once per session)."""
    folder, report = _pdf_samples_template
    target = tmp_path / "pdf-samples"
    shutil.copytree(folder, target)
    v = Vault.open(target, PASSPHRASE)
    yield v, report
    v.lock()


@pytest.fixture
def vault(vault_dir: Path):  # type: ignore[no-untyped-def]
    v = Vault.open(vault_dir, PASSPHRASE)
    yield v
    v.lock()


@pytest.fixture
def memory_keychain() -> Keychain:
    return Keychain(MemoryKeyring())
