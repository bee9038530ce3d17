"""A pyserial URL handler for a modem that vanishes mid-command (issue 21, hole 5).

    vanish://SCENARIO?fail=write|read&after=BYTES&error=serial|eio[&<sim:// parameters>]

The port is the simulated modem's own (simtool.sim.urlhandler.protocol_sim.Serial, so a real
AT interpreter answers), until `after` bytes have gone the `fail` way: then that write or read
fails as a USB serial port does when its device leaves, with pyserial's SerialException
("write failed: [Errno 5] ...", "device reports readiness to read but returned no data") or
a bare OSError EIO (`error=eio`). From then on `fail=write` fails every write (reads go on,
and nothing more comes: a client that ignored the failed write would wait for a reply in
vain), `fail=read` fails every read, in_waiting and write (the device is gone).
Without `fail` it only counts the bytes (`written`, `read_bytes`), to find points to fail at.

`register()` makes pyserial know the scheme (in this process; a child process imports this
module and calls it too). The last port opened is `LAST[0]`.
"""

from __future__ import annotations

import errno
import sys
import types
import urllib.parse

import serial
from serial.serialutil import SerialException

from simtool.sim.urlhandler import protocol_sim

PACKAGE = "simtool_test_vanishing"
LAST: list[Serial] = []


def register() -> None:
    """pyserial finds `vanish://` through a package of handlers, like sim:// and loop://."""
    if PACKAGE not in sys.modules:
        package = types.ModuleType(PACKAGE)
        package.__path__ = []
        sys.modules[PACKAGE] = package
        sys.modules[f"{PACKAGE}.protocol_vanish"] = sys.modules[__name__]
    if PACKAGE not in serial.protocol_handler_packages:
        serial.protocol_handler_packages.append(PACKAGE)
    from simtool.sim import urlhandler

    urlhandler.register()


class Serial(protocol_sim.Serial):  # type: ignore[misc]
    fail: str | None = None
    after = 0
    error = "serial"
    written = 0
    read_bytes = 0
    gone = False

    def open(self) -> None:
        parts = urllib.parse.urlsplit(self._port)
        query = dict(urllib.parse.parse_qsl(parts.query))
        self.fail = query.pop("fail", None)
        if self.fail not in (None, "write", "read"):
            raise SerialException(f"vanish://: fail must be write or read, not {self.fail!r}")
        self.after = int(query.pop("after", "0"))
        self.error = query.pop("error", "serial")
        url = self._port
        self._port = urllib.parse.urlunsplit(
            ("sim", parts.netloc, parts.path, urllib.parse.urlencode(query), ""))
        try:
            super().open()
        finally:
            self._port = url
        LAST[:] = [self]

    def _gone(self, what: str) -> OSError:
        self.gone = True
        if self.error == "eio":
            return OSError(errno.EIO, "Input/output error")
        if what == "write":
            return SerialException("write failed: [Errno 5] Input/output error")
        return SerialException(protocol_sim._VANISHED)

    def _check(self, what: str) -> None:
        if self.gone and (what == "write" or self.fail == "read"):
            raise self._gone(what)

    @property
    def in_waiting(self) -> int:
        self._check("read")
        if self.fail == "read" and self.read_bytes >= self.after:
            raise self._gone("read")        # as pyserial's ioctl(TIOCINQ) fails: EIO
        return int(super().in_waiting)

    def write(self, data: bytes | bytearray | memoryview) -> int:
        self._check("write")
        payload = bytes(data)
        if self.fail == "write" and self.written + len(payload) > self.after:
            # The part before the limit went out; the rest never does.
            part = payload[: max(0, self.after - self.written)]
            if part:
                super().write(part)
                self.written += len(part)
            raise self._gone("write")
        self.written += len(payload)
        return int(super().write(payload))

    def read(self, size: int = 1) -> bytes:
        self._check("read")
        if self.fail == "read" and self.read_bytes >= self.after:
            raise self._gone("read")
        if self.fail == "read":
            size = min(size, self.after - self.read_bytes)
        data = bytes(super().read(size))
        self.read_bytes += len(data)
        return data
