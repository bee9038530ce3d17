"""Tests written against mutants that survived scripts/mutation.sh in simtool/at/parsers/
and the BER-TLV decoder under the eUICC parser, simtool/at/bertlv.py (docs/mutation.md): what
an unreadable reply keeps, range edges of vendor signal values, the eUICC profile fields the
vectors of test_parsers_euicc.py leave out, and the tag and length forms of BER-TLV
(ISO/IEC 7816-4 §5.2, ITU-T X.690 §8.1)."""

from __future__ import annotations

import inspect

import pytest

from simtool.at import bertlv, pdu
from simtool.at.bertlv import TlvError
from simtool.at.masking import mask_arguments, mask_secrets, opens_secret
from simtool.at.parsers import (
    ceer,
    euicc,
    identity,
    operator,
    packet,
    radio,
    registration,
    retries,
    signal,
    sim,
    sms,
    tcpip,
    ussd,
)
from simtool.at.parsers.common import (
    Unparsed,
    after_prefix,
    cme_error,
    info_lines,
    is_quoted,
    split_fields,
    unquote,
)
from simtool.at.parsers.tcpip import PingReport, parse_cping
from simtool.at.transcript import Transcript
from simtool.facts import RegistrationDomain

MODULES = [ceer, euicc, identity, operator, packet, radio, registration, retries, signal, sim,
           sms, tcpip, ussd]
# Every text parser: the ones that take the reply text as their one required argument.
TEXT_PARSERS = sorted(
    ((f"{module.__name__.rsplit('.', 1)[1]}.{name}", function)
     for module in MODULES
     for name, function in vars(module).items()
     if name.startswith("parse_") and inspect.isfunction(function)
     and function.__module__ == module.__name__
     and list(inspect.signature(function).parameters)[:1] == ["text"]
     and all(p.default is not inspect.Parameter.empty
             for p in list(inspect.signature(function).parameters.values())[1:])),
    key=lambda pair: pair[0])

# Replies no parser can read: the final result code alone, an error, junk after prefixes the
# parsers know, a line cut short.
BAD_REPLIES = ["OK", "ERROR", "+CME ERROR: 10", "garbage\r\nOK", "+CSQ: x,y", "+CESQ: 1",
               '^HCSQ: ""', "+QCSQ: ", '+MUESTATS: "scell"', '+MUESTATS: "scell",9',
               "+CCHO: ", '+CGLA: 4,"ZZ"', "+CSIM: 2,12", "+CMGL: x", "+CMGR: ",
               "+QPING: ,", "+CPING: x", "+QIACT: ", "+CUSD: 9", "+CEER: ", "+COPS: x",
               "+CGDCONT: x", "+CPINR: ", "+CPIN: ?"]

# Parsers that answer None or an empty result instead of Unparsed.
GIVE_NONE = {"registration.parse_reg_all", "sim.parse_crsm_mnc_length", "tcpip.parse_sgact"}


@pytest.mark.parametrize(("name", "parser"), TEXT_PARSERS, ids=[n for n, _ in TEXT_PARSERS])
def test_an_unreadable_reply_is_kept_verbatim_with_a_reason(name, parser):
    # simtool.at.parsers.common.Unparsed: "kept verbatim so a human can look at it".
    seen = 0
    for reply in BAD_REPLIES:
        result = parser(reply)
        if isinstance(result, Unparsed):
            seen += 1
            assert result.raw == reply, name
            assert isinstance(result.reason, str) and result.reason.strip(), name
            assert "None" not in result.reason, (name, result.reason)
    if name not in GIVE_NONE:
        assert seen, f"{name} read every bad reply"


def test_the_euicc_hex_replies_say_what_was_wrong():
    # 3GPP TS 27.007 §8.43 +CGLA: <length>,<response>; the reasons name the command.
    not_hex = euicc.parse_cgla('+CGLA: 4,"ZZ"')
    assert isinstance(not_hex, Unparsed) and "+CGLA" in not_hex.reason
    missing = euicc.parse_csim("OK")
    assert isinstance(missing, Unparsed) and "+CSIM" in missing.reason
    assert euicc.parse_cgla('+CGLA: 4,"9000"') == "9000"
    assert euicc.parse_csim('+CSIM: 4,"6a82"') == "6A82"


def test_euicc_responses_keep_the_response_in_upper_case_hex():
    # The raw text of an unreadable ES10 response is the response bytes in hex, as the
    # session logged them (GSMA SGP.22: BF3E GetEuiccDataResponse, BF2D ProfileInfoList).
    wrong_tag = bytes.fromhex("BF2D00")
    result = euicc.parse_eid_response(wrong_tag)
    assert isinstance(result, Unparsed)
    assert result.raw == "BF2D00"
    assert "BF3E" in result.reason and "BF2D" in result.reason
    not_tlv = bytes.fromhex("BF3E05ab")
    result = euicc.parse_eid_response(not_tlv)
    assert isinstance(result, Unparsed) and result.raw == "BF3E05AB"
    assert "BER-TLV" in result.reason and result.reason != "not BER-TLV: None"
    short_eid = bertlv.encode(0xBF3E, [bertlv.encode(0x5A, bytes(8))])
    result = euicc.parse_eid_response(short_eid)
    assert isinstance(result, Unparsed) and result.raw == short_eid.hex().upper()
    assert result.reason.strip()
    eid = bytes.fromhex("89049032123451234512345678901235")
    assert euicc.parse_eid_response(bertlv.encode(0xBF3E, [bertlv.encode(0x5A, eid)])) == \
        "89049032123451234512345678901235"
    abc = bytes.fromhex("ABCDEF00000000000000000000000000")
    assert euicc.parse_eid_response(bertlv.encode(0xBF3E, [bertlv.encode(0x5A, abc)])) == \
        "ABCDEF00000000000000000000000000"
    empty = euicc.parse_profiles_response(b"")
    assert isinstance(empty, Unparsed) and empty.raw == "" and "-" in empty.reason
    listing = euicc.parse_profiles_response(bytes.fromhex("BF2D02810100"))
    assert isinstance(listing, Unparsed) and listing.raw == "BF2D02810100"


def _profile(*fields: bytes) -> bytes:
    return bertlv.encode(0xBF2D, [bertlv.encode(0xA0, [bertlv.encode(0xE3, list(fields))])])


def test_profile_fields_at_their_edges():
    # GSMA SGP.22 ProfileInfo: 5A iccid, 9F70 profileState, 95 profileClass, 90/91/92 text.
    no_iccid = euicc.parse_profiles_response(_profile(bertlv.encode(0x9F70, b"\x01")))
    assert isinstance(no_iccid, euicc.ProfileList)
    assert no_iccid.profiles[0].iccid is None and no_iccid.profiles[0].state == "enabled"
    empty_iccid = euicc.parse_profiles_response(_profile(bertlv.encode(0x5A, b"")))
    assert isinstance(empty_iccid, euicc.ProfileList)
    assert empty_iccid.profiles[0].iccid is None
    # An empty state is no state (not 0 = disabled); a 4-byte one is read, a 5-byte one not.
    empty_state = euicc.parse_profiles_response(_profile(bertlv.encode(0x9F70, b"")))
    assert isinstance(empty_state, euicc.ProfileList)
    assert empty_state.profiles[0].state is None
    four = euicc.parse_profiles_response(_profile(bertlv.encode(0x95, b"\x00\x00\x00\x02")))
    assert isinstance(four, euicc.ProfileList)
    assert four.profiles[0].profile_class == "operational"
    five = euicc.parse_profiles_response(_profile(bertlv.encode(0x95, b"\x00\x00\x00\x00\x02")))
    assert isinstance(five, euicc.ProfileList)
    assert five.profiles[0].profile_class is None
    # Text fields that are not UTF-8 are read with replacement characters, never raise.
    bad_text = euicc.parse_profiles_response(_profile(bertlv.encode(0x92, b"Op\xff")))
    assert isinstance(bad_text, euicc.ProfileList)
    assert bad_text.profiles[0].name == "Op\ufffd"


@pytest.mark.parametrize(
    ("field", "raw", "expected"),
    [
        # China Mobile OneMO extended AT manual V1.7.4 §4.5: 0.1 dB(m) steps; the ranges
        # are simtool's plausibility limits (rsrp -170..-30, rsrq -50..0, rssi -150..0,
        # sinr -60..50).
        ("rsrp_dbm", "-1700", -170.0), ("rsrp_dbm", "-1701", None),
        ("rsrp_dbm", "-300", -30.0), ("rsrp_dbm", "-299", None),
        ("rsrq_db", "-500", -50.0), ("rsrq_db", "-501", None),
        ("rsrq_db", "0", 0.0), ("rsrq_db", "1", None),
        ("rssi_dbm", "-1500", -150.0), ("rssi_dbm", "-1501", None),
        ("sinr_db", "500", 50.0), ("sinr_db", "501", None),
        ("sinr_db", "-600", -60.0), ("sinr_db", "-601", None),
        ("sinr_db", "-32768", None),
        ("rsrp_dbm", "-925", -92.5),
        ("sinr_db", "3", 0.3),
    ],
)
def test_onemo_tenths_at_the_range_edges(field, raw, expected):
    values = {"rsrp_dbm": "-920", "rsrq_db": "-108", "rssi_dbm": "-812", "sinr_db": "235"}
    values[field] = raw
    reply = (f'+MUESTATS: "scell",4,460,00,3684,,498,{values["rsrp_dbm"]},'
             f'{values["rsrq_db"]},{values["rssi_dbm"]},{values["sinr_db"]}\r\nOK')
    result = signal.parse_onemo_muestats(reply)
    assert isinstance(result, signal.VendorSignal)
    assert result.sysmode == "LTE"
    assert getattr(result, field) == expected


