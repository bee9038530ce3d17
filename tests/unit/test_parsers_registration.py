"""Registration parsers: every <n> form, URCs, reject causes, consolidation."""

import pytest

from simtool.at.parsers.common import Unparsed
from simtool.at.parsers.registration import (
    RegStatus,
    parse_c5greg,
    parse_cereg,
    parse_cgreg,
    parse_creg,
    parse_reg_all,
    parse_reg_line,
    parse_reg_urc,
    to_domain,
)
from simtool.facts import RegistrationDomain, overall_state

MM = "ModemManager test-modem-helpers.c "


@pytest.mark.parametrize(
    ("source", "parser", "reply", "expected"),
    [
        (MM + "test_creg1_solicited shape", parse_creg, "+CREG: 1,3",
         RegStatus("cs", 1, 3)),
        (MM + "test_creg2_mercury_solicited", parse_creg, "+CREG: 0,1,84CD,00D30173",
         RegStatus("cs", 0, 1, lac="84CD", ci="D30173")),
        (MM + "test_creg2_sek850i_solicited", parse_creg, '+CREG: 2,1,"CE00","01CEAD8F"',
         RegStatus("cs", 2, 1, lac="CE00", ci="1CEAD8F")),
        (MM + "test_creg2_e160g_solicited_unregistered", parse_creg, "+CREG: 2,0,00,0",
         RegStatus("cs", 2, 0, lac="0", ci="0")),
        (MM + "test_creg2_iridium_solicited", parse_creg, '+CREG:002,001,"18d8","ffff"',
         RegStatus("cs", 2, 1, lac="18D8", ci="FFFF")),
        (MM + "test_creg2_no_leading_zeros_solicited", parse_creg, "+CREG:2,1,0001,0010",
         RegStatus("cs", 2, 1, lac="1", ci="10")),
        (MM + "test_creg2_ublox_solicited (AcT 7 on CREG: area is a TAC)", parse_creg,
         '+CREG: 2,6,"8B37","0A265185",7',
         RegStatus("cs", 2, 6, tac="8B37", ci="A265185", act=7)),
        (MM + "test_cgreg2_f3607gw_solicited", parse_cgreg, '+CGREG: 2,1,"8BE3","00002B5D",3',
         RegStatus("ps", 2, 1, lac="8BE3", ci="2B5D", act=3)),
        (MM + "test_cgreg2_thuraya_solicited (spaces)", parse_cgreg,
         '+CGREG: 2, 1, "0426", "F00F"', RegStatus("ps", 2, 1, lac="426", ci="F00F")),
        (MM + "test_cereg2_solicited", parse_cereg, "+CEREG: 2,1, 1F00, 79D903 ,7",
         RegStatus("eps", 2, 1, tac="1F00", ci="79D903", act=7)),
        (MM + "test_cereg2_novatel_lte_solicited (RAC between TAC and CI)", parse_cereg,
         "+CEREG: 2,1, 1F00, 20 ,79D903 ,7",
         RegStatus("eps", 2, 1, tac="1F00", ci="79D903", act=7)),
        (MM + "test_c5greg2_solicited (NSSAI skipped)", parse_c5greg,
         "+C5GREG: 2,1,1F00,79D903,11,6,ABCDEF",
         RegStatus("nr5g", 2, 1, tac="1F00", ci="79D903", act=11)),
        ("u-blox SARA-R4 AT manual UBX-17003787 +CEREG read example", parse_cereg,
         '+CEREG: 2,1,"3a9b","0000c33d",7', RegStatus("eps", 2, 1, tac="3A9B", ci="C33D",
                                                       act=7)),
        ("Fibocom FM350 (causes.md §5): denied with cause 0", parse_cereg,
         '+CEREG: 3,3,"124A","02ED0202",7,0,0',
         RegStatus("eps", 3, 3, tac="124A", ci="2ED0202", act=7, cause_type=0,
                   reject_cause=0)),
        ("3GPP TS 27.007 §10.1.22 n=4 with PSM timers (modemmanager_notes §2)", parse_cereg,
         '+CEREG: 4,1,"1F00","079D9030",7,,,"00000000","00000000"',
         RegStatus("eps", 4, 1, tac="1F00", ci="79D9030", act=7)),
        ("3GPP TS 27.007 §10.1.22 n=5 with reject cause #15 and timers", parse_cereg,
         '+CEREG: 5,3,"1F00","079D9030",7,0,15,,"11100000"',
         RegStatus("eps", 5, 3, tac="1F00", ci="79D9030", act=7, cause_type=0,
                   reject_cause=15)),
        ("3GPP TS 27.007 §7.2 +CREG n=3 with MM cause, AcT 2", parse_creg,
         '+CREG: 3,3,"00A1","0000B2C3",2,0,13',
         RegStatus("cs", 3, 3, lac="A1", ci="B2C3", act=2, cause_type=0, reject_cause=13)),
        ("3GPP TS 27.007 §10.1.20 +CGREG n=3: cause after RAC", parse_cgreg,
         '+CGREG: 3,3,"8BE3","00002B5D",2,"01",0,7',
         RegStatus("ps", 3, 3, lac="8BE3", ci="2B5D", act=2, cause_type=0, reject_cause=7)),
        ("3GPP TS 27.007 two-digit stat 10 and AcT 13", parse_cereg,
         '+CEREG: 2,10,"1F00","079D9030",13',
         RegStatus("eps", 2, 10, tac="1F00", ci="79D9030", act=13)),
        ("Lower case", parse_creg, "+creg: 0,5", RegStatus("cs", 0, 5)),
    ],
)
def test_read_replies(source, parser, reply, expected):
    assert parser(reply + "\r\nOK") == expected, source


