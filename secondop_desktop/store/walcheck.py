"""Check a -wal file's frames before SQLite reads it.

SQLite stops reading a write-ahead log at the first frame whose checksum fails and treats
the rest as never written: right for a frame torn by a crash (always at the end), but a
byte flipped in the middle by a disk or a sync tool would silently drop every transaction
after it. So: a bad frame followed by further frames of the same log is damage.

Format (sqlite.org/fileformat.html#the_write_ahead_log): a 32-byte header (magic, version,
page size, checkpoint sequence, two salts, a checksum of the first 24 bytes), then frames of
a 24-byte header (page number, commit size, the two salts, a running checksum) and a page."""

from __future__ import annotations

import struct
from pathlib import Path

MAGIC_LE, MAGIC_BE = 0x377F0682, 0x377F0683


def _checksum(data: bytes, s0: int, s1: int, big_endian: bool) -> tuple[int, int]:
    words = struct.unpack((">" if big_endian else "<") + f"{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
    return s0, s1


def damaged_frames(path: Path) -> int:
    """How many frames of the log come after a frame whose checksum fails (0: sound, or
    only a torn tail left by a crash)."""
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        return 0
    if len(data) < 32:
        return 0
    magic, _version, page_size, _seq, salt1, salt2, c1, c2 = struct.unpack(">8I", data[:32])
    if magic not in (MAGIC_LE, MAGIC_BE) or page_size < 512:
        return 0 if not data.strip(b"\x00") else 1
    big = magic == MAGIC_BE
    s0, s1 = _checksum(data[:24], 0, 0, big)
    if (s0, s1) != (c1, c2):
        return 1  # the header itself is damaged
    frame = 24 + page_size
    bad_at = None
    following = 0
    offset = 32
    while offset + frame <= len(data):
        head = data[offset : offset + 24]
        _page, _commit, f_salt1, f_salt2, f_c1, f_c2 = struct.unpack(">6I", head)
        if (f_salt1, f_salt2) != (salt1, salt2):
            break  # frames of an older log generation: never read
        if bad_at is None:
            s0, s1 = _checksum(head[:8], s0, s1, big)
            s0, s1 = _checksum(data[offset + 24 : offset + frame], s0, s1, big)
            if (s0, s1) != (f_c1, f_c2):
                bad_at = offset
        else:
            following += 1
        offset += frame
    return following