def test_onemo_reply_forms():
    # OneMO manual V1.7.4 §4.5: only the serving cell line counts; GSM gives its mode only.
    neighbour_first = ('+MUESTATS: "ncell",4,460,00,100,,1,-900,-100,-800,100\r\n'
                       '+MUESTATS: "scell",4,460,00,3684,,498,-920,-108,-812,235\r\nOK')
    result = signal.parse_onemo_muestats(neighbour_first)
    assert result == signal.VendorSignal("LTE", rssi_dbm=-81.2, rsrp_dbm=-92.0, sinr_db=23.5,
                                         rsrq_db=-10.8)
    upper = signal.parse_onemo_muestats('+MUESTATS: "SCELL",2,460,00,10700,,1,-920,-108,'
                                        '-812,235')
    assert isinstance(upper, signal.VendorSignal) and upper.sysmode == "WCDMA"
    assert signal.parse_onemo_muestats('+MUESTATS: "scell",1,460,00,10') == \
        signal.VendorSignal("GSM")
    short = signal.parse_onemo_muestats('+MUESTATS: "scell",5')
    assert short == signal.VendorSignal("EMTC")
    for code, mode in [("3", "TD-SCDMA"), ("7", "CDMA"), ("8", "EVDO"), (" 6 ", "NBIOT")]:
        parsed = signal.parse_onemo_muestats(f'+MUESTATS: "scell",{code},460,00')
        assert isinstance(parsed, signal.VendorSignal) and parsed.sysmode == mode
    unknown = signal.parse_onemo_muestats('+MUESTATS: "scell",0,460')
    assert isinstance(unknown, Unparsed) and "+MUESTATS" in unknown.reason
    only_neighbours = signal.parse_onemo_muestats('+MUESTATS: "ncell",4,460,00\r\nOK')
    assert isinstance(only_neighbours, Unparsed)


def test_gsm7_padding_of_a_full_last_octet():
    # 3GPP TS 23.038 §6.1.2.3.1: 7 characters fill 7 octets with one spare septet, sent as
    # CR (or left zero, which reads as "@"); that septet is padding, not text.
    assert ussd.unpack_gsm7(bytes.fromhex("41E19058341E1B")) == "ABCDEFG"     # CR filler
    assert ussd.unpack_gsm7(bytes.fromhex("41E19058341E01")) == "ABCDEFG"     # zero filler
    # An "@" that is text (the octets are not full) stays.
    assert ussd.unpack_gsm7(bytes.fromhex("412100")) == "AB@"


def test_ucs2_ussd_answers_that_are_not_ucs2_are_kept_as_sent():
    # 3GPP TS 27.007 §7.15 +CUSD with +CSCS="UCS2": the answer is UCS2 hex; anything else
    # is shown as the modem sent it.
    assert ussd.decode_ussd("ZZZZ", None, "UCS2") == "ZZZZ"
    assert ussd.decode_ussd("00410042", None, "UCS2") == "AB"
    assert ussd.decode_ussd("0041000D0042", None, "UCS2") == "A\rB"
    assert ussd.decode_ussd("004100070042", None, "UCS2") == "004100070042"   # BEL: raw


@pytest.mark.parametrize(
    ("imsi", "mnc"),
    [
        # India MCC 405: 405025-405047 and 405750-405932 have 3-digit MNCs (Android
        # SIMRecords.MCCMNC_CODES_HAVING_3DIGITS_MNC), the rest 2 digits.
        ("405024123456789", "02"), ("405025123456789", "025"), ("405047123456789", "047"),
        ("405048123456789", "04"), ("405749123456789", "74"), ("405750123456789", "750"),
        ("405932123456789", "932"), ("405933123456789", "93"),
    ],
)
def test_india_405_mnc_length_at_the_range_edges(imsi, mnc):
    assert sim.split_imsi(imsi) == ("405", mnc)


def test_crsm_iccid_reads_and_refusals():
    # 3GPP TS 27.007 §8.18 +CRSM: <sw1>,<sw2>,<response>; EF_ICCID nibble-swapped
    # (TS 31.102 §4.1.1), an odd ICCID padded with F.
    assert sim.parse_crsm_iccid('+CRSM: 144,0,"989420000021436587F9"') == \
        sim.Iccid("8949020000123456789")
    refused = '+CRSM: 106,130'
    result = sim.parse_crsm_iccid(refused)
    assert isinstance(result, Unparsed) and result.raw == refused and "6A82" in result.reason
    junk = '+CRSM: 144,0,"1234"'
    result = sim.parse_crsm_iccid(junk)
    assert isinstance(result, Unparsed) and result.raw == junk and result.reason.strip()
    # An odd number of hex digits: the half byte is dropped.
    assert sim.swap_nibbles("123") == "21"


# -- BER-TLV (simtool.at.bertlv) -----------------------------------------------------------

def test_tag_bytes_up_to_four_bytes():
    assert bertlv.tag_bytes(0x5A) == b"\x5a"
    assert bertlv.tag_bytes(0) == b"\x00"
    assert bertlv.tag_bytes(0xBF2D) == bytes.fromhex("BF2D")
    assert bertlv.tag_bytes(0xDF8181) == bytes.fromhex("DF8181")
    assert bertlv.tag_bytes(0xDF818101) == bytes.fromhex("DF818101")


def test_a_four_byte_tag_is_read_a_fifth_byte_refused():
    four = bertlv.decode(bytes.fromhex("DF81810100"))
    assert four == (bertlv.Tlv(0xDF818101, b"", None),)
    with pytest.raises(TlvError, match="longer than 4 bytes"):
        bertlv.decode(bytes.fromhex("DF8181810100"))
    with pytest.raises(TlvError, match="multi-byte tag cut short"):
        bertlv.decode(bytes.fromhex("DF81"))


def test_length_forms():
    # Short form below 0x80; 81 xx and 82 xx xx long forms; 80 (indefinite) and 83 refused.
    assert bertlv.decode(bytes.fromhex("5A7F") + bytes(0x7F))[0].value == bytes(0x7F)
    assert bertlv.decode(bytes.fromhex("5A8180") + bytes(0x80))[0].value == bytes(0x80)
    assert bertlv.decode(bytes.fromhex("5A820100") + bytes(0x100))[0].value == bytes(0x100)
    assert bertlv.decode(bytes.fromhex("5A8100")) == (bertlv.Tlv(0x5A, b"", None),)
    assert bertlv.decode(bytes.fromhex("5A820000")) == (bertlv.Tlv(0x5A, b"", None),)
    with pytest.raises(TlvError, match="indefinite length"):
        bertlv.decode(bytes.fromhex("5A80"))
    with pytest.raises(TlvError, match="length form 83 is longer"):
        bertlv.decode(bytes.fromhex("5A83000001") + b"\x00")
    with pytest.raises(TlvError, match="long-form length cut short"):
        bertlv.decode(bytes.fromhex("5A8201"))
    with pytest.raises(TlvError, match="long-form length cut short"):
        bertlv.decode(bytes.fromhex("5A81"))
    with pytest.raises(TlvError, match="length expected, data ended"):
        bertlv.decode(bytes.fromhex("5A"))
    with pytest.raises(TlvError, match="tag 5A says 3 bytes, 1 left"):
        bertlv.decode(bytes.fromhex("5A0301"))


def _nested(levels: int) -> bytes:
    data = bertlv.encode(0x80, b"\x01")
    for _ in range(levels):
        data = bertlv.encode(0xA0, data)
    return data


def test_nesting_depth_limit():
    # 16 constructed levels around a primitive are read (depths 0..16); one more is refused.
    item = bertlv.decode(_nested(16))[0]
    for _ in range(16):
        assert item.children is not None
        item = item.children[0]
    assert item == bertlv.Tlv(0x80, b"\x01", None)
    with pytest.raises(TlvError, match="nested deeper than 16 levels"):
        bertlv.decode(_nested(17))


def test_decode_one_says_how_many():
    with pytest.raises(TlvError, match="expected one TLV, found 2"):
        bertlv.decode_one(bytes.fromhex("5A00" "5A00"))
    with pytest.raises(TlvError, match="expected one TLV, found 0"):
        bertlv.decode_one(b"")


def test_length_bytes_edges():
    assert bertlv.length_bytes(0) == b"\x00"
    assert bertlv.length_bytes(0x7F) == b"\x7f"
    assert bertlv.length_bytes(0x80) == bytes.fromhex("8180")
    assert bertlv.length_bytes(0xFF) == bytes.fromhex("81FF")
    assert bertlv.length_bytes(0x100) == bytes.fromhex("820100")
    assert bertlv.length_bytes(0xFFFF) == bytes.fromhex("82FFFF")
    for bad in (-1, 0x10000):
        with pytest.raises(TlvError, match="out of range"):
            bertlv.length_bytes(bad)


def test_encode_joins_children():
    assert bertlv.encode(0xA0, [bytes.fromhex("8001AA"), bytes.fromhex("8101BB")]) == \
        bytes.fromhex("A0068001AA8101BB")


# -- SIMCom +CPING (SIM7600/A76xx AT manual: 1 echo, 2 timeout, 3 summary) -----------------


def test_cping_counts_echoes_and_timeouts_before_the_summary():
    partial = parse_cping("+CPING: 1,10.0.0.1,64,85,54\r\n+CPING: 2\r\n+CPING: 2\r\n"
                          "+CPING: 1,10.0.0.1,64,30,54")
    assert partial == PingReport(4, 2, (85.0, 30.0), done=False)
    assert parse_cping("+CPING: 1,10.0.0.1,64,85") == PingReport(1, 1, (85.0,), done=False)
    # The summary's own counts win over the lines seen.
    assert parse_cping("+CPING: 2\r\n+CPING: 3,5,0,5,0,0,0") == PingReport(5, 0, ())
    assert parse_cping("+CPING: 3,4,3") == PingReport(4, 3, ())
    for odd in ("+CPING: 3,4", "+CPING: 3,x,1,0", "+CPING: 3,1,y,0", "+CPING: 9,1,2,3"):
        result = parse_cping(odd)
        assert isinstance(result, Unparsed) and result.raw == odd
        assert "+CPING" in result.reason
    none = parse_cping("OK")
    assert isinstance(none, Unparsed) and none.raw == "OK" and "+CPING" in none.reason


# -- masking of passwords in AT text (simtool.at.masking; TS 27.007 §8.3, §7.4, §7.5) ------


def test_password_arguments_that_are_absent_are_not_looked_for():
    # +CGAUTH=<cid>,<auth>,<user>[,<password>] (TS 27.007 §10.1.31): no password, nothing
    # to mask; +CLCK query without a password (mode 2).
    assert mask_secrets('AT+CGAUTH=1,1,"user"') == 'AT+CGAUTH=1,1,"user"'
    assert mask_secrets('AT+CGAUTH=1,1,"user","pw 1"') == 'AT+CGAUTH=1,1,"user","** *"'
    assert mask_secrets('AT+CLCK="SC",2') == 'AT+CLCK="SC",2'
    assert mask_secrets('AT+CPWD="SC","1234"') == 'AT+CPWD="SC","****"'


def test_vendor_secret_commands_mask_everything_after_the_first_equals_sign():
    assert mask_arguments('AT^SPIN=1234,"a=b"') == 'AT^SPIN=****,"a=b"'
    assert mask_arguments("ATI") == "ATI"


