"""`simtool help [COMMAND]`: the same help as `simtool COMMAND --help`, on stdout."""

from __future__ import annotations

import argparse
import sys

from simtool.cli import ExitCode
from simtool.i18n import tr


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("topic", nargs="?", metavar="COMMAND",
                        help="the command to explain (default: simtool itself)")


def run(args: argparse.Namespace) -> int:
    from simtool.cli import SUBCOMMANDS, build_parser

    if args.topic is None:
        build_parser(None).print_help(sys.stdout)
        return ExitCode.OK
    if args.topic not in SUBCOMMANDS:
        print(tr("Cli", "simtool help: unknown command {name!r}; choose from {names}").format(
            name=args.topic, names=", ".join(SUBCOMMANDS)), file=sys.stderr)
        return ExitCode.USAGE
    build_parser(args.topic).print_help(sys.stdout)
    return ExitCode.OK
