"""Redaction in every format: no 12+ digit identifier left, last 4 digits kept, no PIN/PUK."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

from simtool.report import render
from simtool.report.model import Report
from simtool.report.redact import mask, mask_secrets, redact_report

SAMPLES_FILE = Path(__file__).parents[1] / "data" / "reports" / "samples.py"
TEXT_FORMATS = ("json", "text", "markdown", "html")
LONG_DIGITS = re.compile(r"\d{12,}")


def _samples():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("report_samples", SAMPLES_FILE)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.SAMPLES


SAMPLES = _samples()


def leaky_report() -> Report:
    """The data-refused sample with identifiers in every kind of field, and a typed PIN."""
    report = SAMPLES["data-refused"]()
    report.verdict.summary += " Card 89490200001234567890, IMSI 262021234567890."
    report.checks[0].remedy = "Call +49 172 1234567 or 01721234567 with IMEI 862636051234567."
    report.support.symptom = "my number is +491721234567"
    report.facts.notes.append("unparsed: +CIMI 262021234567890")
    report.facts.port_error = "ICCID 89490200001234567890F"
    report.transcript[2].text = 'AT+CPIN="4711"'
    report.transcript[3].text = 'AT+CPIN="87654321","4711"'
    report.transcript[4].text = 'AT+CLCK="SC",0,"4711"'
    report.transcript[5].text = 'AT+CPWD="SC","4711","8080"'
    return report


@pytest.mark.parametrize("fmt", TEXT_FORMATS)
@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_no_long_identifier_survives(fmt: str, name: str) -> None:
    out = render(SAMPLES[name](), fmt, redact=True)
    assert isinstance(out, str)
    # JSON escapes nothing here (ensure_ascii=False), so the regex sees the real text.
    assert not LONG_DIGITS.findall(out)


@pytest.mark.parametrize("fmt", TEXT_FORMATS)
def test_identifiers_everywhere_are_masked_keeping_last_four(fmt: str) -> None:
    out = render(leaky_report(), fmt, redact=True)
    assert isinstance(out, str)
    assert not LONG_DIGITS.findall(out)
    for secret in ("89490200001234567890", "262021234567890", "862636051234567",
                   "491721234567", "1721234567"):
        assert secret not in out
    assert "7890" in out and "4567" in out   # the last 4 digits stay for reference


@pytest.mark.parametrize("fmt", TEXT_FORMATS)
@pytest.mark.parametrize("redact", [False, True])
def test_pin_and_puk_never_appear(fmt: str, redact: bool) -> None:
    out = render(leaky_report(), fmt, redact=redact)
    assert isinstance(out, str)
    for secret in ("4711", "87654321", "8080"):
        assert secret not in out


def test_redacted_report_masks_every_field_and_leaves_the_original_alone() -> None:
    original = leaky_report()
    redacted = redact_report(original)
    assert redacted.facts.sim.iccid == "****************7890"
    assert redacted.facts.port_error == "ICCID ****************7890F"
    assert redacted.facts.notes[-1] == "unparsed: +CIMI ***********7890"
    assert "1234567" not in (redacted.checks[0].remedy or "")
    assert original.facts.sim.iccid == "89490200001234567890"


def test_mask_style() -> None:
    assert mask("89860012345678901234") == "****************1234"
    assert mask("+8613800138000") == "+*********8000"
    assert mask("89860012345678901234F") == "****************1234F"
    assert mask("123") == "***"


@pytest.mark.parametrize(("command", "expected"), [
    # 3GPP TS 27.007 8.3 (+CPIN), 7.4 (+CLCK), 7.5 (+CPWD) set syntaxes
    ('AT+CPIN="1234"', 'AT+CPIN="****"'),
    ('AT+CPIN="12345678","4321"', 'AT+CPIN="********","****"'),
    ("AT+CPIN=1234", "AT+CPIN=****"),
    ('AT+CLCK="SC",1,"1234"', 'AT+CLCK="SC",1,"****"'),
    ('AT+CLCK="SC",2', 'AT+CLCK="SC",2'),
    ('AT+CPWD="P2","1234","5678"', 'AT+CPWD="P2","****","****"'),
    ("+CPIN: READY", "+CPIN: READY"),
    ("+CLCK: 1", "+CLCK: 1"),
])
def test_secret_arguments_are_masked(command: str, expected: str) -> None:
    assert mask_secrets(command) == expected



def test_numbers_in_operator_notices_are_masked_wherever_quoted() -> None:
    # Issue 15: a notice may carry a phone number or a code; --redact masks them in the
    # notices and in the check details that quote the notice. Amounts and the operator's
    # service number stay.
    report = redact_report(_samples()["data-blocked"]())
    joined = "\n".join([n.text for n in report.facts.notices] + [c.detail for c in report.checks])
    assert "13800138000" not in joined and "552188" not in joined
    assert "*******8000" in report.facts.notices[0].text
    assert "3.20元" in report.facts.notices[0].text
    assert report.facts.notices[0].sender == "10086"
    for fmt in ("text", "markdown", "html", "json"):
        rendered = render(_samples()["data-blocked"](), fmt, redact=True)
        assert "13800138000" not in str(rendered) and "552188" not in str(rendered)
