"""Move or hand over a case: a case file holds everything of one case, and comes back in
to any vault as a new case; the open JSON of ``case show --json`` comes back in too.

A case file is a tar, encrypted with a passphrase chosen for that file (see
:mod:`container`), holding::

    case.json                     the case document (schema: resources/case-1.schema.json)
    records/<sha256>.text.json    each record's page texts (search works at once)
    records/<sha256>.thumb.png    its thumbnail, when it has one
    records/<sha256>.pictures.json  words read from its pictures, straightening (pictures.py)
    records/<sha256>              the record's bytes as the vault keeps them

Importing is one transaction: a wrong passphrase, a damaged or cut-short file, a
document of another version or a record whose bytes do not match its SHA-256 is refused
with a sentence, and nothing of the case is left behind.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import tarfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from secondop_desktop import cases
from secondop_desktop.core.jobs import CancelToken, Progress, no_progress
from secondop_desktop.i18n import translate
from secondop_desktop.store import Vault
from secondop_desktop.store import records as record_repo
from secondop_desktop.store.keys import KdfParams
from secondop_desktop.summary import case_document

from . import pictures, restore
from .container import (
    CaseFileError,
    DecryptingReader,
    EncryptingWriter,
    WrongPassphrase,
    is_encrypted,
)
from .schema import DocumentError, validate

__all__ = [
    "SUFFIX",
    "CaseFileError",
    "DocumentError",
    "Imported",
    "SameCase",
    "WrongPassphrase",
    "export_case",
    "import_case_file",
    "import_case_json",
    "is_encrypted_file",
    "peek",
]

SUFFIX = ".secondop-case"
DOCUMENT = "case.json"
DOCUMENT_MAX = 64 << 20  # a case document is text: far below this
CHUNK = 1 << 20
IF_EXISTS = ("ask", "keep-both", "skip")


class SameCase(CaseFileError):
    """The vault already holds this case (imported before); the caller asks the user."""

    def __init__(self, existing: list[cases.Case]) -> None:
        self.existing = existing
        named = translate("casefile_init", "case {id} ({patient})")
        names = ", ".join(named.format(id=c.id, patient=c.patient_name) for c in existing)
        said = translate(
            "casefile_init",
            "This case is already in the vault: {cases}. Keep both, or skip this import.",
        )
        super().__init__(said.format(cases=names))


@dataclass
class Imported:
    """What an import did: the new case (None when skipped), and the records it holds."""

    case_id: int | None
    records: int = 0
    skipped: bool = False
    left_out: list[str] = field(default_factory=list)  # records without a file (JSON)
    seconds: float = 0.0


# -- export ---------------------------------------------------------------------------------
def _member(name: str, size: int) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.size = size
    info.mtime = 0  # nothing about when or on which machine
    info.mode = 0o600
    return info


class _ChunkStream(io.RawIOBase):
    """A record's chunks from the vault as a readable stream (tar reads it by size)."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        super().__init__()
        self._chunks = chunks
        self._buffer = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        while not self._buffer:
            nxt = next(self._chunks, None)
            if nxt is None:
                return 0
            self._buffer = nxt
        n = min(len(view), len(self._buffer))
        view[:n] = self._buffer[:n]
        self._buffer = self._buffer[n:]
        return n


def export_case(
    vault: Vault,
    case_id: int,
    out: Path,
    passphrase: str | None,
    *,
    kdf: KdfParams | None = None,
    cancel: CancelToken | None = None,
    progress: Progress = no_progress,
) -> Path:
    """Write the case file; ``passphrase=None`` writes it unencrypted (the CLI's
    ``--no-encryption``, for scripts). Written beside ``out`` then renamed: a crash or a
    Cancel leaves no partial file at ``out``."""
    cancel = cancel or CancelToken()
    doc = case_document(vault, case_id)
    recs = doc["records"]
    total = sum(int(r["size"]) for r in recs) or 1
    done = 0
    out = Path(out)
    partial = out.with_name(f".{out.name}.partial")
    progress(0, total, translate("casefile_init", "Writing the case file…"))
    try:
        with open(partial, "wb") as raw:
            sink: IO[bytes] = (
                EncryptingWriter(raw, passphrase, kdf or KdfParams())  # type: ignore[assignment]
                if passphrase
                else raw
            )
            with tarfile.open(fileobj=sink, mode="w|", format=tarfile.PAX_FORMAT) as tar:
                body = json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8")
                tar.addfile(_member(DOCUMENT, len(body)), io.BytesIO(body))
                for rec in recs:
                    cancel.raise_if_cancelled()
                    rid, sha = int(rec["id"]), str(rec["sha256"])
                    texts = record_repo.page_texts(vault.db, rid, int(rec["page_count"]))
                    text = json.dumps({"pages": texts}, ensure_ascii=False).encode("utf-8")
                    tar.addfile(_member(f"records/{sha}.text.json", len(text)), io.BytesIO(text))
                    thumb = record_repo.thumbnail(vault.db, rid)
                    if thumb:
                        tar.addfile(_member(f"records/{sha}.thumb.png", len(thumb)),
                                    io.BytesIO(thumb))  # fmt: skip
                    read = pictures.dump(vault.db, rid)
                    if read:
                        tar.addfile(_member(f"records/{sha}.pictures.json", len(read)),
                                    io.BytesIO(read))  # fmt: skip
                    stream = _ChunkStream(record_repo.chunks(vault.db, rid))
                    tar.addfile(_member(f"records/{sha}", int(rec["size"])), stream)
                    done += int(rec["size"])
                    writing = translate("casefile_init", "Writing the case file: {title}")
                    progress(done, total, writing.format(title=rec["title"]))
            if sink is not raw:
                sink.close()
            raw.flush()
            os.fsync(raw.fileno())
        os.replace(partial, out)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    return out


