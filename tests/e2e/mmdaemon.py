"""The real ModemManager in a private D-Bus, driving simulated modems (for tests and
benchmarks; reference/modemmanager_backend.md has the recipe).

    with PrivateModemManager() as mm:
        index = mm.add_modem("healthy", enable=True)     # mm://index
        subprocess.run([... "check", "--port", f"mm://{index}"], env=mm.env)

One dbus-daemon and one ModemManager (--test-session --test-enable --test-no-udev
--no-auto-scan --debug) per instance; each add_modem() starts `simtool simulate SCENARIO
--unix abstract:NAME` and asks ModemManager to create a virtual modem on it
(Test.SetProfile). Virtual modems cannot be removed, so a test module shares one daemon and
adds a modem per scenario. `env` points DBUS_SYSTEM_BUS_ADDRESS (what simtool and mmcli
read) at the private bus. Everything started is stopped by close(), in any case.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from typing import Any

from jeepney import DBusAddress, HeaderFields, new_method_call
from jeepney.io.blocking import DBusConnection, open_dbus_connection

MM = "org.freedesktop.ModemManager1"
ROOT = "/org/freedesktop/ModemManager1"
MODEM_IFACE = MM + ".Modem"
# Modem.State values after which ModemManager is done with probing/enabling.
INITIALIZING = (0, 1)
SETTLED_AFTER_ENABLE = (-1, 2, 3, 7, 8, 11)     # failed, locked, disabled, searching, reg, conn


def available() -> str | None:
    """None when the daemon can run here; else why not (for pytest.skip)."""
    if not sys.platform.startswith("linux"):
        return "ModemManager runs on Linux only"
    missing = [tool for tool in ("dbus-daemon", "ModemManager")
               if shutil.which(tool) is None and not os.path.exists(f"/usr/sbin/{tool}")]
    return f"not installed: {', '.join(missing)}" if missing else None


def _tool(name: str) -> str:
    return shutil.which(name) or f"/usr/sbin/{name}"


def _plain(value: Any) -> Any:
    from simtool.sources.modemmanager.client import plain

    return value if not isinstance(value, tuple) or len(value) != 2 else plain("v", value)


class PrivateModemManager:
    def __init__(self, *, debug: bool = True, log_path: str | None = None,
                 start_daemon: bool = True) -> None:
        self.debug = debug
        self.with_daemon = start_daemon
        self.log_path = log_path
        self.processes: list[subprocess.Popen[Any]] = []
        self.simulators: dict[int, subprocess.Popen[Any]] = {}
        self.address = ""
        self.env: dict[str, str] = {}
        self.daemon: subprocess.Popen[Any] | None = None
        self._bus: DBusConnection | None = None
        self._count = 0

    # -- lifetime -----------------------------------------------------------------------
    def __enter__(self) -> PrivateModemManager:
        try:
            self.start()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def start(self) -> None:
        bus = subprocess.Popen([_tool("dbus-daemon"), "--session", "--nofork", "--nopidfile",
                                "--print-address=1"], stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True)
        self.processes.append(bus)
        assert bus.stdout is not None
        self.address = bus.stdout.readline().strip()
        if not self.address:
            raise RuntimeError("dbus-daemon gave no address")
        self.env = {**os.environ, "DBUS_SYSTEM_BUS_ADDRESS": self.address,
                    "DBUS_SESSION_BUS_ADDRESS": self.address}
        self._bus = open_dbus_connection(self.address)
        if self.with_daemon:
            self.start_daemon()

    def start_daemon(self, timeout: float = 20.0) -> None:
        """Start (or start again) ModemManager and wait for its name on the bus."""
        args = [_tool("ModemManager"), "--test-session", "--test-enable", "--test-no-udev",
                "--no-auto-scan"]
        if self.debug:
            args.append("--debug")
        log = open(self.log_path, "ab") if self.log_path else subprocess.DEVNULL  # noqa: SIM115
        self.daemon = subprocess.Popen(args, env=self.env, stdout=log, stderr=log)
        if self.log_path:
            log.close()  # type: ignore[union-attr]
        self.processes.append(self.daemon)
        deadline = time.monotonic() + timeout
        while not self.name_owned():
            if self.daemon.poll() is not None:
                raise RuntimeError(f"ModemManager exited with {self.daemon.returncode}")
            if time.monotonic() > deadline:
                raise TimeoutError("ModemManager did not take its bus name")
            time.sleep(0.05)

    def stop_daemon(self) -> None:
        if self.daemon is not None and self.daemon.poll() is None:
            self.daemon.send_signal(signal.SIGTERM)
            try:
                self.daemon.wait(10)
            except subprocess.TimeoutExpired:
                self.daemon.kill()
                self.daemon.wait(5)

    def close(self) -> None:
        self.stop_daemon()
        for process in [*self.simulators.values(), *reversed(self.processes)]:
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(5)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait(5)
            for stream in (process.stdout, process.stderr):
                if stream is not None:
                    stream.close()
        if self._bus is not None:
            self._bus.close()
            self._bus = None

    # -- D-Bus helpers ------------------------------------------------------------------
    def call(self, path: str, interface: str, method: str, signature: str | None = None,
             body: tuple[Any, ...] = (), timeout: float = 30.0) -> tuple[Any, ...]:
        assert self._bus is not None
        message = new_method_call(DBusAddress(path, MM, interface), method, signature, body)
        reply = self._bus.send_and_get_reply(message, timeout=timeout)
        if reply.header.message_type.name == "error":
            raise RuntimeError(f"{method}: {reply.body}")
        return tuple(reply.body)

    def name_owned(self) -> bool:
        assert self._bus is not None
        message = new_method_call(DBusAddress("/org/freedesktop/DBus", "org.freedesktop.DBus",
                                              "org.freedesktop.DBus"), "NameHasOwner", "s", (MM,))
        return bool(self._bus.send_and_get_reply(message, timeout=5).body[0])

    def modem_state(self, index: int) -> int | None:
        try:
            value = self.call(f"{ROOT}/Modem/{index}", "org.freedesktop.DBus.Properties", "Get",
                              "ss", (MODEM_IFACE, "State"), timeout=5)[0]
        except RuntimeError:
            return None
        return int(_plain(value))

    # -- modems -------------------------------------------------------------------------
    def _start_simulator(self, scenario: str, vendor: str, options: tuple[str, ...]
                         ) -> tuple[int, str]:
        name = f"abstract:simtool-test-{os.getpid()}-{id(self)}-{self._count}"
        index = self._count
        self._count += 1
        simulator = subprocess.Popen(
            [sys.executable, "-m", "simtool", "simulate", scenario, "--vendor", vendor,
             "--unix", name, *options], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            text=True)
        self.simulators[index] = simulator
        return index, name

    def add_modems(self, wanted: list[tuple[str, bool]], *, vendor: str = "generic",
                   plugin: str = "generic", options: tuple[str, ...] = (),
                   timeout: float = 60.0) -> dict[str, int]:
        """Several simulated modems at once: {scenario: index}. `wanted`: (scenario, enable).
        ModemManager probes them in parallel; a modem it gives up on (flaky) is left out."""
        started = [(scenario, enable, *self._start_simulator(scenario, vendor, options))
                   for scenario, enable in wanted]
        for _scenario, _enable, index, name in started:
            stdout = self.simulators[index].stdout
            assert stdout is not None
            if stdout.readline().strip() != name:
                raise RuntimeError(f"simtool simulate --unix {name} did not start")
            self.call(ROOT, MM + ".Test", "SetProfile", "ssas", (f"sim{index}", plugin, [name]))
        deadline = time.monotonic() + timeout
        pending = {index for _s, _e, index, _n in started}
        while pending and time.monotonic() < deadline:
            pending = {i for i in pending if self.modem_state(i) in (None, *INITIALIZING)}
            if pending:
                time.sleep(0.1)
        ready = {scenario: index for scenario, _e, index, _n in started if index not in pending}
        enabling = [index for scenario, enable, index, _n in started
                    if enable and scenario in ready]
        self._enable_all(enabling, deadline)
        return ready

    def _enable_all(self, indexes: list[int], deadline: float) -> None:
        """Modem.Enable on every modem at once (pipelined), then wait until each settled;
        a locked or failed modem refuses and stays as it is: that is the point."""
        assert self._bus is not None
        serials = []
        for index in indexes:
            message = new_method_call(DBusAddress(f"{ROOT}/Modem/{index}", MM, MODEM_IFACE),
                                      "Enable", "b", (True,))
            serial = next(self._bus.outgoing_serial)
            self._bus.send(message, serial=serial)
            serials.append(serial)
        waiting = set(serials)
        while waiting and time.monotonic() < deadline:
            try:
                reply = self._bus.receive(timeout=max(0.1, deadline - time.monotonic()))
            except TimeoutError:
                break
            waiting.discard(reply.header.fields.get(HeaderFields.reply_serial, -1))
        for index in indexes:
            while self.modem_state(index) not in SETTLED_AFTER_ENABLE:
                if time.monotonic() > deadline:
                    break
                time.sleep(0.1)

    def add_modem(self, scenario: str, *, enable: bool = False, vendor: str = "generic",
                  plugin: str = "generic", options: tuple[str, ...] = (),
                  timeout: float = 60.0) -> int:
        """One simulated modem in ModemManager: its index (mm://index)."""
        added = self.add_modems([(scenario, enable)], vendor=vendor, plugin=plugin,
                                options=options, timeout=timeout)
        if scenario not in added:
            raise TimeoutError(f"ModemManager did not finish probing {scenario}")
        return added[scenario]

    def remove_simulator(self, index: int) -> None:
        """Unplug: the simulator behind modem `index` stops (ModemManager sees the port
        close and drops the modem)."""
        simulator = self.simulators.get(index)
        if simulator is not None and simulator.poll() is None:
            simulator.terminate()
            simulator.wait(5)
