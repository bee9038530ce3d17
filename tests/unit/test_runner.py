"""The runner (simtool.runner): one full check of one modem, as the CLI, the app
and the benchmarks call it, on real ports — the simulated modem behind its sim:// URL
handler, and pseudo-terminals for a port where nothing answers."""

from __future__ import annotations

import os
import select
import sys
import threading
import tty
from concurrent.futures import ThreadPoolExecutor

import pytest
import serial

from simtool.at.session import AtSession, Cancelled
from simtool.runner import (
    CheckOptions,
    CheckRun,
    diagnose,
    preload,
    run_check,
)
from simtool.sim.urlhandler import register as register_sim_handler
from simtool.sources.at.first_lines import IDENTITY_LINE, RADIO_SIM_LINE
from simtool.sources.at.reader import RADIO_SIM_ITEMS, chain_line
from simtool.sources.at.source import start_prefetch
from simtool.transport.port import open_port

FAST = CheckOptions(timeout=3, probe_timeout=1, sim_busy_wait=0)


def test_healthy_modem_is_ok_with_its_transcript() -> None:
    report = run_check("sim://healthy", FAST)
    assert report.facts.reachable is True
    assert report.verdict.status == "ok"
    assert report.facts.port.url == "sim://healthy"
    # The identity line is the first thing on the wire (it doubles as the liveness probe).
    assert report.transcript[0].dir == "tx"
    assert report.transcript[0].text == IDENTITY_LINE + "\r"
    assert report.support.host_os  # filled in for the operator


def test_missing_port_is_an_unreachable_report_not_an_exception() -> None:
    report = run_check("/dev/ttyUSB99", FAST)
    assert report.facts.reachable is False
    assert report.facts.port_error_kind == "not-found"
    assert report.verdict.check == "port"
    assert report.transcript == []


@pytest.mark.skipif(sys.platform == "win32", reason="needs pseudo-terminals")
def test_silent_port_is_judged_after_one_probe() -> None:
    controller, device = os.openpty()
    try:
        report = run_check(os.ttyname(device), CheckOptions(timeout=1, probe_timeout=0.5))
    finally:
        os.close(device)
        os.close(controller)
    assert report.facts.reachable is False
    assert report.facts.port_error_kind == "silent"
    assert "nothing answered AT" in (report.facts.port_error or "")
    # Nothing came back, so nothing was asked twice.
    assert [e.text for e in report.transcript if e.dir == "tx"] == [IDENTITY_LINE + "\r"]


class LosesFirstReply:
    """The far end of a pseudo-terminal: a simulated healthy modem that echoes the very first
    line but loses its answer (as a flaky line does), then answers everything normally."""

    def __init__(self) -> None:
        self.controller, self.device = os.openpty()
        tty.setraw(self.device)
        register_sim_handler()
        self.modem = serial.serial_for_url("sim://healthy", timeout=0.05)
        self.first = True
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        pending = b""
        while not self.stopped.is_set():
            ready, _, _ = select.select([self.controller], [], [], 0.05)
            if ready:
                try:
                    data = os.read(self.controller, 4096)
                except OSError:
                    return
                if self.first:
                    pending += data
                    if b"\r" in pending:
                        line, _, rest = pending.partition(b"\r")
                        os.write(self.controller, line + b"\r")   # the echo, no answer
                        self.first = False
                        if rest:
                            self.modem.write(rest)
                else:
                    self.modem.write(data)
            reply = self.modem.read(self.modem.in_waiting or 1)
            if reply:
                os.write(self.controller, reply)

    def close(self) -> None:
        self.stopped.set()
        self.thread.join(10)
        self.modem.close()
        os.close(self.device)
        os.close(self.controller)


@pytest.mark.skipif(sys.platform == "win32", reason="needs pseudo-terminals")
def test_a_lost_first_reply_is_asked_again_not_called_silent() -> None:
    peer = LosesFirstReply()
    try:
        report = run_check(os.ttyname(peer.device), CheckOptions(timeout=3, probe_timeout=1))
    finally:
        peer.close()
    sent = [e.text for e in report.transcript if e.dir == "tx"]
    assert sent[:2] == [IDENTITY_LINE + "\r"] * 2
    assert report.facts.reachable is True
    assert report.verdict.check != "port"


class RefusesIdentityLine(LosesFirstReply):
    """A simulated healthy modem behind a pseudo-terminal that answers the chained identity
    line with a bare ERROR (old modems refuse +CMEE in a chain) and everything else as usual."""

    def _serve(self) -> None:
        pending = b""
        while not self.stopped.is_set():
            ready, _, _ = select.select([self.controller], [], [], 0.05)
            if ready:
                try:
                    data = os.read(self.controller, 4096)
                except OSError:
                    return
                if self.first:
                    pending += data
                    if b"\r" in pending:
                        line, _, rest = pending.partition(b"\r")
                        os.write(self.controller, line + b"\r\r\nERROR\r\n")
                        self.first = False
                        if rest:
                            self.modem.write(rest)
                else:
                    self.modem.write(data)
            reply = self.modem.read(self.modem.in_waiting or 1)
            if reply:
                os.write(self.controller, reply)


