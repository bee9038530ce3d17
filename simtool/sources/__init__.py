"""Ways of reading a modem (see DESIGN: layers). Each source fills the one facts model
(simtool.facts) from what it can reach; the checklist judges facts from any source the same
way. One package per source:

    at/             the modem's AT port (serial, socket://, sim://, replay://)
    modemmanager/   ModemManager's D-Bus API (mm://N, Linux)
    hilink/         Huawei HiLink sticks and routers over their web API (hilink://HOST)
    zte/            ZTE sticks and pocket routers over their goform web API (zte://HOST)

A check picks its source from the port URL: `kind_of(url)`. What a source offers the runner
is in base.py; how `check --all` finds modems through every source is in discovery.py.
"""

from __future__ import annotations

# Seconds a whole check of one modem may take unless told otherwise (`check --deadline`): a
# SIM that is still starting is waited for up to a minute (sim-busy-wait), the rest takes
# seconds; a modem that answers each command just in time must not hold a fleet run for ever.
DEFAULT_DEADLINE = 120.0

# URL scheme -> source, for sources other than AT (every other URL is an AT port).
SCHEMES: dict[str, str] = {"mm": "modemmanager", "hilink": "hilink", "zte": "zte"}


def kind_of(url: str) -> str:
    """The source that reads `url`: "at" unless its scheme names another source. A string
    test only: it runs before a check's first byte."""
    scheme, sep, _rest = url.partition("://")
    return SCHEMES.get(scheme.lower(), "at") if sep else "at"
