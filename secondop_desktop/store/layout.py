"""Where a vault's files sit in its folder, and whether a folder holds one.

Kept apart from :mod:`secondop_desktop.store.vault` so that asking "is there a vault
here?" (the window does, before it shows the unlock or first-run page) loads neither
SQLCipher nor the key code (issue 17: start-up)."""

from __future__ import annotations

from pathlib import Path

DB_NAME = "vault.db"
HEADER_NAME = "vault.header"


def db_path(folder: Path) -> Path:
    return folder / DB_NAME


def header_path(folder: Path) -> Path:
    return folder / HEADER_NAME


def vault_exists(folder: Path) -> bool:
    return db_path(folder).exists() or header_path(folder).exists()
