"""Where the vault lives: resolved once, with overrides for tests and portable use.

Order: ``--vault DIR`` on the command line, then ``SECONDOP_DATA_DIR``, then the
platform's per-user app-data folder (per-user, so other accounts cannot read it).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

ENV_VAR = "SECONDOP_DATA_DIR"


def default_data_dir() -> Path:
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
