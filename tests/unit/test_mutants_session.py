"""AtSession bookkeeping pinned down exactly (the holes mutation testing found).

Every test drives the session on a scripted pyserial loop:// port and a fake clock:

- each command line written queues its scripted reply (a list of chunks; one read hands out
  at most one chunk, so where a read ends is part of the script, not of timing);
- a read that finds nothing advances the fake clock by one step instead of waiting, so a
  silent modem times out after an exact number of reads and every elapsed time, deadline,
  first_answer_at and restart stamp is an exact number;
- `later` chunks arrive once the fake clock reaches their time (during a drain or a wait).

Nothing here sleeps to wait for something or depends on how long the machine took.
"""

from __future__ import annotations

import logging

import pytest
import serial
from serial.urlhandler import protocol_loop

from simtool import log as _log
from simtool.at.framing import FinalKind, is_refusal
from simtool.at.session import MAX_REPLY, AtSession, stalled_remedy
from simtool.at.transcript import RX, TX, Transcript, TranscriptEntry
from simtool.errors import Cancelled
from simtool.transport.errors import DeadlineReached, PortStalled, PortVanished

START = 100.0
STEP = 0.25
URL = "loop://"
DEADLINE_REMEDY = ("A modem this slow is often short of power or still starting: wait a "
                   "minute and check again, or allow more time with --deadline.")


class Clock:
    def __init__(self, now: float = START) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


Reply = bytes | list[bytes]


class Modem(protocol_loop.Serial):
    """loop:// with a scripted other end (see the module docstring)."""

    clock: Clock
    step: float
    replies: dict[str, list[Reply]]
    chunks: list[bytes]
    later: list[tuple[float, bytes]]
    written: list[bytes]
    fail_writes: bool
    hide_url: bool
    fail_in_waiting: bool

    def script(self, clock: Clock, replies: dict[str, list[Reply]], step: float) -> None:
        self.clock = clock
        self.step = step
        self.replies = replies
        self.chunks = []
        self.later = []
        self.written = []
        self.fail_writes = False
        self.hide_url = False
        self.fail_in_waiting = False

    @property
    def port(self) -> str | None:
        if getattr(self, "hide_url", False):
            return None
        return self._port

    @port.setter
    def port(self, value: str | None) -> None:
        protocol_loop.Serial.port.fset(self, value)

    def inject(self, data: bytes) -> None:
        self.chunks.append(data)

    def _release(self) -> None:
        due = [chunk for at, chunk in self.later if at <= self.clock.now]
        self.later = [(at, chunk) for at, chunk in self.later if at > self.clock.now]
        self.chunks.extend(due)

    def write(self, data: bytes | bytearray | memoryview) -> int:
        if self.fail_writes:
            raise serial.SerialException("write failed")
        line = bytes(data)
        self.written.append(line)
        queue = self.replies.get(line.rstrip(b"\r").decode("utf-8", "replace"))
        if queue:
            reply = queue.pop(0)
            self.chunks.extend([reply] if isinstance(reply, bytes) else reply)
        return len(line)

    @property
    def in_waiting(self) -> int:
        if getattr(self, "fail_in_waiting", False):
            raise serial.SerialException("port gone")
        self._release()
        return sum(len(chunk) for chunk in self.chunks)

    def read(self, size: int = 1) -> bytes:
        self._release()
        while self.chunks and not self.chunks[0]:
            self.chunks.pop(0)
        if not self.chunks:
            self.clock.now += self.step        # the port's timeout passed: nothing came
            return b""
        chunk = self.chunks.pop(0)
        if len(chunk) > size:
            self.chunks.insert(0, chunk[size:])
            chunk = chunk[:size]
        return chunk


def make(replies: dict[str, list[Reply]] | None = None, *, default_timeout: float = 5.0,
         busy_retries: int = 3, busy_backoff: float = 0.001, step: float = STEP,
         ) -> tuple[AtSession, Modem, Clock, list[str]]:
    clock = Clock()
    port = Modem(URL, timeout=0.05)
    port.script(clock, replies or {}, step)
    session = AtSession(port, default_timeout=default_timeout, busy_retries=busy_retries,
                        busy_backoff=busy_backoff, clock=clock)
    published: list[str] = []
    session.subscribe(published.append)
    return session, port, clock, published


OK = b"\r\nOK\r\n"


