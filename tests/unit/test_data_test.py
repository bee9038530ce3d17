"""The data-path test (simtool.actions.data_test) on the simulated modem of every vendor
family with a TCP/IP stack: the outcome per scenario, and the modem left exactly as it was
(what the test activated it deactivates, settings it changed it puts back)."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest

from simtool.actions.data_test import CHINA, WORLD, outcome_of, probe_for, run_data_test
from simtool.at.session import AtSession, Cancelled
from simtool.facts import Facts
from simtool.sources.at.source import read_facts

STACKS = ("quectel", "simcom", "ublox", "telit", "fibocom")
NO_STACK = ("generic", "huawei", "sierra", "zte", "cinterion")
# Short probes: a lost one costs its full wait (the simulated network answers nothing).
TIMEOUT = 1.0

EXPECTED = {
    "healthy": "passes",
    "arrears-blocked": "nothing-passes",
    "device-bound": "nothing-passes",
    "quota-exhausted?mode=cut": "nothing-passes",
    "quota-exhausted": "redirected",
    "quota-exhausted?mode=throttle": "passes",
}


def _modem_of(session: AtSession):  # type: ignore[no-untyped-def]
    return session.port._link.modem  # type: ignore[attr-defined]


def _state(session: AtSession) -> tuple[object, ...]:
    """Everything on the simulated modem a data test may touch."""
    modem = _modem_of(session)
    stack = modem.tcpip
    contexts = tuple((cid, c.active) for cid, c in sorted(modem.contexts.items()))
    if stack is None:
        return contexts, None
    return contexts, (stack.netopen, stack.http_ready, dict(stack.qhttp),
                      {k: dict(v) for k, v in stack.ublox.items()}, dict(stack.files),
                      set(stack.sgact), {k: list(v) for k, v in stack.telit_http.items()},
                      stack.mipcall)


def _url(scenario: str, vendor: str) -> str:
    """The simulated network's waits a hundred times shorter (the same answers; these
    tests also run for every mutant in scripts/mutation.sh)."""
    joiner = "&" if "?" in scenario else "?"
    return f"sim://{scenario}{joiner}vendor={vendor}&timescale=0.01"


@pytest.mark.parametrize("vendor", STACKS)
@pytest.mark.parametrize("scenario", sorted(EXPECTED))
def test_outcome_and_the_modem_left_as_it_was(modem: Callable[[str], AtSession],
                                              vendor: str, scenario: str) -> None:
    session = modem(_url(scenario, vendor))
    facts = read_facts(session, url=scenario)
    _modem_of(session).tcpip = None          # as after power-up
    before = _state(session)
    # A throttled line answers slowly (0.9 s per step in the simulated network).
    result = run_data_test(session, facts, timeout=3.0 if "throttle" in scenario else TIMEOUT)
    assert result is not None
    expected = EXPECTED[scenario]
    if vendor == "fibocom" and expected == "redirected":
        expected = "nothing-passes"     # no HTTP client driven there: DNS works, ping lost
    assert result.outcome == expected, result.detail
    assert result.method == "modem" and result.target == CHINA.url
    if expected == "redirected" and vendor != "telit":
        assert result.location == "portal.operator.invalid"
    after = _state(session)
    assert after[0] == before[0]            # contexts as they were
    if after[1] is not None and before[1] is not None:
        assert after[1] == before[1]
    elif after[1] is not None:
        fresh = _modem_of(session)
        from simtool.sim.commands.tcpip import Stack

        fresh.tcpip = Stack()
        assert after[1] == _state(session)[1]   # back to the power-up state


@pytest.mark.parametrize("vendor", STACKS)
def test_a_session_opened_for_the_test_is_closed_again(modem: Callable[[str], AtSession],
                                                       vendor: str) -> None:
    session = modem(_url("healthy", vendor))
    session.command("AT+CGACT=0,1")
    facts = read_facts(session, url="sim://healthy")
    assert not any(c.active for c in facts.packet.contexts)
    result = run_data_test(session, facts, timeout=TIMEOUT)
    assert result is not None and result.outcome == "passes" and result.activated
    assert not _modem_of(session).contexts[1].active
    # The report shows the session the test had up, and says it was closed again.
    assert facts.packet.contexts[0].active and facts.connection_test
    assert any("deactivated afterwards" in note for note in facts.notes)


@pytest.mark.parametrize("vendor", NO_STACK)
def test_vendors_without_a_stack_are_not_testable(modem: Callable[[str], AtSession],
                                                  vendor: str) -> None:
    session = modem(f"sim://arrears-blocked?vendor={vendor}")
    facts = read_facts(session, url="sim://arrears-blocked")
    sent = session.commands_sent
    result = run_data_test(session, facts, timeout=TIMEOUT)
    assert result is not None and result.outcome == "not-testable"
    assert session.commands_sent == sent     # nothing sent, nothing changed


def test_a_refused_session_goes_to_the_data_session_check(
        modem: Callable[[str], AtSession]) -> None:
    # device-bound, bind=pdn-reject: the #33 stands in for unpublished behaviour (reference
    # §5), a placeholder cause.
    session = modem("sim://device-bound?vendor=quectel&bind=pdn-reject")
    facts = read_facts(session, url="sim://device-bound")
    assert run_data_test(session, facts, timeout=TIMEOUT) is None
    assert facts.packet.last_error.cause == 33 and facts.connection_test


@pytest.mark.parametrize(("vendor", "refused", "expected"), [
    # The request refused with a plain ERROR (sim `refuse=`): the report says so, it is
    # not a request the network left unanswered.
    ("simcom", "HTTPACTION", f"HTTP {CHINA.url}: failed (ERROR)"),
    ("ublox", "UHTTPC", f"HTTP {CHINA.url}: failed (ERROR)"),
    ("telit", "HTTPQRY", f"HTTP {CHINA.url}: failed (ERROR)"),
    ("quectel", "QIDNSGIP", f"DNS {CHINA.host}: failed (ERROR)"),
])
def test_a_refused_request_is_reported_as_refused(modem: Callable[[str], AtSession],
                                                  english: None, vendor: str, refused: str,
                                                  expected: str) -> None:
    session = modem(_url(f"healthy?refuse={refused}", vendor))
    facts = read_facts(session, url="sim://healthy")
    result = run_data_test(session, facts, timeout=TIMEOUT)
    assert result is not None
    assert expected in result.detail.split("; ")
    assert "no answer" not in result.detail


def test_a_failed_fibocom_call_is_not_waited_for(modem: Callable[[str], AtSession],
                                                english: None) -> None:
    # Fibocom L610 (AT+MIPCALL): "+MIPCALL: 0" after AT+MIPCALL=1 says the call failed. The
    # simulated module's call uses context 1, deleted here: the test ends on that answer
    # (it used to wait the 150 s an answer with an address may take).
    session = modem(_url("healthy", "fibocom"))
    assert session.command("AT+CGDCONT=1").ok
    assert session.command('AT+CGDCONT=3,"IP","cmnet"').ok
    facts = read_facts(session, url="sim://healthy")
    result = run_data_test(session, facts, timeout=TIMEOUT)
    assert result is not None and result.outcome == "error"
    assert result.detail == "the modem's TCP/IP stack did not start: +MIPCALL: 0"
    assert (result.method, result.activated) == ("modem", True)   # context 3 was brought up
    assert not _modem_of(session).contexts[3].active      # what the test opened is closed


def test_not_run_without_a_registration(modem: Callable[[str], AtSession]) -> None:
    session = modem("sim://registration-denied?vendor=quectel")
    facts = read_facts(session, url="sim://registration-denied")
    assert run_data_test(session, facts, timeout=TIMEOUT) is None


def test_a_cancelled_test_still_closes_what_it_opened(modem: Callable[[str], AtSession]
                                                      ) -> None:
    session = modem("sim://arrears-blocked?vendor=simcom")
    facts = read_facts(session, url="sim://arrears-blocked")
    timer = threading.Timer(0.5, session.cancel)     # mid-DNS: NETOPEN is done by then
    timer.start()
    with pytest.raises(Cancelled):
        run_data_test(session, facts, timeout=5.0)
    timer.join()
    assert session.cancelled                      # the caller still sees the cancel
    assert _modem_of(session).tcpip.netopen is False


def test_outcomes_from_probe_results() -> None:
    from simtool.actions.data_test import _Seen
    from simtool.at.parsers.tcpip import DnsReport, PingReport
    from simtool.vendors.tcpip import HttpResult

    ok_dns, no_dns = DnsReport(("1.2.3.4",)), DnsReport((), "565")
    answered, lost = PingReport(2, 2), PingReport(2, 0)
    assert outcome_of(_Seen(ok_dns, HttpResult(204), None), True) == "passes"
    assert outcome_of(_Seen(ok_dns, HttpResult(302, "http://x"), None), True) == "redirected"
    assert outcome_of(_Seen(ok_dns, HttpResult(200, body="<html>"), None), True) == "redirected"
    assert outcome_of(_Seen(no_dns, None, answered), True) == "dns-fails"
    assert outcome_of(_Seen(no_dns, None, lost), True) == "nothing-passes"
    assert outcome_of(_Seen(ok_dns, HttpResult(None), answered), True) == "limited"
    assert outcome_of(_Seen(ok_dns, None, answered), False) == "passes"
    assert outcome_of(_Seen(None, None, lost), True) == "nothing-passes"


def test_chinese_cards_are_tested_inside_china() -> None:
    facts = Facts()
    facts.sim.home.mcc = "460"
    assert probe_for(facts) == CHINA
    facts.sim.home.mcc = "262"
    assert probe_for(facts) == WORLD
