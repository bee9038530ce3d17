"""`simtool simulate SCENARIO --pty`: serve a simulated modem on a pseudo-terminal.

The device path is the first line on stdout, so scripts can do
`dev=$(simtool simulate healthy --pty | head -1)`; the modem keeps its state until
SIGTERM/SIGINT, across any number of client opens. `--unix PATH` (or `--unix abstract:NAME`)
serves it on a unix stream socket instead, the kind of port ModemManager's test profiles
connect to; the first line on stdout is then the address.

Options that force a behaviour, for testing AT clients against a real pseudo-terminal:
--scan SECONDS (how long AT+COPS=? scans), --busy-replies N (the SIM answers its first N reads
with "SIM busy", then is ready), --interleave creg,cereg,ring,rssi (URCs slipped between the
lines of multi-line replies), --no-final CSQ,COPS (those commands never get their final
result code). The echo is on after power-up, as on real modems.
"""

from __future__ import annotations

import argparse
import signal
import sys
from types import FrameType

from simtool.cli import ExitCode
from simtool.cli.numbers import seconds_or_zero
from simtool.i18n import tr
from simtool.sim.personalities import VENDORS
from simtool.sim.scenarios import SCENARIOS

TYPE_CHECKING = False
if TYPE_CHECKING:
    from simtool.sim.pty import PtyServer
    from simtool.sim.unix import UnixServer


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("scenario", nargs="?", metavar="SCENARIO",
                        help="what is wrong with the modem: " + ", ".join(SCENARIOS))
    parser.add_argument("--vendor", default="generic", choices=VENDORS,
                        help="vendor personality (default: generic)")
    parser.add_argument("--latency", type=seconds_or_zero, default=0.0, metavar="MS",
                        help="reply delay per command in milliseconds (default 0)")
    parser.add_argument("--operator", default="46000", metavar="MCCMNC",
                        help="home network of the SIM (default 46000)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the flaky scenario")
    parser.add_argument("--busy", type=seconds_or_zero, default=3.0, metavar="SECONDS",
                        help="how long sim-busy initialises (default 3)")
    parser.add_argument("--cause", type=int, metavar="N",
                        help="reject or session cause of the scenario")
    parser.add_argument("--scan", type=seconds_or_zero, default=2.0, metavar="SECONDS",
                        help="how long AT+COPS=? scans for networks (default 2)")
    parser.add_argument("--busy-replies", type=int, default=0, metavar="N",
                        help="the SIM answers its first N reads with 'SIM busy' (+CME ERROR: 14),"
                             " then is ready")
    parser.add_argument("--interleave", default="", metavar="URCS",
                        help="URCs slipped between the lines of every multi-line reply: "
                             "comma-separated from creg, cereg, ring, rssi")
    parser.add_argument("--no-final", default="", metavar="COMMANDS",
                        help="replies to these commands (e.g. CSQ,COPS) never get their final "
                             "result code")
    parser.add_argument("--sms", type=float, default=0.5, metavar="SECONDS",
                        help="how long the operator's SMS service takes to answer (default 0.5)")
    parser.add_argument("--sms-store", choices=("SM", "ME"), type=str.upper,
                        help="where received SMS are stored (+CPMS <mem3>; default: where the "
                        "vendor stores them, the SIM (SM) for most, the modem's memory (ME) for "
                        "Quectel); reading stays on the vendor's store")
    parser.add_argument("--mode", choices=("redirect", "cut", "throttle"),
                        help="quota-exhausted: redirect to a top-up page (default), cut off, "
                             "or throttle")
    parser.add_argument("--bind", choices=("silent", "pdn-reject", "attach-reject"),
                        help="device-bound: how the network treats the moved card (default "
                             "silent: session up, nothing passes)")
    parser.add_argument("--inbox", choices=("none", "read", "unread"), default="unread",
                        help="the stored SMS: none, all read, or as the scenario has them "
                             "(default)")
    parser.add_argument("--pty", action="store_true",
                        help="serve on a pseudo-terminal and print its path")
    parser.add_argument("--unix", metavar="PATH",
                        help="serve on a unix socket (a path, or abstract:NAME) and print its "
                        "address; ModemManager's test profiles connect to one (Linux)")
    parser.add_argument("--hilink", metavar="HOST:PORT",
                        help="serve it as a Huawei HiLink stick's web API (no AT port) and print "
                        "its hilink:// URL (port 0: any free port)")
    parser.add_argument("--zte", metavar="HOST:PORT",
                        help="serve it as a ZTE pocket router's goform web API and print its "
                        "zte:// URL")
    parser.add_argument("--admin-password", metavar="TEXT",
                        help="web devices: the simulated device's admin password (switches its "
                        "login on; default: no login)")
    parser.add_argument("--gate", choices=("some", "all"), default="some",
                        help="web devices with a password: what needs the login (some: identity, "
                        "APN and SMS on HiLink, network facts on ZTE; all: everything)")
    parser.add_argument("--data-off", action="store_true",
                        help="web devices: the device's mobile-data switch is off")
    parser.add_argument("--data-limit", type=int, metavar="MB",
                        help="web devices: a monthly data limit set on the device")
    parser.add_argument("--data-used", type=float, default=0.0, metavar="MB",
                        help="web devices: what the device counted this month (default 0)")
    parser.add_argument("--quirk", default="", metavar="NAMES",
                        help="web devices: misbehave like real ones; comma-separated from "
                        "html, redirect, stall, unknown-code, scram, old-token")
    parser.add_argument("--list", action="store_true", help="list scenarios and vendors")


