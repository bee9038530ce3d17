"""`simtool ports`: list serial ports, guess which is the modem's AT port, probe them.

Exit codes: 0 when ports are listed (with --probe: when at least one answers AT), 2 when
there is no serial port (with --probe: when none answers AT), 64 usage.
JSON (contract): a list of objects with `device` and `at` (true/false; null when not
probed) plus the USB fields vid, pid (integers), serial_number, manufacturer, product,
interface (USB interface number), description and role (at, ppp, diag, gps, unknown).
Added: `via` ("at" for a serial port, "modemmanager" for a modem ModemManager has, listed
after the serial ports with `device` mm://N, its `model`, `state` and `ports`), and on
serial ports `managed_by` (the mm:// URL of the ModemManager modem the port belongs to).
`--format jsonl`: the same objects, one compact line each, with `"schema":
"simtool.ports/1"` first (no line when there is no port).
Sticks and routers found on the network adapters' gateways come last, with role "web",
`device` their hilink:// or zte:// URL, and `source`, `label`, `detail`.
Exit 0 also when no serial port but such a device is found.
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
from typing import Any

from simtool.cli import ExitCode
from simtool.cli.numbers import seconds
from simtool.i18n import tr
from simtool.sources.at.probe import ProbeResult
from simtool.sources.discovery import Found
from simtool.transport.discovery import PortCandidate

PORTS_SCHEMA = "simtool.ports/1"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--probe", nargs="*", metavar="PORT", default=None,
                        help="send AT to all ports (or the given ones) in parallel and show "
                        "which answer; sends nothing that changes the modem")
    parser.add_argument("--timeout", type=seconds, default=1.0, metavar="S",
                        help="how long each probed port may take to answer (default: 1)")
    parser.add_argument("--json", action="store_true",
                        help="print JSON for scripts (the same as --format json)")
    parser.add_argument("--format", "-f", choices=("text", "json", "jsonl"), default=None,
                        help="text (default); json: one array; jsonl: one compact object "
                        "per port and line, tagged with its schema")


def _row(candidate: PortCandidate, result: ProbeResult | None, likely: bool) -> dict[str, Any]:
    error = result.error if result is not None else None
    return {
        "device": candidate.device,
        "at": None if result is None else result.at,
        "likely_at": likely,
        "vid": candidate.vid,
        "pid": candidate.pid,
        "serial_number": candidate.serial_number,
        "manufacturer": candidate.manufacturer,
        "product": candidate.product,
        "interface": candidate.interface,
        "description": candidate.description,
        "role": candidate.role,
        "modem": candidate.modem,
        "diag": None if result is None else result.diag,
        "error": None if error is None else {
            "kind": error.kind, "message": str(error), "remedy": error.remedy},
        "via": "at",
        "managed_by": None,
    }


def _manager_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """ModemManager's modems (Linux; none when it does not run), and on the serial rows the
    modem that owns each port."""
    if not sys.platform.startswith("linux"):
        return []
    from simtool.sources.modemmanager.discover import manager_rows

    return manager_rows(rows)


def _print_managed(rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    print("\n" + tr("Cli", "ModemManager's modems (check them with --port mm://N):"))
    width = max(len(row["device"]) for row in rows)
    for row in rows:
        ports = ", ".join(f"{p['name']} ({p['type']})" for p in row["ports"])
        print(f"  {row['device']:<{width}}  {row['model'] or '?'}  [{row['state'] or '?'}]  "
              + tr("Cli", "ports: {ports}").format(ports=ports or "?"))


def _likely_at(candidates: list[PortCandidate],
               results: dict[str, ProbeResult] | None) -> str | None:
    """The port to use: the best-ranked that answered AT, or before probing the best guess."""
    if results is not None:
        answering = [c for c in candidates if results.get(c.device) and results[c.device].at]
        return answering[0].device if answering else None
    guesses = [c for c in candidates if c.role == "at"] or [
        c for c in candidates if c.vid is not None and c.role in ("unknown", "ppp")]
    return guesses[0].device if guesses else None


def _error_label(kind: str) -> str:
    labels = {"not-found": tr("Cli", "not found"), "permission": tr("Cli", "no permission"),
              "busy": tr("Cli", "busy"), "vanished": tr("Cli", "gone"),
              "driver": tr("Cli", "no driver")}
    return labels.get(kind, tr("Cli", "error"))


def _print_table(rows: list[dict[str, Any]], probed: bool) -> None:
    def cell(value: object) -> str:
        return "" if value is None else str(value)

    header = [tr("Cli", "Device"), tr("Cli", "USB id"), tr("Cli", "If"), tr("Cli", "Role"),
              tr("Cli", "Description")]
    if probed:
        header.append(tr("Cli", "AT"))
    table = []
    for row in rows:
        usb = (f"{row['vid']:04x}:{row['pid']:04x}"
               if row["vid"] is not None and row["pid"] is not None else "")
        line = [("* " if row["likely_at"] else "  ") + row["device"], usb,
                cell(row["interface"]), row["role"], cell(row["description"])]
        if probed:
            if row["at"]:
                line.append(tr("Cli", "yes"))
            elif row["diag"]:
                line.append(tr("Cli", "no (diagnostic)"))
            elif row["error"] and row["error"]["kind"] != "silent":
                line.append(tr("Cli", "no ({reason})").format(
                    reason=_error_label(row["error"]["kind"])))
            else:
                line.append(tr("Cli", "no"))
        table.append(line)
    widths = [max(len(r[i]) for r in [["  " + header[0], *header[1:]], *table])
              for i in range(len(header))]
    print("  ".join(h.ljust(w) for h, w in zip(["  " + header[0], *header[1:]], widths,
                                              strict=True)).rstrip())
    for line in table:
        print("  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip())


def _print_problems(rows: list[dict[str, Any]]) -> None:
    """Ports that could not be used for a reason other than silence: the doctor's advice."""
    for row in rows:
        error = row["error"]
        if error and error["kind"] not in ("silent",) and not row["diag"]:
            print(f"\n{row['device']}: {error['message']}")
            if error["remedy"]:
                print(f"  {error['remedy']}")


