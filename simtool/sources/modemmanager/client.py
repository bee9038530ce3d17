"""The D-Bus client: ModemManager's objects on the system bus, read with jeepney.

The only module of simtool that imports a D-Bus library. jeepney (pure Python, no
dependencies, blocking I/O) is imported when a connection is opened, never by a serial
check. The system bus is the one DBUS_SYSTEM_BUS_ADDRESS names (tests and `mmcli` point it
at a private bus), else the standard socket.

Calls are pipelined: `calls()` sends every request at once and then collects the replies,
so reading a SIM, its bearers and the AT pass-through costs one round trip, not one each.
Every call and its outcome is recorded in `transcript` (tx: the call; rx: the reply, short).
Failures become ManagerError with a sentence for the user; the D-Bus error name is kept.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Sequence
from typing import Any

from simtool.at.transcript import TranscriptEntry
from simtool.i18n import tr

BUS_NAME = "org.freedesktop.ModemManager1"
ROOT_PATH = "/org/freedesktop/ModemManager1"
MODEM_PREFIX = ROOT_PATH + "/Modem/"
MANAGER_PATH_METHODS = ROOT_PATH          # the manager object: InhibitDevice, ScanDevices
IFACE = "org.freedesktop.ModemManager1"
MODEM = IFACE + ".Modem"
MODEM_3GPP = MODEM + ".Modem3gpp"
PROFILES = MODEM_3GPP + ".ProfileManager"
SIGNAL = MODEM + ".Signal"
SIM = IFACE + ".Sim"
BEARER = IFACE + ".Bearer"
PROPERTIES = "org.freedesktop.DBus.Properties"
OBJECT_MANAGER = "org.freedesktop.DBus.ObjectManager"
DEFAULT_SYSTEM_BUS = "unix:path=/var/run/dbus/system_bus_socket"

# D-Bus error names that mean "ModemManager is not there" / "that object is gone".
NOT_RUNNING = ("org.freedesktop.DBus.Error.ServiceUnknown",
               "org.freedesktop.DBus.Error.NameHasNoOwner")
NO_OBJECT = ("org.freedesktop.DBus.Error.UnknownObject",
             "org.freedesktop.DBus.Error.UnknownMethod")
UNAUTHORIZED = IFACE + ".Error.Core.Unauthorized"

# {object path: {interface: {property: value}}}, as GetManagedObjects gives it.
Objects = dict[str, dict[str, dict[str, Any]]]


class ManagerError(Exception):
    """Talking to ModemManager failed. `kind`: not-running (no ModemManager on the bus),
    no-bus (no system bus), unsupported (not Linux), gone (the object went away), denied,
    timeout, other."""

    def __init__(self, message: str, *, kind: str = "other", name: str | None = None) -> None:
        super().__init__(message)
        self.kind = kind
        self.name = name          # the D-Bus error name, when the bus gave one


class CallError(ManagerError):
    """One method call was answered with a D-Bus error (the others may have worked)."""


def system_bus_address() -> str:
    return os.environ.get("DBUS_SYSTEM_BUS_ADDRESS", "") or DEFAULT_SYSTEM_BUS


def linux_only_error() -> ManagerError | None:
    """The error for mm:// on a system without ModemManager (Windows, macOS); None on Linux."""
    if sys.platform.startswith("linux"):
        return None
    return ManagerError(tr("ModemManager", "mm:// ports need ModemManager, which runs on Linux "
                           "only. On this computer use the modem's serial port instead "
                           "('simtool ports' lists them)."), kind="unsupported")


def _short(value: Any, limit: int = 300) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[:limit] + "…"


class Call:
    """One method call to send: object path, interface, method, signature, arguments."""

    __slots__ = ("path", "interface", "method", "signature", "args", "label")

    def __init__(self, path: str, interface: str, method: str, signature: str = "",
                 args: tuple[Any, ...] = (), label: str | None = None) -> None:
        self.path, self.interface, self.method = path, interface, method
        self.signature, self.args = signature, args
        self.label = label or f"{interface.rsplit('.', 1)[-1]}.{method}{_short(args, 80)} " \
            f"on {path}"


