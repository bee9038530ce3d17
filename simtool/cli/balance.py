"""`simtool balance`: ask the SIM's operator for the balance, the way it answers: a USSD code
(most operators), or an SMS query (China's: CXYE to 10086, CXHF to 10010, 102 to 10001),
from the provider database.

An SMS is a write action (it may be charged): `--allow-write`, exit 3 without. The answer
is read from the modem's message store and only that answer is deleted, with
`--delete-reply`.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from simtool.actions.web import web_kind
from simtool.cli import CommandFailed, ExitCode
from simtool.cli.common import (
    add_allow_write,
    add_device_login,
    add_port,
    credentials,
    fail,
    modem_session,
    sim_providers,
    web_errors,
)
from simtool.i18n import tr

if TYPE_CHECKING:
    from simtool.at.session import AtSession
    from simtool.facts import AccountResult
    from simtool.providers.database import Provider, SmsQuery


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_port(parser)
    add_device_login(parser)
    parser.add_argument("--method", choices=("auto", "ussd", "sms"), default="auto",
                        help="how to ask: the operator's USSD code or its SMS query (default: "
                        "auto = the way the operator answers, from the provider database)")
    parser.add_argument("--code", metavar="USSD",
                        help="use this USSD code instead of the provider database's")
    parser.add_argument("--sms-to", metavar="NUMBER",
                        help="send the SMS query to this number instead of the database's")
    parser.add_argument("--sms-text", metavar="TEXT",
                        help="the SMS query's text instead of the database's (e.g. CXYE)")
    parser.add_argument("--delete-reply", action="store_true",
                        help="delete the operator's answer from the modem after reading it")
    parser.add_argument("--wait", type=float, default=60.0, metavar="S",
                        help="how long to wait for the SMS answer (default: 60)")
    add_allow_write(parser)


def _validated(args: argparse.Namespace) -> None:
    from simtool.actions import validate
    from simtool.errors import ValidationError

    try:
        if args.code is not None:
            validate.ussd(args.code)
        if args.sms_to is not None:
            validate.sms_number(args.sms_to)
        if args.sms_text is not None:
            validate.sms_text(args.sms_text)
    except ValidationError as error:
        raise fail(str(error), ExitCode.USAGE) from error
    if args.code is not None and args.method == "sms":
        raise fail(tr("Cli", "--code is a USSD code; with --method sms give --sms-to and "
                      "--sms-text"), ExitCode.USAGE)


def _require_sms_consent(args: argparse.Namespace) -> None:
    if not args.allow_write:
        print(tr("Cli", "simtool: your operator answers balance queries by SMS. Sending an "
                 "SMS changes nothing on the modem but may be charged by the operator (a "
                 "normal text message); nothing was sent. Add --allow-write to send it."),
              file=sys.stderr)
        raise CommandFailed(ExitCode.WRITE_REFUSED)


def _sms_query(args: argparse.Namespace, providers: list[Provider] | None) -> SmsQuery | None:
    from simtool.providers.database import SmsQuery, balance_sms

    on_record = balance_sms(providers) if providers is not None else None
    number = args.sms_to or (on_record.number if on_record else None)
    text = args.sms_text or (on_record.text if on_record else None)
    return SmsQuery(number, text) if number and text else None


def print_account(result: AccountResult) -> None:
    """The figures found in the operator's answer, then the answer itself."""
    lines = [tr("Cli", "Balance:   {value}").format(value=result.balance) if result.balance
             else None,
             tr("Cli", "Data left: {value}").format(value=result.data_left)
             if result.data_left else None,
             tr("Cli", "Plan ends: {value}").format(value=result.plan_end)
             if result.plan_end else None]
    for line in lines:
        if line:
            print(line)
    if not any(lines):
        print(tr("Cli", "(no balance or data figures found in the answer; it reads:)"))
    print(tr("Cli", "Operator's answer ({code}):").format(code=result.code_used))
    print(f"  {result.text}")


def _by_sms(session: AtSession, args: argparse.Namespace, query: SmsQuery) -> int:
    from simtool.actions.account import ask_balance_by_sms

    print(tr("Cli", "Sending \"{text}\" to {number} and waiting for the answer (up to "
             "{seconds:.0f} s)…").format(text=query.text, number=query.number,
                                           seconds=args.wait), flush=True)
    result = ask_balance_by_sms(session, query, delete_reply=args.delete_reply,
                                timeout=max(1.0, args.wait))
    if not result.ok:
        raise fail(result.text, ExitCode.PROBLEM)
    print_account(result)
    if args.delete_reply:
        print(tr("Cli", "The answer was deleted from the modem, as asked."))
    return ExitCode.OK


def run(args: argparse.Namespace) -> int:
    from simtool.cli.ussd import converse
    from simtool.providers.database import balance_code

    _validated(args)
    if web_kind(args.port):
        return _web_balance(args)
    explicit_sms = args.method == "sms" or (args.method == "auto" and args.code is None
                                            and args.sms_to and args.sms_text)
    if explicit_sms:
        _require_sms_consent(args)      # before the port is opened: nothing is sent
    with modem_session(args) as session:
        providers = None if args.code or (args.sms_to and args.sms_text) else \
            sim_providers(session)
        on_record = balance_code(providers) if providers else None
        ussd = args.code or (on_record.code if on_record else None)
        query = _sms_query(args, providers)
        method = args.method
        if method == "auto":
            method = "ussd" if ussd else "sms" if query else "none"
        if method == "sms":
            if query is None:
                raise fail(tr("Cli", "your operator has no balance SMS on record in the "
                              "provider database. Give it yourself: simtool balance --method "
                              "sms --sms-to NUMBER --sms-text TEXT --allow-write"),
                           ExitCode.USAGE)
            _require_sms_consent(args)
            return _by_sms(session, args, query)
        if ussd is None:
            raise fail(tr("Cli", "your operator has no balance-check code on record in the "
                          "provider database. Pass the code yourself: simtool balance "
                          "--code *100#"), ExitCode.USAGE)
        print(tr("Cli", "Asking the network ({code})…").format(code=ussd), flush=True)
        return converse(session, ussd)


def _web_balance(args: argparse.Namespace) -> int:
    from simtool.actions.web import sim_providers
    from simtool.cli.ussd import web_code
    from simtool.providers.database import balance_code

    if args.method == "sms":
        raise fail(tr("Cli", "the balance by SMS works on AT ports only; a stick or router "
                      "is asked by USSD (--method ussd, or --code)"), ExitCode.USAGE)
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
