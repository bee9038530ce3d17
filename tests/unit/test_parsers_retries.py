"""PIN/PUK retry counters: 3GPP +CPINR, each vendor's command and the +CSIM status word."""

import pytest

from simtool.at.parsers.common import Unparsed
from simtool.at.parsers.retries import (
    CsimStatus,
    Retries,
    parse_cinterion_spic_pin,
    parse_cinterion_spic_puk,
    parse_cpinr,
    parse_csim_pin1,
    parse_csim_puk1,
    parse_csim_status,
    parse_huawei_cpin,
    parse_intel_xpincnt,
    parse_mtk_epinc,
    parse_quectel_qpinc,
    parse_sierra_cpinc,
    parse_simcom_spic,
    parse_telit_pct,
    parse_ublox_upincnt,
    parse_zte_zpinpuk,
)


@pytest.mark.parametrize(
    ("source", "parser", "reply", "expected"),
    [
        ("3GPP TS 27.007 §8.65 +CPINR one line per code", parse_cpinr,
         "+CPINR: SIM PIN,3,3\r\n+CPINR: SIM PUK,10,10\r\n+CPINR: SIM PIN2,3,3\r\n"
         "+CPINR: SIM PUK2,10,10\r\nOK",
         Retries(pin=3, puk=10, pin2=3, puk2=10)),
        ("3GPP TS 27.007 §8.65 +CPINR quoted codes", parse_cpinr,
         '+CPINR: "SIM PIN",2\r\n+CPINR: "SIM PUK",10', Retries(pin=2, puk=10)),
        ("Huawei ME909s AT manual ^CPIN?: code,times,puk,pin,puk2,pin2", parse_huawei_cpin,
         "^CPIN: SIM PIN,3,10,3,10,3", Retries(pin=3, puk=10, pin2=3, puk2=10)),
        ("Huawei ^CPIN? when ready: empty times field", parse_huawei_cpin,
         "^CPIN: READY,,10,2,10,3", Retries(pin=2, puk=10, pin2=3, puk2=10)),
        ("Quectel EC25 AT manual v2.0 AT+QPINC?", parse_quectel_qpinc,
         '+QPINC: "SC",3,10\r\n+QPINC: "P2",3,10\r\nOK',
         Retries(pin=3, puk=10, pin2=3, puk2=10)),
        ("SIMCom SIM7600 AT manual AT+SPIC: pin1,puk1,pin2,puk2", parse_simcom_spic,
         "+SPIC: 3,10,3,10", Retries(pin=3, puk=10, pin2=3, puk2=10)),
        ("u-blox SARA-R4 AT manual UBX-17003787 +UPINCNT: pin,pin2,puk,puk2",
         parse_ublox_upincnt, "+UPINCNT: 3,3,10,10", Retries(pin=3, puk=10, pin2=3, puk2=10)),
        ("Sierra MC7304 AT manual +CPINC: pin,pin2,puk,puk2", parse_sierra_cpinc,
         "+CPINC: 2,3,10,10", Retries(pin=2, puk=10, pin2=3, puk2=10)),
        ("Cinterion EHS6 AT manual ^SPIC=\"SC\"", parse_cinterion_spic_pin, "^SPIC: 3",
         Retries(pin=3)),
        ("Cinterion EHS6 AT manual ^SPIC=\"SC\",1", parse_cinterion_spic_puk, "^SPIC: 10",
         Retries(puk=10)),
        ("Telit LE910 AT reference #PCT (code currently asked for)", parse_telit_pct,
         "#PCT: 3", Retries(current=3)),
        ("ZTE (ModemManager zte plugin) +ZPINPUK=?", parse_zte_zpinpuk, "+ZPINPUK: 3,10",
         Retries(pin=3, puk=10)),
        ("Intel XMM (Fibocom L850) +XPINCNT: pin,pin2,puk,puk2", parse_intel_xpincnt,
         "+XPINCNT: 3,3,10,10", Retries(pin=3, puk=10, pin2=3, puk2=10)),
        ("MediaTek (Fibocom FM350) +EPINC: pin,pin2,puk,puk2", parse_mtk_epinc,
         "+EPINC: 1,3,10,10", Retries(pin=1, puk=10, pin2=3, puk2=10)),
    ],
)
def test_vendor_retries(source, parser, reply, expected):
    assert parser(reply) == expected, source


def test_huawei_values_above_ten_are_noise():
    # ModemManager rejects Huawei counters > 10 (firmware bug seen in the field).
    assert parse_huawei_cpin("^CPIN: READY,,99,3,10,3") == Retries(pin=3, puk=None, pin2=3,
                                                                    puk2=10)


def test_simcom_single_number_is_not_guessed():
    assert parse_simcom_spic("+SPIC: 3") == Unparsed(
        '+SPIC: 3', 'single +SPIC value: which code it counts is unknown')


@pytest.mark.parametrize(
    ("source", "reply", "status"),
    [
        ("ETSI TS 102 221 §10.2.1.3 SW 63C3: 3 tries left", '+CSIM: 4,"63C3"',
         CsimStatus("63C3", 3)),
        ("ModemManager mm_parse_csim_response: 63CA = 10", '+CSIM: 4,"63CA"',
         CsimStatus("63CA", 10)),
        ("ETSI TS 102 221 SW 6983: authentication method blocked", '+CSIM:4,"6983"',
         CsimStatus("6983", 0)),
        ("ETSI TS 102 221 SW 9000: PIN disabled, no counter", '+CSIM: 4,"9000"',
         CsimStatus("9000", None)),
    ],
)
def test_csim_status(source, reply, status):
    assert parse_csim_status(reply) == status, source


def test_csim_pin_and_puk_fields():
    assert parse_csim_pin1('+CSIM: 4,"63C2"') == Retries(pin=2)
    assert parse_csim_puk1('+CSIM: 4,"63CA"') == Retries(puk=10)
    assert isinstance(parse_csim_pin1('+CSIM: 4,"9000"'), Unparsed)
    assert isinstance(parse_csim_pin1("+CME ERROR: 4"), Unparsed)


def test_merge_fills_only_unknown_fields():
    merged = Retries(pin=3).merged(Retries(pin=1, puk=10))
    assert merged == Retries(pin=3, puk=10)
    assert Retries().empty and not merged.empty