# -- ATI (V.250 §6.1.3: information text; vendors label it or not) --------------------------


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        # Huawei labels its lines (ME909s AT manual ATI); an unlabelled one fills the gap.
        ("Manufacturer: Huawei\r\nBuildstring",
         identity.AtiInfo("Huawei", "Buildstring", None, None)),
        ("Model: E3372\r\nSomething", identity.AtiInfo("Something", "E3372", None, None)),
        # Quectel EC25 AT manual: maker, model, revision, all bare.
        ("Quectel\r\nEC25\r\nEC25EFAR06A09M4G",
         identity.AtiInfo("Quectel", "EC25", "EC25EFAR06A09M4G", None)),
        # A lone build string (Air724UG, openLuat manual) is a revision, and a labelled
        # revision wins; the IMEI (3GPP TS 23.003 example 490154203237518) is kept.
        ("Revision: R1\r\nLuatOS-Air_V4032\r\nIMEI: 490154203237518",
         identity.AtiInfo(None, None, "R1", "490154203237518")),
        ("LuatOS-Air_V4032", identity.AtiInfo(None, None, "LuatOS-Air_V4032", None)),
        # A second IMEI line that is not an IMEI does not erase the first.
        ("Quectel\r\nEC25\r\nIMEI: 490154203237518\r\nIMEI: 12x",
         identity.AtiInfo("Quectel", "EC25", None, "490154203237518")),
        ("Quectel\r\nEC25\r\nIMEI SV: 490154203237518",
         identity.AtiInfo("Quectel", "EC25", None, "490154203237518")),
    ],
)
def test_ati_forms(reply, expected):
    assert identity.parse_ati(reply) == expected


def test_ati_without_information_names_ati():
    result = identity.parse_ati("OK")
    assert isinstance(result, Unparsed) and "ATI" in result.reason


# -- the bounded transcript (simtool.at.transcript) -----------------------------------------


def test_the_transcript_length_counts_head_marker_and_tail():
    transcript = Transcript(clock=lambda: 0.0, head_chars=10, tail_chars=10)
    for chunk in (b"AT+CSQ\r", b"0123456789", b"abcdefghij", b"KLMNOPQRST"):
        transcript.record("rx", chunk)
    # Head: the first two chunks (the head fills past its limit once); the tail keeps the
    # last chunk; the third is left out and a marker stands for it.
    entries = transcript.entries()
    assert len(transcript) == len(entries) == 4
    assert transcript.left_out == 10
    assert entries[2].text == "[... simtool: 10 characters left out of the transcript ...]"
    small = Transcript(clock=lambda: 0.0)
    small.record("tx", b"AT\r")
    assert len(small) == 1


# -- SMS-SUBMIT PDUs (3GPP TS 23.040 §9.2.2.2; UDH concatenation §9.2.3.24.1) -------------


def test_a_short_sms_submit():
    # SMSC from the modem (00), first octet 01 (SUBMIT, no validity period), reference 00,
    # 10086 as an unknown-type number, PID 00, DCS 00 (GSM 7-bit), 2 septets "YE".
    assert pdu.submit("10086", "YE") == [(12, "00010005810180F6000002D922")]
    # DCS 08: UCS2 for text outside the GSM alphabet.
    [(length, chinese)] = pdu.submit("10086", "余额")
    assert chinese[18:20] == "08" and chinese.endswith("04" "4F59989D")


def test_a_long_sms_is_sent_in_numbered_parts():
    parts = pdu.submit("10086", "x" * 200, reference=7)
    assert len(parts) == 2
    for sequence, (_length, part) in enumerate(parts, start=1):
        assert part[2:4] == "41"                               # SUBMIT with a header
        assert part[22:34] == f"0500030702{sequence:02X}"       # ref 7, 2 parts, this one
    assert pdu.submit("10086", "x" * 200)[0][1][22:34] == "050003000201"


# -- +CEER (TS 27.007 §6.10; the vendor forms of reference causes.md §4) --------------------


@pytest.mark.parametrize(
    ("source", "body", "kwargs", "cause", "namespace"),
    [
        # "<category>",<n>,"<text>" (Thales/Cinterion EHS6, Sierra HL75xx): the category's
        # first word names the layer, whichever layer the text names.
        ("Sierra forum: EMM reject", '"EMM reject",19,"ESM failure"', {}, 19, "emm"),
        ("EMM category, a name simtool does not know",
         '"EMM reject",95,"Semantically incorrect message"', {}, 95, "emm"),
        ("category spelt out", '"EPS mobility management",7,"Foo"', {}, 7, "emm"),
        ("ESM category", '"ESM reject",50,"Foo"', {}, 50, "esm"),
        ("GMM category", '"GMM reject",7,"Foo"', {}, 7, "gmm"),
        ("Cinterion EHS6: SM detach", '"SM detach",36,"Foo"', {}, 36, "sm"),
        ("bare SM category", '"SM",36,"Foo"', {}, 36, "sm"),
        ("PDP category", '"PDP context error",36,"Foo"', {}, 36, "sm"),
        ("activation category", '"Activation error",36,"Foo"', {}, 36, "sm"),
        ("MM category", '"MM reject",2,"Foo"', {}, 2, "mm"),
        ("Cinterion EHS6: CC setup error", '"CC setup error",16,"Normal call clearing"', {},
         16, "cc"),
        # A category simtool does not know: the layer comes from the text's cause name.
        ("unknown category, named cause", '"Attach reject",19,"ESM failure"', {}, 19, "emm"),
        ("unknown category, 100 + named cause", '"Attach reject",119,"ESM failure"', {}, 19,
         "emm"),
        ("unknown category, no number", '"Attach reject",0,"Illegal UE"', {}, 3, "emm"),
        ("unknown category, unknown text", '"Attach reject",19,"Foo"', {}, 19, None),
        # Number 0 (Cinterion "SM detach",0,...): the text's name gives cause and layer.
        ("EMM reject, no number, named", '"EMM reject",0,"Illegal UE"', {}, 3, "emm"),
        ("ambiguous name after registration", '"EMM reject",0,"Network failure"',
         {"context": "registration"}, 17, "emm"),
        ("ambiguous name after a data attempt", '"Attach reject",138,"Network failure"',
         {"context": "session"}, 38, "esm"),
        # Sierra reports 100 + cause; a cause above 50 named in the text is read back too.
        ("Sierra HL7539: 133 = SM #33",
         '"SM activation error",133,"Requested service option not subscribed"', {}, 33, "sm"),
        ("Sierra 100 + named cause 65", '"ESM reject",165,"Maximum number of EPS bearers '
         'reached"', {}, 65, "esm"),
        # +CME 1xx edges (TS 27.007 §9.2.2): 101..150 carry cause n-100, 149 is #29.
        ("number 100", '"SM reject",100,"Foo"', {}, 100, "sm"),
        ("number 101", '"SM reject",101,"Foo"', {}, 1, "sm"),
        ("number 149", '"SM reject",149,"Foo"', {}, 29, "sm"),
        ("number 150", '"SM reject",150,"Foo"', {}, 50, "sm"),
        ("number 151", '"SM reject",151,"Foo"', {}, 151, "sm"),
        # Above 255 a vendor code (Sierra "CC setup error",288): the text only.
        ("number 255", '"CC setup error",255,"Foo"', {}, 255, "cc"),
        ("number 256", '"CC setup error",256,"Foo"', {}, None, "cc"),
        # Category and number without a text.
        ("no text", '"SM detach",36', {}, 36, "sm"),
        ("no text, number 0", '"SM detach",0', {}, None, "sm"),
        # Cinterion ELS31: <lastEmmCause>,<lastEsmCause> with the vendor rule.
        ("ELS31 ESM cause", "0,33", {"numeric_rule": "emm,esm"}, 33, "esm"),
        ("ELS31 EMM cause only", "19,0", {"numeric_rule": "emm,esm"}, 19, "emm"),
        ("ELS31 one number", "19", {"numeric_rule": "emm,esm"}, None, None),
        # Siemens/Cinterion <locationID>,<reason>[,<ssRelease>]: 4 MM, 8 CC, 48 GMM, 50 SM.
        ("Siemens MC55 location 4 = MM", "4,2,0", {"numeric_rule": "location"}, 2, "mm"),
        ("Siemens MC55 location 8 = CC", "8,21,0", {"numeric_rule": "location"}, 21, "cc"),
        ("Siemens location 48 = GMM", "48,7,0", {"numeric_rule": "location"}, 7, "gmm"),
        ("Siemens location 50 = SM, two fields", "50,29", {"numeric_rule": "location"}, 29,
         "sm"),
        ("Siemens unknown location", "49,29,0", {"numeric_rule": "location"}, 29, None),
        ("Siemens location, reason 0", "8,0,5", {"numeric_rule": "location"}, None, "cc"),
        ("Siemens location, one field", "8", {"numeric_rule": "location"}, None, None),
        ("Siemens form without a rule", "8,21,0", {}, None, None),
    ],
)
def test_ceer_full_results(source, body, kwargs, cause, namespace):
    assert ceer.parse_ceer(f"+CEER: {body}\r\nOK", **kwargs) == \
        ceer.Ceer(body, cause, namespace), source


# -- +CUSD data coding schemes (3GPP TS 23.038 §5, CBS coding groups; TS 27.007 §7.15) -----

# "00410042" read as each alphabet: packed GSM 7-bit, 8-bit data (latin-1), UCS2.
AS_ALPHABET = {"gsm7": "@$£Δ", "8bit": "\x00A\x00B", "ucs2": "AB"}


@pytest.mark.parametrize(
    ("dcs", "alphabet"),
    [
        (None, "gsm7"),
        (0x0F, "gsm7"),                     # group 0000: GSM 7-bit, language unspecified
        (0x10, "gsm7"), (0x11, "ucs2"),     # group 0001: 7-bit / UCS2 with a language
        (0x21, "gsm7"), (0x31, "gsm7"),     # groups 0010, 0011: languages, 7-bit
        # Groups 01xx and 1001: bits 3-2 give 7-bit, 8-bit, UCS2, (reserved: 7-bit).
        (0x40, "gsm7"), (0x44, "8bit"), (0x48, "ucs2"), (0x4C, "gsm7"),
        (0x54, "8bit"), (0x58, "ucs2"), (0x64, "8bit"), (0x68, "ucs2"),
        (0x74, "8bit"), (0x78, "ucs2"), (0x94, "8bit"), (0x98, "ucs2"),
        (0x84, "gsm7"), (0xA4, "gsm7"),     # groups 1000, 1010: reserved
        (0xF0, "gsm7"), (0xF4, "8bit"),     # group 1111: bit 2 = 8-bit data
    ],
)
def test_ussd_alphabet_of_every_coding_group(dcs, alphabet):
    assert ussd.decode_ussd("00410042", dcs) == AS_ALPHABET[alphabet]
    # +CSCS="UCS2" (any case) makes every answer UCS2 hex.
    assert ussd.decode_ussd("00410042", dcs, "ucs2") == "AB"


