"""`simtool check`: run the checklist on one or many modems and print the verdict.

Exit codes (contract): 0 no problem, 1 problem found, 2 modem unreachable, 64 usage.
With several modems the worst wins: unreachable (2) over problem (1) over ok (0).
`--all` that finds no modem exits 2 (nothing reachable); no --port and no --all exits 64.
"""

from __future__ import annotations

import argparse
import os
import sys
import threading

from simtool.cli import ExitCode
from simtool.cli.numbers import DefaultSeconds, given, seconds, seconds_or_zero
from simtool.i18n import tr

TYPE_CHECKING = False   # not `from typing`: see simtool/log.py
if TYPE_CHECKING:
    from simtool.at.session import AtSession
    from simtool.facts import Facts
    from simtool.report.model import Report, SupportInfo
    from simtool.runner import CheckOptions
    from simtool.runner import ProgressCallback as Progress
    from simtool.sources.at.source import Step

FORMATS = ("text", "json", "markdown", "html", "pdf", "prometheus", "jsonl")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--port", "-p", action="append", metavar="URL", default=[],
                        help="modem port: /dev/ttyUSB2, COM7, socket://host:port, "
                        "sim://SCENARIO, mm://N (ModemManager, Linux), hilink://HOST, "
                        "zte://HOST (repeatable)")
    parser.add_argument("--all", action="store_true",
                        help="check every modem found on this computer")
    parser.add_argument("--replay", metavar="REPORT.json",
                        help="re-run the checklist on the transcript of a saved JSON report")
    parser.add_argument("--format", "-f", choices=FORMATS, default="text",
                        help="output format (default: text); jsonl: one compact "
                        "simtool.report/1 object per line and modem, for scripts")
    parser.add_argument("--output", "-o", metavar="FILE",
                        help="write the report to FILE (atomically) instead of stdout")
    parser.add_argument("--timeout", type=seconds, default=DefaultSeconds(DEFAULT_TIMEOUT),
                        metavar="S",
                        help="per-command timeout in seconds (default: 10); also how long the "
                        "first answer may take (default: 3)")
    parser.add_argument("--sim-busy-wait", type=seconds_or_zero, default=60.0, metavar="S",
                        help="how long to wait for a SIM that is still starting (default: 60)")
    parser.add_argument("--deadline", type=seconds, metavar="S",
                        help="end the whole check within S seconds, whatever the modem does "
                        "(default: 120, plus 150 with --connect-test and 30 with --balance)"),
    parser.add_argument("--redact", action="store_true",
                        help="mask IMEI, IMSI, ICCID and phone number (keeps the last 4 digits)")
    parser.add_argument("--symptom", metavar="TEXT", help="what you see, in your own words")
    parser.add_argument("--last-worked", metavar="WHEN", help="when it last worked")
    parser.add_argument("--device-changed", choices=("yes", "no"),
                        help="was the device or the card changed since it last worked?")
    parser.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                        help="colour in text output (default: auto = only on a terminal)")
    parser.add_argument("--connect-test", action="store_true",
                        help="also activate the data context once to test it (changes the "
                        "modem's state briefly: needs --allow-write)")
    parser.add_argument("--data-test", action="store_true",
                        help="also test whether traffic passes through the data session "
                        "(the modem's own DNS, web and ping test; may open a session for the "
                        "test and closes it again: needs --allow-write)")
    parser.add_argument("--data-timeout", type=float, default=8.0, metavar="S",
                        help="how long each part of --data-test waits (default: 8)")
    parser.add_argument("--read-unread-sms", action="store_true",
                        help="also read unread SMS on modems that mark them read when read "
                        "(for the operator's notices; needs --allow-write)")
    parser.add_argument("--allow-write", action="store_true",
                        help="allow the changes --connect-test, --inhibit, --data-test and "
                        "--read-unread-sms make, and --balance to send the operator's SMS "
                        "query")
    parser.add_argument("--no-history", action="store_true",
                        help="neither use nor add to the card history on this computer "
                        "('simtool history' shows and clears it)")
    parser.add_argument("--no-modemmanager", action="store_true",
                        help="do not read a port ModemManager holds through ModemManager: "
                        "refuse it instead (it is never opened beside ModemManager)")
    parser.add_argument("--inhibit", action="store_true",
                        help="Linux: ask ModemManager to let go of the modem for the check and "
                        "run the full AT check (ModemManager re-probes it afterwards and its "
                        "connection drops: needs --allow-write)")
    parser.add_argument("--balance", action="store_true",
                        help="also ask the operator for the balance (the provider database's "
                        "USSD code, or its SMS query with --allow-write) and report the answer "
                        "in the account step")
    parser.add_argument("--metrics-identity", action="store_true",
                        help="with --format prometheus: put IMEI and ICCID on "
                        "simtool_modem_info (default: model, firmware and operator only)")
    parser.add_argument("--password-env", metavar="VAR",
                        help="name of the environment variable that holds the admin password "
                        "of a stick or router read over its web API (hilink://, zte://); used "
                        "only when the device asks, one attempt, never stored")
    parser.add_argument("--balance-code", metavar="USSD",
                        help="the balance code to use instead of the database's (implies "
                        "--balance), e.g. *100#")


