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

from simtool.at.session import AtSession, Cancelled
from simtool.i18n import tr
from simtool.log import get_logger
from simtool.sources.at.first_lines import IDENTITY_LINE, RADIO_SIM_LINE
from simtool.sources.prefetch import Pending, import_in_background

TYPE_CHECKING = False
if TYPE_CHECKING:
    from simtool.at.transcript import TranscriptEntry
    from simtool.facts import Facts

log = get_logger(__name__)

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
    return any(entry.dir == "rx" and entry.text.strip("\r\n\0 ")
               for entry in session.transcript.entries())


def read_facts(session: AtSession, *, url: str, probe_timeout: float = 3.0,
               sim_busy_wait: float = 60.0, progress: Progress | None = None,
               prefetch: Sequence[str] = ()) -> Facts:
    """Every fact the checklist needs, read on an open session. `prefetch`: modules the
    caller will import once the read is done (imported meanwhile, see start_prefetch).
    Raises PortError (silent, vanished...) and Cancelled; `facts.port` is left to the caller."""
    if progress:
        progress("port", tr("Runner", "Talking to the modem…"))
    session.send_raw((IDENTITY_LINE + "\r").encode("ascii"))
    start_prefetch(prefetch)
    first = session.read_reply(command=IDENTITY_LINE, timeout=probe_timeout)
    # A modem answered: the second line goes out at once, so the readers keep importing
    # while the modem answers it too (the reader reads and judges its reply).
    radio_sim_sent = first.complete
    if radio_sim_sent:
        session.send_raw((RADIO_SIM_LINE + "\r").encode("ascii"))
    _wait_for_readers()
    if not first.complete and not first.lines and _heard_anything(session):
        # The echo or noise came back but no reply: a modem is there and lost one
        # answer (flaky line); ask once more before calling the port silent.
        first = session.command(IDENTITY_LINE, timeout=probe_timeout)
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
                 progress: Progress | None = None, prefetch: Sequence[str] = ()) -> None:
        self.url = url
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

