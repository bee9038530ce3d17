"""mm:// against the real ModemManager (reference/modemmanager_backend.md): one daemon in a
private D-Bus for this module, one simulated modem per scenario (`simtool simulate
--unix`), enabled the way NetworkManager would (a read-only check never enables it).

For every scenario `check --port mm://N` must give the verdict (status and check id) of
`check --port sim://SCENARIO`; the differences are documented in docs/modemmanager.md
and asserted here. Failures of ModemManager itself (not running, gone mid-check, D-Bus
errors) come from a small stand-in that owns ModemManager's name on a private bus.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from mmdaemon import PrivateModemManager, available

pytestmark = pytest.mark.skipif(available() is not None, reason=str(available()))

# Scenarios ModemManager probes like any modem. flaky and reboot disturb ModemManager's own
# probing (stalled replies, a reset): see test_flaky_and_reboot_disturb_modemmanager.
SCENARIOS = ("healthy", "no-sim", "sim-failure", "sim-busy", "pin-locked", "puk-locked",
             "radio-off", "no-signal", "weak-signal", "searching", "registration-denied",
             "roaming-not-allowed", "wrong-apn", "not-subscribed", "auth-failed",
             "attach-rejected")
# radio-off stays disabled: enabling through ModemManager switches the radio on (+CFUN=1).
NOT_ENABLED = ("radio-off",)
BUSY = 0.5          # seconds sim-busy initialises, the same for both ports


def simtool(*args: str, env: dict[str, str],
            timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "simtool", *args], env=env, text=True,
                          capture_output=True, timeout=timeout, check=False)


def report(*args: str, env: dict[str, str]) -> tuple[int, dict[str, Any], str]:
    done = simtool("check", "--format", "json", "--sim-busy-wait", "10", *args, env=env)
    assert "Traceback" not in done.stderr, done.stderr
    return done.returncode, json.loads(done.stdout), done.stderr


class Daemon:
    def __init__(self, mm: PrivateModemManager, modems: dict[str, int], disabled: int) -> None:
        self.mm, self.modems, self.disabled = mm, modems, disabled

    @property
    def env(self) -> dict[str, str]:
        return self.mm.env


@pytest.fixture(scope="module")
def daemon() -> Iterator[Daemon]:
    with PrivateModemManager() as mm:
        modems = mm.add_modems([(s, s not in NOT_ENABLED) for s in SCENARIOS],
                               options=("--busy", str(BUSY)))
        disabled = mm.add_modem("healthy", enable=False)
        yield Daemon(mm, modems, disabled)


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_same_verdict_as_the_at_port(daemon: Daemon, scenario: str) -> None:
    assert scenario in daemon.modems, f"ModemManager did not probe {scenario}"
    code_at, at, _ = report("--port", f"sim://{scenario}?busy={BUSY}", env=daemon.env)
    code_mm, mm, _ = report("--port", f"mm://{daemon.modems[scenario]}", env=daemon.env)
    assert (code_mm, mm["verdict"]["status"], mm["verdict"]["check"]) == \
        (code_at, at["verdict"]["status"], at["verdict"]["check"])
    assert mm["port"]["via"] == "modemmanager" and at["port"]["via"] == "at"


def test_facts_through_modemmanager(daemon: Daemon) -> None:
    index = daemon.modems["healthy"]
    _code, data, _ = report("--port", f"mm://{index}", env=daemon.env)
    assert data["port"]["url"] == f"mm://{index}"
    assert data["port"]["plugin"] == "generic"
    assert data["port"]["ports"][0]["type"] == "at"
    assert data["modem"]["state"] == "registered"
    assert data["modem"]["imei"] == "350000001234562"
    assert data["sim"]["iccid"] == "89860012345678901234"
    assert data["sim"]["imsi"] == "460001357924680"
    assert data["operator"]["mcc"] == "460" and data["operator"]["name"] == "CHINA MOBILE"
    assert data["registration"]["overall"] == "home"
    assert data["registration"]["eps"]["act"] == 7
    assert data["packet"]["attached"] is True
    assert data["apn"]["configured"] == "cmnet"
    assert data["signal"]["percent"] is not None and data["signal"]["rsrp_dbm"] == -91
    sent = [e["text"] for e in data["transcript"] if e["dir"] == "tx"]
    assert any("GetManagedObjects" in text for text in sent)
    assert any("AT+CEER" in text and "pass-through" in text for text in sent)
    assert not any("Enable" in text or "Signal.Setup" in text for text in sent)


def test_disabled_modem_is_mobile_broadband_off(daemon: Daemon) -> None:
    code, data, _ = report("--port", f"mm://{daemon.disabled}", env=daemon.env)
    assert code == 1
    assert data["verdict"]["check"] == "radio"
    assert data["modem"]["state"] == "disabled"
    radio = next(c for c in data["checks"] if c["id"] == "radio")
    assert "nmcli radio wwan on" in radio["remedy"]
    assert f"mmcli -m {daemon.disabled} --enable" in radio["remedy"]


def test_pin_retries_and_sim_missing(daemon: Daemon) -> None:
    _code, data, _ = report("--port", f"mm://{daemon.modems['pin-locked']}", env=daemon.env)
    assert data["sim"]["state"] == "pin-required" and data["sim"]["pin_retries"] == 3
    _code, data, _ = report("--port", f"mm://{daemon.modems['no-sim']}", env=daemon.env)
    assert (data["modem"]["state"], data["modem"]["failed_reason"]) == ("failed", "sim-missing")
    assert data["sim"]["state"] == "not-inserted"


def test_modem_by_equipment_id(daemon: Daemon) -> None:
    code, data, _ = report("--port", "mm://350000001234562", env=daemon.env)
    assert code in (0, 1) and data["port"]["via"] == "modemmanager"
    assert data["modem"]["imei"] == "350000001234562"


def test_unknown_modem_lists_the_ones_there_are(daemon: Daemon) -> None:
    code, data, _ = report("--port", "mm://99", env=daemon.env)
    assert code == 2
    port = next(c for c in data["checks"] if c["id"] == "port")
    assert "mm://99" in port["detail"] and "mm://0" in port["detail"]


def test_ports_and_check_all_list_modemmanager_modems(daemon: Daemon) -> None:
    done = simtool("ports", "--json", env=daemon.env)
    rows = json.loads(done.stdout)
    managed = [row for row in rows if row.get("via") == "modemmanager"]
    assert {row["device"] for row in managed} >= {f"mm://{i}" for i in daemon.modems.values()}
    first = next(row for row in managed if row["device"] == "mm://0")
    assert first["model"] == "Simulated LTE modem" and first["state"]
    assert "Traceback" not in done.stderr
    text = simtool("ports", env=daemon.env).stdout
    assert "mm://0" in text and "Simulated LTE modem" in text
    done = simtool("check", "--all", "--format", "json", env=daemon.env, timeout=120)
    urls = [json.loads(line)["port"]["url"] for line in done.stdout.splitlines()]
    assert set(urls) >= {f"mm://{i}" for i in daemon.modems.values()}


def test_inhibit_needs_allow_write_and_says_when_refused(daemon: Daemon) -> None:
    done = simtool("check", "--port", "mm://0", "--inhibit", env=daemon.env)
    assert done.returncode == 3
    # Virtual test modems cannot be inhibited: ModemManager refuses, simtool says so.
    code, data, _ = report("--port", "mm://0", "--inhibit", "--allow-write", env=daemon.env)
    assert code == 2
    port = next(c for c in data["checks"] if c["id"] == "port")
    assert "ModemManager" in port["detail"]


def test_modem_whose_port_died(daemon: Daemon) -> None:
    """Its simulator stops. ModemManager keeps virtual modems (a real one leaves with its
    udev device: the stand-in below covers that): the check ends with a verdict, no hang."""
    index = daemon.mm.add_modem("healthy", enable=False)
    daemon.mm.remove_simulator(index)
    code, data, _ = report("--port", f"mm://{index}", "--timeout", "5", env=daemon.env)
    assert code in (1, 2) and data["verdict"]["status"] in ("problem", "inconclusive")


# --- ModemManager misbehaving: a stand-in owns its name on a private bus -----------------

class StandIn:
    """Owns org.freedesktop.ModemManager1 and answers as told: "error" answers every call
    with a D-Bus error; "vanish" answers GetManagedObjects (one modem with a SIM) and then
    leaves the bus, as ModemManager restarting; "gone" answers GetManagedObjects, then
    UnknownObject for the SIM, as a modem unplugged between the two rounds."""

    def __init__(self, address: str, mode: str) -> None:
        from jeepney.io.blocking import open_dbus_connection

        self.mode = mode
        self.connection = open_dbus_connection(address)
        from jeepney.bus_messages import message_bus

        reply = self.connection.send_and_get_reply(
            message_bus.RequestName("org.freedesktop.ModemManager1"), timeout=5)
        assert reply.body[0] == 1
        self.thread = threading.Thread(target=self.serve, daemon=True)
        self.thread.start()

    def serve(self) -> None:
        from jeepney import MessageType, new_error, new_method_return

        modem = {"org.freedesktop.ModemManager1.Modem": {
            "State": ("i", 8), "Sim": ("o", "/org/freedesktop/ModemManager1/SIM/0"),
            "Bearers": ("ao", []), "Manufacturer": ("s", "Stand-in")}}
        objects = {"/org/freedesktop/ModemManager1/Modem/0": modem}
        while True:
            try:
                message = self.connection.receive(timeout=30)
            except (OSError, TimeoutError, ValueError):
                return
            if message.header.message_type != MessageType.method_call:
                continue
            member = message.header.fields.get(3)   # HeaderFields.member
            if self.mode == "error":
                self.connection.send(new_error(message, "org.freedesktop.ModemManager1.Error."
                                               "Core.Failed", "s", ("stand-in failure",)))
            elif member == "GetManagedObjects":
                self.connection.send(new_method_return(message, "a{oa{sa{sv}}}", (objects,)))
                if self.mode == "vanish":
                    self.connection.close()
                    return
            else:
                self.connection.send(new_error(message, "org.freedesktop.DBus.Error."
                                               "UnknownObject", "s", ("no such object",)))

    def close(self) -> None:
        self.connection.close()


@pytest.fixture
def bare_bus() -> Iterator[PrivateModemManager]:
    """A private bus with no ModemManager on it."""
    bus = PrivateModemManager(start_daemon=False)
    with bus:
        yield bus


def test_no_modemmanager_on_the_bus(bare_bus: PrivateModemManager) -> None:
    code, data, _ = report("--port", "mm://0", env=bare_bus.env)
    assert code == 2
    assert "ModemManager is not running" in data["checks"][0]["detail"]


def test_no_system_bus_at_all() -> None:
    env = {**os.environ, "DBUS_SYSTEM_BUS_ADDRESS": "unix:path=/nonexistent/simtool-bus"}
    code, data, _ = report("--port", "mm://0", env=env)
    assert code == 2 and "D-Bus" in data["checks"][0]["detail"]
    done = simtool("ports", "--json", env=env)   # no ModemManager: serial ports only, quietly
    assert "Traceback" not in done.stderr and "modemmanager" not in done.stdout


@pytest.mark.parametrize(("mode", "words"), [
    ("error", "stand-in failure"),
    ("vanish", "went away"),
    ("gone", "went away"),
])
def test_modemmanager_failing_mid_check(bare_bus: PrivateModemManager, mode: str,
                                        words: str) -> None:
    stand_in = StandIn(bare_bus.address, mode)
    try:
        code, data, _ = report("--port", "mm://0", "--timeout", "5", env=bare_bus.env)
    finally:
        stand_in.close()
    assert code == 2
    assert words in data["checks"][0]["detail"]


def test_modemmanager_restarted_between_checks(daemon: Daemon) -> None:
    daemon.mm.stop_daemon()
    try:
        code, data, _ = report("--port", "mm://0", env=daemon.env)
        assert code == 2 and "not running" in data["checks"][0]["detail"]
    finally:
        daemon.mm.start_daemon()
