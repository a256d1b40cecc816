"""``python -m secondop_desktop``: same as the ``secondop`` command."""

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
