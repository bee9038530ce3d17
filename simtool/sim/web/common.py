"""What the simulated web devices share: a real HTTP server (standard library) in a thread,
answering from one simulated Modem's world, and the device's own settings that an AT modem
does not have (mobile-data switch, monthly data limit, admin login and its lock).

Faults a test or a user can force (`quirks`), each the way real devices misbehave:
- "html": API requests answer the web page (200, text/html) instead of the API;
- "redirect": what needs login answers 302 to the login page instead of an error code;
- "stall": API requests never answer (the client's timeout must fire);
- "unknown-code": the connection status is a code in no table (HiLink 116, ZTE "ppp_xyz");
- "scram": the HiLink login asks for SCRAM (extern_password_type 1);
- "old-token": HiLink firmware without webserver/token (SesTokInfo instead).
"""

from __future__ import annotations

import secrets
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from simtool.sim.modem import Modem

QUIRKS = ("html", "redirect", "stall", "unknown-code", "scram", "old-token")
GATES = ("none", "some", "all")
LOCK_SECONDS = 300          # how long a login stays locked after the last allowed failure


@dataclass
class DeviceSettings:
    """The web device's own state, beside the Modem's world."""

    model: str = ""
    data_switch: bool = True
    data_limit_mb: int | None = None       # the monthly limit set on the device
    data_used_mb: float = 0.0              # what it counted this month
    password: str | None = None            # the admin password; None = no login at all
    gate: str = "some"                     # with a password: what needs it (GATES)
    login_tries: int = 5                   # wrong passwords before the login locks
    quirks: frozenset[str] = frozenset()
    latency: float = 0.0                   # seconds per request, like a real device
    # Mutable state of the login:
    failures: int = 0
    locked_until: float = 0.0
    sessions: dict[str, bool] = field(default_factory=dict)   # session id -> logged in
    logins: int = 0                        # login attempts received (tests count them)

    @property
    def limit_reached(self) -> bool:
        return self.data_limit_mb is not None and self.data_used_mb >= self.data_limit_mb

    def lock_left(self, now: float) -> float:
        return max(0.0, self.locked_until - now)

    def attempt(self, password: str, now: float) -> str:
        """One login attempt: "ok", "wrong" or "locked"; counts like the device does."""
        self.logins += 1
        if self.lock_left(now) > 0:
            return "locked"
        if password == self.password:
            self.failures = 0
            return "ok"
        self.failures += 1
        if self.failures >= self.login_tries:
            self.locked_until = now + LOCK_SECONDS
            self.failures = 0
            return "locked"
        return "wrong"

    @property
    def tries_left(self) -> int:
        return self.login_tries - self.failures


def new_token() -> str:
    return secrets.token_hex(32)


class WebDevice:
    """A simulated device on a real HTTP server; `handle(request)` is the device's logic."""

    handler_class: type[BaseHTTPRequestHandler]

    def __init__(self, modem: Modem, settings: DeviceSettings,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.modem = modem
        self.settings = settings
        self.clock = clock
        self.lock = threading.RLock()
        self._stop = threading.Event()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def address(self) -> tuple[str, int]:
        assert self._server is not None
        host, port = self._server.server_address[:2]
        return str(host), int(port)

    @property
    def where(self) -> str:
        host, port = self.address
        return f"{host}:{port}"

    def start(self, host: str = "127.0.0.1", port: int = 0) -> WebDevice:
        # A handler class per server, so each request finds its device.
        handler = type("Handler", (self.handler_class,), {"web_device": self})
        self._server = ThreadingHTTPServer((host, port), handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,),
                                        name="simulated web device", daemon=True)
        self._thread.start()
        return self

    def serve(self) -> None:
        """Until stop() (from a signal handler or another thread)."""
        self._stop.wait()

    def stop(self) -> None:
        self._stop.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def stalled(self) -> None:
        """The "stall" quirk: hold the request until the server stops (the client gives
        up first)."""
        self._stop.wait(60)

    def __enter__(self) -> WebDevice:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


class QuietHandler(BaseHTTPRequestHandler):
    """HTTP/1.1 keep-alive, no access log on stderr, a Content-Length on every answer."""

    protocol_version = "HTTP/1.1"
    server_version = "simtool-simulated-device"
    sys_version = ""

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib name
        pass

    def setup(self) -> None:
        super().setup()
        # Answers go out at once (no Nagle wait on the reply), like an embedded web server.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def answer(self, status: int, body: bytes, content_type: str,
               headers: dict[str, str] | None = None) -> None:
        reason = self.responses.get(status, ("",))[0]
        lines = [f"{self.protocol_version} {status} {reason}",
                 f"Server: {self.server_version}", f"Date: {self.date_time_string()}",
                 f"Content-Type: {content_type}", f"Content-Length: {len(body)}",
                 *(f"{name}: {value}" for name, value in (headers or {}).items())]
        # Head and body in one write: two small writes would wait for a delayed ACK.
        self.wfile.write(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body)

    def body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(min(length, 1 << 16)) if length > 0 else b""

    def cookie(self, name: str) -> str | None:
        for part in (self.headers.get("Cookie") or "").split(";"):
            key, sep, value = part.strip().partition("=")
            if sep and key == name:
                return value
        return None
