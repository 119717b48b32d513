"""The one-file bundle's entry point (scripts/build-bundle): the same ``main`` as ``hipflex``."""

import sys

from hipflex_desktop.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