def test_ussd_hex_edges():
    # 8-bit data (dcs 0x44) in hex is read as latin-1.
    assert ussd.decode_ussd("48656C6C6F", 0x44) == "Hello"
    assert ussd.decode_ussd("Hello", 0x44) == "Hello"
    # Two hex digits are one packed octet: "H" (TS 23.038 §6.1.2.1.1).
    assert ussd.decode_ussd("C8", 0x0F) == "H"
    assert ussd.decode_ussd("C", 0x0F) == "C"
    # A lone escape septet decodes to no text: the string is kept as sent.
    assert ussd.decode_ussd("1B", 0x0F) == "1B"


@pytest.mark.parametrize(
    ("source", "reply", "expected"),
    [
        ("TS 27.007 §7.15: <dcs> omitted", '+CUSD: 0,"Hello"', ussd.Cusd(0, "Hello", None)),
        ("TS 27.007 §7.15: <dcs> omitted, text starting with digits", '+CUSD: 0,"120 CNY"',
         ussd.Cusd(0, "120 CNY", None)),
        ("TS 27.007 §7.15: <m> only", "+CUSD: 2", ussd.Cusd(2, None, None)),
        ("a string sent unquoted, with commas in it", "+CUSD: 1,Balance 10,5 EUR,15",
         ussd.Cusd(1, "Balance 10,5 EUR", 15)),
        ("Huawei E3372 hex mode", '+CUSD: 0,"C8329BFD0E01",15', ussd.Cusd(0, "Hello!", 15)),
        ("no +CUSD line", "OK", Unparsed("OK", "no +CUSD line in the reply")),
        ("no status", '+CUSD: ,"Hello",15', Unparsed('+CUSD: ,"Hello",15',
                                                    "no status in the +CUSD reply")),
    ],
)
def test_cusd_full_results(source, reply, expected):
    assert ussd.parse_cusd(reply) == expected, source


# -- Huawei ^HCSQ at the edges of its scales (ME909s/MU709 AT manuals, ^HCSQ) --------------


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        # LTE: rssi 0..96 -> -121+x, rsrp 0..97 -> -141+x, sinr 0..251 -> -20.2+0.2x,
        # rsrq 0..34 -> -20+0.5x; one past the top is not a value.
        ('^HCSQ: "LTE",0,0,0,0', signal.VendorSignal(
            "LTE", rssi_dbm=-121, rsrp_dbm=-141, sinr_db=-20.2, rsrq_db=-20)),
        ('^HCSQ: "LTE",96,97,251,34', signal.VendorSignal(
            "LTE", rssi_dbm=-25, rsrp_dbm=-44, sinr_db=30.0, rsrq_db=-3.0)),
        ('^HCSQ: "LTE",97,98,252,35', signal.VendorSignal("LTE")),
        ('^HCSQ: "LTE",-1,-1,-1,-1', signal.VendorSignal("LTE")),
        # 5G (Huawei 5000-series): "NR"/"NR5G",<rsrp 0..126>,<sinr>,<rsrq>.
        ('^HCSQ: "NR",0,0,0', signal.VendorSignal(
            "NR", rsrp_dbm=-141, sinr_db=-20.2, rsrq_db=-20)),
        ('^HCSQ: "NR5G",126,251,34', signal.VendorSignal(
            "NR5G", rsrp_dbm=-15, sinr_db=30.0, rsrq_db=-3.0)),
        ('^HCSQ: "NR5G",127,252,35', signal.VendorSignal("NR5G")),
        # WCDMA and TD-SCDMA: rssi and rscp 0..96 -> -121+x, ecio 0..65 -> -32.5+0.5x.
        ('^HCSQ: "WCDMA",0,0,0', signal.VendorSignal(
            "WCDMA", rssi_dbm=-121, rscp_dbm=-121, ecio_db=-32.5)),
        ('^HCSQ: "TD-SCDMA",96,96,65', signal.VendorSignal(
            "TD-SCDMA", rssi_dbm=-25, rscp_dbm=-25, ecio_db=0.0)),
        ('^HCSQ: "TD-SCDMA",97,97,66', signal.VendorSignal("TD-SCDMA")),
        # GSM: rssi as LTE.
        ('^HCSQ: "GSM",0', signal.VendorSignal("GSM", rssi_dbm=-121)),
        ('^HCSQ: "GSM",96', signal.VendorSignal("GSM", rssi_dbm=-25)),
        ('^HCSQ: "GSM",97', signal.VendorSignal("GSM")),
        # No system mode, or a number where the mode belongs: not a ^HCSQ reply.
        ('^HCSQ: ""', Unparsed('^HCSQ: ""', "no system mode in the ^HCSQ reply")),
        ("^HCSQ: 3,40", Unparsed("^HCSQ: 3,40", "no system mode in the ^HCSQ reply")),
        ("OK", Unparsed("OK", "no ^HCSQ line in the reply")),
    ],
)
def test_huawei_hcsq_scale_edges(reply, expected):
    assert signal.parse_huawei_hcsq(reply) == expected


def test_onemo_edges_and_forms():
    # OneMO manual V1.7.4 §4.5: rssi is at most 0 dBm; the GSM line's fields 7-10 are not
    # the LTE measurements, so only its system mode is read.
    reply = '+MUESTATS: "scell",4,460,00,3684,,498,-920,-108,1,235'
    assert signal.parse_onemo_muestats(reply) == signal.VendorSignal(
        "LTE", rsrp_dbm=-92.0, rsrq_db=-10.8, sinr_db=23.5)
    gsm = '+MUESTATS: "scell",1,460,00,10,,1,-920,-108,-812,235'
    assert signal.parse_onemo_muestats(gsm) == signal.VendorSignal("GSM")
    assert signal.parse_onemo_muestats("OK") == Unparsed("OK", "no +MUESTATS line in the reply")


# -- PIN/PUK retries: field order, short forms, reasons (vendor manuals as in
#    test_parsers_retries.py; the +CSIM status words of ETSI TS 102 221 §10.2.1) -----------


@pytest.mark.parametrize(
    ("parser", "reply", "expected"),
    [
        # u-blox +UPINCNT / Sierra +CPINC: <pin>,<pin2>,<puk>,<puk2>, four different values.
        (retries.parse_ublox_upincnt, "+UPINCNT: 3,2,10,9",
         retries.Retries(pin=3, puk=10, pin2=2, puk2=9)),
        (retries.parse_sierra_cpinc, "+CPINC: 3,2", retries.Retries(pin=3, pin2=2)),
        # ZTE +ZPINPUK: <pin>,<puk>; a lone PIN count leaves the PUK unknown.
        (retries.parse_zte_zpinpuk, "+ZPINPUK: 3", retries.Retries(pin=3)),
        # SIMCom +SPIC with the PIN2/PUK2 counts left out.
        (retries.parse_simcom_spic, "+SPIC: 3,10", retries.Retries(pin=3, puk=10)),
        # Quectel +QPINC: one facility only; a line cut short is skipped, not the end.
        (retries.parse_quectel_qpinc, '+QPINC: "SC",3,10', retries.Retries(pin=3, puk=10)),
        (retries.parse_quectel_qpinc, '+QPINC: "P2",2,9', retries.Retries(pin2=2, puk2=9)),
        (retries.parse_quectel_qpinc, '+QPINC: "SC"\r\n+QPINC: "P2",2,9',
         retries.Retries(pin2=2, puk2=9)),
    ],
)
def test_retry_forms(parser, reply, expected):
    assert parser(reply) == expected


@pytest.mark.parametrize(
    ("parser", "reply", "reason"),
    [
        (retries.parse_huawei_cpin, "OK", "no ^CPIN line in the reply"),
        (retries.parse_huawei_cpin, "^CPIN: SIM PIN,3,10", "too few fields in the ^CPIN reply"),
        (retries.parse_quectel_qpinc, '+QPINC: "SC"', "no +QPINC line in the reply"),
        (retries.parse_simcom_spic, "+SPIC: 99,99", "no retry counter in the +SPIC reply"),
        (retries.parse_simcom_spic, "+SPIC: 3",
         "single +SPIC value: which code it counts is unknown"),
        (retries.parse_zte_zpinpuk, "+ZPINPUK: x", "no retry counter in the +ZPINPUK reply"),
        (retries.parse_telit_pct, "#PCT: 11", "no retry counter in the #PCT reply"),
        (retries.parse_cinterion_spic_pin, "^SPIC: -1", "no retry counter in the ^SPIC reply"),
        (retries.parse_csim_status, "OK", "no +CSIM line in the reply"),
        (retries.parse_csim_status, "+CSIM: 4", "no response APDU in the +CSIM reply"),
        (retries.parse_csim_status, '+CSIM: 4,"ZZZZ"', "response APDU is not hex"),
        (retries.parse_csim_status, '+CSIM: 4,"xx00"', "response APDU is not hex"),
        (retries.parse_csim_status, '+CSIM: 2,"90"', "response APDU is not hex"),
        (retries.parse_csim_pin1, '+CSIM: 4,"9000"', "status word 9000 carries no retry counter"),
    ],
)
def test_retry_replies_that_say_nothing_say_why(parser, reply, reason):
    assert parser(reply) == Unparsed(reply, reason)


def test_csim_status_word_is_the_last_four_digits():
    # ETSI TS 102 221 §10.2: the response data come before SW1 SW2; 6984 (reference data
    # invalidated) counts as blocked like 6983.
    assert retries.parse_csim_status('+CSIM: 6,"0063C3"') == retries.CsimStatus("63C3", 3)
    assert retries.parse_csim_status('+CSIM: 4,"6984"') == retries.CsimStatus("6984", 0)
    assert retries.parse_csim_puk1('+CSIM: 4,"63CA"') == retries.Retries(puk=10)


# -- stored SMS (3GPP TS 27.005 §3.4.2, §4.1-4.2) --------------------------------------------