@pytest.mark.parametrize(
    ("source", "line", "expected"),
    [
        (MM + "test_creg1_unsolicited", "+CREG: 3", RegStatus("cs", None, 3)),
        (MM + "test_creg2_mercury_unsolicited", "+CREG: 1,84CD,00D30156",
         RegStatus("cs", None, 1, lac="84CD", ci="D30156")),
        (MM + "test_creg2_xu870_unsolicited_unregistered", "+CREG: 2,,",
         RegStatus("cs", None, 2)),
        (MM + "test_creg2_leading_zeros_unsolicited", '+CREG: 001,"0001","0010",000',
         RegStatus("cs", None, 1, lac="1", ci="10", act=0)),
        (MM + "test_cgreg2_unsolicited_with_rac", '+CGREG: 1,"1422","00000142",3,"00"',
         RegStatus("ps", None, 1, lac="1422", ci="142", act=3)),
        (MM + "test_cereg2_altair_lte_unsolicited", "+CEREG: 2, 0001, 00000100, 7",
         RegStatus("eps", None, 2, tac="1", ci="100", act=7)),
        ("nRF9160 (causes.md §5): cause #11 with stat 2", '+CEREG: 2,"09C5","020C7B16",7,0,11',
         RegStatus("eps", None, 2, tac="9C5", ci="20C7B16", act=7, cause_type=0,
                   reject_cause=11)),
        (MM + "test_c5greg1_unsolicited", "+C5GREG: 3", RegStatus("nr5g", None, 3)),
    ],
)
def test_urcs(source, line, expected):
    assert parse_reg_urc(line) == expected, source


def test_guessing_read_versus_urc():
    # Without being told, a quoted or long third field is a LAC, so the line is a URC.
    assert parse_reg_line('+CREG: 1,"CE00","00005449"') == RegStatus(
        "cs", None, 1, lac="CE00", ci="5449")
    assert parse_reg_line("+CREG: 2,1,8BE3,2BAF").n == 2


def test_several_urcs_in_one_read():
    # ModemManager test_creg_cgreg_multi_unsolicited keeps only the first; we keep both.
    results = parse_reg_all("\r\n+CREG: 5\r\n\r\n+CGREG: 0\r\n", solicited=False)
    assert [(r.domain, r.stat) for r in results] == [("cs", 5), ("ps", 0)]


