"""`simtool unlock`: enter the SIM PIN (or the PUK and a new PIN), once, with a retry guard.

The PIN is never a command-line argument (it would land in shell history and `ps`): it comes
from an environment variable named with --pin-env, or from a prompt without echo.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import TYPE_CHECKING

from simtool.cli import ExitCode
from simtool.cli.common import add_port, fail, modem_session
from simtool.i18n import tr
from simtool.safetext import printable

if TYPE_CHECKING:
    from simtool.actions.unlock import UnlockResult


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_port(parser)
    parser.add_argument("--puk", action="store_true",
                        help="unblock with the PUK and set a new PIN (the SIM asks for the PUK)")
    parser.add_argument("--pin-env", metavar="VAR",
                        help="read the PIN from environment variable VAR instead of a prompt")
    parser.add_argument("--puk-env", metavar="VAR",
                        help="read the PUK from environment variable VAR")
    parser.add_argument("--new-pin-env", metavar="VAR",
                        help="with --puk: read the new PIN from environment variable VAR")
    parser.add_argument("--last-attempt", action="store_true",
                        help="send even though only one attempt is left (or the count is "
                        "unknown): if the code is wrong the SIM is blocked")


def _secret(env: str | None, prompt: str) -> str:
    if env:
        value = os.environ.get(env)
        if value is None:
            raise fail(tr("Cli", "environment variable {var} is not set").format(var=env),
                       ExitCode.USAGE)
        return value.strip()
    if not sys.stdin.isatty():
        raise fail(tr("Cli", "no terminal to ask for the code on: use --pin-env VAR "
                      "(and --puk-env / --new-pin-env with --puk)"), ExitCode.USAGE)
    return getpass.getpass(prompt)


def run(args: argparse.Namespace) -> int:
    from simtool.actions import validate
    from simtool.actions.unlock import (
        AlreadyUnlocked,
        NeedsConsent,
        UnlockRefused,
        enter_pin,
        enter_puk,
    )
    from simtool.errors import ValidationError

    # Read and check the codes before the port is even opened.
    try:
        if args.puk:
            puk = validate.puk(_secret(args.puk_env, tr("Cli", "PUK (8 digits): ")))
            new_pin = validate.pin(_secret(args.new_pin_env or args.pin_env,
                                           tr("Cli", "New PIN (4-8 digits): ")))
        else:
            pin = validate.pin(_secret(args.pin_env, tr("Cli", "SIM PIN: ")))
    except ValidationError as error:
        raise fail(str(error), ExitCode.USAGE) from error
    with modem_session(args) as session:
        try:
            if args.puk:
                result = enter_puk(session, puk, new_pin, accept_last_attempt=args.last_attempt)
            else:
                result = enter_pin(session, pin, accept_last_attempt=args.last_attempt)
        except AlreadyUnlocked as ready:
            print(str(ready))
            return ExitCode.OK
        except NeedsConsent as refused:
            # Like a write without --allow-write: nothing was sent until the user accepts.
            raise fail(str(refused), ExitCode.WRITE_REFUSED) from refused
        except UnlockRefused as refused:
            raise fail(str(refused), ExitCode.PROBLEM) from refused
    return _print_result(result)


def _print_result(result: UnlockResult) -> int:
    before, after = result.before, result.after
    what = "PUK" if before.state == "puk-required" else "PIN"
    if after.state == "ready":
        print(tr("Cli", "The SIM accepted the {what} and is unlocked.").format(what=what))
        return ExitCode.OK
    print(tr("Cli", "The SIM did not accept the {what}: {error}.").format(
        what=what, error=printable(result.error or "?")))
    left_before = before.puk_retries if what == "PUK" else before.pin_retries
    left_after = after.puk_retries if what == "PUK" else after.pin_retries
    print(tr("Cli", "{what} attempts left: {before} -> {after}.").format(
        what=what, before=_count(left_before), after=_count(left_after)))
    if after.state == "puk-required" and what == "PIN":
        print(tr("Cli", "The SIM is now blocked and asks for the PUK ({left} attempts left). "
                 "The PUK is on the card holder the SIM came in, or your operator has it; "
                 "then run 'simtool unlock --puk'.").format(left=_count(after.puk_retries)))
    elif after.state != before.state:
        print(tr("Cli", "The SIM now reports: {state}.").format(
            state=printable(after.raw or after.state)))
    return ExitCode.PROBLEM


def _count(value: int | None) -> str:
    return "?" if value is None else str(value)