# ModemManager test_pdu3 (src/tests/test-sms-part-3gpp.c): "hellohello" from +18005551212.
HELLO_PDU = "07912143658709F1040B918100551512F20000111010214365000AE8329BFD4697D9EC37"


def test_cmgr_pdu_mode_full_result():
    # +CMGR: <stat>,[<alpha>],<length> then the PDU; <stat> 1 = REC READ.
    assert sms.parse_cmgr(f"+CMGR: 1,,32\r\n{HELLO_PDU}\r\nOK", pdu_mode=True) == \
        sms.StoredSms(None, "REC READ", "+18005551212", "2011-01-01T12:34:56+00:00",
                      "hellohello")
    assert sms.parse_cmgr("OK", pdu_mode=True) == Unparsed("OK", "no +CMGR line in the reply")


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        # +CMGR: <stat>,<oa>,[<alpha>],<scts> then the text; a text of two lines.
        ('+CMGR: "REC READ","10086",,"26/11/20,09:15:02+32"\r\nLine one\r\nLine two\r\nOK',
         sms.StoredSms(None, "REC READ", "10086", "2026-11-20T09:15:02+08:00",
                       "Line one\nLine two")),
        # A modem that leaves out the empty <alpha> field: the time is the third field.
        ('+CMGR: "REC READ","10086","26/11/20,09:15:02+32"\r\nHi\r\nOK',
         sms.StoredSms(None, "REC READ", "10086", "2026-11-20T09:15:02+08:00", "Hi")),
        # Stored to send, no time stamp.
        ('+CMGR: "STO UNSENT","10086"\r\nHi\r\nOK',
         sms.StoredSms(None, "STO UNSENT", "10086", None, "Hi")),
        ('+CMGR: "STO UNSENT"\r\nHi\r\nOK', sms.StoredSms(None, "STO UNSENT", None, None, "Hi")),
    ],
)
def test_cmgr_text_mode_full_results(reply, expected):
    assert sms.parse_cmgr(reply, pdu_mode=False) == expected


def test_cmgl_text_mode_short_headers():
    reply = '+CMGL: 1,"STO UNSENT","10086"\r\nHi\r\n+CMGL: 2,"STO UNSENT"\r\nYo\r\nOK'
    assert sms.parse_cmgl(reply, pdu_mode=False) == [
        sms.StoredSms(1, "STO UNSENT", "10086", None, "Hi"),
        sms.StoredSms(2, "STO UNSENT", None, None, "Yo")]


def test_ucs2_text_mode_keeps_a_sender_that_is_not_ucs2():
    # +CSCS="UCS2": the text is UCS2 hex; a sender sent as plain digits stays as it is.
    reply = '+CMGR: "REC READ","10086",,"26/11/20,09:15:02+32"\r\n004F004B\r\nOK'
    assert sms.parse_cmgr(reply, pdu_mode=False, charset="UCS2") == sms.StoredSms(
        None, "REC READ", "10086", "2026-11-20T09:15:02+08:00", "OK")


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        # TS 27.005 <scts> zone in quarter hours: Nepal +05:45 (23), Chatham +12:45 (51).
        ("26/11/20,09:15:02+23", "2026-11-20T09:15:02+05:45"),
        ("26/11/20,09:15:02+51", "2026-11-20T09:15:02+12:45"),
        ("26/11/20,09:15:02-02", "2026-11-20T09:15:02-00:30"),
    ],
)
def test_text_mode_time_quarter_hours(value, iso):
    assert sms.text_mode_time(value) == iso


# -- SIMCom +CPING and captive portal pages (simtool.at.parsers.tcpip) -----------------------


def test_cping_skips_other_lines_and_names_itself():
    # SIMCom SIM7600 AT manual +CPING; a URC arriving between the echoes is not the end.
    reply = "+CPING: 1,10.0.0.1,64,85,54\r\n+CGEV: ME PDN ACT 1\r\n+CPING: 2"
    assert parse_cping(reply) == PingReport(2, 1, (85.0,), done=False)
    assert parse_cping("+CPING: 9") == Unparsed("+CPING: 9", "+CPING reply not understood")
    assert parse_cping("OK") == Unparsed("OK", "no +CPING line in the reply")


def test_portal_pages_in_upper_case_html():
    page = ('<HTML><HEAD><TITLE> Recharge </TITLE>'
            '<META HTTP-EQUIV="Refresh" CONTENT="0;URL=http://portal.invalid/pay"></HEAD>')
    assert tcpip.portal_link(page) == "http://portal.invalid/pay"
    assert tcpip.page_title(page) == "Recharge"
    assert tcpip.page_title("<html><body>no title</body></html>") is None
    assert tcpip.page_title("<title> </title>") is None
    # A relative target is only found by the meta refresh pattern.
    assert tcpip.portal_link('<META HTTP-EQUIV="Refresh" CONTENT="0;URL=/pay">') == "/pay"


# -- +COPS=? scans (3GPP TS 27.007 §7.3), ATI, +CGPADDR, registration shapes ----------------


def test_cops_list_full_results():
    # AcT 0 (GSM) and 13 (NR-5GCN) are the ends of TS 27.007's range; 14 is not an AcT.
    reply = ('+COPS: (2,"CHINA MOBILE","CMCC","46000",0),(1,"CHN-UNICOM","UNICOM","46001",13),'
             '(3,"CHN-CT","CT","46011",14),(1,"Vodafone.de","Vodafone","26202"),,(0-4),(0-2)')
    assert operator.parse_cops_list(reply) == operator.NetworkList((
        operator.NetworkEntry(2, "CHINA MOBILE", "CMCC", "46000", 0),
        operator.NetworkEntry(1, "CHN-UNICOM", "UNICOM", "46001", 13),
        operator.NetworkEntry(3, "CHN-CT", "CT", "46011", None),
        operator.NetworkEntry(1, "Vodafone.de", "Vodafone", "26202", None)))
    # +CSCS="UCS2": both names in UCS2 hex ("中国移动", "CMCC").
    ucs2 = '+COPS: (2,"4E2D56FD79FB52A8","0043004D00430043","46000",7),,(0-4),(0-2)'
    assert operator.parse_cops_list(ucs2, "UCS2") == operator.NetworkList((
        operator.NetworkEntry(2, "中国移动", "CMCC", "46000", 7),))
    assert operator.parse_cops_list("OK") == Unparsed("OK", "no +COPS line in the reply")
    broken = "+COPS: (2,broken),,(0-4),(0-2)"
    assert operator.parse_cops_list(broken) == Unparsed(broken, "no network in the +COPS list")


def test_ati_skips_labelled_lines_it_does_not_know():
    # SIMCom SIM7600 AT manual ATI: labelled lines and +GCAP; no revision line here.
    reply = ("Manufacturer: SIMCOM INCORPORATED\r\nModel: SIMCOM_SIM7600E-H\r\n"
             "+GCAP: +CGSM,+DS,+ES\r\nOK")
    assert identity.parse_ati(reply) == identity.AtiInfo(
        "SIMCOM INCORPORATED", "SIMCOM_SIM7600E-H", None, None)
    assert identity.parse_ati("OK") == Unparsed("OK", "no ATI line in the reply")


def test_cgpaddr_line_without_a_cid_is_skipped():
    # TS 27.007 §10.1.14 +CGPADDR: <cid>,<PDP_addr>; a line without a cid does not end it.
    reply = '+CGPADDR: ,"0.0.0.0"\r\n+CGPADDR: 1,"10.0.0.2"\r\nOK'
    assert packet.parse_cgpaddr(reply) == packet.Cgpaddr({1: ("10.0.0.2",)})


def test_is_quoted():
    assert [is_quoted(f) for f in ('"1"', '""', ' "12" ', '"', '1"', '"1', "12", "")] == \
        [True, True, True, False, False, False, False, False]


@pytest.mark.parametrize(
    ("line", "solicited_shape"),
    [
        # TS 27.007 §7.2: a read reply is <n>,<stat>[,<lac>,...], a URC <stat>[,<lac>,...].
        # The second field is a LAC when quoted, hex, above any <stat> or 4+ digits long.
        ('+CREG: 1,"1",7', False),
        ("+CREG: 1,1A,7", False),
        ("+CREG: 1,14,7", False),
        ("+CREG: 1,0001,7", False),
        ("+CREG: 1,13,7", True),
        ("+CREG: 2,1,7", True),
        ("+CREG: 2,x,7", True),
    ],
)
def test_registration_shape_by_the_second_field(line, solicited_shape):
    assert registration.is_solicited_shape(line) is solicited_shape


def test_registration_urc_with_a_lac_only():
    # A URC <stat>,<lac> (no <ci>) is not a read reply <n>,<stat>.
    expected = registration.RegStatus("cs", None, 1, lac="A1")
    assert registration.parse_reg_urc('+CREG: 1,"00A1"') == expected
    assert registration.parse_reg_all('+CREG: 1,"00A1"', solicited=False) == [expected]


def test_euicc_refusals_name_the_error():
    # GSMA SGP.22 ProfileInfoListResponse: BF2D { 81 <error> }; 1 incorrectInputValues,
    # 127 undefinedError; an empty response has no tag at all.
    one = bytes.fromhex("BF2D03810101")
    assert euicc.parse_profiles_response(one) == Unparsed(
        "BF2D03810101", "the eSIM refused to list its profiles (error 1 incorrectInputValues)")
    odd = euicc.parse_profiles_response(bytes.fromhex("BF2D03810105"))
    assert isinstance(odd, Unparsed) and odd.raw == "BF2D03810105"
    assert odd.reason in ("the eSIM refused to list its profiles (error 5)",
                          "the eSIM refused to list its profiles (error 5 )")
    assert euicc.parse_profiles_response(b"") == Unparsed("", "expected tag BF2D, found -")


# -- +CFUN, +CPINR, +CSIM/+CGLA hex, APDU status words --------------------------------------


def test_cfun_refusals():
    # TS 27.007 §8.2 +CFUN: <fun>[,<rst>].
    assert radio.parse_cfun("OK") == Unparsed("OK", "no +CFUN line in the reply")
    assert radio.parse_cfun("+CFUN: x") == Unparsed("+CFUN: x", "no number in the +CFUN reply")


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        # TS 27.007 §8.65: 0 retries left is a count (the code is blocked), not "unknown".
        ('+CPINR: "SIM PIN",0,3\r\n+CPINR: "SIM PUK",10,10', retries.Retries(pin=0, puk=10)),
        # Codes simtool does not track are skipped; a line without a count says nothing.
        ('+CPINR: "PH-SIM PIN",3,3\r\n+CPINR: "SIM PIN",2,3', retries.Retries(pin=2)),
        ('+CPINR: "SIM PIN"\r\n+CPINR: "SIM PIN2",3,3', retries.Retries(pin2=3)),
        # The extended form, +CPINRE, in the same reply.
        ('+CPINRE: "SIM PUK2",10,10', retries.Retries(puk2=10)),
        ("OK", Unparsed("OK", "no +CPINR line in the reply")),
    ],
)
def test_cpinr_full_results(reply, expected):
    assert retries.parse_cpinr(reply) == expected


