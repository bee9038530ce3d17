"""Radio, USSD and connection-test actions on the simulated modem, in process."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from simtool.actions.connect_test import connection_test, record_connection_test
from simtool.actions.radio import read_cfun, set_radio
from simtool.actions.ussd import UssdError, _CusdJoiner, _parse, run_ussd
from simtool.at.parsers.ussd import Cusd
from simtool.at.session import AtSession
from simtool.diagnosis.checklist import evaluate
from simtool.errors import ValidationError
from simtool.sources.at.reader import collect_facts


def sent(session: AtSession) -> list[str]:
    return [e.text.strip() for e in session.transcript.entries() if e.dir == "tx"]


# -- radio ---------------------------------------------------------------------------------


def test_radio_on_and_off_and_no_needless_write(modem) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://radio-off")
    on = set_radio(session, True)
    assert (on.before, on.after, on.changed) == (4, 1, True)
    assert not set_radio(session, True).changed
    off = set_radio(session, False)
    assert (off.before, off.after) == (1, 4)      # airplane mode, never CFUN=0
    assert "AT+CFUN=0" not in sent(session)


def test_minimum_functionality_already_counts_as_off(modem) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://healthy")
    assert session.command("AT+CFUN=0").ok
    result = set_radio(session, False)
    assert not result.changed
    assert read_cfun(session) == 0


# -- USSD ----------------------------------------------------------------------------------


def test_balance_answer_in_gsm_and_in_ucs2(modem) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://healthy?operator=26202")
    plain = run_ussd(session, "*100#")
    assert plain.answers == ["Your balance is 12.34 EUR. Valid until 2026-12-31."]
    assert plain.finished
    assert session.command('AT+CSCS="UCS2"').ok
    wide = run_ussd(session, "*100#")
    assert wide.answers == plain.answers
    assert 'AT+CUSD=1,"002A0031003000300023",15' in sent(session)


def test_a_menu_is_answered_step_by_step(modem) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://healthy?operator=26202")
    asked: list[str] = []

    def answer(message: str) -> str | None:
        asked.append(message)
        return "1"

    result = run_ussd(session, "*111#", answer=answer)
    assert asked == ["1 Balance\n2 Data plans\n3 Top up"]
    assert result.answers[-1] == "Your balance is 12.34 EUR."
    assert result.finished


def test_a_menu_without_an_answerer_is_cancelled(modem) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://healthy?operator=26202")
    result = run_ussd(session, "*111#")
    assert result.status == 1
    assert sent(session)[-1] == "AT+CUSD=2"


def test_unknown_codes_and_bad_replies(modem) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://healthy")
    with pytest.raises(UssdError, match="does not support"):
        run_ussd(session, "*999#")
    with pytest.raises(ValidationError):
        run_ussd(session, '*100#";+CFUN=0')

    def bad_answer(message: str) -> str | None:
        return "1;+CFUN=0"

    with pytest.raises(ValidationError):
        run_ussd(session, "*111#", answer=bad_answer)
    assert not any("CFUN" in line for line in sent(session))


# -- connection test -----------------------------------------------------------------------


def test_healthy_modem_with_an_active_context_is_left_up(modem) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://healthy")
    result = connection_test(session)
    assert result.ok and result.was_active
    assert result.addresses
    assert not any(line.startswith("AT+CGACT=") for line in sent(session))


def test_a_context_brought_up_for_the_test_is_taken_down(modem) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://wrong-apn")
    assert session.command('AT+CGDCONT=1,"IP","cmnet"').ok
    result = connection_test(session)
    assert result.ok and not result.was_active
    assert result.addresses[0].startswith("10.")
    assert sent(session)[-1] == "AT+CGACT=0,1"
    assert "+CGACT: 1,0" in session.command("AT+CGACT?").text


@pytest.mark.parametrize(("scenario", "cause"), [
    ("not-subscribed", 33), ("auth-failed", 29), ("wrong-apn", 27)])
def test_refusals_carry_the_session_cause(modem, scenario: str,  # type: ignore[no-untyped-def]
                                          cause: int) -> None:
    session = modem(f"sim://{scenario}")
    result = connection_test(session)
    assert not result.ok
    assert result.cause == cause
    assert result.error and "+CEER" in result.error


def test_recorded_into_facts_the_checklist_judges_it(modem) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://not-subscribed")
    facts = collect_facts(session)
    facts.reachable = True
    result = record_connection_test(session, facts)
    assert result is not None and not result.ok
    assert facts.connection_test is True
    assert facts.packet.last_error.cause == 33
    checks, _verdict = evaluate(facts)
    data_session = next(c for c in checks if c.id == "data-session")
    assert data_session.status == "fail"
    assert "#33" in data_session.detail


def test_a_successful_test_passes_the_data_session_check(modem) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://wrong-apn")
    assert session.command('AT+CGDCONT=1,"IP","cmnet"').ok
    facts = collect_facts(session)
    facts.reachable = True
    result = record_connection_test(session, facts)
    assert result is not None and result.ok
    checks, _verdict = evaluate(facts)
    assert next(c for c in checks if c.id == "data-session").status == "pass"
    assert any("taken down again" in note for note in facts.notes)


def test_no_test_on_a_locked_sim(modem) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://pin-locked")
    facts = collect_facts(session)
    assert record_connection_test(session, facts) is None
    assert facts.connection_test is None
    assert not any(line.startswith("AT+CGACT=") for line in sent(session))


@given(st.lists(st.text(alphabet=st.characters(blacklist_characters="\r\n"), max_size=40),
                max_size=12))
def test_joining_arbitrary_lines_never_fails(lines: list[str]) -> None:
    joiner = _CusdJoiner()
    for line in lines:
        joined = joiner.feed(line)
        if joined is not None:
            assert joined.lstrip().upper().startswith("+CUSD")
            assert joined.count('"') % 2 == 0
            _parse(joined, "GSM")                   # typed result, never an exception


def test_a_menu_split_over_lines_is_one_answer() -> None:
    """A menu keeps the network's line breaks inside the quoted <str> of +CUSD (TS 27.007
    §7.15 does not escape them); the simulator's *111# menu is sent the same way."""
    joiner = _CusdJoiner()
    lines = ['+CUSD: 1,"1 Balance', "2 Data plans", '3 Top up",15']
    results = [joiner.feed(line) for line in lines]
    assert results[:2] == [None, None]
    assert results[2] is not None
    answer = _parse(results[2], "GSM")
    assert isinstance(answer, Cusd)
    assert (answer.status, answer.text, answer.dcs) == (1, "1 Balance\n2 Data plans\n3 Top up", 15)
    assert joiner.feed('+CUSD: 0,"Done",15') == '+CUSD: 0,"Done",15'
