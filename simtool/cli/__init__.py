"""The command line. Subcommands live in their own modules and are imported lazily,
so `simtool check` never pays for the GUI (and never imports Qt)."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from enum import IntEnum

from simtool import __version__


class ExitCode(IntEnum):
    """Exit codes of every subcommand (contract: `check` uses 0/1/2/64)."""

    OK = 0
    PROBLEM = 1
    UNREACHABLE = 2
    WRITE_REFUSED = 3
    INTERRUPTED = 130
    USAGE = 64


class CommandFailed(Exception):
    """Carries a subcommand's exit code out after its message was printed."""

    def __init__(self, code: ExitCode) -> None:
        super().__init__(int(code))
        self.code = code


# name -> (module under simtool.cli, one-line help). Each module defines
# `add_arguments(parser)` and `run(args) -> int`.
SUBCOMMANDS: dict[str, tuple[str, str]] = {
    "check": ("check", "run the troubleshooting checklist on a modem"),
    "ports": ("ports", "list serial ports and find the modem's AT port"),
    "watch": ("watch", "sample signal and registration until stopped"),
    "simulate": ("simulate", "serve a simulated modem on a pseudo-terminal"),
    "unlock": ("unlock", "enter the SIM PIN (or PUK) safely"),
    "radio": ("radio", "switch the modem's radio on or off"),
    "apn": ("apn", "show or set the APN (access point name)"),
    "connect-test": ("connect_test", "activate the data context once and report the result"),
    "ussd": ("ussd", "run a USSD code (balance, menus)"),
    "balance": ("balance", "check the balance with the operator's USSD code"),
    "topup": ("topup", "top up with a voucher through the operator's USSD code"),
    "data": ("data", "switch mobile data on or off on a stick or router (hilink://)"),
    "profile": ("profile", "list or select the APN profile of a stick or router (hilink://)"),
    "history": ("history", "show or clear the card history (cards by ICCID, their devices)"),
    "gui": ("gui", "open the desktop app"),
    "exporter": ("exporter", "serve the checks' metrics over HTTP for Prometheus"),
    "help": ("help", "show the help of simtool or of one command"),
}


class HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """argparse's formatter, sized without importing `shutil`: argparse makes a formatter for
    every add_argument, and shutil pulls in zlib, bz2 and lzma (~2.5 ms of every run).
    Description and epilog keep their line breaks (the examples and exit codes)."""

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24,
                 width: int | None = None) -> None:
        super().__init__(prog, indent_increment, max_help_position,
                         _terminal_columns() - 2 if width is None else width)


def _terminal_columns() -> int:
    """$COLUMNS, else the terminal's width, else 80 (what shutil.get_terminal_size does)."""
    try:
        columns = int(os.environ.get("COLUMNS", ""))
    except ValueError:
        columns = 0
    if columns > 0:
        return columns
    stdout = sys.__stdout__
    try:
        return (os.get_terminal_size(stdout.fileno()).columns if stdout else 0) or 80
    except (AttributeError, ValueError, OSError):
        return 80


def _epilog(name: str) -> str:
    from simtool.cli.helptext import epilog

    return epilog(name)


def _top_parser(with_help: bool = True) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="simtool", formatter_class=HelpFormatter,
        description="Find out why a SIM card or cellular modem gives no service.",
        epilog=_epilog("") if with_help else None,
    )
    parser.add_argument("--version", action="version", version=f"simtool {__version__}")
    parser.add_argument("command", nargs="?", choices=list(SUBCOMMANDS),
                        metavar="COMMAND", help=", ".join(SUBCOMMANDS))
    return parser


def add_common(parser: argparse.ArgumentParser) -> None:
    """Options every subcommand takes."""
    parser.add_argument("--lang", metavar="LANG",
                        help="output language: en or zh_CN (default: the one chosen in the app, "
                        "else the system locale)")
    parser.add_argument("-v", "--verbose", action="count", default=0,
                        help="on stderr: -v the steps and their timings; -vv also the AT "
                        "exchange with timings (PIN, PUK and passwords masked)")


def build_parser(name: str | None, with_help: bool = True) -> argparse.ArgumentParser:
    """The parser of `simtool` (name None) or of `simtool NAME`; with_help adds the examples
    and exit codes (only worth building when help is shown: help, man page, completion)."""
    if name is None:
        return _top_parser(with_help)
    module_name, help_text = SUBCOMMANDS[name]
    module = importlib.import_module(f"simtool.cli.{module_name}")
    parser = argparse.ArgumentParser(prog=f"simtool {name}", description=help_text,
                                     formatter_class=HelpFormatter,
                                     epilog=_epilog(name) if with_help else None)
    add_common(parser)
    module.add_arguments(parser)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    top = _top_parser(with_help=not args_list or args_list[0] in ("-h", "--help"))
    if not args_list or args_list[0].startswith("-"):
        # --version, --help, or nothing: let argparse answer.
        try:
            top.parse_args(args_list)
        except SystemExit as exc:
            return int(exc.code or 0) if exc.code in (0, None) else ExitCode.USAGE
        top.print_help(sys.stderr)
        return ExitCode.USAGE
    name, rest = args_list[0], args_list[1:]
    if name not in SUBCOMMANDS:
        top.print_usage(sys.stderr)
        print(f"simtool: unknown command {name!r}; choose from {', '.join(SUBCOMMANDS)}",
              file=sys.stderr)
        return ExitCode.USAGE
    module = importlib.import_module(f"simtool.cli.{SUBCOMMANDS[name][0]}")
    parser = build_parser(name, with_help="-h" in rest or "--help" in rest)
    try:
        args = parser.parse_args(rest)
    except SystemExit as exc:
        return ExitCode.OK if exc.code in (0, None) else ExitCode.USAGE
    from simtool.i18n import app_language, set_language

    # --lang, then the language chosen in the app, then the system locale.
    set_language(args.lang or app_language())
    if not (_utf8(sys.stdout) and _utf8(sys.stderr)):
        from simtool.cli.output import make_output_safe

        make_output_safe()      # never a UnicodeEncodeError; Chinese falls back, and says so
    if args.verbose:
        from simtool.at.masking import mask_secrets
        from simtool.log import setup as setup_logging

        setup_logging(args.verbose, scrub=mask_secrets)
    try:
        return int(module.run(args))
    except CommandFailed as failed:
        return int(failed.code)
    except KeyboardInterrupt:
        print("simtool: interrupted", file=sys.stderr)
        return ExitCode.INTERRUPTED


def _utf8(stream: object) -> bool:
    encoding = str(getattr(stream, "encoding", None) or "").lower().replace("-", "")
    return encoding in ("utf8", "utf_8", "utf8sig")


def run() -> None:
    """The `simtool` executable: main(), then exit without the interpreter's last garbage
    collection over every object of the run (~8 ms of a ~0.2 s check; nothing is left to
    clean up by then: reports are written and closed, ports closed)."""
    code = main()
    import gc

    gc.freeze()
    sys.exit(code)

