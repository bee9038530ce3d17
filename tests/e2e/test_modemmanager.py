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
import select
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from mmdaemon import PrivateModemManager, Wanted, available, held_by_modemmanager

pytestmark = pytest.mark.skipif(available() is not None, reason=str(available()))

# Scenarios ModemManager probes like any modem. flaky and reboot disturb ModemManager's own
# probing (stalled replies, a reset): see test_reboot_is_a_new_modem_to_modemmanager and
# test_flaky_once_modemmanager_has_probed_it.
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


# Vendor personalities behind ModemManager's plugin for them: {key: (vendor, plugin,
# scenario)}. ModemManager 1.20.4's huawei plugin aborts on a virtual modem (assertion
# `probes != NULL` in propagate_port_type_hints: it wants udev's port probes), so the Huawei
# personality runs behind the generic plugin, as ModemManager takes a Huawei stick whose
# plugin does not claim it. Every other vendor plugin takes a virtual modem.
VENDORS = {
    **{f"{scenario}@quectel": ("quectel", "quectel", scenario)
       for scenario in ("healthy", "pin-locked", "not-subscribed")},
    **{f"{scenario}@huawei": ("huawei", "generic", scenario)
       for scenario in ("healthy", "pin-locked", "not-subscribed")},
    "healthy@simcom": ("simcom", "simtech", "healthy"),
    "healthy@sierra": ("sierra", "sierra", "healthy"),
    "healthy@ublox": ("ublox", "u-blox", "healthy"),
    "healthy@telit": ("telit", "telit", "healthy"),
    "healthy@fibocom": ("fibocom", "fibocom", "healthy"),
    "healthy@zte": ("zte", "zte", "healthy"),
}
# +CEER never gets its final OK from this modem: ModemManager waits for it during a check's
# pass-through (ModemManager itself sends +CEER only after a failed dial), so a check is
# reliably in the middle of its read while the test stops ModemManager.
HANGS = "ceer-hangs"


class Daemon:
    def __init__(self, mm: PrivateModemManager, modems: dict[str, int],
                 profiles: dict[str, str], slow: list[tuple[Wanted, str]]) -> None:
        self.mm, self.modems, self.profiles, self.slow = mm, modems, profiles, slow
        self.disabled = modems["disabled"]

    @property
    def env(self) -> dict[str, str]:
        return self.mm.env

    @property
    def listed(self) -> set[str]:
        """The mm:// URLs ModemManager lists for the fixture's modems (the reset one has a
        new number: test_reboot_...)."""
        return {f"mm://{index}" for key, index in self.modems.items() if key != "reboot"}


@pytest.fixture(scope="module")
def daemon() -> Iterator[Daemon]:
    busy = ("--busy", str(BUSY))
    with PrivateModemManager() as mm:
        started = mm.start_modems(
            [Wanted(s, s not in NOT_ENABLED, options=busy) for s in SCENARIOS]
            + [Wanted("healthy", name="disabled"), Wanted("reboot", True),
               Wanted("healthy", True, options=("--no-final", "CEER"), name=HANGS)]
            + [Wanted(scenario, True, vendor, plugin, busy, name=key)
               for key, (vendor, plugin, scenario) in VENDORS.items()])
        # flaky's dropped and stalled replies cost ModemManager's probing ~50 s of serial
        # timeouts: it probes while the other tests run (test_flaky_... waits for it).
        slow = mm.start_modems([Wanted("flaky", True)])
        modems = mm.settle(started, timeout=90)
        profiles = {modem.key: profile for modem, profile in started}
        yield Daemon(mm, modems, profiles, slow)


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_same_verdict_as_the_at_port(daemon: Daemon, scenario: str) -> None:
    assert scenario in daemon.modems, f"ModemManager did not probe {scenario}"
    code_at, at, _ = report("--port", f"sim://{scenario}?busy={BUSY}", env=daemon.env)
    code_mm, mm, _ = report("--port", f"mm://{daemon.modems[scenario]}", env=daemon.env)
    assert (code_mm, mm["verdict"]["status"], mm["verdict"]["check"]) == \
        (code_at, at["verdict"]["status"], at["verdict"]["check"])
    assert mm["port"]["via"] == "modemmanager" and at["port"]["via"] == "at"


