"""Operator and packet-domain parsers: +COPS?, +CSCS?, +CGDCONT?, +CGATT?, +CGACT?, +CGPADDR."""

import pytest

from simtool.at.parsers.common import Unparsed
from simtool.at.parsers.operator import Cops, Cscs, parse_cops, parse_cscs
from simtool.at.parsers.packet import (
    Cgact,
    Cgatt,
    Cgdcont,
    Cgpaddr,
    PdpDefinition,
    parse_cgact,
    parse_cgatt,
    parse_cgdcont,
    parse_cgpaddr,
)


@pytest.mark.parametrize(
    ("source", "reply", "charset", "expected"),
    [
        ("modemmanager_notes §7.5: bare +COPS: 0 while unregistered", "+COPS: 0", "GSM",
         Cops(0, None)),
        ("Quectel EC25 AT manual v2.0 AT+COPS? example", '+COPS: 0,0,"CHINA MOBILE",7',
         "GSM", Cops(0, 0, name="CHINA MOBILE", act=7)),
        ("3GPP TS 27.007 §7.3 numeric format", '+COPS: 0,2,"46000",7', "GSM",
         Cops(0, 2, mcc="460", mnc="00", act=7)),
        ("3GPP TS 27.007 §7.3 numeric, 3-digit MNC", '+COPS: 1,2,"310260",7', "GSM",
         Cops(1, 2, mcc="310", mnc="260", act=7)),
        ("Huawei E3372 with +CSCS=\"UCS2\": name in UCS2 hex",
         '+COPS: 0,0,"004300480049004E0041002000430055",2', "UCS2",
         Cops(0, 0, name="CHINA CU", act=2)),
        ("UCS2 Chinese operator name", '+COPS: 0,0,"4E2D56FD79FB52A8",7', "UCS2",
         Cops(0, 0, name="中国移动", act=7)),
        ("No space after the colon, short name, no AcT", '+COPS:0,1,"Vodafone"', "GSM",
         Cops(0, 1, name="Vodafone")),
    ],
)
def test_cops(source, reply, charset, expected):
    assert parse_cops(reply, charset) == expected, source


def test_cops_bad_numeric_is_unparsed():
    assert parse_cops('+COPS: 0,2,"46"') == Unparsed(
        '+COPS: 0,2,"46"', 'numeric operator is not 5 or 6 digits')
    assert parse_cops("+COPS: x") == Unparsed('+COPS: x', 'no mode in the +COPS reply')


def test_cscs():
    # 3GPP TS 27.007 §5.5
    assert parse_cscs('+CSCS: "UCS2"') == Cscs("UCS2")
    assert parse_cscs("+CSCS: gsm") == Cscs("GSM")


@pytest.mark.parametrize(
    ("source", "reply", "expected"),
    [
        ("Quectel EC25 AT manual v2.0 AT+CGDCONT? example",
         '+CGDCONT: 1,"IPV4V6","cmnet","0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0",0,0,0,0\r\n'
         '+CGDCONT: 2,"IPV4V6","ims","0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0",0,0,0,0',
         Cgdcont((PdpDefinition(1, "IPV4V6", "cmnet"), PdpDefinition(2, "IPV4V6", "ims")))),
        ("openwrt/packages#27698: empty APN = network-provided",
         '+CGDCONT: 1,"IP","","0.0.0.0",0,0', Cgdcont((PdpDefinition(1, "IP", ""),))),
        ("SIMCom A7600 3-field reply (ModemManager commit 277d7857)",
         '+CGDCONT: 1,"IP","internet"', Cgdcont((PdpDefinition(1, "IP", "internet"),))),
        ("Lower-case and mixed-case PDP types kept (modemmanager_notes §7.7)",
         '+CGDCONT: 3,"ipv4v6","Internet.Provider"\r\n+CGDCONT: 1,"PPP","ppp.apn"',
         Cgdcont((PdpDefinition(1, "PPP", "ppp.apn"),
                  PdpDefinition(3, "IPV4V6", "Internet.Provider")))),
        ("Non-IP for NB-IoT, APN with a space", '+CGDCONT: 2,"Non-IP","iot apn"',
         Cgdcont((PdpDefinition(2, "Non-IP", "iot apn"),))),
        ("No contexts defined: just OK", "OK", Cgdcont(())),
    ],
)
def test_cgdcont(source, reply, expected):
    assert parse_cgdcont(reply) == expected, source


def test_cgdcont_unknown_type_kept_verbatim():
    result = parse_cgdcont('+CGDCONT: 4,"FOO","x"')
    assert result == Cgdcont((PdpDefinition(4, "FOO", "x"),))


def test_cgatt_cgact_cgpaddr():
    # 3GPP TS 27.007 §10.1.9, §10.1.10, §10.1.14
    assert parse_cgatt("+CGATT: 1\r\nOK") == Cgatt(True)
    assert parse_cgatt("+CGATT:0") == Cgatt(False)
    assert isinstance(parse_cgatt("+CGATT: 7"), Unparsed)
    assert parse_cgact("+CGACT: 1,1\r\n+CGACT: 2,0") == Cgact({1: True, 2: False})
    assert parse_cgact("OK") == Cgact({})
    assert parse_cgpaddr('+CGPADDR: 1,"10.12.34.56"\r\n+CGPADDR: 2') == Cgpaddr(
        {1: ("10.12.34.56",), 2: ()})
    assert parse_cgpaddr(
        '+CGPADDR: 1,"10.1.2.3","254.128.0.0.0.0.0.0.0.0.0.0.0.0.0.1"') == Cgpaddr(
        {1: ("10.1.2.3", "254.128.0.0.0.0.0.0.0.0.0.0.0.0.0.1")})


def test_packet_lines_without_a_context_are_unparsed():
    for parser, reply in ((parse_cgdcont, "+CGDCONT: junk"), (parse_cgact, "+CGACT: x,y"),
                          (parse_cgpaddr, "+CGPADDR: none")):
        result = parser(reply)
        assert isinstance(result, Unparsed) and result.raw == reply
