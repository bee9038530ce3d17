"""SIM parsers: +CPIN?, ICCID in every vendor form, IMSI, +CNUM, home network."""

import pytest

from simtool.at.parsers.common import Unparsed
from simtool.at.parsers.sim import (
    Cnum,
    Iccid,
    Imsi,
    SimState,
    parse_cimi,
    parse_cnum,
    parse_cpin,
    parse_crsm_iccid,
    parse_crsm_mnc_length,
    parse_iccid,
    sim_state_from_cme,
    split_imsi,
)
from simtool.facts import SIM_STATES


@pytest.mark.parametrize(
    ("source", "reply", "state"),
    [
        ("3GPP TS 27.007 §8.3 +CPIN: READY", "+CPIN: READY\r\nOK", "ready"),
        ("3GPP TS 27.007 §8.3 SIM PIN", "+CPIN: SIM PIN", "pin-required"),
        ("3GPP TS 27.007 §8.3 SIM PUK", "+CPIN: SIM PUK", "puk-required"),
        ("3GPP TS 27.007 §8.3 SIM PIN2", "+CPIN: SIM PIN2", "pin2-required"),
        ("3GPP TS 27.007 §8.3 SIM PUK2", "+CPIN: SIM PUK2", "puk2-required"),
        ("3GPP TS 27.007 §8.3 PH-SIM PIN", "+CPIN: PH-SIM PIN", "ph-sim-pin"),
        ("3GPP TS 27.007 §8.3 PH-NET PIN", "+CPIN: PH-NET PIN", "ph-net-pin"),
        ("3GPP TS 27.007 §8.3 PH-NET PUK", "+CPIN: PH-NET PUK", "ph-net-puk"),
        ("3GPP TS 27.007 §8.3 PH-NETSUB PIN", "+CPIN: PH-NETSUB PIN", "ph-netsub-pin"),
        ("3GPP TS 27.007 §8.3 PH-SP PIN", "+CPIN: PH-SP PIN", "ph-sp-pin"),
        ("3GPP TS 27.007 §8.3 PH-CORP PIN", "+CPIN: PH-CORP PIN", "ph-corp-pin"),
        ("ModemManager mm_parse_cpin_response: Motorola EZX quotes the value",
         '+CPIN: "READY"', "ready"),
        ("Quectel/SIMCom field reply (modemmanager_notes §2): NOT INSERTED",
         "+CPIN: NOT INSERTED", "not-inserted"),
        ("modemmanager_notes §2 non-standard value SIM REMOVED", "+CPIN: SIM REMOVED",
         "not-inserted"),
        ("modemmanager_notes §2 non-standard value NOT READY", "+CPIN:NOT READY", "busy"),
        ("3GPP TS 27.007 §9.2.1 +CME ERROR: 10 SIM not inserted", "+CME ERROR: 10",
         "not-inserted"),
        ("3GPP TS 27.007 §9.2.1 +CME ERROR: 13 SIM failure", "+CME ERROR: 13", "failure"),
        ("3GPP TS 27.007 §9.2.1 +CME ERROR: 14 SIM busy", "+CME ERROR: 14", "busy"),
        ("3GPP TS 27.007 §9.2.1 +CME ERROR: 15 SIM wrong", "+CME ERROR: 15", "wrong"),
        ("3GPP TS 27.007 §9.2.1 verbose +CME ERROR: SIM not inserted",
         "+CME ERROR: SIM not inserted", "not-inserted"),
        ("Lower case from a terminal emulator", "+cpin: sim pin", "pin-required"),
    ],
)
def test_cpin(source, reply, state):
    result = parse_cpin(reply)
    assert isinstance(result, SimState), source
    assert result.state == state
    assert result.state in SIM_STATES


def test_cpin_unknown_text_keeps_raw():
    result = parse_cpin("+CPIN: SIM LOCKED BY VENDOR")
    assert result == SimState("unknown", "SIM LOCKED BY VENDOR")


def test_cpin_unrelated_error_is_unparsed():
    result = parse_cpin("+CME ERROR: 100")
    assert isinstance(result, Unparsed)
    assert result.raw == "+CME ERROR: 100"


def test_sim_state_from_cme_ignores_non_sim_errors():
    assert sim_state_from_cme("30") is None
    assert sim_state_from_cme("SIM busy") == "busy"


@pytest.mark.parametrize(
    ("source", "reply", "iccid"),
    [
        ("Quectel EC25 AT manual v2.0 AT+QCCID", "+QCCID: 89860025128306012474\r\nOK",
         "89860025128306012474"),
        ("Huawei ME909s AT manual AT^ICCID?", "^ICCID: 98681031098310024233",
         "89860113903801202433"),
        ("SIMCom SIM7600 AT manual AT+CICCID", "+ICCID: 89860318760238131017",
         "89860318760238131017"),
        ("u-blox SARA-R4 AT manual UBX-17003787 AT+CCID", "+CCID: 8939104520000035521",
         "8939104520000035521"),
        ("Telit LE910 AT reference #CCID", "#CCID: 89314404000098785263",
         "89314404000098785263"),
        ("Cinterion EHS6 AT manual ^SCID", '^SCID: "89490200001029138730"',
         "89490200001029138730"),
        ("Sierra AT!ICCID? answer", "ICCID: 89014103211118510720", "89014103211118510720"),
        ("SIM800 AT+CCID answers the bare number", "AT+CCID\r\n8944500601200009926F\r\nOK",
         "8944500601200009926"),
        ("China Mobile ICCID with hex digits (ModemManager mm_3gpp_parse_iccid)",
         "+CCID: 898600D6151BF0031396", "898600D6151BF0031396"),
    ],
)
def test_iccid(source, reply, iccid):
    assert parse_iccid(reply) == Iccid(iccid), source


