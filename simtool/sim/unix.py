"""Serve one simulated modem on a unix stream socket, for programs that connect to one.

ModemManager's test profiles (Test.SetProfile) open their AT port as a unix socket, so the
real ModemManager can drive the simulated modem through this server. `abstract:NAME` listens
in Linux's abstract namespace (no file; gone when the server ends), any other address is a
socket file, removed again on close.

One thread, one select() loop, like the pty server: each client that connects gets its own
Link to the same Modem (the state lives in the Modem, so a client that reconnects, or a
second one, sees the same modem); replies come out when their Link says they are due.
"""

from __future__ import annotations

import contextlib
import os
import selectors
import socket
import threading
import time

from simtool.sim.link import Link, Vanished
from simtool.sim.modem import Modem

ABSTRACT_PREFIX = "abstract:"
# A client that does not read gets its output dropped past this, as on a real UART.
_MAX_PENDING_OUTPUT = 64 * 1024


def socket_address(address: str) -> str:
    """What socket.bind/connect take for `address`. An abstract name is the whole string,
    prefix included, after a NUL: that is the name ModemManager connects to for a test
    profile port "abstract:NAME" (seen with strace on ModemManager 1.20)."""
    if address.startswith(ABSTRACT_PREFIX):
        if address == ABSTRACT_PREFIX:
            raise ValueError("abstract: needs a name, e.g. abstract:simtool-modem")
        return "\0" + address
    if not address:
        raise ValueError("the socket needs a path or abstract:NAME")
    return address


class _Client:
    def __init__(self, connection: socket.socket, link: Link) -> None:
        self.connection = connection
        self.link = link
        self.out = bytearray()


class UnixServer:
    def __init__(self, modem: Modem, address: str, latency: float = 0.0) -> None:
        self.modem = modem
        self.address = address
        self.latency = latency
        self._file = None if address.startswith(ABSTRACT_PREFIX) else address
        self._listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            if self._file is not None and os.path.exists(self._file):
                self._remove_stale_socket(self._file)
            self._listener.bind(socket_address(address))
            self._listener.listen(4)
        except BaseException:
            self._listener.close()
            raise
        self._listener.setblocking(False)
        self._wake_r, self._wake_w = os.pipe()
        os.set_blocking(self._wake_r, False)
        os.set_blocking(self._wake_w, False)
        self._stop = threading.Event()
        self._clients: dict[int, _Client] = {}
        self._selector = selectors.DefaultSelector()

    @staticmethod
    def _remove_stale_socket(path: str) -> None:
        """A socket file left by a server that died is replaced; one that still answers, or
        any other file, is not (binding then fails with 'address in use')."""
        probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            probe.connect(path)
        except ConnectionRefusedError:
            os.unlink(path)
        except OSError:
            pass
        finally:
            probe.close()

    def _wake(self) -> None:
        try:
            os.write(self._wake_w, b"!")
        except OSError:
            pass  # already woken (pipe full) or closing

    def stop(self) -> None:
        """Ask serve() to return; safe from signal handlers and other threads."""
        self._stop.set()
        self._wake()

    def serve(self) -> None:
        """Serve until stop() is called."""
        selector = self._selector
        selector.register(self._listener, selectors.EVENT_READ, "listen")
        selector.register(self._wake_r, selectors.EVENT_READ, "wake")
        while not self._stop.is_set():
            for key, _mask in selector.select(self._timeout()):
                if key.data == "listen":
                    self._accept()
                elif key.data == "wake":
                    self._drain_wake()
                else:
                    self._read_client(key.data)
            for client in list(self._clients.values()):
                client.out += client.link.take_ready()
                if client.link.vanished:
                    self._drop(client)      # the modem was unplugged: the socket closes
                else:
                    self._flush(client)

    def _timeout(self) -> float | None:
        dues = [due for client in self._clients.values()
                if (due := client.link.next_due()) is not None]
        if any(client.out for client in self._clients.values()):
            dues.append(time.monotonic() + 0.05)   # a slow reader: try again soon
        if not dues:
            return None
        return max(0.0, min(dues) - time.monotonic())

    def _drain_wake(self) -> None:
        try:
            while os.read(self._wake_r, 512):
                pass
        except BlockingIOError:
            pass

    def _accept(self) -> None:
        try:
            connection, _ = self._listener.accept()
        except BlockingIOError:
            return
        connection.setblocking(False)
        client = _Client(connection, Link(self.modem, self.latency, on_ready=self._wake))
        self._clients[connection.fileno()] = client
        self._selector.register(connection, selectors.EVENT_READ, client)

    def _read_client(self, client: _Client) -> None:
        try:
            data = client.connection.recv(4096)
        except BlockingIOError:
            return
        except OSError:
            data = b""
        if not data:
            self._drop(client)
            return
        try:
            client.link.feed(data)
        except Vanished:
            self._drop(client)

    def _flush(self, client: _Client) -> None:
        if not client.out:
            return
        try:
            sent = client.connection.send(bytes(client.out))
            del client.out[:sent]
        except BlockingIOError:
            pass
        except OSError:
            self._drop(client)
            return
        if len(client.out) > _MAX_PENDING_OUTPUT:
            client.out.clear()

    def _drop(self, client: _Client) -> None:
        if self._clients.pop(client.connection.fileno(), None) is None:
            return
        with contextlib.suppress(KeyError, ValueError):
            self._selector.unregister(client.connection)
        client.link.close()
        client.connection.close()

    def close(self) -> None:
        for client in list(self._clients.values()):
            self._drop(client)
        self._selector.close()
        self._listener.close()
        for fd in (self._wake_r, self._wake_w):
            with contextlib.suppress(OSError):
                os.close(fd)
        if self._file is not None:
            with contextlib.suppress(OSError):
                os.unlink(self._file)
