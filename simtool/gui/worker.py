"""The one thread that owns the modem's port, and the GUI-thread controller that talks to it.

Shape (style_anchors.md §7 Q1): `ModemWorker` lives on a QThread and is the only object that
touches the port and the AT session; requests reach it as queued signals. `ModemController`
lives in the GUI thread, relays the worker's signals (tests wait on these, never on the
worker's own), and cancels a running operation with `session.cancel()`, which is thread-safe.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
from typing import Any

from PySide6.QtCore import QMetaObject, QObject, Qt, QThread, QTimer, Signal, Slot

from simtool.at.session import AtResponse
from simtool.gui.sampling import SignalSample, read_sample
from simtool.report.model import Report, SupportInfo

log = logging.getLogger(__name__)

# How often the port is tried again after it vanished (modem unplugged or resetting).
RECONNECT_INTERVAL_MS = 1000
# How often an idle port is read for URCs (a non-blocking read; also notices an unplug).
URC_INTERVAL_MS = 1000


def login_asked(report: Report) -> bool:
    """The device stopped the check at its admin login and no password was tried."""
    facts = report.facts
    return facts.port_error_kind == "login" and facts.router.login in (None, "needed")


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


class ModemWorker(QObject):
    """Owns the port and the AT session; every slot runs in the worker thread."""

    opened = Signal(str)                  # url
    open_failed = Signal(str, str, object)   # url, user sentence, Report of the port check
    progress = Signal(str, str)           # step id, message
    check_finished = Signal(object)       # Report
    check_cancelled = Signal()
    port_lost = Signal(str)               # user sentence
    sample = Signal(object)               # SignalSample
    reply = Signal(str, str, bool)        # command as shown, reply text, ok
    urc = Signal(str)                     # unsolicited line
    failed = Signal(str)                  # unexpected error, "Type: message"
    poll_done = Signal()
    drain_done = Signal()
    warmed_up = Signal()
    action_finished = Signal(str, bool, str)   # fix name, succeeded, message
    action_result = Signal(str, object)   # fix name, what a query found (network scan)
    account_answered = Signal(object)     # AccountResult: the operator's answer (USSD)
    closed = Signal()
    released = Signal()

    def __init__(self) -> None:
        super().__init__()                # no parent: the worker is moved to its thread
        self._url: str | None = None
        self._port: Any = None
        self._session: Any = None
        self._run: Any = None             # a check through another source (mm://)
        # cancel() comes from the GUI thread; the lock guards the session reference only.
        self._lock = threading.Lock()
        # The admin login the user typed for a stick or router (hilink://, zte://), kept in
        # memory for the next check only (set_credentials).
        self._credentials: Any = None

    # -- called from the GUI thread (thread-safe) ---------------------------------------
    def cancel(self) -> None:
        with self._lock:
            session, run = self._session, self._run
        if session is not None:
            session.cancel()
        if run is not None:
            run.cancel()

    def set_credentials(self, credentials: object) -> None:
        """The admin password for the next check of a web device (any thread)."""
        with self._lock:
            self._credentials = credentials

    # -- slots: run in the worker thread -------------------------------------------------
    @Slot()
    def warm_up(self) -> None:
        """Import the check's modules here, at start-up, not during the first check: module
        code and regex compilation hold the GIL, and once Qt is loaded every import also
        passes PySide6's import hook, which reads the module's source (inspect.getsource):
        imports during the first check stalled the window by ~25 ms."""
        import simtool.report.model  # noqa: F401
        import simtool.sim.modem  # noqa: F401 - the app offers simulated modems
        import simtool.transport.discovery  # noqa: F401
        import simtool.transport.doctor  # noqa: F401
        from simtool.diagnosis.checklist import evaluate
        from simtool.facts import Facts
        from simtool.providers.database import lookup
        from simtool.runner import preload
        from simtool.transport.port import register_handlers

        preload()               # what a check imports: readers, checklist, report exporters
        # One judgement of empty facts runs the checklist's code paths once (regexes it
        # compiles on first use) and one lookup reads the provider database file, away from
        # a real check.
        evaluate(Facts())
        lookup("001", "01")
        register_handlers("sim")
        self.warmed_up.emit()

    @Slot(str)
    def open(self, url: str) -> None:
        from simtool.transport.errors import PortError
        from simtool.transport.port import open_port

        self._close_port()
        self._url = url
        from simtool.sources import kind_of

        if kind_of(url) != "at":
            self.opened.emit(url)         # mm://: nothing to open; each check asks anew
            return
        held = _held_by_modemmanager(url)
        if held is not None:
            self.open_failed.emit(url, _port_sentence(held), _port_report(url, held))
            return
        try:
            port = open_port(url)
        except PortError as error:
            self.open_failed.emit(url, _port_sentence(error), _port_report(url, error))
            return
        except Exception as exc:  # noqa: BLE001 - anything from a driver becomes a message
            self.open_failed.emit(url, _describe(exc), None)
            return
        self._port = port
        self._new_session()
        self.opened.emit(url)

    @Slot(object, object, object)
    def run_check(self, manual_answers: object, support: object, steps: object = ()) -> None:
        from simtool.at.session import Cancelled
        from simtool.runner import CheckOptions, diagnose, port_facts_for
        from simtool.sources import kind_of

        if self._url is not None and kind_of(self._url) != "at":
            self._check_other_source(self._url, manual_answers, support)
            return
        if self._port is None or self._url is None:
            self.port_lost.emit(_not_open_sentence())
            return
        # A fresh session per check: the report's transcript is this check's, not the
        # console's and the signal polls' since the port opened.
        session = self._new_session()
        options = CheckOptions(
            manual_answers=dict(manual_answers) if isinstance(manual_answers, dict) else {},
            support=support if isinstance(support, SupportInfo) else SupportInfo(),
            steps=tuple(steps) if isinstance(steps, (list, tuple)) else (),
        )
        try:
            report = diagnose(session, port=port_facts_for(self._url), options=options,
                              progress=self._on_progress)
        except Cancelled:
            self._reset_after_cancel()
            self.check_cancelled.emit()
            return
        except Exception as exc:  # noqa: BLE001 - never let an exception leave the thread
            log.exception("check failed")
            self.failed.emit(_describe(exc))
            return
        if report.facts.port_error_kind in ("vanished", "not-found"):
            # The modem went away mid-check: say so, and let the controller reconnect.
            self._close_port()
            self.check_finished.emit(report)
            self.port_lost.emit(report.facts.port_error or _not_open_sentence())
            return
        self.check_finished.emit(report)

    def _check_other_source(self, url: str, manual_answers: object, support: object) -> None:
        """A check through a source other than an AT port (ModemManager, a stick's web API):
        the runner reads, nothing stays open between checks."""
        from simtool.at.session import Cancelled
        from simtool.runner import CheckOptions, CheckRun

        with self._lock:
            credentials, self._credentials = self._credentials, None   # one attempt
        options = CheckOptions(
            manual_answers=dict(manual_answers) if isinstance(manual_answers, dict) else {},
            support=support if isinstance(support, SupportInfo) else SupportInfo(),
            credentials=credentials)
        try:
            run = CheckRun(url, options, progress=self._on_progress)
            with self._lock:
                self._run = run
            report = run.run()
        except Cancelled:
            self.check_cancelled.emit()
            return
        except Exception as exc:  # noqa: BLE001 - never let an exception leave the thread
            log.exception("check failed")
            self.failed.emit(_describe(exc))
            return
        finally:
            with self._lock:
                self._run = None
        self.check_finished.emit(report)

    @Slot()
    def poll(self) -> None:
        from simtool.at.session import Cancelled
        from simtool.transport.errors import PortError

        session = self._session
        try:
            if session is not None:
                self.sample.emit(read_sample(session, time.time()))
        except Cancelled:
            self._reset_after_cancel()
        except PortError as error:
            self._lost(error)
        except Exception as exc:  # noqa: BLE001 - a bad sample is logged, polling goes on
            log.warning("signal poll failed: %s", _describe(exc))
        finally:
            self.poll_done.emit()

    @Slot()
    def drain(self) -> None:
        """Pass on URCs that arrived while nothing was sent (non-blocking)."""
        from simtool.at.session import Cancelled
        from simtool.transport.errors import PortError

        session = self._session
        try:
            if session is not None:
                session.drain_urcs(0.0)
        except Cancelled:
            self._reset_after_cancel()
        except PortError as error:
            self._lost(error)
        except Exception as exc:  # noqa: BLE001 - a bad read is logged; draining goes on
            log.warning("reading URCs failed: %s", _describe(exc))
        finally:
            self.drain_done.emit()

    @Slot(str, str)
    def send(self, command: str, shown: str) -> None:
        """Send one console command. `shown` is the command with any PIN masked."""
        from simtool.at.session import Cancelled
        from simtool.at.timeouts import timeout_for
        from simtool.transport.errors import PortError

        session = self._session
        if session is None:
            self.reply.emit(shown, _not_open_sentence(), False)
            return
        try:
            response = session.command(command, secret=shown != command,
                                       timeout=timeout_for(command))
        except Cancelled:
            self._reset_after_cancel()
            self.reply.emit(shown, "(cancelled)", False)
            return
        except PortError as error:
            self.reply.emit(shown, str(error), False)
            self._lost(error)
            return
        except Exception as exc:  # noqa: BLE001
            self.reply.emit(shown, _describe(exc), False)
            return
        self.reply.emit(shown, _response_text(response), bool(getattr(response, "ok", False)))

    @Slot(str, object)
    def run_action(self, name: str, params: object) -> None:
        """Apply one fix the user confirmed (radio on, PIN, APN, balance, top-up): see
        gui/fixes.py."""
        from simtool.at.session import Cancelled
        from simtool.gui.fixes import perform
        from simtool.transport.errors import PortError

        session = self._session
        if session is None:
            self.action_finished.emit(name, False, _not_open_sentence())
            return
        try:
            outcome = perform(session, name, params)
        except Cancelled:
            self._reset_after_cancel()
            self.action_finished.emit(name, False, "cancelled")
            return
        except PortError as error:
            self.action_finished.emit(name, False, str(error))
            self._lost(error)
            return
        except Exception as exc:  # noqa: BLE001 - never let an exception leave the thread
            log.error("fix %s failed: %s", name, type(exc).__name__)
            self.action_finished.emit(name, False, _describe(exc))
            return
        if outcome.account is not None:
            self.account_answered.emit(outcome.account)
        if outcome.result is not None:
            self.action_result.emit(name, outcome.result)
        self.action_finished.emit(name, outcome.ok, outcome.message)

    @Slot()
    def close(self) -> None:
        self._close_port()
        self.closed.emit()

    @Slot()
    def release(self) -> None:
        """Close the port and forget it (so another program, or the probe, can open it)."""
        self._close_port()
        self._url = None
        self.released.emit()

    # -- helpers (worker thread) ---------------------------------------------------------
    def _on_progress(self, step: str, message: str) -> None:
        self.progress.emit(step, message)

    def _on_urc(self, line: object) -> None:
        # Called by the session while it reads, i.e. in this thread.
        self.urc.emit(str(getattr(line, "text", line)))

    def _new_session(self) -> Any:
        from simtool.at.session import AtSession

        session = AtSession(self._port)
        session.subscribe(self._on_urc)
        with self._lock:
            self._session = session
        return session

    def _lost(self, error: BaseException) -> None:
        self._close_port()
        self.port_lost.emit(_port_sentence(error))

    def _reset_after_cancel(self) -> None:
        """cancel() is sticky in the session: clear it so the next request runs."""
        with self._lock:
            session = self._session
        if session is not None:
            session.reset_cancel()

    def _close_port(self) -> None:
        with self._lock:
            self._session = None
        port, self._port = self._port, None
        if port is not None:
            try:
                port.close()
            except Exception:  # noqa: BLE001 - a vanished port may fail to close
                log.debug("closing the port failed", exc_info=True)


def _held_by_modemmanager(url: str) -> Exception | None:
    """The refusal for a device path ModemManager has open (never opened beside it, even
    by root); None for any other port."""
    if not sys.platform.startswith("linux") or "://" in url:
        return None
    from simtool.transport.doctor import modemmanager_holds

    if not modemmanager_holds(url):
        return None
    from simtool.sources.modemmanager.coexist import held_error, managing_url

    return held_error(url, managing_url(url))


def _response_text(response: AtResponse) -> str:
    """Information lines and the final result code, as the modem sent them."""
    final = response.final if response.final is not None else "(no final result: timeout)"
    return "\n".join([*response.lines, final])


def _port_sentence(error: BaseException) -> str:
    remedy = getattr(error, "remedy", None)
    return f"{error} {remedy}" if remedy else str(error)


def _port_report(url: str, error: Exception) -> Report:
    """The checklist's verdict on a port that would not open (the `port` step explains)."""
    from simtool.diagnosis.checklist import evaluate
    from simtool.report.model import host_os
    from simtool.runner import port_facts_for, unreachable_facts
    from simtool.transport.errors import PortError

    assert isinstance(error, PortError)
    facts = unreachable_facts(port_facts_for(url), error)
    checks, verdict = evaluate(facts)
    return Report(facts=facts, checks=checks, verdict=verdict,
                  support=SupportInfo(host_os=host_os()))


def _not_open_sentence() -> str:
    from simtool.i18n import tr

    return tr("Port", "No modem is connected.")


class ModemController(QObject):
    """GUI-thread face of the worker. Widgets connect to these signals only."""

    opened = Signal(str)
    open_failed = Signal(str, str, object)
    progress = Signal(str, str)
    check_started = Signal()
    check_finished = Signal(object)       # Report
    check_cancelled = Signal()
    port_lost = Signal(str)
    reconnected = Signal(str)
    sample = Signal(object)               # SignalSample
    reply = Signal(str, str, bool)
    urc = Signal(str)
    failed = Signal(str)
    busy_changed = Signal(bool)
    action_started = Signal(str)          # fix name: a fix or query began (not a check)
    action_result = Signal(str, object)   # fix name, what a query found, before finished
    action_finished = Signal(str, bool, str)
    account_answered = Signal(object)     # AccountResult, before its action_finished
    warmed_up = Signal()                  # the worker imported what a check needs
    released = Signal()                   # the port is closed and free for others

    # Requests into the worker thread (queued connections).
    _request_open = Signal(str)
    _request_check = Signal(object, object, object)
    _request_release = Signal()
    _request_poll = Signal()
    _request_send = Signal(str, str)
    _request_action = Signal(str, object)
    _request_drain = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.url: str | None = None
        self.connected = False
        self.checking = False
        self.opening = False              # an open is on its way (the old port may linger)
        self._switching = False
        self.action: str | None = None    # the fix running, when `checking` is a fix
        self._busy = False
        self._reconnecting = False
        self._check_after_open = False
        self._pending_check: tuple[dict[str, bool | None], SupportInfo, tuple[Any, ...]] | \
            None = None
        self._polls_in_flight = 0
        self._commands_in_flight = 0

        self.io_thread = QThread(self)
        self.io_thread.setObjectName("modem-io")
        self.worker = ModemWorker()
        self.worker.moveToThread(self.io_thread)
        self.io_thread.finished.connect(self.worker.deleteLater)

        self._request_open.connect(self.worker.open)
        self._request_check.connect(self.worker.run_check)
        self._request_poll.connect(self.worker.poll)
        self._request_send.connect(self.worker.send)
        self._request_action.connect(self.worker.run_action)
        self._request_drain.connect(self.worker.drain)
        self._request_release.connect(self.worker.release)
        self.io_thread.started.connect(self.worker.warm_up)

        self.worker.opened.connect(self._on_opened)
        self.worker.open_failed.connect(self._on_open_failed)
        self.worker.progress.connect(self._on_progress)
        self.worker.check_finished.connect(self._on_check_finished)
        self.worker.check_cancelled.connect(self._on_check_cancelled)
        self.worker.port_lost.connect(self._on_port_lost)
        self.worker.sample.connect(self._on_sample)
        self.worker.reply.connect(self._on_reply)
        self.worker.urc.connect(self._on_urc)
        self.worker.failed.connect(self._on_failed)
        self.worker.poll_done.connect(self._on_poll_done)
        self.worker.action_finished.connect(self._on_action_finished)
        self.worker.account_answered.connect(self.account_answered)
        self.worker.action_result.connect(self._on_action_result)
        self.worker.drain_done.connect(self._on_drain_done)
        self.worker.warmed_up.connect(self._on_warmed_up)
        self.worker.released.connect(self._on_released)
        self.is_warm = False

        self._reconnect_timer = QTimer(self)
        self._reconnect_timer.setInterval(RECONNECT_INTERVAL_MS)
        self._reconnect_timer.timeout.connect(self._try_reconnect)
        self._drain_in_flight = False
        self._urc_timer = QTimer(self)
        self._urc_timer.setInterval(URC_INTERVAL_MS)
        self._urc_timer.timeout.connect(self._drain)
        self._urc_timer.start()
        self.io_thread.start()

    # -- requests ---------------------------------------------------------------------
    def open(self, url: str, *, then_check: bool = True,
             answers: dict[str, bool | None] | None = None, support: SupportInfo | None = None,
             steps: tuple[Any, ...] = ()) -> None:
        """Open `url` (closing the port open now); a check follows unless `then_check` is
        False, with `answers`, `support` and `steps` as check() takes them. Whatever the old
        port was doing is cancelled, so the new one does not wait behind it; its late
        results are dropped (they are about another modem)."""
        self._reconnect_timer.stop()
        self._reconnecting = False
        if self.url is not None and self.url != url:
            # Whatever the old port is doing (a check, a console command, a signal poll
            # waiting on a silent port) stops now; its "cancelled" is not news to show.
            self._switching = self.checking
            self.worker.cancel()
        self.url = url
        self.connected = False
        self.opening = True
        self._check_after_open = then_check
        if then_check and (answers is not None or support is not None or steps):
            self._pending_check = (dict(answers or {}), support or SupportInfo(), tuple(steps))
        self._update_busy()
        self._request_open.emit(url)

    def check(self, manual_answers: dict[str, bool | None] | None = None,
              support: SupportInfo | None = None, steps: tuple[Any, ...] = ()) -> None:
        """Check the open port (opening it first when needed). `steps`: extra steps on the
        open session after the read (runner.CheckOptions.steps)."""
        if self.checking or self.url is None:
            return
        answers, info = dict(manual_answers or {}), support or SupportInfo()
        if not self.connected:
            # Open first; the check follows as soon as the port is open.
            self._pending_check = (answers, info, tuple(steps))
            if not self._reconnecting and not self.opening:
                self.open(self.url)
            return
        self._set_checking(True)
        self._request_check.emit(answers, info, tuple(steps))

    def release(self) -> None:
        """Close the port so others can open it (the port probe); `released` follows."""
        self._reconnect_timer.stop()
        self._reconnecting = False
        self.connected = False
        self._pending_check = None
        self._check_after_open = False
        self._request_release.emit()

    def poll(self) -> None:
        """Ask for one signal sample, unless the port is busy with something longer."""
        if not self.connected or self.checking or self._polls_in_flight:
            return
        self._polls_in_flight += 1
        self._request_poll.emit()

    def send(self, command: str, shown: str) -> None:
        """Send a console command; `busy` while any is in flight, and cancel() stops it."""
        self._commands_in_flight += 1
        self._update_busy()
        self._request_send.emit(command, shown)

    @property
    def busy(self) -> bool:
        """A port is opening, or a check, a fix or a console command is running: cancel()
        stops it."""
        return self.checking or self.opening or self._commands_in_flight > 0

    def run_action(self, name: str, params: object) -> None:
        """Apply a confirmed fix; `action_started`, then `action_finished` with the outcome."""
        if self.checking or not self.connected:
            return
        self.action = name
        self._set_checking(True)
        self._request_action.emit(name, params)

    def cancel(self) -> None:
        """Abort the running check, fix or console command (runs here, in the GUI thread; the
        session is thread-safe for cancel). While a port is opening, the check that was to
        follow is dropped."""
        if not self.busy:
            return
        if self.opening:
            self._pending_check = None
            self._check_after_open = False
        self.worker.cancel()

    def shutdown(self) -> None:
        """Close the port in its own thread, then stop the thread (in that order)."""
        self._reconnect_timer.stop()
        self._urc_timer.stop()
        if not self.io_thread.isRunning():
            return
        self.worker.cancel()
        QMetaObject.invokeMethod(self.worker, "close", Qt.ConnectionType.BlockingQueuedConnection)
        self.io_thread.quit()
        self.io_thread.wait()

    # -- relays (GUI thread) ------------------------------------------------------------
    def _set_checking(self, value: bool) -> None:
        if self.checking != value:
            self.checking = value
            if value and self.action is not None:
                self.action_started.emit(self.action)
            elif value:
                self.check_started.emit()
            if not value:
                self.action = None
        self._update_busy()

    def _update_busy(self) -> None:
        busy = self.busy
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)

    @Slot(str)
    def _on_opened(self, url: str) -> None:
        if url != self.url:
            return                        # an earlier port: the one asked for is still due
        self._switching = False
        self.opening = False
        self._update_busy()
        self.connected = True
        was_reconnecting = self._reconnecting
        self._reconnecting = False
        self._reconnect_timer.stop()
        self.opened.emit(url)
        if was_reconnecting:
            self.reconnected.emit(url)
        pending, self._pending_check = self._pending_check, None
        if pending is not None or self._check_after_open or was_reconnecting:
            self._check_after_open = False
            self.check(*(pending or (None, None, ())))

    @Slot(str, str, object)
    def _on_open_failed(self, url: str, message: str, report: object) -> None:
        if url != self.url:
            return
        self.opening = False
        self._update_busy()
        if self._reconnecting:
            return                        # keep trying quietly; the banner already says why
        self._pending_check = None
        self._check_after_open = False
        self.open_failed.emit(url, message, report)

    @Slot(str, str)
    def _on_progress(self, step: str, message: str) -> None:
        self.progress.emit(step, message)

    @Slot(object)
    def _on_check_finished(self, report: Report) -> None:
        self._set_checking(False)
        if report.facts.port.url not in (None, "", self.url):
            return                        # about the port the user left: not shown
        self.check_finished.emit(report)

    @Slot()
    def _on_check_cancelled(self) -> None:
        self._set_checking(False)
        if self._switching:
            self._switching = False       # cancelled because the user chose another port
            return
        self.check_cancelled.emit()

    @Slot()
    def _on_released(self) -> None:
        self.url = None
        self.released.emit()

    @Slot(str)
    def _on_port_lost(self, message: str) -> None:
        self._set_checking(False)
        self._polls_in_flight = 0
        self.connected = False
        self._reconnecting = True
        self._reconnect_timer.start()
        self.port_lost.emit(message)

    @Slot()
    def _try_reconnect(self) -> None:
        if self.url is not None and not self.connected:
            self._request_open.emit(self.url)

    def reconnect_now(self) -> None:
        if self.url is not None:
            self._reconnecting = True
            self._request_open.emit(self.url)

    @Slot(object)
    def _on_sample(self, sample: SignalSample) -> None:
        self.sample.emit(sample)

    @Slot()
    def _on_warmed_up(self) -> None:
        self.is_warm = True
        self.warmed_up.emit()

    @Slot()
    def _drain(self) -> None:
        if self.connected and not self.checking and not self._drain_in_flight:
            self._drain_in_flight = True
            self._request_drain.emit()

    @Slot()
    def _on_drain_done(self) -> None:
        self._drain_in_flight = False

    @Slot()
    def _on_poll_done(self) -> None:
        self._polls_in_flight = 0

    @Slot(str, str, bool)
    def _on_reply(self, shown: str, text: str, ok: bool) -> None:
        self._commands_in_flight = max(0, self._commands_in_flight - 1)
        self._update_busy()
        self.reply.emit(shown, text, ok)

    @Slot(str)
    def _on_urc(self, text: str) -> None:
        self.urc.emit(text)

    @Slot(str, object)
    def _on_action_result(self, name: str, result: object) -> None:
        self.action_result.emit(name, result)

    @Slot(str, bool, str)
    def _on_action_finished(self, name: str, ok: bool, message: str) -> None:
        self._set_checking(False)
        self.action_finished.emit(name, ok, message)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._set_checking(False)
        self._polls_in_flight = 0
        self.failed.emit(message)
