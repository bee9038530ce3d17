"""The `account` step: balance and top-up through USSD on the simulated modem, in process,
and what the checklist makes of the operator's answer."""

from __future__ import annotations

import pytest

from simtool.actions.account import (
    account_codes,
    ask_balance,
    balance_step,
    iot_sms_warning,
    top_up,
)
from simtool.at.session import AtSession
from simtool.diagnosis.checklist import evaluate
from simtool.errors import ValidationError
from simtool.sources.at.reader import collect_facts

VOUCHER = "123456789012"


def transcript_text(session: AtSession) -> str:
    return "".join(entry.text for entry in session.transcript.entries())


def test_the_codes_on_record_for_the_sims_network(modem) -> None:  # type: ignore[no-untyped-def]
    # Debian's serviceproviders.xml: Vodafone DE (262 02) has *100# and *100*CODE#;
    # China Mobile (460 00) has neither.
    codes = account_codes(modem("sim://healthy?operator=26202"))
    assert codes.imsi == "262021234567890"
    assert codes.balance is not None and codes.balance.code == "*100#"
    assert codes.topup is not None and codes.topup.code == "*100*CODE#"
    assert "Vodafone" in (codes.provider or "")
    china = account_codes(modem("sim://healthy"))
    assert (china.balance, china.topup) == (None, None)


def test_balance_from_the_provider_database(modem) -> None:  # type: ignore[no-untyped-def]
    result = ask_balance(modem("sim://healthy?operator=26202"))
    assert result.ok and result.code_used == "*100#"
    assert result.text == "Your balance is 12.34 EUR. Valid until 2026-12-31."


def test_no_code_on_record_asks_for_one(modem) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://healthy")
    with pytest.raises(ValidationError, match="no balance-check code"):
        ask_balance(session)
    result = ask_balance(session, "*100#")
    assert result.ok and "23.45 CNY" in result.text


def test_a_refused_query_is_an_answer_not_an_exception(modem) -> None:  # type: ignore[no-untyped-def]
    # An unregistered modem refuses USSD (+CME ERROR: 30, no network service).
    result = ask_balance(modem("sim://no-signal?operator=26202"), "*100#")
    assert not result.ok and result.code_used == "*100#"
    assert "refused" in result.text


def test_a_code_that_is_not_ussd_never_reaches_the_modem(modem) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://healthy")
    with pytest.raises(ValidationError):
        ask_balance(session, '*100#";+CFUN=0')
    assert "CFUN" not in transcript_text(session)


def test_top_up_with_the_database_template(modem) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://healthy?operator=26202")
    result = top_up(session, VOUCHER)
    assert result.ok and "successful" in result.text and "62.34 EUR" in result.text
    # The voucher is money until it is used: neither the report nor the transcript has it.
    assert result.code_used == "*100*" + "*" * len(VOUCHER) + "#"
    assert VOUCHER not in transcript_text(session)


def test_top_up_with_a_template_given_by_the_user(modem) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://healthy")
    with pytest.raises(ValidationError, match="no top-up code"):
        top_up(session, VOUCHER)
    with pytest.raises(ValidationError, match="CODE"):
        top_up(session, VOUCHER, "*101#")
    with pytest.raises(ValidationError):
        top_up(session, "12ab")
    result = top_up(session, VOUCHER, "*101*CODE#")
    assert result.ok and "successful" in result.text
    assert VOUCHER not in transcript_text(session)


def test_the_answer_becomes_the_account_step(modem) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://healthy?operator=26202")
    facts = collect_facts(session)
    before = {c.id: c for c in evaluate(facts)[0]}["account"]
    assert before.status == "manual"
    account = ask_balance(session)
    after = {c.id: c for c in evaluate(facts, account=account)[0]}["account"]
    assert after.status == "pass"
    assert "*100#" in after.detail and "12.34 EUR" in after.detail


# ---- IoT cards (物联网卡): the balance SMS most likely fails; the card's platform is named ----
# 460/04 is a China Mobile IoT range in the provider overlay, whose IoT platform is OneLink.

def test_an_iot_card_is_warned_before_anything_is_sent(modem) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://healthy?operator=46004")
    facts = collect_facts(session)
    sent_before = session.commands_sent
    balance_step(session, facts)                        # no --allow-write
    assert facts.account is not None and not facts.account.ok
    assert "IoT card" in facts.account.text and "OneLink" in facts.account.text
    assert "--allow-write" in facts.account.text
    assert not any("+CMGS" in entry.text for entry in session.transcript.entries()
                   if entry.dir == "tx")
    assert session.commands_sent - sent_before <= 1    # the IMSI only


def test_a_failed_balance_sms_on_an_iot_card_names_its_platform(modem) -> None:  # type: ignore[no-untyped-def]
    # The service answers only after 30 s: the 1 s wait runs out, as on a card whose SMS
    # never reaches the operator.
    session = modem("sim://healthy?operator=46004&sms=30")
    facts = collect_facts(session)
    balance_step(session, facts, allow_sms=True, sms_timeout=1.0)
    assert facts.account is not None and not facts.account.ok
    assert "did not answer" in facts.account.text
    assert "IoT card" in facts.account.text and "OneLink" in facts.account.text


def test_a_consumer_card_gets_no_iot_warning() -> None:
    from simtool.providers.database import lookup

    assert iot_sms_warning(lookup("460", "00")) is None
    assert iot_sms_warning(lookup("460", "04")) is not None           # IoT IMSI range
    assert iot_sms_warning(lookup("460", "00"), apn="cmiot") is not None   # IoT APN in use
