"""sim://SCENARIO?vendor=NAME&latency=MS&operator=MCCMNC&seed=N&instance=NAME

A pyserial port whose other end is the simulated modem. Also `sim://?scenario=NAME`.
Extra parameters: busy=SECONDS (sim-busy), cause=N (reject/session cause), after=K
(reboot: reset on the K-th command), scan=SECONDS (AT+COPS=? duration),
mode=redirect|cut|throttle (quota-exhausted), bind=silent|pdn-reject|attach-reject
(device-bound), inbox=none|read|unread (the stored SMS: none, all read, or as stored).
Forced behaviours for any scenario (see simtool.sim.modem): busy_replies=N (the SIM answers
its first N reads with "SIM busy", then is ready), interleave=creg,cereg,ring,rssi (URCs
between the lines of multi-line replies), no_final=CSQ,COPS (those commands' replies never
get their final result code), refuse=CGMI,CGDCONT= (those commands are answered with a
plain ERROR: a name alone in every form, a name ending in "=" only in its set form, so
refuse=CGDCONT= lets AT+CGDCONT? answer and refuses AT+CGDCONT=1,...). esim=1: the card is
an eUICC (EID, one enabled profile for the network) instead of a plain UICC; the esim-*
scenarios are eUICCs anyway. timescale=F: the simulated network's waits (the results a
modem's TCP/IP stack reports after OK, a lost ping's timeout) times F: timescale=0.01 gives
the same answers a hundred times sooner.

Opening a port validates the whole URL but builds no modem: a fresh modem is built at the
port's first write, inside that command's latency, so this module stays light (no
simtool.sim.modem, dataclasses, typing or random before the first byte). An `instance=NAME`
port gets its modem at open, since the named modem may exist already and be unplugged.
"""

from __future__ import annotations

import time
import urllib.parse

from serial.serialutil import PortNotOpenError, SerialException

from simtool.sim import instances
from simtool.sim.config import (
    BINDS,
    INBOX_STATES,
    MODES,
    SCENARIO_NAMES,
    SMS_STORES,
    VENDOR_NAMES,
    Config,
    choice,
    operator_digits,
    parse_command_list,
    parse_interleave,
    parse_refusals,
)
from simtool.sim.link import Link, Vanished
from simtool.transport.virtual import VirtualPort

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (mypy knows the name)
if TYPE_CHECKING:
    from simtool.sim.modem import Modem

_VANISHED = ("device reports readiness to read but returned no data "
             "(device disconnected or multiple access on port?)")


class SimUrl:
    """A parsed sim:// URL (a plain class: dataclasses is too heavy for opening a port)."""

    __slots__ = ("config", "latency", "instance")

    def __init__(self, config: Config, latency: float, instance: str | None) -> None:
        self.config = config
        self.latency = latency  # seconds
        self.instance = instance

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SimUrl):
            return NotImplemented
        return (self.config, self.latency, self.instance) == (
            other.config, other.latency, other.instance)

    def __repr__(self) -> str:
        return f"SimUrl({self.config!r}, latency={self.latency!r}, instance={self.instance!r})"


def parse_sms_store(value: str) -> str:
    """"SM" or "ME" (any case); ValueError otherwise."""
    store = value.strip().upper()
    if store not in SMS_STORES:
        raise ValueError(f"sms_store must be one of {', '.join(SMS_STORES)}")
    return store


def _flag(text: str) -> bool:
    value = text.strip().lower()
    if value not in ("0", "1", "true", "false", "yes", "no"):
        raise ValueError(f"esim must be 1 or 0, not {text!r}")
    return value in ("1", "true", "yes")


def parse_url(url: str) -> SimUrl:
    """Parse a sim:// URL; ValueError with a helpful sentence when it is wrong."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme != "sim":
        raise ValueError(f"not a sim:// URL: {url!r}")
    query = {k.lower(): v for k, v in urllib.parse.parse_qsl(parts.query)}
    name = (parts.netloc + parts.path).strip("/") or query.pop("scenario", "healthy")
    query.pop("scenario", None)
    if name not in SCENARIO_NAMES:
        raise ValueError(f"unknown scenario {name!r}; choose from {', '.join(SCENARIO_NAMES)}")
    vendor = query.pop("vendor", "generic").lower()
    if vendor not in VENDOR_NAMES:
        raise ValueError(f"unknown vendor {vendor!r}; choose from {', '.join(VENDOR_NAMES)}")
    operator = query.pop("operator", "46000")
    operator_digits(operator)  # validates; the modem's network() normalises it again
    try:
        config = Config(
            scenario=name, vendor=vendor, operator=operator,
            seed=int(query.pop("seed", "0")),
            busy_seconds=float(query.pop("busy", "3")),
            cause=int(query["cause"]) if "cause" in query else None,
            reboot_after=int(query.pop("after", str(Config().reboot_after))),
            scan_seconds=float(query.pop("scan", "2")),
            busy_replies=int(query.pop("busy_replies", "0")),
            interleave=parse_interleave(query.pop("interleave", "")),
            no_final=parse_command_list(query.pop("no_final")) if "no_final" in query else (),
            sms_seconds=max(0.0, float(query.pop("sms", "0.5"))),
            sms_store=(parse_sms_store(query.pop("sms_store"))
                       if "sms_store" in query else None),
            esim=_flag(query.pop("esim", "0")),
            mode=choice("mode", query.pop("mode"), MODES) if "mode" in query else None,
            bind=choice("bind", query.pop("bind"), BINDS) if "bind" in query else None,
            inbox=choice("inbox", query.pop("inbox", "unread"), INBOX_STATES),
            refuse=parse_refusals(query.pop("refuse")) if "refuse" in query else (),
            timescale=float(query.pop("timescale", "1")),
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
    if not config.timescale > 0:
        raise ValueError("timescale must be above 0")
    return SimUrl(config, latency, instance)


def new_modem(config: Config, powered_at: float | None = None) -> Modem:
    """A modem built from `config` (imports the interpreter: call it as late as possible)."""
    from simtool.sim.modem import Modem

    return Modem(config, powered_at=powered_at)


def open_modem(url: SimUrl) -> Modem:
    """The modem behind `url`, built now: shared by name when `instance` is given, else a
    fresh one. (Ports of fresh modems build them later, see Serial.open.)"""
    if url.instance:
        return instances.get_or_create(url.instance, lambda: new_modem(url.config))
    return new_modem(url.config)


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
        if url.instance:
            modem = open_modem(url)
            if not modem.plugged:
                raise SerialException(
                    2, f"could not open port {self._port}: [Errno 2] No such file or directory")
            self._link = Link(modem, url.latency)
        else:
            # A fresh modem is switched on now and built at the first write.
            opened_at = time.monotonic()
            config = url.config
            self._link = Link(lambda: new_modem(config, powered_at=opened_at), url.latency)
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
