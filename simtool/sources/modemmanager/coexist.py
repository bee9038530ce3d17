"""Living beside ModemManager: which of its modems owns a device path, and letting go of
one for a check (--inhibit).

A port ModemManager holds is never opened beside it (both would read each other's
replies): the runner reads it through ModemManager instead (`managing_url`), or refuses.
`Inhibition` asks ModemManager to release a modem's ports for as long as simtool stays on
the bus (InhibitDevice); ModemManager takes the modem back, re-probing it, when simtool
exits or dies.
"""

from __future__ import annotations

import os
import time
from typing import Any

from simtool.i18n import tr
from simtool.sources.modemmanager.client import (
    MANAGER_PATH_METHODS,
    MODEM,
    Call,
    CallError,
    ManagerClient,
    ManagerError,
    Objects,
)
from simtool.sources.modemmanager.discover import bus_may_exist, modems
from simtool.transport.errors import PortBusy, PortError


def port_name(device: str) -> str:
    """What ModemManager calls a device path in Modem.Ports: its kernel name (ttyUSB2)."""
    return os.path.basename(os.path.realpath(device))


def modem_with_port(objects: Objects, device: str) -> tuple[str, dict[str, Any]] | None:
    """(index, Modem properties) of the modem that lists `device` among its ports."""
    names = {port_name(device), os.path.basename(device)}
    for index, modem in modems(objects):
        if any(str(name) in names for name, _kind in modem.get("Ports") or []):
            return index, modem
    return None


def managing_url(device: str, timeout: float = 3.0) -> str | None:
    """mm://N when ModemManager manages the modem `device` belongs to; None when it does
    not, or cannot be asked."""
    if not bus_may_exist():
        return None
    try:
        with ManagerClient(timeout=timeout) as client:
            found = modem_with_port(client.managed_objects(), device)
    except ManagerError:
        return None
    return f"mm://{found[0]}" if found is not None else None


def held_error(device: str, url: str | None) -> PortBusy:
    """The refusal when ModemManager holds `device` and simtool may not read through it."""
    message = tr("ModemManager", "Port {device} is held by ModemManager; simtool does not open "
                 "it beside ModemManager (both would read each other's replies).").format(
        device=device)
    if url:
        remedy = tr("ModemManager", "Check it through ModemManager: 'simtool check --port "
                    "{url}' (or leave out --no-modemmanager). For the full AT check, add "
                    "--inhibit --allow-write: ModemManager lets go of the modem during the "
                    "check.").format(url=url)
    else:
        remedy = tr("ModemManager", "Check it through ModemManager ('simtool ports' lists its "
                    "modems as mm://N), or stop ModemManager for the check: 'sudo systemctl "
                    "stop ModemManager'.")
    return PortBusy(message, url=device, remedy=remedy, holder="ModemManager")


class Inhibition:
    """ModemManager lets go of one modem while this object is open (InhibitDevice).

    `target`: a device path (the modem that lists it) or mm://N. After `open()`,
    `at_port` is the AT port to check: the device path given, else the modem's primary
    AT port. Closing (or simtool exiting) hands the modem back to ModemManager."""

    def __init__(self, target: str, *, timeout: float = 15.0) -> None:
        self.target = target
        self.timeout = timeout
        self.at_port: str | None = None
        self.uid: str | None = None
        self.client = ManagerClient(timeout=timeout)

    def open(self) -> str:
        from simtool.sources.modemmanager.source import find_modem, modem_name

        try:
            self.client.open()
            objects = self.client.managed_objects()
            if self.target.lower().startswith("mm://"):
                path = find_modem(objects, modem_name(self.target))
                modem = objects.get(path or "", {}).get(MODEM)
                primary = str((modem or {}).get("PrimaryPort") or "")
                self.at_port = f"/dev/{primary}" if primary.startswith("tty") else None
            else:
                found = modem_with_port(objects, self.target)
                modem = found[1] if found is not None else None
                self.at_port = self.target
            if modem is None:
                raise PortError(tr("ModemManager", "ModemManager does not manage {target}, so "
                                   "there is nothing to inhibit.").format(target=self.target),
                                url=self.target, remedy=tr(
                                    "ModemManager", "Check the port without --inhibit."))
            if self.at_port is None:
                raise PortError(tr("ModemManager", "The modem {target} has no AT port a check "
                                   "could use once ModemManager lets go of it (it talks "
                                   "QMI or MBIM).").format(target=self.target),
                                url=self.target, remedy=tr(
                                    "ModemManager", "Check it through ModemManager: 'simtool "
                                    "check --port {target}'.").format(target=self.target))
            self.uid = str(modem.get("Device") or "")
            reply = self.client.calls([Call(MANAGER_PATH_METHODS, "org.freedesktop."
                                            "ModemManager1", "InhibitDevice", "sb",
                                            (self.uid, True),
                                            label=f"InhibitDevice({self.uid!r}, true)")])[0]
            if isinstance(reply, CallError):
                raise PortError(tr("ModemManager", "ModemManager refused to let go of the "
                                   "modem: {reason}").format(reason=reply), url=self.target,
                                remedy=tr("ModemManager", "Check it through ModemManager "
                                          "without --inhibit, or stop ModemManager for the "
                                          "check: 'sudo systemctl stop ModemManager'."))
            self._wait_released()
        except ManagerError as error:
            self.close()
            from simtool.sources.modemmanager.source import port_error

            raise port_error(self.target, error) from error
        except BaseException:
            self.close()
            raise
        return self.at_port

    def _wait_released(self) -> None:
        """Until the modem's object is gone: ModemManager has closed its ports."""
        deadline = time.monotonic() + self.timeout
        while time.monotonic() < deadline:
            objects = self.client.managed_objects()
            if not any(str(m.get("Device") or "") == self.uid for _i, m in modems(objects)):
                return
            time.sleep(0.1)

    def close(self) -> None:
        self.client.close()
