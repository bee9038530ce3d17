"""Operator SMS notices: the classifier (simtool.providers.notices) on the reference's
samples and the hand-labelled sets, what counts as evidence now, and the read-only reader
that never marks a message read (simtool.sources.at.notices) on the simulated modems."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from simtool.actions.notices import read_unread_step
from simtool.at.session import AtSession
from simtool.facts import Facts, Notice
from simtool.providers.notices import (
    BLOCKING_CAUSES,
    NOTICE_CAUSES,
    WARNING_CAUSES,
    classify,
    current_blocking,
    operator_sender,
)
from simtool.sources.at.source import read_facts

DATA = Path(__file__).parents[1] / "data" / "notices"


def _samples(name: str) -> list[tuple[str | None, str, str, str]]:
    rows = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            label, sender, text, basis = line.split("\t")
            rows.append((None if label == "none" else label, sender, text, basis))
    return rows


REFERENCE = [row for row in _samples("labelled.tsv") if row[3].startswith("ref#")]


@pytest.mark.parametrize(("label", "sender", "text", "basis"), REFERENCE,
                         ids=[row[3] for row in REFERENCE])
def test_every_reference_sample_gets_its_cause(label: str | None, sender: str, text: str,
                                               basis: str) -> None:
    # reference/datapath_and_notices.md §3.2 (its labels mapped onto NOTICE_CAUSES).
    assert classify(sender, text) == label


def test_every_label_is_a_cause_and_every_cause_has_a_class() -> None:
    for name in ("labelled.tsv", "heldout.tsv", "heldout2.tsv"):
        assert {row[0] for row in _samples(name)} - {None} <= set(NOTICE_CAUSES)
    assert BLOCKING_CAUSES | WARNING_CAUSES | {"restored"} == set(NOTICE_CAUSES)


@pytest.mark.parametrize("sender", ["+8613912345678", "13812345678", "+491721234567"])
def test_a_persons_message_is_never_a_notice(sender: str) -> None:
    assert operator_sender(sender) is False
    assert classify(sender, "您的账户已欠费，号码已暂停服务") is None


@pytest.mark.parametrize("sender", ["10086", "10010", "1065902100123", "Vodafone", "1NCE"])
def test_operator_senders(sender: str) -> None:
    assert operator_sender(sender) is True


def _notice(cause: str, days_ago: float, now: datetime) -> Notice:
    return Notice(time=(now - timedelta(days=days_ago)).isoformat(), sender="10086",
                  text="…", cause=cause)


def test_blocking_notices_are_recent_and_not_followed_by_a_restoration() -> None:
    now = datetime(2026, 12, 4, tzinfo=UTC)
    arrears = _notice("arrears-suspended", 1, now)
    old = _notice("quota-used-up", 90, now)
    assert current_blocking([arrears, old, _notice("low-balance", 2, now)], now) == [arrears]
    assert current_blocking([arrears, _notice("restored", 0.5, now)], now) == []
    assert current_blocking([_notice("restored", 3, now), arrears], now) == [arrears]


# --- the read-only reader on the simulated modems --------------------------------------------

def _statuses(session: AtSession) -> list[str]:
    modem = session.port._link.modem  # type: ignore[attr-defined]
    return [slot.status for slot in modem.sms_slots(modem.personality.sms_storage)]


VENDORS = ("generic", "quectel", "huawei", "simcom", "sierra", "ublox", "telit", "fibocom",
           "zte", "cinterion")


@pytest.mark.parametrize("vendor", VENDORS)
def test_a_check_leaves_every_message_as_it_was(modem: Callable[[str], AtSession],
                                                vendor: str) -> None:
    session = modem(f"sim://arrears-blocked?vendor={vendor}")
    before = _statuses(session)
    facts = read_facts(session, url="sim://arrears-blocked")
    assert _statuses(session) == before and "REC UNREAD" in before
    causes = [notice.cause for notice in facts.notices]
    if vendor == "quectel":
        # Its store is in the modem and +CMGL marks what it lists: the unread notice and
        # the plan reminder stay unread, and the check says so.
        assert facts.unread_sms_skipped == 2
        assert causes == ["low-balance"]
    else:
        assert facts.unread_sms_skipped == 0
        assert causes == ["arrears-suspended", "low-balance", "plan-expiring"]
    # The PDU mode the reader switched to is put back.
    assert session.command("AT+CMGF?").text.replace(" ", "") == "+CMGF:0"


def test_a_long_notice_in_parts_is_read_whole() -> None:
    from simtool.transport.port import open_port

    session = AtSession(open_port("sim://quota-exhausted?vendor=ublox"), default_timeout=5)
    try:
        facts = read_facts(session, url="sim://quota-exhausted")
    finally:
        session.port.close()
    used_up = [n for n in facts.notices if n.cause == "quota-used-up"]
    assert len(used_up) == 1 and used_up[0].text.endswith("订购流量包或充值后可恢复使用。")
    assert used_up[0].sender == "10086" and used_up[0].time


def test_text_mode_is_put_back(modem: Callable[[str], AtSession]) -> None:
    session = modem("sim://arrears-blocked")
    session.command("AT+CMGF=1")
    facts = read_facts(session, url="sim://arrears-blocked")
    assert [n.cause for n in facts.notices][0] == "arrears-suspended"
    assert session.command("AT+CMGF?").text.replace(" ", "") == "+CMGF:1"


def test_with_consent_the_unread_ones_are_read_and_marked(
        modem: Callable[[str], AtSession]) -> None:
    session = modem("sim://arrears-blocked?vendor=quectel")
    facts = read_facts(session, url="sim://arrears-blocked")
    read_unread_step(session, facts)
    assert facts.unread_sms_skipped == 0 and facts.unread_sms_marked == 2
    assert [n.cause for n in facts.notices] == ["arrears-suspended", "low-balance",
                                                 "plan-expiring"]
    assert "REC UNREAD" not in _statuses(session)


def test_no_sms_no_round_trips_beyond_the_store_count(modem: Callable[[str], AtSession]
                                                      ) -> None:
    session = modem("sim://healthy?inbox=none")
    facts = read_facts(session, url="sim://healthy")
    sent = [e.text for e in session.transcript.entries() if e.dir == "tx"]
    assert facts.notices == [] and not any("CMGL" in line for line in sent)
    assert not Facts().notices
