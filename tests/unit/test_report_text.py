"""The terminal summary of `simtool check`: order, marks, 80 columns, colour, ASCII."""

from __future__ import annotations

import importlib.util
import io
import re
from pathlib import Path

import pytest

from simtool.diagnosis.results import CheckResult
from simtool.report.model import Report, SupportInfo
from simtool.report.text import can_encode, display_width, to_text, wrap
from simtool.runner import CheckOptions, run_check

SAMPLES_FILE = Path(__file__).parents[1] / "data" / "reports" / "samples.py"
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def _samples():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("report_samples", SAMPLES_FILE)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.SAMPLES


SAMPLES = _samples()

# Real Chinese remedy-style text (no spaces: any character may end a line).
CHINESE = ("网络拒绝了数据会话，原因值 #33（请求的服务选项未订阅）：套餐可能已到期、流量已用完"
           "被自动停机，或者没有开通数据业务。请查询余额并充值，然后重新连接。")


def chinese_report() -> Report:
    report = SAMPLES["data-refused"]()
    report.verdict.summary = CHINESE
    report.checks[-1] = CheckResult("data-session", "fail", "网络拒绝了数据会话（#33）",
                                    CHINESE * 2, CHINESE + "\n" + "联系运营商客服：" + CHINESE)
    report.facts.operator.name = "中国联通 China Unicom"
    return report


def _all_reports() -> list[Report]:
    return [factory() for factory in SAMPLES.values()] + [chinese_report()]


@pytest.mark.parametrize("width", [80, 60, 40])
def test_every_line_fits_the_width(width: int) -> None:
    for report in _all_reports():
        for color in (False, True):
            text = to_text(report, color=color, width=width, unicode_marks=True)
            for line in ANSI.sub("", text).splitlines():
                assert display_width(line) <= width, line


def test_wide_characters_count_two_columns() -> None:
    assert display_width("中国移动") == 8
    assert display_width("ＡＢ") == 4       # fullwidth forms
    assert display_width("e\u0301") == 1    # combining accent takes no column
    lines = wrap(CHINESE, 20)
    assert all(display_width(line) <= 20 for line in lines)
    assert "".join(lines) == CHINESE       # nothing lost, no spaces added between CJK


def test_wrap_keeps_words_and_cuts_only_overlong_ones() -> None:
    lines = wrap("the quick brown fox " + "x" * 30, 12, indent="  ", first_indent="")
    assert lines[:2] == ["the quick", "  brown fox"]
    assert all(display_width(line) <= 12 for line in lines)
    assert "".join(line.strip() for line in lines[2:]) == "x" * 30


def test_verdict_comes_first_then_checks_then_next_steps_then_operator() -> None:
    text = to_text(SAMPLES["data-refused"](), unicode_marks=True)
    lines = text.splitlines()
    assert lines[0].startswith("✘ Problem found: The network refused the data session")
    order = [text.index(h) for h in ("Checks", "Next steps", "What to tell your operator")]
    assert order == sorted(order)
    assert "  1. Your plan does not allow data" in text
    assert "  3. If the plan should include data" in text
    operator_block = text.split("What to tell your operator")[1]
    for expected in ("ICCID: 89490200001234567890", "IMSI: 262021234567890",
                     "Phone number: +491721234567", "data session cause #33",
                     "no internet since Monday"):
        assert expected in operator_block


def test_each_status_has_its_mark() -> None:
    text = to_text(SAMPLES["pin-locked"](), unicode_marks=True)
    assert "  ✔ Radio is on" in text
    assert "  ✘ The SIM card is locked with a PIN" in text
    assert "  - Signal" in text
    assert "  ? Does the card work in another device?" in text


def test_user_side_problems_have_no_operator_block() -> None:
    text = to_text(SAMPLES["pin-locked"](), unicode_marks=True)
    assert "What to tell your operator" not in text
    assert "Next steps" in text
    assert "What to tell your operator" not in to_text(SAMPLES["healthy"]())


def test_what_the_user_typed_is_kept_on_a_healthy_check() -> None:
    """`simtool check --symptom "no data" -o r.txt` must keep the symptom in the file."""
    report = run_check("sim://healthy?latency=0", CheckOptions(
        timeout=5, support=SupportInfo(symptom="no data", last_worked="Monday",
                                       device_changed=False)))
    assert report.verdict.status == "ok"
    text = to_text(report, width=80, unicode_marks=True)
    block = text.split("\nSupport details\n", 1)[1]
    assert block.splitlines()[:4] == ["  Symptom: no data", "  Last worked: Monday",
                                      "  Device or card changed: no",
                                      f"  Host OS: {report.support.host_os}"]
    assert all(display_width(line) <= 80 for line in text.splitlines())


def test_user_side_problem_keeps_the_symptom_too() -> None:
    text = to_text(SAMPLES["pin-locked"](), unicode_marks=True)
    block = text.split("\nSupport details\n", 1)[1]
    assert "  Symptom: Asks for a PIN after the update" in block


def test_no_support_block_when_the_user_gave_nothing() -> None:
    # The host OS is always known; alone it is not worth a block on a healthy check.
    assert "Support details" not in to_text(SAMPLES["healthy"](), unicode_marks=True)


def test_operator_block_is_unchanged_by_the_user_details() -> None:
    text = to_text(SAMPLES["data-refused"](), unicode_marks=True)
    assert "Support details" not in text        # already in "What to tell your operator"
    assert "Host OS" not in text


def test_healthy_report_says_so_first() -> None:
    text = to_text(SAMPLES["healthy"](), unicode_marks=True)
    assert text.startswith("✔ No problem found:")
    assert "Next steps" not in text


def test_colour_only_when_asked() -> None:
    report = SAMPLES["data-refused"]()
    assert "\x1b[" not in to_text(report, color=False)
    coloured = to_text(report, color=True, unicode_marks=True)
    assert "\x1b[1;31m✘ Problem found" in coloured
    assert ANSI.sub("", coloured) == to_text(report, color=False, unicode_marks=True)


def test_ascii_marks_when_the_output_cannot_encode_them() -> None:
    stream = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
    assert not can_encode("✔✘", stream)
    assert can_encode("✔✘", io.TextIOWrapper(io.BytesIO(), encoding="utf-8"))
    text = to_text(SAMPLES["pin-locked"](), unicode_marks=False)
    assert text.startswith("x Problem found")
    assert "  + Radio is on" in text
    assert not {"✔", "✘"} & set(text)
    text.encode("ascii")  # the sample has no other non-ASCII text


def test_pin_typed_into_the_transcript_never_reaches_the_text() -> None:
    report = SAMPLES["pin-locked"]()
    report.checks[4].detail = 'sent AT+CPIN="4711"'
    assert "4711" not in to_text(report)