DEFAULT_TIMEOUT = 10.0
DEFAULT_PROBE_TIMEOUT = 3.0


def _deadline(args: argparse.Namespace) -> float:
    """--deadline, or the default plus the time the asked-for steps may take."""
    if args.deadline is not None:
        return float(args.deadline)
    from simtool.runner import DEFAULT_DEADLINE

    deadline = DEFAULT_DEADLINE
    if args.connect_test:
        from simtool.actions.connect_test import ACTIVATION_TIMEOUT

        deadline += ACTIVATION_TIMEOUT
    if args.balance or args.balance_code is not None:
        from simtool.actions.ussd import USSD_TIMEOUT

        deadline += USSD_TIMEOUT
    return deadline


def exit_code_for(report: Report) -> ExitCode:
    if report.facts.reachable is False:
        return ExitCode.UNREACHABLE
    if report.verdict.status == "ok":
        return ExitCode.OK
    if report.verdict.status == "problem":
        return ExitCode.PROBLEM
    return ExitCode.PROBLEM


def _use_color(choice: str, output: str | None) -> bool:
    if choice == "always":
        return True
    if choice == "never" or output or os.environ.get("NO_COLOR"):
        return False
    return sys.stdout.isatty()


def _support(args: argparse.Namespace) -> SupportInfo | None:
    if args.symptom is None and args.last_worked is None and args.device_changed is None:
        return None       # nothing from the user; and no report import before the first byte
    from simtool.report.model import SupportInfo

    changed = None if args.device_changed is None else args.device_changed == "yes"
    return SupportInfo(symptom=args.symptom, last_worked=args.last_worked,
                       device_changed=changed)


def _ports(args: argparse.Namespace) -> list[str]:
    # The same port twice would be opened twice (busy) and reported twice.
    ports = list(dict.fromkeys(args.port))
    if args.all:
        import time

        from simtool import log
        from simtool.sources.discovery import discover_all

        started = time.monotonic()
        found_urls = [found.url for found in discover_all()]
        if log.VERBOSITY:
            log.note(f"--all: found {len(found_urls)} modems in "
                     f"{time.monotonic() - started:.3f} s: {', '.join(found_urls) or 'none'}")
        ports.extend(url for url in found_urls if url not in ports)
    return ports


def _progress_printer(url: str, quiet: bool):  # type: ignore[no-untyped-def]
    """Progress lines on stderr, only for a person at a terminal; with -v always, timed."""
    from simtool import log

    if log.VERBOSITY:
        def timed(step: str, message: str) -> None:
            log.note(f"{url}: {step}: {message}")

        return timed
    if quiet or not sys.stderr.isatty():
        return None

    def progress(step: str, message: str) -> None:
        print(f"  {url}: {message}", file=sys.stderr, flush=True)

    return progress


def _notice(text: str) -> None:
    """What simtool decided for the user (read through ModemManager, ...): always on stderr,
    so scripts reading stdout are not disturbed."""
    print(f"simtool: {text}", file=sys.stderr, flush=True)


