"""`simtool apn`: show the modem's data contexts next to what the operator expects; set the
APN (by hand or from the provider database) with --allow-write; --undo restores it."""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING

from simtool.cli import ExitCode
from simtool.cli.common import (
    add_allow_write,
    add_port,
    fail,
    modem_session,
    require_write,
    sim_providers,
)
from simtool.i18n import tr
from simtool.safetext import printable

if TYPE_CHECKING:
    from simtool.at.parsers.packet import PdpDefinition
    from simtool.providers.database import Apn, Provider


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_port(parser)
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--set", metavar="APN", help="set this APN")
    group.add_argument("--set-from-provider", action="store_true",
                       help="set the internet APN the provider database lists for the SIM")
    group.add_argument("--undo", action="store_true", help="restore the APN before the last change")
    parser.add_argument("--provider", metavar="NAME",
                        help="with --set-from-provider: which provider, when several share "
                        "the SIM's network")
    parser.add_argument("--cid", type=int, default=1, help="context id (default: 1)")
    parser.add_argument("--pdp-type", choices=("IP", "IPV6", "IPV4V6"),
                        help="PDP type (default: keep the current one, else IP)")
    parser.add_argument("--user", metavar="U", help="APN user name")
    parser.add_argument("--password-env", metavar="VAR",
                        help="read the APN password from environment variable VAR")
    add_allow_write(parser)


def _validated(args: argparse.Namespace) -> str | None:
    """Check everything the user typed before the port is opened; returns the password."""
    from simtool.actions import validate
    from simtool.errors import ValidationError

    password = None
    if args.password_env:
        password = os.environ.get(args.password_env)
        if password is None:
            raise fail(tr("Cli", "environment variable {var} is not set").format(
                var=args.password_env), ExitCode.USAGE)
    try:
        validate.cid(args.cid)
        if args.set is not None:
            validate.apn(args.set)
        if args.user is not None:
            validate.credential(args.user, tr("Apn", "The user name"))
        if password is not None:
            validate.credential(password, tr("Apn", "The password"))
    except ValidationError as error:
        raise fail(str(error), ExitCode.USAGE) from error
    return password


def run(args: argparse.Namespace) -> int:
    from simtool.actions.apn import ApnError, providers_for_sim, read_contexts, set_apn, undo

    writing = bool(args.set is not None or args.set_from_provider or args.undo)
    if writing:
        require_write(args, tr("Cli", "setting the APN"))
    password = _validated(args)
    with modem_session(args) as session:
        try:
            if args.undo:
                change = undo(session)
            elif writing:
                apn, user = args.set, args.user
                if args.set_from_provider:
                    entry = _choose(sim_providers(session), args.provider)
                    apn = entry.name
                    # The database's credentials, unless the user gave their own.
                    if user is None and password is None and (entry.username or entry.password):
                        user, password = entry.username, entry.password
                change = set_apn(session, apn, cid=args.cid, pdp_type=args.pdp_type,
                                 user=user, password=password)
            else:
                _, providers = providers_for_sim(session)
                _show(read_contexts(session), providers)
                return ExitCode.OK
        except ApnError as error:
            raise fail(str(error), ExitCode.PROBLEM) from error
    old = change.old.apn if change.old else None
    if not change.changed and change.credentials:
        print(tr("Cli", "Context {cid}: APN {apn}, user name and password set.").format(
            cid=change.cid, apn=printable(repr(change.new.apn))))
        print(tr("Cli", "Undo with 'simtool apn --undo --allow-write'."))
        return ExitCode.OK
    if not change.changed and change.sent:
        # The write went out and was answered OK, yet the context reads as before.
        print(tr("Cli", "The modem answered OK, but context {cid} still has APN {apn}: it did "
                 "not apply the change.").format(cid=change.cid,
                                                 apn=printable(repr(change.new.apn))),
              file=sys.stderr)
        return ExitCode.PROBLEM
    if not change.changed:
        print(tr("Cli", "Context {cid} already has APN {apn}; nothing was changed.").format(
            cid=change.cid, apn=printable(repr(change.new.apn))))
        return ExitCode.OK
    print(tr("Cli", "Context {cid}: APN {old} -> {new}.").format(
        cid=change.cid, old=printable(repr(old)) if old is not None else "-",
        new=printable(repr(change.new.apn))))
    if not args.undo:
        print(tr("Cli", "Undo with 'simtool apn --undo --allow-write'."))
    return ExitCode.OK


def _choose(providers: list[Provider], name: str | None) -> Apn:
    """The internet APN entry to set: the only one, or the named provider's."""
    from simtool.actions.apn import internet_apn_entry

    if not providers:
        raise fail(tr("Cli", "the provider database has no entry for this SIM's network; set "
                      "the APN by hand with --set APN (your operator's website lists it)"),
                   ExitCode.PROBLEM)
    choices = [(p, entry) for p in providers if (entry := internet_apn_entry(p)) is not None]
    if name:
        choices = [(p, entry) for p, entry in choices if p.name.lower() == name.lower()]
        if not choices:
            raise fail(tr("Cli", "no provider called {name} for this network; choose from: "
                          "{names}").format(name=name, names=", ".join(p.name for p in providers)),
                       ExitCode.USAGE)
    if not choices:
        raise fail(tr("Cli", "the provider database lists no internet APN for this network"),
                   ExitCode.PROBLEM)
    if len({entry.name for _, entry in choices}) > 1:
        lines = "\n".join(f"  {p.name}: {entry.name}" for p, entry in choices)
        raise fail(tr("Cli", "several providers share this network and expect different APNs:\n"
                      "{lines}\nChoose one with --provider NAME.").format(lines=lines),
                   ExitCode.USAGE)
    return choices[0][1]


def _show(contexts: list[PdpDefinition], providers: list[Provider]) -> None:
    from simtool.actions.apn import internet_apn

    if not contexts:
        print(tr("Cli", "The modem has no data context defined."))
    for ctx in contexts:
        # What the modem reports goes to the terminal without its control characters.
        apn = printable(ctx.apn) if ctx.apn else tr("Cli", "(empty: network-provided)")
        print(tr("Cli", "Context {cid}: {type} APN {apn}").format(
            cid=ctx.cid, type=printable(ctx.pdp_type or "?"), apn=apn))
    if providers:
        for provider in providers:
            print(tr("Cli", "Operator {name} expects: {apn}").format(
                name=provider.name, apn=internet_apn(provider) or "?"))
    else:
        print(tr("Cli", "The provider database has no entry for this SIM's network."),
              file=sys.stderr)
