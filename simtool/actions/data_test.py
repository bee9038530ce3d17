"""The data-path test: does traffic pass through the data session? Asked for explicitly
(`simtool check --data-test --allow-write`, the app's Test the connection button), never
part of a plain check, because it may bring a session up for the test.

With the modem's own TCP/IP stack (simtool.vendors.<family>.tcpip) it looks up a name, asks
a connectivity-check URL for its empty "204" answer and, when those fail, pings an
address, each with a short timeout; then it says which of DATA_PATH_OUTCOMES it saw. What
the test activated (a PDP context, the stack's socket service) it deactivates; what was
up before stays up. Reference: reference/datapath_and_notices.md §1.10 and §2.3.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple
from urllib.parse import urlsplit

from simtool.actions.connect_test import bring_up, record_refusal, take_down, tested_cid
from simtool.at.parsers.tcpip import DnsReport, PingReport, page_title, portal_link
from simtool.at.session import AtSession
from simtool.facts import REGISTERED_STATES, DataPathResult, Facts, PdpContext
from simtool.i18n import tr
from simtool.vendors import by_name
from simtool.vendors.tcpip import HttpResult, Opened, TcpIpStack

# Each probe waits at most this long (seconds); a blocked line costs about two of them.
DEFAULT_TIMEOUT = 8.0
PING_COUNT = 2

Progress = Callable[[str], None]


class Probe(NamedTuple):
    """Where to test: a plain-HTTP connectivity check answering 204 and an address to
    ping. Inside mainland China Google's are blocked, so Chinese cards (home MCC 460,
    whose data is routed home even abroad) use Xiaomi's and AliDNS."""

    url: str
    ping: str

    @property
    def host(self) -> str:
        return urlsplit(self.url).hostname or ""


CHINA = Probe("http://connect.rom.miui.com/generate_204", "223.5.5.5")
WORLD = Probe("http://connectivitycheck.gstatic.com/generate_204", "1.1.1.1")


def probe_for(facts: Facts) -> Probe:
    home = facts.sim.home.mcc or (facts.sim.imsi or "")[:3]
    return CHINA if home == "460" else WORLD


class _Seen(NamedTuple):
    dns: DnsReport | None
    http: HttpResult | None
    ping: PingReport | None


def _dns_ok(report: DnsReport | None) -> bool | None:
    return None if report is None else bool(report.addresses) and report.error is None


def _ping_ok(report: PingReport | None) -> bool | None:
    return None if report is None else report.received > 0


def outcome_of(seen: _Seen, has_http: bool) -> str:
    """Which DATA_PATH_OUTCOMES the probes show (reference §1.10, §2.3): 204 = open; 30x,
    or 200 with a page where the empty 204 was expected = redirected; otherwise the name
    lookup and the ping tell "nothing passes" from "DNS fails" and "only some passes"."""
    http = seen.http
    if http is not None and http.status is not None:
        if http.status == 204:
            return "passes"
        if 300 <= http.status < 400 or http.status == 200:
            return "redirected"
        return "passes"                 # a server answered: traffic passes (odd status)
    dns, ping = _dns_ok(seen.dns), _ping_ok(seen.ping)
    if ping:
        if not dns:
            return "dns-fails"
        return "limited" if has_http else "passes"
    return "nothing-passes"


def _detail(seen: _Seen, probe: Probe, has_http: bool) -> str:
    """What each probe got, in a line for the report."""
    parts = []
    if seen.dns is None:
        parts.append(tr("DataTest", "DNS {host}: no answer").format(host=probe.host))
    elif seen.dns.addresses and seen.dns.error is None:
        parts.append(tr("DataTest", "DNS {host}: {address}").format(
            host=probe.host, address=seen.dns.addresses[0]))
    else:
        parts.append(tr("DataTest", "DNS {host}: failed ({error})").format(
            host=probe.host, error=seen.dns.error or "?"))
    http = seen.http
    if http is not None and http.status is not None:
        text = tr("DataTest", "HTTP {url}: {status}").format(url=probe.url, status=http.status)
        title = page_title(http.body) if http.body else None
        if title:
            text += tr("DataTest", ", a page titled \u201c{title}\u201d").format(title=title)
        parts.append(text)
    elif http is not None:
        parts.append(tr("DataTest", "HTTP {url}: failed ({error})").format(
            url=probe.url, error=http.error or "?"))
    elif has_http and _dns_ok(seen.dns):
        parts.append(tr("DataTest", "HTTP {url}: no answer").format(url=probe.url))
    if seen.ping is not None:
        parts.append(tr("DataTest", "ping {address}: {received} of {sent} answered").format(
            address=probe.ping, received=seen.ping.received, sent=seen.ping.sent))
    return tr("DataTest", "; ").join(parts)


