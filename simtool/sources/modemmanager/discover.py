"""The modems ModemManager has: simtool.sources.discovery's part for ModemManager.

Quiet by design: no ModemManager (not Linux, no system bus, nobody owns its name) means no
modems from here, never an error; `simtool ports` and `check --all` go on with the serial
ports. Costs one connection and one GetManagedObjects.
"""

from __future__ import annotations

import os
import sys
from typing import Any

from simtool.i18n import QT_TRANSLATE_NOOP, tr
from simtool.sources.discovery import Found
from simtool.sources.modemmanager.client import (
    MODEM,
    MODEM_PREFIX,
    ManagerClient,
    ManagerError,
    Objects,
    system_bus_address,
)
from simtool.sources.modemmanager.reader import device_key, ports_of, state_name


def bus_may_exist() -> bool:
    """False when there is certainly no system bus to ask (checked without connecting)."""
    if not sys.platform.startswith("linux"):
        return False
    address = system_bus_address()
    if "abstract=" in address:
        return True
    for part in address.split(";"):
        _transport, _sep, info = part.partition(":")
        for pair in info.split(","):
            key, _eq, value = pair.partition("=")
            if key == "path" and os.path.exists(value):
                return True
    return False


def managed_objects(timeout: float) -> Objects:
    """GetManagedObjects, or {} when ModemManager cannot be asked."""
    if not bus_may_exist():
        return {}
    try:
        with ManagerClient(timeout=timeout) as client:
            return client.managed_objects()
    except ManagerError:
        return {}


# ModemManager's state words (facts.MANAGER_STATES) as the port picker shows them; the
# JSON of `ports` keeps ModemManager's own word.
STATE_LABELS = {
    "failed": QT_TRANSLATE_NOOP("ModemManager", "failed"),
    "unknown": QT_TRANSLATE_NOOP("ModemManager", "state unknown"),
    "initializing": QT_TRANSLATE_NOOP("ModemManager", "starting up"),
    "locked": QT_TRANSLATE_NOOP("ModemManager", "SIM locked"),
    "disabled": QT_TRANSLATE_NOOP("ModemManager", "disabled"),
    "disabling": QT_TRANSLATE_NOOP("ModemManager", "disabling"),
    "enabling": QT_TRANSLATE_NOOP("ModemManager", "enabling"),
    "enabled": QT_TRANSLATE_NOOP("ModemManager", "enabled, not registered"),
    "searching": QT_TRANSLATE_NOOP("ModemManager", "searching for a network"),
    "registered": QT_TRANSLATE_NOOP("ModemManager", "registered"),
    "disconnecting": QT_TRANSLATE_NOOP("ModemManager", "disconnecting"),
    "connecting": QT_TRANSLATE_NOOP("ModemManager", "connecting"),
    "connected": QT_TRANSLATE_NOOP("ModemManager", "connected"),
}


def state_label(value: Any) -> str:
    """ModemManager's modem state in the user's language ("?" when it gives none)."""
    name = state_name(value)
    return tr("ModemManager", STATE_LABELS[name]) if name in STATE_LABELS else name or "?"


def label(modem: dict[str, Any]) -> str:
    return " ".join(str(x) for x in (modem.get("Manufacturer"), modem.get("Model"))
                    if x) or tr("ModemManager", "modem")


def modems(objects: Objects) -> list[tuple[str, dict[str, Any]]]:
    """(index, Modem properties) of every modem, by index."""
    found = [(path[len(MODEM_PREFIX):], interfaces.get(MODEM, {}))
             for path, interfaces in objects.items() if path.startswith(MODEM_PREFIX)]
    return sorted(found, key=lambda item: (not item[0].isdigit(), int(item[0])
                                           if item[0].isdigit() else 0, item[0]))


def discover(timeout: float) -> list[Found]:
    found = []
    for index, modem in modems(managed_objects(max(timeout, 1.0))):
        ports = ", ".join(f"{p.name} ({p.type})" for p in ports_of(modem))
        detail = tr("ModemManager", "{state}; ports: {ports}").format(
            state=state_label(modem.get("State")), ports=ports or "?")
        found.append(Found(f"mm://{index}", "modemmanager", label(modem), detail,
                           device_key=device_key(str(modem.get("Device") or "")) or
                           f"mm:{modem.get('Device')}"))
    return found


def manager_rows(serial_rows: list[dict[str, Any]], timeout: float = 2.0
                 ) -> list[dict[str, Any]]:
    """`simtool ports --json` rows for ModemManager's modems (the serial rows' keys, plus
    model, state and ports); sets `managed_by` on the serial rows whose port a modem lists."""
    from simtool.sources.modemmanager.reader import usb_ids

    rows = []
    for index, modem in modems(managed_objects(timeout)):
        url = f"mm://{index}"
        ports = ports_of(modem)
        names = {port.name for port in ports}
        for row in serial_rows:
            if os.path.basename(os.path.realpath(str(row.get("device")))) in names:
                row["managed_by"] = url
        vid, pid = usb_ids(str(modem.get("Device") or ""))
        rows.append({
            "device": url, "at": None, "likely_at": False, "vid": vid, "pid": pid,
            "serial_number": None, "manufacturer": modem.get("Manufacturer") or None,
            "product": modem.get("Model") or None, "interface": None,
            "description": label(modem), "role": "modem", "modem": label(modem),
            "diag": None, "error": None, "via": "modemmanager", "managed_by": url,
            "model": modem.get("Model") or None, "state": state_name(modem.get("State")),
            "ports": [{"name": port.name, "type": port.type} for port in ports],
            "plugin": modem.get("Plugin") or None,
        })
    return rows
