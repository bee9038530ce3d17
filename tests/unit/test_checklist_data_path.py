"""The `data-path` check and the evidence of notices and history: a blocked card is never
"No problem found" once tested, a notice is never the verdict alone against the network's
facts, and an untested card with a blocking notice is not called fine either."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest

from simtool.at.session import AtSession
from simtool.diagnosis.checklist import evaluate
from simtool.diagnosis.results import CheckResult, Verdict
from simtool.facts import CardHistory, DataPathResult, Facts, Notice
from simtool.sources.at.source import read_facts

pytestmark = pytest.mark.usefixtures("english")

ARREARS = "尊敬的客户，您的账户已欠费3.20元，号码已暂停服务，缴清欠费后自动恢复。【中国移动】"


def _ago(days: float) -> str:
    return (datetime.now(UTC) - timedelta(days=days)).isoformat()


@pytest.fixture
def facts(modem: Callable[[str], AtSession]) -> Facts:
    """A registered card with its data session up, no SMS (sim://healthy?inbox=none)."""
    return read_facts(modem("sim://healthy?inbox=none"), url="sim://healthy")


def _judge(facts: Facts) -> tuple[dict[str, CheckResult], Verdict]:
    checks, verdict = evaluate(facts)
    return {c.id: c for c in checks}, verdict


def _arrears(days: float = 1.0) -> Notice:
    return Notice(time=_ago(days), sender="10086", text=ARREARS, cause="arrears-suspended")


def test_untested_with_nothing_against_it_stays_ok_and_says_so(facts: Facts) -> None:
    checks, verdict = _judge(facts)
    assert checks["data-path"].status == "manual"
    assert verdict.status == "ok"
    assert "whether traffic passes was not tested" in verdict.summary


def test_untested_with_a_blocking_notice_is_inconclusive(facts: Facts) -> None:
    facts.notices = [_arrears()]
    checks, verdict = _judge(facts)
    assert checks["data-path"].status == "warn"
    assert "Operator notice of" in checks["data-path"].detail and "10086" in \
        checks["data-path"].detail
    assert verdict.status == "inconclusive" and verdict.check == "data-path"
    assert "--data-test --allow-write" in verdict.summary


def test_an_old_or_superseded_notice_is_no_evidence_of_a_block(facts: Facts) -> None:
    facts.notices = [_arrears(days=90)]
    assert _judge(facts)[1].status == "ok"
    facts.notices = [Notice(time=_ago(0.2), sender="10086", text="已复机", cause="restored"),
                     _arrears()]
    assert _judge(facts)[1].status == "ok"


@pytest.mark.parametrize("outcome", ["nothing-passes", "redirected"])
def test_a_blocked_data_path_is_the_verdict(facts: Facts, outcome: str) -> None:
    facts.notices = [_arrears()]
    facts.data_path = DataPathResult(outcome=outcome, method="modem",
                                     location="portal.operator.invalid", detail="…")
    checks, verdict = _judge(facts)
    assert verdict.status == "problem" and verdict.check == "data-path"
    assert verdict.summary.startswith(
        "The operator blocks data on this card: its notice of")
    remedy = checks["data-path"].remedy or ""
    assert "Top up or renew the plan" in remedy and "Tell them: ICCID" in remedy
    assert "Operator notice of" in remedy
    if outcome == "redirected":
        assert "portal.operator.invalid" in checks["data-path"].detail


def test_without_a_notice_the_blocked_verdict_names_the_usual_causes(facts: Facts) -> None:
    facts.data_path = DataPathResult(outcome="nothing-passes", method="modem", detail="…")
    verdict = _judge(facts)[1]
    assert verdict.summary == ("The operator blocks data on this card: usually arrears, "
                               "quota used up or an expired plan.")


def test_a_notice_contradicted_by_passing_traffic_is_not_the_verdict(facts: Facts) -> None:
    facts.notices = [_arrears()]
    facts.data_path = DataPathResult(outcome="passes", method="modem", detail="HTTP 204")
    checks, verdict = _judge(facts)
    assert checks["data-path"].status == "pass"
    assert "no longer is" in checks["data-path"].detail
    assert verdict.status == "ok"


def test_a_notice_never_outranks_the_networks_own_refusal(facts: Facts) -> None:
    facts.notices = [_arrears()]
    assert facts.registration.eps is not None
    facts.registration.eps.stat, facts.registration.eps.state = 3, "denied"
    facts.registration.eps.reject_cause = 7
    for domain in (facts.registration.cs, facts.registration.ps):
        if domain is not None:
            domain.stat, domain.state = 3, "denied"
    facts.registration.overall = "denied"
    verdict = _judge(facts)[1]
    assert verdict.check == "registration"


def test_a_refused_session_shows_the_notice(facts: Facts) -> None:
    facts.notices = [_arrears()]
    for context in facts.packet.contexts:
        context.active = False
    facts.packet.last_error.cause = 8
    checks, verdict = _judge(facts)
    assert verdict.check == "data-session"
    assert "Operator notice of" in checks["data-session"].detail
    assert checks["data-path"].status == "skip"


def test_not_testable_keeps_todays_verdict(facts: Facts) -> None:
    facts.data_path = DataPathResult(outcome="not-testable", detail="no stack")
    checks, verdict = _judge(facts)
    assert checks["data-path"].status == "manual"
    assert checks["data-path"].detail.startswith("not testable on this modem")
    assert verdict.status == "ok"


def test_a_card_that_worked_elsewhere_is_said_then_part_of_the_verdict(
        facts: Facts) -> None:
    facts.history = CardHistory(last_passed="2026-11-02T08:30:00Z",
                                last_passed_imei="861432031234563",
                                moved_from="861432031234563")
    checks, verdict = _judge(facts)
    assert checks["data-path"].status == "manual" and verdict.status == "ok"
    assert "last worked in another device" in checks["data-path"].detail
    facts.data_path = DataPathResult(outcome="nothing-passes", method="modem", detail="…")
    checks, verdict = _judge(facts)
    assert "moved to a new device" in verdict.summary
    assert "机卡绑定" in (checks["data-path"].remedy or "")


def test_dns_failure_and_limited_traffic(facts: Facts) -> None:
    facts.data_path = DataPathResult(outcome="dns-fails", method="modem", detail="…")
    assert _judge(facts)[1].summary.endswith("names do not resolve (DNS fails).")
    facts.data_path = DataPathResult(outcome="limited", method="modem", detail="…")
    assert _judge(facts)[1].check == "data-path"