# -- reading --------------------------------------------------------------------------------
@contextlib.contextmanager
def _payload(path: Path, passphrase: str | None) -> Iterator[tarfile.TarFile]:
    """The case file's tar, decrypted on the way when it is encrypted."""
    try:
        raw = open(path, "rb")  # noqa: SIM115 (closed below, after the tar)
    except OSError as exc:
        said = translate("casefile_init", "The case file could not be opened: {reason}.")
        raise CaseFileError(said.format(reason=exc.strerror)) from None
    try:
        head = raw.read(512)
        raw.seek(0)
        source: IO[bytes]
        if is_encrypted(head):
            if not passphrase:
                raise WrongPassphrase(
                    translate("casefile_init", "This case file is encrypted: enter its passphrase.")
                )
            source = io.BufferedReader(DecryptingReader(raw, passphrase), CHUNK)
        elif len(head) >= 262 and head[257:262] == b"ustar":
            source = raw
        else:
            said = translate(
                "casefile_init", "{name} is not a SecondOp case file (they end in {suffix})."
            )
            raise CaseFileError(said.format(name=path.name, suffix=SUFFIX))
        try:
            with tarfile.open(fileobj=source, mode="r|") as tar:
                yield tar
        except tarfile.TarError:
            raise CaseFileError(_damaged()) from None
    finally:
        raw.close()


def _damaged() -> str:
    return translate(
        "casefile_init",
        "This case file is damaged or incomplete (it may have been cut short while copying), "
        "so nothing was imported. Ask for it again.",
    )


