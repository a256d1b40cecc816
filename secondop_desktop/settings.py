"""User settings, declared once with typed defaults.

Stored as JSON beside the vault (0600). They hold preferences only, never a key or any
patient data: "remember on this computer" is a flag here, the key itself lives only in
the OS keychain.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from secondop_desktop.paths import settings_file
from secondop_desktop.store import fsutil

log = logging.getLogger(__name__)

MIN_AUTO_LOCK = 1
MAX_AUTO_LOCK = 240


@dataclass
class Settings:
    auto_lock_minutes: int = 10
    remember_on_this_computer: bool = False
    last_case_id: int | None = None
    language: str = "system"  # "system" or a code of i18n.LANGUAGES; applied at next start
    # Photo and scan pages of a packet carry the words read from them, invisible, so the
    # doctor can search and copy them (issue 20).
    searchable_photos: bool = True

    def __post_init__(self) -> None:
        self.auto_lock_minutes = max(MIN_AUTO_LOCK, min(MAX_AUTO_LOCK, int(self.auto_lock_minutes)))

    @classmethod
    def load(cls, data_dir: Path) -> Settings:
        path = settings_file(data_dir)
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError):
            log.warning("settings file unreadable; using defaults")
            return cls()
        known = {f.name for f in fields(cls)}
        try:
            return cls(**{k: v for k, v in raw.items() if k in known})
        except (TypeError, ValueError):
            log.warning("settings file has bad values; using defaults")
            return cls()

    def save(self, data_dir: Path) -> None:
        fsutil.ensure_private_dir(data_dir)
        fsutil.atomic_write_bytes(
            settings_file(data_dir), (json.dumps(asdict(self), indent=2) + "\n").encode()
        )
