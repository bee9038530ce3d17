"""AtSession: send AT commands on an open pyserial port and collect the replies.

Blocking, one command at a time (a lock serialises callers), no Qt. Reads are event driven:
each read asks for what is waiting (or one byte) and blocks at most the port's short timeout,
so a reply is returned the moment its final result code arrives and an idle wait does not spin.
URCs never enter a reply: they go to subscribers. Every byte lands in the transcript, with
PIN/PUK digits masked. A command that timed out may still be answered: with echo on, what
arrives before the next command's echo is that late answer and is dropped; with echo off
nothing tells the two apart (ModemManager has the same limit), and only a late answer that
arrives before the next command is written is discarded.

Bounded in time and memory whatever the port does (issue 14): an optional overall deadline
(`set_deadline`), at most MAX_REPLY bytes per command, lines cut at framing.MAX_LINE, and a
modem that answered and then stops (no byte back for SILENT_AFTER commands in a row, or no
final result for STALLED_AFTER) raises PortStalled instead of timing out command after
command. With echo on, a command whose echo does not come within ECHO_WAIT was not heard.
Only OK is success: NO CARRIER, BUSY, CONNECT and an unexpected "> " prompt are not, and
the prompt is left at once (ESC) with a short wait for its result.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import serial

from simtool import log as _log
from simtool.at.framing import FinalKind, LineSplitter, classify_final
from simtool.at.masking import mask_arguments, mask_continuation, mask_secrets, opens_secret
from simtool.at.transcript import RX, TX, Transcript
from simtool.at.urc import DEFAULT_REGISTRY, UrcRegistry, is_boot, is_reset, takes_more
from simtool.errors import Cancelled, SimtoolError
from simtool.i18n import tr
from simtool.log import get_logger
from simtool.transport.errors import DeadlineReached, PortStalled, PortVanished

log = get_logger(__name__)

_OK_KINDS = frozenset({FinalKind.OK})
# A modem that echoes sends the echo back within milliseconds; none after this long means
# the command was not heard (the modem hangs, resets or is gone).
ECHO_WAIT = 2.0
MAX_REPLY = 1024 * 1024     # bytes one command may bring in: reply, echo and URCs together
SILENT_AFTER = 2            # commands in a row with not one byte back: the modem stopped
STALLED_AFTER = 3           # commands in a row without a final result code
RESTORE_TIMEOUT = 3.0       # each command of restore(), which runs past deadline and cancel
_SAMPLE_BYTES = 4096        # the first bytes received, kept to tell what a silent port sent
_RECENT_COMMANDS = 4        # late echoes of these are dropped wherever they turn up
# +CME 14 "SIM busy", vendor 515 "device busy / please wait" (Quectel, Fibocom), +CMS 314.
_BUSY_CME = frozenset({14, 515})
_BUSY_CMS = frozenset({314})
_ESCAPE = b"\x1b"          # aborts text entry after an unexpected "> " prompt
_READ_TIMEOUT = 0.05       # used only when the port was opened blocking or non-blocking
_MAX_BACKOFF = 5.0
_MIN_IDLE_READ = 0.002     # an empty read quicker than this did not wait for the timeout
_IDLE_PAUSE = 0.005
RESTORE_BUDGET = 10.0       # seconds for all of one restore() unless told otherwise


class AtResponse:
    """One command's reply. A plain class, not a dataclass: the session is imported before
    a check's first byte, and importing `dataclasses` costs ~6 ms there."""

    __slots__ = ("command", "lines", "kind", "final", "code", "error_text", "complete",
                 "elapsed", "heard", "overflowed")

    def __init__(self, command: str, lines: list[str], kind: FinalKind, final: str | None,
                 code: int | None = None, error_text: str | None = None,
                 complete: bool = True, elapsed: float = 0.0) -> None:
        self.command = command        # as sent, e.g. 'AT+CPIN?' (masked when secret)
        self.lines = lines            # information lines only: no echo, URCs or final line
        self.kind = kind
        self.final = final            # the raw final line, None when it never came
        self.code = code              # +CME / +CMS number
        self.error_text = error_text
        self.complete = complete      # False: no final result code arrived (lines kept)
        self.elapsed = elapsed
        self.heard = 0                # bytes received while waiting (echo and URCs too)
        self.overflowed = False       # more than MAX_REPLY bytes came without a final

    def __repr__(self) -> str:
        return (f"AtResponse(command={self.command!r}, lines={self.lines!r}, "
                f"kind={self.kind!r}, final={self.final!r}, code={self.code!r}, "
                f"complete={self.complete!r})")

    @property
    def ok(self) -> bool:
        return self.kind in _OK_KINDS

    def first(self, prefix: str) -> str | None:
        """The first information line starting with `prefix` (case-insensitive)."""
        wanted = prefix.upper()
        for line in self.lines:
            if line.lstrip().upper().startswith(wanted):
                return line
        return None

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


