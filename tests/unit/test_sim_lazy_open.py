"""Opening a sim:// port is cheap: the URL is checked at open, the modem is built at the
first write (inside that command's latency), as a real modem costs nothing before its
first command."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
import time
import uuid

import pytest
import serial

from simtool.sim import config as sim_config
from simtool.sim import instances
from simtool.sim.link import Link
from simtool.sim.modem import Config, Modem
from simtool.sim.personalities import PERSONALITIES
from simtool.sim.scenarios import SCENARIOS, network
from simtool.sim.urlhandler import register
from simtool.sim.urlhandler.protocol_sim import new_modem, parse_url

register()

HEAVY = ("dataclasses", "typing", "random", "simtool.sim.modem")


def test_opening_a_port_in_a_fresh_interpreter_imports_no_heavy_module() -> None:
    # Only what opening a port needs: pyserial and simtool's handler (no session layer).
    script = textwrap.dedent(f"""
        import sys
        import serial
        from simtool.sim.urlhandler import register
        register()
        port = serial.serial_for_url("sim://healthy", timeout=5)
        print(sorted(name for name in {HEAVY!r} if name in sys.modules))
        port.write(b"AT\\r")
        reply = b""
        while not reply.endswith(b"OK\\r\\n"):
            chunk = port.read(1)
            if not chunk:
                break
            reply += chunk
        print(reply)
        port.close()
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=60, check=True)
    loaded, reply = result.stdout.splitlines()
    assert loaded == "[]", f"imported while opening sim://healthy: {loaded}"
    assert reply == repr(b"AT\r\r\nOK\r\n")


