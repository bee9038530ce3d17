"""The sim:// URL handler, used exactly like hardware: through serial.serial_for_url."""

from __future__ import annotations

import re
import sys
import threading
import time
import uuid

import pytest
import serial

from simtool.sim import instances
from simtool.sim.urlhandler import register
from simtool.sim.urlhandler.protocol_sim import parse_url

register()


def blocked_in_wait(thread: threading.Thread, guard: float = 30.0) -> bool:
    """Poll (up to `guard` seconds) until `thread` waits on a condition variable: the state
    a test of "wakes a blocked reader" must reach first, found without sleeping."""
    deadline = time.monotonic() + guard
    while time.monotonic() < deadline:
        frame = sys._current_frames().get(thread.ident or -1)
        while frame is not None:
            code = frame.f_code
            if code.co_name == "wait" and code.co_filename.endswith("threading.py"):
                return True
            frame = frame.f_back
        if not thread.is_alive():
            return False
        time.sleep(0.001)
    return False


FINAL = re.compile(rb"(OK|ERROR|\+CME ERROR: [^\r]*)\r\n$")


def read_until_final(port: serial.SerialBase) -> bytes:
    data = b""
    while not FINAL.search(data):
        chunk = port.read(1)
        if not chunk:
            break
        data += chunk
    return data


def ask(port: serial.SerialBase, command: str) -> bytes:
    port.write(command.encode() + b"\r")
    return read_until_final(port)


def test_register_is_idempotent() -> None:
    register()
    register()
    assert serial.protocol_handler_packages.count("simtool.sim.urlhandler") == 1


def test_healthy_modem_answers_through_serial_for_url() -> None:
    port = serial.serial_for_url("sim://healthy", timeout=1)
    try:
        assert ask(port, "AT") == b"AT\r\r\nOK\r\n"  # echo on after power-up
        assert b"+CPIN: READY" in ask(port, "AT+CPIN?")
    finally:
        port.close()


def test_scenario_as_query_parameter() -> None:
    port = serial.serial_for_url("sim://?scenario=no-sim&vendor=quectel", timeout=1)
    try:
        ask(port, "ATE0")
        assert ask(port, "AT+CMEE=1") == b"\r\nOK\r\n"
        assert ask(port, "AT+CPIN?") == b"\r\n+CME ERROR: 10\r\n"
    finally:
        port.close()


@pytest.mark.parametrize("url", ["sim://nonsense", "sim://healthy?vendor=nokia",
                                 "sim://healthy?latency=abc", "sim://healthy?colour=red",
                                 "sim://healthy?operator=12", "sim://healthy?timescale=0",
                                 "sim://healthy?timescale=-1"])
def test_bad_urls_fail_to_open_with_a_reason(url: str) -> None:
    with pytest.raises(serial.SerialException, match="could not open port"):
        serial.serial_for_url(url)


def test_parse_url_reads_every_parameter() -> None:
    parsed = parse_url("sim://sim-busy?vendor=Huawei&latency=30&operator=26202&seed=5"
                       "&instance=a&busy=1.5&cause=2&after=9&scan=0.1&timescale=0.01")
    assert parsed.latency == pytest.approx(0.030)
    assert parsed.instance == "a"
    c = parsed.config
    assert (c.scenario, c.vendor, c.operator, c.seed, c.busy_seconds, c.cause, c.reboot_after,
            c.scan_seconds, c.timescale) == ("sim-busy", "huawei", "26202", 5, 1.5, 2, 9, 0.1,
                                             0.01)
    assert parse_url("sim://healthy").config.timescale == 1.0


def test_read_returns_what_is_there_when_the_timeout_passes() -> None:
    port = serial.serial_for_url("sim://healthy", timeout=0.05)
    try:
        assert port.read(100) == b""  # nothing asked, nothing to read
        port.write(b"AT\r")
        assert port.read(100) == b"AT\r\r\nOK\r\n"  # fewer than 100 bytes: timeout ends it
    finally:
        port.close()


def test_reply_is_not_readable_before_the_latency_has_passed() -> None:
    # An hour's latency: the reply cannot have come, however slow this machine is. When it
    # does come is shown on a link with a clock the test moves (test_sim_lazy_open.py).
    port = serial.serial_for_url("sim://healthy?latency=3600000", timeout=0)
    try:
        port.write(b"ATE0\r")
        # The echo is immediate; the reply waits for the latency.
        assert port.read(100) == b"ATE0\r"
        assert port.in_waiting == 0
        port.timeout = 0.2
        assert port.read(6) == b""
    finally:
        port.close()


