"""A small HTTP client for devices that are read over their web API (HiLink sticks, ZTE
pocket routers): standard library only, bounded, and with the port layer's typed errors.

Why not `requests`: it is not needed for a few GETs and POSTs on a LAN, costs ~100 ms to
import, and its redirects, retries and exceptions would each need translating anyway. Here:
- one keep-alive connection per thread, so a source may read several endpoints at once;
- cookies the device sets (its session id) are kept and sent back, nothing more;
- redirects are never followed: a 302 (usually to a login page) is the caller's to judge;
- a body larger than MAX_BODY, a reply that is not HTTP, a timeout or a refused connection
  become PortError subclasses that say what to do, never a traceback;
- every request and reply goes to `record(dir, text)` after `mask(text)`, so passwords and
  tokens never reach the transcript.
"""

from __future__ import annotations

import http.client
import socket
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from simtool.i18n import tr
from simtool.transport.errors import PortError, PortNotFound, PortSilent

MAX_BODY = 1 << 20          # a status page is a few kB; a megabyte is plenty
RECORDED_CHARS = 4000       # what one transcript entry keeps of a body

Recorder = Callable[[str, str], None]     # (direction "tx"|"rx", text)


class HttpCancelled(PortError):
    """The request was cut off by cancel()."""


@dataclass
class HttpReply:
    status: int
    reason: str
    headers: dict[str, str]          # lower-case names; the last value of a repeated one
    body: bytes
    elapsed: float                   # seconds from sending to the last byte
    history: list[str] = field(default_factory=list)

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    @property
    def location(self) -> str | None:
        return self.headers.get("location")

    def text(self) -> str:
        return self.body.decode("utf-8", errors="replace")


def split_host_port(address: str, default_port: int = 80,
                    any_port: bool = False) -> tuple[str, int]:
    """'192.168.8.1' -> ('192.168.8.1', 80); '127.0.0.1:8080' -> (..., 8080); '[::1]:80'.
    ValueError on a port that is not a number 1..65535 (`any_port`: 0, to listen on any)."""
    address = address.strip().rstrip("/")
    if address.startswith("["):
        host, _, rest = address[1:].partition("]")
        port_text = rest[1:] if rest.startswith(":") else ""
    elif address.count(":") == 1:
        host, _, port_text = address.partition(":")
    else:
        host, port_text = address, ""
    if not host:
        raise ValueError(f"no host in {address!r}")
    if not port_text:
        return host, default_port
    lowest = 0 if any_port else 1
    if not port_text.isdigit() or not lowest <= int(port_text) < 65536:
        raise ValueError(f"bad port in {address!r}")
    return host, int(port_text)


def _identity(text: str) -> str:
    return text