@pytest.mark.parametrize("key", VENDORS)
def test_vendor_personalities_behind_their_plugins(daemon: Daemon, key: str) -> None:
    vendor, plugin, scenario = VENDORS[key]
    assert key in daemon.modems, f"ModemManager's {plugin} plugin did not take {vendor}"
    code_at, at, _ = report("--port", f"sim://{scenario}?vendor={vendor}&busy={BUSY}",
                            env=daemon.env)
    code_mm, mm, _ = report("--port", f"mm://{daemon.modems[key]}", env=daemon.env)
    assert (code_mm, mm["verdict"]["status"], mm["verdict"]["check"]) == \
        (code_at, at["verdict"]["status"], at["verdict"]["check"])
    assert mm["port"]["plugin"] == plugin
    assert mm["modem"]["manufacturer"] == at["modem"]["manufacturer"]


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
    # The simulator's two stored messages from 10086, as ModemManager read them; their
    # texts are in the notices, not in the transcript. As over AT (sim://healthy), the
    # plan notice is classified and the balance answer is no notice.
    assert [(n["sender"], n["cause"]) for n in data["notices"]] == [("10086", "plan-expiring")]
    assert data["notices"][0]["text"].startswith("Your data plan expires soon")
    assert data["notices"][0]["time"].endswith("+08:00")
    assert not any("Your balance is" in e["text"] for e in data["transcript"])
    sent = [e["text"] for e in data["transcript"] if e["dir"] == "tx"]
    assert any("GetManagedObjects" in text for text in sent)
    assert any("AT+CEER" in text and "pass-through" in text for text in sent)
    assert not any("Enable" in text or "Signal.Setup" in text for text in sent)


def test_a_modemmanager_check_never_loads_the_at_source(daemon: Daemon) -> None:
    """No serial port, AT session, AT readers or vendor modules for an mm:// check (they
    cost it ~10 ms of imports), and the AT line goes out chained, in one Modem.Command."""
    code = ("import sys\n"
            "from simtool.runner import run_check\n"
            f"report = run_check('mm://{daemon.modems['healthy']}')\n"
            "assert report.facts.port.via == 'modemmanager', report.facts.port\n"
            "loaded = [m for m in sys.modules if m in ('serial', 'simtool.at.session') or "
            "m.startswith(('simtool.sources.at', 'simtool.vendors'))]\n"
            "assert not loaded, loaded\n"
            "sent = [e.text for e in report.transcript if e.dir == 'tx']\n"
            "assert sum('Modem.Command' in text for text in sent) == 1, sent\n"
            "assert not any('ProfileManager.List' in text for text in sent), sent\n")
    done = subprocess.run([sys.executable, "-c", code], env=daemon.env, capture_output=True,
                          text=True, check=False, timeout=60)
    assert done.returncode == 0, done.stderr