def entries(session: AtSession) -> list[tuple[str, str]]:
    return [(entry.dir, entry.text) for entry in session.transcript.entries()]


def assert_stalled(error: PortStalled, message: str) -> None:
    """The stall error a user sees: its text, and the port and remedy it names."""
    assert str(error) == message
    assert (error.kind, error.url, error.remedy) == ("stalled", URL, stalled_remedy())


# -- _account: first answer, unanswered / silent / overflowing commands ----------------------

def test_first_answer_at_is_the_first_answers_time_since_open_rounded_to_ms() -> None:
    session, _port, clock, _ = make({"AT": [OK, OK]})
    silent = session.command("AT+CSQ", timeout=0.25)
    assert (silent.complete, silent.final, silent.heard) == (False, None, 0)
    assert session.first_answer_at is None          # silence is no answer
    clock.now = START + 1.0625
    assert session.command("AT").ok
    assert session.first_answer_at == 1.062
    clock.now = START + 5.0
    assert session.command("AT").ok
    assert session.first_answer_at == 1.062         # the first one, kept


def test_commands_without_a_final_result_stall_on_the_third() -> None:
    no_final = b"\r\n+X: 1\r\n"
    session, _port, _clock, _ = make({"AT": [OK], "AT+X": [no_final] * 4})
    assert session.command("AT").ok
    for _ in range(2):
        response = session.command("AT+X", timeout=0.25)
        assert (response.complete, response.lines, response.heard) == (False, ["+X: 1"], 9)
    with pytest.raises(PortStalled) as caught:
        session.command("AT+X", timeout=0.25)
    assert_stalled(caught.value, ("The modem answered at first, then stopped answering: nothing "
                                  "came back for 3 commands in a row (the last was AT+X)."))


def test_an_answer_resets_the_unanswered_count() -> None:
    no_final = b"\r\n+X: 1\r\n"
    session, _port, _clock, _ = make({"AT": [OK, OK], "AT+X": [no_final] * 4})
    assert session.command("AT").ok
    session.command("AT+X", timeout=0.25)
    session.command("AT+X", timeout=0.25)
    assert session.command("AT").ok
    session.command("AT+X", timeout=0.25)
    session.command("AT+X", timeout=0.25)          # two in a row again: no stall yet


def test_two_silent_commands_after_an_answer_stall() -> None:
    session, _port, _clock, _ = make({"AT": [OK]})
    assert session.command("AT").ok
    first = session.command("AT+A", timeout=0.25)
    assert (first.complete, first.heard) == (False, 0)
    with pytest.raises(PortStalled) as caught:
        session.command("AT+B", timeout=0.25)
    assert_stalled(caught.value, ("The modem answered at first, then stopped answering: nothing "
                                  "came back for 2 commands in a row (the last was AT+B)."))


def test_silent_read_replies_stall_naming_the_command() -> None:
    session, _port, _clock, _ = make({"AT": [OK]})
    assert session.command("AT").ok
    session.read_reply(timeout=0.25, command="AT+CMGS=5")
    with pytest.raises(PortStalled) as caught:
        session.read_reply(timeout=0.25, command="AT+CMGS=5")
    assert_stalled(caught.value, ("The modem answered at first, then stopped answering: nothing "
                                  "came back for 2 commands in a row (the last was AT+CMGS=5)."))


def test_silence_before_any_answer_is_not_a_stall() -> None:
    session, _port, _clock, _ = make()
    for _ in range(4):
        response = session.command("AT", timeout=0.25)
        assert (response.complete, response.kind, response.heard) == (False, FinalKind.TIMEOUT, 0)
    assert session.first_answer_at is None


def test_two_floods_in_a_row_stall() -> None:
    flood = b"x" * (MAX_REPLY + 1)
    session, _port, _clock, _ = make({"AT": [OK], "AT+F": [flood, flood]})
    assert session.command("AT").ok
    first = session.command("AT+F", timeout=1.0)
    assert first.overflowed is True
    assert first.complete is False
    assert first.kind is FinalKind.TIMEOUT
    with pytest.raises(PortStalled) as caught:
        session.command("AT+F", timeout=1.0)
    assert_stalled(caught.value, ("The modem sends data without end and no longer answers "
                                  "commands (more than 1024 KB for AT+F)."))


