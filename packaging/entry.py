"""The bundled app's entry point (PyInstaller): the same as the ``secondop`` command.

``freeze_support`` must run first: the sandbox's worker processes are started from this
same executable, and this is what turns such a start into a worker instead of a second app."""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from secondop_desktop.cli import main

    sys.exit(main())
