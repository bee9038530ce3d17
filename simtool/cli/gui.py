"""`simtool gui`: open the desktop app (Qt is imported only here, and only when run)."""

from __future__ import annotations

import argparse


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--port", "-p", metavar="URL",
                        help="check this port right away (e.g. /dev/ttyUSB2, sim://no-sim)")
    parser.add_argument("--screenshot", metavar="FILE",
                        help="run the check, save the window with the result as PNG and exit "
                        "(works without a screen: QT_QPA_PLATFORM=offscreen)")


def run(args: argparse.Namespace) -> int:
    from simtool.extras import missing_qt

    missing = missing_qt("simtool gui")
    if missing:
        import sys

        from simtool.cli import ExitCode

        print(f"simtool: {missing}", file=sys.stderr)
        return ExitCode.USAGE
    from simtool.gui.app import run_gui

    return run_gui(args.port, args.screenshot, args.lang)
