"""Find ZTE goform devices: each default gateway of this computer's network adapters gets
one short request for its model and SIM state. Never a scan of an address range."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from simtool.i18n import QT_TRANSLATE_NOOP, tr
from simtool.sources.discovery import Found
from simtool.sources.zte import codes
from simtool.sources.zte.client import NotGoform, Redirected, ZteClient
from simtool.transport.errors import PortError
from simtool.transport.gateways import default_gateways
from simtool.transport.http import HttpClient, split_host_port

SIM_WORDS = {
    "not-inserted": QT_TRANSLATE_NOOP("Discovery", "no SIM"),
    "failure": QT_TRANSLATE_NOOP("Discovery", "SIM failure"),
    "ready": QT_TRANSLATE_NOOP("Discovery", "SIM ready"),
    "pin-required": QT_TRANSLATE_NOOP("Discovery", "PIN required"),
    "puk-required": QT_TRANSLATE_NOOP("Discovery", "PUK required"),
    "ph-net-pin": QT_TRANSLATE_NOOP("Discovery", "locked to another operator"),
}


def _probe(address: str, timeout: float) -> Found | None:
    try:
        host, port = split_host_port(address)
    except ValueError:
        return None
    http = HttpClient(host, port, timeout=timeout)
    try:
        fields = ZteClient(http).get(["model_name", "modem_main_state"])
    except (NotGoform, Redirected, PortError):
        return None
    finally:
        http.close()
    if "modem_main_state" not in fields:
        return None
    main = str(fields.get("modem_main_state") or "")
    state = codes.MAIN_STATE.get(main)
    if main in codes.TEMPORARY:
        detail = tr("Discovery", "SIM starting")
    elif state in SIM_WORDS:
        detail = tr("Discovery", SIM_WORDS[state])
    else:
        detail = tr("Discovery", "SIM state {code}").format(code=main or "?")
    name = str(fields.get("model_name") or "").strip()
    return Found(url=f"zte://{http.where}", source="zte", label=f"ZTE {name}".strip(),
                 detail=detail)


def discover(timeout: float = 1.0) -> list[Found]:
    gateways = default_gateways()
    if not gateways:
        return []
    with ThreadPoolExecutor(max_workers=len(gateways), thread_name_prefix="zte-find") as pool:
        found = list(pool.map(lambda address: _probe(address, timeout), gateways))
    return [entry for entry in found if entry is not None]
