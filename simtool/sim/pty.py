"""Serve one simulated modem on a pseudo-terminal, for programs that only open device paths.

One thread, one select() loop: bytes from the client go to the interpreter through a Link,
replies come out when the Link says they are due (the select timeout), never by polling.
The server keeps its own handle on the slave side open, so a client may close and reopen
the device any number of times without the master seeing EIO/HUP in between; the state
lives in the Modem, so every client sees the same modem.
"""

from __future__ import annotations

import errno
import os
import selectors
import threading
import time
import tty

from simtool.sim.link import Link
from simtool.sim.modem import Modem

# Without a reader the output has nowhere to go; a real UART drops it too.
_MAX_PENDING_OUTPUT = 64 * 1024
# When no one holds the slave open the master reports EIO; wait this long before retrying.
_REOPEN_WAIT = 0.05


class PtyServer:
    def __init__(self, modem: Modem, latency: float = 0.0, hold_slave: bool = True) -> None:
        self.modem = modem
        self._master, slave = os.openpty()
        tty.setraw(slave)
        self.path = os.ttyname(slave)
        # Holding the slave open spares the clients EIO gaps and stale line settings.
        self._slave: int | None = slave
        if not hold_slave:
            os.close(slave)
            self._slave = None
        os.set_blocking(self._master, False)
        self._wake_r, self._wake_w = os.pipe()
        os.set_blocking(self._wake_r, False)
        os.set_blocking(self._wake_w, False)
        self._stop = threading.Event()
        self._out = bytearray()
        self.link = Link(modem, latency, on_ready=self._wake)

    def _wake(self) -> None:
        try:
            os.write(self._wake_w, b"!")
        except (BlockingIOError, OSError):
            pass  # already woken (pipe full) or closing

    def stop(self) -> None:
        """Ask serve() to return; safe from signal handlers and other threads."""
        self._stop.set()
        self._wake()

    def serve(self) -> None:
        """Serve until stop() is called."""
        selector = selectors.DefaultSelector()
        selector.register(self._master, selectors.EVENT_READ, "master")
        selector.register(self._wake_r, selectors.EVENT_READ, "wake")
        try:
            while not self._stop.is_set():
                events = selector.select(self._timeout())
                for key, _mask in events:
                    if key.data == "wake":
                        self._drain_wake()
                    elif not self._read_client():
                        self._stop.wait(_REOPEN_WAIT)
                self._out += self.link.take_ready()
                self._flush()
        finally:
            selector.close()

    def _timeout(self) -> float | None:
        if self._out:
            return _REOPEN_WAIT  # the client is slow to read: try again soon
        due = self.link.next_due()
        if due is None:
            return None
        return max(0.0, due - time.monotonic())

    def _drain_wake(self) -> None:
        try:
            while os.read(self._wake_r, 512):
                pass
        except BlockingIOError:
            pass

    def _read_client(self) -> bool:
        """Feed the client's bytes to the modem; False when no client has the device open."""
        try:
            data = os.read(self._master, 4096)
        except BlockingIOError:
            return True
        except OSError as error:
            if error.errno == errno.EIO:
                return False
            raise
        if not data:
            return False
        self.link.feed(data)
        return True

    def _flush(self) -> None:
        if not self._out:
            return
        try:
            written = os.write(self._master, bytes(self._out))
            del self._out[:written]
        except BlockingIOError:
            pass
        except OSError as error:
            if error.errno != errno.EIO:
                raise
            self._out.clear()  # no client: the bytes are lost, as on a real port
        if len(self._out) > _MAX_PENDING_OUTPUT:
            self._out.clear()

    def close(self) -> None:
        self.link.close()
        for fd in (self._master, self._wake_r, self._wake_w, self._slave):
            if fd is not None:
                try:
                    os.close(fd)
                except OSError:
                    pass
