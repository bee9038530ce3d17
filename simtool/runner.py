"""One full check of one modem: read its facts through its source, judge them, build the report.

This is the only place that strings the layers together (source -> facts -> checklist ->
report); the CLI, the app and the benchmarks all call it, so they all measure and show the
same thing. The source is picked from the port URL (simtool.sources.kind_of). What a check
does besides reading (a connection test, a balance query) is composed by the face that
asks for it, as `CheckOptions.steps`.

The checklist, the readers and the report model are imported only once the modem has been
asked its first question, so the first byte reaches the port as early as possible
(DESIGN.md: time to first byte <= 2 x `import serial`). For the same reason nothing here
imports `typing` or `dataclasses` (~9 ms together); type checkers treat this name as True.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from simtool.log import get_logger
from simtool.sources import DEFAULT_DEADLINE  # CheckOptions.deadline (`check --deadline`)
from simtool.sources.prefetch import import_in_background
from simtool.transport.errors import PortError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path

    from simtool.at.session import AtSession
    from simtool.at.transcript import TranscriptEntry
    from simtool.facts import AccountResult, Facts, PortFacts
    from simtool.report.model import Report, SupportInfo
    from simtool.sources.at.source import Step
    from simtool.sources.base import Credentials, Source

log = get_logger(__name__)

# progress(step, message): step is a check id ("sim-health", ...) or "port"/"read".
ProgressCallback = Callable[[str, str], None]


# Imported while the modem answers (see the module docstring), needed once the facts are in.
# The provider database is the checklist's (the expected APN); the AT source has it already.
JUDGE_MODULES = ("simtool.diagnosis.checklist", "simtool.providers.database",
                 "simtool.report.model", "simtool.report.json_export", "simtool.report.redact",
                 "simtool.report.text", "simtool.report.history")


class CheckOptions:
    """How a check runs (a plain class: see the note on imports above)."""

    def __init__(self, timeout: float = 10.0, probe_timeout: float = 3.0,
                 sim_busy_wait: float = 60.0,
                 manual_answers: Mapping[str, bool | None] | None = None,
                 support: SupportInfo | None = None, steps: Sequence[Step] = (),
                 use_modemmanager: bool = True, inhibit: bool = False,
                 notice: Callable[[str], None] | None = None,
                 credentials: Credentials | None = None,
                 history: bool = False, data_test: bool = False,
                 deadline: float | None = DEFAULT_DEADLINE) -> None:
        self.timeout = timeout              # default per-command timeout, seconds
        self.probe_timeout = probe_timeout  # how long the first AT may take: then "silent"
        self.sim_busy_wait = sim_busy_wait  # how long a busy SIM is re-read before judging
        # The whole conversation with the modem ends within this many seconds (steps
        # included); None: no bound but the per-command ones.
        self.deadline = deadline
        self.manual_answers: Mapping[str, bool | None] = manual_answers or {}
        self.support = support
        # Run on the open AT session after the read, in order: what the user asked for on
        # top of the read-only check (connection test, balance query: simtool.actions).
        self.steps = steps
        # A device path ModemManager holds is read through ModemManager (Linux); False
        # refuses it instead (--no-modemmanager). Never opened beside ModemManager.
        self.use_modemmanager = use_modemmanager
        # Ask ModemManager to let go of the modem for the check (--inhibit, write-class).
        self.inhibit = inhibit
        self.notice = notice                # a sentence for the user (the CLI: stderr)
        # A device's admin login, for sources that have one (hilink, zte); never stored.
        self.credentials = credentials
        # Consult and add to the card history (simtool.report.history): the faces' checks
        # do, replays and tests of recorded facts do not.
        self.history = history
        # A data-path test is among the steps (a source that runs no steps says so).
        self.data_test = data_test

    def __repr__(self) -> str:
        return (f"CheckOptions(timeout={self.timeout!r}, probe_timeout={self.probe_timeout!r}, "
                f"sim_busy_wait={self.sim_busy_wait!r}, deadline={self.deadline!r}, "
                f"steps={len(self.steps)}, history={self.history!r})")


def preload() -> None:
    """Import everything a check needs, here and now: call it before running checks in
    several threads at once (fleets), so no two threads ever import a module together."""
    from simtool.sources.at.source import start_prefetch

    start_prefetch(JUDGE_MODULES).join()
    from simtool.transport import discovery, doctor, port  # noqa: F401


def port_facts_for(url: str) -> PortFacts:
    """USB details of a local port when discovery knows it; just the URL otherwise."""
    from simtool.facts import PortFacts

    facts = PortFacts(url=url, device=url)
    if "://" in url:
        return facts     # sim://, socket://, rfc2217://: no local USB device to describe
    try:
        from simtool.transport.discovery import describe_port
    except ImportError:
        return facts
    return describe_port(url) or facts


def unreachable_facts(port: PortFacts, error: PortError) -> Facts:
    from simtool.facts import Facts

    facts = Facts(port=port, reachable=False)
    # A Chinese sentence ends in a full-width stop and takes no space after it.
    gap = "" if str(error).endswith(("。", "）", "？", "！")) else " "
    facts.port_error = str(error) + (f"{gap}{error.remedy}" if error.remedy else "")
    facts.port_error_kind = error.kind
    return facts


def _bare_port(url: str) -> PortFacts:
    from simtool.facts import PortFacts

    return PortFacts(url=url, device=url)


def judge(facts: Facts, transcript: list[TranscriptEntry], options: CheckOptions,
          account: AccountResult | None = None) -> Report:
    """The report on `facts`: the checklist's results and verdict, with the support details."""
    # Imported in the background while the source waited (no import beside it: see
    # simtool.sources.prefetch); at once when they are in already.
    import_in_background(JUDGE_MODULES).join()
    from simtool.diagnosis.checklist import evaluate
    from simtool.report.model import Report, SupportInfo, host_os

    support = options.support or SupportInfo()
    if options.history and facts.reachable:
        support = _with_history(facts, support)
    checks, verdict = evaluate(facts, manual_answers=options.manual_answers,
                               account=account or facts.account)
    if support.host_os is None:
        support = SupportInfo(symptom=support.symptom, last_worked=support.last_worked,
                              device_changed=support.device_changed, host_os=host_os())
    report = Report(facts=facts, checks=checks, verdict=verdict, transcript=transcript,
                    support=support)
    if options.history:
        from simtool.report.history import record_check

        record_check(report)
    return report