def test_a_device_path_modemmanager_holds_is_read_through_it(daemon: Daemon,
                                                            tmp_path: Path) -> None:
    """Never opened beside ModemManager (not a byte reaches the port), read through it
    instead, and the user is told; --no-modemmanager refuses."""
    index = daemon.modems["healthy"]
    port_name = daemon.mm.port_names[daemon.profiles["healthy"]]
    with held_by_modemmanager(port_name, tmp_path) as (master, path):
        code, data, stderr = report("--port", path, env=daemon.env)
        assert data["port"]["via"] == "modemmanager" and data["port"]["url"] == f"mm://{index}"
        assert f"reading it through ModemManager (mm://{index})" in stderr
        assert _check_at(f"mm://{index}", daemon.env) == (code, data["verdict"]["status"],
                                                          data["verdict"]["check"])
        code, data, _ = report("--port", path, "--no-modemmanager", env=daemon.env)
        assert code == 2 and "held by ModemManager" in data["checks"][0]["detail"]
        ready, _, _ = select.select([master], [], [], 0.2)
        assert not ready, "simtool wrote to a port ModemManager holds"


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
    assert {row["device"] for row in managed} >= daemon.listed
    first = next(row for row in managed if row["device"] == "mm://0")
    assert first["model"] == "Simulated LTE modem" and first["state"]
    assert "Traceback" not in done.stderr
    text = simtool("ports", env=daemon.env).stdout
    assert "mm://0" in text and "Simulated LTE modem" in text
    done = simtool("check", "--all", "--format", "json", env=daemon.env, timeout=120)
    urls = [json.loads(line)["port"]["url"] for line in done.stdout.splitlines()]
    assert set(urls) >= daemon.listed


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


def _check_at(url: str, env: dict[str, str]) -> tuple[int, str, str | None]:
    code, data, _ = report("--port", url, env=env)
    return code, data["verdict"]["status"], data["verdict"]["check"]


def test_reboot_is_a_new_modem_to_modemmanager(daemon: Daemon) -> None:
    """The reset loses a reply of ModemManager's probing; enabling, it reads the IMSI again,
    takes it for a new SIM and probes the device anew: the same modem under a new number,
    disabled until someone enables it (NetworkManager would). Over its AT port the same
    scenario recovers within the check (ok)."""
    old = daemon.modems["reboot"]
    profile = daemon.profiles["reboot"]
    deadline = time.monotonic() + 60
    while (found := daemon.mm.modems_by_device().get(f"/virtual/{profile}")) is None or \
            found[0] == old or found[1] in (0, 1):
        assert time.monotonic() < deadline, "ModemManager did not probe the reset modem anew"
        time.sleep(0.2)
    new = found[0]
    code, data, _ = report("--port", f"mm://{old}", env=daemon.env)
    assert code == 2 and f"mm://{new}" in data["checks"][0]["detail"]
    code, data, _ = report("--port", f"mm://{new}", env=daemon.env)
    assert (code, data["verdict"]["check"], data["modem"]["state"]) == (1, "radio", "disabled")
    daemon.mm.enable(new)
    assert _check_at(f"mm://{new}", daemon.env) == _check_at("sim://reboot", daemon.env) == \
        (0, "ok", None)


def test_flaky_once_modemmanager_has_probed_it(daemon: Daemon) -> None:
    """Dropped and stalled replies cost ModemManager's probing serial timeouts (~50 s; the
    modem is not on the bus meanwhile, so mm://N is 'no such modem', exit 2). Once it has
    probed and enabled the modem, it answers from what it read: the AT port's verdict."""
    index = daemon.mm.settle(daemon.slow, timeout=180).get("flaky")
    assert index is not None, "ModemManager did not finish probing the flaky modem"
    assert _check_at(f"mm://{index}", daemon.env) == _check_at("sim://flaky", daemon.env)


def test_modemmanager_killed_mid_check(daemon: Daemon, monkeypatch: pytest.MonkeyPatch
                                       ) -> None:
    """ModemManager dies while a check waits for its pass-through (the modem never ends
    its +CEER reply): the check says the modem went away, no hang, no traceback. Killed,
    not stopped, so it cannot answer on its way out; it is started again (without modems)
    for the tests after this one."""
    from simtool.runner import CheckOptions, run_check

    for name, value in daemon.env.items():
        monkeypatch.setenv(name, value)
    daemon_process = daemon.mm.daemon
    assert daemon_process is not None

    def progress(step: str, _message: str) -> None:
        if step == "sim-health":        # the second round is about to go out
            daemon_process.kill()

    try:
        report_ = run_check(f"mm://{daemon.modems[HANGS]}", CheckOptions(timeout=10),
                            progress)
    finally:
        daemon_process.wait(10)
        daemon.mm.start_daemon()
    assert report_.facts.reachable is False and report_.verdict.check == "port"
    assert report_.facts.port_error_kind == "vanished"
    assert "went away" in (report_.facts.port_error or "")


