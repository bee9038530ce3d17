"""The ModemManager source (Linux): `mm://N` ports read through ModemManager's D-Bus API.

    client.py     the D-Bus client (the only module that imports jeepney, lazily)
    reader.py     ModemManager's properties -> the facts model (pure)
    source.py     one read of one modem (open_source, ModemManagerSource)
    discover.py   the modems ModemManager has, for `simtool ports`, `check --all`, the app
    coexist.py    a device path ModemManager holds: who holds it, and its mm:// URL
    inhibit.py    --inhibit: ModemManager lets go of a modem for the length of a check

Importing this package imports nothing heavy: a serial check never loads D-Bus code.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from simtool.sources.base import Progress
    from simtool.sources.discovery import Found
    from simtool.sources.modemmanager.source import ModemManagerSource


def open_source(url: str, *, timeout: float = 10.0,
                progress: Progress | None = None) -> ModemManagerSource:
    from simtool.sources.modemmanager.source import ModemManagerSource

    return ModemManagerSource(url, timeout=timeout, progress=progress)


def discover(timeout: float) -> list[Found]:
    from simtool.sources.modemmanager.discover import discover as run

    return run(timeout)
