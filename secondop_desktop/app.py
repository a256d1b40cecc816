"""Start-up entry for the window; the CLI calls this only when no command is given."""

from __future__ import annotations


def run_gui(vault_dir: str | None = None, demo_mode: bool = False) -> int:
    from secondop_desktop.ui.shell.app import run  # Qt is imported only when a window is wanted

    return run(vault_dir, demo_mode)
