"""Test helpers: an in-memory keychain backend and file-scanning utilities."""

from __future__ import annotations

import hashlib
from pathlib import Path

import keyring.backend
import keyring.errors

PASSPHRASE = "quiet harbour lantern 1954 Ω"


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A real keyring backend that keeps entries in a dict (no OS keychain touched)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.entries[(service, username)]
        except KeyError:
            raise keyring.errors.PasswordDeleteError("not found") from None


def file_hashes(folder: Path) -> dict[str, str]:
    """SHA-256 of every file under ``folder`` (relative path -> digest)."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def files_containing(folders: list[Path], needles: list[bytes]) -> list[str]:
    """Every file under ``folders`` that contains any of ``needles``."""
    hits = []
    for folder in folders:
        for path in folder.rglob("*"):
            if not path.is_file():
                continue
            try:
                data = path.read_bytes()
            except OSError:
                continue
            for needle in needles:
                if needle in data:
                    hits.append(f"{path}: {needle!r}")
    return hits


def encodings(text: str) -> list[bytes]:
    """The byte forms a leaked string could take on disk."""
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]
