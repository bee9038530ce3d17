"""Entry point of the frozen `simtool` console executable (PyInstaller)."""

from simtool.cli import run

if __name__ == "__main__":
    run()