def _with_history(facts: Facts, support: SupportInfo) -> SupportInfo:
    """Put the card's history in the facts, and what it tells where the user said nothing:
    when the card last worked, and whether it is in another device since."""
    from simtool.report.history import card_history, worked_since
    from simtool.report.model import SupportInfo

    history = card_history(facts.sim.iccid, facts.modem.imei)
    facts.history = history
    if history is None:
        return support
    last_worked = support.last_worked or worked_since(history)
    changed = support.device_changed
    if changed is None and history.last_passed_imei and facts.modem.imei:
        changed = history.last_passed_imei != facts.modem.imei
    return SupportInfo(symptom=support.symptom, last_worked=last_worked,
                       device_changed=changed, host_os=support.host_os)


def diagnose(session: AtSession, *, port: PortFacts | None, url: str | None = None,
             options: CheckOptions | None = None,
             progress: ProgressCallback | None = None) -> Report:
    """Check a modem on an already-open AT session (the app's worker owns its session).
    `port` describes it; None means just `url` (built after the first byte went out)."""
    from simtool.sources.at.source import read_facts

    options = options or CheckOptions()
    session.set_deadline(options.deadline)
    try:
        facts = read_facts(session, url=url or (port.url if port else "") or "",
                           probe_timeout=options.probe_timeout,
                           sim_busy_wait=options.sim_busy_wait, progress=progress,
                           prefetch=JUDGE_MODULES)
        facts.port = port or _bare_port(url or "")
        for step in options.steps:
            step(session, facts)
    except PortError as error:
        facts = unreachable_facts(port or _bare_port(url or ""), error)
    finally:
        session.set_deadline(None)      # the session lives on (the app's console)
    facts.port.via = "at"
    return judge(facts, session.transcript.entries(), options)


