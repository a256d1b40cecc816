"""What ``secondop --version`` says: SecondOp's version and the versions of the parts a
support question usually turns on (Qt and PySide6, SQLCipher and its SQLite, Python)."""

from __future__ import annotations

import platform


def version_report() -> str:
    """Several lines; each part that cannot be loaded says so instead of failing."""
    from secondop_desktop import __version__

    lines = [f"SecondOp {__version__}"]
    try:
        import PySide6
        from PySide6.QtCore import qVersion

        lines.append(f"Qt {qVersion()} (PySide6 {PySide6.__version__})")
    except ImportError as exc:  # a broken install: say which part is missing
        lines.append(f"Qt: not available ({exc.name})")
    try:
        from secondop_desktop.store.connection import library_versions

        cipher, sqlite = library_versions()
        lines.append(f"SQLCipher {cipher} (SQLite {sqlite})")
    except ImportError as exc:
        lines.append(f"SQLCipher: not available ({exc.name})")
    lines.append(f"Python {platform.python_version()} ({platform.system()} {platform.machine()})")
    return "\n".join(lines)
