"""SMS in PDU mode (simtool.at.pdu) and stored-SMS replies (simtool.at.parsers.sms).

Decoding vectors are real PDUs with the decoded values their source gives:
MM = ModemManager src/tests/test-sms.c and src/tests/test-sms-part-3gpp.c (captured from
operators' networks: KPN NL, SFR, Beeline...). Encoding vectors are the SMS-SUBMIT PDUs the
same ModemManager tests expect.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from simtool.at import gsm7, pdu
from simtool.at.parsers.common import Unparsed
from simtool.at.parsers.sms import (
    StoredSms,
    join_parts,
    parse_cmgl,
    parse_cmgr,
    text_mode_time,
)

KPN_WELCOME = (
    "07911356131313F64004850120390011609232239180A006080400100201D7327BFD6EB340E232"
    "1BF46E83EA7790F59D1E97DBE1341B442F83C465763D3DA797E56537C81D0ECB41AB59CC1693C1"
    "6031D96C064241E5656838AF03A96230982A269BCD462917C8FA4E8FCBED709A0D7ABBE9F6B0FB"
    "5C7683D27350984D4FABC9A0B33C4C4FCF5D20EBFB2D079DCB62793DBD06D9C36E50FB2D4E97D9"
    "A0B49B5E96BBCB")
MULTIPART_1 = (
    "07912160130320F5440B916171056429F5000021405291650569A00500034C0201A9E8F41C949E"
    "83C2207B599E07B1DFEE33885E9ED341E4F23C7D7697C920FA1B54C697E5E3F4BC0C6AD7D9F434"
    "081E96D341E3303C2C4EB3D3F4BC0B94A483E6E8779D4D06CDD1EF3BA80E0785E7A0B7BB0C6A97"
    "E7F3F0B9CC02B9DF7450780EA2DFDF2C50780EA2A3CBA0BA9B5C96B3F369F71954768FDFE4B4FB"
    "0C9297E1F2F2BCECA6CF41")
MULTIPART_2 = (
    "07912160130320F6440B916171056429F5000021405291651569320500034C0202E9E8301D4447"
    "9741F0B09C3E0785E56590BCCC0ED3CB6410FD0D7ABBCBA0B0FB4D4797E52E10")


@pytest.mark.parametrize(("hexpdu", "smsc", "sender", "timestamp", "text"), [
    # MM test_pdu1: GSM 7-bit with extension characters
    ("07912104442961F4040B916171957291F800001120821105050A"
     "6AC8B2BC7C9A83C220F6DB7D2ECB41EDF27C1E3E97411BDE06754FD3D1A0F9BB5D0695F1F4B29B5C"
     "2683C6E8B03C3CA697E5F34D6AE303D1D1F2F7DD0D4ABB59A0797D8C0685E7A00028EC26832A960B"
     "28EC2683BE6050780EBA97D96C17",
     "+12404492164", "+16175927198", "2011-02-28T11:50:50-05:00",
     "Here's a longer message [{with some extended characters}] thrown in, such as £ and "
     "ΩΠΨ and §¿ as well."),
    # MM test_pdu2: alphanumeric sender, UCS2 text
    ("07919730071111F10414D04937BD2C7797E9D3E614000811309291024061080442043504410442",
     "+79037011111", "InternetSMS", "2011-03-29T19:20:04+04:00", "тест"),
    # MM test_pdu3 and test_pdu3_natl: international and national sender
    ("07912143658709F1040B918100551512F20000111010214365000AE8329BFD4697D9EC37",
     "+12345678901", "+18005551212", "2011-01-01T12:34:56+00:00", "hellohello"),
    ("07912143658709F1040B818100551512F20000111010214365000AE8329BFD4697D9EC37",
     "+12345678901", "18005551212", "2011-01-01T12:34:56+00:00", "hellohello"),
    # MM test_pdu3_8bit: 8-bit data
    ("07912143658709F1040B918100551512F20004111010214365000AE8329BFD4697D9EC37DE",
     "+12345678901", "+18005551212", "2011-01-01T12:34:56+00:00",
     "\xe8\x32\x9b\xfd\x46\x97\xd9\xec\x37\xde"),
    # MM test_pdu_dcsf1: data coding group F (SFR, France)
    ("0791330609109" + "3F0040485810000F1116042318051" + "80A0" +
     "49B7F90D9A1AA5A01668F8769BD3E4B29B9E2EB359A03FC85D06A9C3ED707A0EA2CBC3EE79BB4CA7CB"
     "CBA05643617DA7C76990FD4D979741EE77DD5E0ED741ED371D442E83E0E1F9BC0CD281E677D9B84C06"
     "C1DF7539E85C9097E520FB9B2E2F83C6EF369C5E064D8D52D0BC2E07DDEF77D7DC2C7799E5A0771D04"
     "0FCB41F402BB0047BFDD6550B80ECAD966",
     "+33609001390", "1800", "2011-06-24T13:08:15+02:00",
     "Info SFR - Confidentiel, à ne jamais transmettre -\r\nVoici votre nouveau mot de "
     "passe : sw2ced pour gérer votre compte SFR sur www.sfr.fr ou par téléphone au 963"),
    # MM test_pdu_udhi: KPN NL welcome, part 1 of 2 (16-bit concatenation reference)
    (KPN_WELCOME, "+31653131316", "1002", "2011-06-29T23:32:19+02:00",
     "Welkom, bel om uw Voicemail te beluisteren naar +31612001233 (PrePay: *100*1233#). "
     "Voicemail ontvangen is altijd gratis. Voor gebruik van mobiel interne"),
])
def test_decodes_real_deliver_pdus(hexpdu: str, smsc: str, sender: str, timestamp: str,
                                   text: str) -> None:
    sms = pdu.decode(hexpdu)
    assert (sms.kind, sms.smsc, sms.address, sms.timestamp, sms.text) == (
        "deliver", smsc, sender, timestamp, text)


def test_concatenation_headers_8_and_16_bit() -> None:
    # MM test_pdu_udhi (IEI 08, reference 0x0010) and test_pdu_multipart (IEI 00, 0x4C).
    assert pdu.decode(KPN_WELCOME).concat == pdu.Concat(0x0010, 2, 1)
    first, second = pdu.decode(MULTIPART_1), pdu.decode(MULTIPART_2)
    assert first.concat == pdu.Concat(0x4C, 2, 1)
    assert second.concat == pdu.Concat(0x4C, 2, 2)
    assert first.timestamp == "2012-04-25T19:56:50-04:00"
    assert first.text + second.text == (
        "This is a very long test designed to exercise multi part capability. It should "
        "show up as one message, not as two, as the underlying encoding represents that "
        "the parts are related to one another. ")


def test_submit_pdu_stored_by_a_phone_is_read() -> None:
    # MM test_pdu_stored_by_us: an SMS-SUBMIT in UCS2 without SMSC.
    sms = pdu.decode("002100098136397339F70008224F60597D4F60597D4F60597D4F60597D4F60597D"
                     "4F60597D4F60597D4F60597D4F60")
    assert (sms.kind, sms.address, sms.text) == ("submit", "639337937",
                                                  "你好你好你好你好你好你好你好你好你")


def test_status_report_has_no_text() -> None:
    # MM test_pdu_not_stored: a status report.
    sms = pdu.decode("07914356060013F1065A098136397339F7219011700463802190117004638030")
    assert (sms.kind, sms.smsc, sms.address, sms.timestamp, sms.text) == (
        "status-report", "+34656000311", "639337937", "2012-09-11T07:40:36+02:00", "")


@pytest.mark.parametrize("hexpdu", [
    # MM test_pdu_insufficient_data: TP-UDL says 11 septets, 10 are there
    "07912143658709F1040B918100551512F20000111010214365000BE8329BFD4697D9EC37",
    "", "07", "0791", "ZZ", "07912143658709F103",
])
def test_broken_pdus_raise_pdu_error(hexpdu: str) -> None:
    with pytest.raises(pdu.PduError):
        pdu.decode(hexpdu)


def test_submit_matches_modemmanager() -> None:
    # MM test_create_pdu_gsm_no_validity (no SMSC, no validity period).
    [(length, hexpdu)] = pdu.submit("+15556661234", "This is really cool ΔΔΔΔΔ")
    assert hexpdu == ("0001000B915155661632F40000195474 7A0E4ACF41F27298CDCE83C6EF371B04"
                      "81402010").replace(" ", "")
    assert length == len(bytes.fromhex(hexpdu)) - 1


def test_long_texts_split_like_modemmanager() -> None:
    # MM test_text_split_two_pdu: 161 GSM characters = 153 + 8.
    text = "0123456789" * 16 + "0"
    parts = [pdu.decode(h, with_smsc=True) for _length, h in pdu.submit("10086", text)]
    assert [len(p.text) for p in parts] == [153, 8]
    assert "".join(p.text for p in parts) == text
    # MM test_text_split_max_single_pdu_ucs2: 70 Chinese characters fit one PDU.
    assert len(pdu.submit("10086", "你好" * 35)) == 1
    assert len(pdu.submit("10086", "你好" * 35 + "好")) == 2


@settings(max_examples=300)
@given(text=st.text(max_size=400), sender=st.sampled_from(
    ["10086", "+8613800138000", "1065902100001", "China Mobile"]),
       reference=st.integers(0, 255))
def test_deliver_round_trip(text: str, sender: str, reference: int) -> None:
    pdus = pdu.deliver(sender, text, "2026-11-30T09:15:02+08:00", reference=reference)
    stored = [StoredSms(index, "REC UNREAD", d.address, d.timestamp, d.text, d.concat)
              for index, d in enumerate((pdu.decode(h) for h in pdus), start=1)]
    [message] = join_parts(reversed(stored))
    assert message.text == text
    assert message.sender == sender
    assert message.timestamp == "2026-11-30T09:15:02+08:00"
    assert message.complete


@given(st.binary(max_size=200))
def test_any_bytes_decode_or_raise_pdu_error(data: bytes) -> None:
    try:
        sms = pdu.decode(data.hex())
    except pdu.PduError:
        return
    assert isinstance(sms.text, str)


@given(st.lists(st.integers(0, 127), max_size=200), st.integers(0, 6))
def test_septet_packing_round_trip(septets: list[int], fill: int) -> None:
    assert gsm7.unpack(gsm7.pack(septets, fill), len(septets), fill) == septets


# ---- +CMGL / +CMGR ---------------------------------------------------------------------

def test_cmgl_pdu_mode_reads_and_joins_a_two_part_message() -> None:
    reply = ("+CMGL: 1,1,,159\r\n" + MULTIPART_1 + "\r\n"
             "+CMGL: 2,0,,64\r\n" + MULTIPART_2 + "\r\nOK")
    messages = parse_cmgl(reply, pdu_mode=True)
    assert [m.status for m in messages if isinstance(m, StoredSms)] == ["REC READ",
                                                                        "REC UNREAD"]
    [joined] = join_parts(m for m in messages if isinstance(m, StoredSms))
    assert joined.indexes == (1, 2)
    assert joined.status == "REC UNREAD"
    assert joined.text.endswith("related to one another. ")


def test_cmgl_keeps_a_broken_pdu_as_unparsed_and_reads_the_rest() -> None:
    reply = ("+CMGL: 3,1,,10\r\n0791ZZ\r\n+CMGL: 4,1,,26\r\n"
             "07912143658709F1040B918100551512F20000111010214365000AE8329BFD4697D9EC37\r\nOK")
    first, second = parse_cmgl(reply, pdu_mode=True)
    assert isinstance(first, Unparsed)
    assert isinstance(second, StoredSms) and second.text == "hellohello"


def test_cmgl_text_mode() -> None:
    # 3GPP TS 27.005 §3.4.2 text mode layout (Quectel EC2x manual, AT+CMGL example).
    reply = ('+CMGL: 1,"REC READ","10086",,"26/11/20,09:15:02+32"\r\n'
             "Your balance is 12.50 CNY.\r\n"
             '+CMGL: 2,"REC UNREAD","10086",,"26/11/21,18:40:11+32"\r\n'
             "Your data plan expires soon.\r\nOK")
    messages = parse_cmgl(reply, pdu_mode=False)
    assert messages == [
        StoredSms(1, "REC READ", "10086", "2026-11-20T09:15:02+08:00",
                  "Your balance is 12.50 CNY."),
        StoredSms(2, "REC UNREAD", "10086", "2026-11-21T18:40:11+08:00",
                  "Your data plan expires soon."),
    ]


def test_cmgl_text_mode_ucs2_charset() -> None:
    reply = ('+CMGL: 5,"REC READ","00310030003000380036",,"26/11/30,10:00:00+32"\r\n'
             + "您的账户已欠费".encode("utf-16-be").hex().upper() + "\r\nOK")
    [message] = parse_cmgl(reply, pdu_mode=False, charset="UCS2")
    assert isinstance(message, StoredSms)
    assert (message.sender, message.text) == ("10086", "您的账户已欠费")


def test_cmgr_both_modes() -> None:
    text = parse_cmgr('+CMGR: "REC UNREAD","10010",,"26/11/30,10:00:00+32"\r\nHello\r\nOK',
                      pdu_mode=False)
    assert isinstance(text, StoredSms) and (text.status, text.sender, text.text) == (
        "REC UNREAD", "10010", "Hello")
    read = parse_cmgr("+CMGR: 0,,64\r\n" + MULTIPART_2 + "\r\nOK", pdu_mode=True)
    assert isinstance(read, StoredSms) and read.concat == pdu.Concat(0x4C, 2, 2)
    assert isinstance(parse_cmgr("OK", pdu_mode=True), Unparsed)


def test_empty_store_is_an_empty_list() -> None:
    assert parse_cmgl("OK", pdu_mode=True) == []


def test_missing_part_is_marked_incomplete() -> None:
    part = pdu.decode(MULTIPART_1)
    [message] = join_parts([StoredSms(7, "REC READ", part.address, part.timestamp, part.text,
                                      part.concat)])
    assert message.complete is False and message.indexes == (7,)


@pytest.mark.parametrize(("value", "iso"), [
    ("26/11/20,09:15:02+32", "2026-11-20T09:15:02+08:00"),
    ("12/04/25,19:56:50-16", "2012-04-25T19:56:50-04:00"),
    ("26/11/20,09:15:02", "2026-11-20T09:15:02+00:00"),
    ("yesterday", None),
])
def test_text_mode_time(value: str, iso: str | None) -> None:
    assert text_mode_time(value) == iso
