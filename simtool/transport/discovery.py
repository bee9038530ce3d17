"""List serial ports and rank them by known USB ids: the likely AT port first.

A USB modem shows up as three to six serial ports of which one or two speak AT; the others
are diagnostic, GPS or data ports that stay silent. `list_ports()` ranks the likely AT port
first from what the USB descriptors say (table in `usb_ids`). Asking the ports whether they
answer AT is the AT source's job (simtool.sources.at.probe): it sends a plain `AT` to every
candidate at once, so finding the port takes about one timeout however many silent ports
there are (ModemManager spends ~18 s on each silent port, one after another).
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from simtool.facts import PortFacts
from simtool.transport import usb_ids

ROLES = ("at", "ppp", "diag", "gps", "unknown")

# Scores order the candidates; only their order matters.
_ROLE_SCORES = {usb_ids.AT: 100, usb_ids.AT2: 80, usb_ids.PPP: 60, usb_ids.GPS: 10,
                usb_ids.DIAG: 0, usb_ids.IGNORE: 0}
_SCORE_MODEM_VENDOR = 40      # a modem maker's product we have no port map for
_SCORE_OTHER_USB = 30         # USB-UART bridges and the like: a module may sit behind them
_SCORE_NO_USB = 5             # built-in UARTs (ttyS*, ttyAMA*): rarely a modem


@dataclass(frozen=True)
class PortCandidate:
    """One serial port as the system lists it, with a guess of what it is for."""

    device: str
    description: str | None = None
    hwid: str | None = None
    vid: int | None = None
    pid: int | None = None
    serial_number: str | None = None
    manufacturer: str | None = None
    product: str | None = None
    interface: int | None = None          # USB bInterfaceNumber
    interface_name: str | None = None     # USB iInterface string (Linux only)
    location: str | None = None
    role: str = "unknown"                 # one of ROLES
    score: int = 0
    modem: str | None = None              # "Quectel EC25/EG25-G/..." when the id is known

    @property
    def usb_id(self) -> str | None:
        if self.vid is None or self.pid is None:
            return None
        return f"{self.vid:04x}:{self.pid:04x}"

    @property
    def usb_device(self) -> str | None:
        """What groups the ports of one physical modem (USB path, else serial number)."""
        if self.location:
            return self.location.split(":", 1)[0]
        return self.serial_number or self.usb_id


def interface_number(location: str | None) -> int | None:
    """bInterfaceNumber from pyserial's `location`: Linux '1-1.4:1.2' -> 2, Windows '1-2:x.3'
    -> 3; None when the location names no interface (single-interface device, macOS)."""
    if not location:
        return None
    found = re.search(r":(?:\d+|x)\.(\d+)$", location)
    return int(found.group(1)) if found else None


_DESCRIPTION_HINTS = (
    # (pattern in the lower-cased description or iInterface string, role). First match wins.
    # Vendor driver names: "Quectel USB AT Port", "SimTech HS-USB AT Port 9001",
    # "HUAWEI Mobile Connect - 3G PC UI Interface", "... Modem", "... DM Port", "... NMEA".
    ("pc ui", usb_ids.AT), ("pcui", usb_ids.AT), ("at port", usb_ids.AT),
    ("at cmd", usb_ids.AT), ("at interface", usb_ids.AT),
    ("diag", usb_ids.DIAG), ("dm port", usb_ids.DIAG), ("qdloader", usb_ids.DIAG),
    ("nmea", usb_ids.GPS), ("gps", usb_ids.GPS), ("gnss", usb_ids.GPS),
    ("modem", usb_ids.PPP),
)


def _role_from_text(text: str, vid: int | None) -> str | None:
    lowered = text.lower()
    for pattern, role in _DESCRIPTION_HINTS:
        if pattern in lowered:
            if role == usb_ids.GPS and vid == 0x19D2:
                return usb_ids.AT       # ZTE's "NMEA Device" is the port its tools use for AT
            return role
    return None


def guess_role(*, vid: int | None, pid: int | None, interface: int | None,
               description: str | None = None, interface_name: str | None = None,
               usb_class: tuple[int, int, int] | None = None) -> tuple[str, int, str | None]:
    """(role, score, modem name) for one port, from its USB ids and descriptors.

    Order of evidence: the known-modem table (id + interface number), Huawei's protocol map,
    the driver's port name, the interface class, then the vendor alone.
    """
    known = usb_ids.KNOWN_MODEMS.get((vid, pid)) if vid is not None and pid is not None else None
    modem = f"{known.vendor} {known.models}" if known else None
    table_role: str | None = None
    if known is not None and interface is not None:
        table_role = known.interfaces.get(interface)
    if table_role is None and vid == usb_ids.HUAWEI_VID and usb_class and usb_class[0] == 0xFF:
        table_role = usb_ids.HUAWEI_PROTOCOL_ROLES.get(usb_class[2])
    if table_role is None:
        for text in (interface_name, description):
            if text:
                table_role = _role_from_text(text, vid)
                if table_role is not None:
                    break
    if table_role is None and usb_class is not None:
        if usb_class == (0xFF, 0xFF, 0x30):
            table_role = usb_ids.DIAG          # Qualcomm-style DIAG interface
        elif usb_class[:2] == (0x02, 0x02) and 1 <= usb_class[2] <= 6:
            return "unknown", _SCORE_MODEM_VENDOR + 5, modem   # CDC-ACM with AT commands
    if table_role is not None:
        public = {usb_ids.AT2: "at", usb_ids.IGNORE: "diag"}.get(table_role, table_role)
        return public, _ROLE_SCORES[table_role], modem
    if vid is None:
        return "unknown", _SCORE_NO_USB, modem
    if vid in usb_ids.MODEM_VENDORS:
        return "unknown", _SCORE_MODEM_VENDOR, modem
    return "unknown", _SCORE_OTHER_USB, modem


def _usb_class_of(info: Any) -> tuple[int, int, int] | None:
    """(class, subclass, protocol) of the port's USB interface, from Linux sysfs."""
    path = getattr(info, "usb_interface_path", None)
    if not path:
        return None
    values = []
    for name in ("bInterfaceClass", "bInterfaceSubClass", "bInterfaceProtocol"):
        try:
            values.append(int((Path(path) / name).read_text().strip(), 16))
        except (OSError, ValueError):
            return None
    return values[0], values[1], values[2]


