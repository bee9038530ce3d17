"""Find the modems on this computer through every source, for `check --all` (and the port
lists of `simtool ports` and the app).

Each source that can find modems has a module with `discover(timeout) -> list[Found]`,
named in DISCOVERERS. They run in parallel, so finding everything takes about the slowest
one's time. A modem that two sources see (ModemManager's `mm://0` and its AT tty) carries
the same `device_key` in both; it is kept once, from the source listed first.
"""

from __future__ import annotations

import importlib
import threading
from typing import NamedTuple

from simtool.log import get_logger

log = get_logger(__name__)

# Module names, in order of preference for a modem that several of them find.
# ModemManager first: a modem it manages is read through it, never beside it on its tty.
# Sticks and routers (web APIs) last: no other source sees them.
DISCOVERERS: tuple[str, ...] = ("simtool.sources.modemmanager", "simtool.sources.at.probe",
                                "simtool.sources.hilink.discover", "simtool.sources.zte.discover")


# The ones that look for sticks and routers on the network adapters' gateways: they send
# nothing to serial ports, so `simtool ports` runs them even without --probe.
WEB_DISCOVERERS: tuple[str, ...] = ("simtool.sources.hilink.discover",
                                    "simtool.sources.zte.discover")


class Found(NamedTuple):
    url: str                        # what --port takes: /dev/ttyUSB2, mm://0, hilink://...
    source: str                     # port.via of the source that reads it (at, modemmanager...)
    label: str = ""                 # for people: "Quectel EC25", "Huawei E3372h-320"
    detail: str = ""                # for people: its state, its ports...
    device_key: str | None = None   # the same physical modem has the same key in every source


def _run(name: str, timeout: float, into: list[list[Found]], index: int) -> None:
    try:
        module = importlib.import_module(name)
        into[index] = list(module.discover(timeout))
    except Exception:  # noqa: BLE001 - one source failing must not hide the others' modems
        log.warning("finding modems through %s failed", name, exc_info=True)


def discover_all(timeout: float = 1.0, names: tuple[str, ...] | None = None) -> list[Found]:
    """Every modem every source finds (or the sources in `names`), each physical modem
    once."""
    names = DISCOVERERS if names is None else names
    results: list[list[Found]] = [[] for _ in names]
    threads = [threading.Thread(target=_run, args=(name, timeout, results, index),
                                name=f"discover {name}", daemon=True)
               for index, name in enumerate(names)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    found: list[Found] = []
    seen: set[str] = set()
    for entries in results:
        for entry in entries:
            if entry.device_key is not None and entry.device_key in seen:
                continue
            if entry.device_key is not None:
                seen.add(entry.device_key)
            found.append(entry)
    return found


# Sources that list modems without probing a port (quick, for port pickers).
LISTERS: tuple[str, ...] = ("simtool.sources.modemmanager",)


def listed_modems(timeout: float = 2.0) -> list[Found]:
    """The modems the listing sources know (ModemManager's mm://N), without probing any
    port: what the app's port picker shows beside the serial ports."""
    results: list[list[Found]] = [[] for _ in LISTERS]
    for index, name in enumerate(LISTERS):
        _run(name, timeout, results, index)
    return [entry for entries in results for entry in entries]