def _print_list() -> None:
    print(tr("Cli", "Scenarios:"))
    for name, scenario in SCENARIOS.items():
        print(f"  {name:<22} {tr('Simulator', scenario.summary)}")
    print(tr("Cli", "Vendors: {names}").format(names=", ".join(VENDORS)))
    print(tr("Cli", "In-process URL: sim://SCENARIO?vendor=NAME&latency=MS&operator=MCCMNC"))


def run(args: argparse.Namespace) -> int:
    if args.list:
        _print_list()
        return ExitCode.OK
    if not args.scenario or args.scenario not in SCENARIOS:
        print(tr("Cli", "simtool simulate: choose a scenario: {names}").format(
            names=", ".join(SCENARIOS)), file=sys.stderr)
        return ExitCode.USAGE
    if args.hilink or args.zte:
        return _serve_web(args)
    if args.pty and args.unix:
        print(tr("Cli", "simtool simulate: use --pty or --unix, not both"), file=sys.stderr)
        return ExitCode.USAGE
    if not args.pty and not args.unix:
        print(tr("Cli", "simtool simulate: add --pty to serve the modem on a pseudo-terminal. "
                 "Programs using simtool can open sim://{scenario} directly; --list shows "
                 "all scenarios and vendors.").format(scenario=args.scenario), file=sys.stderr)
        return ExitCode.USAGE
    if sys.platform == "win32":
        print(tr("Cli", "simtool simulate: pseudo-terminals need Linux or macOS; "
                 "use the sim:// URL instead."), file=sys.stderr)
        return ExitCode.USAGE
    if args.unix and args.unix.startswith("abstract:") and not sys.platform.startswith("linux"):
        print(tr("Cli", "simtool simulate: abstract: socket names exist on Linux only; give a "
                 "socket file path instead."), file=sys.stderr)
        return ExitCode.USAGE

    from simtool.sim.modem import Config, Modem, parse_command_list, parse_interleave
    from simtool.sim.scenarios import network

    try:
        network(args.operator)
        interleave = parse_interleave(args.interleave)
        no_final = parse_command_list(args.no_final) if args.no_final else ()
    except ValueError as error:
        print(f"simtool simulate: {error}", file=sys.stderr)
        return ExitCode.USAGE
    config = Config(scenario=args.scenario, vendor=args.vendor, operator=args.operator,
                    seed=args.seed, busy_seconds=args.busy, cause=args.cause,
                    scan_seconds=max(0.0, args.scan), busy_replies=max(0, args.busy_replies),
                    interleave=interleave, no_final=no_final,
                    sms_seconds=max(0.0, args.sms), sms_store=args.sms_store, mode=args.mode,
                    bind=args.bind, inbox=args.inbox)
    latency = max(0.0, args.latency) / 1000.0
    server: PtyServer | UnixServer
    if args.unix:
        from simtool.sim.unix import UnixServer

        try:
            server = UnixServer(Modem(config), args.unix, latency=latency)
        except (OSError, ValueError) as error:
            print(tr("Cli", "simtool simulate: cannot listen on {address}: {reason}").format(
                address=args.unix, reason=error), file=sys.stderr)
            return ExitCode.USAGE
        where = args.unix
    else:
        from simtool.sim.pty import PtyServer

        server = PtyServer(Modem(config), latency=latency)
        where = server.path

    def stop(signum: int, frame: FrameType | None) -> None:
        server.stop()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    print(where, flush=True)
    print(tr("Cli", "Serving the simulated modem ({scenario}, {vendor}) on {path}; "
             "stop with Ctrl+C.").format(scenario=args.scenario, vendor=args.vendor,
                                         path=where), file=sys.stderr, flush=True)
    try:
        server.serve()
    finally:
        server.close()
    return ExitCode.OK


