"""PIN and PUK entry (simtool.actions.unlock) on the simulated modem, in process: every
vendor's retry command, the guard, and the PIN kept out of transcripts and reports."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from simtool.actions import unlock
from simtool.actions.unlock import (
    AlreadyUnlocked,
    NeedsConsent,
    UnlockRefused,
    enter_pin,
    enter_puk,
    identify_vendor,
    read_lock_status,
)
from simtool.at.session import AtSession
from simtool.errors import ValidationError
from simtool.facts import PortFacts
from simtool.report import render
from simtool.runner import diagnose
from simtool.transport.port import open_port

VENDORS = ["generic", "quectel", "huawei", "simcom", "sierra", "ublox", "telit", "fibocom",
           "zte", "cinterion"]
WRONG_PIN = "9731"


def open_session(url: str) -> AtSession:
    return AtSession(open_port(url), default_timeout=5.0)


@pytest.fixture
def sessions() -> Iterator[list[AtSession]]:
    opened: list[AtSession] = []
    yield opened
    for session in opened:
        session.port.close()


def session_on(sessions: list[AtSession], url: str) -> AtSession:
    session = open_session(url)
    sessions.append(session)
    return session


def sent(session: AtSession) -> str:
    return "".join(e.text for e in session.transcript.entries() if e.dir == "tx")


@pytest.mark.parametrize("vendor", VENDORS)
def test_every_vendor_counts_a_wrong_pin_down(sessions: list[AtSession], vendor: str) -> None:
    session = session_on(sessions, f"sim://pin-locked?vendor={vendor}")
    modem = identify_vendor(session)
    before = read_lock_status(session, modem)
    assert (before.state, before.pin_retries) == ("pin-required", 3)
    result = enter_pin(session, WRONG_PIN, vendor=modem)
    assert not result.accepted
    assert result.after.state == "pin-required"
    assert result.after.pin_retries == 2
    assert WRONG_PIN not in json.dumps([e.text for e in session.transcript.entries()])


def test_the_last_attempt_is_refused_before_anything_is_sent(sessions: list[AtSession]) -> None:
    session = session_on(sessions, "sim://pin-locked")
    enter_pin(session, "1111")
    enter_pin(session, "2222")
    with pytest.raises(NeedsConsent, match="Only 1 PIN attempt is left"):
        enter_pin(session, "1234")
    assert sent(session).count("AT+CPIN=") == 2       # the refused attempt never went out
    result = enter_pin(session, "1234", accept_last_attempt=True)
    assert result.accepted and result.after.state == "ready"


def test_a_wrong_last_attempt_blocks_the_sim_and_says_so(sessions: list[AtSession]) -> None:
    session = session_on(sessions, "sim://pin-locked")
    session.command("AT+CMEE=1")          # numeric errors, as the CLI's session asks for
    for pin in ("1111", "2222"):
        enter_pin(session, pin)
    result = enter_pin(session, "3333", accept_last_attempt=True)
    assert result.after.state == "puk-required"
    assert result.after.puk_retries == 10
    assert result.error is not None and "incorrect password" in result.error
    with pytest.raises(UnlockRefused, match="asks for the PUK"):
        enter_pin(session, "1234")
    unlocked = enter_puk(session, "12345678", "4321")
    assert unlocked.accepted and unlocked.after.state == "ready"


def test_guard_wants_consent_when_the_count_is_unknown_and_stops_at_zero() -> None:
    with pytest.raises(NeedsConsent, match="could not read how many PIN attempts"):
        unlock._guard(None, "PIN", accept_last_attempt=False)
    unlock._guard(None, "PIN", accept_last_attempt=True)
    with pytest.raises(UnlockRefused, match="replacement card"):
        unlock._guard(0, "PUK", accept_last_attempt=True)
    with pytest.raises(UnlockRefused, match="needs the PUK"):
        unlock._guard(0, "PIN", accept_last_attempt=True)
    unlock._guard(2, "PIN", accept_last_attempt=False)


def test_a_ready_sim_is_left_alone(sessions: list[AtSession]) -> None:
    session = session_on(sessions, "sim://healthy")
    with pytest.raises(AlreadyUnlocked):
        enter_pin(session, WRONG_PIN)
    assert "AT+CPIN=" not in sent(session)


def test_invalid_codes_never_reach_the_modem(sessions: list[AtSession]) -> None:
    session = session_on(sessions, "sim://pin-locked")
    for pin in ("12", "12a4", '1";+CFUN=0'):
        with pytest.raises(ValidationError):
            enter_pin(session, pin)
    with pytest.raises(ValidationError):
        enter_puk(session, "1234", "1234")
    assert session.commands_sent == 0


@pytest.mark.parametrize("vendor", ["generic", "huawei"])
def test_report_after_a_pin_attempt_in_the_same_session_masks_it(
        sessions: list[AtSession], vendor: str) -> None:
    """The transcript of a check run on the session that carried the PIN shows that a PIN
    was sent, never which."""
    url = f"sim://pin-locked?vendor={vendor}"
    session = session_on(sessions, url)
    enter_pin(session, WRONG_PIN)
    report = diagnose(session, port=PortFacts(url=url, device=url))
    transcript = [entry["text"] for entry in report.to_dict()["transcript"]]
    assert any('AT+CPIN="****"' in text for text in transcript)
    for fmt in ("json", "text", "markdown", "html"):
        rendered = render(report, fmt)
        text = rendered.decode("utf-8") if isinstance(rendered, bytes) else rendered
        assert WRONG_PIN not in text, fmt
    assert report.facts.sim.pin_retries == 2