def _steps(args: argparse.Namespace, progress: Progress | None = None) -> list[Step]:
    """What the user asked for on top of the read-only check, run on the open session after
    the read (their modules are imported then, not before the first byte)."""
    steps: list[Step] = []
    if args.read_unread_sms:
        def unread_sms(session: AtSession, facts: Facts) -> None:
            from simtool.actions.notices import read_unread_step

            read_unread_step(session, facts)

        steps.append(unread_sms)
    if args.connect_test:
        def connection_test(session: AtSession, facts: Facts) -> None:
            from simtool.actions.connect_test import record_connection_test

            record_connection_test(session, facts)

        steps.append(connection_test)
    if args.data_test:
        def data_test(session: AtSession, facts: Facts) -> None:
            from simtool.actions.data_test import data_path_step

            data_path_step(session, facts, timeout=args.data_timeout,
                           progress=(lambda message: progress("data-path", message))
                           if progress else None)

        steps.append(data_test)
    if args.balance or args.balance_code is not None:
        def balance(session: AtSession, facts: Facts) -> None:
            from simtool.actions.account import balance_step

            balance_step(session, facts, args.balance_code, allow_sms=args.allow_write)

        steps.append(balance)
    return steps


def run(args: argparse.Namespace) -> int:
    import gc

    # A check allocates its objects once (modules, facts, the report) and leaves no garbage
    # worth collecting before it ends: the cyclic collector's ~40 passes over them cost
    # 3-8 ms of a check through ModemManager (~0.1 s). Off while this command runs.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _run(args)
    finally:
        if enabled:
            gc.enable()


def _run(args: argparse.Namespace) -> int:
    from simtool.runner import CheckOptions, run_check

    if args.replay and (args.port or args.all):
        print(tr("Cli", "simtool check: use --replay or --port, not both"), file=sys.stderr)
        return ExitCode.USAGE
    if args.format == "pdf" and not args.output:
        print(tr("Cli", "simtool check: --format pdf needs --output FILE"), file=sys.stderr)
        return ExitCode.USAGE
    if args.format == "pdf":
        from simtool.extras import missing_qt

        missing = missing_qt(tr("Cli", "The PDF report"))
        if missing:     # said before the check runs, not after it
            print(f"simtool check: {missing}\n" + tr(
                "Cli", "Without Qt, --format html gives the same report (a browser prints it "
                "to PDF)."), file=sys.stderr)
            return ExitCode.USAGE
    if args.output:
        # A folder, a link, a device: refused before the modem is even asked.
        from simtool.fileio import OutputError, check_target

        try:
            check_target(args.output)
        except OutputError as error:
            print(f"simtool check: {error}", file=sys.stderr)
            return ExitCode.USAGE if error.usage else ExitCode.UNREACHABLE
    if args.connect_test and not args.allow_write:
        print(tr("Cli", "simtool check: --connect-test activates the data context; nothing "
                 "was changed. Add --allow-write to do it."), file=sys.stderr)
        return ExitCode.WRITE_REFUSED
    if args.inhibit and not args.allow_write:
        print(tr("Cli", "simtool check: --inhibit makes ModemManager let go of the modem, which "
                 "drops its connection; nothing was changed. Add --allow-write to do it."),
              file=sys.stderr)
        return ExitCode.WRITE_REFUSED
    if args.inhibit and (args.replay or args.all):
        print(tr("Cli", "simtool check: --inhibit needs one --port (a device path or mm://N)"),
              file=sys.stderr)
        return ExitCode.USAGE
    if args.connect_test and args.replay:
        print(tr("Cli", "simtool check: --connect-test needs a modem, not --replay"),
              file=sys.stderr)
        return ExitCode.USAGE
    for flag, wanted, what in (
            ("--data-test", args.data_test, tr("Cli", "may open a data session for the test")),
            ("--read-unread-sms", args.read_unread_sms,
             tr("Cli", "marks the unread SMS it reads as read"))):
        if wanted and args.replay:
            print(tr("Cli", "simtool check: {flag} needs a modem, not --replay").format(
                flag=flag), file=sys.stderr)
            return ExitCode.USAGE
        if wanted and not args.allow_write:
            print(tr("Cli", "simtool check: {flag} {what}; nothing was changed. Add "
                     "--allow-write to do it.").format(flag=flag, what=what), file=sys.stderr)
            return ExitCode.WRITE_REFUSED
    if args.data_timeout <= 0:
        print(tr("Cli", "simtool check: --data-timeout must be more than 0 seconds"),
              file=sys.stderr)
        return ExitCode.USAGE
    if args.balance_code is not None:
        from simtool.actions import validate
        from simtool.errors import ValidationError

        try:
            validate.ussd(args.balance_code)
        except ValidationError as error:
            print(f"simtool check: {error}", file=sys.stderr)
            return ExitCode.USAGE
    if (args.balance or args.balance_code) and args.replay:
        print(tr("Cli", "simtool check: --balance asks the operator through a modem, not "
                 "--replay"), file=sys.stderr)
        return ExitCode.USAGE
    credentials = None
    if args.password_env:
        password = os.environ.get(args.password_env)
        if not password:
            print(tr("Cli", "simtool check: the environment variable {name} (--password-env) is "
                     "not set or empty").format(name=args.password_env), file=sys.stderr)
            return ExitCode.USAGE
        from simtool.sources.base import Credentials

        credentials = Credentials(password)
    quiet_progress = args.format != "text" or len(args.port) > 1 or args.all
    first_port = args.port[0] if args.port else "?"
    # An explicit --timeout also bounds the first answer (a modem slow to answer its first
    # command is given that long); by default a silent port is given up after 3 s.
    options = CheckOptions(timeout=float(args.timeout),
                           probe_timeout=float(args.timeout) if given(args.timeout)
                           else DEFAULT_PROBE_TIMEOUT,
                           sim_busy_wait=args.sim_busy_wait,
                           support=_support(args),
                           steps=_steps(args, _progress_printer(first_port, quiet_progress)),
                           use_modemmanager=not args.no_modemmanager, inhibit=args.inhibit,
                           notice=_notice, credentials=credentials,
                           history=not args.no_history and not args.replay,
                           data_test=args.data_test, deadline=_deadline(args))
    if args.replay:
        from simtool.runner import replay_report
        from simtool.sources.at.replay import ReplayError

        try:
            reports = [replay_report(args.replay, options)]
        except ReplayError as error:
            print(f"simtool check: {error}", file=sys.stderr)
            return ExitCode.USAGE
    else:
        from simtool.sources import kind_of

        ports = _ports(args)
        if not ports:
            print(tr("Cli", "simtool check: no modem given and none found. Name one with "
                     "--port URL (e.g. --port /dev/ttyUSB2), list ports with 'simtool ports', "
                     "or try the simulator: simtool check --port sim://healthy"),
                  file=sys.stderr)
            if args.all and args.format == "prometheus":
                _emit_no_modem(args)     # simtool_up 0: the old file must not stay "up"
            return ExitCode.USAGE if not args.all else ExitCode.UNREACHABLE
        if len(ports) > 1 and args.format in ("pdf", "html"):
            print(tr("Cli", "simtool check: --format {format} makes one document per modem; "
                     "check one --port at a time, or use text, json or prometheus for "
                     "several.").format(format=args.format), file=sys.stderr)
            return ExitCode.USAGE
        web = [url for url in ports if kind_of(url) in ("hilink", "zte")]
        if web and (args.balance or args.balance_code or args.connect_test):
            print(tr("Cli", "simtool check: --balance and --connect-test run on AT ports only; "
                     "for {url} use `simtool balance --port {url}` (or `simtool data on`)."
                     ).format(url=web[0]), file=sys.stderr)
        quiet = args.format != "text" or len(ports) > 1
        if len(ports) == 1:
            reports = [run_check(ports[0], options, _progress_printer(ports[0], quiet))]
        else:
            reports = _check_several(ports, options)
    if args.verbose:
        _note_outcomes(reports)
    return _emit(reports, args)