def test_exactly_max_reply_bytes_is_not_a_flood() -> None:
    session, _port, _clock, _ = make({"AT+F": [b"x" * MAX_REPLY]})
    response = session.command("AT+F", timeout=0.5)
    assert (response.overflowed, response.complete, response.heard) == (False, False, MAX_REPLY)


# -- deadlines ------------------------------------------------------------------------------

def _deadline_message(command: str) -> str:
    return ("The modem did not answer everything within the check's deadline of 0.5 s "
            f"(it was still answering {command}).")


def test_a_command_cut_by_the_deadline_names_itself() -> None:
    session, _port, clock, _ = make()
    session.set_deadline(0.5)
    with pytest.raises(DeadlineReached) as caught:
        session.command("AT+X", timeout=1.0)
    assert str(caught.value) == _deadline_message("AT+X")
    assert (caught.value.kind, caught.value.url, caught.value.remedy) == (
        "deadline", URL, DEADLINE_REMEDY)
    assert clock.now == START + 0.5


def test_a_read_reply_cut_by_the_deadline_raises() -> None:
    session, _port, _clock, _ = make()
    session.set_deadline(0.5)
    with pytest.raises(DeadlineReached) as caught:
        session.read_reply(timeout=1.0, command="AT+Y")
    assert str(caught.value) == _deadline_message("AT+Y")


def test_past_the_deadline_read_reply_and_drain_say_what_they_were_doing() -> None:
    session, _port, clock, _ = make()
    session.set_deadline(0.5)
    clock.now += 1.0
    with pytest.raises(DeadlineReached) as caught:
        session.read_reply(timeout=1.0, command="AT+Y")
    assert str(caught.value) == _deadline_message("AT+Y")
    with pytest.raises(DeadlineReached) as caught:
        session.drain_urcs()
    assert str(caught.value) == ("The modem did not answer everything within the check's "
                                 "deadline of 0.5 s.")


# -- command: busy retries, elapsed, defaults, trace ---------------------------------------

def test_busy_retries_back_off_doubling(caplog: pytest.LogCaptureFixture) -> None:
    busy = b"\r\n+CME ERROR: 14\r\n"
    session, _port, _clock, _ = make({"AT+CPIN?": [busy] * 4}, busy_retries=3,
                                     busy_backoff=0.01)
    caplog.set_level(logging.DEBUG, logger="simtool.at.session")
    response = session.command("AT+CPIN?", timeout=0.25)
    assert (response.kind, response.code, session.commands_sent) == (FinalKind.CME_ERROR, 14, 4)
    messages = [record.getMessage() for record in caplog.records
                if record.name == "simtool.at.session" and "busy" in record.getMessage()]
    assert messages == [f"AT+CPIN?: busy (+CME ERROR: 14), retry {n} in {delay} s"
                        for n, delay in ((1, "0.01"), (2, "0.02"), (3, "0.04"))]


def test_cms_314_is_busy_and_other_cms_errors_are_not() -> None:
    session, _port, _clock, _ = make({"AT+CMGS=5": [b"\r\n+CMS ERROR: 314\r\n", OK],
                                      "AT+CMGL": [b"\r\n+CMS ERROR: 500\r\n", OK]})
    sent = session.command("AT+CMGS=5", timeout=0.25)
    assert sent.ok and session.commands_sent == 2
    listed = session.command("AT+CMGL", timeout=0.25)
    assert (listed.kind, listed.code, session.commands_sent) == (FinalKind.CMS_ERROR, 500, 3)


def test_elapsed_is_the_clock_time_the_command_took() -> None:
    session, port, _clock, _ = make(default_timeout=1.0)
    assert session.command("AT+CSQ", timeout=0.25).elapsed == 0.25
    assert session.read_reply(timeout=0.5).elapsed == 0.5
    port.inject(OK)
    assert session.read_reply(timeout=0.5).elapsed == 0.0


def test_commands_are_not_secret_unless_told() -> None:
    session, _port, _clock, _ = make({"AT+CMGF=1": [OK]})
    response = session.command("AT+CMGF=1")
    assert response.command == "AT+CMGF=1"
    session.send_raw(b"AT+CMGF=0\r")
    assert entries(session) == [(TX, "AT+CMGF=1\r"), (RX, "\r\nOK\r\n"), (TX, "AT+CMGF=0\r")]


