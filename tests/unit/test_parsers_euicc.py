"""eUICC reply parsers (simtool.at.parsers.euicc) on the public vectors collected in
reference/esim.md §5, each case naming its source, plus the reply shapes of §4 and §8."""

from __future__ import annotations

import pytest

from simtool.at.parsers.common import Unparsed
from simtool.at.parsers.euicc import (
    ProfileInfo,
    ProfileList,
    eid_checksum_ok,
    parse_ccho,
    parse_cgla,
    parse_csim,
    parse_eid_response,
    parse_profiles_response,
    split_response,
    swap_nibbles,
)


def data_of(response_hex: str) -> bytes:
    answer = split_response(response_hex.replace(" ", ""))
    assert answer.sw == 0x9000
    return answer.data


# ---- GetEID --------------------------------------------------------------------------------

@pytest.mark.parametrize(("source", "response", "eid"), [
    ("pySim tests/unittests/test_globalplatform.py (SCP03 plain vector)",
     "BF3E125A10 89882119900000000000000000000005 9000", "89882119900000000000000000000005"),
    ("Iapyx-Informatica/onomondo-ipa#3 (real card log, after GET RESPONSE 01C0000015)",
     "BF3E125A1089049032000000000000279973200019 9000", "89049032000000000000279973200019"),
    ("reference/esim.md §11: the simulator's synthetic pySim test EID",
     "BF3E125A1089049032123451234512345678901235 9000", "89049032123451234512345678901235"),
])
def test_get_eid_vectors(source: str, response: str, eid: str) -> None:
    assert parse_eid_response(data_of(response)) == eid, source


def test_eid_check_digits() -> None:
    # SGP.29 rule as pySim verify_eid_checksum implements it: int(eid) % 97 == 1.
    assert eid_checksum_ok("89882119900000000000000000000005")
    assert eid_checksum_ok("89049032123451234512345678901235")
    assert not eid_checksum_ok("89049032123451234512345678901234")
    assert not eid_checksum_ok("8904903212345123451234567890123")


@pytest.mark.parametrize("bad", [
    "BF2D02A000",                   # the other function's answer: the outer tag must match
    "BF3E035A0189",                 # an EID that is not 16 bytes
    "BF3E125A10898821",             # cut short
])
def test_get_eid_rejects_wrong_answers(bad: str) -> None:
    assert isinstance(parse_eid_response(bytes.fromhex(bad)), Unparsed)


# ---- GetProfilesInfo -----------------------------------------------------------------------

def test_two_profiles_from_the_particle_sample() -> None:
    # reference/esim.md §5 "Profile list, 2 profiles" (Particle sample over +CSIM): TS.48
    # test profile disabled, "Twilio" enabled; neither carries class 95.
    response = ("BF2D4BA049 E32D 5A0A98001032547698103214 9F700100 "
                "921B47534D412054532E343820584F5220546573742050726F66696C65 "
                "E318 5A0A98880307000015640666 9F700101 92065477696C696F 9000")
    listing = parse_profiles_response(data_of(response))
    assert listing == ProfileList((
        ProfileInfo("89000123456789012341", None, "disabled", None, None, None,
                    "GSMA TS.48 XOR Test Profile"),
        ProfileInfo("89883070000051466066", None, "enabled", None, None, None, "Twilio"),
    ))


def test_minimal_profile_from_aosp() -> None:
    # AOSP EuiccCardTest.testGetAllProfiles.
    listing = parse_profiles_response(data_of("BF2D14A012E3105A0A89670000000000452301"
                                              "9F700101 9000"))
    assert not isinstance(listing, Unparsed)
    assert [(p.iccid, p.state) for p in listing.profiles] == [("98760000000000543210",
                                                               "enabled")]


def test_empty_euicc() -> None:
    # Field notes (reference/esim.md §5 "Empty eUICC"), matches the ASN.1: empty A0.
    assert parse_profiles_response(data_of("BF2D02A000 9000")) == ProfileList(())


