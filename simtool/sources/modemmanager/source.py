"""The ModemManager source: read one modem's facts through ModemManager's D-Bus API.

Read-only: properties and, when ModemManager runs with --debug, a few read-only AT commands
through Modem.Command (+CEER, +CESQ, +CPINR, +CGDCONT?) for what its properties lack;
ProfileManager.List when the pass-through cannot run. Nothing that changes the modem (no
Enable, no Signal.Setup). Two round trips after connecting: GetManagedObjects (every modem,
all properties), then the SIM, the bearers and one chained AT line together; a third only
when that line cannot run (passthrough.py).

`mm://N` names a modem by its index (mmcli -m N), by its equipment identifier (IMEI) or
by its device identifier (mmcli's "device id").
"""

from __future__ import annotations

import threading

from simtool.errors import Cancelled
from simtool.i18n import tr
from simtool.sources.modemmanager.client import (
    MESSAGING,
    MODEM,
    MODEM_PREFIX,
    PROFILES,
    PROPERTIES,
    SIM,
    SMS,
    Call,
    CallError,
    ManagerClient,
    ManagerError,
    Objects,
)
from simtool.sources.modemmanager.passthrough import (
    CEER,
    CESQ,
    CGDCONT,
    CPIN,
    CPINR,
    chained,
    split_reply,
)
from simtool.sources.prefetch import import_in_background
from simtool.transport.errors import PortError, PortNotFound, PortVanished

# The facts model and the reader import in the background while ModemManager answers (the
# first D-Bus request should not wait for them); `typing` is not needed at run time either.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from simtool.at.transcript import TranscriptEntry
    from simtool.facts import Facts
    from simtool.sources.base import Progress

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
        # The reader (and the AT parsers it uses) imports while ModemManager answers.
        self._reader = import_in_background(("simtool.sources.modemmanager.reader",))

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
        self._say("sim-health", tr("ModemManager", "Reading the SIM and bearers…"))
        gathered = _Gathered(path, interfaces)
        calls = gathered.first_calls()
        gathered.take(calls, client.calls(calls) if calls else [])
        retry = gathered.retry_calls()
        if retry:
            gathered.take(retry, client.calls(retry))
        self._reader.join()         # imported meanwhile (see __init__): no import beside it
        from simtool.facts import Facts
        from simtool.sources.modemmanager.reader import fill_facts

        facts = Facts()
        fill_facts(facts, interfaces, path=path, sim=gathered.sim, bearers=gathered.bearers,
                   profiles=gathered.profiles, commands=gathered.commands,
                   command_errors=gathered.command_errors, messages=gathered.messages)
        facts.notes.extend(gathered.notes)
        if interfaces.get(MODEM, {}).get("Sim") in (None, "/") and facts.sim.state == "ready":
            facts.sim.state = "unknown"
        return facts


# MMModemState: 0 unknown, 1 initializing; 6 enabled and every state after it (searching,
# registered, disconnecting, connecting, connected).
_NOT_SETTLED = (0, 1)
_ENABLED_FROM = 6


