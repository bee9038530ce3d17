"""The TCP/IP test parsers (simtool.at.parsers.tcpip) on replies real modems gave, each case
naming where the reply was seen (logs and driver comments in public code, vendor manuals;
reference/datapath_and_notices.md §1 lists them), plus arbitrary bytes (hypothesis)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from simtool.at.parsers.common import Unparsed
from simtool.at.parsers.tcpip import (
    DnsReport,
    HttpReport,
    PingReport,
    page_title,
    parse_cdnsgip,
    parse_cping,
    parse_http_head,
    parse_httpaction,
    parse_httpring,
    parse_mipcall,
    parse_mipdns,
    parse_mping,
    parse_netopen,
    parse_qdns,
    parse_qhttpget,
    parse_qiact,
    parse_qiurc_dnsgip,
    parse_qping,
    parse_sgact,
    parse_telit_ping,
    parse_udnsrn,
    parse_urdfile,
    parse_uuhttpcr,
    parse_uuping,
    portal_link,
)

# --- Quectel ----------------------------------------------------------------------------

def test_qping_success_soracom_diagnostics_sketch() -> None:
    # Seeed/SORACOM connectivity-diagnostics sketch for a Quectel BG96, its comment of a run.
    text = ('+QPING: 0,"100.127.100.127",32,66,64\n+QPING: 0,"100.127.100.127",32,80,64\n'
            '+QPING: 0,"100.127.100.127",32,80,64\n+QPING: 0,3,3,0,66,80,75')
    assert parse_qping(text) == PingReport(3, 3, (66.0, 80.0, 80.0))


def test_qping_timeouts_then_all_lost_summary() -> None:
    # Timeouts: the same sketch ("+QPING: 569" per attempt); the all-lost summary with no
    # times is the form a public test suite for Quectel modems feeds its parser.
    text = "\n".join(["+QPING: 569"] * 4 + ["+QPING: 0,4,0,4"])
    report = parse_qping(text)
    assert report == PingReport(4, 0, (), None)
    pending = parse_qping("+QPING: 569\n+QPING: 569")
    assert isinstance(pending, PingReport) and not pending.done


def test_qping_dns_failure_ends_the_ping() -> None:
    # SORACOM sketch: "dns failed: +QPING: 565".
    report = parse_qping("+QPING: 565")
    assert isinstance(report, PingReport) and report.error == 565 and report.done
    assert report.received == 0


def test_qiurc_dnsgip_addresses() -> None:
    # A Quectel user's notes (AT+QIDNSGIP=1, "echo.u-blox.com") and an RT-Thread log.
    text = '+QIURC: "dnsgip",0,1,300\n+QIURC: "dnsgip","195.34.89.241"'
    assert parse_qiurc_dnsgip(text) == DnsReport(("195.34.89.241",))
    assert parse_qiurc_dnsgip('+QIURC: "dnsgip",0,1,0\n+QIURC: "dnsgip","172.188.83.251"'
                              ) == DnsReport(("172.188.83.251",))
    head_only = parse_qiurc_dnsgip('+QIURC: "dnsgip",0,2,600\n+QIURC: "dnsgip","1.2.3.4"')
    assert isinstance(head_only, DnsReport) and not head_only.done


def test_qiurc_dnsgip_failure_and_other_qiurcs() -> None:
    # Quectel TCP/IP AN: 565 = DNS parse failed. "recv"/"closed" URCs belong to sockets.
    assert parse_qiurc_dnsgip('+QIURC: "dnsgip",565') == DnsReport((), "565")
    assert isinstance(parse_qiurc_dnsgip('+QIURC: "closed",0'), Unparsed)


def test_qhttpget_forms() -> None:
    # "+QHTTPGET: 0,200,1199" (a Quectel user's GET notes), "+QHTTPGET: 0,404,0" (EG800K
    # log: first field 0 = the command worked), "+QHTTPGET: 702" (HTTP AN: timeout).
    assert parse_qhttpget("+QHTTPGET: 0,200,1199") == HttpReport(200, 1199)
    assert parse_qhttpget("+QHTTPGET: 0,404,0") == HttpReport(404, 0)
    assert parse_qhttpget("+QHTTPGET: 702") == HttpReport(None, None, 702)


def test_qiact_lists_active_contexts() -> None:
    # Quectel TCP/IP AN example: +QIACT: <contextID>,<state>,<type>,"<IP>".
    assert parse_qiact('+QIACT: 1,1,1,"10.7.157.1"') == {1: "10.7.157.1"}
    assert parse_qiact("") == {}


# --- SIMCom -----------------------------------------------------------------------------

def test_cping_sim7020_notes() -> None:
    # A SIM7020 user's notes: AT+CPING="www.baidu.com",1,4,64,1000,10000,255.
    text = ("+CPING: 1,163.177.151.109,60,85,54\n+CPING: 1,163.177.151.109,60,35,54\n"
            "+CPING: 1,163.177.151.109,60,25,54\n+CPING: 1,163.177.151.109,60,30,54\n"
            "+CPING: 3,4,4,0,25,85,43")
    assert parse_cping(text) == PingReport(4, 4, (85.0, 35.0, 25.0, 30.0))


def test_cping_timeout_oneos_a7600x_driver() -> None:
    # OneOS a7600x_ping.c comment: "Def ping timeout: OK +CPING: 2 +CPING: 3,1,0,1,0,0,0".
    assert parse_cping("+CPING: 2\n+CPING: 3,1,0,1,0,0,0") == PingReport(1, 0, ())
    pending = parse_cping("+CPING: 2")
    assert isinstance(pending, PingReport) and not pending.done


def test_cdnsgip_forms() -> None:
    # RT-Thread sim76xx driver comment; an A7672 log's error 10; 8 = DNS error (aliyun SDK).
    assert parse_cdnsgip('+CDNSGIP: 1,"www.baidu.com","14.215.177.39"') == DnsReport(
        ("14.215.177.39",))
    assert parse_cdnsgip('+CDNSGIP: 1,"www.baidu.com","183.232.231.173","183.232.231.172"'
                         ).addresses == ("183.232.231.173", "183.232.231.172")  # type: ignore[union-attr]
    assert parse_cdnsgip("+CDNSGIP: 0,10") == DnsReport((), "10")
    assert parse_cdnsgip("+CDNSGIP: 0,8") == DnsReport((), "8")


def test_httpaction_statuses_and_errors() -> None:
    # SIMCom HTTP AT manual: +HTTPACTION: <method>,<statuscode>,<datalen>; errors (7xx on
    # SIM7600, 6xx on SIM800) stand in the status field.
    assert parse_httpaction("+HTTPACTION: 0,200,1234") == HttpReport(200, 1234)
    assert parse_httpaction("+HTTPACTION: 0,302,0") == HttpReport(302, 0)
    assert parse_httpaction("+HTTPACTION: 0,714,0") == HttpReport(None, 0, 714)
    assert parse_httpaction("+HTTPACTION: 0,601,0") == HttpReport(None, 0, 601)


def test_netopen_read_form() -> None:
    # SIM7600 AT manual: AT+NETOPEN? -> +NETOPEN: <net_state> (1 opened).
    assert parse_netopen("+NETOPEN: 1") is True
    assert parse_netopen("+NETOPEN: 0") is False


# --- u-blox -----------------------------------------------------------------------------

PARTICLE_TRACE = ('+UUPING: 1,32,"google-public-dns-a.google.com","8.8.8.8",55,812\n'
                  '+UUPING: 2,32,"google-public-dns-a.google.com","8.8.8.8",55,651')


def test_uuping_particle_electron_trace() -> None:
    # A Particle Electron (SARA-U260) trace of AT+UPING="8.8.8.8" with 2 retries.
    assert parse_uuping(PARTICLE_TRACE, 2) == PingReport(2, 2, (812.0, 651.0))
    partial = parse_uuping(PARTICLE_TRACE.splitlines()[0], 4)
    assert isinstance(partial, PingReport) and not partial.done


def test_uuping_lost_echoes_and_errors() -> None:
    # u-blox AT manual: rtt -1 = that echo timed out; +UUPINGER: 8 = cannot resolve host
    # (Particle firmware's table), 17 = no PSD connection.
    lost = '+UUPING: 1,32,"8.8.8.8","8.8.8.8",255,-1\n+UUPING: 2,32,"8.8.8.8","8.8.8.8",255,-1'
    assert parse_uuping(lost, 2) == PingReport(2, 0, ())
    failed = parse_uuping("+UUPINGER: 8", 4)
    assert isinstance(failed, PingReport) and failed.error == 8 and failed.done


def test_udnsrn_and_uuhttpcr() -> None:
    # Particle trace: +UDNSRN: "52.91.48.237"; u-blox HTTP traces: +UUHTTPCR: 0,1,1.
    assert parse_udnsrn('+UDNSRN: "52.91.48.237"') == DnsReport(("52.91.48.237",))
    assert parse_uuhttpcr("+UUHTTPCR: 0,1,1") == 1
    assert parse_uuhttpcr("+UUHTTPCR: 0,1,0") == 0


def test_urdfile_holds_the_saved_response() -> None:
    # u-blox AT manual: +URDFILE: <filename>,<size>,<data>; an HTTP response file starts with
    # the status line and the headers (as in public SARA-R4 traces).
    text = ('+URDFILE: "http.resp",76,"HTTP/1.1 302 Found\n'
            'Location: http://portal.operator.invalid/topup\nContent-Length: 0\n"')
    head = parse_http_head(parse_urdfile(text))  # type: ignore[arg-type]
    assert head.status == 302 and head.location == "http://portal.operator.invalid/topup"


# --- Telit ------------------------------------------------------------------------------

def test_telit_ping_replies_and_timeouts() -> None:
    # A Telit LE910 driver's comment: #PING: 01,"159.89.111.150",0,51; a Java AT commander's
    # test: #PING: 01,"8.8.8.8",5,52. Telit AT reference: a lost echo reports 600 and 255.
    assert parse_telit_ping('#PING: 01,"159.89.111.150",0,51') == PingReport(1, 1, (0.0,))
    assert parse_telit_ping('#PING: 01,"8.8.8.8",5,52') == PingReport(1, 1, (500.0,))
    lost = '#PING: 01,"8.8.8.8",600,255\n#PING: 02,"8.8.8.8",600,255'
    assert parse_telit_ping(lost) == PingReport(2, 0, ())


def test_qdns_httpring_sgact() -> None:
    # Telit AT reference: #QDNS: "<host>","<ip>"; #HTTPRING: <prof>,<status>,"<type>",<size>;
    # #SGACT: <cid>,<stat>. The failure forms below are not from a public sample (none was
    # found): anything but an address is the error, status 0 is no answer.
    assert parse_qdns('#QDNS: "www.telit.com","104.18.30.7"') == DnsReport(("104.18.30.7",))
    assert parse_qdns('#QDNS: "nowhere.invalid","Unknown host"') == DnsReport(
        (), "Unknown host")
    assert parse_httpring('#HTTPRING: 0,200,"text/html",1450') == HttpReport(200, 1450)
    assert parse_httpring('#HTTPRING: 0,0,"",0') == HttpReport(None, 0, 0)
    assert parse_sgact("#SGACT: 1,1\n#SGACT: 2,0") == {1: True, 2: False}


# --- Fibocom ----------------------------------------------------------------------------

def test_mping_oneos_l610_driver() -> None:
    # OneOS l610_ping.c: "+MPINGSTAT: 0,"39.156.66.18",1,1,168".
    text = '+MPING: "39.156.66.18",0,0,168\n+MPINGSTAT: 0,"39.156.66.18",1,1,168'
    assert parse_mping(text) == PingReport(1, 1, (168.0,), None)
    assert parse_mping('+MPINGSTAT: 0,"39.156.66.18",2,0,0') == PingReport(2, 0, (), None)


def test_mipcall_and_mipdns() -> None:
    # Fibocom L6xx drivers (RT-Thread l610, OneOS): +MIPCALL: 1,<ip> / +MIPCALL: 0 read
    # forms, +MIPCALL: <ip> after AT+MIPCALL=1; +MIPDNS: "<host>",<ip>.
    assert parse_mipcall('+MIPCALL: 1,"10.8.4.203"') == "10.8.4.203"
    assert parse_mipcall("+MIPCALL: 10.8.4.203") == "10.8.4.203"
    assert parse_mipcall("+MIPCALL: 0") is None
    assert parse_mipdns('+MIPDNS: "www.baidu.com",14.215.177.38') == DnsReport(
        ("14.215.177.38",))


# --- HTTP heads and portal pages ----------------------------------------------------------

def test_http_head_without_the_blank_line_modems_drop() -> None:
    head = parse_http_head("HTTP/1.1 200 OK\nContent-Type: text/html\n<html><title>充值"
                           "</title></html>")
    assert head.status == 200 and head.body.startswith("<html>")
    assert page_title(head.body) == "充值"
    assert parse_http_head("<html>no head</html>").status is None


def test_portal_link_finds_where_the_page_sends_the_browser() -> None:
    assert portal_link('<meta http-equiv="refresh" content="0;url=http://a.invalid/x">') \
        == "http://a.invalid/x"
    assert portal_link('<script>window.location.href="http://b.invalid/t"</script>') \
        == "http://b.invalid/t"
    assert portal_link("<p>nothing here</p>") is None


PARSERS = (parse_qping, parse_qiurc_dnsgip, parse_qhttpget, parse_qiact, parse_cping,
           parse_cdnsgip, parse_httpaction, parse_netopen, parse_udnsrn, parse_uuhttpcr,
           parse_urdfile, parse_telit_ping, parse_qdns, parse_httpring, parse_sgact,
           parse_mipcall, parse_mping, parse_mipdns)


@pytest.mark.parametrize("parser", PARSERS, ids=lambda p: p.__name__)
@settings(max_examples=60, deadline=None)
@given(text=st.text(alphabet=st.characters(codec="latin-1"), max_size=200))
def test_arbitrary_text_never_raises(parser, text: str) -> None:  # type: ignore[no-untyped-def]
    parser(text)
    parse_uuping(text, 3)
    parse_http_head(text)