URC_CREG = '+CREG: 1,"1A2B","01A2B3C4",7'      # TS 27.007 §7.2 URC, n=2: no <n> field


@pytest.mark.parametrize(
    ("source", "parser", "reply", "expected"),
    [
        ("Quectel EC25 with +CREG=2: a URC before the answer (issue 14)", parse_creg,
         f"{URC_CREG}\r\n+CREG: 2,1,\"1A2B\",\"01A2B3C4\",7",
         RegStatus("cs", 2, 1, tac="1A2B", ci="1A2B3C4", act=7)),
        ("URC stat-only (n=1) before a solicited n=0 answer", parse_creg,
         "+CREG: 5\r\n+CREG: 0,1", RegStatus("cs", 0, 1)),
        ("URC 'searching' after the answer", parse_cereg,
         '+CEREG: 2,1,"1A2B","01A2B3C4",7\r\n+CEREG: 2\r\n+CEREG: 0',
         RegStatus("eps", 2, 1, tac="1A2B", ci="1A2B3C4", act=7)),
        ("Altair-style URC with zero-padded bare TAC, then the answer", parse_cereg,
         "+CEREG: 2, 0001, 00000100, 7\r\n+CEREG: 0,1", RegStatus("eps", 0, 1)),
        ("n=3 URC with a reject cause around a denied answer", parse_cgreg,
         '+CGREG: 3,,,,,0,7\r\n+CGREG: 3,3,"8BE3","00002B5D",2,"01",0,7',
         RegStatus("ps", 3, 3, lac="8BE3", ci="2B5D", act=2, cause_type=0, reject_cause=7)),
        ("5G URC before the answer", parse_c5greg,
         '+C5GREG: 1,"00A1B2","000000123",11\r\n+C5GREG: 2,1,"00A1B2","000000123",11',
         RegStatus("nr5g", 2, 1, tac="A1B2", ci="123", act=11)),
        ("A modem that leaves <n> out of its read reply (stat only)", parse_creg,
         "+CREG: 5", RegStatus("cs", None, 5)),
    ],
)
def test_the_answer_is_taken_by_its_shape_not_its_position(source, parser, reply, expected):
    assert parser(reply + "\r\nOK") == expected, source


def test_no_registration_line_is_unparsed():
    assert parse_creg("+CGREG: 0,1") == Unparsed('+CGREG: 0,1', 'no +CREG line in the reply')
    assert parse_cereg("+CEREG: x") == Unparsed('+CEREG: x', 'no <stat> in the registration line')


def test_to_domain_names_the_state_and_filters_causes():
    denied = to_domain(RegStatus("eps", 5, 3, tac="1F00", act=7, cause_type=0, reject_cause=15))
    assert denied == RegistrationDomain(stat=3, state="denied", tac="1F00", act=7,
                                        reject_cause=15)
    # cause 0 and manufacturer-specific causes are no usable cause
    assert to_domain(RegStatus("eps", 3, 3, cause_type=0, reject_cause=0)).reject_cause is None
    assert to_domain(RegStatus("eps", 3, 3, cause_type=1, reject_cause=114)).reject_cause \
        is None
    # vendor stat 90 (nRF: UICC failure) is not a 3GPP value
    odd = to_domain(RegStatus("eps", 2, 90))
    assert odd.stat is None and odd.state == "unknown"


def _d(state):
    return RegistrationDomain(state=state)


@pytest.mark.parametrize(
    ("states", "overall"),
    [
        (["not-registered", "home", "home", None], "home"),
        (["roaming", None, "home", None], "roaming"),
        (["searching", "denied", "denied", None], "searching"),
        (["not-registered", "denied", "denied", None], "denied"),
        (["emergency-only", "denied", None, None], "emergency-only"),
        (["not-registered", "not-registered", "home-sms-only", None], "home-sms-only"),
        (["unknown", None, None, None], "unknown"),
        ([None, None, None, None], None),
    ],
)
def test_overall_state(states, overall):
    domains = [None if s is None else _d(s) for s in states]
    assert overall_state(domains) == overall
