"""`simtool connect-test --allow-write`: activate the data context once and report why it
fails, or the address it got; the context is left as it was."""

from __future__ import annotations

import argparse

from simtool.cli import ExitCode
from simtool.cli.common import add_allow_write, add_port, fail, modem_session, require_write
from simtool.i18n import tr
from simtool.safetext import printable


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_port(parser)
    parser.add_argument("--cid", type=int, default=1, help="context id to test (default: 1)")
    add_allow_write(parser)


def run(args: argparse.Namespace) -> int:
    from simtool.actions import validate
    from simtool.actions.connect_test import connection_test
    from simtool.diagnosis.causes import session_cause
    from simtool.errors import ValidationError

    require_write(args, tr("Cli", "a connection test"))
    try:
        validate.cid(args.cid)
    except ValidationError as error:
        raise fail(str(error), ExitCode.USAGE) from error
    with modem_session(args) as session:
        result = connection_test(session, args.cid)
    if result.ok:
        print(tr("Cli", "Data connection works on context {cid}: address {address}.").format(
            cid=result.cid, address=printable(", ".join(result.addresses)) or "?"))
        return ExitCode.OK
    meaning = session_cause(result.cause) if result.cause is not None else None
    print(tr("Cli", "The network refused the data connection on context {cid}.").format(
        cid=result.cid))
    if result.cause is not None:
        print(tr("Cli", "Cause #{cause}: {meaning}").format(
            cause=result.cause, meaning=meaning.meaning if meaning else "?"))
    if result.error:
        print(tr("Cli", "The modem said: {error}").format(error=printable(result.error)))
    return ExitCode.PROBLEM
