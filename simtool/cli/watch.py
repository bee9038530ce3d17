"""`simtool watch`: sample signal and registration every interval until stopped, as JSON Lines
or CSV, for logging and graphs.

Each JSON line is one compact object with `"schema": "simtool.watch/1"` first, then the
fields of Sample in order; the CSV has the same fields as columns (no schema). Fields are
only ever added at the end. The modem's identity (model, IMEI, ICCID) is read once at the
start and repeated on every line, so lines from many modems can be told apart.

Read-only: only query commands are sent. Ctrl-C and SIGTERM stop it cleanly between samples
(a command in flight is cancelled), so the output always ends with a whole line.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from types import FrameType
from typing import TYPE_CHECKING, TextIO

from simtool.cli import ExitCode
from simtool.cli.common import add_port, fail, modem_session
from simtool.cli.numbers import seconds
from simtool.i18n import tr
from simtool.safetext import printable

if TYPE_CHECKING:
    from simtool.at.session import AtSession
    from simtool.facts import Facts

FORMATS = ("jsonl", "csv")
SCHEMA = "simtool.watch/1"


@dataclass(frozen=True)
class Sample:
    """One line of output; the field order is the CSV column order."""

    t: str                        # ISO 8601 UTC with milliseconds
    port: str
    rssi_dbm: float | None
    rsrp_dbm: float | None
    rsrq_db: float | None
    sinr_db: float | None
    rscp_dbm: float | None
    quality: str | None           # facts.SIGNAL_QUALITIES
    registration: str | None      # registration.overall (facts.REG_STATES name)
    act: int | None               # 3GPP AcT 0..13
    operator: str | None
    # Identity, read once at the start (added in simtool.watch/1: appended, never moved).
    model: str | None = None
    imei: str | None = None
    iccid: str | None = None


FIELDS = tuple(Sample.__dataclass_fields__)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_port(parser)
    parser.add_argument("--interval", type=seconds, default=5.0, metavar="S",
                        help="seconds between samples (default: 5)")
    parser.add_argument("--format", "-f", choices=FORMATS, default="jsonl",
                        help="jsonl: one JSON object per line (default); csv: with a header")
    parser.add_argument("--count", type=int, metavar="N",
                        help="stop after N samples (default: run until Ctrl-C or SIGTERM)")
    parser.add_argument("--redact", action="store_true",
                        help="mask IMEI and ICCID (keeps the last 4 digits)")


# -- reading -------------------------------------------------------------------------------


class Identity:
    """Who the modem is: read once, stamped on every sample."""

    def __init__(self, model: str | None, imei: str | None, iccid: str | None) -> None:
        self.model, self.imei, self.iccid = model, imei, iccid


def _reader(session: AtSession, redact: bool = False) -> tuple[Callable[[], Facts], Identity]:
    """The collector's light read (the app's live graph uses the same one), for this modem's
    vendor so its extra signal command (SINR) is asked too; and the modem's identity."""
    from simtool.sources.at.reader import read_modem_identity, read_signal_sample
    from simtool.vendors import detect

    known = read_modem_identity(session)
    vendor = detect(known.modem.manufacturer, None, known.modem.model)
    imei, iccid = known.modem.imei, known.sim.iccid
    if redact:
        from simtool.report.redact import mask

        imei, iccid = (mask(imei) if imei else None), (mask(iccid) if iccid else None)
    return (lambda: read_signal_sample(session, vendor)), Identity(known.modem.model, imei,
                                                                   iccid)


def sample_of(facts: Facts, port: str, when: datetime,
              identity: Identity | None = None) -> Sample:
    from simtool.facts import current_act

    signal_facts = facts.signal
    return Sample(
        t=when.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z"),
        port=port,
        rssi_dbm=signal_facts.rssi_dbm, rsrp_dbm=signal_facts.rsrp_dbm,
        rsrq_db=signal_facts.rsrq_db, sinr_db=signal_facts.sinr_db,
        rscp_dbm=signal_facts.rscp_dbm,
        quality=signal_facts.quality,
        registration=facts.registration.overall,
        act=current_act(facts.registration, facts.operator.act),
        operator=facts.operator.name,
        model=identity.model if identity else None,
        imei=identity.imei if identity else None,
        iccid=identity.iccid if identity else None,
    )


# -- output --------------------------------------------------------------------------------


def writer_for(fmt: str, stream: TextIO) -> Callable[[Sample], None]:
    """A function that writes one sample as one whole line and flushes it."""
    if fmt == "csv":
        table = csv.writer(stream, lineterminator="\n")
        table.writerow(FIELDS)
        stream.flush()

        def write_csv(sample: Sample) -> None:
            table.writerow(["" if value is None else printable(value)
                            if isinstance(value, str) else value
                            for value in asdict(sample).values()])
            stream.flush()

        return write_csv

    def write_json(sample: Sample) -> None:
        line = {"schema": SCHEMA, **asdict(sample)}
        stream.write(json.dumps(line, ensure_ascii=False, separators=(",", ":")) + "\n")
        stream.flush()

    return write_json


# -- the loop ------------------------------------------------------------------------------


@contextmanager
def _stop_on_signals(on_stop: Callable[[], None]) -> Iterator[threading.Event]:
    """SIGINT and SIGTERM set the returned event (and call on_stop) instead of killing us."""
    stop = threading.Event()

    def handler(signum: int, frame: FrameType | None) -> None:
        stop.set()
        on_stop()

    installed = threading.current_thread() is threading.main_thread()
    previous = {}
    if installed:
        for signum in (signal.SIGINT, signal.SIGTERM):
            previous[signum] = signal.signal(signum, handler)
    try:
        yield stop
    finally:
        for signum, old in previous.items():
            signal.signal(signum, old)


def run(args: argparse.Namespace) -> int:
    from simtool.at.session import Cancelled

    if not args.interval > 0:
        raise fail(tr("Cli", "--interval must be more than 0 seconds"), ExitCode.USAGE)
    if args.count is not None and args.count < 1:
        raise fail(tr("Cli", "--count must be at least 1"), ExitCode.USAGE)
    sessions: list[AtSession] = []

    def cancel() -> None:
        for session in sessions:
            session.cancel()

    # Signals are caught from the start, so a Ctrl-C while the port opens ends cleanly too.
    with _stop_on_signals(cancel) as stop, modem_session(args) as session:
        sessions.append(session)
        try:
            _sample_until_stopped(session, args, stop)
        except Cancelled:
            pass                        # stopped in the middle of a read: no partial line
    return ExitCode.OK


def _sample_until_stopped(session: AtSession, args: argparse.Namespace,
                          stop: threading.Event) -> None:
    if stop.is_set():
        return
    read, identity = _reader(session, args.redact)
    write = writer_for(args.format, sys.stdout)
    taken = 0
    started = time.monotonic()
    while not stop.is_set():
        facts = read()
        try:
            write(sample_of(facts, args.port, datetime.now(UTC), identity))
        except BrokenPipeError:
            _quiet_stdout()             # `simtool watch | head`: the reader left
            return
        taken += 1
        if args.count is not None and taken >= args.count:
            return
        # Fixed rate: sample k starts at started + k*interval, never drifting.
        next_due = started + taken * args.interval
        stop.wait(max(0.0, next_due - time.monotonic()))


def _quiet_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush does not complain."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
