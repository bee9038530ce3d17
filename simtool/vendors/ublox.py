"""u-blox (SARA, LARA, TOBY): +UPINCNT, +CCID; CFUN 19 = minimum functionality with the SIM
deactivated, i.e. radio off (u-blox SARA-R4 AT manual UBX-17003787). The built-in TCP/IP
stack runs on the +CGACT context (SARA-R4/R5): +UDNSRN, +UPING, +UHTTP/+UHTTPC with the
response saved to a file (reference/datapath_and_notices.md §1.4)."""

from __future__ import annotations

from urllib.parse import urlsplit

from simtool.at.parsers.retries import parse_ublox_upincnt
from simtool.at.parsers.sim import parse_iccid
from simtool.at.parsers.tcpip import (
    DnsReport,
    HttpHead,
    PingReport,
    parse_http_head,
    parse_udnsrn,
    parse_urdfile,
    parse_uuhttpcr,
    parse_uuping,
)
from simtool.at.session import AtSession
from simtool.vendors.base import CRSM_ICCID, GENERIC_CSIM_RETRIES, Vendor
from simtool.vendors.tcpip import (
    HttpResult,
    TcpIpStack,
    collect,
    failure_words,
    quoted,
    refused_http,
)

# HTTP profile 3 (of 0-3) and a file of simtool's own: the one applications use least; both
# are reset or deleted afterwards.
_PROFILE = 3
_FILE = "simtool_probe.http"


class UbloxStack(TcpIpStack):
    name = "ublox"

    def dns(self, session: AtSession, cid: int, host: str,
            timeout: float) -> DnsReport | None:
        reply = session.command(f'AT+UDNSRN=0,"{quoted(host)}"', timeout=timeout)
        if not reply.complete:
            return None
        report = parse_udnsrn(reply.text)
        if isinstance(report, DnsReport) and reply.ok:
            return report
        return DnsReport((), failure_words(reply))

    def ping(self, session: AtSession, cid: int, address: str, count: int,
             timeout: float) -> PingReport | None:
        wait_ms = max(1000, round(timeout / count * 1000))
        _, report = collect(session, f'AT+UPING="{quoted(address)}",{count},32,{wait_ms},64',
                            ("+UUPING", "+UUPINGER"),
                            lambda text: parse_uuping(text, count), timeout=timeout + 0.5)
        return report

    def http_get(self, session: AtSession, cid: int, url: str,
                 timeout: float) -> HttpResult | None:
        parts = urlsplit(quoted(url))
        session.command(f"AT+UHTTP={_PROFILE}", timeout=5.0)        # reset the profile
        try:
            session.command(f'AT+UHTTP={_PROFILE},1,"{parts.hostname}"', timeout=5.0)
            session.command(f"AT+UHTTP={_PROFILE},5,{parts.port or 80}", timeout=5.0)
            path = parts.path or "/"
            reply, result = collect(session, f'AT+UHTTPC={_PROFILE},1,"{path}","{_FILE}"',
                                    ("+UUHTTPCR",), parse_uuhttpcr, timeout=timeout)
            if result is None:
                return refused_http(reply)
            if result != 1:
                return HttpResult(None, error="+UUHTTPCR: 0")
            saved = session.command(f'AT+URDFILE="{_FILE}"', timeout=10.0)
            data = parse_urdfile(saved.text)
            head = parse_http_head(data) if isinstance(data, str) else HttpHead(None, None, "")
            if head.status is None:
                return HttpResult(None, error=failure_words(saved))
            return HttpResult(head.status, head.location, head.body[:2000])
        finally:
            session.command(f'AT+UDELFILE="{_FILE}"', timeout=5.0)
            session.command(f"AT+UHTTP={_PROFILE}", timeout=5.0)


VENDOR = Vendor(
    name="ublox",
    display_name="u-blox",
    cgmi_patterns=(r"u-?blox",),
    usb_vids=(0x1546,),
    pin_retry_commands=(("AT+UPINCNT", parse_ublox_upincnt), *GENERIC_CSIM_RETRIES),
    iccid_commands=(("AT+CCID", parse_iccid), CRSM_ICCID),
    cfun_off=frozenset({0, 4, 19}),
    tcpip=UbloxStack(),
)