@pytest.mark.parametrize(
    ("parser", "reply", "expected"),
    [
        # TS 27.007 §8.17 +CSIM: <length>,<response>; a modem leaving the length out.
        (euicc.parse_csim, '+CSIM: "9000"', "9000"),
        (euicc.parse_csim, "+CSIM: 9000", "9000"),
        # A URC before the reply line does not end the search.
        (euicc.parse_cgla, '^RSSI: 14\r\n+CGLA: 4,"9000"', "9000"),
        # Odd hex digits, fewer than a status word, or not hex: not an APDU response.
        (euicc.parse_cgla, '+CGLA: 5,"90000"',
         Unparsed('+CGLA: 5,"90000"', "+CGLA reply is not an APDU response in hex")),
        (euicc.parse_cgla, '+CGLA: 6,"XX9000"',
         Unparsed('+CGLA: 6,"XX9000"', "+CGLA reply is not an APDU response in hex")),
        (euicc.parse_csim, '+CSIM: "XX9000"',
         Unparsed('+CSIM: "XX9000"', "+CSIM reply is not an APDU response in hex")),
    ],
)
def test_hex_apdu_replies(parser, reply, expected):
    assert parser(reply) == expected


def test_a_response_of_only_a_status_word():
    # ISO/IEC 7816-4 §5.1.3: a response is data (maybe none) and SW1 SW2.
    assert euicc.split_response("9000") == euicc.Apdu(b"", 0x9000)
    with pytest.raises(ValueError):
        euicc.split_response("90")


# -- masking: a password line cut between reads; +CSIM APDUs that are not PIN commands -----


@pytest.mark.parametrize(
    ("text", "open_"),
    [
        ("AT+CPIN=12", True), ("at+cpin=12", True), ('AT+CLCK="SC",1,"12', True),
        ("AT+CPIN=1234\r", False), ("AT+CPIN?", False), ("AT+CSQ=1", False), ("", False),
    ],
)
def test_opens_secret(text, open_):
    # A late echo split over two reads: the rest of a password line must be masked too.
    assert opens_secret(text) is open_


def test_csim_apdus_other_than_pin_commands_are_not_masked():
    # ISO/IEC 7816-4 SELECT (INS A4) of MF 3F00: no secret in it.
    assert mask_secrets('AT+CSIM=14,"00A40004023F00"') == 'AT+CSIM=14,"00A40004023F00"'
    # VERIFY (INS 20) with the PIN: the data after the header is masked.
    assert mask_secrets('AT+CSIM=26,"00200001083132333435FFFFFF"') == \
        'AT+CSIM=26,"0020000108****************"'


# -- the shared reply helpers (simtool.at.parsers.common) ------------------------------------


def test_info_lines_drop_nul_padding_only():
    # NUL padding around a line (seen from USB serial bridges); an Intel XMM model name
    # (AT+CGMM) starts with X and keeps it.
    assert info_lines("\x00\x00+CSQ: 20,99\x00\r\nXMM7360\r\nOK") == ["+CSQ: 20,99", "XMM7360"]


def test_cme_error_on_any_line():
    assert cme_error("AT+CPIN?\r\n+CME ERROR: 10\r\n") == "10"
    assert cme_error("+CPIN: READY\r\nOK") is None


def test_after_prefix_allows_a_space_before_the_colon():
    assert after_prefix("+cpin : READY", "+CPIN") == "READY"
    assert after_prefix("+CPINR: x", "+CPIN") is None


@pytest.mark.parametrize(
    ("body", "fields"),
    [
        ('"a,b",c', ['"a,b"', "c"]),
        ('1, "x" ,"y,z"', ["1", '"x"', '"y,z"']),
        ("", [""]),
    ],
)
def test_split_fields_keeps_quoted_commas(body, fields):
    assert split_fields(body) == fields


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ('"ab"', "ab"), (' "ab" ', "ab"), ("ab", "ab"), ('""', ""),
        # A value that itself starts and ends with quotes loses only the outer pair.
        ('""x""', '"x"'), ('"x""', 'x"'), ('""x"', '"x'),
        # A line cut short leaves one quote: it is dropped, nothing else.
        ('"ab', "ab"), ('ab"', "ab"), ('"Xab', "Xab"),
    ],
)
def test_unquote(field, value):
    assert unquote(field) == value


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        # Altair: just OK; SIMCom SIM8230G: the no-information text (causes.md §4).
        ("OK", ceer.Ceer("", None, None, no_information=True)),
        ("+CEER: No cause information available\r\nOK",
         ceer.Ceer("No cause information available", None, None, no_information=True)),
        # Free text naming a cause; "cause <n>" in any case.
        ("+CEER: Missing or unknown APN", ceer.Ceer("Missing or unknown APN", 27, "esm")),
        ("+CEER: PDP reject, Cause 33", ceer.Ceer("PDP reject, Cause 33", 33, None)),
        # TS 27.007 §6.10: the report may take more than one line; they are read as one.
        ("+CEER: PDP reject,\r\n+CEER: cause 33\r\nOK",
         ceer.Ceer("PDP reject, cause 33", 33, None)),
    ],
)
def test_ceer_free_text_full_results(reply, expected):
    assert ceer.parse_ceer(reply) == expected


# -- +CGDCONT, +CGATT, +CGACT (TS 27.007 §10.1.1, §10.1.9, §10.1.10) -------------------------


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        # <APN> left out: network-provided (""); a line without <PDP_type> or cid is skipped.
        ('+CGDCONT: 1,"IP"\r\nOK', packet.Cgdcont((packet.PdpDefinition(1, "IP", ""),))),
        ('+CGDCONT: x,"IP","a"\r\n+CGDCONT: 2\r\n+CGDCONT: 3,"IPV4V6","cmnet"\r\nOK',
         packet.Cgdcont((packet.PdpDefinition(3, "IPV4V6", "cmnet"),))),
        # Sorted by cid; a cid listed twice keeps the modem's order.
        ('+CGDCONT: 2,"IPV6","b"\r\n+CGDCONT: 1,"IPV6","x"\r\n+CGDCONT: 1,"IP","y"',
         packet.Cgdcont((packet.PdpDefinition(1, "IPV6", "x"), packet.PdpDefinition(1, "IP", "y"),
                         packet.PdpDefinition(2, "IPV6", "b")))),
        ("+CGDCONT: 1", Unparsed("+CGDCONT: 1", "no context in the +CGDCONT reply")),
    ],
)
def test_cgdcont_full_results(reply, expected):
    assert packet.parse_cgdcont(reply) == expected


def test_cgatt_and_cgact_full_results():
    assert packet.parse_cgatt("OK") == Unparsed("OK", "no +CGATT line in the reply")
    assert packet.parse_cgatt("+CGATT: 2") == Unparsed("+CGATT: 2",
                                                       "+CGATT state is neither 0 nor 1")
    # A line without a state or without a cid is no context.
    assert packet.parse_cgact("+CGACT: 1,1\r\n+CGACT: x,1\r\n+CGACT: 2\r\nOK") == \
        packet.Cgact({1: True})


# -- +COPS? (TS 27.007 §7.3), +CSCS, +CGMI ----------------------------------------------------


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        # <mode>,<format> without an operator (registered nowhere, format set).
        ("+COPS: 0,2", operator.Cops(0, 2)),
        ("+COPS: 0,0", operator.Cops(0, 0)),
        ('+COPS: 0,0,"",7', operator.Cops(0, 0, act=7)),
        # AcT 0 (GSM) and 13 (NR-5GCN) are the ends of the range.
        ('+COPS: 0,0,"CHINA MOBILE",0', operator.Cops(0, 0, name="CHINA MOBILE", act=0)),
        ('+COPS: 0,2,"46000",13', operator.Cops(0, 2, mcc="460", mnc="00", act=13)),
        ('+COPS: 0,2,"46000",14', operator.Cops(0, 2, mcc="460", mnc="00")),
        ("OK", Unparsed("OK", "no +COPS line in the reply")),
    ],
)
def test_cops_full_results(reply, expected):
    assert operator.parse_cops(reply) == expected


def test_plmn_digits_only():
    assert operator.split_plmn("460-00") == ("460", "00")
    assert operator.split_plmn("310 260") == ("310", "260")
    assert operator.parse_cscs("OK") == Unparsed("OK", "no +CSCS line in the reply")


def test_cgmi_with_another_commands_prefix():
    # A reply line of another command (a late +CGMM answer) is not the manufacturer.
    reply = "+CGMM: EC25\r\nOK"
    assert identity.parse_cgmi(reply) == Unparsed(reply,
                                                  "unexpected prefix in the manufacturer reply")


@pytest.mark.parametrize(
    ("parser", "reply", "expected"),
    [
        # Labelled forms (Huawei "Manufacturer:"/"Model:"/"Revision:", V.250 +GMI/+GMM/+GMR).
        (identity.parse_cgmi, "Manufacturer: Huawei\r\nOK", identity.TextValue("Huawei")),
        (identity.parse_cgmm, "+CGMM: EC25\r\nOK", identity.TextValue("EC25")),
        (identity.parse_cgmm, "+GMM: EC25\r\nOK", identity.TextValue("EC25")),
        (identity.parse_cgmm, "Model: E3372\r\nOK", identity.TextValue("E3372")),
        (identity.parse_cgmr, "+GMR: EC25EFAR06A09M4G\r\nOK",
         identity.TextValue("EC25EFAR06A09M4G")),
        (identity.parse_cgmr, "Revision: 21.180.07.00.00\r\nOK",
         identity.TextValue("21.180.07.00.00")),
        # Air724UG (FUjr/QModem testcases): an empty quoted value says nothing.
        (identity.parse_cgmi, '+CGMI: ""', Unparsed('+CGMI: ""', "empty manufacturer reply")),
        (identity.parse_cgmm, '+CGMM: ""', Unparsed('+CGMM: ""', "empty model reply")),
        (identity.parse_cgmr, '+CGMR: ""', Unparsed('+CGMR: ""', "empty revision reply")),
        # SIMCom labels its IMEI line.
        (identity.parse_cgsn, "IMEI: 490154203237518\r\nOK",
         identity.Imei("490154203237518", True, True)),
    ],
)
def test_identity_labelled_forms(parser, reply, expected):
    assert parser(reply) == expected


