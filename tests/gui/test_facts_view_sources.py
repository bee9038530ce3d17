"""The step pages' facts name AT commands only for a modem read over AT: read through
ModemManager (mm://) the rows carry no +CFUN/+CREG labels and no "not read" rows for the
registration domains ModemManager does not report. Properties as ModemManager 1.20.4 gave
them for the simulated modem (tests/unit/test_modemmanager_reader.py)."""

from __future__ import annotations

from simtool.facts import Facts
from simtool.gui.facts_view import facts_for
from simtool.sources.modemmanager.reader import fill_facts
from tests.unit.test_modemmanager_reader import PATH, REGISTERED, SIM


def _through_modemmanager() -> Facts:
    facts = Facts()
    fill_facts(facts, REGISTERED, path=PATH, sim=SIM,
               profiles=[{"profile-id": 1, "apn": "cmnet", "ip-type": 1}],
               commands={"+CESQ": "+CESQ: 99,99,255,255,24,50"})
    facts.port.via = "modemmanager"
    facts.reachable = True
    return facts


def _labels(check_id: str, facts: Facts) -> list[str]:
    return [label for label, _ in facts_for(check_id, facts)]


def test_modemmanager_rows_name_no_at_command() -> None:
    facts = _through_modemmanager()
    rows = {check: dict(facts_for(check, facts))
            for check in ("port", "radio", "registration", "data-attach")}
    labels = [label for shown in rows.values() for label in shown]
    assert not any("+C" in label or "AT" in label.split() for label in labels), labels
    assert rows["port"]["Read through"] == "ModemManager" and rows["port"]["Answers"] == "yes"
    assert rows["registration"]["LTE"].startswith("home")
    # ModemManager reports the network's domain it is registered in, not all four.
    assert "Circuit-switched" not in rows["registration"]
    assert "not read" not in rows["registration"].values()
    assert list(rows["radio"]) == ["Radio on"]


def test_at_rows_keep_the_commands() -> None:
    facts = Facts()
    facts.port.via = "at"
    assert _labels("registration", facts) == [
        "Overall", "Circuit (+CREG)", "Packet (+CGREG)", "LTE (+CEREG)", "5G (+C5GREG)",
        "Operator"]
    assert _labels("radio", facts) == ["+CFUN", "Radio on"]
    assert "Answers AT" in _labels("port", facts)


def test_the_readers_remarks_are_shown_with_the_port_once_each() -> None:
    facts = _through_modemmanager()
    facts.notes = ["unreadable +CEER reply: +CEER: ???", "unreadable +CEER reply: +CEER: ???",
                   "Data test: context 1 was activated for the test and deactivated afterwards"]
    remarks = [value for label, value in facts_for("port", facts) if label == "Remark"]
    assert remarks == facts.notes[1:]
