"""End to end: AtSession over a real pseudo-terminal served by `python -m simtool simulate
... --pty` in its own process, opened like hardware with transport.port.open_port.

Covers issue 2's hard cases: echo on, URCs in the middle of a reply, a reply whose final
result code never comes, a SIM busy for three replies, the port vanishing mid-command,
cancellation from another thread, and PIN masking in the transcript. The simulator's
forced behaviours (--interleave, --no-final, --busy-replies, --scan) make each case happen
on purpose; every test starts its own simulator, so the tests can run in parallel.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
import serial

from simtool.at.framing import FinalKind
from simtool.at.session import AtResponse, AtSession, Cancelled
from simtool.at.transcript import RX, TX
from simtool.sources.at.reader import collect_facts
from simtool.transport.errors import PortVanished
from simtool.transport.port import open_port

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs pseudo-terminals")

# Bounds that only stop a broken test from hanging; no test asserts on how long things take.
HANG_GUARD = 20.0


@dataclass
class Simulator:
    process: subprocess.Popen[str]
    path: str


Start = Callable[..., Simulator]
Connect = Callable[..., AtSession]


@pytest.fixture
def simulate() -> Iterator[Start]:
    """start(*args) runs `simtool simulate *args --pty`; every process is killed afterwards."""
    started: list[subprocess.Popen[str]] = []

    def start(*args: str) -> Simulator:
        process = subprocess.Popen([sys.executable, "-m", "simtool", "simulate", *args, "--pty"],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        started.append(process)
        assert process.stdout is not None
        path = process.stdout.readline().strip()
        assert path.startswith("/dev/"), f"simulate printed {path!r} as its first line"
        return Simulator(process, path)

    yield start
    for process in started:
        if process.poll() is None:
            process.kill()
        process.wait(HANG_GUARD)
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()


@pytest.fixture
def connect() -> Iterator[Connect]:
    """connect(path, **session_options) opens the port like hardware; closed afterwards."""
    ports: list[serial.SerialBase] = []

    def open_session(path: str, *, busy_retries: int = 3, busy_backoff: float = 0.5
                     ) -> AtSession:
        port = open_port(path)
        ports.append(port)
        return AtSession(port, busy_retries=busy_retries, busy_backoff=busy_backoff)

    yield open_session
    for port in ports:
        try:
            port.close()
        except (OSError, serial.SerialException):
            pass   # the simulator behind it was killed on purpose


def received(session: AtSession) -> str:
    return "".join(e.text for e in session.transcript.entries() if e.dir == RX)


def sent(session: AtSession) -> str:
    return "".join(e.text for e in session.transcript.entries() if e.dir == TX)


def wait_for_echo(session: AtSession, command: str) -> None:
    """Return once the modem echoed `command`: it has the command and is working on it."""
    deadline = time.monotonic() + HANG_GUARD
    while command + "\r" not in received(session):
        assert time.monotonic() < deadline, f"the modem never echoed {command!r}"
        time.sleep(0.01)


def run_in_thread(session: AtSession, command: str) -> tuple[threading.Thread, list[object]]:
    """Send `command` from another thread; the list gets its reply or its exception."""
    outcome: list[object] = []

    def work() -> None:
        try:
            outcome.append(session.command(command, timeout=60))
        except Exception as error:   # the test inspects what was raised
            outcome.append(error)

    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    return thread, outcome


# ---- echo ------------------------------------------------------------------------------

def test_echo_on_after_power_up_never_reaches_the_reply(simulate: Start,
                                                       connect: Connect) -> None:
    modem = simulate("healthy")
    session = connect(modem.path)

    identity = session.command("AT+CGMI;+CGMM;+CGMR")
    retries = session.command("AT+CPINR")
    contexts = session.command("AT+CGDCONT?")

    assert identity.ok and identity.lines == ["simtool", "Simulated LTE modem", "SIM-1.0"]
    assert retries.lines == ["+CPINR: SIM PIN,3,3", "+CPINR: SIM PUK,10,10",
                             "+CPINR: SIM PIN2,3,3", "+CPINR: SIM PUK2,10,10"]
    assert contexts.lines == ['+CGDCONT: 1,"IP","cmnet","0.0.0.0",0,0']
    # The modem did echo every command (the transcript keeps every byte) ...
    for command in ("AT+CGMI;+CGMM;+CGMR", "AT+CPINR", "AT+CGDCONT?"):
        assert command + "\r" in received(session)
    # ... and no reply carries its echo.
    for reply in (identity, retries, contexts):
        assert all("AT+" not in line for line in reply.lines)


def test_echo_switched_off_mid_session_changes_nothing_for_the_caller(
        simulate: Start, connect: Connect) -> None:
    session = connect(simulate("healthy").path)
    with_echo = session.command("AT+CSQ")
    assert session.command("ATE0").ok
    without_echo = session.command("AT+CSQ")
    assert with_echo.lines == without_echo.lines == ["+CSQ: 24,99"]


# ---- URCs in the middle of a reply -----------------------------------------------------

def test_urcs_between_information_lines_go_to_subscribers_not_the_reply(
        simulate: Start, connect: Connect) -> None:
    modem = simulate("healthy", "--vendor", "huawei", "--interleave", "creg,cereg,ring,rssi")
    session = connect(modem.path)
    urcs: list[str] = []
    session.subscribe(urcs.append)

    identity = session.command("AT+CGMI;+CGMM;+CGMR;+CGSN")
    contexts = session.command("AT+CGDCONT=?")

    assert identity.ok
    assert identity.lines == ["huawei", "E3372", "21.180.99.00.00", "867852021234568"]
    assert contexts.ok and len(contexts.lines) == 3
    assert all(line.startswith("+CGDCONT: ") for line in contexts.lines)
    urc_lines = ["+CREG: 1", "+CEREG: 1", "RING", "^RSSI: 24"]
    # They were really sent in the middle of the replies ...
    assert "\r\nhuawei\r\n+CREG: 1\r\n+CEREG: 1\r\nRING\r\n^RSSI: 24\r\nE3372" in received(session)
    # ... and each reached the subscriber, in order, once per reply.
    assert urcs == urc_lines * 2


def test_a_full_read_with_urcs_mid_reply_gives_the_same_facts(simulate: Start,
                                                              connect: Connect) -> None:
    plain = collect_facts(connect(simulate("healthy").path))
    noisy = collect_facts(connect(simulate("healthy", "--interleave", "creg,cereg,ring,rssi")
                                  .path))
    plain.notes.clear()
    assert noisy.notes == []
    noisy.notes.clear()
    assert noisy == plain
    assert noisy.registration.overall == "home" and noisy.sim.state == "ready"


# ---- a final result code that never comes ----------------------------------------------

NO_FINAL_WAIT = 3.0     # seconds: the whole of it is waited (no final ends the command)

def test_missing_final_keeps_the_lines_marks_a_timeout_and_the_next_command_works(
        simulate: Start, connect: Connect) -> None:
    session = connect(simulate("healthy", "--no-final", "CSQ").path)
    assert session.command("AT").ok      # the simulator process is up and answering

    # The reply lines must be in before the timeout ends the command: the simulator is
    # another process, so give it seconds, not half of one, on a busy machine.
    lost = session.command("AT+CSQ", timeout=NO_FINAL_WAIT)
    after = session.command("AT+CGMI")

    assert lost.lines == ["+CSQ: 24,99"]
    assert lost.complete is False
    assert lost.kind is FinalKind.TIMEOUT and lost.final is None and not lost.ok
    assert after.ok and after.complete and after.lines == ["simtool"]


def test_missing_final_in_a_chained_read_is_not_taken_for_the_whole_answer(
        simulate: Start, connect: Connect) -> None:
    session = connect(simulate("healthy", "--no-final", "CESQ").path)
    assert session.command("AT").ok
    lost = session.command("AT+CSQ;+CESQ", timeout=NO_FINAL_WAIT)
    assert lost.lines == ["+CSQ: 24,99", "+CESQ: 99,99,255,255,24,50"]
    assert not lost.complete
    assert session.command("AT+CSQ").ok


# ---- SIM busy --------------------------------------------------------------------------

def test_sim_busy_three_times_is_retried_with_backoff_until_the_answer(
        simulate: Start, connect: Connect) -> None:
    session = connect(simulate("healthy", "--busy-replies", "3").path,
                      busy_retries=3, busy_backoff=0.05)
    urcs: list[str] = []
    session.subscribe(urcs.append)
    assert session.command("AT+CMEE=1").ok

    answer = session.command("AT+CPIN?")

    assert answer.ok and answer.lines == ["+CPIN: READY"]
    assert sent(session).count("AT+CPIN?\r") == 4           # three busy replies, one answer
    assert received(session).count("+CME ERROR: 14") == 3
    assert urcs == ["+CPIN: READY"]                         # the SIM said it finished


def test_sim_busy_longer_than_the_retries_returns_the_busy_error(
        simulate: Start, connect: Connect) -> None:
    session = connect(simulate("healthy", "--busy-replies", "5").path,
                      busy_retries=3, busy_backoff=0.01)
    session.command("AT+CMEE=1")
    busy = session.command("AT+CIMI")
    assert busy.kind is FinalKind.CME_ERROR and busy.code == 14 and busy.complete
    assert sent(session).count("AT+CIMI\r") == 4


@pytest.mark.parametrize("args", [("sim-busy", "--busy", "0.5"),
                                  ("healthy", "--busy-replies", "3")],
                         ids=["sim-busy-for-half-a-second", "busy-for-3-replies"])
def test_collect_facts_on_a_busy_sim_ends_with_the_sim_ready(
        simulate: Start, connect: Connect, args: tuple[str, ...]) -> None:
    session = connect(simulate(*args).path, busy_backoff=0.2)

    facts = collect_facts(session)

    assert facts.sim.state == "ready"
    assert facts.sim.iccid == "89860012345678901234"
    assert facts.sim.imsi == "460001357924680"
    assert facts.registration.overall == "home"
    assert [c.active for c in facts.packet.contexts] == [True]   # attached once ready
    assert "+CME ERROR: 14" in received(session)            # it really was busy first


# ---- the port vanishes -----------------------------------------------------------------

def test_killing_the_simulator_mid_command_raises_port_vanished(simulate: Start,
                                                               connect: Connect) -> None:
    modem = simulate("healthy", "--scan", "60")
    session = connect(modem.path)
    thread, outcome = run_in_thread(session, "AT+COPS=?")
    wait_for_echo(session, "AT+COPS=?")

    modem.process.kill()            # like pulling the USB plug while the modem scans
    thread.join(HANG_GUARD)

    assert not thread.is_alive()
    [error] = outcome
    assert isinstance(error, PortVanished)
    assert error.kind == "vanished" and error.url == modem.path
    message = str(error)
    assert modem.path in message and "unplugged" in message
    assert message.rstrip().endswith(".") and "Traceback" not in message


def wait_until_opened(pid: int, path: str) -> None:
    """Return once process `pid` has `path` open (Linux: its /proc/PID/fd links)."""
    fds = f"/proc/{pid}/fd"
    deadline = time.monotonic() + HANG_GUARD
    while True:
        try:
            if any(os.readlink(os.path.join(fds, fd)) == path for fd in os.listdir(fds)):
                return
        except FileNotFoundError:
            pass   # the process is still starting, or an fd closed while we looked
        assert time.monotonic() < deadline, f"{path} was never opened"
        time.sleep(0.01)


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="needs /proc to see the open")
def test_a_check_whose_modem_vanishes_mid_command_reports_it_without_a_traceback(
        simulate: Start) -> None:
    # +CPIN? never gets its final result code: once the check has the port open, it spends
    # its time waiting inside that command (10 s), and that is when the modem goes.
    modem = simulate("healthy", "--no-final", "CPIN")
    check = subprocess.Popen([sys.executable, "-m", "simtool", "check", "--port", modem.path,
                              "--format", "json"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        wait_until_opened(check.pid, modem.path)
        modem.process.kill()
        out, err = check.communicate(timeout=HANG_GUARD)
    finally:
        if check.poll() is None:
            check.kill()
            check.communicate()
    assert check.returncode == 2, err                          # modem unreachable
    assert "Traceback" not in err + out
    report = json.loads(out)
    assert report["verdict"]["check"] == "port"
    port_check = next(c for c in report["checks"] if c["id"] == "port")
    assert "went away" in port_check["detail"] and "unplugged" in port_check["detail"]


# ---- cancellation ----------------------------------------------------------------------

def test_cancel_from_another_thread_stops_a_long_network_scan(simulate: Start,
                                                             connect: Connect) -> None:
    session = connect(simulate("healthy", "--scan", "60").path)
    thread, outcome = run_in_thread(session, "AT+COPS=?")
    wait_for_echo(session, "AT+COPS=?")

    session.cancel()
    thread.join(HANG_GUARD)

    assert not thread.is_alive()
    [error] = outcome
    assert isinstance(error, Cancelled)
    with pytest.raises(Cancelled):          # cancelled stays cancelled ...
        session.command("AT")
    session.reset_cancel()                  # ... until reset; the port still works
    assert session.command("AT").ok


# ---- PIN masking -----------------------------------------------------------------------

def test_transcript_masks_a_secret_pin_in_every_entry(simulate: Start,
                                                      connect: Connect) -> None:
    session = connect(simulate("pin-locked").path)
    session.command("AT+CMEE=1")

    wrong = session.command('AT+CPIN="9731"', secret=True)
    retries = session.command("AT+CPINR=SIM PIN")

    assert wrong.code == 16                                    # incorrect password
    assert retries.lines == ["+CPINR: SIM PIN,2,3"]            # the real digits arrived
    entries = session.transcript.entries()
    assert entries and all("9731" not in entry.text for entry in entries)
    assert '9731' not in wrong.command and "9731" not in "".join(wrong.lines)
    # Both the command and its echo are there, masked digit for digit.
    assert 'AT+CPIN="****"\r' in sent(session)
    assert 'AT+CPIN="****"\r' in received(session)


def _reply_text(reply: AtResponse) -> str:
    return "\n".join([reply.command, *reply.lines, reply.final or ""])


def test_right_pin_sent_secret_unlocks_and_stays_masked(simulate: Start,
                                                        connect: Connect) -> None:
    session = connect(simulate("pin-locked").path)
    unlocked = session.command('AT+CPIN="1234"', secret=True)
    state = session.command("AT+CPIN?")
    assert unlocked.ok and state.lines == ["+CPIN: READY"]
    assert 'AT+CPIN="1234"' not in sent(session) + received(session) + _reply_text(unlocked)
    assert sent(session).count('AT+CPIN="****"\r') == 1