@pytest.mark.parametrize(
    ("digits", "ok"),
    [
        # TS 23.003 example IMEI; common test IMEIs with a 5 in a doubled position (5 x 2 =
        # 10 -> 1); the Luhn example of ISO/IEC 7812; a changed check digit fails.
        ("490154203237518", True), ("356938035643809", True), ("352099001761481", True),
        ("79927398713", True), ("490154203237519", False), ("356938035643808", False),
        ("79927398710", False),
    ],
)
def test_luhn(digits, ok):
    assert identity.luhn_ok(digits) is ok


def test_a_serial_number_of_other_length_is_not_luhn_checked():
    # 14 digits (an IMEI without its check digit, TS 23.003 §6.2.1): length not valid.
    assert identity.imei_from("35693803564380") == identity.Imei("35693803564380", False, None)


# -- SIM: +CPIN?, ICCID prefixes, +CRSM, +CIMI, +CNUM -------------------------------------------


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        # TS 27.007 §8.3 +CPIN: <code>; runs of blanks inside the code are one space.
        ("+CPIN: SIM  PIN\r\nOK", sim.SimState("pin-required", "SIM  PIN")),
        ("+CME ERROR: 10", sim.SimState("not-inserted", "+CME ERROR: 10")),
        ("+CME ERROR: 3", Unparsed("+CME ERROR: 3", "+CME error that says nothing about the SIM")),
        ("READY\r\nOK", sim.SimState("ready", "READY")),       # the bare value
        ("OK", Unparsed("OK", "no +CPIN line in the reply")),
    ],
)
def test_cpin_full_results(reply, expected):
    assert sim.parse_cpin(reply) == expected


@pytest.mark.parametrize(
    "prefix", ["+CCID", "+ICCID", "^ICCID", "+QCCID", "^SCID", "ICCID", "+CICCID", "%CCID",
               "#CCID", "+ZGETICCID", "!ICCID", "+MCCID"])
def test_every_iccid_prefix(prefix):
    # ITU-T E.118 ICCID 8986 0012 3456 7890 123 (China), as each vendor labels it.
    assert sim.parse_iccid(f"{prefix}: 89860012345678901234\r\nOK") == \
        sim.Iccid("89860012345678901234")


def test_iccid_refusals():
    assert sim.parse_iccid("OK") == Unparsed("OK", "no ICCID line in the reply")
    # A swapped EF_ICCID with one digit too many is not an ICCID.
    assert sim.normalise_iccid("989420000021436587F90") is None
    assert sim.normalise_iccid("98942000002143658709") == "89490200001234567890"


@pytest.mark.parametrize(
    ("reply", "reason"),
    [
        ("OK", "no +CRSM line in the reply"),
        ("+CRSM: 144", "no status word in the +CRSM reply"),
        ("+CRSM: x,0", "no status word in the +CRSM reply"),
    ],
)
def test_crsm_refusals(reply, reason):
    assert sim.parse_crsm_iccid(reply) == Unparsed(reply, reason)


@pytest.mark.parametrize(
    ("reply", "length"),
    [
        # TS 31.102 §4.2.18 EF_AD: byte 4, low nibble = MNC length (2 or 3); the high
        # nibble is not part of it; EF_AD may be longer than 4 bytes.
        ('+CRSM: 144,0,"00000002"', 2), ('+CRSM: 144,0,"00000003"', 3),
        ('+CRSM: 144,0,"00000012"', 2), ('+CRSM: 144,0,"0000000300"', 3),
        ('+CRSM: 144,0,"00000001"', None), ('+CRSM: 144,0,"000000"', None),
        ('+CRSM: 106,130,"00000002"', None),                     # refused (6A82)
    ],
)
def test_crsm_mnc_length(reply, length):
    assert sim.parse_crsm_mnc_length(reply) == length


def test_cimi_prefix_in_any_case():
    assert sim.parse_cimi("+cimi: 460001234567890\r\nOK") == sim.Imsi("460001234567890")


@pytest.mark.parametrize(
    ("reply", "numbers"),
    [
        # A stored entry with an empty number: its <type> is not a number.
        ('+CNUM: "","",129\r\nOK', ()),
        ('+CNUM: "Voice","",129\r\n+CNUM: "Data","13800138000",129\r\nOK', ("13800138000",)),
        ('+cnum: "Voice",""\r\nOK', ()),
    ],
)
def test_cnum_empty_numbers(reply, numbers):
    assert sim.parse_cnum(reply) == sim.Cnum(numbers)


# -- stored SMS: statuses, PDUs over two lines, long messages joined (TS 27.005 §3.1, §3.4.2) -


@pytest.mark.parametrize(
    ("stat", "status"),
    [
        # PDU mode <stat> 0..3; a number beyond them and any other text are kept as sent.
        ("0", "REC UNREAD"), ("1", "REC READ"), ("2", "STO UNSENT"), ("3", "STO SENT"),
        ("4", "4"), ("7", "7"), ("1x", "1X"),
    ],
)
def test_cmgl_pdu_mode_statuses(stat, status):
    reply = f"+CMGL: 5,{stat},,32\r\n{HELLO_PDU}\r\nOK"
    assert sms.parse_cmgl(reply, pdu_mode=True) == [sms.StoredSms(
        5, status, "+18005551212", "2011-01-01T12:34:56+00:00", "hellohello")]


def test_cmgl_pdu_split_over_two_lines_and_refusals():
    half = len(HELLO_PDU) // 2
    reply = (f"+CMGL: 1,1,,32\r\n{HELLO_PDU[:half]}\r\n{HELLO_PDU[half:]}\r\n"
             "+CMGL: 2\r\n+CMGL: 3,1,,2\r\n0011\r\nOK")
    with pytest.raises(pdu.PduError) as raised:
        pdu.decode("0011")
    assert sms.parse_cmgl(reply, pdu_mode=True) == [
        sms.StoredSms(1, "REC READ", "+18005551212", "2011-01-01T12:34:56+00:00",
                      "hellohello"),
        Unparsed("2", "no index in the +CMGL line"),
        Unparsed("0011", f"SMS PDU not understood: {raised.value}"),
    ]


def test_cmgl_text_mode_unquoted_time_is_rejoined():
    # A modem writing <scts> without quotes: split at its comma, read back whole.
    reply = '+CMGL: 1,"REC READ","10086",,26/11/20,09:15:02+32\r\nHi\r\nOK'
    assert sms.parse_cmgl(reply, pdu_mode=False) == [sms.StoredSms(
        1, "REC READ", "10086", "2026-11-20T09:15:02+08:00", "Hi")]
    # A time-like field after something that is not a date stays a field of its own.
    odd = '+CMGL: 2,"REC READ","10086",09:15:02\r\nHo\r\nOK'
    assert sms.parse_cmgl(odd, pdu_mode=False) == [sms.StoredSms(
        2, "REC READ", "10086", None, "Ho")]


def _part(index, status, sequence, text, total=2):
    return sms.StoredSms(index, status, "10086", f"2026-11-20T09:1{sequence}:00+08:00", text,
                         pdu.Concat(7, total, sequence))


def test_join_parts_keeps_storage_order_and_statuses():
    single = sms.StoredSms(None, "REC READ", "10010", None, "short")
    later = sms.StoredSms(9, "STO SENT", "10010", None, "sent")
    messages = [
        _part(4, "REC READ", 2, "world"),      # the long message's second part comes first
        single,
        _part(3, "REC READ", 1, "hello "),
        later,
        _part(6, "REC READ", 1, "a", total=3),
        _part(7, "REC UNREAD", 3, "c", total=3),
    ]
    assert sms.join_parts(messages) == [
        sms.Message((3, 4), "REC READ", "10086", "2026-11-20T09:11:00+08:00", "hello world"),
        sms.Message((), "REC READ", "10010", None, "short"),
        sms.Message((9,), "STO SENT", "10010", None, "sent"),
        sms.Message((6, 7), "REC UNREAD", "10086", "2026-11-20T09:11:00+08:00", "ac",
                    complete=False),
    ]


