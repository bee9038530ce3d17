"""Property tests: arbitrary text never breaks wrapping, escaping or redaction."""

from __future__ import annotations

import re
import subprocess
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from simtool.diagnosis.results import CheckResult, Verdict
from simtool.facts import Facts, ModemFacts, SimFacts
from simtool.report.markdown import md
from simtool.report.model import Report, TranscriptEntry
from simtool.report.redact import mask_secrets, redact_report
from simtool.report.text import display_width, to_text, wrap

# Text as a modem or a user might produce it: any Unicode, CJK and digits well represented.
TEXT = st.text(alphabet=st.one_of(st.characters(codec="utf-8"),
                                  st.sampled_from("中国移动联通网络 0123456789+|*#`<>\n")),
               max_size=300)
DIGITS = st.text(alphabet="0123456789", min_size=15, max_size=20)


@given(TEXT, st.integers(min_value=4, max_value=100))
def test_wrap_never_exceeds_the_width(text: str, width: int) -> None:
    for line in wrap(text, width, indent="  "):
        assert display_width(line) <= width


@given(TEXT)
def test_wrap_keeps_every_visible_character(text: str) -> None:
    def visible(s: str) -> str:
        return re.sub(r"\s", "", s)

    assert visible("".join(wrap(text, 30))) == visible(text)


@given(TEXT)
def test_markdown_inline_text_stays_on_one_line_with_no_bare_pipe(text: str) -> None:
    out = md(text)
    assert "\n" not in out and "\r" not in out
    assert not re.search(r"(?<!\\)\|", out.replace("\\\\", ""))


@given(TEXT, DIGITS, DIGITS)
@settings(max_examples=max(200, settings.default.max_examples))
def test_redaction_leaves_no_long_digit_run(text: str, iccid: str, imsi: str) -> None:
    report = Report(
        facts=Facts(modem=ModemFacts(imei=imsi), sim=SimFacts(iccid=iccid, imsi=imsi)),
        checks=[CheckResult("sim-health", "pass", text, f"{text} {iccid}", text)],
        verdict=Verdict("ok", None, text + imsi),
        transcript=[TranscriptEntry(0.0, "rx", f"+ICCID: {iccid}{text}")],
    )
    out = redact_report(report)
    blob = " ".join([out.checks[0].detail, out.verdict.summary, out.transcript[0].text,
                     out.facts.sim.iccid or "", out.checks[0].title])
    assert not re.search(r"\d{12,}", blob)


@given(st.text(alphabet="0123456789", min_size=4, max_size=8), TEXT)
def test_typed_pins_never_survive(pin: str, tail: str) -> None:
    for command in (f'AT+CPIN="{pin}"', f"AT+CPIN={pin}", f'AT+CLCK="SC",1,"{pin}"',
                    f'AT+CPWD="SC","{pin}","{pin}"'):
        masked = mask_secrets(command + "\r\n" + tail)
        assert pin not in masked.split("\r\n")[0]


@given(TEXT)
def test_text_report_never_raises(text: str) -> None:
    report = Report(facts=Facts(), checks=[CheckResult("port", "fail", text, text, text)],
                    verdict=Verdict("problem", "port", text))
    for line in to_text(report, width=40).splitlines():
        assert display_width(line) <= 40


def test_text_json_markdown_html_never_import_qt() -> None:
    code = (
        "import sys\n"
        "from simtool.facts import Facts\n"
        "from simtool.diagnosis.results import CheckResult, Verdict\n"
        "from simtool.report import render\n"
        "from simtool.report.model import Report\n"
        "r = Report(Facts(), [CheckResult('port', 'pass', 'ok')], Verdict('ok', None, 'ok'))\n"
        "for fmt in ('json', 'text', 'markdown', 'html'):\n"
        "    render(r, fmt, redact=True)\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
