"""`simtool exporter`: serve the checklist's metrics on http://ADDR/metrics for Prometheus.

The modems are checked periodically in the background (every --interval seconds, all of
them in parallel, `--all` finding them anew each time), and a scrape returns the last
results at once. Not checking on scrape, because:
- a check takes as long as the modem does (seconds; a SIM still starting up: up to a
  minute), which would blow Prometheus's scrape timeout (10 s by default);
- modem and port load must not grow with the number of scrapers (an HA pair of Prometheus
  servers, someone's curl): the port is held once per interval, whoever asks;
- a check holds the AT port; a fixed rhythm keeps it free in between for other programs.
The age of what is served is `simtool_last_check_timestamp_seconds`, per modem.

Not prometheus_client: the exposition is the same text the textfile collector reads
(simtool.report.prometheus, needed without any dependency), and the standard library's HTTP
server serves it; the client library would add a dependency to the core for nothing.

Exit codes: 0 stopped by SIGTERM/Ctrl-C, 64 usage (bad address, address in use).
"""

from __future__ import annotations

import argparse
import gzip
import socket
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING

from simtool.cli import ExitCode
from simtool.cli.numbers import seconds
from simtool.i18n import tr

if TYPE_CHECKING:
    from simtool.report.model import Report
    from simtool.runner import CheckRun

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"
EXAMPLE_LISTEN = "127.0.0.1:9842"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--listen", required=True, metavar="ADDR",
                        help="address to serve /metrics on: HOST:PORT, :PORT (every "
                        f"interface) or [IPv6]:PORT, e.g. {EXAMPLE_LISTEN}")
    parser.add_argument("--port", "-p", action="append", metavar="URL", default=[],
                        help="modem port to check (repeatable)")
    parser.add_argument("--all", action="store_true",
                        help="check every modem found on this computer (looked for anew "
                        "before each round)")
    parser.add_argument("--interval", type=float, default=60.0, metavar="S",
                        help="seconds between two rounds of checks (default: 60)")
    parser.add_argument("--timeout", type=seconds, default=10.0, metavar="S",
                        help="per-command timeout in seconds (default: 10)")
    parser.add_argument("--sim-busy-wait", type=float, default=20.0, metavar="S",
                        help="how long to wait for a SIM that is still starting (default: 20)")
    parser.add_argument("--metrics-identity", action="store_true",
                        help="put IMEI and ICCID on simtool_modem_info")
    parser.add_argument("--redact", action="store_true",
                        help="mask IMEI and ICCID (keeps the last 4 digits)")


def parse_listen(text: str) -> tuple[str, int]:
    """'HOST:PORT', ':PORT', '[::1]:PORT' -> (host, port); ValueError when it is none."""
    host, sep, port_text = text.rpartition(":")
    if not sep or not port_text.isdigit() or not 0 <= int(port_text) <= 65535:
        raise ValueError(text)
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    return host, int(port_text)


class MetricsServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def __init__(self, address: tuple[str, int], state: Rounds) -> None:
        family = socket.AF_INET6 if ":" in address[0] else socket.AF_INET
        self.address_family = family
        super().__init__(address, MetricsHandler)
        self.state = state


class MetricsHandler(BaseHTTPRequestHandler):
    server: MetricsServer
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
        self._answer(send_body=True)

    def do_HEAD(self) -> None:  # noqa: N802
        self._answer(send_body=False)

    def _answer(self, *, send_body: bool) -> None:
        path = self.path.split("?", 1)[0]
        if path == "/metrics":
            gzipped = "gzip" in self.headers.get("Accept-Encoding", "")
            body = self.server.state.exposition(gzipped)
            if body is None:
                self._send(503, "text/plain; charset=utf-8",
                           b"simtool exporter: the first round of checks is still running\n",
                           send_body)
                return
            self._send(200, CONTENT_TYPE, body, send_body, gzipped=gzipped)
        elif path == "/":
            page = ("<!doctype html><html><head><title>simtool exporter</title></head><body>"
                    "<h1>simtool exporter</h1><p><a href=\"/metrics\">Metrics</a></p>"
                    "</body></html>\n")
            self._send(200, "text/html; charset=utf-8", page.encode(), send_body)
        else:
            self._send(404, "text/plain; charset=utf-8", b"not found: try /metrics\n",
                       send_body)

    def _send(self, code: int, content_type: str, body: bytes, send_body: bool,
              gzipped: bool = False) -> None:
        self.send_response(code)
        self.send_header("Content-Type", content_type)
        if gzipped:
            self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if send_body:
            self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the API's name
        pass        # a scrape every 15 s is not news; errors are answered, not logged