class _Gathered:
    """What the calls after GetManagedObjects brought back, and which calls they are.

    First round, pipelined: the SIM's and the bearers' properties and one chained AT line
    through the pass-through (passthrough.py), which also reads the APN (+CGDCONT?), so
    ProfileManager.List, which costs ModemManager as much again, is not needed. Only when
    the line cannot run (no --debug, or the modem refused part of it) does a second round
    ask for the profiles and each command alone."""

    def __init__(self, path: str, interfaces: dict[str, dict[str, Any]]) -> None:
        self.path = path
        self.interfaces = interfaces
        self.modem = interfaces.get(MODEM, {})
        self.sim: dict[str, Any] | None = None
        self.bearers: list[dict[str, Any]] = []
        self.profiles: list[dict[str, Any]] | None = None
        self.messages: list[dict[str, Any]] = []
        self.commands: dict[str, str] = {}
        self.command_errors: dict[str, str] = {}
        self.notes: list[str] = []
        state = self.modem.get("State")
        if not isinstance(state, int) or not -1 <= state <= 11:
            state = 0                       # unknown
        self.enabled = state >= _ENABLED_FROM
        self.settled = state not in _NOT_SETTLED
        self.chain = self._chain_commands()
        self.chain_failed = False
        self.chain_denied = False

    def _chain_commands(self) -> list[str]:
        commands = [CEER]
        if self.enabled:
            commands.append(CESQ)
        commands.append(CGDCONT)
        lock = self.modem.get("UnlockRequired")
        retries = self.modem.get("UnlockRetries") or {}
        if lock in (2, 4) and lock not in retries:
            commands.append(CPINR)
        return commands

    def _command(self, text: str) -> Call:
        return Call(self.path, MODEM, "Command", "su", (text, PASS_THROUGH_TIMEOUT),
                    label=f"Modem.Command(\"AT{text}\") on {self.path} "
                    "(AT pass-through, ModemManager --debug only)")

    def _profiles(self) -> Call:
        return Call(self.path, PROFILES, "List", label=f"ProfileManager.List on {self.path}")

    def first_calls(self) -> list[Call]:
        calls: list[Call] = []
        sim_path = str(self.modem.get("Sim") or "/")
        if sim_path != "/":
            calls.append(Call(sim_path, PROPERTIES, "GetAll", "s", (SIM,),
                              label=f"Properties.GetAll(Sim) on {sim_path}"))
        for bearer in self.modem.get("Bearers") or []:
            calls.append(Call(str(bearer), PROPERTIES, "GetAll", "s", (BEARER,),
                              label=f"Properties.GetAll(Bearer) on {bearer}"))
        # The SMS ModemManager has read from the modem's storage (an enabled modem):
        # operator notices among them. Their texts stay out of the transcript.
        for message in (self.interfaces.get(MESSAGING) or {}).get("Messages") or []:
            calls.append(Call(str(message), PROPERTIES, "GetAll", "s", (SMS,),
                              label=f"Properties.GetAll(Sms) on {message}", private=True))
        if self.settled:
            calls.append(self._command(chained(self.chain)))
            if self.modem.get("StateFailedReason") == 2:
                # ModemManager says sim-missing for a failed SIM too; the error +CPIN? gets
                # tells them apart (it fails by design: asked alone, not in the line).
                calls.append(self._command(CPIN))
        return calls

    def retry_calls(self) -> list[Call]:
        calls: list[Call] = []
        if self.chain_failed and not self.chain_denied and len(self.chain) > 1:
            calls.extend(self._command(command) for command in self.chain)
        if self.chain_failed and self.enabled and PROFILES in self.interfaces and \
                CGDCONT not in self.commands:
            calls.append(self._profiles())
        return calls

    def take(self, calls: list[Call], replies: list[Any]) -> None:
        for call, reply in zip(calls, replies, strict=True):
            target = call.args[0] if call.method == "Command" else None
            if isinstance(reply, CallError):
                self._failed(call, target, reply)
                continue
            value = reply[0] if reply else None
            if call.method == "GetAll" and isinstance(value, dict):
                if call.args == (SIM,):
                    self.sim = value
                elif call.args == (SMS,):
                    self.messages.append(value)
                else:
                    self.bearers.append(value)
            elif call.method == "List" and isinstance(value, list):
                self.profiles = [dict(p) for p in value]
            elif target is not None and isinstance(value, str):
                if target == chained(self.chain) and len(self.chain) > 1:
                    self.commands.update(split_reply(value, self.chain))
                else:
                    self.commands[target] = value

    def _failed(self, call: Call, target: str | None, error: CallError) -> None:
        if error.kind == "not-running":
            # It answered GetManagedObjects a moment ago: it stopped or restarted.
            raise ManagerError(str(error), kind="gone", name=error.name)
        if call.args == (SMS,):
            return      # a message deleted meanwhile: one notice fewer, nothing else
        if error.kind == "gone" and call.method == "GetAll":
            # A SIM or bearer that vanished between the rounds: the modem went with it
            # (unplugged, reset, ModemManager restarting).
            raise ManagerError(str(error), kind="gone", name=error.name)
        if target is None:
            return
        if error.name:
            self.command_errors[target] = error.name
        if target == chained(self.chain):
            self.chain_failed = True
        if error.kind == "denied":
            self.chain_denied = True
            note = tr("ModemManager", "ModemManager does not run with --debug, so "
                      "simtool could not ask the modem for what ModemManager does not "
                      "show (+CEER, +CESQ, +CPINR): those facts are unknown.")
            if note not in self.notes:
                self.notes.append(note)


def read_signal_sample(url: str, timeout: float = 3.0) -> Facts:
    """Signal, registration and operator of the modem `url` names, as ModemManager has them
    now: one GetManagedObjects, no AT pass-through, nothing set up (the app's signal
    history polls this every few seconds). Signal in dBm only when someone set up
    ModemManager's Signal interface; its quality percentage always. Raises PortError."""
    client = ManagerClient(timeout=timeout)
    try:
        client.open()
        objects = client.managed_objects()
        path = find_modem(objects, modem_name(url))
        if path is None:
            raise _not_found(url, objects)
        # Imported through the background queue: a check may be importing it right now.
        import_in_background(("simtool.sources.modemmanager.reader",)).join()
        from simtool.facts import Facts
        from simtool.sources.modemmanager.reader import fill_facts

        facts = Facts()
        fill_facts(facts, objects[path], path=path)
        return facts
    except ManagerError as error:
        raise port_error(url, error) from error
    finally:
        client.close()


def open_source(url: str, *, timeout: float = 10.0,
                progress: Progress | None = None) -> ModemManagerSource:
    return ModemManagerSource(url, timeout=timeout, progress=progress)
