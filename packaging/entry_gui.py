"""Entry point of the frozen `simtool-gui` windowed executable (PyInstaller)."""

import sys

from simtool.gui.app import main

if __name__ == "__main__":
    sys.exit(main())