def _redirect_target(http: HttpResult | None) -> str | None:
    if http is None or http.status is None or http.status == 204:
        return None
    return http.location or (portal_link(http.body) if http.body else None)


def _host_of(url: str | None) -> str | None:
    if not url:
        return None
    return urlsplit(url).hostname or url


def run_data_test(session: AtSession, facts: Facts, *, timeout: float = DEFAULT_TIMEOUT,
                   progress: Progress | None = None) -> DataPathResult | None:
    """Test the data path on an open session after a read; None when it was not run (the
    SIM or the registration already explain why data cannot work, or the session was
    refused: then the refusal is in facts.packet for the `data-session` check)."""
    if facts.sim.state != "ready" or facts.radio.on is False \
            or facts.registration.overall not in REGISTERED_STATES:
        return None
    vendor = by_name(facts.vendor)
    stack = vendor.tcpip
    if stack is None:
        return DataPathResult(outcome="not-testable", detail=tr(
            "DataTest", "simtool knows no built-in ping, DNS or web test on this modem "
            "({vendor})").format(vendor=vendor.display_name))
    say = progress or (lambda _message: None)
    active = next((c for c in facts.packet.contexts if c.active), None)
    cid = active.cid if active is not None else tested_cid(facts)
    apn = next((c.apn for c in facts.packet.contexts if c.cid == cid), None)
    activated = False
    if active is None:
        say(tr("DataTest", "Opening a data session for the test…"))
        brought = bring_up(session, cid)
        if not brought.ok:
            record_refusal(facts, brought)
            return None
        activated = not brought.was_active
        _mark_active(facts, cid, activated=activated)
    opened = Opened(False)
    try:
        opened = stack.open(session, cid, apn, timeout)
        if not opened.ok:
            return DataPathResult(outcome="error", method="modem", activated=activated,
                                  detail=tr("DataTest", "the modem's TCP/IP stack did not "
                                            "start: {detail}").format(detail=opened.detail))
        return _probe(session, stack, cid, probe_for(facts), timeout, say, activated)
    finally:
        cancelled = session.cancelled
        if cancelled:
            session.reset_cancel()   # put the modem back even when the test was cancelled
        try:
            stack.close(session, opened)
            if activated:
                take_down(session, cid)
        finally:
            if cancelled:
                session.cancel()


def _mark_active(facts: Facts, cid: int, *, activated: bool = True) -> None:
    """The context is up for the test; the note only when the test brought it up (it may
    have come up on its own since the read, and then stays up)."""
    context = next((c for c in facts.packet.contexts if c.cid == cid), None)
    if context is None:
        facts.packet.contexts.append(PdpContext(cid=cid, active=True))
    else:
        context.active = True
    facts.connection_test = True
    if activated:
        facts.notes.append(tr("DataTest", "Data test: context {cid} was activated for the "
                              "test and deactivated afterwards.").format(cid=cid))


def _probe(session: AtSession, stack: TcpIpStack, cid: int, probe: Probe, timeout: float,
           say: Progress, activated: bool) -> DataPathResult:
    say(tr("DataTest", "Looking up {host}…").format(host=probe.host))
    dns = stack.dns(session, cid, probe.host, timeout)
    http = None
    if stack.has_http and _dns_ok(dns):
        say(tr("DataTest", "Asking {url}…").format(url=probe.url))
        http = stack.http_get(session, cid, probe.url, timeout)
    ping = None
    answered = http is not None and http.status is not None
    if not answered:
        say(tr("DataTest", "Pinging {address}…").format(address=probe.ping))
        ping = stack.ping(session, cid, probe.ping, PING_COUNT, timeout)
        if ping is None:
            ping = PingReport(PING_COUNT, 0, done=False)
    seen = _Seen(dns, http, ping)
    target = _redirect_target(http)
    return DataPathResult(
        outcome=outcome_of(seen, stack.has_http), method="modem", target=probe.url,
        dns=_dns_ok(dns) if dns is not None else False, ping=_ping_ok(ping),
        http_status=http.status if http is not None else None,
        location=_host_of(target), detail=_detail(seen, probe, stack.has_http),
        activated=activated)


def data_path_step(session: AtSession, facts: Facts, timeout: float = DEFAULT_TIMEOUT,
                   progress: Progress | None = None) -> None:
    """The test as a step of a check (CheckOptions.steps): its result goes to
    facts.data_path, where the `data-path` check reads it."""
    facts.data_path = run_data_test(session, facts, timeout=timeout, progress=progress)
