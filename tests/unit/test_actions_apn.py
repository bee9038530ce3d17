"""APN actions (simtool.actions.apn) on the simulated modem: read, set, undo, validation."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from simtool.actions.apn import (
    ApnError,
    internet_apn,
    providers_for_sim,
    read_contexts,
    set_apn,
    undo,
)
from simtool.at.parsers.packet import PdpDefinition
from simtool.at.session import AtSession
from simtool.errors import ValidationError
from simtool.transport.port import open_port


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SIMTOOL_HOME", str(tmp_path))
    return tmp_path


@pytest.fixture
def wrong_apn() -> Iterator[AtSession]:
    session = AtSession(open_port("sim://wrong-apn"), default_timeout=5.0)
    yield session
    session.port.close()


def sent(session: AtSession) -> list[str]:
    return [e.text.strip() for e in session.transcript.entries() if e.dir == "tx"]


def test_the_provider_database_knows_the_sims_network(wrong_apn: AtSession) -> None:
    imsi, providers = providers_for_sim(wrong_apn)
    assert imsi is not None and imsi.startswith("46000")
    assert [internet_apn(p) for p in providers] == ["cmnet"]
    assert read_contexts(wrong_apn) == [PdpDefinition(1, "IP", "internet")]


def test_set_saves_the_old_value_and_undo_restores_it_once(wrong_apn: AtSession,
                                                           home: Path) -> None:
    change = set_apn(wrong_apn, "cmnet")
    assert change.changed
    assert change.old == PdpDefinition(1, "IP", "internet")
    assert change.new == PdpDefinition(1, "IP", "cmnet")
    saved = list((home / "state" / "apn-undo").glob("*.json"))
    assert len(saved) == 1
    assert json.loads(saved[0].read_text())["old"]["apn"] == "internet"

    restored = undo(wrong_apn)
    assert restored.new == PdpDefinition(1, "IP", "internet")
    assert read_contexts(wrong_apn) == [PdpDefinition(1, "IP", "internet")]
    with pytest.raises(ApnError, match="no earlier APN"):
        undo(wrong_apn)


def test_setting_the_same_apn_changes_nothing_and_keeps_the_undo(wrong_apn: AtSession) -> None:
    set_apn(wrong_apn, "cmnet")
    again = set_apn(wrong_apn, "cmnet")
    assert not again.changed
    assert sum(c.startswith("AT+CGDCONT=") for c in sent(wrong_apn)) == 1
    assert undo(wrong_apn).new.apn == "internet"     # still the value before the real change


def test_undo_of_a_new_context_removes_it(wrong_apn: AtSession) -> None:
    set_apn(wrong_apn, "cmnet", cid=3)
    assert PdpDefinition(3, "IP", "cmnet") in read_contexts(wrong_apn)
    undo(wrong_apn)
    assert [c.cid for c in read_contexts(wrong_apn)] == [1]


@pytest.mark.parametrize(("apn", "kwargs"), [
    ('";+CFUN=0', {}),
    ("cmnet", {"cid": 0}),
    ("cmnet", {"user": 'me";'}),
    ("cmnet", {"password": "p\r\nAT+CFUN=0"}),
    ("a" * 101, {}),
])
def test_invalid_values_are_refused_before_anything_is_sent(
        wrong_apn: AtSession, apn: str, kwargs: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        set_apn(wrong_apn, apn, **kwargs)  # type: ignore[arg-type]
    assert wrong_apn.commands_sent == 0


def test_credentials_go_to_cgauth_and_stay_out_of_the_transcript(wrong_apn: AtSession) -> None:
    set_apn(wrong_apn, "cmnet", user="card", password="4711")
    reply = wrong_apn.command("AT+CGAUTH?")
    assert '"card"' in reply.text
    assert "4711" not in "".join(e.text for e in wrong_apn.transcript.entries())


# -- values that go back to the modem (issue 14) -----------------------------------------

def _undo_file(home: Path) -> Path:
    saved = list((home / "state" / "apn-undo").glob("*.json"))
    assert len(saved) == 1
    return saved[0]


@pytest.mark.parametrize("old", [
    # What a modem reported as its PDP type, saved for undo, then sent back verbatim.
    {"cid": 1, "pdp_type": 'IP";+CFUN=0;+CGDCONT=1,"IP', "apn": "cmnet"},
    {"cid": 1, "pdp_type": "IP\r\nAT+CFUN=0", "apn": "cmnet"},
    {"cid": 1, "pdp_type": "IP", "apn": 'cmnet";+CFUN=0'},
])
def test_undo_validates_what_it_sends_back(wrong_apn: AtSession, home: Path,
                                           old: dict[str, object]) -> None:
    set_apn(wrong_apn, "cmnet")
    path = _undo_file(home)
    path.write_text(json.dumps({"cid": 1, "old": old}))
    before = wrong_apn.commands_sent
    with pytest.raises(ApnError):
        undo(wrong_apn)
    assert not any("CFUN" in command for command in sent(wrong_apn))
    assert not any(c.startswith("AT+CGDCONT=") for c in sent(wrong_apn)[before:])
    assert wrong_apn.command("AT+CFUN?").lines == ["+CFUN: 1"]


@pytest.mark.parametrize("content", [
    '{"cid": "one", "old": null}', '{"cid": 99, "old": null}', '{"old": null}',
    '{"cid": 1, "old": {"apn": "cmnet", "bogus": 1}}', "[1, 2]", "not json",
])
def test_a_damaged_undo_file_is_refused_with_a_sentence(wrong_apn: AtSession, home: Path,
                                                        content: str) -> None:
    set_apn(wrong_apn, "cmnet")
    _undo_file(home).write_text(content)
    with pytest.raises(ApnError, match="undo"):
        undo(wrong_apn)
