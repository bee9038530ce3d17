"""Tests written against mutants that survived scripts/mutation.sh in simtool/at/pdu.py and
simtool/at/gsm7.py (docs/mutation.md): the PDUs `deliver` builds, octet for octet, the
addresses it encodes (numbers of even length, sender names, names with no GSM 7-bit code),
the time zones of its time stamps, where it splits long texts, and how `decode` reads
address lengths, the user-data header indicator and short user data.

Real vectors are ModemManager's (MM = src/tests/test-sms-part-3gpp.c); the PDUs marked
"constructed" are edge cases built by hand after 3GPP TS 23.040 §9.1.2 and §9.2.
"""

from __future__ import annotations

import pytest

from simtool.at import pdu

# ModemManager test_pdu3's service centre time stamp: 2011-01-01 12:34:56 +00:00.
SCTS = "11101021436500"
TIME = "2011-01-01T12:34:56+00:00"


def _deliver(address: str, *, first: str = "04", dcs: str = "00",
             user_data: str = "02D922") -> str:
    """An SMS-DELIVER with the SMSC from the modem (00), TP-OA `address` (hex: length, type,
    digits), PID 00 and "YE" in GSM 7-bit unless told otherwise."""
    return "00" + first + address + "00" + dcs + SCTS + user_data


# -- the PDUs deliver() builds ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("sender", "text", "timestamp", "smsc", "expected"),
    [
        # MM test_pdu3: international sender, GSM 7-bit, PID 00, DCS 00.
        ("+18005551212", "hellohello", TIME, "+12345678901",
         "07912143658709F1040B918100551512F20000111010214365000AE8329BFD4697D9EC37"),
        # MM test_pdu2: alphanumeric sender (TOA D0, 20 semi-octets), UCS2 (DCS 08).
        ("InternetSMS", "тест", "2011-03-29T19:20:04+04:00", "+79037011111",
         "07919730071111F10414D04937BD2C7797E9D3E614000811309291024061080442043504410442"),
    ],
)
def test_deliver_builds_modemmanagers_pdus_octet_for_octet(
        sender: str, text: str, timestamp: str, smsc: str, expected: str) -> None:
    """The simulated modem lists exactly the PDU a real one would: protocol identifier 00,
    DCS 08 for UCS2, upper-case hex."""
    assert pdu.deliver(sender, text, timestamp, smsc=smsc) == [expected]


def test_deliver_defaults_service_centre_and_reference() -> None:
    """Without `smsc` the PDU carries +8613800100500; without `reference` the parts of a
    long text carry concatenation reference 0."""
    [single] = pdu.deliver("10086", "Hi", TIME)
    assert pdu.decode(single).smsc == "+8613800100500"
    parts = [pdu.decode(p) for p in pdu.deliver("10086", "x" * 161, TIME)]
    assert [p.concat for p in parts] == [pdu.Concat(0, 2, 1), pdu.Concat(0, 2, 2)]


@pytest.mark.parametrize(
    "sender",
    [
        "+447700900123",    # 12 digits
        "1065",             # 4-digit short code
        "+4930123456",      # 10 digits
    ],
)
def test_numbers_of_even_length_get_no_filler(sender: str) -> None:
    """An even number of digits fills its octets: no F filler semi-octet (TS 23.040
    §9.1.2.3), and the number reads back as given."""
    [built] = pdu.deliver(sender, "Hi", TIME)
    assert pdu.decode(built).address == sender
    digits = sender.lstrip("+")
    swapped = "".join(digits[i + 1] + digits[i] for i in range(0, len(digits), 2))
    assert f"{len(digits):02X}{'91' if sender.startswith('+') else '81'}{swapped}" in built
    [(_length, submitted)] = pdu.submit(sender, "Hi")
    assert pdu.decode(submitted).address == sender


@pytest.mark.parametrize(
    ("sender", "decoded"),
    [
        # A letter then digits is a sender name, not a number.
        ("X100", "X100"),
        # Seven characters fill seven octets: the spare bits of the last one read as '@',
        # which is not part of the name.
        ("Bankers", "Bankers"),
        # A name ending in X keeps its X.
        ("AMEX", "AMEX"),
        # No GSM 7-bit code for these characters: one '?' each.
        ("中国移动", "????"),
    ],
)
def test_alphanumeric_senders_read_back(sender: str, decoded: str) -> None:
    [built] = pdu.deliver(sender, "Hi", TIME)
    sms = pdu.decode(built)
    assert (sms.address, sms.text) == (decoded, "Hi")


# -- decode(): address lengths ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("address", "decoded"),
    [
        # Constructed: "Bankers" (7 septets, 49 bits) with Address-Length 13 semi-octets,
        # the last octet's spare nibble set to 1111 as for a number: the length decides,
        # the bits after the seventh septet are not an eighth character.
        ("0DD0C2B07B5D96CFF1", "Bankers"),
        # Constructed: alphanumeric type with numbering plan bits 0001 (TOA D1): the type
        # of number (bits 6-4) alone says alphanumeric.
        ("0ED1C2B07B5D96CF01", "Bankers"),
        # Constructed: "10086" with a 0 filler semi-octet instead of F: Address-Length says
        # five digits, the sixth semi-octet is not read.
        ("0581018006", "10086"),
        ("0591018006", "+10086"),
    ],
)
def test_address_length_counts_semi_octets(address: str, decoded: str) -> None:
    assert pdu.decode(_deliver(address)).address == decoded


