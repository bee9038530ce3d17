"""sim://SCENARIO?vendor=NAME&latency=MS&operator=MCCMNC&seed=N&instance=NAME

A pyserial port whose other end is the simulated modem. Also `sim://?scenario=NAME`.
Extra parameters: busy=SECONDS (sim-busy), cause=N (reject/session cause), after=K
(reboot: reset on the K-th command), scan=SECONDS (AT+COPS=? duration).
Forced behaviours for any scenario (see simtool.sim.modem): busy_replies=N (the SIM answers
its first N reads with "SIM busy", then is ready), interleave=creg,cereg,ring,rssi (URCs
between the lines of multi-line replies), no_final=CSQ,COPS (those commands' replies never
get their final result code).
"""

from __future__ import annotations

import urllib.parse
from dataclasses import dataclass

from serial.serialutil import PortNotOpenError, SerialException

from simtool.sim import instances
from simtool.sim.link import Link, Vanished
from simtool.sim.modem import Config, Modem, parse_command_list, parse_interleave
from simtool.sim.personalities import PERSONALITIES
from simtool.sim.scenarios import SCENARIOS, network
from simtool.transport.virtual import VirtualPort

_VANISHED = ("device reports readiness to read but returned no data "
             "(device disconnected or multiple access on port?)")


@dataclass(frozen=True)
class SimUrl:
    config: Config
    latency: float  # seconds
    instance: str | None


def parse_url(url: str) -> SimUrl:
    """Parse a sim:// URL; ValueError with a helpful sentence when it is wrong."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme != "sim":
        raise ValueError(f"not a sim:// URL: {url!r}")
    query = {k.lower(): v for k, v in urllib.parse.parse_qsl(parts.query)}
    name = (parts.netloc + parts.path).strip("/") or query.pop("scenario", "healthy")
    query.pop("scenario", None)
    if name not in SCENARIOS:
        raise ValueError(f"unknown scenario {name!r}; choose from {', '.join(SCENARIOS)}")
    vendor = query.pop("vendor", "generic").lower()
    if vendor not in PERSONALITIES:
        raise ValueError(f"unknown vendor {vendor!r}; choose from {', '.join(PERSONALITIES)}")
    operator = query.pop("operator", "46000")
    network(operator)  # validates
    try:
        config = Config(
            scenario=name, vendor=vendor, operator=operator,
            seed=int(query.pop("seed", "0")),
            busy_seconds=float(query.pop("busy", "3")),
            cause=int(query["cause"]) if "cause" in query else None,
            reboot_after=int(query.pop("after", str(Config.reboot_after))),
            scan_seconds=float(query.pop("scan", "2")),
            busy_replies=int(query.pop("busy_replies", "0")),
            interleave=parse_interleave(query.pop("interleave", "")),
            no_final=parse_command_list(query.pop("no_final")) if "no_final" in query else (),
        )
        query.pop("cause", None)
        latency = float(query.pop("latency", "0")) / 1000.0
    except ValueError as error:
        raise ValueError(f"bad value in {url!r}: {error}") from None
    instance = query.pop("instance", None)
    if query:
        raise ValueError(f"unknown sim:// parameter(s): {', '.join(sorted(query))}")
    if latency < 0:
        raise ValueError("latency must not be negative")
    return SimUrl(config, latency, instance)


def open_modem(url: SimUrl) -> Modem:
    """The modem behind `url`: shared by name when `instance` is given, else a fresh one."""
    if url.instance:
        return instances.get_or_create(url.instance, lambda: Modem(url.config))
    return Modem(url.config)


class Serial(VirtualPort):
    """pyserial port class for sim:// URLs."""

    _link: Link | None = None
    is_open: bool

    def open(self) -> None:
        if self._port is None:
            raise SerialException("Port must be configured before it can be used.")
        if self.is_open:
            raise SerialException("Port is already open.")
        try:
            url = parse_url(self._port)
        except ValueError as error:
            raise SerialException(f"could not open port {self._port}: {error}") from None
        modem = open_modem(url)
        if not modem.plugged:
            raise SerialException(
                2, f"could not open port {self._port}: [Errno 2] No such file or directory")
        self._link = Link(modem, url.latency)
        self.is_open = True

    def close(self) -> None:
        if self._link is not None:
            self._link.close()
        self.is_open = False

    def _live_link(self) -> Link:
        if not self.is_open or self._link is None:
            raise PortNotOpenError()
        if self._link.vanished:
            raise SerialException(_VANISHED)
        return self._link

    @property
    def in_waiting(self) -> int:
        return self._live_link().in_waiting()

    def write(self, data: bytes | bytearray | memoryview) -> int:
        link = self._live_link()
        payload = bytes(data)
        try:
            link.feed(payload)
        except Vanished:
            raise SerialException("write failed: [Errno 5] Input/output error") from None
        return len(payload)

    def read(self, size: int = 1) -> bytes:
        link = self._live_link()
        try:
            return link.read(size, self._timeout)
        except Vanished:
            raise SerialException(_VANISHED) from None

    def cancel_read(self) -> None:
        if self._link is not None:
            self._link.cancel_read()

    def cancel_write(self) -> None:
        pass

    def reset_input_buffer(self) -> None:
        self._live_link().reset_input()

    def reset_output_buffer(self) -> None:
        self._live_link()
