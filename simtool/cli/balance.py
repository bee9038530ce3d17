"""`simtool balance`: the balance check of the SIM's operator, from the provider database."""

from __future__ import annotations

import argparse

from simtool.actions.web import web_kind
from simtool.cli import ExitCode
from simtool.cli.common import (
    add_device_login,
    add_port,
    credentials,
    fail,
    modem_session,
    sim_providers,
    web_errors,
)
from simtool.i18n import tr


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_port(parser)
    add_device_login(parser)
    parser.add_argument("--code", metavar="USSD",
                        help="use this code instead of the provider database's")


def run(args: argparse.Namespace) -> int:
    from simtool.actions import validate
    from simtool.cli.ussd import converse
    from simtool.errors import ValidationError
    from simtool.providers.database import balance_code

    try:
        if args.code is not None:
            validate.ussd(args.code)
    except ValidationError as error:
        raise fail(str(error), ExitCode.USAGE) from error
    if web_kind(args.port):
        return _web_balance(args)
    with modem_session(args) as session:
        code = args.code
        if code is None:
            providers = sim_providers(session)
            found = balance_code(providers)
            if found is None:
                raise fail(tr("Cli", "your operator has no balance-check code on record in the "
                              "provider database. Pass the code yourself: simtool balance "
                              "--code *100#"), ExitCode.USAGE)
            code = found.code
        print(tr("Cli", "Asking the network ({code})…").format(code=code), flush=True)
        return converse(session, code)


def _web_balance(args: argparse.Namespace) -> int:
    from simtool.actions.web import sim_providers
    from simtool.cli.ussd import web_code
    from simtool.providers.database import balance_code

    code = args.code
    if code is None:
        with web_errors():
            imsi, providers = sim_providers(args.port, timeout=args.timeout,
                                            credentials=credentials(args))
        if imsi is None:
            raise fail(tr("Cli", "the device did not give the SIM's IMSI, so its operator is "
                          "unknown (is the SIM locked, or does the device want its admin "
                          "password: --password-env?). Or pass the code: --code *100#"),
                       ExitCode.PROBLEM)
        found = balance_code(providers)
        if found is None:
            raise fail(tr("Cli", "your operator has no balance-check code on record in the "
                          "provider database. Pass the code yourself: simtool balance "
                          "--code *100#"), ExitCode.USAGE)
        code = found.code
    print(tr("Cli", "Asking the network ({code})…").format(code=code), flush=True)
    return web_code(args, code)