def open_source(url: str, options: CheckOptions, progress: ProgressCallback | None) -> Source:
    """The source that reads `url` (simtool.sources.kind_of), ready to read."""
    from simtool.sources import kind_of

    kind = kind_of(url)
    if options.inhibit and kind in ("at", "modemmanager"):
        return InhibitedSource(url, options, progress)
    if kind == "at":
        from simtool.sources.at.source import AtSource

        beside = _local_linux_device(url)
        if beside:
            routed = _route_held_port(url, options, progress)
            if routed is not None:
                return routed
        source: Source = AtSource(url, timeout=options.timeout,
                                  probe_timeout=options.probe_timeout,
                                  sim_busy_wait=options.sim_busy_wait, steps=options.steps,
                                  progress=progress, prefetch=JUDGE_MODULES,
                                  deadline=options.deadline)
        if beside and options.use_modemmanager:
            return ManagerFallback(source, url, options, progress)
        return source
    return _other_source(kind, url, options, progress)


def _other_source(kind: str, url: str, options: CheckOptions,
                  progress: ProgressCallback | None) -> Source:
    import importlib

    module = importlib.import_module(f"simtool.sources.{kind}")
    # A source names the options it takes besides these two (its package's OPTIONS).
    extra = {name: getattr(options, name) for name in getattr(module, "OPTIONS", ())}
    source: Source = module.open_source(url, timeout=options.timeout, progress=progress,
                                        **extra)
    # The checklist and the report import while the source waits on its replies (the AT
    # source starts this itself, after its first byte).
    import_in_background(JUDGE_MODULES)
    return source


def _local_linux_device(url: str) -> bool:
    import sys

    return sys.platform.startswith("linux") and "://" not in url


def _say(options: CheckOptions, text: str) -> None:
    if options.notice is not None:
        options.notice(text)


def _through_manager(url: str, managed: str, options: CheckOptions,
                     progress: ProgressCallback | None) -> Source:
    from simtool.i18n import tr

    _say(options, tr("Runner", "{port} is managed by ModemManager: reading it through "
                     "ModemManager ({url}), not beside it. --no-modemmanager refuses instead; "
                     "--inhibit --allow-write runs the full AT check.").format(
        port=url, url=managed))
    return _other_source("modemmanager", managed, options, progress)


def _route_held_port(url: str, options: CheckOptions,
                     progress: ProgressCallback | None) -> Source | None:
    """A device path ModemManager has open is never opened beside it, even by root: read
    through ModemManager, or refuse (--no-modemmanager, or ModemManager cannot be asked)."""
    from simtool.transport.doctor import modemmanager_holds

    if not modemmanager_holds(url):
        return None
    from simtool.sources.modemmanager.coexist import held_error, managing_url

    managed = managing_url(url)
    if managed is not None and options.use_modemmanager:
        return _through_manager(url, managed, options, progress)
    return RefusedSource(held_error(url, managed))


class RefusedSource:
    """A port simtool will not open: read() says why (the report's port check)."""

    via = "at"

    def __init__(self, error: PortError) -> None:
        self.error = error
        self.transcript: list[TranscriptEntry] = []

    def read(self) -> Facts:
        raise self.error

    def cancel(self) -> None:
        pass


class ManagerFallback:
    """The AT source, unless the port turns out busy and ModemManager manages it (a normal
    user cannot see ModemManager's open files, only the busy port): then ModemManager."""

    def __init__(self, source: Source, url: str, options: CheckOptions,
                 progress: ProgressCallback | None) -> None:
        self.source = source
        self.url = url
        self.options = options
        self.progress = progress
        self.via = source.via
        self.transcript: list[TranscriptEntry] = []

    def cancel(self) -> None:
        self.source.cancel()

    def read(self) -> Facts:
        from simtool.transport.errors import PortBusy

        try:
            try:
                return self.source.read()
            except PortBusy:
                from simtool.transport.doctor import modemmanager_running

                if not modemmanager_running():
                    raise
                from simtool.sources.modemmanager.coexist import managing_url

                managed = managing_url(self.url)
                if managed is None:
                    raise
                self.source = _through_manager(self.url, managed, self.options, self.progress)
                self.via = self.source.via
                return self.source.read()
        finally:
            self.transcript = self.source.transcript


