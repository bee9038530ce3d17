"""The ports and modems a person can pick from (the app's port picker), without Qt.

One entry per modem another program manages (ModemManager's `mm://N`:
simtool.sources.discovery.LISTERS), then one per serial port this computer lists, with the
USB vendor and model and what the port is for (AT, data, diagnostics, GPS), then one per
stick or router found on the network (`hilink://`, `zte://`: WEB_DISCOVERERS). Listing
sends nothing to any serial port.
`probe=True` also asks every serial port whether it answers AT (what `simtool ports
--probe` does: a plain `AT`, all ports at once, about one timeout in total).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from simtool.i18n import QT_TRANSLATE_NOOP, tr
from simtool.log import get_logger
from simtool.sources.discovery import Found
from simtool.transport.discovery import PortCandidate

log = get_logger(__name__)

CTX = "Ports"

# What each role means, as the picker says it.
ROLE_WORDS = {
    "at": QT_TRANSLATE_NOOP(CTX, "AT port"),
    "ppp": QT_TRANSLATE_NOOP(CTX, "data (PPP) port"),
    "diag": QT_TRANSLATE_NOOP(CTX, "diagnostic port"),
    "gps": QT_TRANSLATE_NOOP(CTX, "GPS port"),
    "modem": QT_TRANSLATE_NOOP(CTX, "modem"),
}


@dataclass(frozen=True)
class PortEntry:
    url: str                      # what --port takes
    label: str                    # for people: "/dev/ttyUSB2 — Quectel EC25 · AT port"
    role: str                     # at, ppp, diag, gps, unknown; "modem" for a whole modem
    source: str = "at"            # port.via of the source that reads it
    vendor_model: str | None = None   # "Quectel EC25/EG25-G" from the USB ids/descriptors
    modem: bool = True            # part of a modem (not a built-in UART nobody claims)
    likely: bool = False          # the one to check first
    answers: bool | None = None   # probed: answered AT; None when not probed


def role_words(role: str) -> str | None:
    english = ROLE_WORDS.get(role)
    return tr(CTX, english) if english else None


def vendor_model(candidate: PortCandidate) -> str | None:
    """The modem's maker and model: the known-modem table, else the USB descriptors."""
    if candidate.modem:
        return candidate.modem
    parts = [p for p in (candidate.manufacturer, candidate.product) if p]
    if parts and len(parts) == 2 and parts[1].lower().startswith(parts[0].lower()):
        parts = parts[1:]          # "Quectel" + "Quectel EC25" -> "Quectel EC25"
    text = " ".join(parts) or candidate.description
    return text if text and text not in ("n/a", candidate.device) else None


def _label(url: str, model: str | None, role: str | None, answers: bool | None) -> str:
    words = [w for w in (model, role_words(role) if role else None) if w]
    label = url + (" \u2014 " + " \u00b7 ".join(words) if words else "")
    if answers is True:
        label += " \u00b7 " + tr(CTX, "answers AT")
    elif answers is False:
        label += " \u00b7 " + tr(CTX, "silent")
    return label


def serial_entries(candidates: list[PortCandidate],
                   answers: dict[str, bool] | None = None) -> list[PortEntry]:
    """Entries for listed serial ports, in the order given (ranked: likely AT first)."""
    entries = []
    for candidate in candidates:
        model = vendor_model(candidate)
        answered = answers.get(candidate.device) if answers is not None else None
        is_modem = bool(candidate.modem) or candidate.role in ("at", "ppp", "diag", "gps") \
            or bool(answered)
        likely = answered if answers is not None else candidate.role == "at"
        entries.append(PortEntry(
            url=candidate.device, label=_label(candidate.device, model, candidate.role,
                                               answered),
            role=candidate.role, vendor_model=model, modem=is_modem, likely=bool(likely),
            answers=answered))
    return entries


# How the picker names the source of a modem it did not find as a serial port.
SOURCE_NAMES = {"modemmanager": "ModemManager", "hilink": "HiLink", "zte": "ZTE"}


def _found_entry(found: Found) -> PortEntry:
    source = SOURCE_NAMES.get(found.source, found.source)
    label = f"{found.url} \u2014 {found.label or tr(CTX, 'modem')} ({source})"
    if found.detail:
        label += f" \u00b7 {found.detail}"
    return PortEntry(url=found.url, label=label, role="modem", source=found.source,
                     vendor_model=found.label or None, modem=True, likely=True)


def managed_entries(timeout: float) -> list[PortEntry]:
    """Modems another program manages (ModemManager's mm://N): what
    simtool.sources.discovery.listed_modems gives, which probes no port."""
    from simtool.sources import discovery

    return [_found_entry(found) for found in discovery.listed_modems(timeout)]


def web_entries(timeout: float) -> list[PortEntry]:
    """Sticks and routers without an AT port, found on the network adapters' gateways
    (hilink://, zte://: simtool.sources.discovery.WEB_DISCOVERERS, which send nothing to
    serial ports)."""
    from simtool.sources import discovery

    names = getattr(discovery, "WEB_DISCOVERERS", ())
    return [_found_entry(found) for found in discovery.discover_all(timeout, names=names)] \
        if names else []


def _safely(what: str, lister: Callable[[float], list[PortEntry]], timeout: float,
            into: list[PortEntry]) -> None:
    try:
        into.extend(lister(timeout))
    except Exception:  # noqa: BLE001 - another source failing must not hide the serial ports
        log.warning("listing %s failed", what, exc_info=True)


def port_entries(*, probe: bool = False, timeout: float = 1.0) -> list[PortEntry]:
    """Everything the picker lists, best first: modems ModemManager manages (a modem it
    manages is checked through it), the serial ports (the likely AT port first; with
    `probe`, the ports that answered AT), then sticks and routers on the network."""
    import threading

    from simtool.transport.discovery import list_ports

    web: list[PortEntry] = []
    finder = threading.Thread(target=_safely, args=("sticks and routers", web_entries,
                                                    timeout, web),
                              name="find web devices", daemon=True)
    finder.start()
    managed: list[PortEntry] = []
    _safely("managed modems", managed_entries, max(timeout, 2.0), managed)
    candidates = list_ports()
    answers: dict[str, bool] | None = None
    if probe and candidates:
        from simtool.sources.at.probe import probe as probe_ports

        results = probe_ports([c.device for c in candidates], timeout=timeout)
        answers = {r.url: r.at for r in results}
    entries = serial_entries(candidates, answers)
    if answers is not None:
        # Ports that answered first, in rank order: the picker selects the first.
        entries.sort(key=lambda e: not e.answers)
    finder.join()
    return managed + entries + web
