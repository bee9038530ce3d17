"""Words for the SIM's state: an eSIM with no profile enabled is not "no SIM card"."""

from __future__ import annotations

import pytest

from simtool.diagnosis.labels import sim_state_label
from simtool.facts import EsimProfile, SimFacts

INSTALLED = [EsimProfile(iccid="89882000000000000013", state="disabled",
                         profile_class="operational")]


@pytest.mark.parametrize(("sim", "words"), [
    (SimFacts(state="not-inserted", type="esim", esim_status="profiles-read"),
     "eSIM, no profile installed"),
    (SimFacts(state="not-inserted", type="esim", esim_status="no-profiles"),
     "eSIM, no profile installed"),
    (SimFacts(state="not-inserted", type="esim", esim_status="profiles-read",
              profiles=INSTALLED), "eSIM, no profile enabled"),
    (SimFacts(state="failure", type="esim", esim_status="with-profiles"),
     "eSIM, no profile enabled"),
    (SimFacts(state="not-inserted", type="esim", esim_status="channel-unavailable"),
     "eSIM, no usable profile"),
    # An enabled profile: the modem's own state stands.
    (SimFacts(state="ready", type="esim", esim_status="profiles-read",
              profiles=[EsimProfile(state="enabled", profile_class="test")]), "ready"),
    (SimFacts(state="pin-required", type="esim"), "PIN required"),
    # Not known to be an eSIM: the modem's word.
    (SimFacts(state="not-inserted"), "no SIM card"),
    (SimFacts(state="not-inserted", type="physical"), "no SIM card"),
    (SimFacts(), None),
])
def test_sim_state_label(sim: SimFacts, words: str | None) -> None:
    assert sim_state_label(sim) == words


@pytest.mark.parametrize(("lang", "row"), [
    ("en", "| State | eSIM, no profile installed |"),
    ("zh_CN", "eSIM，未安装配置文件"),
])
def test_printed_reports_name_the_esim(lang: str, row: str) -> None:
    from simtool import i18n
    from simtool.report import render
    from simtool.runner import CheckOptions, run_check

    before = i18n.language()
    try:
        i18n.set_language(lang)
        report = run_check("sim://esim-empty?latency=0", CheckOptions(timeout=5))
        markdown = render(report, "markdown")
    finally:
        i18n.set_language(before)
    assert isinstance(markdown, str)
    assert row in markdown
    assert "| State | no SIM card |" not in markdown


@pytest.mark.parametrize("scenario", ["esim-test-only", "esim-wrong-profile", "esim-disabled"])
def test_an_esim_profile_problem_is_not_blamed_on_the_operator(scenario: str) -> None:
    # The user enables the right profile (eSIM provider's app or an LPA tool); the remedy says
    # what to tell the eSIM provider. "The cause is on the operator's side" would send them
    # to the wrong desk.
    from simtool.report import render
    from simtool.report.sections import operator_side
    from simtool.runner import CheckOptions, run_check

    report = run_check(f"sim://{scenario}?latency=0", CheckOptions(timeout=5))
    assert report.verdict.check in ("sim-present", "sim-health")
    assert not operator_side(report)
    text = render(report, "text")
    markdown = render(report, "markdown")
    assert isinstance(text, str) and isinstance(markdown, str)
    assert "What to tell your operator" not in text
    assert "operator's side" not in markdown
    assert "Tell the eSIM provider: EID 89049032123451234512345678901235" in " ".join(
        text.split())