# -- +CSQ, +CESQ (TS 27.007 §8.5, §8.69) and Quectel +QCSQ at the ends of their scales -------


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        ("+CSQ: 31,7", signal.Csq(31, -51, 7)),
        ("+CSQ: 32,8", signal.Csq(None, None, None)),     # 99 and anything past 31/7
        ("+CSQ: 0,0", signal.Csq(0, -113, 0)),
        ("+CSQ: 20", signal.Csq(20, -73, None)),          # <ber> left out
        ("OK", Unparsed("OK", "no +CSQ line in the reply")),
    ],
)
def test_csq_edges(reply, expected):
    assert signal.parse_csq(reply) == expected


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        ("+CESQ: 0,0,0,0,0,0,0,0,0",
         signal.Cesq(-111, 0, -121, -24.5, -20, -141, ss_rsrp_dbm=-156, ss_rsrq_db=-43,
                     ss_sinr_db=-23)),
        ("+CESQ: 63,7,96,49,34,97,127,127,127",
         signal.Cesq(-48, 7, -25, 0.0, -3.0, -44, ss_rsrp_dbm=-29, ss_rsrq_db=20.5,
                     ss_sinr_db=40.5)),
        ("+CESQ: 64,8,97,50,35,98,128,128,128",
         signal.Cesq(None, None, None, None, None, None)),
        ("+CESQ: ,99,255,255,20,40",
         Unparsed("+CESQ: ,99,255,255,20,40", "fewer than six numbers in the +CESQ reply")),
        ("OK", Unparsed("OK", "no +CESQ line in the reply")),
    ],
)
def test_cesq_edges(reply, expected):
    assert signal.parse_cesq(reply) == expected


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        # Quectel EC25 AT manual +QCSQ: rssi -140..-20, rsrp -160..-30, sinr 0..250 in
        # 1/5 dB from -20, rsrq -40..0; values past the ends are not readings.
        ('+QCSQ: "LTE",-140,-160,0,-40', signal.VendorSignal("LTE", -140, -160, -20.0, -40)),
        ('+QCSQ: "LTE",-20,-30,250,0', signal.VendorSignal("LTE", -20, -30, 30.0, 0)),
        ('+QCSQ: "LTE",-141,-161,251,-41', signal.VendorSignal("LTE")),
        ('+QCSQ: "LTE",-19,-29,-1,1', signal.VendorSignal("LTE")),
        ('+QCSQ: "CAT-M",-90,-100,100,-10', signal.VendorSignal("CAT-M", -90, -100, 0.0, -10)),
        ('+QCSQ: "CAT-NB",-90', signal.VendorSignal("CAT-NB", -90)),
        ('+QCSQ: "EMTC",-90', signal.VendorSignal("EMTC", -90)),
        ('+QCSQ: "NBIOT",-90', signal.VendorSignal("NBIOT", -90)),
        ('+QCSQ: "NR5G",-160,0,-40', signal.VendorSignal("NR5G", rsrp_dbm=-160, sinr_db=-20.0,
                                                         rsrq_db=-40)),
        ('+QCSQ: "WCDMA",-140,-20', signal.VendorSignal("WCDMA", rssi_dbm=-140, rscp_dbm=-20)),
        ('+QCSQ: "WCDMA",-141,-19', signal.VendorSignal("WCDMA")),
        ('+QCSQ: "WCDMA",-20,-140', signal.VendorSignal("WCDMA", rssi_dbm=-20, rscp_dbm=-140)),
        ('+QCSQ: "WCDMA",-19,-141', signal.VendorSignal("WCDMA")),
        ('+QCSQ: "GSM",-20', signal.VendorSignal("GSM", rssi_dbm=-20)),
        ('+QCSQ: "GSM",-140', signal.VendorSignal("GSM", rssi_dbm=-140)),
        ('+QCSQ: "GSM",-19', signal.VendorSignal("GSM")),
        ('+QCSQ: "GSM",-141', signal.VendorSignal("GSM")),
        ('+QCSQ: ""', Unparsed('+QCSQ: ""', "no system mode in the +QCSQ reply")),
        ("+QCSQ: 3,1", Unparsed("+QCSQ: 3,1", "no system mode in the +QCSQ reply")),
        ("OK", Unparsed("OK", "no +QCSQ line in the reply")),
    ],
)
def test_qcsq_edges(reply, expected):
    assert signal.parse_quectel_qcsq(reply) == expected


# -- registration: the Novatel RAC shift, read replies, the report's shape ------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # Novatel E362 (ModemManager tests): a RAC between TAC and CI, told by a 1-2 digit
        # "ci" followed by a field of more than 4 hex digits.
        ('+CEREG: 2,1,"1A2B","01","0A2B3C4",7',
         registration.RegStatus("eps", 2, 1, tac="1A2B", ci="A2B3C4", act=7)),
        ('+CEREG: 2,1,"1A2B","01","0A2B3",7,0,15',
         registration.RegStatus("eps", 2, 1, tac="1A2B", ci="A2B3", act=7)),
        # Not the shifted form: a 3-digit ci, or a next field of only 4 digits.
        ('+CEREG: 2,1,"1A2B","012","0A2B3C4",7',
         registration.RegStatus("eps", 2, 1, tac="1A2B", ci="12", act=0, cause_type=7)),
        ('+CEREG: 2,1,"1A2B","01","A2B3",7',
         registration.RegStatus("eps", 2, 1, tac="1A2B", ci="1", cause_type=7)),
        # TS 27.007 §7.2: AcT 13 is the last value; 14 is not an AcT. On +CREG an LTE or NR
        # AcT makes the area a TAC, GSM a LAC.
        ('+CREG: 2,1,"00A1","1234",13', registration.RegStatus("cs", 2, 1, tac="A1", ci="1234",
                                                                act=13)),
        ('+CREG: 2,1,"00A1","1234",14', registration.RegStatus("cs", 2, 1, lac="A1", ci="1234")),
        ('+C5GREG: 2,1,"00A1","1234",11', registration.RegStatus("nr5g", 2, 1, tac="A1",
                                                                  ci="1234", act=11)),
        ('+CEREG: 2,1,"0000A1","1234"', registration.RegStatus("eps", 2, 1, tac="A1",
                                                                ci="1234")),
        # +C5GREG without an AcT: still a TAC; an omitted LAC in a URC (Novatel XU870).
        ('+C5GREG: 2,1,"00A1","1234"', registration.RegStatus("nr5g", 2, 1, tac="A1",
                                                               ci="1234")),
        ('+CREG: 1,,"1234"', registration.RegStatus("cs", None, 1, ci="1234")),
        # Reasons, with the line.
        ("+CSQ: 1", Unparsed("+CSQ: 1", "not a registration line")),
        ("+CREG: 2,x", Unparsed("+CREG: 2,x", "no <stat> in the registration line")),
    ],
)
def test_registration_lines(line, expected):
    assert registration.parse_reg_line(line) == expected


def test_area_codes_are_hex_or_nothing():
    assert registration.normalise_hex('"00A1b"') == "A1B"
    assert registration.normalise_hex('"ZZ"') is None
    assert registration.normalise_hex('"X1"') is None
    assert registration.normalise_hex('""') is None
    assert registration.normalise_hex('"0000"') == "0"


def test_read_replies():
    # The read reply's shape wins over a URC before it; a reply with only the URC shape
    # (a modem leaving <n> out) is read as a URC.
    assert registration.parse_creg('+CREG: 1,"00A1","1234"\r\n+CREG: 2,1\r\nOK') == \
        registration.RegStatus("cs", 2, 1)
    assert registration.parse_creg('+CREG: 1,"00A1","1234"\r\nOK') == \
        registration.RegStatus("cs", None, 1, lac="A1", ci="1234")
    assert registration.parse_creg("+CREG: 2,x\r\nOK") == \
        Unparsed("+CREG: 2,x\r\nOK", "no <stat> in the registration line")
    assert registration.parse_creg("+CREG: x\r\nOK") == \
        Unparsed("+CREG: x\r\nOK", "no <stat> in the registration line")
    # <n> 0..5 only: "6,1" is not a read reply's shape.
    assert registration.is_solicited_shape("+CREG: 5,1") is True
    assert registration.is_solicited_shape("+CREG: 6,1") is False
    assert registration.is_solicited_shape("+CREG: 0,1") is True


@pytest.mark.parametrize(
    ("reg", "domain"),
    [
        (registration.RegStatus("eps", 2, 0, tac="1A2B", ci="ABC", act=7),
         RegistrationDomain(0, "not-registered", None, "1A2B", "ABC", 7, None)),
        (registration.RegStatus("cs", 2, 3, lac="A1", ci="ABC", act=0, cause_type=0,
                                reject_cause=1),
         RegistrationDomain(3, "denied", "A1", None, "ABC", 0, 1)),
        (registration.RegStatus("cs", 2, 11, lac="A1", ci="ABC", act=0),
         RegistrationDomain(11, "attached-rlos", "A1", None, "ABC", 0, None)),
        # Past the states TS 27.007 defines: nothing about the cell is kept.
        (registration.RegStatus("cs", 2, 12, lac="A1", tac=None, ci="ABC", act=0,
                                reject_cause=0),
         RegistrationDomain(None, "unknown", None, None, None, None, None)),
        (registration.RegStatus("eps", 2, 12, tac="1A2B", ci="ABC", act=7),
         RegistrationDomain(None, "unknown", None, None, None, None, None)),
    ],
)
def test_to_domain(reg, domain):
    assert registration.to_domain(reg) == domain


# -- Quectel +QPING (Quectel TCP/IP AT manual, AT+QPING) --------------------------------------


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        # No summary yet: an echo and a timeout (569) so far.
        ('+QPING: 0,"10.0.0.1",32,66,64\r\n+QPING: 569',
         PingReport(2, 1, (66.0,), None, done=False)),
        # A failure other than a timeout ends the ping (565 DNS, 561 PDP).
        ("+QPING: 565", PingReport(1, 0, (), 565, done=True)),
        ("+QPING: 561\r\n+QPING: 0,1,0,1", PingReport(1, 0, (), 561)),
        # A URC between the lines does not end the reading.
        ('+QPING: 0,"10.0.0.1",32,66,64\r\n+CGEV: ME PDN ACT 1\r\n+QPING: 0,1,1,0,66,66,66',
         PingReport(1, 1, (66.0,))),
        ("+QPING: x", Unparsed("+QPING: x", "+QPING reply not understood")),
        ("+QPING: 0,4,x,4", Unparsed("+QPING: 0,4,x,4", "+QPING reply not understood")),
        ("OK", Unparsed("OK", "no +QPING line in the reply")),
    ],
)
def test_qping_full_results(reply, expected):
    assert tcpip.parse_qping(reply) == expected


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        # Quectel TCP/IP AT manual +QIURC "dnsgip": header <err>,<count>,<ttl>, then one
        # line per address; done once <count> addresses came.
        ('+QIURC: "dnsgip",0,2,600\r\n+QIURC: "dnsgip","10.0.0.1"\r\n'
         '+QIURC: "dnsgip","10.0.0.2"', tcpip.DnsReport(("10.0.0.1", "10.0.0.2"))),
        ('+QIURC: "dnsgip",0,2,600\r\n+QIURC: "dnsgip","10.0.0.1"',
         tcpip.DnsReport(("10.0.0.1",), done=False)),
        # Header without <ttl>; other +QIURC reports in between are skipped.
        ('+QIURC: "dnsgip",0,1\r\n+QIURC: "pdpdeact",1\r\n+QIURC: "dnsgip","10.0.0.1"',
         tcpip.DnsReport(("10.0.0.1",))),
        ('+QIURC: "dnsgip",0', tcpip.DnsReport((), done=False)),
        # An address before its header (the header lost), and a URC of another command.
        ('+QIURC: "dnsgip","10.0.0.1"', tcpip.DnsReport(("10.0.0.1",), done=False)),
        ('+QIURC: "dnsgip",0,1,600\r\n+CGEV: ME PDN ACT 1\r\n+QIURC: "dnsgip","10.0.0.1"',
         tcpip.DnsReport(("10.0.0.1",))),
        ('+QIURC: "dnsgip",565', tcpip.DnsReport((), "565")),
        ('+QIURC: "dnsgip",x',
         Unparsed('+QIURC: "dnsgip",x', "+QIURC dnsgip reply not understood")),
        ("OK", Unparsed("OK", 'no +QIURC: "dnsgip" line in the reply')),
    ],
)
def test_qiurc_dnsgip_full_results(reply, expected):
    assert tcpip.parse_qiurc_dnsgip(reply) == expected
