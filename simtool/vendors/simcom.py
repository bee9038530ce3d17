"""SIMCom (SIM7600, SIM7000, SIM800): +SPIC, +CICCID / +CCID (SIMCom AT manuals); the
built-in TCP/IP stack of SIM7600/A76xx: +NETOPEN, +CDNSGIP, +CPING, +HTTP* (SIMCom AT
manual; reference/datapath_and_notices.md §1.3)."""

from __future__ import annotations

from simtool.at.parsers.common import after_prefix, info_lines, split_fields, to_int
from simtool.at.parsers.retries import parse_simcom_spic
from simtool.at.parsers.sim import parse_iccid
from simtool.at.parsers.tcpip import (
    DnsReport,
    PingReport,
    parse_cdnsgip,
    parse_cping,
    parse_http_head,
    parse_httpaction,
    parse_netopen,
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

# SIM7600 takes no per-echo wait below 10 s (its manual's minimum for AT+CPING).
_MIN_PING_WAIT_MS = 10000


def _netopen_result(text: str) -> int | None:
    """The result of `AT+NETOPEN`: `+NETOPEN: <err>` (0 = opened)."""
    for line in info_lines(text):
        body = after_prefix(line, "+NETOPEN")
        if body is not None:
            return to_int(split_fields(body)[0])
    return None


class _NetOpen:
    """`+NETOPEN: <err>` after AT+NETOPEN, for collect()."""

    def __init__(self, code: int) -> None:
        self.code = code
        self.done = True


class SimcomStack(TcpIpStack):
    name = "simcom"

    def open(self, session: AtSession, cid: int, apn: str | None,
             timeout: float) -> Opened:
        state = session.command("AT+NETOPEN?", timeout=10.0)
        opened = parse_netopen(state.text) if state.ok else None
        if opened is True:
            return Opened(True)

        def parse(text: str) -> _NetOpen | None:
            code = _netopen_result(text)
            return None if code is None else _NetOpen(code)

        reply, result = collect(session, "AT+NETOPEN", ("+NETOPEN",), parse,
                                timeout=max(timeout, 30.0))
        if result is not None and result.code == 0:
            return Opened(True, undo=("AT+NETCLOSE",))
        if reply.ok or not reply.complete:
            session.command("AT+NETCLOSE", timeout=30.0)
        return Opened(False, detail=failure_words(reply) if result is None
                      else f"+NETOPEN: {result.code}")

    def dns(self, session: AtSession, cid: int, host: str,
            timeout: float) -> DnsReport | None:
        # SIM7600/A76xx answer OK first and the result after it (OneOS a7600x driver,
        # SIMCom's manual examples); older firmware puts it before the final result.
        reply, report = collect(session, f'AT+CDNSGIP="{quoted(host)}"', ("+CDNSGIP",),
                                parse_cdnsgip, timeout=timeout)
        if report is None and reply.complete and not reply.ok:
            return DnsReport((), failure_words(reply))
        return report

    def ping(self, session: AtSession, cid: int, address: str, count: int,
             timeout: float) -> PingReport | None:
        wait_ms = max(_MIN_PING_WAIT_MS, round(timeout / count * 1000))
        _, report = collect(session, f'AT+CPING="{quoted(address)}",1,{count},64,1000,'
                            f"{wait_ms},255", ("+CPING",), parse_cping, timeout=timeout)
        return report

    def http_get(self, session: AtSession, cid: int, url: str,
                 timeout: float) -> HttpResult | None:
        started = session.command("AT+HTTPINIT", timeout=10.0)
        if not started.ok:
            # A session left by someone else: end it and start ours.
            session.command("AT+HTTPTERM", timeout=10.0)
            started = session.command("AT+HTTPINIT", timeout=10.0)
            if not started.ok:
                return HttpResult(None, error=failure_words(started))
        try:
            session.command(f'AT+HTTPPARA="URL","{quoted(url)}"', timeout=10.0)
            reply, report = collect(session, "AT+HTTPACTION=0", ("+HTTPACTION",),
                                    parse_httpaction, timeout=timeout)
            if report is None:
                # A refused request is the modem's answer; only silence is "no answer".
                return refused_http(reply)
            if report.status is None:
                return HttpResult(None, error=str(report.error))
            location = None
            if 300 <= report.status < 400:
                head = session.command("AT+HTTPHEAD", timeout=10.0)
                lines = [line for line in head.lines
                         if after_prefix(line, "+HTTPHEAD") is None]
                location = parse_http_head("\n".join(lines)).location
            return HttpResult(report.status, location)
        finally:
            session.command("AT+HTTPTERM", timeout=10.0)


VENDOR = Vendor(
    name="simcom",
    display_name="SIMCom",
    cgmi_patterns=(r"sim\s*com", r"simtech"),
    usb_vids=(0x1E0E,),
    pin_retry_commands=(("AT+SPIC", parse_simcom_spic), *GENERIC_CSIM_RETRIES),
    iccid_commands=(("AT+CICCID", parse_iccid), ("AT+CCID", parse_iccid), CRSM_ICCID),
    cfun_off=frozenset({0, 4, 7}),   # 7 = offline mode
    # SIM7600: no +CCHO/+CGLA reported (lpac#168); +CSIM carries MANAGE CHANNEL.
    esim_route="csim",
    tcpip=SimcomStack(),
    sms_keeps_status=True,
)
