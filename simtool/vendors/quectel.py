"""Quectel (EC2x, EG2x, EM/RM modules): +QPINC?, +QCCID, +QCSQ (Quectel EC25 AT manual);
the built-in TCP/IP stack: +QIACT, +QIDNSGIP, +QPING, +QHTTP* (Quectel TCP/IP and HTTP(S)
application notes; reference/datapath_and_notices.md §1.2)."""

from __future__ import annotations

from simtool.at.parsers.common import after_prefix, info_lines, split_fields
from simtool.at.parsers.retries import parse_quectel_qpinc
from simtool.at.parsers.signal import parse_quectel_qcsq
from simtool.at.parsers.sim import parse_iccid
from simtool.at.parsers.tcpip import (
    DnsReport,
    HttpHead,
    PingReport,
    parse_http_head,
    parse_qhttpget,
    parse_qiact,
    parse_qiurc_dnsgip,
    parse_qping,
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
)

# +QIACT waits for the network: up to 150 s (Quectel TCP/IP AN, maximum response time).
ACTIVATION_TIMEOUT = 150.0
# The HTTP settings the test changes, restored afterwards (+QHTTPCFG is volatile).
_HTTP_SETTINGS = ("contextid", "responseheader")


class QuectelStack(TcpIpStack):
    name = "quectel"

    def open(self, session: AtSession, cid: int, apn: str | None,
             timeout: float) -> Opened:
        state = session.command("AT+QIACT?", timeout=10.0)
        active = parse_qiact(state.text) if state.ok else None
        if isinstance(active, dict) and cid in active:
            return Opened(True, address=active[cid])
        reply = session.command(f"AT+QIACT={cid}", timeout=ACTIVATION_TIMEOUT)
        if reply.ok:
            return Opened(True, undo=(f"AT+QIDEACT={cid}",))
        if not reply.complete:      # it may still come up: take it down again
            session.command(f"AT+QIDEACT={cid}", timeout=40.0)
        return Opened(False, detail=failure_words(reply))

    def dns(self, session: AtSession, cid: int, host: str,
            timeout: float) -> DnsReport | None:
        reply, report = collect(session, f'AT+QIDNSGIP={cid},"{quoted(host)}"', ("+QIURC",),
                                parse_qiurc_dnsgip, timeout=timeout)
        if report is None and reply.complete and not reply.ok:
            return DnsReport((), failure_words(reply))      # refused, not unanswered
        return report if report is not None and report.done else None

    def ping(self, session: AtSession, cid: int, address: str, count: int,
             timeout: float) -> PingReport | None:
        each = max(1, min(255, round(timeout / count)))
        _, report = collect(session, f'AT+QPING={cid},"{quoted(address)}",{each},{count}',
                            ("+QPING",), parse_qping, timeout=each * count + 0.5)
        return report

    def http_get(self, session: AtSession, cid: int, url: str,
                 timeout: float) -> HttpResult | None:
        saved = _http_settings(session)
        try:
            session.command(f'AT+QHTTPCFG="contextid",{cid}', timeout=5.0)
            session.command('AT+QHTTPCFG="responseheader",1', timeout=5.0)
            address = quoted(url)
            prompt = session.command(f"AT+QHTTPURL={len(address.encode())},10", timeout=10.0)
            if prompt.final is None or not prompt.final.upper().startswith("CONNECT"):
                return HttpResult(None, error=failure_words(prompt))
            session.send_raw(address.encode())
            entered = session.read_reply(timeout=10.0)
            if not entered.ok:
                return HttpResult(None, error=failure_words(entered))
            wait = max(1, min(65535, round(timeout)))
            reply, report = collect(session, f"AT+QHTTPGET={wait}", ("+QHTTPGET",),
                                    parse_qhttpget, timeout=timeout + 2.0)
            if report is None:
                session.command("AT+QHTTPSTOP", timeout=10.0)
                return HttpResult(None, error=None if reply.ok else failure_words(reply))
            if report.status is None:
                return HttpResult(None, error=str(report.error))
            # Quectel follows absolute redirects itself (EG800K log): the page it ends on,
            # headers first (responseheader), is what says where it went.
            head = _read_body(session) if report.status != 204 else None
            if head is None:
                return HttpResult(report.status)
            return HttpResult(report.status, head.location, head.body[:2000])
        finally:
            for name, value in saved:
                session.command(f'AT+QHTTPCFG="{name}",{value}', timeout=5.0)


def _http_settings(session: AtSession) -> list[tuple[str, str]]:
    """The values of the HTTP settings the test changes, as the modem reports them."""
    saved = []
    for name in _HTTP_SETTINGS:
        reply = session.command(f'AT+QHTTPCFG="{name}"', timeout=5.0)
        for line in info_lines(reply.text) if reply.ok else []:
            body = after_prefix(line, "+QHTTPCFG")
            fields = split_fields(body) if body is not None else []
            if len(fields) >= 2 and fields[1].strip():
                saved.append((name, fields[1].strip()))
    return saved


def _read_body(session: AtSession) -> HttpHead | None:
    """The response read back (`CONNECT`, the data, `OK`, then `+QHTTPREAD: 0`)."""
    reply = session.command("AT+QHTTPREAD=10", timeout=15.0)
    if reply.final is None or not reply.final.upper().startswith("CONNECT"):
        return None
    body = session.read_reply(timeout=15.0)
    return parse_http_head("\n".join(body.lines))


VENDOR = Vendor(
    name="quectel",
    display_name="Quectel",
    cgmi_patterns=(r"quectel",),
    usb_vids=(0x2C7C,),
    pin_retry_commands=(("AT+QPINC?", parse_quectel_qpinc), *GENERIC_CSIM_RETRIES),
    iccid_commands=(("AT+QCCID", parse_iccid), CRSM_ICCID),
    signal_extra=("AT+QCSQ", parse_quectel_qcsq),
    tcpip=QuectelStack(),
)
