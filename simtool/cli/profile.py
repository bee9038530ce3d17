"""`simtool profile --port hilink://HOST [--select N --allow-write]`: the APN profiles of a
HiLink stick or router, and which one it dials with.

Listing is read-only. --select changes the device (needs --allow-write) and prints how to go
back. Exit codes: 0 done, 2 device unreachable or login refused, 3 without --allow-write,
64 usage.
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
    add_port(parser)
    add_device_login(parser)
    parser.add_argument("--select", metavar="N",
                        help="make profile N the one the device dials with (changes the "
                        "device: needs --allow-write)")
    add_allow_write(parser)


def run(args: argparse.Namespace) -> int:
    from simtool.actions.web import profiles, select_profile, web_kind

    if web_kind(args.port) is None:
        raise fail(tr("Cli", "simtool profile works on sticks and routers read over their web "
                      "API (hilink://HOST); for an AT modem use `simtool apn`."), ExitCode.USAGE)
    login = credentials(args)
    if args.select is not None:
        require_write(args, tr("Cli", "selecting an APN profile"))
        with web_errors():
            previous = select_profile(args.port, args.select, timeout=args.timeout,
                                      credentials=login)
        print(tr("Cli", "The device now dials with profile {index}.").format(index=args.select))
        if previous is not None and previous != args.select:
            print(tr("Cli", "To go back: simtool profile --port {port} --select {index} "
                     "--allow-write").format(port=args.port, index=previous))
        return ExitCode.OK
    with web_errors():
        found = profiles(args.port, timeout=args.timeout, credentials=login)
    if not found:
        print(tr("Cli", "The device lists no APN profiles."))
        return ExitCode.OK
    for profile in found:
        mark = "*" if profile.current else " "
        print(f"{mark} {profile.index:>3}  {profile.name:<20}  {profile.apn}")
    print(tr("Cli", "* the profile in use"))
    return ExitCode.OK