def test_cancel_read_wakes_a_blocked_reader() -> None:
    port = serial.serial_for_url("sim://healthy", timeout=None)
    result: list[bytes] = []
    reader = threading.Thread(target=lambda: result.append(port.read(1)))
    reader.start()
    # Cancelled before it blocks, a read returns at once too: wait until it really waits.
    assert blocked_in_wait(reader), "the reader never blocked"
    port.cancel_read()
    reader.join(timeout=5)
    try:
        assert not reader.is_alive()
        assert result == [b""]
    finally:
        port.close()


def test_instance_keeps_state_across_opens_and_world_actions_reach_it() -> None:
    name = f"test-{uuid.uuid4()}"
    url = f"sim://no-sim?instance={name}"
    port = serial.serial_for_url(url, timeout=1)
    ask(port, "ATE0")
    ask(port, "AT+CMEE=1")
    assert ask(port, "AT+CPIN?") == b"\r\n+CME ERROR: 10\r\n"
    port.close()
    instances.get(name).insert_sim()
    again = serial.serial_for_url(url, timeout=1)
    try:
        assert ask(again, "AT+CPIN?") == b"\r\n+CPIN: READY\r\n\r\nOK\r\n"  # ATE0 kept too
    finally:
        again.close()
        instances.discard(name)


def test_world_action_urc_reaches_an_open_port() -> None:
    name = f"test-{uuid.uuid4()}"
    port = serial.serial_for_url(f"sim://healthy?instance={name}&vendor=huawei", timeout=1)
    try:
        ask(port, "ATE0")
        instances.get(name).set_signal(-110.0)
        urc = port.read(13)
        assert urc == b"\r\n^RSSI: 14\r\n"
    finally:
        port.close()
        instances.discard(name)


def test_unplug_makes_the_open_port_fail_and_replug_allows_reopen() -> None:
    name = f"test-{uuid.uuid4()}"
    url = f"sim://healthy?instance={name}"
    port = serial.serial_for_url(url, timeout=1)
    modem = instances.get(name)
    modem.unplug()
    with pytest.raises(serial.SerialException):
        port.read(1)
    with pytest.raises(serial.SerialException):
        port.write(b"AT\r")
    port.close()
    with pytest.raises(serial.SerialException):
        serial.serial_for_url(url)
    modem.replug()
    again = serial.serial_for_url(url, timeout=1)
    try:
        assert ask(again, "AT") == b"AT\r\r\nOK\r\n"
    finally:
        again.close()
        instances.discard(name)


def test_unplug_wakes_a_blocked_reader_with_an_error() -> None:
    name = f"test-{uuid.uuid4()}"
    port = serial.serial_for_url(f"sim://healthy?instance={name}", timeout=None)
    errors: list[BaseException] = []

    def reader() -> None:
        try:
            port.read(1)
        except serial.SerialException as error:
            errors.append(error)

    thread = threading.Thread(target=reader)
    thread.start()
    assert blocked_in_wait(thread), "the reader never blocked"
    instances.get(name).unplug()
    thread.join(timeout=5)
    port.close()
    instances.discard(name)
    assert not thread.is_alive()
    assert len(errors) == 1


def test_closed_port_refuses_io() -> None:
    port = serial.serial_for_url("sim://healthy")
    port.close()
    with pytest.raises(serial.SerialException):
        port.write(b"AT\r")


def test_sim_busy_announces_readiness_by_urc() -> None:
    port = serial.serial_for_url("sim://sim-busy?busy=0.3&vendor=quectel", timeout=5)
    try:
        ask(port, "ATE0")
        ask(port, "AT+CMEE=1")
        assert ask(port, "AT+CPIN?") == b"\r\n+CME ERROR: 14\r\n"
        # Arrives by itself once the SIM is ready, in Quectel's words.
        urcs = b"\r\n+CPIN: READY\r\n\r\n+QIND: SMS DONE\r\n\r\n+QIND: PB DONE\r\n"
        assert port.read(len(urcs)) == urcs
        assert ask(port, "AT+CPIN?") == b"\r\n+CPIN: READY\r\n\r\nOK\r\n"
    finally:
        port.close()
