"""The "inconclusive" verdict at its exact edges (issue 21, hole 2).

simtool.diagnosis.checklist.verdict_for says "inconclusive" when an essential fact (radio,
SIM present, SIM lock, registration) could not be read and the card did not register, or when
three or more checks could not be read at all. These tests sit on both sides of each rule:
one unread check fewer and the verdict is a conclusion, one more and it is "no verdict".
"""

from __future__ import annotations

import itertools

import pytest

from simtool.diagnosis.checklist import ESSENTIAL, evaluate, verdict_for
from simtool.diagnosis.results import CHECK_IDS, MANUAL_IDS, CheckResult
from simtool.facts import (
    Facts,
    RadioFacts,
    SignalFacts,
)
from tests.unit.test_checklist import healthy

# Checks whose error alone never decides the verdict while the card is registered.
NOT_ESSENTIAL = ("port", "sim-health", "signal", "roaming", "apn", "data-attach",
                 "data-session", "account")


def results(errors: tuple[str, ...] = (), registration: str = "pass") -> list[CheckResult]:
    """Every check passing (manual items manual), but `errors` unread."""
    out = []
    for check_id in (*CHECK_IDS, *MANUAL_IDS):
        status = "manual" if check_id in MANUAL_IDS or check_id in ("data-path",
                                                                    "account") else "pass"
        if check_id == "registration":
            status = registration
        if check_id in errors:
            status = "error"
        out.append(CheckResult(check_id, status, check_id.title(), "detail"))
    return out


def verdict_status(errors: tuple[str, ...], registration: str = "pass") -> str:
    return verdict_for(results(errors, registration), {}).status


def test_the_essential_facts_are_these_four() -> None:
    assert ESSENTIAL == ("radio", "sim-present", "sim-lock", "registration")


@pytest.mark.parametrize("errors", list(itertools.combinations(NOT_ESSENTIAL, 2)),
                         ids="+".join)
def test_two_unread_checks_still_give_a_verdict(errors: tuple[str, ...]) -> None:
    assert verdict_status(errors) == "ok"


@pytest.mark.parametrize("errors", list(itertools.combinations(NOT_ESSENTIAL, 3))[::7],
                         ids="+".join)
def test_three_unread_checks_are_inconclusive(errors: tuple[str, ...]) -> None:
    verdict = verdict_for(results(errors), {})
    assert verdict.status == "inconclusive"
    assert verdict.check is None
    for check_id in errors:                 # the summary names what could not be read
        assert check_id.title() in verdict.summary


def test_the_count_includes_essential_checks_of_a_registered_card() -> None:
    # Registered: the radio and SIM evidently work, so their errors alone conclude nothing
    # either way; but they count toward the three.
    assert verdict_status(("radio", "sim-present")) == "ok"
    assert verdict_status(("radio", "sim-present", "signal")) == "inconclusive"


@pytest.mark.parametrize("essential", [e for e in ESSENTIAL if e != "registration"])
def test_one_unread_essential_fact_is_inconclusive_only_without_registration(
        essential: str) -> None:
    assert verdict_status((essential,)) == "ok"                                 # registered
    assert verdict_status((essential,), registration="skip") == "inconclusive"
    assert verdict_status((essential,), registration="warn") == "inconclusive"


def test_unread_registration_alone_is_inconclusive() -> None:
    assert verdict_status(("registration",), registration="error") == "inconclusive"
    assert verdict_status(("signal",), registration="skip") == "ok"    # not essential


def test_a_failure_wins_over_any_number_of_unread_checks() -> None:
    checks = results(("radio", "sim-present", "signal", "apn"), registration="error")
    checks[[c.id for c in checks].index("roaming")].status = "fail"
    verdict = verdict_for(checks, {"roaming": "Roaming refused."})
    assert (verdict.status, verdict.check, verdict.summary) == ("problem", "roaming",
                                                                "Roaming refused.")


# ---- the same edges through evaluate() on facts ----------------------------------------


def _unread_radio(facts: Facts) -> None:
    facts.radio = RadioFacts()                        # +CFUN? refused


def _unread_sim(facts: Facts) -> None:
    facts.sim.state, facts.sim.raw = "unknown", "ERROR"   # +CPIN? refused


def _unread_signal(facts: Facts) -> None:
    facts.signal = SignalFacts()                      # +CSQ and +CESQ refused


def test_evaluate_two_unread_facts_of_a_registered_card_conclude_three_do_not() -> None:
    facts = healthy()
    _unread_radio(facts)
    _unread_signal(facts)
    checks, verdict = evaluate(facts)
    assert sorted(c.id for c in checks if c.status == "error") == ["radio", "signal"]
    assert verdict.status == "ok"

    facts = healthy()
    _unread_radio(facts)
    _unread_signal(facts)
    _unread_sim(facts)
    checks, verdict = evaluate(facts)
    assert sorted(c.id for c in checks if c.status == "error") == [
        "radio", "signal", "sim-present"]
    assert verdict.status == "inconclusive"