@pytest.mark.parametrize(("name", "response", "expected"), [
    ("esim-disabled (reference/esim.md §11 scenario 2)",
     "BF2D45A043E3415A0A988802000000000000314F10A0000005591010FFFFFFFF89000011009F700100"
     "910E4578616D706C65204D6F62696C65920A54726176656C20354742950102",
     ProfileInfo("89882000000000000013", "A0000005591010FFFFFFFF8900001100", "disabled",
                 "operational", None, "Example Mobile", "Travel 5GB")),
    ("esim-test-only (reference/esim.md §11 scenario 3)",
     "BF2D4CA04AE3485A0A980010325476981032144F10A0000005591010FFFFFFFF89000010009F700101"
     "910447534D41921B47534D412054532E343820584F5220546573742050726F66696C65950100",
     ProfileInfo("89000123456789012341", "A0000005591010FFFFFFFF8900001000", "enabled",
                 "test", None, "GSMA", "GSMA TS.48 XOR Test Profile")),
])
def test_reference_scenario_lists(name: str, response: str, expected: ProfileInfo) -> None:
    listing = parse_profiles_response(bytes.fromhex(response))
    assert listing == ProfileList((expected,)), name


def test_long_form_list_with_unknown_tags_in_any_order() -> None:
    # AOSP testGetProfile shape (BF2D 81 xx A0 81 xx E3 ...) with the extras cards add
    # (B6/B7/99/BF76, reference/esim.md §6), 95 before 9F70, nickname 90 present.
    profile = bytes.fromhex(
        "950102" "99020640" "B706800200F10000" "5A0A98001032547698103214"
        "BF760D" "E20B" "E1094F07A0000005591010" "9F700101" "9005" + b"Daily".hex()
        + "92" + f"{100:02X}" + ("P" * 100).encode().hex())
    entry = bytes([0xE3, 0x81, len(profile)]) + profile
    listing = bytes([0xA0, 0x81, len(entry)]) + entry
    data = bytes.fromhex("BF2D") + bytes([0x81, len(listing)]) + listing
    result = parse_profiles_response(data)
    assert result == ProfileList((ProfileInfo("89000123456789012341", None, "enabled",
                                              "operational", "Daily", None, "P" * 100),))


def test_profile_list_error_and_wrong_answers() -> None:
    refused = parse_profiles_response(bytes.fromhex("BF2D03810101"))    # incorrectInputValues
    assert isinstance(refused, Unparsed) and "incorrectInputValues" in refused.reason
    assert isinstance(parse_profiles_response(bytes.fromhex("BF3E00")), Unparsed)
    assert isinstance(parse_profiles_response(bytes.fromhex("BF2D8180A000")), Unparsed)


def test_iccid_nibbles() -> None:
    # reference/esim.md §6: 5A0A98001032547698103214 -> 89000123456789012341; odd lengths
    # end in F; A-F nibbles are kept (ModemManager QMI comment).
    assert swap_nibbles(bytes.fromhex("98001032547698103214")) == "89000123456789012341"
    assert swap_nibbles(bytes.fromhex("984920000010325476F9")) == "8994020000012345679"
    assert swap_nibbles(bytes.fromhex("98A0")) == "890A"


# ---- the AT replies that carry them (reference/esim.md §4, §8) -----------------------------

@pytest.mark.parametrize(("source", "reply", "session"), [
    ("Quectel EG25 / Telit LE910 AT guide: +CCHO: <id>", "+CCHO: 1\r\nOK", "1"),
    ("3GPP TS 27.007 §8.45 table, Fibocom FM350-GL (lpac#209): bare id", "1\r\nOK", "1"),
    ("Sierra MC7455 (lpac#138): 64-bit hex handle", "+CCHO: 000000000385a7cf",
     "000000000385a7cf"),
    ("no space after the colon (lpac commit 187c42d)", "+CCHO:2", "2"),
])
def test_ccho_session_ids_are_opaque(source: str, reply: str, session: str) -> None:
    assert parse_ccho(reply) == session, source


@pytest.mark.parametrize(("reply", "hexes"), [
    ('+CGLA: 4,"6115"', "6115"),                                    # Quectel manual example
    ('+CGLA:4,"6121"', "6121"),
    ("+CGLA: 4,6115", "6115"),                                      # without quotes
    ('+CGLA: 46,"BF3E125A1089049032000000000000279973200019 9000"'.replace(" ", ""),
     "BF3E125A10890490320000000000002799732000199000"),
])
def test_cgla_replies(reply: str, hexes: str) -> None:
    assert parse_cgla(reply) == hexes


def test_csim_reply_and_garbage() -> None:
    assert parse_csim('+CSIM: 6,"019000"') == "019000"
    assert isinstance(parse_csim('+CSIM: 3,"019"'), Unparsed)
    assert isinstance(parse_cgla('+CGLA: 4,"61ZZ"'), Unparsed)
    assert isinstance(parse_cgla("OK"), Unparsed)
    assert isinstance(parse_ccho("ERROR"), Unparsed)
