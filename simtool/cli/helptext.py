"""Examples and exit codes at the end of `simtool COMMAND --help` (and of the man page,
which is generated from the same parsers: packaging/cli_docs.py).

Imported only when help is asked for, so a check never pays for these strings. Like the
rest of argparse's help they are in English; the commands' messages are translated.
"""

from __future__ import annotations

# Exit codes every command shares (simtool.cli.ExitCode).
_USAGE = "64  usage error (bad option or value)"
_INTERRUPTED = "130 interrupted (Ctrl-C)"
_WRITE = ["0   done", "1   the modem refused or the SIM is not ready (the message says why)",
          "2   modem unreachable (not found, no permission, busy, silent)",
          "3   changes the modem: nothing was done without --allow-write", _USAGE,
          _INTERRUPTED]

EXIT_CODES: dict[str, list[str]] = {
    "": ["0   no problem", "1   problem found", "2   modem unreachable", _USAGE,
         "(each command's help lists its own)"],
    "check": ["0   no problem found", "1   problem found (the report names it)",
              "2   modem unreachable (or --all found none); with several modems the worst "
              "wins: 2 > 1 > 0",
              "3   --connect-test without --allow-write: nothing was changed", _USAGE,
              _INTERRUPTED],
    "ports": ["0   ports listed (with --probe: at least one answers AT)",
              "2   no serial port (with --probe: none answers AT)", _USAGE],
    "watch": ["0   stopped (--count reached, Ctrl-C or SIGTERM)",
              "2   modem unreachable", _USAGE],
    "simulate": ["0   stopped (SIGTERM or Ctrl-C)", _USAGE],
    "unlock": _WRITE, "radio": _WRITE, "apn": _WRITE, "connect-test": _WRITE,
    "ussd": _WRITE, "balance": _WRITE, "topup": _WRITE, "data": _WRITE,
    "profile": ["0   done (listed, or selected)", "1   the device refused (the message says why)",
                "2   device unreachable, or its admin login was needed and refused",
                "3   --select changes the device: nothing was done without --allow-write",
                _USAGE, _INTERRUPTED],
    "gui": ["0   the app was closed", "64  usage error, or Qt is not installed "
            '(pip install "simtool[gui]")'],
    "exporter": ["0   stopped (SIGTERM or Ctrl-C)",
                 "64  usage error (bad --listen, address in use)"],
    "help": ["0   help shown", "64  unknown command"],
}

EXAMPLES: dict[str, list[tuple[str, str]]] = {
    "": [("simtool check --port sim://healthy", "try it without hardware"),
         ("simtool ports --probe", "find the modem's AT port"),
         ("simtool check --port /dev/ttyUSB2", "run the checklist (COM7 on Windows)"),
         ("simtool help check", "a command's options, examples and exit codes")],
    "check": [
        ("simtool check --port /dev/ttyUSB2", "the checklist, as text"),
        ("simtool check --port sim://no-sim", "a simulated modem without a SIM card"),
        ("simtool check -p /dev/ttyUSB2 -f pdf -o report.pdf --redact",
         "a report for the operator, numbers masked"),
        ("simtool check --all --format jsonl", "every modem, one JSON line each"),
        ("simtool check --all -f prometheus -o /var/lib/prometheus/node-exporter/simtool.prom",
         "metrics for node_exporter's textfile collector"),
        ("simtool check --replay report.json", "re-run the checklist on a saved report"),
        ("simtool check --port hilink://192.168.8.1", "a Huawei HiLink stick (no AT port)"),
        ("SIMTOOL_PASSWORD=... simtool check -p zte://192.168.0.1 --password-env "
         "SIMTOOL_PASSWORD", "a ZTE router that wants its admin password (one attempt)"),
        ("simtool check -vv -p sim://healthy", "steps, timings and the AT exchange on stderr")],
    "ports": [("simtool ports", "list serial ports, the likely AT port marked *, and the "
               "sticks and routers on this computer's gateways"),
              ("simtool ports --probe", "send AT to each port in parallel"),
              ("simtool ports --format jsonl", "one JSON line per port, for scripts")],
    "watch": [("simtool watch -p /dev/ttyUSB2", "a JSON line every 5 s until Ctrl-C"),
              ("simtool watch -p /dev/ttyUSB2 --interval 60 --format csv >> signal.csv",
               "a CSV log, one row a minute")],
    "simulate": [("simtool simulate --list", "scenarios and vendors"),
                 ("simtool simulate pin-locked --pty", "a simulated modem other programs open"
                  " (prints its device path first)"),
                 ("simtool simulate healthy --hilink 127.0.0.1:8080 --data-off",
                  "a simulated HiLink stick whose mobile data is switched off")],
    "unlock": [("SIM_PIN=1234 simtool unlock -p /dev/ttyUSB2 --pin-env SIM_PIN",
                "enter the PIN once (the retries left are read first)"),
               ("simtool unlock -p /dev/ttyUSB2 --puk", "PUK and new PIN, asked at a prompt")],
    "radio": [("simtool radio on -p /dev/ttyUSB2 --allow-write", "switch the radio on")],
    "apn": [("simtool apn -p /dev/ttyUSB2", "what the modem has and the operator expects"),
            ("simtool apn -p /dev/ttyUSB2 --set-from-provider --allow-write",
             "set the operator's APN"),
            ("simtool apn -p /dev/ttyUSB2 --undo --allow-write", "put the old one back")],
    "connect-test": [("simtool connect-test -p /dev/ttyUSB2 --allow-write",
                      "the address, or why the network refuses")],
    "ussd": [("simtool ussd -p /dev/ttyUSB2 '*100#'", "run a USSD code")],
    "balance": [("simtool balance -p /dev/ttyUSB2", "the operator's balance check")],
    "topup": [("VOUCHER=... simtool topup -p /dev/ttyUSB2 --voucher-env VOUCHER --allow-write",
               "recharge with a voucher")],
    "gui": [("simtool gui", "the desktop app"),
            ("simtool gui --port sim://wrong-apn --screenshot shot.png",
             "a PNG of the result, without a screen")],
    "exporter": [("simtool exporter --all --listen 127.0.0.1:9842",
                  "serve http://127.0.0.1:9842/metrics, checking every 60 s"),
                 ("simtool exporter -p /dev/ttyUSB2 -p /dev/ttyUSB6 --listen :9842 "
                  "--interval 300", "two modems, every 5 minutes, on every interface")],
    "help": [("simtool help check", "the help of `simtool check`")],
    "data": [("simtool data on --port hilink://192.168.8.1 --allow-write",
              "switch a HiLink stick's mobile data on")],
    "profile": [("simtool profile --port hilink://192.168.8.1", "the stick's APN profiles"),
                ("simtool profile --port hilink://192.168.8.1 --select 2 --allow-write",
                 "dial with profile 2 (prints how to go back)")],
}


def epilog(name: str) -> str:
    """'Examples:' and 'Exit codes:' blocks for `simtool NAME --help` ("" = simtool)."""
    lines = ["Examples:"]
    for command, what in EXAMPLES.get(name, []):
        lines.append(f"  {command}")
        lines.append(f"      {what}")
    lines.append("")
    lines.append("Exit codes:")
    lines.extend(f"  {code}" for code in EXIT_CODES.get(name, EXIT_CODES[""]))
    if name == "":
        lines += ["", "Run 'simtool help COMMAND' for a command's options."]
    return "\n".join(lines)