class ManagerClient:
    """One connection to the system bus, for one read. Not thread-safe: one thread reads;
    `close()` may come from another thread to interrupt it (cancel)."""

    def __init__(self, timeout: float = 10.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.timeout = timeout
        self.transcript: list[TranscriptEntry] = []
        self._clock = clock
        self._start = clock()
        self._connection: Any = None
        self._closed = False

    # -- connection ---------------------------------------------------------------------
    def open(self) -> None:
        problem = linux_only_error()
        if problem is not None:
            raise problem
        try:
            from jeepney.io.blocking import open_dbus_connection
        except ImportError:
            raise ManagerError(tr("ModemManager", "Reading modems through ModemManager needs "
                                  "the Python package jeepney: pip install jeepney (or "
                                  "pip install 'simtool[modemmanager]')."),
                               kind="no-bus") from None
        address = system_bus_address()
        self._note("tx", f"connect {address}")
        try:
            self._connection = open_dbus_connection(address, auth_timeout=min(self.timeout, 3.0))
        except (OSError, TimeoutError, RuntimeError, ValueError) as error:
            raise ManagerError(tr("ModemManager", "Cannot reach the system's D-Bus ({address}): "
                                  "{reason}.").format(address=address, reason=error),
                               kind="no-bus") from error
        self._note("rx", f"connected as {self._connection.unique_name}")

    def close(self) -> None:
        self._closed = True
        connection, self._connection = self._connection, None
        if connection is not None:
            try:
                connection.close()
            except OSError:
                pass

    def __enter__(self) -> ManagerClient:
        self.open()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- calls --------------------------------------------------------------------------
    def managed_objects(self) -> Objects:
        """Every modem with all its properties: one GetManagedObjects round trip."""
        reply = self.calls([Call(ROOT_PATH, OBJECT_MANAGER, "GetManagedObjects",
                                 label="ObjectManager.GetManagedObjects")])[0]
        if isinstance(reply, CallError):
            raise reply
        return dict(reply[0]) if reply else {}

    def calls(self, calls: Sequence[Call]) -> list[Any]:
        """Send every call at once, then wait for all replies (one round trip). Each result
        is the reply body (a tuple), or a CallError for a call the bus or ModemManager
        refused. Raises ManagerError when the connection fails or the time is up."""
        connection = self._connection
        if connection is None:
            raise ManagerError(tr("ModemManager", "The check was cancelled."), kind="cancelled")
        from jeepney import DBusAddress, HeaderFields, MessageType, new_method_call

        serials: dict[int, int] = {}
        for index, call in enumerate(calls):
            message = new_method_call(DBusAddress(call.path, BUS_NAME, call.interface),
                                      call.method, call.signature or None, call.args)
            serial = next(connection.outgoing_serial)
            serials[serial] = index
            self._note("tx", call.label)
            try:
                connection.send(message, serial=serial)
            except OSError as error:
                raise self._lost(error) from error
        results: list[Any] = [None] * len(calls)
        deadline = self._clock() + self.timeout
        while serials:
            remaining = deadline - self._clock()
            if remaining <= 0:
                raise ManagerError(tr("ModemManager", "ModemManager did not answer within "
                                      "{seconds:g} s.").format(seconds=self.timeout),
                                   kind="timeout")
            try:
                message = connection.receive(timeout=remaining)
            except TimeoutError:
                continue
            except (OSError, ValueError, AttributeError) as error:
                raise self._lost(error) from error
            replied = message.header.fields.get(HeaderFields.reply_serial, -1)
            if replied not in serials:
                continue                # a signal or someone else's reply
            index = serials.pop(replied)
            if message.header.message_type == MessageType.error:
                name = str(message.header.fields.get(HeaderFields.error_name, "?"))
                text = str(message.body[0]) if message.body else ""
                self._note("rx", f"{calls[index].method}: error {name}: {text}")
                results[index] = CallError(text or name, kind=_error_kind(name), name=name)
            else:
                body = _body(message)
                self._note("rx", f"{calls[index].method}: {_short(body)}")
                results[index] = body
        return results

    def _lost(self, error: BaseException) -> ManagerError:
        if self._closed:
            return ManagerError(tr("ModemManager", "The check was cancelled."),
                                kind="cancelled")
        return ManagerError(tr("ModemManager", "The connection to D-Bus broke: {reason}."
                               ).format(reason=error or type(error).__name__), kind="no-bus")

    def _note(self, direction: str, text: str) -> None:
        self.transcript.append(TranscriptEntry(round(self._clock() - self._start, 6),
                                               direction, text))


def _error_kind(name: str) -> str:
    if name in NOT_RUNNING:
        return "not-running"
    if name in NO_OBJECT:
        return "gone"
    if name == UNAUTHORIZED or name.endswith(".AccessDenied"):
        return "denied"
    return "other"


def _one_type(signature: str, start: int = 0) -> int:
    """The end of the single complete type that begins at `start` in a D-Bus signature."""
    char = signature[start]
    if char == "a":
        return _one_type(signature, start + 1)
    if char in "({":
        closing = ")" if char == "(" else "}"
        index = start + 1
        while signature[index] != closing:
            index = _one_type(signature, index)
        return index + 1
    return start + 1


def split_signature(signature: str) -> list[str]:
    """'a{sv}us' -> ['a{sv}', 'u', 's']."""
    types, index = [], 0
    while index < len(signature):
        end = _one_type(signature, index)
        types.append(signature[index:end])
        index = end
    return types


def plain(signature: str, value: Any) -> Any:
    """A value as jeepney decoded it, with every variant replaced by its content (jeepney
    gives a variant as a (signature, value) pair, which looks like any two-field struct)."""
    if signature == "v":
        inner_signature, inner = value
        return plain(inner_signature, inner)
    if signature.startswith("a{"):
        _key, item = split_signature(signature[2:-1])
        return {key: plain(item, entry) for key, entry in value.items()}
    if signature.startswith("a"):
        return [plain(signature[1:], entry) for entry in value]
    if signature.startswith("("):
        return tuple(plain(field, entry)
                     for field, entry in zip(split_signature(signature[1:-1]), value,
                                             strict=False))
    return value


def _body(message: Any) -> tuple[Any, ...]:
    from jeepney import HeaderFields

    signature = str(message.header.fields.get(HeaderFields.signature, ""))
    return tuple(plain(kind, value)
                 for kind, value in zip(split_signature(signature), message.body, strict=False))