def _read_document(tar: tarfile.TarFile) -> dict[str, Any]:
    first = tar.next()
    if first is None or first.name != DOCUMENT or not first.isfile() or first.size > DOCUMENT_MAX:
        raise CaseFileError(_damaged())
    handle = tar.extractfile(first)
    assert handle is not None
    try:
        doc = json.loads(handle.read().decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise DocumentError(
            translate("casefile_init", "The case document inside the file is not readable JSON.")
        ) from None
    return validate(doc)


def is_encrypted_file(path: Path) -> bool:
    """Whether the file starts as an encrypted case file (then it needs a passphrase)."""
    with open(path, "rb") as handle:
        return is_encrypted(handle.read(64))


def peek(path: Path, passphrase: str | None) -> dict[str, Any]:
    """The case document of a case file, checked, without reading its records (to show
    who the case is about and ask about a case already in the vault)."""
    with _payload(Path(path), passphrase) as tar:
        return _read_document(tar)


def _existing(vault: Vault, doc: dict[str, Any], if_exists: str) -> bool:
    """Whether to go on: raises :class:`SameCase` to ask, False to skip."""
    if if_exists not in IF_EXISTS:
        raise ValueError(f"if_exists must be one of {IF_EXISTS}")
    same = cases.find_by_uid(vault, str(doc["case"].get("uid") or ""))
    if not same:
        return True
    if if_exists == "ask":
        raise SameCase(same)
    return if_exists == "keep-both"


def _member_chunks(
    handle: IO[bytes], size: int, sha: str, check: bool, name: str
) -> Iterator[bytes]:
    digest = hashlib.sha256()
    left = size
    while left > 0:
        chunk = handle.read(min(CHUNK, left))
        if not chunk:
            raise CaseFileError(_damaged())
        digest.update(chunk)
        left -= len(chunk)
        yield chunk
    if check and digest.hexdigest() != sha:
        said = translate(
            "casefile_init",
            "The record “{title}” in the case file does not match its SHA-256 (its bytes "
            "were changed), so nothing was imported.",
        )
        raise DocumentError(said.format(title=name))


def import_case_file(
    vault: Vault,
    path: Path,
    passphrase: str | None,
    *,
    if_exists: str = "ask",
    cancel: CancelToken | None = None,
    progress: Progress = no_progress,
) -> Imported:
    """Bring a case file into the vault as a new case, in one transaction."""
    cancel = cancel or CancelToken()
    started = time.monotonic()
    with _payload(Path(path), passphrase) as tar:
        doc = _read_document(tar)
        if not _existing(vault, doc, if_exists):
            return Imported(None, skipped=True)
        wanted = {str(r["sha256"]): r for r in doc["records"]}
        total = sum(int(r["size"]) for r in doc["records"]) or 1
        done = 0
        progress(0, total, translate("casefile_init", "Reading the case file…"))
        new_ids: dict[int, int] = {}
        texts: dict[str, list[str]] = {}
        thumbs: dict[str, bytes] = {}
        carried: dict[str, bytes] = {}  # .pictures.json, applied once the record is in
        with vault.transaction():
            case_id = restore.create_case(
                vault, doc, new_identity=bool(cases.find_by_uid(vault, doc["case"]["uid"]))
            )
            # tar.next(), not iteration: iterating yields case.json again first.
            while (member := tar.next()) is not None:
                cancel.raise_if_cancelled()
                name = member.name
                if not member.isfile() or not name.startswith("records/"):
                    raise CaseFileError(_damaged())
                base = name.removeprefix("records/")
                sha = base.split(".", 1)[0]
                if sha not in wanted:
                    raise CaseFileError(_damaged())
                handle = tar.extractfile(member)
                assert handle is not None
                if base.endswith(".text.json"):
                    texts[sha] = _page_texts(handle.read(DOCUMENT_MAX))
                elif base.endswith(".thumb.png"):
                    thumbs[sha] = handle.read(8 << 20)
                elif base.endswith(".pictures.json"):
                    carried[sha] = handle.read(pictures.MAX_BYTES)
                elif base == sha:
                    rec = wanted[sha]
                    if member.size != int(rec["size"]) or int(rec["id"]) in new_ids:
                        raise CaseFileError(_damaged())
                    # A password-free, repaired or rendered copy is not the original file, whose
                    # hash the document gives; the encryption still guards its bytes.
                    check = not (rec["unlocked_copy"] or rec["repaired"] or rec.get("rendered"))
                    content = restore.RecordBytes(
                        _member_chunks(handle, member.size, sha, check, str(rec["title"])),
                        texts.pop(sha, []),
                        thumbs.pop(sha, None),
                    )
                    new_ids[int(rec["id"])] = restore.add_record(
                        vault, case_id, rec, content, f"records ({rec['title']})"
                    )
                    if sha in carried:
                        try:
                            pictures.load(vault.db, new_ids[int(rec["id"])], int(rec["page_count"]),
                                          str(rec["media_type"]), carried.pop(sha))  # fmt: skip
                        except pictures.Malformed:
                            raise CaseFileError(_damaged()) from None
                    done += member.size
                    importing = translate("casefile_init", "Importing {title}")
                    progress(done, total, importing.format(title=rec["title"]))
                else:
                    raise CaseFileError(_damaged())
            missing = [r["title"] for r in doc["records"] if int(r["id"]) not in new_ids]
            if missing or carried:  # carried: a record's .pictures.json after its bytes
                raise CaseFileError(_damaged())
            restore.write_sections(vault, case_id, doc, new_ids, cancel=cancel.raise_if_cancelled)
    return Imported(case_id, len(new_ids), seconds=time.monotonic() - started)


def _page_texts(data: bytes) -> list[str]:
    try:
        pages = json.loads(data.decode("utf-8"))["pages"]
    except (UnicodeDecodeError, ValueError, KeyError, TypeError):
        raise CaseFileError(_damaged()) from None
    if not isinstance(pages, list) or not all(isinstance(p, str) for p in pages):
        raise CaseFileError(_damaged())
    return list(pages)


# -- the open JSON --------------------------------------------------------------------------
def read_json(path: Path) -> dict[str, Any]:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        said = translate("casefile_init", "{name} could not be read: {reason}.")
        raise DocumentError(said.format(name=Path(path).name, reason=exc.strerror)) from None
    except UnicodeDecodeError:
        said = translate("casefile_init", "{name} is not text (UTF-8 JSON).")
        raise DocumentError(said.format(name=Path(path).name)) from None
    try:
        doc = json.loads(text)
    except ValueError as exc:
        said = translate("casefile_init", "{name} is not valid JSON ({problem}).")
        raise DocumentError(said.format(name=Path(path).name, problem=exc)) from None
    return validate(doc)


def _files_by_sha(folder: Path, wanted: set[str], cancel: CancelToken) -> dict[str, Path]:
    found: dict[str, Path] = {}
    for path in sorted(p for p in Path(folder).rglob("*") if p.is_file()):
        cancel.raise_if_cancelled()
        digest = hashlib.sha256()
        with open(path, "rb") as handle:
            while block := handle.read(CHUNK):
                digest.update(block)
        sha = digest.hexdigest()
        if sha in wanted and sha not in found:
            found[sha] = path
    return found


def import_case_json(
    vault: Vault,
    path: Path,
    files: Path | None = None,
    *,
    if_exists: str = "ask",
    cancel: CancelToken | None = None,
    progress: Progress = no_progress,
) -> Imported:
    """A case from the ``case show --json`` format, its record files found in ``files``
    by SHA-256 (a salvage folder, for example). Every record must be found there;
    without ``files`` the records are left out (and said so)."""
    from secondop_desktop.records import importer

    cancel = cancel or CancelToken()
    started = time.monotonic()
    doc = read_json(path)
    if not _existing(vault, doc, if_exists):
        return Imported(None, skipped=True)
    recs = doc["records"]
    by_sha: dict[str, Path] = {}
    left_out: list[str] = []
    if files is not None:
        by_sha = _files_by_sha(files, {str(r["sha256"]) for r in recs}, cancel)
        missing = [str(r["title"]) for r in recs if r["sha256"] not in by_sha]
        if count := len(missing):
            said = translate(
                "casefile_init",
                "No file in {folder} has the SHA-256 of %n record(s) ({titles}), so nothing "
                "was imported. Point --files at the folder holding every record's file.",
                None,
                count,
            )
            titles = ", ".join(missing[:5]) + ("…" if count > 5 else "")
            raise DocumentError(said.format(folder=files, titles=titles))
    else:
        left_out = [str(r["title"]) for r in recs]
    new_ids: dict[int, int] = {}
    with vault.transaction():
        case_id = restore.create_case(
            vault, doc, new_identity=bool(cases.find_by_uid(vault, doc["case"]["uid"]))
        )
        if by_sha:
            from secondop_desktop.packet.structured import document_pdf

            report = importer.import_files(
                vault,
                case_id,
                [by_sha[str(r["sha256"])] for r in recs],
                cancel=cancel,
                progress=progress,
                render_structured=document_pdf,  # a FHIR, C-CDA or disc index's own file
            )
            made = {i.sha256: i.record_id for i in report.items if i.record_id is not None}
            for rec in recs:
                record_id = made.get(str(rec["sha256"]))
                if record_id is None:
                    said = translate(
                        "casefile_init",
                        "The record “{title}” could not be imported from {file}, so nothing "
                        "was imported.",
                    )
                    raise DocumentError(
                        said.format(title=rec["title"], file=by_sha[str(rec["sha256"])].name)
                    )
                _apply_metadata(vault, record_id, rec)
                new_ids[int(rec["id"])] = record_id
        restore.write_sections(vault, case_id, doc, new_ids, cancel=cancel.raise_if_cancelled)
    return Imported(case_id, len(new_ids), left_out=left_out, seconds=time.monotonic() - started)


def _apply_metadata(vault: Vault, record_id: int, rec: dict[str, Any]) -> None:
    """The document's title, kind, dates and choices over what the importer guessed."""
    from secondop_desktop.core import dates

    with vault.transaction() as db:
        record_repo.update(
            db,
            record_id,
            {
                "title": rec["title"],
                "kind": rec["kind"],
                "date_of_service": rec.get("date_of_service"),
                "date_suggested": int(bool(rec.get("date_suggested"))),
                "source": rec.get("source", ""),
                "notes": rec.get("notes", ""),
                "include_in_packet": int(bool(rec.get("include_in_packet", True))),
                "rotation": rec.get("rotation", 0),
                "position": rec.get("position", 0),
                "original_name": rec["original_name"],
                "created_at": rec.get("created_at") or dates.utc_now_iso(),
            },
        )
