"""Tests written against mutants that survived scripts/mutation.sh in the TCP/IP test
parsers (simtool.at.parsers.tcpip), and in ussd, ceer, euicc, bertlv (docs/mutation.md),
continued from test_mutants_parsers.py.

Each case names where its reply comes from. Some cases are a documented reply cut short
after a field (a line read before the rest arrived, or a modem leaving out the optional
fields its manual's syntax puts in brackets): the parsers must then give a result or
`Unparsed`, never raise; those are marked "cut short"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from simtool.at import bertlv
from simtool.at.parsers import ussd
from simtool.at.parsers.common import Unparsed
from simtool.at.parsers.euicc import split_response
from simtool.at.parsers.tcpip import (
    DnsReport,
    HttpHead,
    HttpReport,
    PingReport,
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
    parse_sgact,
    parse_telit_ping,
    parse_udnsrn,
    parse_urdfile,
    parse_uuhttpcr,
    parse_uuping,
)

# A URC that can arrive between the lines a parser is given (TS 27.007 §10.1.19 +CGEV): it
# is not the reply, and the parser must read on past it.
URC = "+CGEV: ME PDN ACT 1"


# -- the reason an unread reply gives names the line that was looked for ------------------

@pytest.mark.parametrize(("parser", "line"), [
    (parse_qhttpget, "+QHTTPGET"),
    (parse_cdnsgip, "+CDNSGIP"),
    (parse_httpaction, "+HTTPACTION"),
    (parse_netopen, "+NETOPEN"),
    (lambda text: parse_uuping(text, 4), "+UUPING"),
    (parse_udnsrn, "+UDNSRN"),
    (parse_uuhttpcr, "+UUHTTPCR"),
    (parse_urdfile, "+URDFILE"),
    (parse_telit_ping, "#PING"),
    (parse_qdns, "#QDNS"),
    (parse_httpring, "#HTTPRING"),
    (parse_mipcall, "+MIPCALL"),
    (parse_mping, "+MPINGSTAT"),
    (parse_mipdns, "+MIPDNS"),
], ids=lambda value: value if isinstance(value, str) else "")
def test_a_reply_without_the_line_names_the_line(parser: Callable[[str], object],
                                                 line: str) -> None:
    # A bare OK (the command accepted, its result never came): the reason says what is missing.
    assert parser("OK") == Unparsed("OK", f"no {line} line in the reply")


def test_unreadable_context_lines_name_their_command() -> None:
    # Quectel AT+QIACT? and SIMCom +CPING lines cut short: the reason names the command.
    assert parse_qiact("+QIACT: 1") == Unparsed("+QIACT: 1", "+QIACT reply not understood")
    assert parse_qiact("+QIACT: x,1") == Unparsed("+QIACT: x,1", "+QIACT reply not understood")
    assert parse_cping("+CPING: 3,x,1,0") == Unparsed("+CPING: 3,x,1,0",
                                                      "+CPING reply not understood")


# -- Quectel (TCP/IP and HTTP(S) application notes) ----------------------------------------

def test_qhttpget_after_a_urc_and_with_its_optional_fields_left_out() -> None:
    # HTTP(S) AN: +QHTTPGET: <err>[,<httprspcode>[,<content_length>]]; "0,200,1199" is a
    # Quectel user's GET. The bracketed fields may be missing (cut short).
    assert parse_qhttpget(f"{URC}\n+QHTTPGET: 0,200,1199") == HttpReport(200, 1199)
    assert parse_qhttpget("+QHTTPGET: 0,200") == HttpReport(200, None)
    assert parse_qhttpget("+QHTTPGET: 0") == HttpReport(None, None)


def test_qiact_reads_the_state_not_the_type() -> None:
    # TCP/IP AN: +QIACT: <contextID>,<context_state>,<context_type>[,<IP_address>]; type 1
    # is IPv4, 2 IPv6, 3 IPv4v6. A context of type 2 or 3 that is active (state 1).
    reply = '+QIACT: 1,1,3,"10.7.157.1"\n+QIACT: 2,1,2,"2409:8162:a40:1c2b::1"'
    assert parse_qiact(reply) == {1: "10.7.157.1", 2: "2409:8162:a40:1c2b::1"}
    assert parse_qiact(f'{URC}\n+QIACT: 1,1,1,"10.7.157.1"') == {1: "10.7.157.1"}
    # The address is optional in the syntax (cut short): active, address unknown.
    assert parse_qiact("+QIACT: 1,1,1") == {1: None}
    assert parse_qiact("+QIACT: 1,1") == {1: None}


# -- SIMCom (SIM800 / SIM7600 TCP/IP and HTTP AT manuals) ---------------------------------

def test_cdnsgip_error_without_its_code() -> None:
    # +CDNSGIP: 0,<dns error code>; cut short after the 0 the failure still shows, code "0".
    assert parse_cdnsgip("+CDNSGIP: 0") == DnsReport((), "0")
    assert parse_cdnsgip(f"{URC}\n+CDNSGIP: 0,8") == DnsReport((), "8")


def test_httpaction_error_ranges_and_short_lines() -> None:
    # HTTP AT manuals: SIM800 puts 600 (not an HTTP PDU) to 604 in the status field, SIM7600
    # 701 to 719; the parser takes 600..799 as the modem's own errors, 800 is not one.
    assert parse_httpaction("+HTTPACTION: 0,600,0") == HttpReport(None, 0, 600)
    assert parse_httpaction("+HTTPACTION: 0,799,0") == HttpReport(None, 0, 799)
    assert parse_httpaction("+HTTPACTION: 0,800,0") == HttpReport(800, 0)
    assert parse_httpaction("+HTTPACTION: 0,599,0") == HttpReport(599, 0)
    assert parse_httpaction(f"{URC}\n+HTTPACTION: 0,200,1234") == HttpReport(200, 1234)
    # Cut short: no data length, no status.
    assert parse_httpaction("+HTTPACTION: 0,200") == HttpReport(200, None)
    assert parse_httpaction("+HTTPACTION: 0") == Unparsed(
        "+HTTPACTION: 0", "+HTTPACTION reply not understood")


# -- u-blox (SARA AT manual: +UUPING, +UUPINGER, +UUHTTPCR, +URDFILE) -------------------------

def test_uuping_error_before_any_echo() -> None:
    # +UUPINGER: 8 (host not resolved, Particle firmware's table): nothing sent, done.
    assert parse_uuping("+UUPINGER: 8", 4) == PingReport(0, 0, (), 8)
    # An error line without a readable code (cut short) is still an error: -1, not a code.
    assert parse_uuping("+UUPINGER: ", 4) == PingReport(0, 0, (), -1)
    assert parse_uuping("+UUPINGER: 0", 4) == PingReport(0, 0, (), -1)


def test_uuping_rtt_zero_is_an_echo_and_short_lines_are_not() -> None:
    # <rtt> -1 is the only "timed out" value: an echo answered within the millisecond is 0.
    reply = ('+UUPING: 1,32,"www.u-blox.com","195.34.89.241",64,0\n'
             '+UUPING: 2,32,"www.u-blox.com","195.34.89.241",64,1')
    assert parse_uuping(f"{URC}\n{reply}", 2) == PingReport(2, 2, (0.0, 1.0))
    assert parse_uuping("+UUPING: 1,32", 2) == Unparsed("+UUPING: 1,32",
                                                         "+UUPING reply not understood")


def test_uuhttpcr_cut_short() -> None:
    # +UUHTTPCR: <profile_id>,<http_command>,<http_result>; without the result: unreadable.
    assert parse_uuhttpcr("+UUHTTPCR: 0,1") == Unparsed("+UUHTTPCR: 0,1",
                                                        "+UUHTTPCR reply not understood")


HTTP_FILE = "HTTP/1.1 302 Found\r\nLocation: http://portal.operator.invalid/topup\r\n\r\n"


def test_urdfile_data_of_its_stated_size() -> None:
    # +URDFILE: <filename>,<size>,<data>: the data as saved, its line breaks kept, the
    # closing quote and whatever follows it left out.
    text = f'+URDFILE: "http.resp",{len(HTTP_FILE)},"{HTTP_FILE}"\r\nOK\r\n'
    assert parse_urdfile(text) == HTTP_FILE


def test_urdfile_shorter_than_its_size_loses_only_the_closing_quote() -> None:
    # The session hands the reply over as lines joined with "\n": each "\r\n" of the file
    # is one character shorter, so the data is shorter than the size the modem gave.
    lines = f'+URDFILE: "http.resp",{len(HTTP_FILE)},"{HTTP_FILE}"'.split("\r\n")
    text = "\n".join(line for line in lines if line)
    saved = "HTTP/1.1 302 Found\nLocation: http://portal.operator.invalid/topup\n"
    assert parse_urdfile(text) == saved
    assert parse_urdfile(text + "\r\n") == saved


def test_urdfile_with_one_line_break_lost_keeps_no_quote() -> None:
    # A file of one CRLF-ended line: joined with "\n", the data and its closing quote are
    # exactly <size> characters long; the quote is still not part of the data.
    text = '+URDFILE: "http.resp",17,"HTTP/1.1 200 OK\r\n"'.replace("\r\n", "\n")
    assert parse_urdfile(text) == "HTTP/1.1 200 OK\n"


# -- Telit (AT reference: #PING, #QDNS, #HTTPRING, #SGACT) --------------------------------

def test_telit_ping_short_lines_are_unreadable() -> None:
    # #PING: <replyId>,<IP>,<replyTime>,<ttl>; a line cut short before the TTL.
    assert parse_telit_ping('#PING: 01,"8.8.8.8",5,') == Unparsed(
        '#PING: 01,"8.8.8.8",5,', "#PING reply not understood")
    assert parse_telit_ping("#PING: 01") == Unparsed("#PING: 01", "#PING reply not understood")
    assert parse_telit_ping(f'{URC}\n#PING: 01,"8.8.8.8",5,52') == PingReport(1, 1, (500.0,))


def test_qdns_forms() -> None:
    # #QDNS: "<host>","<IP address>"; an IPv6 answer is an address too. The failure forms
    # are not from a public sample: no second field, or an empty one, is an unknown error.
    assert parse_qdns('#QDNS: "www.google.com","2a00:1450:4001:82a::2004"') == DnsReport(
        ("2a00:1450:4001:82a::2004",))
    assert parse_qdns(f'{URC}\n#QDNS: "www.telit.com","104.18.30.7"') == DnsReport(
        ("104.18.30.7",))
    assert parse_qdns('#QDNS: "nowhere.invalid"') == DnsReport((), "?")
    assert parse_qdns('#QDNS: "nowhere.invalid",""') == DnsReport((), "?")
    # A bare number or hex word is no address.
    assert parse_qdns('#QDNS: "nowhere.invalid","0"') == DnsReport((), "0")


def test_httpring_short_lines() -> None:
    # #HTTPRING: <prof_id>,<http_status_code>,<content_type>,<data_size>, cut short.
    assert parse_httpring(f'{URC}\n#HTTPRING: 0,200,"text/html",1450') == HttpReport(200, 1450)
    assert parse_httpring('#HTTPRING: 0,200,"text/html"') == HttpReport(200, None)
    assert parse_httpring("#HTTPRING: 0,200") == HttpReport(200, None)
    assert parse_httpring("#HTTPRING: 0") == Unparsed("#HTTPRING: 0",
                                                      "#HTTPRING reply not understood")


def test_sgact_short_lines() -> None:
    # #SGACT: <cid>,<stat>; a line without its state is unreadable, not "inactive".
    assert parse_sgact("#SGACT: 1") == Unparsed("#SGACT: 1", "#SGACT reply not understood")
    assert parse_sgact(f"{URC}\n#SGACT: 1,1") == {1: True}


# -- Fibocom (G510 / L6xx AT manuals: +MIPCALL, +MIPDNS, +MPING, +MPINGSTAT) ----------------

def test_mipcall_forms() -> None:
    # Read form +MIPCALL: <status>[,<IP>]; a status that is not 1 with something after it
    # is no address. "+MIPCALL: 1" with no address is not one either (cut short).
    assert parse_mipcall(f'{URC}\n+MIPCALL: 1,"10.8.4.203"') == "10.8.4.203"
    assert parse_mipcall('+MIPCALL: 0,"0.0.0.0"') == Unparsed('+MIPCALL: 0,"0.0.0.0"',
                                                              "+MIPCALL reply not understood")
    assert parse_mipcall("+MIPCALL: 1") == Unparsed("+MIPCALL: 1",
                                                    "+MIPCALL reply not understood")


def test_mipdns_failure_words() -> None:
    # +MIPDNS: "<host>",<ip>. The failure forms are not from a public sample (the OneOS and
    # RT-Thread L610 drivers only treat an answer shorter than 8 characters as failed):
    # whatever stands last is the error; no field after the host is an unknown error.
    assert parse_mipdns(f'{URC}\n+MIPDNS: "www.baidu.com",14.215.177.38') == DnsReport(
        ("14.215.177.38",))
    assert parse_mipdns('+MIPDNS: "nowhere.invalid"') == DnsReport((), "?")
    assert parse_mipdns('+MIPDNS: "nowhere.invalid",0') == DnsReport((), "0")
    assert parse_mipdns('+MIPDNS: "nowhere.invalid",1,8') == DnsReport((), "8")
    assert parse_mipdns('+MIPDNS: "www.google.com",2a00:1450:4001:82a::2004') == DnsReport(
        ("2a00:1450:4001:82a::2004",))


MPING_IP = '"10.170.4.112"'        # the G510 manual's example target


def test_mping_echoes_before_the_summary_are_not_done() -> None:
    # G510 manual example: +MPING: "10.170.4.112",0,0,400 per Echo Reply (type 0, code 0).
    reply = f"+MPING: {MPING_IP},0,0,400\n{URC}\n+MPING: {MPING_IP},0,0,420"
    assert parse_mping(reply) == PingReport(2, 2, (400.0, 420.0), done=False)


def test_mping_other_icmp_answers_are_not_echoes() -> None:
    # G510 manual: the answer may be another ICMP message, e.g. Time Exceeded (type 11,
    # code 0) or Destination Unreachable (type 3, code 1); only type 0 with an RTT counts.
    replies = [f"+MPING: {MPING_IP},11,0", f"+MPING: {MPING_IP},11,0,300",
               f"+MPING: {MPING_IP},3,1,300", f"+MPING: {MPING_IP},0,0,1"]
    assert parse_mping("\n".join(replies)) == PingReport(1, 1, (1.0,), done=False)
    # RTT 0 is no round trip the modem measured: not counted.
    assert parse_mping(f"+MPING: {MPING_IP},0,0,0") == Unparsed(
        f"+MPING: {MPING_IP},0,0,0", "no +MPINGSTAT line in the reply")


def test_mpingstat_forms() -> None:
    # +MPINGSTAT: <status>[,<IP>,<sent>,<received>[,<average RTT>]] (G510 manual): the
    # average only when something came back; status 1 = no reply within the timeout (a
    # driver tells "+MPINGSTAT: 1," apart from "+MPINGSTAT: 0,").
    assert parse_mping(f"+MPINGSTAT: 0,{MPING_IP},4,0") == PingReport(4, 0, (), None)
    assert parse_mping(f"+MPINGSTAT: 1,{MPING_IP},4,0") == PingReport(4, 0, (), 1)
    for short in ("+MPINGSTAT: 1", f"+MPINGSTAT: 0,{MPING_IP},4",
                  f"+MPINGSTAT: 0,{MPING_IP},4,"):
        assert parse_mping(short) == Unparsed(short, "+MPINGSTAT reply not understood")


# -- HTTP heads saved by the modems ----------------------------------------------------------

def test_http_head_with_crlf_line_breaks() -> None:
    # An HTTP response as a u-blox file or a Quectel responseheader holds it: CRLF breaks.
    raw = ("HTTP/1.1 302 Found\r\nLocation: http://portal.operator.invalid/topup\r\n"
           "Content-Type: text/html\r\n\r\n<html>\r\n<body>Top up</body>\r\n</html>\r\n")
    assert parse_http_head(raw) == HttpHead(
        302, "http://portal.operator.invalid/topup",
        "<html>\n<body>Top up</body>\n</html>")


def test_http_head_without_location_or_status() -> None:
    assert parse_http_head("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok") == HttpHead(
        200, None, "ok")
    assert parse_http_head("<html>no head</html>") == HttpHead(None, None,
                                                               "<html>no head</html>")


def test_http_head_body_keeps_its_indentation() -> None:
    # Only the blank lines around the body go; the first line's indentation stays.
    raw = "HTTP/1.1 200 OK\nContent-Type: text/html\n\n  <html>\n  </html>  \n"
    assert parse_http_head(raw).body == "  <html>\n  </html>  "
    # A plain-text body keeps every letter at its ends.
    assert parse_http_head("HTTP/1.1 200 OK\n\nXML INBOX").body == "XML INBOX"


# -- USSD (TS 23.038 §5, TS 27.007 §7.15) ----------------------------------------------------

@pytest.mark.parametrize(("dcs", "text"), [
    (0xF1, "@$£Δ"),         # group 1111, bit 2 clear: GSM 7-bit, message class 1
    (0xF5, "\x00A\x00B"),   # group 1111, bit 2 set: 8-bit data, message class 1
])
def test_ussd_group_1111_reads_bit_2_only(dcs: int, text: str) -> None:
    assert ussd.decode_ussd("00410042", dcs) == text


def test_cusd_unquoted_text_with_commas_and_no_dcs() -> None:
    # TS 27.007 §7.15 with <dcs> left out and the string sent unquoted: the last field is
    # words, not a number, so it belongs to the text.
    assert ussd.parse_cusd("+CUSD: 0,Balance 5.00 EUR,valid until 31.12") == ussd.Cusd(
        0, "Balance 5.00 EUR,valid until 31.12", None)


def test_cusd_unquoted_text_keeps_its_spaces_after_commas() -> None:
    # TS 27.007 §7.15, the string sent unquoted (as some sticks do in text mode): the text
    # is read as sent, a space after a comma included, with or without the <dcs>.
    assert ussd.parse_cusd("+CUSD: 0,Balance: 5.00 EUR, valid until 31.12,15") == ussd.Cusd(
        0, "Balance: 5.00 EUR, valid until 31.12", 15)
    assert ussd.parse_cusd("+CUSD: 0,Balance 5.00 EUR, valid until 31.12") == ussd.Cusd(
        0, "Balance 5.00 EUR, valid until 31.12", None)


# -- eUICC responses and BER-TLV (SGP.22) ---------------------------------------------------

def test_an_apdu_response_shorter_than_a_status_word_says_so() -> None:
    with pytest.raises(ValueError) as raised:
        split_response("90")
    assert str(raised.value) == "an APDU response ends with a two-byte status word"


def test_nesting_refusal_word_for_word() -> None:
    data = bytes.fromhex("80" "01" "01")
    for _ in range(18):
        data = bertlv.encode(0xA0, data)
    with pytest.raises(bertlv.TlvError) as raised:
        bertlv.decode(data)
    assert str(raised.value) == "nested deeper than 16 levels"


def test_a_decoded_eid_response_encodes_back_to_its_bytes() -> None:
    # SGP.22 GetEuiccData response (BF3E { 5A EID }), the EID of SGP.22's example.
    data = bytes.fromhex("BF3E125A1089049032123451234512345678901235")
    assert bertlv.encode_tlv(bertlv.decode_one(data)) == data