def test_vv_traces_each_exchange(monkeypatch: pytest.MonkeyPatch,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(_log, "VERBOSITY", 2)
    session, port, _clock, _ = make({"AT+CSQ": [b"\r\n+CSQ: 20,99\r\n" + OK]})
    capsys.readouterr()
    assert session.command("AT+CSQ").ok
    port.inject(OK)
    assert session.read_reply().ok
    err = capsys.readouterr().err
    assert "loop:// > AT+CSQ\n" in err and "loop:// < +CSQ: 20,99 | OK  (0 ms)" in err
    assert "loop:// > (reply)\n" in err and "loop:// < OK  (0 ms)" in err


# -- read_reply and prompts ----------------------------------------------------------------

def test_read_reply_defaults_no_command_not_secret() -> None:
    session, port, _clock, _ = make()
    port.inject(b"\r\nA=123\r\n" + OK)
    response = session.read_reply(timeout=0.5)
    assert response.command == ""
    assert (response.lines, response.ok, response.complete) == (["A=123"], True, True)
    assert entries(session) == [(RX, "\r\nA=123\r\n\r\nOK\r\n")]


def test_read_reply_leaves_an_unexpected_prompt() -> None:
    session, port, _clock, _ = make()
    port.inject(b"\r\n> ")
    response = session.read_reply(timeout=0.5)
    assert port.written == [b"\x1b"]
    assert (response.kind, response.final, response.complete) == (FinalKind.PROMPT, "> ", True)


def test_read_reply_keeps_an_expected_prompt() -> None:
    session, port, _clock, _ = make()
    port.inject(b"\r\n> ")
    response = session.read_reply(timeout=0.5, expect_prompt=True)
    assert port.written == []
    assert (response.kind, response.final, response.complete) == (FinalKind.PROMPT, "> ", True)


def test_command_keeps_an_expected_prompt() -> None:
    session, port, _clock, _ = make({"AT+CMGS=5": [b"\r\n> "]})
    response = session.command("AT+CMGS=5", timeout=0.5, expect_prompt=True)
    assert port.written == [b"AT+CMGS=5\r"]
    assert (response.kind, response.final, response.complete) == (FinalKind.PROMPT, "> ", True)


def test_an_unexpected_prompt_left_without_a_result_is_complete() -> None:
    session, port, clock, _ = make({"AT+CMGS=5": [b"\r\n> "]})
    response = session.command("AT+CMGS=5", timeout=0.5)
    assert port.written == [b"AT+CMGS=5\r", b"\x1b"]
    assert response.complete is True
    assert (response.kind, response.final, response.error_text) == (FinalKind.PROMPT, "> ", None)
    assert clock.now == START + 0.5


# -- the transcript: by whole lines, secrets masked ----------------------------------------

def test_a_line_split_over_reads_is_recorded_whole() -> None:
    session, _port, _clock, _ = make({"AT+CSQ": [[b"\r\n+CSQ: 2", b"0,99\r\n\r\nOK\r\n"]]})
    assert session.command("AT+CSQ").lines == ["+CSQ: 20,99"]
    assert session.transcript.entries() == [
        TranscriptEntry(0.0, TX, "AT+CSQ\r"), TranscriptEntry(0.0, RX, "\r\n"),
        TranscriptEntry(0.0, RX, "+CSQ: 20,99\r\n\r\nOK\r\n")]


def test_a_read_ending_in_cr_or_lf_is_recorded_as_it_came() -> None:
    session, _port, _clock, _ = make({"AT+CSQ": [[b"\r\n+CSQ: 20,99\r", b"\n\r\nOK\r\n"]]})
    assert session.command("AT+CSQ").lines == ["+CSQ: 20,99"]
    assert entries(session) == [(TX, "AT+CSQ\r"), (RX, "\r\n+CSQ: 20,99\r"),
                                (RX, "\n\r\nOK\r\n")]


def test_a_pin_echo_split_over_reads_is_masked_whole() -> None:
    session, _port, _clock, _ = make({'AT+CPIN="1234"': [[b'AT+CPIN="12',
                                                          b'34"\r\r\nOK\r\n']]})
    response = session.command('AT+CPIN="1234"')
    assert response.ok and response.command == 'AT+CPIN="****"'
    assert entries(session) == [(TX, 'AT+CPIN="****"\r'), (RX, 'AT+CPIN="****"\r\r\nOK\r\n')]


def test_read_reply_continues_a_line_a_drain_left_open() -> None:
    session, port, _clock, published = make()
    port.inject(b"\r\n+CREG: 1")
    assert session.drain_urcs() == []
    port.inject(b"\r\n" + OK)
    assert session.read_reply(timeout=0.5).ok
    assert published == ["+CREG: 1"]
    assert entries(session) == [(RX, "\r\n"), (RX, "+CREG: 1\r\n\r\nOK\r\n")]


def test_late_echoes_of_the_last_three_commands_are_dropped() -> None:
    replies: dict[str, list[Reply]] = {cmd: [OK] for cmd in ("AT+A", "AT+B", "AT+C", "AT+D")}
    replies["AT+E"] = [b"\r\nAT+A\r\nAT+B\r\n" + OK]
    session, _port, _clock, _ = make(replies)
    for cmd in ("AT+A", "AT+B", "AT+C", "AT+D"):
        assert session.command(cmd).ok
    assert session.command("AT+E").lines == ["AT+A"]


# -- URCs: subscribers, boots and restarts --------------------------------------------------

def test_boot_lines_and_restarts_are_recorded() -> None:
    session, port, clock, published = make({"AT": [OK], "AT+CFUN=1,1": [b"\r\nRDY\r\n"]})
    clock.now = START + 1.0625
    port.inject(b"\r\nSMS DONE\r\n")
    assert session.drain_urcs() == ["SMS DONE"]
    assert (session.last_boot, session.restarts) == (START + 1.0625, [])
    clock.now = START + 2.0625
    port.inject(b"\r\nRDY\r\n")
    assert session.command("AT").ok                 # the reset came before AT was read
    assert session.restarts == [(2.062, "RDY", "AT")]
    assert session.last_boot == START + 2.0625
    clock.now = START + 3.0625
    response = session.command("AT+CFUN=1,1", timeout=0.5)
    assert (response.complete, response.error_text) == (False, "RDY")
    assert session.restarts[-1] == (3.062, "RDY", "AT+CFUN=1,1")
    assert published == ["SMS DONE", "RDY", "RDY"]


def test_at_most_twenty_restarts_are_kept() -> None:
    session, port, _clock, published = make()
    port.inject(b"\r\nRDY\r\n" * 21)
    assert len(session.drain_urcs()) == 21
    assert len(published) == 21
    assert session.restarts == [(0.0, "RDY", None)] * 20


def test_a_failing_subscriber_is_logged_and_the_others_still_get_the_urc(
        caplog: pytest.LogCaptureFixture) -> None:
    session, port, _clock, published = make()

    def broken(line: str) -> None:
        raise RuntimeError("broken")

    session.subscribe(broken)
    after: list[str] = []
    session.subscribe(after.append)
    port.inject(b"\r\n+CREG: 1\r\n")
    assert session.drain_urcs() == ["+CREG: 1"]
    assert published == after == ["+CREG: 1"]
    failures = [record.getMessage() for record in caplog.records
                if record.levelno == logging.ERROR]
    assert failures == ["URC subscriber failed on '+CREG: 1'"]


def test_drain_urcs_reads_only_what_has_arrived_by_default() -> None:
    session, _port, clock, _ = make()
    assert session.drain_urcs() == []
    assert clock.now == START


def test_drain_and_dispatch_hand_back_at_most_1000_lines() -> None:
    session, port, _clock, published = make()
    port.inject(b"+CREG: 1\r\n" * 1001)
    assert len(session.drain_urcs()) == 1000
    assert len(published) == 1001
    port.later.append((START + STEP, b"+CREG: 2\r\n" * 1001))
    assert len(session.drain_urcs(wait=0.5)) == 1000
    assert len(published) == 2002


def test_dispatch_reads_at_most_max_reply_bytes() -> None:
    session, port, _clock, published = make()
    port.inject(b"x" * (MAX_REPLY - 2) + b"\r\n")
    port.inject(b"+CREG: 1\r\n")
    assert len(session.drain_urcs()) == 1
    assert session.drain_urcs() == ["+CREG: 1"]
    assert len(published) == 2


def test_drain_reads_at_most_max_reply_bytes() -> None:
    session, port, clock, _ = make()
    port.later.append((START + STEP, b"x" * (MAX_REPLY - 2) + b"\r\n"))
    port.later.append((START + 2 * STEP, b"+CREG: 1\r\n"))
    assert len(session.drain_urcs(wait=1.0)) == 1
    assert clock.now == START + STEP


def test_the_bounds_count_bytes_since_the_drain_began() -> None:
    session, port, _clock, _ = make()
    port.inject(b"y" * 600_000 + b"\r\n")
    assert len(session.drain_urcs()) == 1
    port.inject(b"\r\n+CREG: 1\r\n")
    assert session.drain_urcs() == ["+CREG: 1"]
    port.later.append((START + STEP, b"\r\n+CREG: 2\r\n"))
    assert session.drain_urcs(wait=0.5) == ["+CREG: 2"]


def test_wait_until_gives_up_at_its_timeout() -> None:
    session, _port, clock, _ = make()
    assert session.wait_until(lambda: False, timeout=0.25) is False
    assert clock.now == START + 0.25


# -- late answers and the quiet limit --------------------------------------------------------

def test_a_stale_final_ends_the_late_answer() -> None:
    session, port, _clock, _ = make({"AT": [b"AT\r\r\nOK\r\n"],
                                     "AT+C": [b"\r\n+C: 1\r\n" + OK]})
    assert session.command("AT").ok                  # echo on
    assert not session.command("AT+B", timeout=0.25).complete
    port.inject(OK)                                  # AT+B's late answer
    response = session.command("AT+C", timeout=0.25)
    assert (response.ok, response.lines) == (True, ["+C: 1"])


def test_a_cancelled_command_may_still_be_answered() -> None:
    session, _port, _clock, _ = make({
        "AT": [b"AT\r\r\nOK\r\n"], "AT+B": [b"AT+B\r\r\n+CREG: 1\r\n"],
        "AT+C": [b"\r\nOK\r\nAT+C\r\r\n+C: 1\r\n" + OK]})
    assert session.command("AT").ok                  # echo on
    unsubscribe = session.subscribe(lambda line: session.cancel())
    with pytest.raises(Cancelled):
        session.command("AT+B", timeout=0.5)
    unsubscribe()
    session.reset_cancel()
    response = session.command("AT+C", timeout=0.5)
    assert (response.ok, response.lines) == (True, ["+C: 1"])


def test_an_unheard_command_waits_its_whole_timeout_while_echo_is_unknown() -> None:
    session, _port, _clock, _ = make()
    assert session.command("AT+CSQ").elapsed == 5.0


def test_an_unheard_command_waits_its_whole_timeout_after_replies_without_echo() -> None:
    session, _port, _clock, _ = make({"AT": [OK]})
    assert session.command("AT").ok
    assert session.command("AT+CSQ").elapsed == 5.0


def test_with_echo_on_an_unheard_command_gives_up_after_the_echo_wait() -> None:
    session, _port, _clock, _ = make({"AT": [b"AT\r\r\nOK\r\n"]})
    assert session.command("AT").ok
    assert session.command("AT+CSQ").elapsed == 2.0


def test_read_reply_waits_its_whole_timeout_even_with_echo_on() -> None:
    session, _port, _clock, _ = make({"AT": [b"AT\r\r\nOK\r\n"]})
    assert session.command("AT").ok
    assert session.read_reply(command="AT+CSQ").elapsed == 5.0


# -- restore --------------------------------------------------------------------------------

def test_restore_with_no_time_left_sends_nothing(caplog: pytest.LogCaptureFixture) -> None:
    session, port, _clock, _ = make({'AT+CPIN="1234"': [OK]})
    caplog.set_level(logging.WARNING, logger="simtool.at.session")
    assert session.restore('AT+CPIN="1234"', budget=0.0) is False
    assert (port.written, session.commands_sent) == ([], 0)
    assert [record.getMessage() for record in caplog.records] == [
        'no time left to put back AT+CPIN="****"']


def test_restore_with_half_a_second_left_sends() -> None:
    session, _port, _clock, _ = make({"AT": [OK]})
    assert session.restore("AT", budget=0.5) is True
    assert session.commands_sent == 1


def test_restore_gives_each_command_its_timeout() -> None:
    session, _port, clock, _ = make()
    assert session.restore("AT+CREG=0", timeout=0.25) is False
    assert clock.now == START + 0.25


def test_restore_does_not_retry_busy() -> None:
    session, _port, _clock, _ = make({"AT+CNMI=0": [b"\r\n+CME ERROR: 14\r\n", OK]})
    assert session.restore("AT+CNMI=0", timeout=0.25) is False
    assert session.commands_sent == 1


def test_restore_logs_a_failure_and_stops_when_the_port_is_gone(
        caplog: pytest.LogCaptureFixture) -> None:
    session, port, _clock, _ = make()
    port.fail_writes = True
    caplog.set_level(logging.WARNING, logger="simtool.at.session")
    assert session.restore("AT+A", "AT+B", timeout=0.25) is False
    [record] = caplog.records
    error = record.args[1] if isinstance(record.args, tuple) else None
    assert isinstance(error, PortVanished)
    assert record.getMessage() == f"could not put back AT+A: {error}"


def test_a_restore_inside_a_restore_keeps_the_outer_one_overtime() -> None:
    session, _port, _clock, _ = make({"AT+A": [b"\r\n+CREG: 1\r\n" + OK], "AT+B": [OK],
                                      "AT+C": [OK]})
    inner: list[bool] = []

    def restore_on_urc(line: str) -> None:
        if not inner:
            inner.append(session.restore("AT+C", timeout=0.5))

    session.subscribe(restore_on_urc)
    session.set_deadline(0.0)
    assert session.restore("AT+A", "AT+B", timeout=0.5) is True
    assert inner == [True]
    assert session.commands_sent == 3


# -- the port going away, framing, transcript ----------------------------------------------

def test_a_port_without_a_url_that_fails_says_why() -> None:
    session, port, _clock, _ = make()
    port.hide_url = True
    port.fail_in_waiting = True
    with pytest.raises(PortVanished) as caught:
        session.command("AT", timeout=0.25)
    assert "(port gone)" in str(caught.value)
    assert caught.value.url is None


def test_cms_error_is_a_refusal_of_a_lower_case_sms_command() -> None:
    assert is_refusal(FinalKind.CMS_ERROR, "at+cmgs=5") is True
    assert is_refusal(FinalKind.CMS_ERROR, "AT+CSQ") is False


def test_the_left_out_marker_keeps_time_zero() -> None:
    transcript = Transcript(clock=lambda: 7.0, head_chars=1, tail_chars=4)
    for text in (b"head", b"aaaa", b"bbbb"):
        transcript.record(RX, text)
    assert transcript.entries() == [
        TranscriptEntry(0.0, RX, "head"),
        TranscriptEntry(0.0, RX, "[... simtool: 4 characters left out of the transcript ...]"),
        TranscriptEntry(0.0, RX, "bbbb")]


# -- __init__: the defaults and the port's read timeout --------------------------------------

@pytest.mark.parametrize(("opened_with", "kept"), [
    (0.02, 0.02), (0.05, 0.05), (0.1, 0.1),          # short enough: left as the port has it
    (None, 0.05), (0, 0.05), (0.5, 0.05), (2.0, 0.05),  # blocking, non-blocking, too long
])
def test_the_port_gets_a_short_read_timeout_only_when_it_has_none(
        opened_with: float | None, kept: float) -> None:
    port = serial.serial_for_url(URL, timeout=opened_with)
    AtSession(port)
    assert port.timeout == kept


def test_the_transcript_given_is_the_one_written() -> None:
    clock = Clock()
    port = Modem(URL, timeout=0.05)
    port.script(clock, {"AT": [OK]}, STEP)
    transcript = Transcript(clock=clock)
    session = AtSession(port, transcript=transcript, clock=clock)
    assert session.command("AT").ok
    assert session.transcript is transcript
    assert [(entry.dir, entry.text) for entry in transcript.entries()] == [
        (TX, "AT\r"), (RX, "\r\nOK\r\n")]


def test_a_command_waits_five_seconds_by_default() -> None:
    clock = Clock()
    port = Modem(URL, timeout=0.05)
    port.script(clock, {}, STEP)
    session = AtSession(port, clock=clock)
    assert session.command("AT+CSQ").elapsed == 5.0


def test_busy_is_retried_three_times_by_default() -> None:
    busy = b"\r\n+CME ERROR: 14\r\n"
    clock = Clock()
    port = Modem(URL, timeout=0.05)
    port.script(clock, {"AT+CPIN?": [busy] * 5}, STEP)
    session = AtSession(port, busy_backoff=0.001, clock=clock)
    response = session.command("AT+CPIN?", timeout=0.25)
    assert (response.code, session.commands_sent) == (14, 4)