def _check_several(ports: list[str], options: CheckOptions) -> list[Report]:
    """Check `ports` at once. Ctrl-C cancels every running check, so the command ends within
    a command's time, the modems left as they were found: before, the thread pool's exit
    waited for each check to run to its end (up to the deadline) while the user waited."""
    from concurrent.futures import ThreadPoolExecutor

    from simtool.runner import CheckRun, preload

    preload()   # imports done once, here: threads must not import modules together
    runs: list[CheckRun] = []
    lock = threading.Lock()
    stopping = threading.Event()

    def check(url: str) -> Report:
        run = CheckRun(url, options, _progress_printer(url, True))
        with lock:
            runs.append(run)
            if stopping.is_set():
                run.cancel()
        return run.run()

    # Checks wait on modems, not the CPU: one thread per modem, up to a sane bound.
    pool = ThreadPoolExecutor(max_workers=min(128, len(ports)))
    try:
        return list(pool.map(check, ports))
    except KeyboardInterrupt:
        stopping.set()
        with lock:
            for run in runs:
                run.cancel()
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _note_outcomes(reports: list[Report]) -> None:
    """-v: each modem's verdict and how many AT round trips it took."""
    from simtool import log

    for report in reports:
        sent = sum(entry.text.count("\r") for entry in report.transcript if entry.dir == "tx")
        log.note(f"{report.facts.port.url}: verdict {report.verdict.status}"
                 f"{' (' + report.verdict.check + ')' if report.verdict.check else ''}, "
                 f"{sent} commands")