def _no_ports_advice(*, usb_only: bool = False) -> str:
    from simtool.transport.doctor import driver_missing_error

    lines = [tr("Cli", "No USB modem port found (only built-in serial ports).") if usb_only
             else tr("Cli", "No serial ports found on this computer.")]
    driver = driver_missing_error()
    if driver is not None:
        lines.append(str(driver))
        if driver.remedy:
            lines.append(driver.remedy)
    else:
        lines.append(tr("Cli", "Plug the modem in and wait a few seconds; if it still does not "
                        "appear, it may need a driver or a mode switch."))
    lines.append(tr("Cli", "To try simtool without a modem, use the simulator: "
                    "simtool check --port sim://healthy"))
    return "\n".join(lines)


def _web_rows(found: list[Found]) -> list[dict[str, Any]]:
    """Sticks and routers read over their web API, in the same JSON shape (no USB fields)."""
    return [{"device": f.url, "at": None, "likely_at": False, "vid": None, "pid": None,
             "serial_number": None, "manufacturer": None, "product": None, "interface": None,
             "description": f.label, "role": "web", "modem": True, "diag": None,
             "error": None, "via": f.source, "managed_by": None, "model": f.label,
             "state": f.detail, "source": f.source, "label": f.label, "detail": f.detail}
            for f in found]


def _print_web(found: list[Found]) -> None:
    print(tr("Cli", "Sticks and routers with a web interface (no AT port):"))
    width = max(len(f.url) for f in found)
    label_width = max(len(f.label) for f in found)
    for f in found:
        print(f"  {f.url.ljust(width)}  {f.label.ljust(label_width)}  {f.detail}".rstrip())
    print(tr("Cli", "Check one with: simtool check --port {url}").format(url=found[0].url))


def run(args: argparse.Namespace) -> int:
    from simtool.sources.at.probe import probe
    from simtool.sources.discovery import WEB_DISCOVERERS, discover_all
    from simtool.transport.discovery import list_ports

    if args.timeout <= 0:
        print(tr("Cli", "simtool ports: --timeout must be more than 0 seconds"), file=sys.stderr)
        return ExitCode.USAGE
    # Sticks and routers answer on the network adapters' gateways: looked for meanwhile.
    web: list[Found] = []
    finder = threading.Thread(target=lambda: web.extend(
        discover_all(args.timeout, names=WEB_DISCOVERERS)), name="find web devices",
        daemon=True)
    finder.start()
    candidates = list_ports()
    results: dict[str, ProbeResult] | None = None
    if args.probe is not None:
        listed = {c.device for c in candidates}
        extra = [PortCandidate(device=url) for url in args.probe if url not in listed]
        if args.probe:                       # only the ports asked for, in the ranked order
            wanted = set(args.probe)
            candidates = [c for c in candidates if c.device in wanted] + extra
        probed = probe([c.device for c in candidates], timeout=args.timeout)
        results = {result.url: result for result in probed}
    likely = _likely_at(candidates, results)
    rows = [_row(c, results.get(c.device) if results is not None else None, c.device == likely)
            for c in candidates]
    managed = _manager_rows(rows) if not args.probe else []
    finder.join()
    webrows = _web_rows(web)
    fmt = args.format or ("json" if args.json else "text")
    if fmt == "jsonl":
        for row in rows + managed + webrows:
            print(json.dumps({"schema": PORTS_SCHEMA, **row}, ensure_ascii=False,
                             separators=(",", ":")))
        if not candidates and not managed and not web:
            print(_no_ports_advice(), file=sys.stderr)
    elif fmt == "json":
        print(json.dumps(rows + managed + webrows, indent=2, ensure_ascii=False))
        if not candidates and not managed and not web:
            print(_no_ports_advice(), file=sys.stderr)
    elif not candidates:
        if managed:
            _print_managed(managed)
        if web:
            _print_web(web)
        if not managed and not web:
            print(_no_ports_advice())
    else:
        _print_table(rows, probed=results is not None)
        if likely is not None:
            note = (tr("Cli", "* answers AT: use --port {device}") if results is not None
                    else tr("Cli", "* likely AT port (run with --probe to make sure): "
                            "--port {device}"))
            print("\n" + note.format(device=likely))
        elif results is not None:
            print("\n" + tr("Cli", "No port answered AT."))
        if all(c.vid is None for c in candidates) and not args.probe and not managed \
                and not web:
            # Only built-in UARTs (ttyS*): a modem would show up with a USB id.
            print("\n" + _no_ports_advice(usb_only=True))
        if results is not None:
            _print_problems(rows)
        _print_managed(managed)
        if web:
            print()
            _print_web(web)
    if not candidates and (managed or web):
        return ExitCode.OK
    if not candidates or (results is not None and likely is None):
        return ExitCode.UNREACHABLE
    return ExitCode.OK
