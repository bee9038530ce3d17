"""AtSession: send AT commands on an open pyserial port and collect the replies.

Blocking, one command at a time (a lock serialises callers), no Qt. Reads are event driven:
each read asks for what is waiting (or one byte) and blocks at most the port's short timeout,
so a reply is returned the moment its final result code arrives and an idle wait does not spin.
URCs never enter a reply: they go to subscribers. Every byte lands in the transcript, with
PIN/PUK digits masked. A command that timed out may still be answered: with echo on, what
arrives before the next command's echo is that late answer and is dropped; with echo off
nothing tells the two apart (ModemManager has the same limit), and only a late answer that
arrives before the next command is written is discarded.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence

import serial

from simtool import log as _log
from simtool.at.framing import FinalKind, LineSplitter, classify_final
from simtool.at.masking import mask_arguments, mask_secrets
from simtool.at.transcript import RX, TX, Transcript
from simtool.at.urc import DEFAULT_REGISTRY, UrcRegistry, is_reset, takes_more
from simtool.errors import Cancelled
from simtool.i18n import tr
from simtool.log import get_logger
from simtool.transport.errors import PortVanished

log = get_logger(__name__)

_OK_KINDS = frozenset({FinalKind.OK, FinalKind.CONNECT})
# +CME 14 "SIM busy", vendor 515 "device busy / please wait" (Quectel, Fibocom), +CMS 314.
_BUSY_CME = frozenset({14, 515})
_BUSY_CMS = frozenset({314})
_ESCAPE = b"\x1b"          # aborts text entry after an unexpected "> " prompt
_READ_TIMEOUT = 0.05       # used only when the port was opened blocking or non-blocking
_MAX_BACKOFF = 5.0
_MIN_IDLE_READ = 0.002     # an empty read quicker than this did not wait for the timeout
_IDLE_PAUSE = 0.005
RESTORE_BUDGET = 10.0      # seconds for putting back what an action changed, cancelled or not
_RESTORE_COMMAND = 5.0     # at most this per command of it


class AtResponse:
    """One command's reply. A plain class, not a dataclass: the session is imported before
    a check's first byte, and importing `dataclasses` costs ~6 ms there."""

    __slots__ = ("command", "lines", "kind", "final", "code", "error_text", "complete",
                 "elapsed")

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
        self._urcs = urcs
        self._splitter = LineSplitter()
        self._secret_rx = bytearray()
        self._lock = threading.RLock()
        self._cancel = threading.Event()
        self._restoring = False     # restore() runs: cancel() is noted but does not stop it
        self._subscribers: list[Callable[[str], None]] = []
        self._subscribers_lock = threading.Lock()
        self._urc_lines: list[str] = []     # a URC whose next line belongs to it too
        # A command that timed out or was cancelled may still be answered; with echo on,
        # whatever comes before the next command's echo is that late answer, not its reply.
        self._late_reply_possible = False
        self._echo_on: bool | None = None   # learnt from the replies
        self.commands_sent = 0
        # A blocking port would make timeouts and cancel() impossible, a non-blocking one
        # would spin: both get a short read timeout. Transport opens ports at ~0.05 s already.
        timeout = getattr(port, "timeout", _READ_TIMEOUT)
        if timeout is None or timeout == 0 or timeout > 0.1:
            port.timeout = _READ_TIMEOUT

    # -- public API ---------------------------------------------------------------------

    @property
    def transcript(self) -> Transcript:
        return self._transcript

    @property
    def port(self) -> serial.SerialBase:
        return self._port

    def command(self, cmd: str, *, timeout: float | None = None, secret: bool = False,
                retry_busy: bool = True, expect_prompt: bool = False) -> AtResponse:
        """Send `cmd` + CR and read until a final result code or `timeout` seconds.

        Raises Cancelled after cancel(), PortVanished when the port fails.
        """
        wait = self.default_timeout if timeout is None else timeout
        shown = _mask(cmd, secret)
        with self._lock:
            started = self._clock()
            attempt = 0
            while True:
                self._check_cancel()
                self._dispatch_pending()
                self._write((cmd + "\r").encode("utf-8"), secret=secret)
                self.commands_sent += 1
                try:
                    response = self._read_reply(cmd, shown, wait, secret=secret,
                                                expect_prompt=expect_prompt)
                finally:
                    self._flush_secret_rx()
                if not (retry_busy and attempt < self.busy_retries and _is_busy(response)):
                    break
                delay = min(self.busy_backoff * (2 ** attempt), _MAX_BACKOFF)
                attempt += 1
                log.debug("%s: busy (%s), retry %d in %.2f s", shown, response.final,
                          attempt, delay)
                if self._cancel.wait(delay):
                    self._check_cancel()
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
            response = self._read_reply(command or None, command, wait, secret=False,
                                        expect_prompt=expect_prompt)
            response.elapsed = self._clock() - started
            if _log.VERBOSITY >= 2:
                self._trace(_mask(command, False) if command else "(reply)", response)
            return response

    def send_raw(self, data: bytes) -> None:
        """Write bytes as they are (text after a "> " prompt, Ctrl-Z, console input)."""
        with self._lock:
            self._write(data, secret=False)

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
            urcs = self._dispatch_pending()
            deadline = self._clock() + wait
            while self._clock() < deadline:
                self._check_cancel()
                for line in self._read_lines():
                    if classify_final(line) is None:
                        self._unsolicited(line)
                        urcs.append(line)
            return urcs

    def restore(self, commands: Sequence[str], *, budget: float = RESTORE_BUDGET) -> bool:
        """Send `commands` that put back settings an action changed, even after cancel():
        cancelling stops an action, not the clean-up that leaves the modem as it was. Each
        command gets at most what is left of `budget` seconds (5 s at most); a cancel() meanwhile
        is kept for the commands after. Returns True when every command was answered OK;
        False when one was not, the budget ran out or the port went away (never raises: it
        runs in `finally` blocks, where the action's own error must come through)."""
        if not commands:
            return True
        deadline = self._clock() + budget
        answered = True
        with self._lock:
            self._restoring = True
            try:
                for command in commands:
                    left = deadline - self._clock()
                    if left <= 0:
                        return False
                    reply = self.command(command, timeout=min(left, _RESTORE_COMMAND),
                                         retry_busy=False)
                    answered = answered and reply.ok
            except (PortVanished, Cancelled):
                return False
            finally:
                self._restoring = False
        return answered

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
        if self._restoring:
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
        return self._cancel.is_set() and not self._restoring

    def _check_cancel(self) -> None:
        if self._stopped():
            raise Cancelled(tr("Port", "The command was cancelled."))

    def _vanished(self, error: Exception) -> PortVanished:
        url = getattr(self._port, "port", None)
        if isinstance(url, str):
            # The transport layer words this error (and its remedy) for every port kind.
            from simtool.transport.port import port_error_from_io

            typed = port_error_from_io(url, error)
            if isinstance(typed, PortVanished):
                return typed
        return PortVanished(
            tr("Port", "The modem port went away during a command ({error}). Check the cable "
                       "and wait for the modem to come back, then try again.").format(error=error),
            url=url if isinstance(url, str) else None)

    def _write(self, data: bytes, *, secret: bool) -> None:
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
            if self._restoring:
                time.sleep(_IDLE_PAUSE)
            else:
                self._cancel.wait(_IDLE_PAUSE)
        return data

    def _read_lines(self, *, secret: bool = False) -> list[str]:
        data = self._read_chunk()
        if not data:
            return []
        if secret:
            # The echo of a PIN may come split over reads: mask and record whole lines only.
            self._secret_rx.extend(data)
            end = max(self._secret_rx.rfind(b"\r"), self._secret_rx.rfind(b"\n")) + 1
            if end:
                self._transcript.record(RX, bytes(self._secret_rx[:end]), secret=True)
                del self._secret_rx[:end]
        else:
            self._flush_secret_rx()
            self._transcript.record(RX, data)
        return self._splitter.feed(data)

    def _flush_secret_rx(self) -> None:
        if self._secret_rx:
            self._transcript.record(RX, bytes(self._secret_rx), secret=True)
            self._secret_rx.clear()

    def _pending_lines(self) -> list[str]:
        """Lines from bytes already waiting on the port, without blocking."""
        try:
            waiting = self._port.in_waiting
        except (serial.SerialException, OSError, TypeError, AttributeError) as error:
            raise self._vanished(error) from error
        return self._read_lines() if waiting else []

    def _dispatch_pending(self) -> list[str]:
        """Before a command: whatever already arrived is unsolicited (URCs, or the stale tail
        of a reply that timed out; stale final result codes are dropped)."""
        urcs: list[str] = []
        while True:
            lines = self._pending_lines()
            if not lines:
                return urcs
            for line in lines:
                if classify_final(line) is None:
                    self._unsolicited(line)
                    urcs.append(line)
                else:
                    self._urc_lines = []
                    self._late_reply_possible = False   # the late answer ended here

    def _unsolicited(self, line: str) -> None:
        """Publish a URC line, keeping track of URCs that go on over the next line."""
        self._urc_lines = [*self._urc_lines, line]
        if not takes_more(self._urc_lines):
            self._urc_lines = []
        self._publish(line)

    def _publish(self, line: str) -> None:
        with self._subscribers_lock:
            callbacks = list(self._subscribers)
        for callback in callbacks:
            try:
                callback(line)
            except Exception:   # a broken subscriber must not break the modem conversation
                log.exception("URC subscriber failed on %r", line)

    def _read_reply(self, cmd: str | None, shown: str, wait: float, *, secret: bool,
                    expect_prompt: bool) -> AtResponse:
        response = AtResponse(command=shown, lines=[], kind=FinalKind.TIMEOUT, final=None)
        echo = cmd.strip().upper() if cmd else None
        # Lines before this command's echo belong to an earlier command that answered late.
        skip_late = bool(echo) and self._late_reply_possible and self._echo_on is True
        deadline = self._clock() + wait
        while True:
            if self._stopped():
                self._late_reply_possible = cmd is not None
                self._check_cancel()
            if self._clock() >= deadline:
                response.complete = False
                response.kind = FinalKind.TIMEOUT
                self._late_reply_possible = cmd is not None
                return response
            lines = self._read_lines(secret=secret)
            for index, line in enumerate(lines):
                if echo is not None and line.strip().upper() == echo:
                    echo = None      # the echo comes once, before the reply
                    self._echo_on, skip_late = True, False
                    continue
                final = classify_final(line)
                if skip_late and not self._urcs.is_urc(line, cmd):
                    log.debug("%s: dropped a late line of an earlier command: %r", shown, line)
                    continue
                if final is None and self._urc_lines:
                    self._unsolicited(line)     # the payload of a two-line URC (+CMT, ...)
                    continue
                if final is not None:
                    self._urc_lines = []
                    kind, code, text = final
                    if kind is FinalKind.PROMPT and not expect_prompt:
                        # Nobody will type text: leave text mode and wait for the result.
                        self._write(_ESCAPE, secret=False)
                        continue
                    response.kind, response.code, response.error_text = kind, code, text
                    response.final = line
                    self._late_reply_possible = False
                    if echo is not None and cmd is not None:
                        self._echo_on = False       # a whole reply without the echo
                    for rest in lines[index + 1:]:
                        if classify_final(rest) is None:
                            self._unsolicited(rest)
                    return response
                if self._urcs.is_urc(line, cmd):
                    self._unsolicited(line)
                    if cmd is not None and is_reset(line):
                        # The modem restarted under the command: no answer will come.
                        log.info("%s: the modem restarted (%s)", shown, line.strip())
                        for rest in lines[index + 1:]:
                            if classify_final(rest) is None:
                                self._unsolicited(rest)
                        response.complete = False
                        response.error_text = line.strip()
                        return response
                    continue
                echo = None
                response.lines.append(_mask(line, True) if secret else line)


def _mask(text: str, secret: bool) -> str:
    return mask_arguments(text) if secret else mask_secrets(text)


def _is_busy(response: AtResponse) -> bool:
    if response.kind is FinalKind.CME_ERROR:
        return response.code in _BUSY_CME
    if response.kind is FinalKind.CMS_ERROR:
        return response.code in _BUSY_CMS
    return False
