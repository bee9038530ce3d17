"""Signal and radio parsers: +CSQ, +CESQ, Huawei ^HCSQ, Quectel +QCSQ, +CFUN?."""

import pytest

from simtool.at.parsers.common import Unparsed
from simtool.at.parsers.radio import Cfun, parse_cfun
from simtool.at.parsers.signal import (
    Cesq,
    Csq,
    VendorSignal,
    parse_cesq,
    parse_csq,
    parse_huawei_hcsq,
    parse_quectel_qcsq,
)


@pytest.mark.parametrize(
    ("source", "reply", "expected"),
    [
        ("3GPP TS 27.007 §8.5 +CSQ: <rssi>,<ber>", "+CSQ: 20,99\r\nOK", Csq(20, -73, None)),
        ("Quectel EC25 AT manual v2.0 AT+CSQ example", "+CSQ: 28,99", Csq(28, -57, None)),
        ("obsy/packages#3: +CSQ: 99,99 on LTE = unknown", "+CSQ: 99,99",
         Csq(None, None, None)),
        ("No space after the colon", "+CSQ:0,0", Csq(0, -113, 0)),
        ("31 = -51 dBm or better", "+CSQ: 31,7", Csq(31, -51, 7)),
    ],
)
def test_csq(source, reply, expected):
    assert parse_csq(reply) == expected, source


@pytest.mark.parametrize(
    ("source", "reply", "expected"),
    [
        ("3GPP TS 27.007 §8.69 +CESQ on LTE (Quectel EC25 AT manual example shape)",
         "+CESQ: 99,99,255,255,20,45",
         Cesq(None, None, None, None, -10.0, -96.0)),
        ("ModemManager commit ee75d23f: no space after +CESQ:",
         "+CESQ:99,99,255,255,13,41", Cesq(None, None, None, None, -13.5, -100.0)),
        ("3GPP TS 27.007 §8.69 +CESQ on UMTS", "+CESQ: 99,99,40,30,255,255",
         Cesq(None, None, -81.0, -9.5, None, None)),
        ("3GPP TS 27.007 §8.69 +CESQ on GSM", "+CESQ: 40,0,255,255,255,255",
         Cesq(-71.0, 0, None, None, None, None)),
    ],
)
def test_cesq(source, reply, expected):
    assert parse_cesq(reply) == expected, source


def test_cesq_nr_extension():
    # 3GPP TS 27.007 Release 15 +CESQ adds <ss_rsrq>,<ss_rsrp>,<ss_sinr>
    result = parse_cesq("+CESQ: 99,99,255,255,255,255,60,70,80")
    assert isinstance(result, Cesq)
    assert (result.ss_rsrq_db, result.ss_rsrp_dbm, result.ss_sinr_db) == (-13.0, -86.0, 17.0)


def test_cesq_too_few_fields_is_unparsed():
    assert parse_cesq("+CESQ: 99,99") == Unparsed(
        '+CESQ: 99,99', 'fewer than six numbers in the +CESQ reply')


@pytest.mark.parametrize(
    ("source", "reply", "expected"),
    [
        ("Huawei ME909s AT manual ^HCSQ LTE", '^HCSQ: "LTE",60,47,127,24',
         VendorSignal("LTE", rssi_dbm=-61.0, rsrp_dbm=-94.0, sinr_db=5.2, rsrq_db=-8.0)),
        ("Huawei ME909s AT manual ^HCSQ WCDMA", '^HCSQ: "WCDMA",30,28,50',
         VendorSignal("WCDMA", rssi_dbm=-91.0, rscp_dbm=-93.0, ecio_db=-7.5)),
        ("Huawei ME909s AT manual ^HCSQ GSM", '^HCSQ: "GSM",40',
         VendorSignal("GSM", rssi_dbm=-81.0)),
        ("Huawei ME909s AT manual ^HCSQ no service", '^HCSQ: "NOSERVICE"',
         VendorSignal("NOSERVICE")),
        ("Huawei 255 = unknown", '^HCSQ: "LTE",255,255,255,255', VendorSignal("LTE")),
        ("Huawei 5G module ^HCSQ NR form", '^HCSQ: "NR",87,160,12',
         VendorSignal("NR", rsrp_dbm=-54.0, sinr_db=11.8, rsrq_db=-14.0)),
    ],
)
def test_huawei_hcsq(source, reply, expected):
    assert parse_huawei_hcsq(reply) == expected, source


@pytest.mark.parametrize(
    ("source", "reply", "expected"),
    [
        ("Quectel EC25 AT manual v2.0 AT+QCSQ LTE example", '+QCSQ: "LTE",-52,-81,195,-10',
         VendorSignal("LTE", rssi_dbm=-52.0, rsrp_dbm=-81.0, sinr_db=19.0, rsrq_db=-10.0)),
        ("Quectel EC25 AT manual v2.0 AT+QCSQ no service", '+QCSQ: "NOSERVICE"',
         VendorSignal("NOSERVICE")),
        ("Quectel EC25 AT manual v2.0 AT+QCSQ WCDMA", '+QCSQ: "WCDMA",-65,-72,-60',
         VendorSignal("WCDMA", rssi_dbm=-65.0, rscp_dbm=-72.0)),
        ("Quectel EC25 AT manual v2.0 AT+QCSQ GSM", '+QCSQ: "GSM",-69',
         VendorSignal("GSM", rssi_dbm=-69.0)),
    ],
)
def test_quectel_qcsq(source, reply, expected):
    assert parse_quectel_qcsq(reply) == expected, source


@pytest.mark.parametrize(
    ("source", "reply", "kwargs", "expected"),
    [
        ("3GPP TS 27.007 §8.2 +CFUN: 1", "+CFUN: 1\r\nOK", {}, Cfun(1, True)),
        ("3GPP TS 27.007 §8.2 +CFUN: 0", "+CFUN: 0", {}, Cfun(0, False)),
        ("3GPP TS 27.007 §8.2 +CFUN: 4 (airplane)", "+CFUN:4", {}, Cfun(4, False)),
        ("SIMCom SIM7600 AT manual +CFUN: 1,0", "+CFUN: 1,0", {}, Cfun(1, True)),
        ("u-blox SARA-R4 AT manual UBX-17003787 +CFUN: 19 (SIM off, radio off)",
         "+CFUN: 19", {"off_values": (0, 4, 19)}, Cfun(19, False)),
        ("u-blox CFUN 19 unknown to the generic table", "+CFUN: 19", {}, Cfun(19, None)),
        ("Telit AT reference +CFUN: 5 (power saving, radio on)", "+CFUN: 5",
         {"on_values": (1, 5)}, Cfun(5, True)),
    ],
)
def test_cfun(source, reply, kwargs, expected):
    assert parse_cfun(reply, **kwargs) == expected, source
