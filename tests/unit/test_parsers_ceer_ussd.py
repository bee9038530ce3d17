"""+CEER cause extraction (causes.md §4) and +CUSD decoding."""

import pytest

from simtool.at.parsers.ceer import Ceer, parse_ceer
from simtool.at.parsers.common import Unparsed
from simtool.at.parsers.ussd import Cusd, parse_cusd, unpack_gsm7


@pytest.mark.parametrize(
    ("source", "reply"),
    [
        ("SIMCom SIM8230G after reset (causes.md §4)", "+CEER: No cause information available"),
        ("Quectel EG800K test corpus: empty", "+CEER: "),
        ("Quectel EC200A: nothing to report", "+CEER: 0,-1"),
        ("Thales/Cinterion EHS6", '+CEER: "No report available"'),
        ("Fibocom FM350", "+CEER: 0,NONE"),
        ("Siemens MC55 default", "+CEER: 0,0,0"),
        ("Telit GM862", "+CEER: No error"),
        ("Altair: just OK", "OK"),
    ],
)
def test_no_information_forms(source, reply):
    result = parse_ceer(reply)
    assert isinstance(result, Ceer), source
    assert result.no_information and result.cause is None


@pytest.mark.parametrize(
    ("source", "reply", "kwargs", "cause", "namespace"),
    [
        ("Sierra HL7539 test (causes.md §4): 133 = SM #33",
         '+CEER: "SM activation error",133,"Requested service option not subscribed"', {},
         33, "sm"),
        ("Sierra forum: EMM reject 19 ESM failure", '+CEER: "EMM reject",19,"ESM failure"',
         {}, 19, "emm"),
        ("Cinterion EHS6: SM detach with cause 0",
         '+CEER: "SM detach",0,"No cause information available"', {}, None, "sm"),
        ("Sierra vendor code > 255 kept as text", '+CEER: "CC setup error",288,"MM no service"',
         {}, None, "cc"),
        ("Altair (ModemManager tests): identifier", "+CEER: EPS_AND_NON_EPS_SERVICES_NOT_ALLOWED",
         {}, 8, "emm"),
        ("Altair (ModemManager tests): identifier #15",
         "+CEER: NO_SUITABLE_CELLS_IN_TRACKING_AREA", {}, 15, "emm"),
        ("Free text name: missing or unknown APN", "+CEER: Missing or unknown APN", {}, 27,
         "esm"),
        ("Ambiguous name after a data attempt: ESM #38", "+CEER: Network failure",
         {"context": "session"}, 38, "esm"),
        ("Ambiguous name after registration: EMM #17", "+CEER: Network failure",
         {"context": "registration"}, 17, "emm"),
        ("Cinterion ELS31 <emm>,<esm> with vendor rule", "+CEER: 0,33",
         {"numeric_rule": "emm,esm"}, 33, "esm"),
        ("Siemens location 50 = SM", "+CEER: 50,29,0", {"numeric_rule": "location"}, 29, "sm"),
        ("Numeric without vendor rule stays raw", "+CEER: 8,21,0", {}, None, None),
        ("Text with 'cause' and a number", "+CEER: PDP reject, cause 33", {}, 33, None),
    ],
)
def test_causes(source, reply, kwargs, cause, namespace):
    result = parse_ceer(reply, **kwargs)
    assert isinstance(result, Ceer), source
    assert (result.cause, result.namespace) == (cause, namespace)
    assert not result.no_information


def test_ceer_keeps_unknown_text():
    result = parse_ceer("+CEER: Something odd happened")
    assert result == Ceer("Something odd happened", None, None)


def test_ceer_garbage_is_unparsed():
    assert parse_ceer("random junk") == Unparsed('random junk', 'no +CEER line in the reply')


def test_gsm7_unpacking():
    # 3GPP TS 23.038 §6.1.2.1.1 packing; "hellohello" is the Wikipedia/GSM 03.38 example
    assert unpack_gsm7(bytes.fromhex("E8329BFD4697D9EC37")) == "hellohello"
    # 7 characters in 7 octets: the spare septet is padding
    assert unpack_gsm7(bytes.fromhex("C8329BFD0E01")) == "Hello!"


@pytest.mark.parametrize(
    ("source", "reply", "charset", "expected"),
    [
        ("3GPP TS 27.007 §7.15 plain text, dcs 15",
         '+CUSD: 0,"Your balance is 12.50 CNY",15', "GSM",
         Cusd(0, "Your balance is 12.50 CNY", 15)),
        ("Huawei E3372 hex mode: packed GSM 7-bit", '+CUSD: 0,"E8329BFD4697D9EC37",15',
         "GSM", Cusd(0, "hellohello", 15)),
        ("UCS2 reply, dcs 72 (0x48)", '+CUSD: 0,"4F59989D0031002E00355143",72', "GSM",
         Cusd(0, "余额1.5元", 72)),
        ("Modem in +CSCS=\"UCS2\" converts dcs 15 text to UCS2",
         '+CUSD: 1,"00420061006C0061006E00630065",15', "UCS2", Cusd(1, "Balance", 15)),
        ("3GPP TS 27.007 §7.15 network ended the session", "+CUSD: 2", "GSM",
         Cusd(2, None, None)),
        ("Quoted text with a comma inside", '+CUSD: 0,"Balance: 10,5 EUR",15', "GSM",
         Cusd(0, "Balance: 10,5 EUR", 15)),
    ],
)
def test_cusd(source, reply, charset, expected):
    assert parse_cusd(reply, charset) == expected, source


def test_cusd_garbage_is_unparsed():
    assert parse_cusd("+CUSD: x") == Unparsed('+CUSD: x', 'no status in the +CUSD reply')
