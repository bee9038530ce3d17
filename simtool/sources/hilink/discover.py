"""Find HiLink devices: each default gateway of this computer's network adapters gets one
short request (device/basic_information, readable without login); a gateway that answers
in the HiLink API gets a second for its SIM state. Never a scan of an address range."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from simtool.i18n import QT_TRANSLATE_NOOP, tr
from simtool.sources.discovery import Found
from simtool.sources.hilink.client import HilinkClient
from simtool.sources.hilink.parse import ApiError, NotApi, parse_answer
from simtool.transport.errors import PortError
from simtool.transport.gateways import default_gateways
from simtool.transport.http import HttpClient, split_host_port

SIM_WORDS = {
    "255": QT_TRANSLATE_NOOP("Discovery", "no SIM"),
    "256": QT_TRANSLATE_NOOP("Discovery", "SIM failure"),
    "257": QT_TRANSLATE_NOOP("Discovery", "SIM ready"),
    "260": QT_TRANSLATE_NOOP("Discovery", "PIN required"),
    "261": QT_TRANSLATE_NOOP("Discovery", "PUK required"),
    "262": QT_TRANSLATE_NOOP("Discovery", "SIM starting"),
}


def _probe(address: str, timeout: float) -> Found | None:
    try:
        host, port = split_host_port(address)
    except ValueError:
        return None
    http = HttpClient(host, port, timeout=timeout)
    try:
        reply = http.request("GET", "/api/device/basic_information")
        try:
            info = parse_answer(reply.body, reply.content_type) if reply.status == 200 else None
        except ApiError:
            info = {}          # a HiLink error answer is still the HiLink API
        if not isinstance(info, dict):
            return None
        name = str(info.get("devicename") or "").strip()
        detail = ""
        try:
            client = HilinkClient(http)
            client.start()
            state = client.get("monitoring/converged-status")
            code = str(state.get("SimState", "")) if isinstance(state, dict) else ""
            words = SIM_WORDS.get(code)
            detail = tr("Discovery", words) if words else tr(
                "Discovery", "SIM state {code}").format(code=code or "?")
        except (ApiError, NotApi, PortError, KeyError, TypeError, ValueError):
            detail = ""
        url = f"hilink://{http.where}"
        return Found(url=url, source="hilink", label=f"Huawei {name}".strip(), detail=detail)
    except (NotApi, PortError):
        return None
    finally:
        http.close()


def discover(timeout: float = 1.0) -> list[Found]:
    gateways = default_gateways()
    if not gateways:
        return []
    with ThreadPoolExecutor(max_workers=len(gateways), thread_name_prefix="hilink-find") as pool:
        found = list(pool.map(lambda address: _probe(address, timeout), gateways))
    return [entry for entry in found if entry is not None]
