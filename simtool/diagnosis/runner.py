"""One full check of one modem: open the port, read the facts, judge them, build the report.

This is the only place that strings the layers together (port -> session -> facts ->
checklist -> report); the CLI, the app and the benchmarks all call it, so they all measure
and show the same thing.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Mapping

from simtool.at.session import AtSession, Cancelled
from simtool.diagnosis.probe import IDENTITY_LINE, RADIO_SIM_LINE
from simtool.i18n import tr
from simtool.log import get_logger
from simtool.transport.errors import PortError, PortVanished

# The checklist, the readers and the report model are imported only once the modem has
# been asked its first question, so the first byte reaches the port as early as possible
# (DESIGN.md: time to first byte <= 2 x `import serial`). For the same reason nothing here
# imports `typing` or `dataclasses` (~9 ms together); type checkers treat this name as True.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from simtool.diagnosis.checklist import AccountResult
    from simtool.diagnosis.facts import Facts, PortFacts
    from simtool.report.model import Report, SupportInfo

log = get_logger(__name__)

# progress(step, message): step is a check id ("sim-health", ...) or "port"/"read".
ProgressCallback = Callable[[str, str], None]


class CheckOptions:
    """How a check runs (a plain class: see the note on imports above)."""

    def __init__(self, timeout: float = 10.0, probe_timeout: float = 3.0,
                 sim_busy_wait: float = 60.0,
                 manual_answers: Mapping[str, bool | None] | None = None,
                 support: SupportInfo | None = None, connect_test: bool = False,
                 balance: bool = False, balance_code: str | None = None) -> None:
        self.timeout = timeout              # default per-command timeout, seconds
        self.probe_timeout = probe_timeout  # how long the first AT may take: then "silent"
        self.sim_busy_wait = sim_busy_wait  # how long a busy SIM is re-read before judging
        self.manual_answers: Mapping[str, bool | None] = manual_answers or {}
        self.support = support
        self.connect_test = connect_test    # also activate the data context once (consent)
        self.balance = balance              # also ask the operator for the balance (USSD)
        self.balance_code = balance_code    # that code instead of the provider database's

    def __repr__(self) -> str:
        return (f"CheckOptions(timeout={self.timeout!r}, probe_timeout={self.probe_timeout!r}, "
                f"sim_busy_wait={self.sim_busy_wait!r}, connect_test={self.connect_test!r}, "
                f"balance={self.balance!r})")


_readers_ready = threading.Event()


def _prefetch_yielding_quickly() -> None:
    """The prefetch is CPU-bound while the check's thread only waits for replies: a 1 ms
    switch interval (Python's default is 5 ms) hands the interpreter back to the check
    within a millisecond of a reply arriving. Restored when the imports are done."""
    previous = sys.getswitchinterval()
    sys.setswitchinterval(min(previous, 0.001))
    try:
        _prefetch()
    finally:
        sys.setswitchinterval(previous)


def _prefetch() -> None:
    """Import what the check needs after the modem answered (~40 ms of CPU) while the main
    thread waits for the modem's replies: first the readers (needed once the first two
    lines are answered; `_readers_ready` tells when), then the checklist, the report and
    its two common formats (needed at the end).
    The provider database is not parsed here: a check looks up one network by a scan."""
    try:
        from simtool.diagnosis import collect  # noqa: F401
        from simtool.providers import database  # noqa: F401
    except Exception:  # noqa: BLE001 - only a head start: the check's own import reports it
        log.debug("prefetch failed", exc_info=True)
    finally:
        _readers_ready.set()
    try:
        from simtool.diagnosis import checklist  # noqa: F401
        from simtool.report import json_export, model, redact, text  # noqa: F401
    except Exception:  # noqa: BLE001 - as above
        log.debug("prefetch failed", exc_info=True)


_prefetch_lock = threading.Lock()
_prefetch_thread: threading.Thread | None = None


def start_prefetch() -> threading.Thread:
    """Start the prefetch once per process; every check gets the same thread.

    A check never imports a module while the prefetch may be importing it: two threads
    importing the same package at once can hit Python's import deadlock (seen:
    _DeadlockError on simtool.providers.database). So it waits for `_readers_ready` before
    using the readers, and joins the thread before importing the checklist and report."""
    global _prefetch_thread
    with _prefetch_lock:
        if _prefetch_thread is None:
            _prefetch_thread = threading.Thread(target=_prefetch_yielding_quickly,
                                                name="simtool-prefetch", daemon=True)
            _prefetch_thread.start()
        return _prefetch_thread


def preload() -> None:
    """Import everything a check needs, here and now: call it before running checks in
    several threads at once (fleets), so no two threads ever import a module together."""
    start_prefetch().join()
    from simtool.transport import discovery, doctor, port  # noqa: F401


def port_facts_for(url: str) -> PortFacts:
    """USB details of a local port when discovery knows it; just the URL otherwise."""
    from simtool.diagnosis.facts import PortFacts

    facts = PortFacts(url=url, device=url)
    if "://" in url:
        return facts     # sim://, socket://, rfc2217://: no local USB device to describe
    try:
        from simtool.transport.discovery import describe_port
    except ImportError:
        return facts
    return describe_port(url) or facts


def _finish(facts: Facts, transcript_session: AtSession | None,
            options: CheckOptions, account: AccountResult | None = None) -> Report:
    start_prefetch().join()     # the checklist and report modules: see start_prefetch
    from simtool.diagnosis.checklist import evaluate
    from simtool.report.model import Report, SupportInfo, host_os

    checks, verdict = evaluate(facts, manual_answers=options.manual_answers, account=account)
    support = options.support or SupportInfo()
    if support.host_os is None:
        support = SupportInfo(symptom=support.symptom, last_worked=support.last_worked,
                              device_changed=support.device_changed, host_os=host_os())
    transcript = transcript_session.transcript.entries() if transcript_session else []
    return Report(facts=facts, checks=checks, verdict=verdict, transcript=transcript,
                  support=support)


def unreachable_facts(port: PortFacts, error: PortError) -> Facts:
    from simtool.diagnosis.facts import Facts

    facts = Facts(port=port, reachable=False)
    facts.port_error = str(error) + (f" {error.remedy}" if error.remedy else "")
    facts.port_error_kind = error.kind
    return facts


def _heard_anything(session: AtSession) -> bool:
    """Whether the port sent back anything at all (a silent port sends nothing)."""
    return any(entry.dir == "rx" and entry.text.strip("\r\n\0 ")
               for entry in session.transcript.entries())


def _bare_port(url: str) -> PortFacts:
    from simtool.diagnosis.facts import PortFacts

    return PortFacts(url=url, device=url)


def diagnose(session: AtSession, *, port: PortFacts | None, url: str | None = None,
             options: CheckOptions | None = None,
             progress: ProgressCallback | None = None) -> Report:
    """Check a modem on an already-open session (the app's worker owns its session).
    `port` describes it; None means just `url` (built after the first byte went out)."""
    options = options or CheckOptions()
    try:
        if progress:
            progress("port", tr("Runner", "Talking to the modem…"))
        # The first line goes out before anything else is imported; the prefetch thread
        # then imports the readers while this thread waits for the modem's reply.
        session.send_raw((IDENTITY_LINE + "\r").encode("ascii"))
        start_prefetch()
        first = session.read_reply(command=IDENTITY_LINE, timeout=options.probe_timeout)
        # A modem answered: the second line goes out at once, so the readers keep importing
        # while the modem answers it too (collect reads and judges its reply).
        radio_sim_sent = first.complete
        if radio_sim_sent:
            session.send_raw((RADIO_SIM_LINE + "\r").encode("ascii"))
        _readers_ready.wait()
        if not first.complete and not first.lines and _heard_anything(session):
            # The echo or noise came back but no reply: a modem is there and lost one
            # answer (flaky line); ask once more before calling the port silent.
            first = session.command(IDENTITY_LINE, timeout=options.probe_timeout)
        from simtool.diagnosis.collect import NoAnswer, collect_facts

        try:
            facts = collect_facts(session, progress=progress,
                                  sim_busy_wait=options.sim_busy_wait, first_reply=first,
                                  radio_sim_sent=radio_sim_sent)
        except NoAnswer:
            from simtool.transport.doctor import silent_error

            raise silent_error(url or (port.url if port else "") or "",
                               timeout=options.probe_timeout) from None
        if port is None:
            port = _bare_port(url or "")
        facts.port = port
        facts.reachable = True
        if options.connect_test:
            from simtool.actions.connect_test import record_connection_test

            record_connection_test(session, facts)
        account = _ask_balance(session, facts, options) if options.balance else None
    except PortError as error:
        facts = unreachable_facts(port or _bare_port(url or ""), error)
        account = None
    return _finish(facts, session, options, account)


def _ask_balance(session: AtSession, facts: Facts, options: CheckOptions
                 ) -> AccountResult | None:
    """The operator's answer for the `account` step; None when the modem is not on a network
    (the step is skipped then, and USSD would only wait for a refusal)."""
    from simtool.actions.account import ask_balance
    from simtool.diagnosis.checklist import AccountResult
    from simtool.diagnosis.facts import REGISTERED_STATES
    from simtool.errors import ValidationError

    if facts.registration.overall not in REGISTERED_STATES:
        return None
    try:
        return ask_balance(session, options.balance_code)
    except ValidationError:                 # no code on record and none given
        return AccountResult(ok=False, code_used="", text=tr(
            "Runner", "The operator has no balance-check code in the provider database: "
            "give yours with --balance-code, e.g. --balance-code '*100#'."))


class CheckRun:
    """A check that another thread can cancel: `run()` in one thread, `cancel()` from any."""

    def __init__(self, url: str, options: CheckOptions | None = None,
                 progress: ProgressCallback | None = None) -> None:
        self.url = url
        self.options = options or CheckOptions()
        self.progress = progress
        self._session: AtSession | None = None
        self._cancelled = threading.Event()
        self._lock = threading.Lock()

    def cancel(self) -> None:
        self._cancelled.set()
        with self._lock:
            if self._session is not None:
                self._session.cancel()

    def run(self) -> Report:
        """Raises Cancelled when cancel() was called; every other outcome is a Report."""
        report = self._run()
        # USB details only go into the report: looked up after the modem work, not before
        # the first byte.
        described = port_facts_for(self.url)
        for key, value in vars(described).items():
            if value is not None:
                setattr(report.facts.port, key, value)
        return report

    def _run(self) -> Report:
        from simtool.transport.port import open_port

        try:
            port = open_port(self.url)
        except PortError as error:
            return _finish(unreachable_facts(_bare_port(self.url), error), None, self.options)
        session = AtSession(port, default_timeout=self.options.timeout)
        try:
            with self._lock:
                self._session = session
            if self._cancelled.is_set():
                raise Cancelled(tr("Runner", "The check was cancelled."))
            return diagnose(session, port=None, url=self.url, options=self.options,
                            progress=self.progress)
        except PortVanished as error:
            return _finish(unreachable_facts(_bare_port(self.url), error), session,
                           self.options)
        finally:
            with self._lock:
                self._session = None
            try:
                port.close()
            except Exception:  # noqa: BLE001 - a vanished port may fail to close; nothing to do
                log.debug("closing %s failed", self.url, exc_info=True)


def run_check(url: str, options: CheckOptions | None = None,
              progress: ProgressCallback | None = None) -> Report:
    return CheckRun(url, options, progress).run()