def _emit(reports: list[Report], args: argparse.Namespace) -> int:
    from simtool.report import render

    color = _use_color(args.color, args.output)
    if args.format == "prometheus":
        from simtool.report.prometheus import to_prometheus

        out: str | bytes = to_prometheus([_exported(r, args.redact) for r in reports],
                                         identity=args.metrics_identity)
    elif args.format == "jsonl":
        out = _json_lines(reports, args.redact)
    elif args.format == "json" and (len(reports) > 1 or args.all):
        # JSON Lines: one report object per line, for log shippers and jq. Always with --all,
        # so a script gets the same shape whether it finds one modem or ten.
        import json

        out = "".join(json.dumps(_exported(r, args.redact).to_dict(), ensure_ascii=False) + "\n"
                      for r in reports)
    else:
        parts = [render(r, args.format, redact=args.redact, color=color) for r in reports]
        if (len(reports) > 1 or args.all) and args.format in ("text", "markdown"):
            parts = [_headed(r, str(p), args.format) for r, p in zip(reports, parts, strict=True)]
        if isinstance(parts[0], bytes):
            out = parts[0]
        else:
            out = "\n".join(str(p) for p in parts)
    if args.format in ("json", "jsonl") and not args.output and isinstance(out, str):
        out = _json_for_stdout(out, args.format)
    if args.output:
        from simtool.fileio import OutputError, write_atomic

        try:
            # Metrics are read by a collector running as another user (node_exporter).
            write_atomic(args.output, out,
                         mode=0o644 if args.format == "prometheus" else None)
        except OutputError as error:
            # The old file, if any, is as it was. 64: name another file; 2: I/O failed.
            print(f"simtool check: {error}", file=sys.stderr)
            return ExitCode.USAGE if error.usage else ExitCode.UNREACHABLE
    elif isinstance(out, bytes):
        sys.stdout.buffer.write(out)
    else:
        sys.stdout.write(out if out.endswith("\n") else out + "\n")
    sys.stdout.flush()
    return max(exit_code_for(r) for r in reports)


def _json_for_stdout(out: str, fmt: str) -> str:
    """JSON as it is on a UTF-8 stdout; \\u escapes on any other, so it stays exact."""
    from simtool.cli import _utf8

    if _utf8(sys.stdout):
        return out
    from simtool.cli.output import stdout_is_unicode

    if stdout_is_unicode():
        return out
    import json

    if fmt == "jsonl":
        return "".join(json.dumps(json.loads(line), separators=(",", ":")) + "\n"
                       for line in out.splitlines() if line)
    if "\n{" in out.strip():       # several reports, one per line
        return "".join(json.dumps(json.loads(line)) + "\n" for line in out.splitlines() if line)
    return json.dumps(json.loads(out), indent=2) + "\n"


def _json_lines(reports: list[Report], redact: bool) -> str:
    """One compact simtool.report/1 object per line (its `schema` key first), one per modem."""
    import json

    return "".join(json.dumps(_exported(r, redact).to_dict(), ensure_ascii=False,
                              separators=(",", ":")) + "\n" for r in reports)


def _emit_no_modem(args: argparse.Namespace) -> None:
    """`--all --format prometheus` that found no modem still writes its metrics:
    simtool_up{reason="no-modem"} 0, replacing what an earlier run left."""
    import time

    from simtool.report.prometheus import to_prometheus

    out = to_prometheus([], no_modem_at=time.time())
    if args.output:
        from simtool.fileio import write_atomic

        write_atomic(args.output, out, mode=0o644)
    else:
        sys.stdout.write(out)
        sys.stdout.flush()


def _headed(report: Report, body: str, fmt: str) -> str:
    """One modem's section of a fleet report, headed by its port."""
    title = tr("Cli", "Modem on {port}").format(
        port=report.facts.port.url or report.facts.port.device or "?")
    if fmt == "markdown":
        return f"# {title}\n\n{body}"
    return f"{title}\n{'=' * len(title)}\n{body}"


def _exported(report: Report, redact: bool) -> Report:
    """What goes out: PIN/PUK arguments always masked, identifiers too with --redact."""
    from simtool.report.redact import redact_report, scrub_secrets

    return redact_report(report) if redact else scrub_secrets(report)
