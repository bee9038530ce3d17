"""The ModemManager source: read one modem's facts through ModemManager's D-Bus API.

Read-only: properties, ProfileManager.List and, when ModemManager runs with --debug, a few
read-only AT commands through Modem.Command (+CEER, +CESQ, +CPINR, +CGDCONT?) for what its
properties lack; nothing that changes the modem (no Enable, no Signal.Setup). Two round
trips after connecting: GetManagedObjects (every modem, all properties), then the SIM,
the bearers, the profiles and the pass-through together.

`mm://N` names a modem by its index (mmcli -m N), by its equipment identifier (IMEI) or
by its device identifier (mmcli's "device id").
"""

from __future__ import annotations

import threading
from typing import Any

from simtool.at.session import Cancelled
from simtool.at.transcript import TranscriptEntry
from simtool.facts import Facts
from simtool.i18n import tr
from simtool.sources.base import Progress
from simtool.sources.modemmanager.client import (
    MODEM,
    MODEM_PREFIX,
    PROFILES,
    PROPERTIES,
    SIM,
    Call,
    CallError,
    ManagerClient,
    ManagerError,
    Objects,
)
from simtool.transport.errors import PortError, PortNotFound, PortVanished

SCHEME = "mm://"
BEARER = "org.freedesktop.ModemManager1.Bearer"
PASS_THROUGH_TIMEOUT = 3          # seconds ModemManager may wait for each AT reply


def modem_name(url: str) -> str:
    """'mm://0' -> '0'; the part after the scheme, without slashes around it."""
    return url[len(SCHEME):].strip("/") if url.lower().startswith(SCHEME) else url


def find_modem(objects: Objects, name: str) -> str | None:
    """The object path of the modem `name` names: index, object path, equipment id or
    device id; None when no modem matches."""
    if not name:
        return None
    if name.isdigit() and MODEM_PREFIX + name in objects:
        return MODEM_PREFIX + name
    if "/" + name in objects:
        return "/" + name
    for path, interfaces in sorted(objects.items()):
        modem = interfaces.get(MODEM, {})
        if name in (str(modem.get("EquipmentIdentifier") or ""),
                    str(modem.get("DeviceIdentifier") or "")):
            return path
    return None


def port_error(url: str, error: ManagerError) -> PortError:
    """The report's port failure for a ModemManager failure (exit 2 in `check`)."""
    if error.kind == "cancelled":
        raise Cancelled(tr("Runner", "The check was cancelled.")) from error
    if error.kind == "not-running":
        return PortNotFound(
            tr("ModemManager", "ModemManager is not running (nothing owns "
               "org.freedesktop.ModemManager1 on the system bus), so {url} cannot be read."
               ).format(url=url), url=url,
            remedy=tr("ModemManager", "Start it with 'sudo systemctl start ModemManager', or "
                      "check the modem's serial port directly ('simtool ports')."))
    if error.kind == "unsupported":
        return PortNotFound(str(error), url=url)
    if error.kind == "no-bus":
        return PortNotFound(str(error), url=url, remedy=tr(
            "ModemManager", "Check that the D-Bus system bus runs (or that "
            "DBUS_SYSTEM_BUS_ADDRESS names it), or check the modem's serial port directly."))
    if error.kind == "gone":
        return PortVanished(
            tr("ModemManager", "The modem {url} went away while it was being read: it was "
               "unplugged or reset, or ModemManager restarted.").format(url=url), url=url,
            remedy=tr("ModemManager", "Wait until 'mmcli -L' lists it again and run the check "
                      "again (its number may have changed)."))
    return PortError(tr("ModemManager", "ModemManager could not be asked about {url}: "
                        "{reason}").format(url=url, reason=error), url=url,
                     remedy=tr("ModemManager", "Run the check again; if it keeps failing, "
                               "'mmcli -m {name}' shows what ModemManager knows.").format(
                         name=modem_name(url) or "0"))


def _not_found(url: str, objects: Objects) -> PortNotFound:
    listed = sorted(path[len(MODEM_PREFIX):] for path in objects if path.startswith(MODEM_PREFIX))
    if listed:
        known = tr("ModemManager", "ModemManager has: {modems}.").format(
            modems=", ".join(f"mm://{index}" for index in listed))
    else:
        known = tr("ModemManager", "ModemManager has no modem right now.")
    return PortNotFound(
        tr("ModemManager", "ModemManager has no modem {url}.").format(url=url) + " " + known,
        url=url, remedy=tr("ModemManager", "'simtool ports' and 'mmcli -L' list the modems; "
                           "check that the modem is plugged in."))


