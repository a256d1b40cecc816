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
    groups = re.findall(r"\b[0-9A-Z]{4}\b", printed)[:14]
    assert groups == key.groups()
    assert RecoveryKey.parse(" ".join(groups)).secret == key.secret
    assert reader.metadata is not None and reader.metadata.title == "SecondOp recovery kit"
    if os.name == "posix":
        assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert not list(tmp_path.glob(".*.tmp"))