class Rounds:
    """Checks every modem once per interval in a thread; keeps the last exposition."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.stop = threading.Event()
        self._lock = threading.Lock()
        self._body: bytes | None = None
        self._gzipped: bytes | None = None       # compressed once per round, not per scrape
        self._runs: list[CheckRun] = []
        self.rounds = 0

    def exposition(self, gzipped: bool = False) -> bytes | None:
        with self._lock:
            return self._gzipped if gzipped else self._body

    def cancel(self) -> None:
        self.stop.set()
        with self._lock:
            runs = list(self._runs)
        for run in runs:
            run.cancel()

    def loop(self) -> None:
        started = time.monotonic()
        while not self.stop.is_set():
            self.one_round()
            # Fixed rate: round k starts at started + k * interval; a round longer than
            # the interval is followed by the next one at once.
            next_due = started + self.rounds * self.args.interval
            self.stop.wait(max(0.0, next_due - time.monotonic()))

    def one_round(self) -> None:
        from simtool.report.prometheus import Exposition, to_prometheus
        from simtool.runner import CheckOptions, CheckRun

        begun = time.monotonic()
        ports = self._ports()
        options = CheckOptions(timeout=self.args.timeout,
                               probe_timeout=min(3.0, self.args.timeout),
                               sim_busy_wait=self.args.sim_busy_wait)
        runs = [CheckRun(url, options) for url in ports]
        with self._lock:
            self._runs = runs
        reports: list[Report] = []
        if runs:
            with ThreadPoolExecutor(max_workers=min(128, len(runs))) as pool:
                results = list(pool.map(_run_quietly, runs))
            if self.stop.is_set():
                return          # cancelled half way: keep serving the last whole round
            reports = [report for report in results if report is not None]
        text = to_prometheus([self._exported(r) for r in reports],
                             identity=self.args.metrics_identity,
                             no_modem_at=time.time() if not ports else None)
        self.rounds += 1
        own = Exposition()
        own.sample("simtool_exporter_round_duration_seconds", "gauge",
                   "How long the last round of checks took", [],
                   round(time.monotonic() - begun, 3))
        own.sample("simtool_exporter_rounds_total", "counter",
                   "Rounds of checks since the exporter started", [], self.rounds)
        own.sample("simtool_exporter_modems", "gauge",
                   "Modems checked in the last round", [], len(ports))
        from simtool import log

        if log.VERBOSITY:
            log.note(f"round {self.rounds}: {len(ports)} modems checked in "
                     f"{time.monotonic() - begun:.3f} s")
        body = (text + own.text()).encode("utf-8")
        compressed = gzip.compress(body, compresslevel=6)
        with self._lock:
            self._body, self._gzipped = body, compressed
            self._runs = []

    def _ports(self) -> list[str]:
        ports = list(dict.fromkeys(self.args.port))
        if self.args.all:
            from simtool.sources.discovery import discover_all

            ports.extend(found.url for found in discover_all() if found.url not in ports)
        return ports

    def _exported(self, report: Report) -> Report:
        from simtool.report.redact import redact_report, scrub_secrets

        return redact_report(report) if self.args.redact else scrub_secrets(report)


def _run_quietly(run: CheckRun) -> Report | None:
    """A check's report; None when it was cancelled (the exporter is stopping)."""
    from simtool.at.session import Cancelled

    try:
        return run.run()
    except Cancelled:
        return None


def run(args: argparse.Namespace) -> int:
    import signal

    if not args.port and not args.all:
        print(tr("Cli", "simtool exporter: name the modems with --port URL (repeatable) or "
                 "use --all"), file=sys.stderr)
        return ExitCode.USAGE
    if not args.interval > 0:
        print(tr("Cli", "simtool exporter: --interval must be more than 0 seconds"),
              file=sys.stderr)
        return ExitCode.USAGE
    try:
        address = parse_listen(args.listen)
    except ValueError:
        print(tr("Cli", "simtool exporter: --listen {listen} is not an address: use HOST:PORT, "
                 ":PORT or [IPv6]:PORT, e.g. {example}").format(
                     listen=args.listen, example=EXAMPLE_LISTEN), file=sys.stderr)
        return ExitCode.USAGE
    from simtool.runner import preload

    preload()       # imports done once, here: check threads must not import together
    state = Rounds(args)
    try:
        server = MetricsServer(address, state)
    except OSError as error:
        print(tr("Cli", "simtool exporter: cannot listen on {listen}: {error}").format(
            listen=args.listen, error=error.strerror or error), file=sys.stderr)
        return ExitCode.USAGE
    bound = server.server_address
    host = bound[0].decode() if isinstance(bound[0], bytes) else str(bound[0])
    shown = f"[{host}]:{bound[1]}" if ":" in host else f"{host}:{bound[1]}"
    print(tr("Cli", "simtool exporter: serving http://{address}/metrics; checking {what} "
             "every {interval:g} s").format(
                 address=shown, interval=args.interval,
                 what=", ".join(args.port) + (" + --all" if args.all and args.port else "")
                 if args.port else "--all"), file=sys.stderr, flush=True)

    def stop(signum: int, frame: object) -> None:
        state.cancel()
        threading.Thread(target=server.shutdown, daemon=True).start()

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)
    checker = threading.Thread(target=state.loop, name="simtool exporter rounds", daemon=True)
    checker.start()
    try:
        server.serve_forever(poll_interval=0.5)
    finally:
        state.cancel()
        server.server_close()
        checker.join(timeout=5)
    return ExitCode.OK