# --- ModemManager as distributions start it: no --debug, so no AT pass-through ----------

class Plain:
    def __init__(self, mm: PrivateModemManager, modems: dict[str, int]) -> None:
        self.mm, self.modems = mm, modems


@pytest.fixture(scope="module")
def plain() -> Iterator[Plain]:
    with PrivateModemManager(debug=False) as mm:
        yield Plain(mm, mm.add_modems([("healthy", True), ("sim-failure", False),
                                       ("not-subscribed", True)]))


def test_without_debug_the_same_checks_from_properties(plain: Plain) -> None:
    code, data, _ = report("--port", f"mm://{plain.modems['healthy']}", env=plain.mm.env)
    assert (code, data["verdict"]["status"]) == (0, "ok")
    assert data["apn"]["configured"] == "cmnet"             # from ProfileManager.List
    assert data["signal"]["rsrp_dbm"] is None and data["signal"]["percent"] is not None
    signal = next(c for c in data["checks"] if c["id"] == "signal")
    assert "unknown from ModemManager" in signal["detail"]
    received = [e["text"] for e in data["transcript"] if e["dir"] == "rx"]
    assert any("Unauthorized" in text for text in received)
    sent = [e["text"] for e in data["transcript"] if e["dir"] == "tx"]
    assert sum("Modem.Command" in text for text in sent) == 1      # refused once, not retried
    assert any("ProfileManager.List" in text for text in sent)


def test_without_debug_a_failed_sim_looks_missing(plain: Plain) -> None:
    """ModemManager says sim-missing for a failed SIM; only +CPIN? through the pass-through
    tells them apart (docs/modemmanager.md): without --debug the verdict is sim-present,
    where the AT port says sim-health."""
    code, data, _ = report("--port", f"mm://{plain.modems['sim-failure']}", env=plain.mm.env)
    assert (code, data["verdict"]["check"], data["sim"]["state"]) == (1, "sim-present",
                                                                     "not-inserted")
    assert _check_at("sim://sim-failure", plain.mm.env)[2] == "sim-health"


def test_without_debug_the_session_cause_comes_with_a_connection_attempt(plain: Plain
                                                                          ) -> None:
    """No +CEER without --debug: the refusal cause is known once something tried to
    connect (NetworkManager does), from Bearer.ConnectionError; then it is the AT port's
    verdict (ESM #33)."""
    index = plain.modems["not-subscribed"]
    code, data, _ = report("--port", f"mm://{index}", env=plain.mm.env)
    assert (code, data["verdict"]["status"]) == (0, "ok")          # no cause known yet
    session = next(c for c in data["checks"] if c["id"] == "data-session")
    assert session["status"] == "warn"
    with pytest.raises(RuntimeError, match="not subscribed"):
        plain.mm.call(f"/org/freedesktop/ModemManager1/Modem/{index}",
                      "org.freedesktop.ModemManager1.Modem.Simple", "Connect", "a{sv}",
                      ({"apn": ("s", "cmnet")},))
    code, data, _ = report("--port", f"mm://{index}", env=plain.mm.env)
    assert data["packet"]["last_error"]["cause"] == 33
    assert _check_at(f"mm://{index}", plain.mm.env) == _check_at("sim://not-subscribed",
                                                                 plain.mm.env)


def test_modemmanager_restarted_between_checks(daemon: Daemon) -> None:
    daemon.mm.stop_daemon()
    try:
        code, data, _ = report("--port", "mm://0", env=daemon.env)
        assert code == 2 and "not running" in data["checks"][0]["detail"]
    finally:
        daemon.mm.start_daemon()