class AtSession:
    def __init__(self, port: serial.SerialBase, *, transcript: Transcript | None = None,
                 default_timeout: float = 5.0, busy_retries: int = 3,
                 busy_backoff: float = 0.5,
                 clock: Callable[[], float] = time.monotonic,
                 urcs: UrcRegistry = DEFAULT_REGISTRY) -> None:
        self._port = port
        self._transcript = transcript if transcript is not None else Transcript(clock=clock)
        self.default_timeout = default_timeout
        self.busy_retries = busy_retries
        self.busy_backoff = busy_backoff
        self._clock = clock
        self._started = clock()
        self._urcs = urcs
        self._splitter = LineSplitter()
        self._rx_pending = bytearray()      # received after the last line end, not recorded
        self._rx_secret = False             # the pending bytes belong to a secret command
        self._secret_open = False           # a password command's line goes on (late echo)
        self._lock = threading.RLock()
        self._cancel = threading.Event()
        self._subscribers: list[Callable[[str], None]] = []
        self._subscribers_lock = threading.Lock()
        self._urc_lines: list[str] = []     # a URC whose next line belongs to it too
        # Lines read with a CONNECT result, after it: the data it announced, which the next
        # read_reply() returns (a fast modem sends both in one piece).
        self._after_connect: list[str] = []
        # A command that timed out or was cancelled may still be answered; with echo on,
        # whatever comes before the next command's echo is that late answer, not its reply.
        self._late_reply_possible = False
        self._echo_on: bool | None = None   # learnt from the replies
        self._recent: list[str] = []        # the last commands sent (upper case): late echoes
        self._outstanding: str | None = None   # the command being answered, as shown
        self.commands_sent = 0
        # Bounds (see the module docstring).
        self.deadline: float | None = None  # clock time the whole conversation must end by
        self._deadline_seconds: float | None = None
        self._overtime = False              # restore(): past the deadline and a cancel
        self._answered = False              # some command got its final result code
        self.first_answer_at: float | None = None   # seconds since the session opened
        self._silent = 0                    # commands in a row with not one byte back
        self._unanswered = 0                # commands in a row without a final result
        self._overflows = 0                 # commands in a row that flooded past MAX_REPLY
        self.bytes_received = 0
        self._sample = bytearray()          # the first bytes received (what a port "said")
        # Start-up and reset lines seen: (seconds since the session opened, line, the
        # command outstanding as shown or None). last_boot: clock time of the latest one.
        self.restarts: list[tuple[float, str, str | None]] = []
        self.last_boot: float | None = None
        # A blocking port would make timeouts and cancel() impossible, a non-blocking one
        # would spin: both get a short read timeout. Transport opens ports at ~0.05 s already.
        timeout = getattr(port, "timeout", _READ_TIMEOUT)
        if timeout is None or timeout == 0 or timeout > 0.1:
            port.timeout = _READ_TIMEOUT

    # -- public API ---------------------------------------------------------------------

    @property
    def transcript(self) -> Transcript:
        # Bytes after the last line end are recorded now (if no command is running).
        if self._lock.acquire(blocking=False):
            try:
                self._flush_rx()
            finally:
                self._lock.release()
        return self._transcript

    @property
    def port(self) -> serial.SerialBase:
        return self._port

    @property
    def url(self) -> str | None:
        url = getattr(self._port, "port", None)
        return url if isinstance(url, str) else None

    def heard(self) -> bytes:
        """The first bytes this session received (up to 4 KB), as they came."""
        return bytes(self._sample)

    def set_deadline(self, seconds: float | None) -> None:
        """Every command from now on must end within `seconds` (None: no deadline); past
        it, commands raise DeadlineReached."""
        self._deadline_seconds = seconds
        self.deadline = None if seconds is None else self._clock() + seconds

    def time_left(self) -> float | None:
        """Seconds until the deadline (None when there is none)."""
        if self.deadline is None or self._overtime:
            return None
        return self.deadline - self._clock()

    def command(self, cmd: str, *, timeout: float | None = None, secret: bool = False,
                retry_busy: bool = True, expect_prompt: bool = False) -> AtResponse:
        """Send `cmd` + CR and read until a final result code or `timeout` seconds.

        Raises Cancelled after cancel(), PortVanished when the port fails, PortStalled when
        the modem stopped answering, DeadlineReached past the deadline.
        """
        wait = self.default_timeout if timeout is None else timeout
        shown = _mask(cmd, secret)
        with self._lock:
            started = self._clock()
            attempt = 0
            while True:
                self._check_cancel()
                bounded, by_deadline = self._bounded(wait, shown)
                self._outstanding = shown           # a reset seen now came under it
                self._dispatch_pending()
                self._write((cmd + "\r").encode("utf-8"), secret=secret)
                self.commands_sent += 1
                self._remember(cmd)
                try:
                    response = self._read_reply(cmd, shown, bounded, secret=secret,
                                                expect_prompt=expect_prompt, sent=True)
                finally:
                    self._flush_rx()
                self._account(response, shown, by_deadline)
                if not (retry_busy and attempt < self.busy_retries and _is_busy(response)):
                    break
                delay = min(self.busy_backoff * (2 ** attempt), _MAX_BACKOFF)
                attempt += 1
                log.debug("%s: busy (%s), retry %d in %.2f s", shown, response.final,
                          attempt, delay)
                self._pause(delay, shown)
            response.elapsed = self._clock() - started
            if _log.VERBOSITY >= 2:
                self._trace(shown, response)
            return response

    def _trace(self, shown: str, response: AtResponse) -> None:
        """-vv: the exchange on stderr, masked like the transcript."""
        lines = [mask_secrets(line) for line in response.lines]
        _log.trace_exchange(str(getattr(self._port, "name", None) or "port"), shown, lines,
                            response.final, response.elapsed)

    def read_reply(self, *, timeout: float | None = None, command: str = "",
                   expect_prompt: bool = False) -> AtResponse:
        """Read until a final result code without sending anything: the reply to text given
        with send_raw() after a "> " prompt (SMS, some USSD), or to a command written raw.
        `command` is what was sent (its echo is dropped, URCs are judged against it)."""
        wait = self.default_timeout if timeout is None else timeout
        with self._lock:
            started = self._clock()
            self._check_cancel()
            bounded, by_deadline = self._bounded(wait, command)
            if command:
                self._remember(command)
            response = self._read_reply(command or None, command, bounded, secret=False,
                                        expect_prompt=expect_prompt, sent=False)
            self._account(response, command, by_deadline)
            response.elapsed = self._clock() - started
            if _log.VERBOSITY >= 2:
                self._trace(_mask(command, False) if command else "(reply)", response)
            return response

    def send_raw(self, data: bytes) -> None:
        """Write bytes as they are (text after a "> " prompt, Ctrl-Z, console input)."""
        with self._lock:
            self._write(data, secret=False)

    def restore(self, *commands: str, timeout: float = RESTORE_TIMEOUT,
                budget: float | None = None) -> bool:
        """Send `commands` to put back a setting simtool changed for a moment (+CREG=<n>,
        +COPS=3,<format>, +CGACT=0, +CNMI): past the check's deadline and a cancel too
        (cancelling stops an action, not the clean-up that leaves the modem as it was). Each
        command gets `timeout` seconds, all of them together `budget` (by default 10 s, or one
        `timeout` when that is longer); a
        cancel() meanwhile is kept for what comes after. True when every command was
        answered OK; failures are logged, never raised (this runs in `finally` blocks, where
        the action's own error must come through)."""
        all_ok = True
        ends = self._clock() + (max(RESTORE_BUDGET, timeout) if budget is None else budget)
        with self._lock:
            before = self._overtime
            self._overtime = True
            try:
                for cmd in commands:
                    left = ends - self._clock()
                    if left <= 0:
                        log.warning("no time left to put back %s", mask_secrets(cmd))
                        return False
                    try:
                        all_ok = self.command(cmd, timeout=min(timeout, left),
                                              retry_busy=False).ok and all_ok
                    except SimtoolError as error:
                        log.warning("could not put back %s: %s", mask_secrets(cmd), error)
                        all_ok = False
                        if isinstance(error, PortVanished):
                            break
            finally:
                self._overtime = before
        return all_ok

    def subscribe(self, callback: Callable[[str], None]) -> Callable[[], None]:
        """Call `callback(line)` for each URC (from the reading thread); returns unsubscribe."""
        with self._subscribers_lock:
            self._subscribers.append(callback)

        def unsubscribe() -> None:
            with self._subscribers_lock:
                if callback in self._subscribers:
                    self._subscribers.remove(callback)

        return unsubscribe

    def drain_urcs(self, wait: float = 0.0) -> list[str]:
        """Read what the modem sends unprompted for up to `wait` seconds (at least what has
        already arrived); returns those lines, which also go to subscribers."""
        with self._lock:
            bounded, by_deadline = self._bounded(wait, "")
            urcs = self._dispatch_pending()
            deadline = self._clock() + bounded
            received = self.bytes_received
            while self._clock() < deadline and self.bytes_received - received < MAX_REPLY:
                self._check_cancel()
                for line in self._read_lines():
                    if classify_final(line) is None:
                        self._unsolicited(line)
                        if len(urcs) < _MAX_DRAINED:
                            urcs.append(line)
            if by_deadline:
                raise self._deadline_error("")
            return urcs

    def wait_until(self, done: Callable[[], bool], timeout: float) -> bool:
        """Read what the modem sends unprompted (URCs, and the results some commands send
        after their OK) until `done()` is true or `timeout` seconds pass. Every line goes to
        the subscribers, which is where `done` learns what came. Returns `done()`."""
        with self._lock:
            self._dispatch_pending()
            deadline = self._clock() + timeout
            while not done():
                if self._clock() >= deadline:
                    return False
                self._check_cancel()
                for line in self._read_lines():
                    if classify_final(line) is None:
                        self._unsolicited(line)
            return True

    def cancel(self) -> None:
        """Make the running (and every later) command raise Cancelled until reset_cancel()."""
        self._cancel.set()
        if self._overtime:
            return      # the clean-up runs to its end (bounded by its budget)
        cancel_read = getattr(self._port, "cancel_read", None)
        if cancel_read is not None:
            try:
                cancel_read()
            except (OSError, serial.SerialException, NotImplementedError):
                pass   # the event alone still stops the loop within one port timeout

    def reset_cancel(self) -> None:
        self._cancel.clear()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    # -- internals ------------------------------------------------------------------------

    def _stopped(self) -> bool:
        """cancel() was called and no clean-up (restore) is running."""
        return self._cancel.is_set() and not self._overtime

    def _check_cancel(self) -> None:
        if self._stopped():
            raise Cancelled(tr("Port", "The command was cancelled."))

    def _bounded(self, wait: float, shown: str) -> tuple[float, bool]:
        """(how long to wait, whether the deadline is what bounds it); DeadlineReached when
        no time is left."""
        if self.deadline is None or self._overtime:
            return wait, False
        left = self.deadline - self._clock()
        if left <= 0:
            raise self._deadline_error(shown)
        return (left, True) if left < wait else (wait, False)

    def _pause(self, seconds: float, shown: str) -> None:
        """Wait between busy retries: at once on cancel(), never past the deadline."""
        bounded, by_deadline = self._bounded(seconds, shown)
        if self._cancel.wait(bounded):
            self._check_cancel()
        if by_deadline:
            raise self._deadline_error(shown)

    def _deadline_error(self, shown: str) -> DeadlineReached:
        seconds = self._deadline_seconds or 0.0
        if shown:
            message = tr("Port", "The modem did not answer everything within the check's "
                         "deadline of {seconds:g} s (it was still answering {command}).")
        else:
            message = tr("Port", "The modem did not answer everything within the check's "
                         "deadline of {seconds:g} s.")
        return DeadlineReached(
            message.format(seconds=seconds, command=shown), url=self.url,
            remedy=tr("Port", "A modem this slow is often short of power or still starting: "
                      "wait a minute and check again, or allow more time with --deadline."))

    def _account(self, response: AtResponse, shown: str, by_deadline: bool) -> None:
        """Count answers and silences; raise when the modem has stopped answering."""
        if response.final is not None or response.error_text is not None:
            if not self._answered:
                self.first_answer_at = round(self._clock() - self._started, 3)
            self._answered = True
            self._unanswered = 0
        else:
            self._unanswered += 1
        self._silent = self._silent + 1 if response.heard == 0 and not response.complete \
            else 0
        self._overflows = self._overflows + 1 if response.overflowed else 0
        if response.complete:
            return
        if by_deadline:
            raise self._deadline_error(shown)
        if self._overtime or not self._answered:
            return
        if self._overflows >= 2:
            raise PortStalled(
                tr("Port", "The modem sends data without end and no longer answers "
                   "commands (more than {size} KB for {command}).").format(
                    size=MAX_REPLY // 1024, command=shown),
                url=self.url, remedy=stalled_remedy())
        if self._silent >= SILENT_AFTER or self._unanswered >= STALLED_AFTER:
            raise PortStalled(
                tr("Port", "The modem answered at first, then stopped answering: nothing "
                   "came back for {count} commands in a row (the last was {command}).").format(
                    count=max(self._silent, self._unanswered), command=shown),
                url=self.url, remedy=stalled_remedy())

    def _vanished(self, error: Exception) -> PortVanished:
        url = self.url
        if isinstance(url, str):
            # The transport layer words this error (and its remedy) for every port kind.
            from simtool.transport.port import port_error_from_io

            typed = port_error_from_io(url, error)
            if isinstance(typed, PortVanished):
                return typed
        return PortVanished(
            tr("Port", "The modem port went away during a command ({error}). Check the cable "
                       "and wait for the modem to come back, then try again.").format(error=error),
            url=url)

    def _remember(self, cmd: str) -> None:
        self._recent = [*self._recent[-(_RECENT_COMMANDS - 1):], cmd.strip().upper()]

    def _write(self, data: bytes, *, secret: bool) -> None:
        self._flush_rx()
        self._transcript.record(TX, data, secret=secret)
        try:
            self._port.write(data)
        except (serial.SerialException, OSError) as error:
            raise self._vanished(error) from error

    def _read_chunk(self) -> bytes:
        started = time.monotonic()
        try:
            data = bytes(self._port.read(self._port.in_waiting or 1))
        except (serial.SerialException, OSError, TypeError, AttributeError) as error:
            # TypeError/AttributeError: pyserial's posix port after its fd was closed.
            raise self._vanished(error) from error
        if not data and time.monotonic() - started < _MIN_IDLE_READ:
            # A port that returns at once when idle (ignores its timeout) would make the
            # loop spin; wait a little, still waking at once on cancel().
            if self._overtime:
                time.sleep(_IDLE_PAUSE)
            else:
                self._cancel.wait(_IDLE_PAUSE)
        return data

    def _read_lines(self, *, secret: bool = False) -> list[str]:
        data = self._read_chunk()
        if not data:
            return []
        self.bytes_received += len(data)
        if len(self._sample) < _SAMPLE_BYTES:
            self._sample += data[:_SAMPLE_BYTES - len(self._sample)]
        self._record_rx(data, secret)
        return self._splitter.feed(data)

    def _record_rx(self, data: bytes, secret: bool) -> None:
        """Into the transcript by whole lines, so a PIN split over reads is masked whole."""
        if self._rx_pending and secret != self._rx_secret:
            self._flush_rx()
        self._rx_secret = secret
        self._rx_pending.extend(data)
        end = max(self._rx_pending.rfind(b"\r"), self._rx_pending.rfind(b"\n")) + 1
        if end:
            self._record_rx_text(bytes(self._rx_pending[:end]))
            del self._rx_pending[:end]

    def _flush_rx(self) -> None:
        if self._rx_pending:
            self._record_rx_text(bytes(self._rx_pending))
            self._rx_pending.clear()

    def _record_rx_text(self, data: bytes) -> None:
        if self._secret_open:
            text, still_open = mask_continuation(data.decode("utf-8", "backslashreplace"))
            self._secret_open = still_open
            data = text.encode("utf-8")
        self._transcript.record(RX, data, secret=self._rx_secret)
        if opens_secret(data.decode("utf-8", "backslashreplace")):
            self._secret_open = True

    def _pending_lines(self) -> list[str]:
        """Lines from bytes already waiting on the port, without blocking."""
        try:
            waiting = self._port.in_waiting
        except (serial.SerialException, OSError, TypeError, AttributeError) as error:
            raise self._vanished(error) from error
        return self._read_lines() if waiting else []

    def _dispatch_pending(self) -> list[str]:
        """Before a command: whatever already arrived is unsolicited (URCs, or the stale tail
        of a reply that timed out; stale final result codes are dropped). A port that never
        stops sending gets MAX_REPLY bytes of attention here, no more."""
        urcs: list[str] = []
        received = self.bytes_received
        # The data of a CONNECT nobody read is unsolicited now, like the rest.
        carried, self._after_connect = self._after_connect, []
        while self.bytes_received - received < MAX_REPLY:
            lines, carried = carried or self._pending_lines(), []
            if not lines:
                return urcs
            for line in lines:
                if classify_final(line) is None:
                    self._unsolicited(line)
                    if len(urcs) < _MAX_DRAINED:
                        urcs.append(line)
                else:
                    self._urc_lines = []
                    self._late_reply_possible = False   # the late answer ended here
        return urcs

    def _unsolicited(self, line: str) -> None:
        """Publish a URC line, keeping track of URCs that go on over the next line."""
        self._urc_lines = [*self._urc_lines, line]
        if not takes_more(self._urc_lines):
            self._urc_lines = []
        if is_boot(line) or is_reset(line):
            now = self._clock()
            self.last_boot = now
            if is_reset(line) and len(self.restarts) < _MAX_RESTARTS:
                self.restarts.append((round(now - self._started, 3), line.strip(),
                                      self._outstanding))
        self._publish(line)

    def _publish(self, line: str) -> None:
        with self._subscribers_lock:
            callbacks = list(self._subscribers)
        for callback in callbacks:
            try:
                callback(line)
            except Exception:   # a broken subscriber must not break the modem conversation
                log.exception("URC subscriber failed on %r", mask_secrets(line))

    def _quiet_limit(self, cmd: str | None, wait: float, sent: bool) -> float | None:
        """How long a command may hear nothing at all before it counts as not heard; None
        when only its timeout applies. A modem that echoes echoes at once; one that just
        let a command go unheard gets the same short wait for the next."""
        if cmd is None or not sent or self._overtime:
            return None
        from simtool.at.timeouts import is_quick

        if not is_quick(cmd):
            # A long command (a network scan, an activation, a PIN check): some modems send
            # its echo only with its answer, so silence proves nothing here.
            return None
        echoes = self._echo_on is True and not self._late_reply_possible
        if echoes or (self._answered and self._silent >= 1):
            return min(wait, ECHO_WAIT)
        return None

    def _read_reply(self, cmd: str | None, shown: str, wait: float, *, secret: bool,
                    expect_prompt: bool, sent: bool) -> AtResponse:
        response = AtResponse(command=shown, lines=[], kind=FinalKind.TIMEOUT, final=None)
        echo = cmd.strip().upper() if cmd else None
        # Lines before this command's echo belong to an earlier command that answered late.
        skip_late = bool(echo) and self._late_reply_possible and self._echo_on is True
        now = self._clock()
        deadline = now + wait
        quiet = self._quiet_limit(cmd, wait, sent)
        quiet_until = None if quiet is None else now + quiet
        received = self.bytes_received
        self._outstanding = shown or None
        try:
            while True:
                if self._stopped():
                    self._late_reply_possible = cmd is not None
                    self._check_cancel()
                now = self._clock()
                response.heard = self.bytes_received - received
                if quiet_until is not None and response.heard == 0 and now >= quiet_until:
                    deadline = now           # not heard: give up now, not at the timeout
                if now >= deadline:
                    response.complete = False
                    self._late_reply_possible = cmd is not None
                    if response.kind is FinalKind.PROMPT:
                        response.complete = True    # left the prompt; no result came
                    return response
                if response.heard > MAX_REPLY:
                    response.complete = False
                    response.kind = FinalKind.TIMEOUT
                    response.overflowed = True
                    self._late_reply_possible = cmd is not None
                    return response
                if self._after_connect and not sent:
                    lines, self._after_connect = self._after_connect, []
                else:
                    lines = self._read_lines(secret=secret)
                for index, line in enumerate(lines):
                    upper = line.strip().upper()
                    if echo is not None and upper == echo:
                        echo = None      # the echo comes once, before the reply
                        self._echo_on, skip_late = True, False
                        continue
                    if upper in self._recent[:-1] and upper.startswith("AT"):
                        # The late echo of an earlier command (it may carry a PIN).
                        log.debug("%s: dropped a late echo: %r", shown, _mask(line, True))
                        continue
                    final = classify_final(line)
                    if skip_late and not self._urcs.is_urc(line, cmd):
                        log.debug("%s: dropped a late line of an earlier command: %r", shown,
                                  _mask(line, secret))
                        continue
                    if final is None and self._urc_lines:
                        self._unsolicited(line)     # the payload of a two-line URC (+CMT, ...)
                        continue
                    if final is not None:
                        self._urc_lines = []
                        kind, code, text = final
                        if kind is FinalKind.PROMPT and not expect_prompt:
                            # Nobody will type text: leave text mode, and wait only briefly
                            # for the result that ends it (some modems send none).
                            self._write(_ESCAPE, secret=False)
                            response.kind, response.final = FinalKind.PROMPT, line
                            deadline = min(deadline, self._clock() + min(wait, ECHO_WAIT))
                            continue
                        if response.kind is FinalKind.PROMPT:
                            # The result of leaving the prompt, not of the command: it stays
                            # a prompt (not run), with what ended it.
                            response.error_text = line.strip()
                            self._late_reply_possible = False
                            response.heard = self.bytes_received - received
                            return response
                        response.kind, response.code, response.error_text = kind, code, text
                        response.final = line
                        self._late_reply_possible = False
                        if echo is not None and cmd is not None:
                            self._echo_on = False       # a whole reply without the echo
                        if kind is FinalKind.CONNECT:
                            self._after_connect = lines[index + 1:]
                        else:
                            for rest in lines[index + 1:]:
                                if classify_final(rest) is None:
                                    self._unsolicited(rest)
                        response.heard = self.bytes_received - received
                        return response
                    if self._urcs.is_urc(line, cmd):
                        self._unsolicited(line)
                        if cmd is not None and is_reset(line):
                            # The modem restarted under the command: no answer will come.
                            log.info("%s: the modem restarted (%s)", shown,
                                     mask_secrets(line.strip()))
                            for rest in lines[index + 1:]:
                                if classify_final(rest) is None:
                                    self._unsolicited(rest)
                            response.complete = False
                            response.error_text = line.strip()
                            response.heard = self.bytes_received - received
                            return response
                        continue
                    echo = None
                    response.lines.append(_mask(line, secret))
        finally:
            self._outstanding = None


def stalled_remedy() -> str:
    return tr("Port", "It may have hung, reset or lost power. Unplug it and plug it back in "
              "(or power it off and on), wait 20 s and check again; if it keeps happening, "
              "check its power supply and cable.")


def _mask(text: str, secret: bool) -> str:
    return mask_arguments(text) if secret else mask_secrets(text)


_MAX_DRAINED = 1000         # URC lines one drain or dispatch hands back, at most
_MAX_RESTARTS = 20


def _is_busy(response: AtResponse) -> bool:
    if response.kind is FinalKind.CME_ERROR:
        return response.code in _BUSY_CME
    if response.kind is FinalKind.CMS_ERROR:
        return response.code in _BUSY_CMS
    return False