@pytest.mark.parametrize(
    ("source", "reply", "iccid"),
    [
        ("ModemManager ICCID read: +CRSM=176,12258,0,0,10 nibble-swapped, SW 144",
         '+CRSM: 144,0,"98681031098310024233"', "89860113903801202433"),
        ("SW1 0x91 accepted (ModemManager mm-base-sim.c)",
         '+CRSM:145,0,"98106303000140525463"', "89013630001004254536"),
        ("19-digit ICCID padded with F", '+CRSM: 144,0,"984400602100009029F6"',
         "8944000612000009926"),
    ],
)
def test_crsm_iccid(source, reply, iccid):
    assert parse_crsm_iccid(reply) == Iccid(iccid), source


def test_crsm_iccid_error_status_is_unparsed():
    result = parse_crsm_iccid('+CRSM: 106,130,""')   # 6A82 file not found
    assert isinstance(result, Unparsed)
    assert "6A82" in result.reason


def test_crsm_ef_ad_mnc_length():
    # EF_AD (3GPP TS 31.102 §4.2.18): byte 4 low nibble = MNC length
    assert parse_crsm_mnc_length('+CRSM: 144,0,"00000003"') == 3
    assert parse_crsm_mnc_length('+CRSM: 144,0,"00FFFF02"') == 2
    assert parse_crsm_mnc_length("ERROR") is None


@pytest.mark.parametrize(
    ("source", "reply", "imsi"),
    [
        ("3GPP TS 27.007 §5.6 +CIMI bare digits", "AT+CIMI\r\n460001234567890\r\nOK",
         "460001234567890"),
        ("Some firmwares prefix +CIMI: (ModemManager rejects it; we accept)",
         "+CIMI: 310260123456789", "310260123456789"),
    ],
)
def test_cimi(source, reply, imsi):
    assert parse_cimi(reply) == Imsi(imsi), source


def test_cimi_garbage_is_unparsed():
    assert parse_cimi("+CME ERROR: 10") == Unparsed('+CME ERROR: 10', 'no IMSI line in the reply')
    assert parse_cimi("ABCDEF") == Unparsed('ABCDEF', 'no 6 to 15 digit IMSI in the reply')


@pytest.mark.parametrize(
    ("source", "reply", "numbers"),
    [
        ("3GPP TS 27.007 §7.1 +CNUM: [<alpha>],<number>,<type>",
         '+CNUM: "","+8613800138000",145', ("+8613800138000",)),
        ("Quectel EC25 AT manual v2.0 +CNUM with alpha",
         '+CNUM: "Voice","+15551234567",145\r\n+CNUM: "Data","15551230000",129',
         ("+15551234567", "15551230000")),
        ("SIM without a stored number: just OK", "OK", ()),
        # Malformed replies seen in the field (issue 14): the number must not keep a quote
        # or the ",145" type after it.
        ("issue 14 field report, malformed: closing quote missing",
         '+CNUM: "","+8613912345678,145',
         ("+8613912345678",)),
        ("issue 14 field report, malformed: alpha left out entirely",
         '+CNUM: "+8613912345678",145',
         ("+8613912345678",)),
        ("issue 14 field report, malformed: quote missing before the number",
         '+CNUM: "",+8613912345678",145',
         ("+8613912345678",)),
        ("issue 14 field report, malformed: no quotes at all, national number",
         "+CNUM: ,13912345678,129",
         ("13912345678",)),
    ],
)
def test_cnum(source, reply, numbers):
    result = parse_cnum(reply)
    assert result == Cnum(numbers), source


@pytest.mark.parametrize(
    ("imsi", "mnc_len", "expected"),
    [
        ("460001234567890", None, ("460", "00")),     # China Mobile
        ("310260123456789", None, ("310", "260")),    # T-Mobile US: 3-digit MNC range
        ("302720123456789", None, ("302", "720")),    # Rogers, Canada
        ("722070123456789", None, ("722", "070")),    # Argentina
        ("405854123456789", None, ("405", "854")),    # India 405 3-digit block
        ("405511234567890", None, ("405", "51")),     # India 405 2-digit code
        ("262011234567890", None, ("262", "01")),     # Germany
        ("310260123456789", 2, ("310", "26")),        # EF_AD wins over the table
        ("23415123456789", 3, ("234", "151")),
    ],
)
def test_split_imsi(imsi, mnc_len, expected):
    assert split_imsi(imsi, mnc_len) == expected


def test_split_imsi_rejects_non_digits():
    assert split_imsi("46000ABC") is None
