"""Entry point of the frozen `simtool` console executable (PyInstaller)."""

import sys

from simtool.cli import main

if __name__ == "__main__":
    sys.exit(main())
