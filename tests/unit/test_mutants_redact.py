"""Tests written against mutants that survived scripts/mutation.sh in
simtool/report/redact.py (docs/mutation.md): identifiers inside APDU hex, the length edges of
what counts as an identifier, national forms of the phone number, the order in which longer
numbers are masked first, and the copies for_display and scrub_secrets make."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from simtool.at.transcript import TranscriptEntry
from simtool.facts import EsimProfile, Notice
from simtool.report.model import Report
from simtool.report.redact import (
    for_display,
    mask,
    redact_report,
    redactor,
    scrub_secrets,
)

SAMPLES_FILE = Path(__file__).parents[1] / "data" / "reports" / "samples.py"


def _report() -> Report:
    spec = importlib.util.spec_from_file_location("report_samples_mutants", SAMPLES_FILE)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    report: Report = module.SAMPLES["data-refused"]()
    report.facts.sim.iccid = None
    report.facts.sim.imsi = None
    report.facts.sim.msisdn = None
    report.facts.sim.eid = None
    report.facts.modem.imei = None
    report.facts.sim.profiles = []
    report.facts.notices = []
    return report


def _redact_line(report: Report, line: str) -> str:
    report.transcript = [TranscriptEntry(0.0, "rx", line)]
    return redact_report(report).transcript[0].text


def test_mask_keeps_four_digits_only_above_four():
    assert mask("1234") == "****"
    assert mask("12345") == "*2345"


def test_an_iccid_inside_apdu_hex_is_masked_in_its_swapped_form():
    # 3GPP TS 31.102 §4.2.2 / ETSI TS 102 221 §13.2: EF_ICCID holds the ICCID as BCD with
    # swapped nibbles; +CRSM (TS 27.007 §8.18) and GSMA SGP.22 tag 5A quote it so.
    report = _report()
    report.facts.sim.iccid = "8949020000123456789"            # odd length: padded with F
    swapped = "989420000021436587F9"
    line = f'+CRSM: 144,0,"{swapped}"'
    assert _redact_line(report, line) == '+CRSM: 144,0,"' + "*" * len(swapped) + '"'
    # Also in lower-case hex, and with the F padding written on the ICCID itself.
    report.facts.sim.iccid = "8949020000123456789F"
    assert _redact_line(report, f"bf2d1ea01ce31a5a0a{swapped.lower()}") == \
        "bf2d1ea01ce31a5a0a" + "*" * len(swapped)


def test_an_even_iccid_and_a_profile_iccid_inside_hex():
    report = _report()
    report.facts.sim.iccid = "89490200001234567890"
    report.facts.sim.profiles = [EsimProfile(iccid="8944500000000000011")]
    assert _redact_line(report, "AA98942000002143658709BB") == "AA" + "*" * 20 + "BB"
    assert _redact_line(report, "5A0A984405000000000010F1") == "5A0A" + "*" * 20
    # The shortest ICCID the pattern takes: 10 digits.
    report.facts.sim.profiles = [EsimProfile(iccid="8944500012")]
    assert _redact_line(report, "ZZ9844050021ZZ") == "ZZ" + "*" * 10 + "ZZ"


def test_the_eid_inside_hex_from_sixteen_characters():
    report = _report()
    report.facts.sim.eid = "89049032123451234512345678901235"
    assert _redact_line(report, "BF3E125A10" + "89049032123451234512345678901235"
                        .lower()) == "BF3E125A10" + "*" * 32
    # Hex runs on around it, so only the hex pattern sees it; 16 characters are enough.
    report.facts.sim.eid = "8904903212345123"
    assert _redact_line(report, "A08904903212345123" + "90") == "A0" + "*" * 16 + "90"


def test_identifiers_from_six_digits_and_written_with_separators():
    report = _report()
    report.facts.sim.imsi = "262-01"                  # 5 digits: too short to be one
    assert _redact_line(report, "cell 26201 here") == "cell 26201 here"
    report.facts.sim.imsi = "262 012"                 # 6 digits written with a space
    assert _redact_line(report, "id 262012 here") == "id **2012 here"
    assert _redact_line(report, "id 262-012 here") == "id ***-012 here"[:0] + \
        "id **2-012 here"


def test_a_phone_number_in_national_form():
    # E.164 (ITU-T): country codes of 1-3 digits; the national part keeps >= 6 digits.
    report = _report()
    report.facts.sim.msisdn = "+1 650-555"             # 7 digits: the national part is 6
    assert _redact_line(report, "call 650555 now") == "call **0555 now"
    report.facts.sim.msisdn = "123456"                 # 6 digits, no national part
    assert _redact_line(report, "n 123456 x, room 23456") == "n **3456 x, room 23456"
    report.facts.sim.msisdn = "+3531234567"            # 3-digit country code (IE)
    assert _redact_line(report, "ring 1234567 or 01234567") == "ring ***4567 or ****4567"
    report.facts.sim.msisdn = "+44 1234567"           # 2-digit country code
    assert _redact_line(report, "ring 1234567.") == "ring ***4567."


def test_the_longest_identifier_is_masked_first():
    # An IMSI that ends with the national part of the phone number: the IMSI is masked
    # whole (last 4 kept), not cut around the phone number.
    report = _report()
    report.facts.sim.msisdn = "+4917212345"
    report.facts.sim.imsi = "26202917212345"
    assert _redact_line(report, "IMSI 26202917212345") == "IMSI **********2345"
    assert _redact_line(report, "IMSI 26202 917212345") == "IMSI ***** *****2345"
    # In APDU hex too: an ICCID whose swapped form ends with another's is masked whole.
    report.facts.sim.iccid = "018944500012"
    report.facts.sim.profiles = [EsimProfile(iccid="8944500012")]
    assert _redact_line(report, "ZZ109844050021ZZ") == "ZZ" + "*" * 12 + "ZZ"
    # An ICCID shorter than 10 digits is not looked for inside hex.
    report.facts.sim.profiles = [EsimProfile(iccid="123456789")]
    assert _redact_line(report, "AB21436587F9AB") == "AB21436587F9AB"


def test_notice_numbers_longest_first_and_by_length():
    report = _report()
    report.facts.notices = [Notice(sender="10086", text="code 1234567 card 12345678901")]
    redacted = redact_report(report)
    assert redacted.facts.notices[0].text == "code ******* card *******8901"
    report.facts.notices = [Notice(sender="10086", text="a 123456 b 1234567890123")]
    redacted = redact_report(report)
    assert redacted.facts.notices[0].text == "a ****** b *********0123"


def test_redactor_masks_long_numbers_and_keeps_the_last_four():
    report = _report()
    report.facts.sim.iccid = "89490200001234567890"
    redact = redactor(report)
    assert redact("ICCID 89490200001234567890 and 123456789012") == \
        "ICCID ****************7890 and ********9012"


def test_for_display_copies_and_escapes():
    report = _report()
    report.verdict.summary = "bad\x1b[2Jtext"
    report.transcript = [TranscriptEntry(0.0, "rx", "+CSQ: 1\x1b")]
    shown = for_display(report)
    assert shown.verdict.summary == "bad[2Jtext"
    assert shown.transcript[0].text == "+CSQ: 1\\x1b"
    assert len(shown.transcript) == 1
    # The original is left as it was.
    assert report.verdict.summary == "bad\x1b[2Jtext"
    assert report.transcript[0].text == "+CSQ: 1\x1b"


def test_scrub_secrets_leaves_the_original_alone():
    report = _report()
    report.transcript = [TranscriptEntry(0.0, "tx", 'AT+CPIN="4711"')]
    report.verdict.summary = 'typed AT+CPIN="4711"'
    scrubbed = scrub_secrets(report)
    assert scrubbed.transcript[0].text == 'AT+CPIN="****"'
    assert scrubbed.verdict.summary == 'typed AT+CPIN="****"'
    assert report.transcript[0].text == 'AT+CPIN="4711"'
    assert report.verdict.summary == 'typed AT+CPIN="4711"'
