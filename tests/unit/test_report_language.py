"""Printed reports name states in the reader's language; JSON keeps the contract's values.

Real `simtool check` runs on the simulated modem (sim://), whose +CREG/+CGREG/+CEREG replies
carry 3GPP TS 27.007 section 7.2 <stat> values (3 = registration denied, 0 = not registered).
The Chinese words are those of the compiled catalogue (context "States").
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import pytest

from simtool import i18n
from simtool.diagnosis.labels import quoted_state, state_label
from simtool.facts import REG_STATES, SIGNAL_QUALITIES
from simtool.report import render
from simtool.report.model import Report
from simtool.runner import CheckOptions, run_check

SIM_STATES = ("ready", "pin-required", "puk-required", "pin2-required", "puk2-required",
              "ph-sim-pin", "ph-net-pin", "ph-net-puk", "ph-netsub-pin", "ph-sp-pin",
              "ph-corp-pin", "not-inserted", "failure", "wrong", "busy", "unknown")
# Every enumeration value, as a whole lower-case word ("not-registered", not "Roaming" in a
# 3GPP cause name, which stays English on purpose).
RAW_STATE = re.compile(r"(?<![\w-])(?:{})(?![\w-])".format(
    "|".join(sorted({*SIM_STATES, *REG_STATES, *SIGNAL_QUALITIES}, key=len, reverse=True))))

_cache: dict[tuple[str, str], Report] = {}


@pytest.fixture(autouse=True)
def restore_language() -> Iterator[None]:
    before = i18n.language()
    yield
    i18n.set_language(before)


def checked(scenario: str, lang: str) -> Report:
    """The scenario checked in `lang` (check details are written in the language in force)."""
    i18n.set_language(lang)
    key = (scenario, lang)
    if key not in _cache:
        _cache[key] = run_check(f"sim://{scenario}?latency=0",
                                CheckOptions(timeout=5, sim_busy_wait=0))
    return _cache[key]


def printed(scenario: str, lang: str, fmt: str) -> str:
    """The report as a reader sees it, less the port URL (it names the scenario) and the AT
    transcript (the modem's own words)."""
    report = checked(scenario, lang)
    out = render(Report.from_dict({**report.to_dict(), "transcript": []}), fmt)
    assert isinstance(out, str)
    return out.replace(f"sim://{scenario}?latency=0", "PORT")


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
@pytest.mark.parametrize("scenario", ["roaming-not-allowed", "no-sim", "healthy"])
def test_chinese_report_prints_no_raw_state(scenario: str, fmt: str) -> None:
    out = printed(scenario, "zh_CN", fmt)
    if fmt == "html":  # what the reader sees, not the style sheet's "display: none"
        out = re.sub(r"<[^>]*>", " ", re.sub(r"<style.*?</style>", "", out, flags=re.S))
    assert RAW_STATE.findall(out) == []


def test_chinese_roaming_not_allowed_names_states_in_chinese() -> None:
    markdown = printed("roaming-not-allowed", "zh_CN", "markdown")
    assert "| 注册 | 注册被拒 (CS 注册被拒, PS 注册被拒, EPS 注册被拒, 5GS 未注册) |" in markdown
    assert "| 状态 | 就绪 |" in markdown
    assert "| 质量 | 一般 |" in markdown
    text = printed("roaming-not-allowed", "zh_CN", "text")
    assert "+CEREG: stat 3（注册被拒），拒绝原因 #13" in text
    assert "+C5GREG: stat 0（未注册）" in text
    # The 3GPP cause name stays English: it is what the operator's support looks up.
    assert "Roaming not allowed in this tracking area" in text


def test_chinese_no_sim_names_states_in_chinese() -> None:
    markdown = printed("no-sim", "zh_CN", "markdown")
    assert "| 状态 | 无 SIM 卡 |" in markdown
    assert "| 注册 | 未注册 (CS 未注册, PS 未注册, EPS 未注册, 5GS 未注册) |" in markdown


def test_chinese_registered_detail_names_the_state() -> None:
    text = printed("healthy", "zh_CN", "text")
    assert "已注册（归属网络）" in text
    assert "stat 1（归属网络）" in text


def test_english_keeps_the_3gpp_registration_terms() -> None:
    markdown = printed("roaming-not-allowed", "en", "markdown")
    assert ("| Registration | denied (CS denied, PS denied, EPS denied, 5GS not-registered) |"
            in markdown)
    assert "| State | ready |" in markdown
    assert "| Quality | fair |" in markdown
    text = printed("roaming-not-allowed", "en", "text")
    assert "+CEREG: stat 3 (denied), reject cause #13; +C5GREG: stat 0 (not-registered)" in text
    assert "registered (home) on CHINA MOBILE" in printed("healthy", "en", "text")


def test_english_sim_state_reads_as_words() -> None:
    # The hyphenated value was never meant for people; the modem's own words follow it.
    markdown = printed("no-sim", "en", "markdown")
    assert "| State | no SIM card |" in markdown
    assert "| Modem says | +CME ERROR: 10 |" in markdown


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_json_keeps_machine_values(lang: str) -> None:
    data = json.loads(render(checked("roaming-not-allowed", lang), "json"))
    assert data["sim"]["state"] == "ready"
    assert data["signal"]["quality"] == "fair"
    assert data["registration"]["overall"] == "denied"
    assert data["registration"]["eps"]["state"] == "denied"
    assert data["registration"]["nr5g"]["state"] == "not-registered"


def test_quoted_state_is_the_3gpp_term_in_english_and_the_label_otherwise() -> None:
    i18n.set_language("en")
    assert quoted_state("denied") == "denied"
    assert state_label("denied") == "refused by the network"
    assert quoted_state(None) is None
    i18n.set_language("zh_CN")
    assert quoted_state("denied") == "注册被拒"
    assert quoted_state("not-a-state") == "not-a-state"
