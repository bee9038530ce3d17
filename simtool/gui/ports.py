"""Port picker: the ports and modems simtool.sources.port_list finds (USB vendor/model and
the port's role; modems of other sources such as ModemManager), the AT port first.

Listing and probing may take seconds, so they run on a short-lived Python thread; the
result comes back to the GUI thread as a queued signal.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QComboBox, QWidget

log = logging.getLogger(__name__)

SCENARIOS = (
    "healthy", "no-sim", "sim-failure", "sim-busy", "pin-locked", "puk-locked", "radio-off",
    "no-signal", "weak-signal", "searching", "registration-denied", "roaming-not-allowed",
    "wrong-apn", "not-subscribed", "auth-failed", "attach-rejected", "flaky", "reboot",
)


def scenario_choices() -> list[tuple[str, str]]:
    """(name, "name — what it simulates") for the simulated-modem picker, in the
    reader's language, as `simtool simulate --list` describes them."""
    from simtool.sim.scenarios import SCENARIOS as DESCRIBED

    choices = []
    for name in SCENARIOS:
        scenario = DESCRIBED.get(name)
        summary = QCoreApplication.translate("Simulator", scenario.summary) if scenario else ""
        choices.append((name, f"{name} — {summary}" if summary else name))
    return choices


@dataclass(frozen=True)
class PortChoice:
    url: str
    label: str
    likely_at: bool
    modem: bool = True            # False for built-in UARTs and other ports nobody claims
    answers: bool | None = None   # probed: answered AT


def discover(probe: bool = False) -> list[PortChoice]:
    """The picker's entries from simtool.sources.port_list (serial ports with their USB
    vendor/model and role, then modems other sources reach), best first."""
    from simtool.sources.port_list import port_entries

    return [PortChoice(e.url, e.label, e.likely, e.modem, e.answers)
            for e in port_entries(probe=probe)]


class PortScanner(QObject):
    """Runs discover() off the GUI thread; `found` (or `probed`, after probe=True) arrives
    in the GUI thread."""

    found = Signal(object)          # list[PortChoice]
    probed = Signal(object)         # list[PortChoice], each with `answers` set

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.scanning = False

    def scan(self, probe: bool = False) -> None:
        self.scanning = True
        threading.Thread(target=self._run, args=(probe,), name="port-scan",
                         daemon=True).start()

    def _run(self, probe: bool) -> None:
        try:
            ports = discover(probe)
        except Exception:  # noqa: BLE001 - a failed scan means "no ports", not a crash
            log.exception("port discovery failed")
            ports = []
        self.scanning = False
        (self.probed if probe else self.found).emit(ports)


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
        self.setToolTip(self.tr("The modem's AT port, or a URL such as sim://healthy or "
                                "hilink://192.168.8.1"))
        if line is not None:
            line.setPlaceholderText(self.tr("Choose the modem's port, or type a URL "
                                            "(sim://healthy)"))

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
        elif any(p.modem for p in ports):
            self.setCurrentIndex(next(i for i, p in enumerate(ports) if p.modem))
        else:
            # Only built-in serial ports: none is preselected, so nothing suggests that
            # /dev/ttyS0 is a modem; the placeholder says what to do.
            self.setCurrentIndex(-1)
            self.setEditText("")

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
