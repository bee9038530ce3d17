"""`simtool topup --voucher-env VAR --allow-write`: recharge with a voucher, using the
operator's top-up USSD template from the provider database."""

from __future__ import annotations

import argparse
import os

from simtool.actions.web import web_kind
from simtool.cli import ExitCode
from simtool.cli.common import (
    add_allow_write,
    add_device_login,
    add_port,
    credentials,
    fail,
    modem_session,
    require_write,
    sim_providers,
    web_errors,
)
from simtool.i18n import tr
from simtool.safetext import printable


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_port(parser)
    add_device_login(parser)
    parser.add_argument("--voucher-env", metavar="VAR", required=True,
                        help="read the voucher code from environment variable VAR")
    parser.add_argument("--template", metavar="USSD",
                        help="top-up code with CODE where the voucher goes, e.g. *101*CODE#")
    add_allow_write(parser)


def run(args: argparse.Namespace) -> int:
    from simtool.actions import validate
    from simtool.actions.ussd import UssdError, run_ussd
    from simtool.errors import ValidationError
    from simtool.providers.database import UssdCode, topup_code

    require_write(args, tr("Cli", "a top-up"))
    raw = os.environ.get(args.voucher_env)
    if raw is None:
        raise fail(tr("Cli", "environment variable {var} is not set").format(
            var=args.voucher_env), ExitCode.USAGE)
    try:
        voucher = validate.voucher(raw.strip())
        if args.template is not None:
            if "CODE" not in args.template:
                raise ValidationError(tr("Cli", "the top-up template needs CODE where the "
                                         "voucher goes, e.g. *101*CODE#"))
            validate.ussd(args.template.replace("CODE", voucher))
    except ValidationError as error:
        raise fail(str(error), ExitCode.USAGE) from error
    if web_kind(args.port):
        return _web_topup(args, voucher)
    with modem_session(args) as session:
        template = UssdCode(args.template, "CODE") if args.template else None
        if template is None:
            providers = sim_providers(session)
            template = topup_code(providers)
            if template is None:
                raise fail(tr("Cli", "your operator has no top-up code on record in the provider "
                              "database. Pass it with --template, e.g. --template '*101*CODE#'"),
                           ExitCode.USAGE)
        try:
            result = run_ussd(session, template.fill(voucher), secret=True)
        except (UssdError, ValidationError) as error:
            raise fail(str(error), ExitCode.PROBLEM) from error
    for answer in result.answers:
        print(printable(answer))
    return ExitCode.OK


def _web_topup(args: argparse.Namespace, voucher: str) -> int:
    from simtool.actions.web import run_ussd, sim_providers
    from simtool.providers.database import UssdCode, topup_code

    login = credentials(args)
    template = UssdCode(args.template, "CODE") if args.template else None
    with web_errors():
        if template is None:
            imsi, providers = sim_providers(args.port, timeout=args.timeout, credentials=login)
            template = topup_code(providers) if imsi else None
            if template is None:
                raise fail(tr("Cli", "no top-up code is known for this SIM (the device did not "
                              "give its IMSI, or the provider database has none). Pass it with "
                              "--template, e.g. --template '*101*CODE#'"), ExitCode.USAGE)
        answer = run_ussd(args.port, template.fill(voucher), timeout=args.timeout,
                          credentials=login)
    print(answer)
    return ExitCode.OK