def candidate_from(info: Any) -> PortCandidate:
    """A ranked candidate from a pyserial ListPortInfo (or anything with its attributes)."""
    def text(value: object) -> str | None:
        return None if value in (None, "", "n/a") else str(value)

    location = text(getattr(info, "location", None))
    interface = interface_number(location)
    vid, pid = getattr(info, "vid", None), getattr(info, "pid", None)
    description = text(getattr(info, "description", None))
    interface_name = text(getattr(info, "interface", None))
    role, score, modem = guess_role(vid=vid, pid=pid, interface=interface,
                                    description=description, interface_name=interface_name,
                                    usb_class=_usb_class_of(info))
    return PortCandidate(
        device=info.device, description=description, hwid=text(getattr(info, "hwid", None)),
        vid=vid, pid=pid, serial_number=text(getattr(info, "serial_number", None)),
        manufacturer=text(getattr(info, "manufacturer", None)),
        product=text(getattr(info, "product", None)), interface=interface,
        interface_name=interface_name, location=location, role=role, score=score, modem=modem)


def _natural_key(device: str) -> list[object]:
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", device)]


def rank(candidates: Iterable[PortCandidate]) -> list[PortCandidate]:
    """Likely AT ports first; ties by device, then interface number, then name."""
    return sorted(candidates, key=lambda c: (-c.score, c.usb_device or "",
                                             c.interface if c.interface is not None else 99,
                                             _natural_key(c.device)))


def list_ports() -> list[PortCandidate]:
    """The serial ports of this computer, the likely AT port first."""
    from serial.tools import list_ports as pyserial_list_ports

    return rank(candidate_from(info) for info in pyserial_list_ports.comports())


def describe_port(url: str) -> PortFacts | None:
    """The report's `port` section for a local port that discovery lists; None otherwise."""
    candidate = _describe_local(url)
    if candidate is None:
        return None
    return PortFacts(url=url, device=candidate.device, description=candidate.description,
                     vid=candidate.vid, pid=candidate.pid,
                     serial_number=candidate.serial_number)


def _describe_local(url: str) -> PortCandidate | None:
    if "://" in url:
        return None
    real = os.path.realpath(url)
    if sys.platform.startswith("linux"):
        # Only this one device's sysfs entry: a check reads it before its first byte, so
        # it must not walk every tty on the system.
        from serial.tools.list_ports_linux import SysFS

        if not os.path.exists(real):
            return None
        info = SysFS(real)
        return candidate_from(info) if info.subsystem is not None else None
    for candidate in list_ports():
        if candidate.device in (url, real):
            return candidate
    return None
