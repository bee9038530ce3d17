"""Port picker: the ports discovery finds, with their USB description, the AT port first.

Discovery may probe ports (seconds on a silent one), so it runs on a short-lived Python
thread; the result comes back to the GUI thread as a queued signal.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QWidget

log = logging.getLogger(__name__)

SCENARIOS = (
    "healthy", "no-sim", "sim-failure", "sim-busy", "pin-locked", "puk-locked", "radio-off",
    "no-signal", "weak-signal", "searching", "registration-denied", "roaming-not-allowed",
    "wrong-apn", "not-subscribed", "auth-failed", "attach-rejected", "flaky", "reboot",
)


@dataclass(frozen=True)
class PortChoice:
    url: str
    label: str
    likely_at: bool
    modem: bool = True            # False for built-in UARTs and other ports nobody claims


def _choice(candidate: Any) -> PortChoice:
    device = str(getattr(candidate, "device", candidate))
    description = getattr(candidate, "description", None)
    role = getattr(candidate, "role", None)
    model = getattr(candidate, "modem", None)
    label = device
    if model or (description and description not in ("n/a", device)):
        label += f" \u2014 {model or description}"
    if role and role != "unknown":
        label += f" [{role.upper()}]"
    is_modem = bool(model) or role in ("at", "ppp", "diag", "gps")
    return PortChoice(device, label, role == "at", is_modem)


def discover() -> list[PortChoice]:
    """Ranked candidates from transport.discovery, best first; [] when it finds none."""
    try:
        from simtool.transport.discovery import list_ports
    except ImportError:
        log.warning("port discovery is not available")
        return []
    candidates = list(list_ports())
    candidates.sort(key=lambda c: getattr(c, "score", 0) or 0, reverse=True)
    return managed_choices() + [_choice(c) for c in candidates]


def managed_choices() -> list[PortChoice]:
    """ModemManager's modems (mm://N, Linux), first: a modem it manages is checked through
    it. From simtool.sources.discovery.listed_modems, which probes no port."""
    try:
        from simtool.sources.discovery import listed_modems

        found = listed_modems()
    except Exception:  # noqa: BLE001 - no ModemManager means no such entries, not a crash
        log.debug("listing ModemManager's modems failed", exc_info=True)
        return []
    return [PortChoice(entry.url, f"{entry.url} \u2014 {entry.label} (ModemManager)", True)
            for entry in found]


class PortScanner(QObject):
    """Runs discover() off the GUI thread; `found` arrives in the GUI thread."""

    found = Signal(object)          # list[PortChoice]

    def scan(self) -> None:
        threading.Thread(target=self._run, name="port-scan", daemon=True).start()

    def _run(self) -> None:
        try:
            ports = discover()
        except Exception:  # noqa: BLE001 - a failed scan means "no ports", not a crash
            log.exception("port discovery failed")
            ports = []
        self.found.emit(ports)


class PortCombo(QComboBox):
    """Editable: a URL (sim://..., socket://...) can be typed as well as picked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setMinimumContentsLength(28)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setAccessibleName(self.tr("Modem port"))
        line = self.lineEdit()
        if line is not None:
            line.setAccessibleName(self.tr("Modem port or URL"))
        self.setToolTip(self.tr("The modem's AT port, or a URL such as sim://healthy"))

    def set_ports(self, ports: list[PortChoice], preferred: str | None) -> None:
        typed = self.current_url()
        self.clear()
        for port in ports:
            self.addItem(port.label, port.url)
        target = preferred or typed
        at_ports = [i for i, p in enumerate(ports) if p.likely_at]
        listed = target and self.findData(target) >= 0
        if target and (listed or "://" in target or not at_ports):
            # Keep what the user chose or typed (a sim:// URL is in no list).
            self.set_url(target)
        elif at_ports:
            # The likely AT port (discovery ranks it first), also when the remembered port
            # is gone (the modem came back under another name).
            self.setCurrentIndex(at_ports[0])
        elif ports:
            self.setCurrentIndex(0)

    def current_url(self) -> str:
        text = self.currentText().strip()
        index = self.findText(text)
        if index >= 0 and self.itemData(index):
            return str(self.itemData(index))
        return text

    def set_url(self, url: str) -> None:
        index = self.findData(url)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(url)
