"""The encrypted envelope of a case file: a passphrase for that file, nothing else.

Layout::

    SECONDOP-CASE 1\\n
    {"kdf": {...Argon2id...}, "salt": ..., "nonce": ..., "wrapped_key": ..., ...}\\n
    chunk 0 | chunk 1 | ... | last chunk     (AES-256-GCM, 1 MiB of plaintext each)

The construction is the vault's (``store/keys.py``): Argon2id turns the passphrase and a
random salt into a key that unwraps (AES-256-GCM) a random file key. The payload is cut in
chunks, each sealed with the file key, its nonce made of a random prefix, the chunk's
number and a last-chunk flag, and the header bytes as associated data (the STREAM
construction of age and Tink): a changed byte, a changed header, chunks swapped, or a file
cut short at any point, even at a chunk's edge, all fail to open instead of giving back
part of a case. There is no recovery key: a forgotten case-file passphrase cannot be
worked around, and the sender can always export again.

The payload inside is a plain tar (see :mod:`secondop_desktop.casefile`); a case file
written without encryption is that tar alone.
"""

from __future__ import annotations

import base64
import io
import json
import os
import struct
from typing import IO, Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from secondop_desktop.i18n import translate
from secondop_desktop.store.keys import KdfParams, normalize_passphrase

MAGIC = b"SECONDOP-CASE 1\n"
CHUNK = 1 << 20
TAG = 16
PREFIX_LEN = 7  # nonce = 7 random bytes + 4-byte chunk number + 1-byte last flag
HEADER_MAX = 4096


class CaseFileError(ValueError):
    """A case file that cannot be opened, with the sentence to show."""


class WrongPassphrase(CaseFileError):
    pass


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


def _nonce(prefix: bytes, index: int, last: bool) -> bytes:
    return prefix + struct.pack(">I", index) + (b"\x01" if last else b"\x00")


def is_encrypted(head: bytes) -> bool:
    return head.startswith(MAGIC)


class EncryptingWriter(io.RawIOBase):
    """A write-only stream that seals what is written to ``out``, chunk by chunk."""

    def __init__(self, out: IO[bytes], passphrase: str, kdf: KdfParams) -> None:
        super().__init__()
        salt = os.urandom(16)
        kek = kdf.derive(normalize_passphrase(passphrase), salt)
        self._key = AESGCM.generate_key(bit_length=256)
        wrap_nonce = os.urandom(12)
        self._prefix = os.urandom(PREFIX_LEN)
        header = {
            "format": "secondop-case-file",
            "version": 1,
            "cipher": "aes-256-gcm-stream",
            "chunk": CHUNK,
            "kdf": kdf.as_dict(),
            "salt": _b64(salt),
            "wrap_nonce": _b64(wrap_nonce),
            "wrapped_key": _b64(AESGCM(kek).encrypt(wrap_nonce, self._key, MAGIC)),
            "prefix": _b64(self._prefix),
        }
        self._header = MAGIC + json.dumps(header, sort_keys=True).encode("ascii") + b"\n"
        self._out = out
        self._out.write(self._header)
        self._aead = AESGCM(self._key)
        self._buffer = bytearray()
        self._index = 0

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        view = bytes(data)
        self._buffer += view
        # Keep at least one byte back: the last chunk must be sealed as the last.
        while len(self._buffer) > CHUNK:
            self._seal(bytes(self._buffer[:CHUNK]), last=False)
            del self._buffer[:CHUNK]
        return len(view)

    def _seal(self, plain: bytes, *, last: bool) -> None:
        nonce = _nonce(self._prefix, self._index, last)
        self._out.write(self._aead.encrypt(nonce, plain, self._header))
        self._index += 1

    def close(self) -> None:
        """Seal the last chunk (possibly empty); the underlying file stays open."""
        if not self.closed:
            self._seal(bytes(self._buffer), last=True)
            self._buffer.clear()
        super().close()


class DecryptingReader(io.RawIOBase):
    """A read-only stream of the payload; raises :class:`CaseFileError` as soon as a chunk
    fails to open (tampered, truncated, or a wrong passphrase for the first)."""

    def __init__(self, source: IO[bytes], passphrase: str) -> None:
        super().__init__()
        magic = source.read(len(MAGIC))
        if magic != MAGIC:
            raise CaseFileError(
                translate("container", "This is not an encrypted SecondOp case file.")
            )
        line = source.readline(HEADER_MAX)
        if not line.endswith(b"\n"):
            raise CaseFileError(_damaged())
        self._header = magic + line
        try:
            header = json.loads(line)
            kdf_doc = header["kdf"]
            if kdf_doc.get("name") != "argon2id" or header.get("chunk") != CHUNK:
                raise ValueError("unknown construction")
            kdf = KdfParams(
                memory_kib=kdf_doc["memory_kib"],
                iterations=kdf_doc["iterations"],
                lanes=kdf_doc["lanes"],
            )
            if kdf.out_of_range() is not None:
                raise ValueError("kdf out of range")
            salt = _unb64(header["salt"])
            wrap_nonce = _unb64(header["wrap_nonce"])
            wrapped = _unb64(header["wrapped_key"])
            self._prefix = _unb64(header["prefix"])
            if len(self._prefix) != PREFIX_LEN or len(wrap_nonce) != 12:
                raise ValueError("bad nonce")
        except (ValueError, KeyError, TypeError, AttributeError):
            raise CaseFileError(_damaged()) from None
        kek = kdf.derive(normalize_passphrase(passphrase), salt)
        try:
            key = AESGCM(kek).decrypt(wrap_nonce, wrapped, MAGIC)
        except InvalidTag:
            raise WrongPassphrase(
                translate(
                    "container",
                    "That passphrase does not open this case file. Check it with the person "
                    "who sent it (it is not your vault's passphrase).",
                )
            ) from None
        self._aead = AESGCM(key)
        self._source = source
        self._index = 0
        self._pending = source.read(CHUNK + TAG)
        self._plain = b""
        self._offset = 0
        self._done = False

    def readable(self) -> bool:
        return True

    def _next_chunk(self) -> None:
        sealed = self._pending
        self._pending = self._source.read(CHUNK + TAG)
        last = not self._pending
        try:
            self._plain = self._aead.decrypt(
                _nonce(self._prefix, self._index, last), sealed, self._header
            )
        except InvalidTag:
            raise CaseFileError(_damaged()) from None
        self._offset = 0
        self._index += 1
        self._done = last

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        while self._offset >= len(self._plain):
            if self._done:
                return 0
            self._next_chunk()
        n = min(len(view), len(self._plain) - self._offset)
        view[:n] = self._plain[self._offset : self._offset + n]
        self._offset += n
        return n


def _damaged() -> str:
    return translate(
        "container",
        "This case file is damaged or incomplete (it may have been cut short while copying, "
        "or changed after it was written), so nothing was imported. Ask for it again.",
    )
