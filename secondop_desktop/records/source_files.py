"""The files an import reads, before and while a worker parses them: their names as they
can be shown, folders expanded, each checked (there, not empty, a kind SecondOp reads),
hashed, and read again in chunks for storing with the hash checked on the way (a file
changed meanwhile is refused). Nothing here touches the vault, so the importer hashes the
next files on a thread of its own."""

from __future__ import annotations

import hashlib
import os
from collections import deque
from collections.abc import Generator, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from secondop_desktop.i18n import translate
from secondop_desktop.records import filetypes, health_export
from secondop_desktop.store import records as repo


def shown(path: Path | str) -> str:
    """A path as text that can be shown, logged, stored and printed: a name that is not
    valid UTF-8 (Python keeps its bytes as lone surrogates) gets replacement characters.
    The file itself is always opened by its real path."""
    return os.fsencode(path).decode("utf-8", "replace")


def shown_name(path: Path) -> str:
    return shown(path.name)


def expand_paths(paths: Iterable[Path | str]) -> list[Path]:
    """Files as given, and every file inside given folders (recursively, hidden ones
    skipped). A folder holding a DICOMDIR is an imaging disc: its index is the one file
    taken from it (it lists every study; the images stay on the disc, which travels)."""
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                index = next((f for f in files if f.upper() == "DICOMDIR"), None)
                if index is not None:
                    dirs[:] = []  # the disc's image folders: indexed, not imported
                    out.append(Path(root) / index)
                    continue
                if health_export.is_health_export(Path(root)):
                    dirs[:] = []  # Apple Health's export: one record, not one per file
                    out.append(Path(root))
                    continue
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                out.extend(Path(root) / f for f in sorted(files) if not f.startswith("."))
        else:
            out.append(path)
    return out


def hash_file(path: Path) -> str:
    if path.is_dir():  # a health records export: its files, packed the same way each time
        return hashlib.sha256(health_export.packed(path)).hexdigest()
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(repo.CHUNK_SIZE):
            digest.update(block)
    return digest.hexdigest()


def precheck(path: Path) -> tuple[str | None, str]:
    """(media type, "") when worth parsing, else (None, reason)."""
    try:
        if not path.exists():
            return None, translate("importer", "The file no longer exists where it was.")
        if health_export.is_health_export(path):
            return filetypes.HEALTH_EXPORT, ""
        if not path.is_file():
            return None, translate("importer", "This is not a regular file.")
        size = path.stat().st_size
        if size == 0:
            return None, translate(
                "importer",
                "The file is empty (0 bytes): it was probably not downloaded completely.",
            )
        with open(path, "rb") as fh:
            head = fh.read(filetypes.HEAD_BYTES)
    except PermissionError:
        return None, translate(
            "importer", "SecondOp is not allowed to read this file (permission denied)."
        )
    except OSError as exc:
        return None, unreadable(exc.strerror or type(exc).__name__)
    media = filetypes.sniff(head)
    if media is None:
        return None, shown(filetypes.rejection_reason(path, head))  # it may quote the suffix
    return media, ""


def unreadable(error: str) -> str:
    return translate("importer", "The file could not be read ({error}).").format(error=error)


def file_chunks(path: Path, expected_sha: str) -> Iterator[bytes]:
    """Chunks of the file, re-hashed on the way: a file changed since hashing is refused."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(repo.CHUNK_SIZE):
            digest.update(block)
            yield block
    if digest.hexdigest() != expected_sha:
        raise ChangedWhileImporting()


class ChangedWhileImporting(Exception):
    pass


def bytes_chunks(data: bytes) -> Iterator[bytes]:
    for start in range(0, len(data), repo.CHUNK_SIZE):
        yield data[start : start + repo.CHUNK_SIZE]


@dataclass(frozen=True)
class Looked:
    """One file checked: its media type (None when not worth parsing, with the reason),
    and its SHA-256 on the way."""

    index: int  # among the files given
    path: Path
    media: str | None
    reason: str
    sha256: Future[str] | None  # None when not worth parsing


def looked_ahead(files: list[Path], ahead: int) -> Generator[Looked, None, None]:
    """Each file checked, in order, with the next ``ahead`` files checked and hashed
    meanwhile on a thread of their own (reading and hashing leave Python's lock), so the
    importer's thread, which also stores every file, does not wait for them. Closing the
    generator (Cancel, a full disk) leaves a file being hashed to finish on its own."""
    hasher = ThreadPoolExecutor(1, thread_name_prefix="import-hash")
    waiting: deque[Looked] = deque()
    try:
        for index, path in enumerate(files):
            media, reason = precheck(path)
            sha = hasher.submit(hash_file, path) if media is not None else None
            waiting.append(Looked(index, path, media, reason, sha))
            if len(waiting) > ahead:
                yield waiting.popleft()
        while waiting:
            yield waiting.popleft()
    finally:
        hasher.shutdown(wait=False, cancel_futures=True)
