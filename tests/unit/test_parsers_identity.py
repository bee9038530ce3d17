"""Identity parsers against real replies; each case names where the reply comes from."""

import pytest

from simtool.at.parsers.common import Unparsed
from simtool.at.parsers.identity import (
    AtiInfo,
    Imei,
    TextValue,
    parse_ati,
    parse_cgmi,
    parse_cgmm,
    parse_cgmr,
    parse_cgsn,
)


@pytest.mark.parametrize(
    ("source", "parser", "reply", "expected"),
    [
        ("Quectel EC25 AT manual v2.0 AT+CGMI", parse_cgmi, "AT+CGMI\r\nQuectel\r\n\r\nOK",
         "Quectel"),
        ("Huawei ME909s AT manual +CGMI", parse_cgmi, "Huawei Technologies Co., Ltd.",
         "Huawei Technologies Co., Ltd."),
        ("SIMCom SIM7600 AT manual AT+CGMI", parse_cgmi, "SIMCOM INCORPORATED",
         "SIMCOM INCORPORATED"),
        ("Telit LE910 AT reference AT+GMI (prefixed)", parse_cgmi, "+GMI: Telit", "Telit"),
        ("3GPP TS 27.007 §5.1 +CGMI: <manufacturer> (prefixed form)", parse_cgmi,
         "+CGMI: \"u-blox\"", "u-blox"),
        ("Quectel EC25 AT manual v2.0 AT+CGMM", parse_cgmm, "EC25\r\nOK", "EC25"),
        ("u-blox SARA-R4 AT manual UBX-17003787 +CGMM", parse_cgmm, "SARA-R410M-02B",
         "SARA-R410M-02B"),
        ("Quectel EC25 AT manual v2.0 AT+CGMR", parse_cgmr, "Revision: EC25EFAR06A03M4G",
         "EC25EFAR06A03M4G"),
        ("Huawei ME909s AT manual +CGMR", parse_cgmr, "11.617.01.00.00", "11.617.01.00.00"),
        ("3GPP TS 27.007 §5.3 +CGMR: <revision>", parse_cgmr, "+CGMR:  SWI9X30C_02.24",
         "SWI9X30C_02.24"),
    ],
)
def test_text_identity(source, parser, reply, expected):
    result = parser(reply)
    assert result == TextValue(expected), source


@pytest.mark.parametrize(
    ("source", "reply", "value", "luhn"),
    [
        ("Quectel EC25 AT manual v2.0 AT+CGSN", "AT+CGSN\r\n869710030002905\r\nOK",
         "869710030002905", True),
        ("3GPP TS 23.003 Annex B example IMEI 49015420323751 + check digit 8",
         "490154203237518", "490154203237518", True),
        ("3GPP TS 27.007 §5.4 +CGSN: <sn> (prefixed, quoted)", '+CGSN: "490154203237518"',
         "490154203237518", True),
        ("Telit AT reference +GSN", "+GSN: 490154203237517", "490154203237517", False),
    ],
)
def test_imei(source, reply, value, luhn):
    result = parse_cgsn(reply)
    assert isinstance(result, Imei), source
    assert result.value == value
    assert result.valid_length
    assert result.luhn_ok is luhn


def test_imei_bad_check_digit_is_a_fact_not_a_rejection():
    # A wrong check digit is still reported (cloned or test IMEIs exist in the field).
    result = parse_cgsn("490154203237517")
    assert isinstance(result, Imei) and result.luhn_ok is False


def test_imei_missing_is_unparsed():
    assert parse_cgsn("+CME ERROR: 10") == Unparsed('+CME ERROR: 10', 'no IMEI line in the reply')
    assert parse_cgsn("garbage text") == Unparsed(
        'garbage text', 'no 14 to 17 digit serial number in the reply')


@pytest.mark.parametrize(
    ("source", "reply", "expected"),
    [
        ("Quectel EC25 AT manual v2.0 ATI",
         "ATI\r\nQuectel\r\nEC25\r\nRevision: EC25EFAR06A03M4G\r\n\r\nOK",
         AtiInfo("Quectel", "EC25", "EC25EFAR06A03M4G", None)),
        ("Huawei ME909s AT manual ATI",
         "Manufacturer: Huawei Technologies Co., Ltd.\r\nModel: ME909s-120\r\n"
         "Revision: 11.617.01.00.00\r\nIMEI: 869710030002905\r\n+GCAP: +CGSM,+DS,+ES\r\nOK",
         AtiInfo("Huawei Technologies Co., Ltd.", "ME909s-120", "11.617.01.00.00",
                 "869710030002905")),
        ("SIMCom SIM7600 AT manual ATI",
         "Manufacturer: SIMCOM INCORPORATED\r\nModel: SIMCOM_SIM7600E-H\r\n"
         "Revision: SIM7600M22_V1.1\r\nIMEI: 351602000330570\r\n+GCAP: +CGSM,+FCLASS,+DS",
         AtiInfo("SIMCOM INCORPORATED", "SIMCOM_SIM7600E-H", "SIM7600M22_V1.1",
                 "351602000330570")),
    ],
)
def test_ati(source, reply, expected):
    assert parse_ati(reply) == expected, source


def test_empty_identity_is_unparsed():
    for parser in (parse_cgmi, parse_cgmm, parse_cgmr, parse_ati):
        result = parser("OK")
        assert isinstance(result, Unparsed)
        assert result.raw == "OK"
