"""Where the vault lives: resolved once, with overrides for tests and portable use.

Order: ``--vault DIR`` on the command line, then ``SECONDOP_DATA_DIR``, then the
platform's per-user app-data folder (per-user, so other accounts cannot read it).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from secondop_desktop.i18n import translate

ENV_VAR = "SECONDOP_DATA_DIR"


def default_data_dir() -> Path:
    import platformdirs  # here: not needed when a folder is given (issue 17)

    return Path(platformdirs.user_data_dir("SecondOp", appauthor=False, roaming=False))


def resolve_data_dir(cli_value: str | os.PathLike[str] | None = None) -> Path:
    if cli_value:
        return Path(cli_value).expanduser().resolve()
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser().resolve()
    return default_data_dir()


def log_dir(data_dir: Path) -> Path:
    return data_dir / "logs"


def settings_file(data_dir: Path) -> Path:
    return data_dir / "settings.json"


SYNCED_FOLDERS = (
    (re.compile(r"dropbox(?:$|[\s(_-])", re.I), "Dropbox"),
    (re.compile(r"onedrive(?:$|[\s(_-])", re.I), "OneDrive"),
    (re.compile(r"(?:icloud ?drive|com~apple~clouddocs|mobile documents)$", re.I), "iCloud Drive"),
    (re.compile(r"(?:google ?drive|my drive)(?:$|[\s(_-])", re.I), "Google Drive"),
)


def synced_service(folder: Path) -> str | None:
    """The sync service a folder seems to live in (Dropbox, OneDrive, iCloud Drive, Google
    Drive), judged from the names in its path. A sync tool copying a database while it is
    open can leave a damaged copy, and keeps the vault on someone else's servers."""
    for part in Path(folder).expanduser().parts:
        for pattern, name in SYNCED_FOLDERS:
            if pattern.match(part):
                return name
    return None


def synced_warning(folder: Path) -> str:
    service = synced_service(folder)
    if service is None:
        return ""
    return translate(
        "paths",
        "This vault folder seems to be inside {service}. Sync tools can copy the database "
        "while it is open and leave a damaged copy, and they keep a copy on their servers. "
        "Keep the vault in the default folder and use Back Up To… for copies.",
    ).format(service=service)
