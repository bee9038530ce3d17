"""gui layer of simtool (see DESIGN: layers).

`main()` is the `simtool-gui` entry point: it says what to install when Qt is missing (a
core install, `pip install simtool`, has no Qt) instead of failing with a traceback.
"""

from __future__ import annotations


def main() -> int:
    from simtool.extras import missing_qt

    missing = missing_qt("simtool-gui")
    if missing:
        import sys

        print(f"simtool-gui: {missing}", file=sys.stderr)
        return 64
    from simtool.gui.app import main as app_main

    return app_main()