def test_the_second_line_goes_out_with_the_first_reply() -> None:
    # The radio/SIM line needs nothing from the identity reply, so it is sent the moment
    # that reply is complete (the readers import meanwhile); collect sends the same line.
    assert chain_line(RADIO_SIM_ITEMS) == RADIO_SIM_LINE
    report = run_check("sim://healthy", FAST)
    sent = [e.text for e in report.transcript if e.dir == "tx"]
    assert sent[:2] == [IDENTITY_LINE + "\r", RADIO_SIM_LINE + "\r"]
    assert report.facts.radio.cfun == 1 and report.facts.sim.state == "ready"
    assert report.facts.sim.pin_retries == 3


@pytest.mark.skipif(sys.platform == "win32", reason="needs pseudo-terminals")
def test_identity_fallbacks_wait_for_the_second_line_in_flight() -> None:
    # The identity line fails, so identity is read command by command; those commands
    # must not take the reply of the radio/SIM line that was already on its way.
    peer = RefusesIdentityLine()
    try:
        report = run_check(os.ttyname(peer.device), CheckOptions(timeout=3, probe_timeout=1))
    finally:
        peer.close()
    sent = [e.text for e in report.transcript if e.dir == "tx"]
    assert sent[:3] == [IDENTITY_LINE + "\r", RADIO_SIM_LINE + "\r", "AT+CGMI\r"]
    # Its reply was read, not lost and asked again command by command.
    assert "AT+CFUN?\r" not in sent and "AT+CPIN?\r" not in sent
    assert report.facts.modem.manufacturer == "simtool"
    assert report.facts.radio.cfun == 1 and report.facts.sim.state == "ready"
    assert report.verdict.status == "ok"


def test_progress_starts_at_the_port() -> None:
    steps: list[str] = []
    run_check("sim://healthy", FAST, lambda step, message: steps.append(step))
    assert steps[0] == "port"
    assert len(steps) > 1


def test_diagnose_on_a_session_the_caller_owns() -> None:
    port = open_port("sim://no-sim")
    try:
        report = diagnose(AtSession(port, default_timeout=3), port=None, url="sim://no-sim",
                          options=FAST)
        assert port.is_open  # the caller's port stays the caller's
    finally:
        port.close()
    assert report.verdict.check == "sim-present"
    assert report.facts.port.url == "sim://no-sim"


def test_cancel_from_another_thread_stops_a_waiting_check() -> None:
    # The SIM stays busy for 60 s and the check would wait for it: cancel() ends it.
    waiting = threading.Event()
    run = CheckRun("sim://sim-busy?busy=60", CheckOptions(timeout=3, sim_busy_wait=60),
                   progress=lambda step, message: waiting.set() if step == "radio" else None)
    outcome: list[BaseException | object] = []

    def target() -> None:
        try:
            outcome.append(run.run())
        except Cancelled as cancelled:
            outcome.append(cancelled)

    worker = threading.Thread(target=target)
    worker.start()
    assert waiting.wait(30), "the check never reached the SIM"
    run.cancel()
    worker.join(30)  # a guard against a hang, not a speed assert
    assert not worker.is_alive()
    assert len(outcome) == 1 and isinstance(outcome[0], Cancelled)


def test_cancel_before_start_raises_cancelled() -> None:
    run = CheckRun("sim://healthy", FAST)
    run.cancel()
    with pytest.raises(Cancelled):
        run.run()


# Each scenario with the check it must blame, run all at once in threads: every report must
# be its own modem's (no shared state between concurrent checks).
MIXED = {
    "sim://healthy": None, "sim://no-sim": "sim-present", "sim://pin-locked": "sim-lock",
    "sim://radio-off": "radio", "sim://registration-denied": "registration",
    "sim://not-subscribed": "data-session", "sim://attach-rejected": "data-attach",
    "sim://sim-failure": "sim-health", "/dev/ttyUSB99": "port",
}


def test_concurrent_checks_keep_to_their_own_modem() -> None:
    preload()
    urls = [url for url in MIXED for _copy in range(2)]
    with ThreadPoolExecutor(max_workers=len(urls)) as pool:
        reports = list(pool.map(lambda url: run_check(url, FAST), urls))
    for url, report in zip(urls, reports, strict=True):
        assert report.facts.port.url == url
        assert report.verdict.check == MIXED[url], url


def test_prefetch_runs_once_per_process() -> None:
    first = start_prefetch()
    assert start_prefetch() is first
    first.join()


def test_a_busy_sim_is_announced_while_the_check_waits() -> None:
    # Issue 3: "A SIM that answers busy is re-read ... with progress reported". The SIM says
    # +CME ERROR: 14 for 3 s; the person at the terminal must be told why nothing happens.
    messages: list[tuple[str, str]] = []
    report = run_check("sim://sim-busy?busy=3", CheckOptions(timeout=3, sim_busy_wait=60),
                       lambda step, message: messages.append((step, message)))
    assert report.facts.sim.state == "ready"
    assert any("busy" in message.lower() for _step, message in messages), messages


def test_the_default_reboot_scenario_resets_during_a_check() -> None:
    # `sim://reboot` must exercise a reset mid-check (RDY/URC storm) with its default
    # parameters, otherwise every user of the plain URL tests a healthy modem.
    report = run_check("sim://reboot", FAST)
    received = "".join(e.text for e in report.transcript if e.dir == "rx")
    assert "RDY" in received
    assert report.verdict.status in ("ok", "problem", "inconclusive")
