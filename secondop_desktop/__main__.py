"""``python -m secondop_desktop``: same as the ``secondop`` command."""

import sys

from secondop_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
