"""`simtool data on|off --port hilink://HOST --allow-write`: the mobile-data switch of a
HiLink stick or router (what its web page's "Mobile data" switch does).

Exit codes: 0 done, 2 device unreachable or login refused, 3 without --allow-write, 64 usage.
"""

from __future__ import annotations

import argparse

from simtool.cli import ExitCode
from simtool.cli.common import (
    add_allow_write,
    add_device_login,
    add_port,
    credentials,
    fail,
    require_write,
    web_errors,
)
from simtool.i18n import tr


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("state", choices=("on", "off"), help="switch mobile data on or off")
    add_port(parser)
    add_device_login(parser)
    add_allow_write(parser)


def run(args: argparse.Namespace) -> int:
    from simtool.actions.web import set_mobile_data, web_kind

    if web_kind(args.port) is None:
        raise fail(tr("Cli", "simtool data works on sticks and routers read over their web "
                      "API (hilink://HOST); an AT modem has no such switch: use `simtool "
                      "radio` or `simtool connect-test`."), ExitCode.USAGE)
    require_write(args, tr("Cli", "switching mobile data"))
    on = args.state == "on"
    with web_errors():
        was_on = set_mobile_data(args.port, on, timeout=args.timeout,
                                 credentials=credentials(args))
    if on:
        print(tr("Cli", "Mobile data is on (it was {before}).").format(
            before=tr("Cli", "on") if was_on else tr("Cli", "off")))
    else:
        print(tr("Cli", "Mobile data is off (it was {before}).").format(
            before=tr("Cli", "on") if was_on else tr("Cli", "off")))
    return ExitCode.OK