class StepClock:
    """A clock the test moves by hand: when bytes become readable is exact, not raced."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_first_reply_of_a_lazily_built_modem_still_waits_for_the_latency() -> None:
    # The sim:// handler's link: a factory that builds the modem at the first write.
    clock = StepClock()
    built: list[float] = []

    def build() -> Modem:
        built.append(clock.now)
        clock.now += 0.03          # building takes time: it counts into the latency
        return new_modem(parse_url("sim://healthy").config, powered_at=clock.now)

    link = Link(build, latency=0.05, clock=clock)
    assert built == []                                 # opening built nothing
    link.feed(b"AT\r")
    assert built == [1000.0]
    assert link.take_ready() == b"AT\r"                # the echo is immediate
    clock.now = 1000.0 + 0.0499
    assert link.take_ready() == b""                    # the reply is not there before...
    clock.now = 1000.0 + 0.05
    assert link.take_ready() == b"\r\nOK\r\n"          # ...the latency after the write


def test_first_reply_over_a_sim_url_waits_for_the_latency() -> None:
    # An hour's latency: nothing but the echo can have come, however slow this machine is.
    port = serial.serial_for_url("sim://healthy?latency=3600000", timeout=0.2)
    try:
        port.write(b"AT\r")
        assert port.read(9) == b"AT\r"
    finally:
        port.close()


# ---- the light names are the contract tables' names -------------------------------------

def test_light_name_tuples_equal_the_tables_in_order() -> None:
    assert sim_config.SCENARIO_NAMES == tuple(SCENARIOS)
    assert sim_config.VENDOR_NAMES == tuple(PERSONALITIES)


def test_network_uses_the_one_operator_rule() -> None:
    assert network("460-00").numeric == "46000"
    assert network("310/260").numeric == "310260"  # made up, 3-digit MNC
    for bad in ("12", "4600", "4600000", "ABCDE"):
        with pytest.raises(ValueError, match="operator must be MCC\\+MNC digits"):
            network(bad)
        with pytest.raises(ValueError, match="operator must be MCC\\+MNC digits"):
            sim_config.operator_digits(bad)


def test_config_compares_and_shows_like_a_record() -> None:
    assert Config() == Config(scenario="healthy", vendor="generic", operator="46000")
    assert Config(seed=1) != Config(seed=2)
    assert repr(Config(vendor="zte")).startswith("Config(scenario='healthy', vendor='zte',")
    assert parse_url("sim://healthy?latency=10") == parse_url("sim://?scenario=healthy&latency=10")


# ---- every error path still fails at open, with today's message -------------------------

@pytest.mark.parametrize(("url", "reason"), [
    ("sim://nonsense", "unknown scenario 'nonsense'; choose from healthy, no-sim,"),
    ("sim://healthy?vendor=Nokia",
     "unknown vendor 'nokia'; choose from generic, quectel, huawei, simcom,"),
    ("sim://healthy?operator=12",
     "operator must be MCC+MNC digits, e.g. 46000, not '12'"),
    ("sim://healthy?seed=x", "bad value in 'sim://healthy?seed=x': invalid literal for int()"),
    ("sim://healthy?busy=soon",
     "bad value in 'sim://healthy?busy=soon': could not convert string to float: 'soon'"),
    ("sim://healthy?latency=abc", "bad value in 'sim://healthy?latency=abc': could not convert"),
    ("sim://healthy?interleave=cereg,boom",
     "bad value in 'sim://healthy?interleave=cereg,boom': unknown URC 'boom' to interleave;"
     " choose from creg, cereg, ring, rssi"),
    ("sim://healthy?no_final=CSQ,",
     "bad value in 'sim://healthy?no_final=CSQ,': command names must be like CSQ or COPS"),
    ("sim://healthy?colour=red&size=9", "unknown sim:// parameter(s): colour, size"),
    ("sim://healthy?latency=-5", "latency must not be negative"),
])
def test_bad_url_fails_at_open_with_its_reason(url: str, reason: str) -> None:
    with pytest.raises(serial.SerialException) as raised:
        serial.serial_for_url(url)
    assert str(raised.value).startswith(f"could not open port {url}: {reason}")


# ---- the link builds its modem once, at the first write ---------------------------------

class CountingFactory:
    """Builds real modems and counts how often it was asked to."""

    def __init__(self) -> None:
        self.built: list[Modem] = []

    def __call__(self) -> Modem:
        modem = Modem(Config())
        self.built.append(modem)
        return modem


def test_link_builds_nothing_until_the_first_byte() -> None:
    factory = CountingFactory()
    link = Link(factory)
    assert link.in_waiting() == 0
    assert link.read(10, timeout=0) == b""
    assert factory.built == []
    link.feed(b"A")  # not a whole command yet, but the echo needs the modem
    assert len(factory.built) == 1
    link.feed(b"T\r")
    assert link.read(100, timeout=0.5) == b"AT\r\r\nOK\r\n"
    assert len(factory.built) == 1
    link.close()


def test_link_closed_before_any_write_never_builds() -> None:
    factory = CountingFactory()
    link = Link(factory)
    link.close()
    assert factory.built == []


def test_writers_on_two_threads_build_one_modem() -> None:
    factory = CountingFactory()
    link = Link(factory)
    start = threading.Barrier(2)

    def write() -> None:
        start.wait()
        link.feed(b"AT\r")

    writers = [threading.Thread(target=write) for _ in range(2)]
    for thread in writers:
        thread.start()
    for thread in writers:
        thread.join(timeout=10)
    assert len(factory.built) == 1
    assert link.read(100, timeout=0.5).count(b"OK\r\n") == 2
    link.close()


def test_blocked_reader_gets_the_reply_of_the_first_write() -> None:
    port = serial.serial_for_url("sim://healthy", timeout=5)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(port.read(9)))
    reader.start()
    try:
        port.write(b"AT\r")
        reader.join(timeout=10)
        assert got == [b"AT\r\r\nOK\r\n"]
    finally:
        port.close()


def test_lazy_port_behaves_like_an_eager_one_when_sim_busy_ends_before_the_first_command(
) -> None:
    # The modem is "on" since the open: a SIM that finished initialising before the first
    # command has announced it, exactly as on a port whose modem was built at open.
    name = f"test-{uuid.uuid4()}"
    url = "sim://sim-busy?busy=0.1&vendor=quectel"
    lazy = serial.serial_for_url(url, timeout=0.3)
    eager = serial.serial_for_url(f"{url}&instance={name}", timeout=0.3)  # built at open
    try:
        time.sleep(0.2)  # longer than busy=0.1 (sets up the state; no timing assert)
        replies = []
        for port in (lazy, eager):
            port.write(b"ATE0\rAT+CPIN?\r")
            replies.append(port.read(500))
        assert replies[0] == replies[1]
        assert replies[0] == (b"\r\n+CPIN: READY\r\n\r\n+QIND: SMS DONE\r\n\r\n+QIND: PB DONE\r\n"
                              b"ATE0\r\r\nOK\r\n\r\n+CPIN: READY\r\n\r\nOK\r\n")
    finally:
        lazy.close()
        eager.close()
        instances.discard(name)