class ModemManagerSource:
    """One read of a modem through ModemManager, cancellable from another thread."""

    via = "modemmanager"

    def __init__(self, url: str, *, timeout: float = 10.0,
                 progress: Progress | None = None) -> None:
        self.url = url
        self.timeout = timeout
        self.progress = progress
        self.transcript: list[TranscriptEntry] = []
        self._client: ManagerClient | None = None
        self._cancelled = threading.Event()
        self._lock = threading.Lock()

    def cancel(self) -> None:
        self._cancelled.set()
        with self._lock:
            if self._client is not None:
                self._client.close()

    def read(self) -> Facts:
        client = ManagerClient(timeout=self.timeout)
        with self._lock:
            self._client = client
        try:
            if self._cancelled.is_set():
                raise Cancelled(tr("Runner", "The check was cancelled."))
            return self._read(client)
        except ManagerError as error:
            if self._cancelled.is_set():
                raise Cancelled(tr("Runner", "The check was cancelled.")) from error
            raise port_error(self.url, error) from error
        finally:
            self.transcript = client.transcript
            with self._lock:
                self._client = None
            client.close()

    def _say(self, step: str, message: str) -> None:
        if self.progress is not None:
            self.progress(step, message)

    def _read(self, client: ManagerClient) -> Facts:
        self._say("port", tr("ModemManager", "Asking ModemManager…"))
        client.open()
        objects = client.managed_objects()
        path = find_modem(objects, modem_name(self.url))
        if path is None:
            raise _not_found(self.url, objects)
        interfaces = objects[path]
        modem = interfaces.get(MODEM, {})
        self._say("sim-health", tr("ModemManager", "Reading the SIM and bearers…"))
        calls, kinds = self._second_round(path, interfaces)
        replies = client.calls(calls) if calls else []
        sim: dict[str, Any] | None = None
        bearers: list[dict[str, Any]] = []
        profiles: list[dict[str, Any]] | None = None
        commands: dict[str, str] = {}
        command_errors: dict[str, str] = {}
        notes: list[str] = []
        for (kind, key), reply in zip(kinds, replies, strict=True):
            if isinstance(reply, CallError):
                if reply.kind == "not-running":
                    # It answered GetManagedObjects a moment ago: it stopped or restarted.
                    raise ManagerError(str(reply), kind="gone", name=reply.name)
                if kind == "command" and reply.name:
                    command_errors[key] = reply.name
                if reply.kind == "gone" and kind in ("sim", "bearer") and \
                        self._modem_gone(reply):
                    raise ManagerError(str(reply), kind="gone", name=reply.name)
                if kind == "command" and reply.kind == "denied":
                    note = tr("ModemManager", "ModemManager does not run with --debug, so "
                              "simtool could not ask the modem for what ModemManager does not "
                              "show (+CEER, +CESQ, +CPINR): those facts are unknown.")
                    if note not in notes:
                        notes.append(note)
                continue
            value = reply[0] if reply else None
            if kind == "sim" and isinstance(value, dict):
                sim = value
            elif kind == "bearer" and isinstance(value, dict):
                bearers.append(value)
            elif kind == "profiles" and isinstance(value, list):
                profiles = [dict(p) for p in value]
            elif kind == "command" and isinstance(value, str):
                commands[key] = value
        from simtool.sources.modemmanager.reader import fill_facts

        facts = Facts()
        fill_facts(facts, interfaces, path=path, sim=sim, bearers=bearers, profiles=profiles,
                   commands=commands, command_errors=command_errors)
        facts.notes.extend(notes)
        if modem.get("Sim") in (None, "/") and facts.sim.state == "ready":
            facts.sim.state = "unknown"
        return facts

    def _modem_gone(self, error: CallError) -> bool:
        """A SIM or bearer object that vanished between the two rounds: the modem went
        with it (unplugged, reset, ModemManager restarting)."""
        return error.kind == "gone"

    def _second_round(self, path: str, interfaces: dict[str, dict[str, Any]]
                      ) -> tuple[list[Call], list[tuple[str, str]]]:
        modem = interfaces.get(MODEM, {})
        calls: list[Call] = []
        kinds: list[tuple[str, str]] = []
        sim_path = str(modem.get("Sim") or "/")
        if sim_path != "/":
            calls.append(Call(sim_path, PROPERTIES, "GetAll", "s", (SIM,),
                              label=f"Properties.GetAll(Sim) on {sim_path}"))
            kinds.append(("sim", sim_path))
        for bearer in modem.get("Bearers") or []:
            calls.append(Call(str(bearer), PROPERTIES, "GetAll", "s", (BEARER,),
                              label=f"Properties.GetAll(Bearer) on {bearer}"))
            kinds.append(("bearer", str(bearer)))
        from simtool.sources.modemmanager.reader import (
            CEER,
            CESQ,
            CGDCONT,
            CPIN,
            CPINR,
            state_name,
        )

        state = state_name(modem.get("State"))
        enabled = state in ("enabled", "searching", "registered", "disconnecting",
                            "connecting", "connected")
        if PROFILES in interfaces and enabled:
            calls.append(Call(path, PROFILES, "List", label=f"ProfileManager.List on {path}"))
            kinds.append(("profiles", ""))
        commands = [CEER]
        if modem.get("StateFailedReason") == 2:
            commands.append(CPIN)      # ModemManager says sim-missing for a failed SIM too
        if enabled:
            commands.append(CESQ)
        if not enabled or PROFILES not in interfaces:
            commands.append(CGDCONT)
        lock = modem.get("UnlockRequired")
        retries = modem.get("UnlockRetries") or {}
        if lock in (2, 4) and lock not in retries:
            commands.append(CPINR)
        if state not in ("initializing", "unknown"):
            for command in commands:
                calls.append(Call(path, MODEM, "Command", "su", (command, PASS_THROUGH_TIMEOUT),
                                  label=f"Modem.Command(\"AT{command}\") on {path} "
                                  "(AT pass-through, ModemManager --debug only)"))
                kinds.append(("command", command))
        return calls, kinds


def open_source(url: str, *, timeout: float = 10.0,
                progress: Progress | None = None) -> ModemManagerSource:
    return ModemManagerSource(url, timeout=timeout, progress=progress)
