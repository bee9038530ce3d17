"""What the modem-changing subcommands share: one session on one port, errors as sentences."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from simtool.at.session import AtSession
from simtool.cli import CommandFailed, ExitCode
from simtool.cli.numbers import DefaultSeconds, given, seconds
from simtool.errors import SimtoolError, UsageError
from simtool.i18n import tr
from simtool.safetext import printable
from simtool.transport.errors import PortError

if TYPE_CHECKING:
    from simtool.providers.database import Provider
    from simtool.sources.base import Credentials


DEFAULT_TIMEOUT = 10.0
DEFAULT_PROBE_TIMEOUT = 3.0


def add_port(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--port", "-p", required=True, metavar="URL",
                        help="modem port: /dev/ttyUSB2, COM7, socket://host:port, sim://SCENARIO,"
                        " hilink://HOST, zte://HOST")
    parser.add_argument("--timeout", type=seconds, default=DefaultSeconds(DEFAULT_TIMEOUT),
                        metavar="S",
                        help="per-command timeout in seconds (default: 10); also how long the "
                        "first answer may take (default: 3)")


def add_device_login(parser: argparse.ArgumentParser) -> None:
    """--password-env for commands that also work on sticks and routers (hilink://, zte://)."""
    parser.add_argument("--password-env", metavar="VAR",
                        help="sticks and routers (hilink://, zte://): the environment variable "
                        "holding the device's admin password, used only if it asks (one "
                        "attempt, never stored)")


def credentials(args: argparse.Namespace) -> Credentials | None:
    """The device admin login named by --password-env; a usage error when it is empty."""
    name = getattr(args, "password_env", None)
    if not name:
        return None
    import os

    from simtool.sources.base import Credentials

    password = os.environ.get(name)
    if not password:
        raise fail(tr("Cli", "the environment variable {name} (--password-env) is not set or "
                      "empty").format(name=name), ExitCode.USAGE)
    return Credentials(password)


@contextmanager
def web_errors() -> Iterator[None]:
    """A web device's action: its errors as messages and exit codes, like modem_session."""
    try:
        yield
    except PortError as error:
        remedy = f"\n{error.remedy}" if error.remedy else ""
        raise fail(f"{error}{remedy}", ExitCode.UNREACHABLE) from error
    except UsageError as error:
        raise fail(str(error), ExitCode.USAGE) from error
    except SimtoolError as error:
        raise fail(str(error), ExitCode.PROBLEM) from error


def add_allow_write(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--allow-write", action="store_true",
                        help="allow simtool to change the modem (required: read-only by default)")


def require_write(args: argparse.Namespace, what: str) -> None:
    if not getattr(args, "allow_write", False):
        print(tr("Cli", "simtool: {what} changes the modem; nothing was changed. Add "
                 "--allow-write to do it.").format(what=what), file=sys.stderr)
        raise CommandFailed(ExitCode.WRITE_REFUSED)


def fail(message: str, code: ExitCode) -> CommandFailed:
    # Messages quote the modem at times: nothing in them may drive the terminal.
    print(f"simtool: {printable(message)}", file=sys.stderr)
    return CommandFailed(code)


@contextmanager
def modem_session(args: argparse.Namespace) -> Iterator[AtSession]:
    """An AT session on --port; port and usage errors become messages and exit codes."""
    from simtool.sources import kind_of
    from simtool.sources.at.source import not_at_error
    from simtool.transport.port import open_port

    if kind_of(args.port) in ("hilink", "zte"):
        raise fail(tr("Cli", "{port} is a stick or router read over its web interface: this "
                      "command needs an AT port. For such a device: simtool check, data, "
                      "profile, balance, ussd, topup.").format(port=args.port), ExitCode.USAGE)

    try:
        port = open_port(args.port)
    except PortError as error:
        remedy = f"\n{error.remedy}" if error.remedy else ""
        raise fail(f"{error}{remedy}", ExitCode.UNREACHABLE) from error
    try:
        session = AtSession(port, default_timeout=float(args.timeout))
        # The liveness probe doubles as the switch to numeric +CME errors, so refusals can
        # be explained ("16: incorrect password"); a session setting only, and a modem that
        # refuses it still answers (ERROR), which is all the probe needs. An explicit
        # --timeout is how long this first answer may take too.
        first = session.command("AT+CMEE=1", timeout=float(args.timeout) if given(args.timeout)
                                else DEFAULT_PROBE_TIMEOUT)
        problem = not_at_error(session, args.port, first)
        if problem is not None:
            remedy = f"\n{problem.remedy}" if problem.remedy else ""
            raise fail(f"{problem}{remedy}", ExitCode.UNREACHABLE)
        if not first.complete:
            raise fail(tr("Cli", "the modem on {port} does not answer AT. Is it the AT port? "
                          "Try 'simtool ports --probe'.").format(port=args.port),
                       ExitCode.UNREACHABLE)
        yield session
    except PortError as error:
        raise fail(str(error), ExitCode.UNREACHABLE) from error
    except UsageError as error:
        raise fail(str(error), ExitCode.USAGE) from error
    except SimtoolError as error:
        raise fail(str(error), ExitCode.PROBLEM) from error
    finally:
        try:
            port.close()
        except Exception:  # noqa: BLE001 - a vanished port may not close cleanly
            pass


def sim_providers(session: AtSession) -> list[Provider]:
    """The provider database entries for the SIM's home network; a clear failure when the
    SIM does not give its IMSI (locked or missing), rather than "no entry"."""
    from simtool.actions.apn import providers_for_sim

    imsi, providers = providers_for_sim(session)
    if imsi is None:
        raise fail(tr("Cli", "the SIM did not give its IMSI, so its operator is unknown (is it "
                      "locked or missing? 'simtool check' tells)."), ExitCode.PROBLEM)
    return providers
