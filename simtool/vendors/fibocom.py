"""Fibocom: L8xx are Intel XMM based (+XPINCNT), FM350 is MediaTek based (+EPINC?). The
L6xx/G510 families have a built-in TCP/IP stack: +MIPCALL, +MIPDNS, +MPING (reference/
datapath_and_notices.md §1.6); simtool drives no HTTP client on them. A model without the
stack refuses AT+MIPCALL?, and the test then says so."""

from __future__ import annotations

from simtool.at.parsers.common import Unparsed
from simtool.at.parsers.retries import parse_intel_xpincnt, parse_mtk_epinc
from simtool.at.parsers.sim import parse_iccid
from simtool.at.parsers.tcpip import DnsReport, PingReport, parse_mipcall, parse_mipdns, parse_mping
from simtool.at.session import AtSession
from simtool.i18n import tr
from simtool.vendors.base import CRSM_ICCID, GENERIC_CSIM_RETRIES, Vendor
from simtool.vendors.tcpip import (
    HttpResult,
    Opened,
    TcpIpStack,
    collect,
    failure_words,
    quoted,
)

# Drivers wait up to 150 s for +MIPCALL (OneOS, RT-Thread l610 drivers).
ACTIVATION_TIMEOUT = 150.0


class _Call:
    """The answer to AT+MIPCALL=1, for collect(): `+MIPCALL: <ip>` (the call is up) or
    `+MIPCALL: 0` (it failed: address None; waiting longer would bring nothing)."""

    done = True

    def __init__(self, address: str | None) -> None:
        self.address = address


def _call(text: str) -> _Call | Unparsed:
    address = parse_mipcall(text)
    return address if isinstance(address, Unparsed) else _Call(address)


class FibocomStack(TcpIpStack):
    name = "fibocom"
    has_http = False

    def open(self, session: AtSession, cid: int, apn: str | None,
             timeout: float) -> Opened:
        state = session.command("AT+MIPCALL?", timeout=10.0)
        if not state.ok:
            return Opened(False, detail=tr("DataTest", "this model has no built-in TCP/IP "
                                           "stack (AT+MIPCALL? answered {answer})").format(
                answer=failure_words(state)))
        current = parse_mipcall(state.text)
        if isinstance(current, str):
            return Opened(True, address=current)
        command = f'AT+MIPCALL=1,"{quoted(apn)}"' if apn else "AT+MIPCALL=1"
        reply, call = collect(session, command, ("+MIPCALL",), _call,
                              timeout=ACTIVATION_TIMEOUT)
        if call is not None and call.address is not None:
            return Opened(True, undo=("AT+MIPCALL=0",), address=call.address)
        if call is not None:
            return Opened(False, detail="+MIPCALL: 0")
        if reply.ok or not reply.complete:
            session.command("AT+MIPCALL=0", timeout=40.0)
        return Opened(False, detail=failure_words(reply))

    def dns(self, session: AtSession, cid: int, host: str,
            timeout: float) -> DnsReport | None:
        reply, report = collect(session, f'AT+MIPDNS="{quoted(host)}"', ("+MIPDNS",),
                                parse_mipdns, timeout=timeout)
        if report is None and reply.complete and not reply.ok:
            return DnsReport((), failure_words(reply))
        return report

    def ping(self, session: AtSession, cid: int, address: str, count: int,
             timeout: float) -> PingReport | None:
        each = max(1, min(255, round(timeout / count)))
        _, report = collect(session, f'AT+MPING=1,"{quoted(address)}",{count},32,255,0,{each}',
                            ("+MPING", "+MPINGSTAT"), parse_mping, timeout=each * count + 0.5)
        return report

    def http_get(self, session: AtSession, cid: int, url: str,
                 timeout: float) -> HttpResult | None:
        return None


VENDOR = Vendor(
    name="fibocom",
    display_name="Fibocom",
    cgmi_patterns=(r"fibocom",),
    usb_vids=(0x2CB7,),
    pin_retry_commands=(("AT+XPINCNT", parse_intel_xpincnt), ("AT+EPINC?", parse_mtk_epinc),
                        *GENERIC_CSIM_RETRIES),
    iccid_commands=(("AT+CCID", parse_iccid), ("AT+ICCID", parse_iccid), CRSM_ICCID),
    esim_chain=False,       # FM350-GL answers +CCHO with a bare "1" (lpac#209)
    tcpip=FibocomStack(),
)
