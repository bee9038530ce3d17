"""`simtool ussd CODE`, `simtool balance`, `simtool topup`: talk to the operator by USSD.

Menus (the network asks for more) are answered at the terminal; without a terminal the
session is cancelled after the first answer.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from simtool.actions.web import web_kind
from simtool.cli import ExitCode
from simtool.cli.common import (
    add_device_login,
    add_port,
    credentials,
    fail,
    modem_session,
    web_errors,
)
from simtool.i18n import tr
from simtool.safetext import printable

if TYPE_CHECKING:
    from simtool.at.session import AtSession


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_port(parser)
    add_device_login(parser)
    parser.add_argument("code", help="USSD code, e.g. *100#")


def converse(session: AtSession, code: str) -> int:
    """Run `code`, answering menus at the terminal, and print what the network said (each
    message once: menus as they are asked, the rest at the end)."""
    from simtool.actions.ussd import UssdError, run_ussd

    shown: list[str] = []

    def ask(message: str) -> str | None:
        if not sys.stdin.isatty():
            return None                      # no one to answer: the session is cancelled
        if message:
            print(printable(message), flush=True)
            shown.append(message)
        try:
            reply = input(tr("Cli", "Reply (empty to end): ")).strip()
        except EOFError:
            return None
        return reply or None

    try:
        result = run_ussd(session, code, answer=ask)
    except UssdError as error:
        raise fail(str(error), ExitCode.PROBLEM) from error
    for answer in result.answers[len(shown):]:
        print(printable(answer))
    return ExitCode.OK


def run_code(args: argparse.Namespace, code: str) -> int:
    from simtool.actions import validate
    from simtool.errors import ValidationError

    try:
        validate.ussd(code)
    except ValidationError as error:
        raise fail(str(error), ExitCode.USAGE) from error
    if web_kind(args.port):
        return web_code(args, code)
    with modem_session(args) as session:
        return converse(session, code)


def web_code(args: argparse.Namespace, code: str, *, secret: bool = False) -> int:
    """USSD through a stick's or router's web API (menus are not answered there)."""
    from simtool.actions.web import run_ussd

    with web_errors():
        answer = run_ussd(args.port, code, timeout=args.timeout,
                          credentials=credentials(args))
    print(answer)
    return ExitCode.OK


def run(args: argparse.Namespace) -> int:
    return run_code(args, args.code)