def test_alphanumeric_service_centre_length_counts_octets() -> None:
    """Constructed: an SMSC address of alphanumeric type. Its length octet counts octets
    with the type (TS 24.011 §8.2.5.1), so every septet packed in them is read, and the
    spare '@' of the seventh octet is dropped."""
    hexpdu = "08D0C2B07B5D96CF01" + _deliver("05810180F6")[2:]
    sms = pdu.decode(hexpdu)
    assert (sms.smsc, sms.address, sms.text) == ("Bankers", "10086", "YE")


# -- decode(): user data -------------------------------------------------------------------


def test_header_indicator_with_no_user_data() -> None:
    """Constructed: TP-UDHI set (first octet 44) but TP-UDL 0: an empty message, no
    concatenation, not an error."""
    sms = pdu.decode(_deliver("05810180F6", first="44", user_data="00"))
    assert (sms.text, sms.concat) == ("", None)


def test_8bit_data_that_looks_like_a_header_is_data_without_udhi() -> None:
    """Constructed: 8-bit user data starting 05 00 03 07 02 01 (the shape of a
    concatenation header) in a PDU without TP-UDHI (TS 23.040 §9.2.3.23): all of it is the
    message, and there is no concatenation."""
    sms = pdu.decode(_deliver("05810180F6", dcs="04", user_data="08" "0500030702016869"))
    assert (sms.alphabet, sms.text, sms.concat) == (
        "8bit", "\x05\x00\x03\x07\x02\x01hi", None)


def test_short_gsm7_user_data_refusal_word_for_word() -> None:
    """MM test_pdu_insufficient_data: TP-UDL says 11 septets, the data holds 10."""
    with pytest.raises(pdu.PduError) as raised:
        pdu.decode("07912143658709F1040B918100551512F20000111010214365000BE8329BFD4697D9EC37")
    assert str(raised.value) == (
        "PDU cannot be read: user data holds fewer than its 11 septets")


def test_submit_parts_read_back_with_their_concatenation() -> None:
    """MM test_text_split_two_pdu (161 GSM characters = 153 + 8): each SMS-SUBMIT part
    decodes with its concatenation element."""
    text = "0123456789" * 16 + "0"
    parts = [pdu.decode(h) for _length, h in pdu.submit("10086", text, reference=7)]
    assert [p.concat for p in parts] == [pdu.Concat(7, 2, 1), pdu.Concat(7, 2, 2)]
    assert "".join(p.text for p in parts) == text


# -- time stamps deliver() encodes (TS 23.040 §9.2.3.11: the zone in quarter hours) ---------


@pytest.mark.parametrize(
    ("timestamp", "decoded"),
    [
        ("2026-11-30T09:15:02+10:00", "2026-11-30T09:15:02+10:00"),   # two-digit hours
        ("2026-11-30T09:15:02-05:00", "2026-11-30T09:15:02-05:00"),   # west of Greenwich
        ("2026-11-30T09:15:02Z", "2026-11-30T09:15:02+00:00"),        # UTC designator
        ("2026-11-30T09:15:02", "2026-11-30T09:15:02+00:00"),         # no offset
        ("2026-11-30T09:15:02+08", "2026-11-30T09:15:02+08:00"),      # ISO 8601 ±hh
        # Constructed: an offset between quarter hours goes down to the quarter.
        ("2026-11-30T09:15:02+10:10", "2026-11-30T09:15:02+10:00"),
    ],
)
def test_deliver_time_zones(timestamp: str, decoded: str) -> None:
    [built] = pdu.deliver("10086", "Hi", timestamp)
    assert pdu.decode(built).timestamp == decoded


# -- where long texts are split ---------------------------------------------------------------


def test_160_gsm_characters_fit_one_pdu() -> None:
    """MM test_text_split_max_single_pdu_gsm7: 160 characters are one message, no header."""
    text = "0123456789" * 16
    [built] = pdu.deliver("10086", text, TIME)
    sms = pdu.decode(built)
    assert (sms.text, sms.concat) == (text, None)
    [(_length, submitted)] = pdu.submit("10086", text)
    assert pdu.decode(submitted).text == text


def test_a_tag_character_on_a_part_boundary_stays_whole() -> None:
    """The flag of England is a tag sequence (Unicode TR #51): U+1F3F4 then tag letters
    U+E0067... whose UTF-16 high surrogate is DB40. With 64 CJK characters before it, the
    tag g straddles the 67-character UCS2 part boundary and moves whole to the next part."""
    text = "余" * 64 + "\U0001F3F4\U000E0067\U000E0062\U000E0065\U000E006E\U000E0067\U000E007F"
    parts = [pdu.decode(p) for p in pdu.deliver("10086", text, TIME, reference=3)]
    assert [p.text for p in parts] == [text[:65], text[65:]]
    assert [p.concat for p in parts] == [pdu.Concat(3, 2, 1), pdu.Concat(3, 2, 2)]