class InhibitedSource:
    """--inhibit: ModemManager lets go of the modem, the full AT check runs on its port,
    then ModemManager takes it back (and re-probes it: any connection it had drops)."""

    via = "at"

    def __init__(self, url: str, options: CheckOptions,
                 progress: ProgressCallback | None) -> None:
        self.url = url
        self.options = options
        self.progress = progress
        self.transcript: list[TranscriptEntry] = []
        self._source: Source | None = None

    def cancel(self) -> None:
        if self._source is not None:
            self._source.cancel()

    def read(self) -> Facts:
        from simtool.i18n import tr
        from simtool.sources.at.source import AtSource
        from simtool.sources.modemmanager.coexist import Inhibition

        inhibition = Inhibition(self.url)
        try:
            port = inhibition.open()
            self.transcript = list(inhibition.client.transcript)
            _say(self.options, tr("Runner", "ModemManager let go of the modem for this check "
                                  "(InhibitDevice). When simtool ends, ModemManager probes "
                                  "it again (10 s or more) and any connection it had drops."))
            self._source = AtSource(port, timeout=self.options.timeout,
                                    probe_timeout=self.options.probe_timeout,
                                    sim_busy_wait=self.options.sim_busy_wait,
                                    steps=self.options.steps, progress=self.progress,
                                    prefetch=JUDGE_MODULES, deadline=self.options.deadline)
            try:
                return self._source.read()
            finally:
                self.transcript = list(inhibition.client.transcript) + self._source.transcript
        finally:
            inhibition.close()


class CheckRun:
    """A check that another thread can cancel: `run()` in one thread, `cancel()` from any."""

    def __init__(self, url: str, options: CheckOptions | None = None,
                 progress: ProgressCallback | None = None,
                 adopt: Callable[[Facts], None] | None = None) -> None:
        """`adopt`: a last word on the facts before they are judged (a replay puts back
        what the saved report recorded)."""
        self.url = url
        self.options = options or CheckOptions()
        self.adopt = adopt
        self.source = open_source(url, self.options, progress)

    def cancel(self) -> None:
        self.source.cancel()

    def run(self) -> Report:
        """Raises Cancelled when cancel() was called; every other outcome is a Report."""
        try:
            facts = self.source.read()
            # A source may describe the port (ModemManager: its ports); the URL is ours.
            facts.port.url = facts.port.url or self.url
            facts.port.device = facts.port.device or self.url
        except PortError as error:
            facts = unreachable_facts(_bare_port(self.url), error)
        facts.port.via = self.source.via
        if self.adopt is not None:
            self.adopt(facts)
        if self.options.data_test and facts.data_path is None and facts.port.via != "at" \
                and facts.reachable:
            # The steps run on an AT session; another source read this modem.
            from simtool.facts import DataPathResult
            from simtool.i18n import tr

            facts.data_path = DataPathResult(outcome="not-testable", detail=tr(
                "Runner", "the modem was read through {via}; the test needs its AT port "
                "(--inhibit --allow-write lends it to simtool)").format(via=facts.port.via))
        report = judge(facts, self.source.transcript, self.options)
        # USB details of a local port only go into the report: looked up after the modem
        # work, not before the first byte. (A URL has none: sim://, socket://, replay://.)
        if "://" not in self.url and report.facts.port.via == "at":
            for key, value in vars(port_facts_for(self.url)).items():
                if value is not None:
                    setattr(report.facts.port, key, value)
        return report


def run_check(url: str, options: CheckOptions | None = None,
              progress: ProgressCallback | None = None) -> Report:
    return CheckRun(url, options, progress).run()


def replay_report(path: str | Path, options: CheckOptions | None = None) -> Report:
    """The report the checklist gives today for the modem recorded in the saved report at
    `path` (its AT transcript replayed through the replay:// port). Raises ReplayError."""
    from simtool.sources.at.replay import load_recording

    recording = load_recording(path)
    options = options or CheckOptions()
    if options.support is None and recording.support:
        from simtool.report.model import SupportInfo

        # Only the fields we know: a hand-edited or newer report must not break the replay.
        options.support = SupportInfo(**{name: recording.support.get(name)
                                         for name in SupportInfo.__dataclass_fields__})
    return CheckRun(recording.url, options, adopt=recording.adopt).run()