def _serve_web(args: argparse.Namespace) -> int:
    """`--hilink/--zte HOST:PORT`: the scenario as a stick's or router's web API."""
    from simtool.sim.modem import Config, Modem
    from simtool.sim.scenarios import network
    from simtool.sim.web.common import QUIRKS, DeviceSettings
    from simtool.transport.http import split_host_port

    if args.hilink and args.zte:
        print(tr("Cli", "simtool simulate: choose --hilink or --zte, not both"), file=sys.stderr)
        return ExitCode.USAGE
    kind = "hilink" if args.hilink else "zte"
    from simtool.sim.web import hilink, zte

    device_class = hilink.HilinkDevice if kind == "hilink" else zte.ZteDevice
    unmapped = hilink.UNMAPPED if kind == "hilink" else zte.UNMAPPED
    if args.scenario in unmapped:
        print(tr("Cli", "simtool simulate: the {scenario} scenario has no counterpart in this "
                 "device's web API (see docs/web-devices.md); these do not map: {names}").format(
            scenario=args.scenario, names=", ".join(unmapped)), file=sys.stderr)
        return ExitCode.USAGE
    quirks = frozenset(q.strip() for q in args.quirk.split(",") if q.strip())
    try:
        host, port = split_host_port(args.hilink or args.zte, any_port=True)
        network(args.operator)
        unknown = sorted(quirks - set(QUIRKS))
        if unknown:
            raise ValueError(f"unknown quirk {unknown[0]!r}; choose from {', '.join(QUIRKS)}")
    except ValueError as error:
        print(f"simtool simulate: {error}", file=sys.stderr)
        return ExitCode.USAGE
    # The stick's own modem: a Huawei or ZTE personality unless another one was asked for.
    vendor = ("huawei" if kind == "hilink" else "zte") if args.vendor == "generic" else args.vendor
    config = Config(scenario=args.scenario, vendor=vendor, operator=args.operator,
                    seed=args.seed, busy_seconds=args.busy, cause=args.cause)
    settings = DeviceSettings(data_switch=not args.data_off, data_limit_mb=args.data_limit,
                              data_used_mb=max(0.0, args.data_used),
                              password=args.admin_password, gate=args.gate, quirks=quirks,
                              latency=max(0.0, args.latency) / 1000.0)
    device = device_class(Modem(config), settings)
    try:
        device.start(host, port)
    except OSError as error:
        print(tr("Cli", "simtool simulate: cannot serve on {host}:{port}: {error}").format(
            host=host, port=port, error=error.strerror or error), file=sys.stderr)
        return ExitCode.USAGE

    def stop(signum: int, frame: FrameType | None) -> None:
        device._stop.set()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    print(f"{kind}://{device.where}", flush=True)
    print(tr("Cli", "Serving the simulated device ({scenario}) as {kind}://{where}; stop with "
             "Ctrl+C.").format(scenario=args.scenario, kind=kind, where=device.where),
          file=sys.stderr, flush=True)
    try:
        device.serve()
    finally:
        device.stop()
    return ExitCode.OK
