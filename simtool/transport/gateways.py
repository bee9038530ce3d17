"""The default gateways of this computer's network adapters: where a HiLink stick or a ZTE
pocket router answers (it hands the computer an address and names itself the gateway).

Discovery looks there and nowhere else: never a scan of an address range. The environment
variable SIMTOOL_GATEWAYS replaces what is found: a comma-separated list of HOST[:PORT]
(a router that is not a default gateway, a simulated device), or "none" to look nowhere.
"""

from __future__ import annotations

import os
import socket
import struct
import subprocess
import sys

from simtool.log import get_logger

log = get_logger(__name__)

ENVIRONMENT = "SIMTOOL_GATEWAYS"
_RTF_GATEWAY = 0x2


def parse_proc_route(text: str) -> list[str]:
    """Gateways of the default routes in Linux's /proc/net/route (hex, little-endian)."""
    gateways: list[str] = []
    for line in text.splitlines()[1:]:
        fields = line.split()
        if len(fields) < 8:
            continue
        try:
            destination, gateway, flags, mask = (int(fields[1], 16), int(fields[2], 16),
                                                 int(fields[3], 16), int(fields[7], 16))
        except ValueError:
            continue
        if destination == 0 and mask == 0 and flags & _RTF_GATEWAY and gateway:
            gateways.append(socket.inet_ntoa(struct.pack("<I", gateway)))
    return gateways


def parse_netstat(text: str) -> list[str]:
    """Gateways of `default` lines in BSD/macOS `netstat -rn -f inet`."""
    gateways = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 2 and fields[0] in ("default", "0.0.0.0/0") and _is_ipv4(fields[1]):
            gateways.append(fields[1])
    return gateways


def parse_route_print(text: str) -> list[str]:
    """Gateways of the 0.0.0.0/0.0.0.0 lines in Windows `route print -4 0.0.0.0`."""
    gateways = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 3 and fields[0] == "0.0.0.0" and fields[1] == "0.0.0.0" \
                and _is_ipv4(fields[2]):
            gateways.append(fields[2])
    return gateways


def _is_ipv4(text: str) -> bool:
    try:
        socket.inet_aton(text)
    except OSError:
        return False
    return text.count(".") == 3


def _command(args: list[str]) -> str:
    try:
        done = subprocess.run(args, capture_output=True, text=True, timeout=3, check=False)
    except (OSError, subprocess.SubprocessError):
        log.debug("%s failed", args[0], exc_info=True)
        return ""
    return done.stdout


def default_gateways() -> list[str]:
    """Each adapter's default gateway once (HOST or HOST:PORT), or SIMTOOL_GATEWAYS."""
    override = os.environ.get(ENVIRONMENT)
    if override is not None:
        found = [item.strip() for item in override.split(",")]
        found = [item for item in found if item and item.lower() != "none"]
    elif sys.platform.startswith("linux"):
        try:
            with open("/proc/net/route", encoding="ascii") as table:
                found = parse_proc_route(table.read())
        except OSError:
            found = []
    elif sys.platform == "win32":
        found = parse_route_print(_command(["route", "print", "-4", "0.0.0.0"]))
    else:
        found = parse_netstat(_command(["netstat", "-rn", "-f", "inet"]))
    return list(dict.fromkeys(found))
