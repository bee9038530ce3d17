"""Which ports answer AT: probe ports in parallel, tell a modem's AT port from a silent or
diagnostic one, and pick one AT port per USB modem (for `simtool ports --probe` and
`check --all`). Listing and ranking the ports is transport.discovery's job."""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass

import serial

from simtool.at.framing import classify_final
from simtool.at.noise import looks_like_diag
from simtool.i18n import tr
from simtool.sources.discovery import Found
from simtool.transport.discovery import PortCandidate, list_ports, rank
from simtool.transport.errors import PortError


@dataclass(frozen=True)
class ProbeResult:
    url: str
    at: bool                          # something answered AT with a final result code
    reply: str = ""                   # what came back (printable text; binary shown escaped)
    diag: bool = False                # the bytes look like a diagnostic (QCDM/DIAG) port
    error: PortError | None = None    # why the port could not be used, typed

    @property
    def error_kind(self) -> str | None:
        return self.error.kind if self.error is not None else None


def _shown(data: bytes) -> str:
    """Reply text as received, with binary bytes escaped (\\x13) so it prints safely."""
    text = data.decode("ascii", errors="backslashreplace")
    return "".join(ch if ch.isprintable() or ch in "\r\n\t" else f"\\x{ord(ch):02x}"
                   for ch in text)


def _answered_at(data: bytes) -> bool:
    text = data.decode("ascii", errors="replace")
    return any(classify_final(line) is not None for line in re.split(r"[\r\n]+", text) if line)


def probe_one(url: str, *, timeout: float = 1.0) -> ProbeResult:
    """Send `AT` once to `url` and wait up to `timeout` seconds for a final result code."""
    from simtool.transport.doctor import silent_error
    from simtool.transport.port import open_port, port_error_from_io

    deadline = time.monotonic() + timeout
    try:
        port = open_port(url, timeout=timeout)
    except PortError as error:
        return ProbeResult(url, at=False, error=error)
    except ImportError as error:          # sim:// before the simulator is installed
        return ProbeResult(url, at=False, error=PortError(str(error), url=url))
    received = bytearray()
    try:
        port.reset_input_buffer()         # stale bytes from an earlier program are not a reply
        port.write(b"AT\r")
        while (remaining := deadline - time.monotonic()) > 0:
            port.timeout = remaining      # block until bytes arrive or time is up: no polling
            received += port.read(max(1, port.in_waiting))
            if _answered_at(bytes(received)):
                return ProbeResult(url, at=True, reply=_shown(bytes(received)))
            if looks_like_diag(bytes(received)):
                break
    except (OSError, serial.SerialException) as error:
        return ProbeResult(url, at=False, reply=_shown(bytes(received)),
                           error=port_error_from_io(url, error))
    finally:
        try:
            port.close()
        except (OSError, serial.SerialException):
            pass                          # a port that vanished may not close cleanly
    diag = looks_like_diag(bytes(received))
    problem: PortError = silent_error(url, timeout=timeout, other_ports=())
    if diag:
        problem = PortError(tr("Port", "Port {url} is a diagnostic port: it answered AT with "
                             "binary data.").format(url=url), url=url,
                          remedy=tr("Port", "Use the modem's AT port instead; "
                                    "'simtool ports --probe' finds it."))
    return ProbeResult(url, at=False, reply=_shown(bytes(received)), diag=diag, error=problem)


def probe(urls: Sequence[str], *, timeout: float = 1.0) -> list[ProbeResult]:
    """Probe every port at once (one thread each, each with its own `timeout`); results in
    the order of `urls`. Takes about one timeout in total, not the sum."""
    results: list[ProbeResult | None] = [None] * len(urls)

    def work(index: int, url: str) -> None:
        try:
            results[index] = probe_one(url, timeout=timeout)
        except Exception as error:  # noqa: BLE001 - one odd port must not sink the others
            results[index] = ProbeResult(url, at=False, error=PortError(
                tr("Port", "Probing {url} failed: {reason}").format(url=url, reason=error),
                url=url))

    threads = [threading.Thread(target=work, args=(index, url), daemon=True,
                                name=f"probe {url}") for index, url in enumerate(urls)]
    for thread in threads:
        thread.start()
    # Opening can block on a wedged driver; give it a grace period, then report it silent.
    deadline = time.monotonic() + timeout + 2.0
    for thread in threads:
        thread.join(max(0.0, deadline - time.monotonic()))
    from simtool.transport.doctor import silent_error

    return [result if result is not None else ProbeResult(
        url, at=False, error=silent_error(url, timeout=timeout, other_ports=()))
        for url, result in zip(urls, results, strict=True)]


def find_at_port(candidates: Sequence[PortCandidate] | None = None, *,
                 timeout: float = 1.0) -> PortCandidate | None:
    """The best-ranked candidate that answers AT (probing all of them in parallel)."""
    ranked = rank(candidates if candidates is not None else list_ports())
    results = probe([c.device for c in ranked], timeout=timeout)
    for candidate, result in zip(ranked, results, strict=True):
        if result.at:
            return candidate
    return None


def find_modem_ports(candidates: Sequence[PortCandidate] | None = None, *,
                     timeout: float = 1.0) -> list[str]:
    """One AT port per USB modem on this computer (for `check --all`), best first."""
    return [c.device for c in _modem_ports(candidates, timeout)]


def _modem_ports(candidates: Sequence[PortCandidate] | None,
                 timeout: float) -> list[PortCandidate]:
    listed = rank(candidates if candidates is not None else list_ports())
    usb = [c for c in listed if c.vid is not None and c.role not in ("diag", "gps")]
    results = probe([c.device for c in usb], timeout=timeout)
    chosen: dict[str, PortCandidate] = {}
    for candidate, result in zip(usb, results, strict=True):
        key = candidate.usb_device or candidate.device
        if result.at and key not in chosen:
            chosen[key] = candidate      # `usb` is ranked, so the first to answer is the best
    return rank(chosen.values())


def discover(timeout: float) -> list[Found]:
    """The AT source's part of simtool.sources.discovery: one AT port per USB modem."""
    return [Found(c.device, "at", c.product or c.description or "", c.role,
                  device_key=f"usb:{c.usb_device}" if c.usb_device else None)
            for c in _modem_ports(None, timeout)]
