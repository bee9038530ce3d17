"""What the simulated operator's network does with the card's data traffic, once a session
is up: let it pass, drop it (arrears, quota cut, a card bound to another device), redirect
web requests to a top-up page (quota used up, OCS REDIRECT), or pass it slowly (throttled).

Part of the simulated world, read by the TCP/IP command family (commands/tcpip.py). The
behaviour follows reference/datapath_and_notices.md §0 and §5: a redirect answers plain HTTP
with 302 to a reserved-name portal and discards everything else except DNS; a blocked line
answers nothing at all, so every probe costs its full wait. A plain class (no dataclasses):
the modem is built while a sim:// port's first reply is due.
"""

from __future__ import annotations

import zlib
from urllib.parse import quote, urlsplit

POLICIES = ("passes", "blocked", "redirected", "throttled")

# Reserved names (RFC 2606): real operators' portal hosts are unknown (reference §2.2).
PORTAL_HOST = "portal.operator.invalid"
PORTAL_PAGE = (
    "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>流量已用完 - 充值 / Top up"
    "</title></head><body><h1>您的套餐流量已用完</h1><p>Your data allowance is used up. "
    "充值或订购流量包后即可恢复上网。Top up or buy a data pack to get back online.</p>"
    "<p><a href=\"http://" + PORTAL_HOST + "/topup\">充值 Top up</a></p></body></html>"
)
# How long the simulated network takes to answer (seconds).
ANSWER_DELAY = 0.15
SLOW_DELAY = 0.9
# A modem gives up on a name nobody answers for after its own retries.
DNS_GIVE_UP = 3.0
HTTP_GIVE_UP = 10.0

# Addresses the simulated DNS gives the connectivity-check hosts the tests use.
KNOWN_HOSTS = {
    "connect.rom.miui.com": "111.13.141.211",
    "connectivitycheck.gstatic.com": "142.250.72.99",
    PORTAL_HOST: "192.0.2.80",
}


class HttpAnswer:
    __slots__ = ("status", "headers", "body")

    def __init__(self, status: int, headers: dict[str, str], body: str = "") -> None:
        self.status = status
        self.headers = headers
        self.body = body

    def head(self) -> str:
        """The status line and headers, as a modem saves or shows them."""
        reason = {200: "OK", 204: "No Content", 302: "Found", 404: "Not Found"}.get(
            self.status, "")
        lines = [f"HTTP/1.1 {self.status} {reason}".rstrip()]
        lines += [f"{name}: {value}" for name, value in self.headers.items()]
        return "\r\n".join(lines) + "\r\n\r\n"


class Traffic:
    """The network's treatment of the card's data (one per simulated world)."""

    __slots__ = ("policy",)

    def __init__(self, policy: str = "passes") -> None:
        if policy not in POLICIES:
            raise ValueError(f"unknown traffic policy {policy!r}")
        self.policy = policy

    def _delay(self) -> float:
        return SLOW_DELAY if self.policy == "throttled" else ANSWER_DELAY

    def resolve(self, host: str) -> tuple[list[str] | None, float]:
        """(addresses, seconds until the answer); None: no answer (the modem gives up)."""
        if self.policy == "blocked":
            return None, DNS_GIVE_UP
        address = KNOWN_HOSTS.get(host.lower())
        if address is None:
            crc = zlib.crc32(host.lower().encode())
            address = f"203.0.113.{crc % 254 + 1}"     # TEST-NET-3: never a real host
        return [address], self._delay()

    def ping(self, address: str) -> float | None:
        """Round-trip time in ms, or None when the echo is lost (blocked, or ICMP discarded
        behind a redirect: only web traffic reaches the portal)."""
        if self.policy in ("blocked", "redirected"):
            return None
        return 820.0 if self.policy == "throttled" else 46.0

    def http_get(self, url: str, *, follow: bool = False) -> tuple[HttpAnswer | None, float]:
        """(answer, seconds until it); None: no answer. `follow`: the modem follows an
        absolute redirect itself (Quectel does) and reports where it ended."""
        if self.policy == "blocked":
            return None, HTTP_GIVE_UP
        parts = urlsplit(url)
        if self.policy == "redirected" and parts.hostname != PORTAL_HOST:
            location = f"http://{PORTAL_HOST}/topup?from={quote(url, safe='')}"
            if not follow:
                return HttpAnswer(302, {"Location": location, "Content-Length": "0"}), \
                    self._delay()
            return self._page(PORTAL_PAGE), 2 * self._delay()
        if parts.hostname == PORTAL_HOST:
            return self._page(PORTAL_PAGE), self._delay()
        if parts.path.endswith("generate_204"):
            return HttpAnswer(204, {"Content-Length": "0"}), self._delay()
        return self._page("<html><head><title>It works</title></head><body>ok</body></html>"), \
            self._delay()

    @staticmethod
    def _page(body: str) -> HttpAnswer:
        size = len(body.encode("utf-8"))
        return HttpAnswer(200, {"Content-Type": "text/html; charset=utf-8",
                                "Content-Length": str(size)}, body)
