from __future__ import annotations

import os
import re
import stat
from pathlib import Path

from pypdf import PdfReader

from secondop_desktop.store import RecoveryKey
from secondop_desktop.vault.recovery_kit import write_recovery_kit


def test_kit_is_one_page_and_the_printed_key_types_back(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    key = RecoveryKey.generate()
    out = write_recovery_kit(tmp_path / "kit.pdf", key, tmp_path / "vault")
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    words = " ".join(reader.pages[0].extract_text().split())
    assert "Your recovery key" in words
    printed = words.split("Your recovery key", 1)[1]
    # The key comes first, in its groups. pypdf's text extraction now and then splits a group
    # at a glyph gap ("2CF 9", about one random key in 150): a space inside a group passes.
    groups = r"\s+".join(r"\s?".join(group) for group in key.groups())
    shown = re.match(rf"\s*({groups})\b", printed)
    assert shown is not None, printed[:120]
    assert RecoveryKey.parse(shown.group(1)).secret == key.secret
    assert reader.metadata is not None and reader.metadata.title == "SecondOp recovery kit"
    if os.name == "posix":
        assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert not list(tmp_path.glob(".*.tmp"))
