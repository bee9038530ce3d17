"""`simtool radio on|off --allow-write`: switch the modem's radio (CFUN)."""

from __future__ import annotations

import argparse

from simtool.cli import ExitCode
from simtool.cli.common import add_allow_write, add_port, modem_session, require_write
from simtool.i18n import tr


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("state", choices=("on", "off"), help="on (CFUN=1) or off (CFUN=4)")
    add_port(parser)
    add_allow_write(parser)


def run(args: argparse.Namespace) -> int:
    from simtool.actions.radio import set_radio

    require_write(args, tr("Cli", "switching the radio"))
    with modem_session(args) as session:
        result = set_radio(session, args.state == "on")
    if not result.changed:
        print(tr("Cli", "The radio was already {state} (CFUN {cfun}).").format(
            state=args.state, cfun=result.after))
    else:
        print(tr("Cli", "Radio switched {state}: CFUN {before} -> {after}.").format(
            state=args.state, before=result.before, after=result.after))
    return ExitCode.OK
