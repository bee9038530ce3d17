"""The AT source: read a modem's facts over its AT port, as fast as the modem answers.

`read_facts(session, ...)` is the read on an open session (the app's worker owns its own);
`AtSource` opens the port, reads, runs the face's extra steps on the open session and
closes, and can be cancelled from another thread.

The first line goes out before anything else is imported; a prefetch thread then imports
the readers while this thread waits for the modem's reply (DESIGN.md: time to first byte
<= 2 x `import serial`). For the same reason nothing here imports `typing` or
`dataclasses` (~9 ms together); type checkers treat TYPE_CHECKING as True.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence

from simtool.at.framing import FinalKind
from simtool.at.session import AtResponse, AtSession, Cancelled
from simtool.i18n import tr
from simtool.log import get_logger
from simtool.sources import DEFAULT_DEADLINE
from simtool.sources.at.first_lines import IDENTITY_LINE, RADIO_SIM_LINE
from simtool.sources.prefetch import Pending, import_in_background
from simtool.transport.errors import PortError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from simtool.at.transcript import TranscriptEntry
    from simtool.facts import Facts

log = get_logger(__name__)

# First replies that show a modem taking commands (a refusal is an answer too).
_ANSWERED = frozenset({FinalKind.OK, FinalKind.ERROR, FinalKind.CME_ERROR,
                       FinalKind.CMS_ERROR, FinalKind.NOT_SUPPORTED})

# progress(step, message): step is a check id ("sim-health", ...) or "port"/"read".
Progress = Callable[[str, str], None]
# A step the face adds on the open session after the read (connection test, balance query).
Step = Callable[[AtSession, "Facts"], None]

# What the readers need, imported while the modem answers the first two lines.
READER_MODULES = ("simtool.sources.at.reader", "simtool.providers.database")

_prefetch_lock = threading.Lock()
_readers: Pending | None = None
_later: Pending | None = None


def start_prefetch(later: Sequence[str] = ()) -> Pending:
    """Start importing the readers (needed once the first two lines are answered), then
    `later`: what the caller needs at the end (the checklist, the report). Once per process;
    every check gets the same Pending, and only the first call's `later` counts. The
    provider database is not parsed here: a check looks up one network by a scan.

    A check never imports a module while the prefetch may be importing it (see
    simtool.sources.prefetch): it waits for the readers before using them, and its caller
    joins the returned Pending before importing the `later` ones."""
    global _readers, _later
    with _prefetch_lock:
        if _readers is None or _later is None:
            _readers = import_in_background(READER_MODULES)
            _later = import_in_background(later)
        return _later


def _wait_for_readers() -> None:
    if _readers is not None:
        _readers.join()


def _heard_anything(session: AtSession) -> bool:
    """Whether the port sent back anything at all (a silent port sends nothing)."""
    return bool(session.heard().strip(b"\r\n\0 "))


def not_at_error(session: AtSession, url: str, reply: AtResponse) -> PortError | None:
    """The "this port does not speak AT" verdict on the first reply, naming what came
    instead (binary, NMEA, DIAG, endless text, or a data-mode result such as NO CARRIER);
    None when the reply proves nothing either way."""
    from simtool.at.framing import leaves_command_mode

    if reply.complete and not leaves_command_mode(reply.kind):
        return None
    from simtool.at.noise import BINARY, DIAG, NMEA, classify, excerpt, hex_excerpt
    from simtool.transport.errors import PortNotAt

    heard = session.heard()
    shown = excerpt(heard)
    remedy = tr("Port", "Use the modem's AT port instead: 'simtool ports --probe' finds it. "
                "On a serial cable, also check the speed (most modems use 115200 baud).")
    if reply.overflowed:
        return PortNotAt(tr("Port", "Port {url} sends data without end ({heard}) and never "
                            "answers AT with OK or ERROR: it is a log or trace port, not the "
                            "AT port.").format(url=url, heard=shown),
                         url=url, remedy=remedy, heard="flood")
    if reply.complete:
        return PortNotAt(tr("Port", "Port {url} does not take AT commands now: it answered "
                            "{final} instead of OK, as a port in data mode (or a modem's "
                            "data/PPP port) does.").format(url=url, final=(reply.final or "")
                                                           .strip() or ">"),
                         url=url, remedy=remedy, heard="result")
    echo = (reply.command or IDENTITY_LINE).encode("utf-8", "replace")
    kind = classify(heard, echo)
    if kind is None:
        return None
    if kind in (BINARY, DIAG):
        shown = tr("Port", "bytes {hex}").format(
            hex=hex_excerpt(heard.replace(echo, b"").lstrip(b"\r\n")))
    if kind == BINARY:
        message = tr("Port", "Port {url} does not speak AT: it sent binary data ({heard}). "
                     "It is another kind of port, or the speed (baud rate) is wrong.")
    elif kind == NMEA:
        message = tr("Port", "Port {url} is the modem's GPS port: it sends NMEA position "
                     "sentences ({heard}), not AT answers.")
    elif kind == DIAG:
        message = tr("Port", "Port {url} is a diagnostic (DIAG/QCDM) port: it answered AT "
                     "with binary frames ({heard}).")
    else:
        message = tr("Port", "Port {url} sends text but never answers AT with OK or ERROR "
                     "({heard}): it is probably a log or console port.")
    return PortNotAt(message.format(url=url, heard=shown), url=url, remedy=remedy, heard=kind)


def garbled_error(session: AtSession, url: str) -> PortError:
    from simtool.at.noise import excerpt
    from simtool.transport.errors import PortStalled

    return PortStalled(
        tr("Port", "Port {url} answers, but its replies come back garbled or cut off, without "
           "OK or ERROR, twice ({heard}): the modem is there, but the line to it is "
           "unreliable.").format(url=url, heard=excerpt(session.heard())),
        url=url, remedy=tr("Port", "Check the cable and the USB power (a powered hub or "
                           "another USB port); on a serial cable, check the speed (most "
                           "modems use 115200 baud). Then restart the modem and check again."))


def read_facts(session: AtSession, *, url: str, probe_timeout: float = 3.0,
               sim_busy_wait: float = 60.0, progress: Progress | None = None,
               prefetch: Sequence[str] = ()) -> Facts:
    """Every fact the checklist needs, read on an open session. `prefetch`: modules the
    caller will import once the read is done (imported meanwhile, see start_prefetch).
    Raises PortError (silent, not-at, stalled, vanished...) and Cancelled; `facts.port` is
    left to the caller."""
    if progress:
        progress("port", tr("Runner", "Talking to the modem…"))
    session.send_raw((IDENTITY_LINE + "\r").encode("ascii"))
    start_prefetch(prefetch)
    first = session.read_reply(command=IDENTITY_LINE, timeout=probe_timeout)
    # A modem answered: the second line goes out at once, so the readers keep importing
    # while the modem answers it too (the reader reads and judges its reply).
    radio_sim_sent = first.complete and first.kind in _ANSWERED
    if radio_sim_sent:
        session.send_raw((RADIO_SIM_LINE + "\r").encode("ascii"))
    _wait_for_readers()
    if not radio_sim_sent:
        problem = not_at_error(session, url, first)
        if problem is not None:
            raise problem
    if not first.complete and _heard_anything(session):
        # The echo, a partial reply or noise came back but no final result: a modem may be
        # there and have lost one answer (flaky line); ask once more before giving up.
        partial = bool(first.lines)
        first = session.command(IDENTITY_LINE, timeout=probe_timeout)
        problem = not_at_error(session, url, first)
        if problem is not None:
            raise problem
        if not first.complete and (partial or first.lines):
            # Reply lines came, but twice no OK or ERROR: a modem is there, and the line to
            # it garbles or cuts its answers. "Nothing answered, probably not the AT port"
            # would send the user to other ports.
            raise garbled_error(session, url)
    from simtool.sources.at.reader import NoAnswer, collect_facts

    try:
        facts = collect_facts(session, progress=progress, sim_busy_wait=sim_busy_wait,
                              first_reply=first, radio_sim_sent=radio_sim_sent)
    except NoAnswer:
        from simtool.transport.doctor import silent_error

        raise silent_error(url, timeout=probe_timeout) from None
    facts.reachable = True
    return facts


class AtSource:
    """One read of the modem at `url` that another thread can cancel: `read()` in one
    thread, `cancel()` from any. `steps` run on the open session after the read."""

    via = "at"

    def __init__(self, url: str, *, timeout: float = 10.0, probe_timeout: float = 3.0,
                 sim_busy_wait: float = 60.0, steps: Sequence[Step] = (),
                 progress: Progress | None = None, prefetch: Sequence[str] = (),
                 deadline: float | None = DEFAULT_DEADLINE) -> None:
        self.url = url
        self.deadline = deadline
        self.timeout = timeout
        self.probe_timeout = probe_timeout
        self.sim_busy_wait = sim_busy_wait
        self.steps = steps
        self.progress = progress
        self.prefetch = prefetch
        self.transcript: list[TranscriptEntry] = []
        self._session: AtSession | None = None
        self._cancelled = threading.Event()
        self._lock = threading.Lock()

    def cancel(self) -> None:
        self._cancelled.set()
        with self._lock:
            if self._session is not None:
                self._session.cancel()

    def read(self) -> Facts:
        """The facts; PortError when the port cannot be used (`transcript` keeps what was
        exchanged until then); Cancelled after cancel()."""
        from simtool.transport.port import open_port

        port = open_port(self.url)
        session = AtSession(port, default_timeout=self.timeout)
        session.set_deadline(self.deadline)
        try:
            with self._lock:
                self._session = session
            if self._cancelled.is_set():
                raise Cancelled(tr("Runner", "The check was cancelled."))
            try:
                facts = read_facts(session, url=self.url, probe_timeout=self.probe_timeout,
                                   sim_busy_wait=self.sim_busy_wait, progress=self.progress,
                                   prefetch=self.prefetch)
                for step in self.steps:
                    step(session, facts)
            finally:
                self.transcript = session.transcript.entries()
            return facts
        finally:
            with self._lock:
                self._session = None
            try:
                port.close()
            except Exception:  # noqa: BLE001 - a vanished port may fail to close; nothing to do
                log.debug("closing %s failed", self.url, exc_info=True)

