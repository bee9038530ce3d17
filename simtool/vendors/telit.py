"""Telit (LE910, LN940, ME910): #PCT counts the code the SIM asks for now; #CCID.
CFUN 5 = full functionality with power saving, radio on (Telit AT reference guide).
The built-in TCP/IP stack: #SGACT, #QDNS, #PING, #HTTPCFG/#HTTPQRY (reference/
datapath_and_notices.md §1.5)."""

from __future__ import annotations

from urllib.parse import urlsplit

from simtool.at.parsers.common import after_prefix, info_lines, split_fields, to_int
from simtool.at.parsers.retries import parse_telit_pct
from simtool.at.parsers.sim import parse_iccid
from simtool.at.parsers.tcpip import (
    DnsReport,
    PingReport,
    parse_httpring,
    parse_qdns,
    parse_sgact,
    parse_telit_ping,
)
from simtool.at.session import AtSession
from simtool.vendors.base import CRSM_ICCID, GENERIC_CSIM_RETRIES, Vendor
from simtool.vendors.tcpip import (
    HttpResult,
    Opened,
    TcpIpStack,
    collect,
    failure_words,
    quoted,
    refused_http,
)

ACTIVATION_TIMEOUT = 150.0
# HTTP profile 2 (of 0-2): the one applications use least; its settings are put back.
_PROFILE = 2


class TelitStack(TcpIpStack):
    name = "telit"

    def open(self, session: AtSession, cid: int, apn: str | None,
             timeout: float) -> Opened:
        state = session.command("AT#SGACT?", timeout=10.0)
        active = parse_sgact(state.text) if state.ok else None
        if isinstance(active, dict) and active.get(cid):
            return Opened(True)
        reply = session.command(f"AT#SGACT={cid},1", timeout=ACTIVATION_TIMEOUT)
        if reply.ok:
            return Opened(True, undo=(f"AT#SGACT={cid},0",))
        if not reply.complete:
            session.command(f"AT#SGACT={cid},0", timeout=40.0)
        return Opened(False, detail=failure_words(reply))

    def dns(self, session: AtSession, cid: int, host: str,
            timeout: float) -> DnsReport | None:
        reply = session.command(f'AT#QDNS="{quoted(host)}"', timeout=timeout)
        if not reply.complete:
            return None
        report = parse_qdns(reply.text)
        return report if isinstance(report, DnsReport) else DnsReport((), failure_words(reply))

    def ping(self, session: AtSession, cid: int, address: str, count: int,
             timeout: float) -> PingReport | None:
        # The reply comes when every echo is back or timed out (units of 100 ms).
        each = max(1, min(600, round(timeout / count * 10)))
        reply = session.command(f'AT#PING="{quoted(address)}",{count},32,{each},255',
                                timeout=count * each / 10 + 0.5)
        report = parse_telit_ping(reply.text)
        if isinstance(report, PingReport):
            return report
        return PingReport(count, 0, error=reply.code) if reply.complete else None

    def http_get(self, session: AtSession, cid: int, url: str,
                 timeout: float) -> HttpResult | None:
        parts = urlsplit(quoted(url))
        saved = _profile_settings(session)
        seconds = max(1, min(65535, round(timeout)))
        session.command(f'AT#HTTPCFG={_PROFILE},"{parts.hostname}",{parts.port or 80},0,"","",'
                        f"0,{seconds},{cid}", timeout=5.0)
        try:
            reply, report = collect(session, f'AT#HTTPQRY={_PROFILE},0,"{parts.path or "/"}"',
                                    ("#HTTPRING",), parse_httpring, timeout=timeout)
            if report is None:
                return refused_http(reply)
            if report.status is None:
                return HttpResult(None, error="#HTTPRING")
            body = ""
            if report.status == 200 and report.length:
                read = session.command(f"AT#HTTPRCV={_PROFILE}", timeout=10.0)
                body = "\n".join(line for line in read.lines if line.strip() != "<<<")
            return HttpResult(report.status, None, body[:2000])
        finally:
            if saved is not None:
                session.command(f"AT#HTTPCFG={_PROFILE},{saved}", timeout=5.0)


def _profile_settings(session: AtSession) -> str | None:
    """Profile _PROFILE's settings as `AT#HTTPCFG?` lists them, to set them back."""
    reply = session.command("AT#HTTPCFG?", timeout=5.0)
    for line in info_lines(reply.text) if reply.ok else []:
        body = after_prefix(line, "#HTTPCFG")
        fields = split_fields(body) if body is not None else []
        if fields and to_int(fields[0]) == _PROFILE:
            return ",".join(fields[1:])
    return None


VENDOR = Vendor(
    name="telit",
    display_name="Telit",
    cgmi_patterns=(r"telit",),
    usb_vids=(0x1BC7,),
    pin_retry_commands=(("AT#PCT", parse_telit_pct), *GENERIC_CSIM_RETRIES),
    iccid_commands=(("AT#CCID", parse_iccid), ("AT+ICCID", parse_iccid), CRSM_ICCID),
    cfun_on=frozenset({1, 5}),
    tcpip=TelitStack(),
)