class HttpClient:
    """Requests to one device (`host`, `port`); thread-safe, one connection per thread."""

    def __init__(self, host: str, port: int = 80, *, timeout: float = 5.0,
                 record: Recorder | None = None, mask: Callable[[str], str] = _identity,
                 headers: Mapping[str, str] | None = None) -> None:
        self.host = host
        self.port = port
        self.timeout = timeout
        self.where = host if port == 80 else f"{host}:{port}"
        self._record = record
        self._mask = mask
        self._headers = dict(headers or {})
        self.cookies: dict[str, str] = {}
        self._lock = threading.Lock()
        self._local = threading.local()
        self._connections: list[http.client.HTTPConnection] = []
        self._cancelled = threading.Event()
        self.requests = 0                # how many were sent (for benchmarks and tests)
        self.round_trip_seconds = 0.0    # their summed durations

    # -- connections --------------------------------------------------------------------

    def _connection(self) -> http.client.HTTPConnection:
        connection: http.client.HTTPConnection | None = getattr(self._local, "connection", None)
        if connection is None:
            connection = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
            self._local.connection = connection
            with self._lock:
                self._connections.append(connection)
        return connection

    def _drop_connection(self) -> None:
        connection = getattr(self._local, "connection", None)
        if connection is not None:
            connection.close()
            self._local.connection = None

    def close(self) -> None:
        with self._lock:
            connections, self._connections = self._connections, []
        for connection in connections:
            try:
                connection.close()
            except OSError:
                pass

    def cancel(self) -> None:
        """Cut every request off now; they raise HttpCancelled."""
        self._cancelled.set()
        with self._lock:
            connections = list(self._connections)
        for connection in connections:
            sock = connection.sock
            if sock is not None:
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    # -- requests -----------------------------------------------------------------------

    def _note(self, direction: str, text: str) -> None:
        if self._record is not None:
            self._record(direction, self._mask(text))

    def request(self, method: str, path: str, body: bytes | None = None,
                headers: Mapping[str, str] | None = None) -> HttpReply:
        """One request. A GET whose kept-alive connection the device had closed is sent once
        more on a fresh one (nothing was processed); anything else is never resent."""
        if self._cancelled.is_set():
            raise HttpCancelled(tr("Http", "The check was cancelled."))
        sent = f"{method} {path}"
        if body:
            sent += "\n" + body.decode("utf-8", errors="replace")[:RECORDED_CHARS]
        self._note("tx", sent)
        attempts = 2 if method == "GET" else 1
        for attempt in range(attempts):
            reused = getattr(self._local, "connection", None) is not None
            try:
                return self._send(method, path, body, headers)
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError):
                self._drop_connection()
                if self._cancelled.is_set():
                    raise HttpCancelled(tr("Http", "The check was cancelled.")) from None
                if not reused or attempt + 1 == attempts:
                    raise self._closed_error() from None
            except TimeoutError:
                self._drop_connection()
                if self._cancelled.is_set():
                    raise HttpCancelled(tr("Http", "The check was cancelled.")) from None
                raise self._timeout_error() from None
            except ConnectionRefusedError:
                self._drop_connection()
                raise self._refused_error() from None
            except http.client.HTTPException as error:
                self._drop_connection()
                raise PortError(tr("Http", "{where} did not answer in HTTP ({error}): it is "
                                   "probably not the device's web interface.").format(
                    where=self.where, error=type(error).__name__), url=self.where) from None
            except OSError as error:
                self._drop_connection()
                if self._cancelled.is_set():
                    raise HttpCancelled(tr("Http", "The check was cancelled.")) from None
                raise PortNotFound(tr("Http", "{where} cannot be reached ({error}).").format(
                    where=self.where, error=error.strerror or error),
                    url=self.where, remedy=self._unreachable_remedy()) from None
        raise self._closed_error()   # pragma: no cover - the loop always returns or raises

    def _send(self, method: str, path: str, body: bytes | None,
              headers: Mapping[str, str] | None) -> HttpReply:
        connection = self._connection()
        all_headers = {"Host": self.where, "Connection": "keep-alive", **self._headers,
                       **(headers or {})}
        with self._lock:
            if self.cookies:
                all_headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        start = time.perf_counter()
        connection.request(method, path, body=body, headers=all_headers)
        response = connection.getresponse()
        body_read = response.read(MAX_BODY + 1)
        elapsed = time.perf_counter() - start
        if len(body_read) > MAX_BODY:
            self._drop_connection()
            raise PortError(tr("Http", "{where} sent more than {size} MB for {path}: it is not "
                               "a modem's status page.").format(
                where=self.where, size=MAX_BODY >> 20, path=path), url=self.where)
        reply_headers: dict[str, str] = {}
        for name, value in response.getheaders():
            reply_headers[name.lower()] = value
            if name.lower() == "set-cookie":
                self._keep_cookie(value)
        if response.will_close:
            self._drop_connection()
        with self._lock:
            self.requests += 1
            self.round_trip_seconds += elapsed
        reply = HttpReply(response.status, response.reason, reply_headers, body_read, elapsed)
        self._note("rx", f"{reply.status} {reply.reason}\n"
                         f"{reply.text()[:RECORDED_CHARS]}")
        return reply

    def _keep_cookie(self, header: str) -> None:
        pair = header.split(";", 1)[0]
        name, sep, value = pair.partition("=")
        if sep and name.strip():
            with self._lock:
                self.cookies[name.strip()] = value.strip()

    # -- errors -------------------------------------------------------------------------

    def _unreachable_remedy(self) -> str:
        return tr("Http", "Check that the stick or router is plugged in and that this computer "
                  "is connected to it (its network adapter or Wi-Fi), then run `simtool ports`.")

    def _timeout_error(self) -> PortError:
        return PortSilent(tr("Http", "{where} did not answer within {seconds:g} s.").format(
            where=self.where, seconds=self.timeout), url=self.where,
            remedy=tr("Http", "The device may be starting or overloaded: wait a minute and try "
                      "again, or give more time with --timeout."))

    def _refused_error(self) -> PortError:
        return PortNotFound(tr("Http", "{where} refused the connection: no web interface "
                               "there.").format(where=self.where), url=self.where,
                            remedy=self._unreachable_remedy())

    def _closed_error(self) -> PortError:
        return PortError(tr("Http", "{where} closed the connection without an answer.").format(
            where=self.where), url=self.where,
            remedy=tr("Http", "Wait a few seconds and run the check again."))
