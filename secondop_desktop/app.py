"""Start-up entry for the window; the CLI calls this only when no command is given."""

from __future__ import annotations


def run_gui(
    vault_dir: str | None = None, demo_mode: bool = False, quit_after: float | None = None
) -> int:
    """``quit_after``: close the window after that many seconds (smoke tests of a build)."""
    from secondop_desktop.core import system_check

    problem = system_check.missing_qt_libraries()
    if problem:  # a sentence instead of Qt's abort inside its platform plugin
        import sys

        print(problem, file=sys.stderr)
        return 3
    from secondop_desktop.ui.shell.app import run  # Qt is imported only when a window is wanted

    return run(vault_dir, demo_mode, quit_after=quit_after)
