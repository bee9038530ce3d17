"""Real `simtool check` output from the simulated modem, through every exporter.

The simulator is a pyserial URL handler (sim://), so these reports come from the same code
path as hardware: port -> AT session -> readers -> checklist -> report.
"""

from __future__ import annotations

import json
import re

import pytest

from simtool.report import render
from simtool.report.model import Report, SupportInfo
from simtool.report.schema import validate
from simtool.runner import CheckOptions, run_check
from simtool.sim.scenarios import NETWORKS, SCENARIOS

# sim-busy waits on purpose; every other scenario answers at once with latency=0.
FAST = sorted(name for name in SCENARIOS if name != "sim-busy")
_cache: dict[str, Report] = {}


def checked(scenario: str) -> Report:
    if scenario not in _cache:
        options = CheckOptions(timeout=5, sim_busy_wait=0,
                               support=SupportInfo(symptom="no internet", last_worked="today",
                                                   device_changed=False))
        _cache[scenario] = run_check(f"sim://{scenario}?latency=0", options)
    return _cache[scenario]


@pytest.mark.parametrize("scenario", FAST)
def test_real_output_follows_the_schema(scenario: str) -> None:
    data = json.loads(render(checked(scenario), "json"))
    assert validate(data) == []
    assert data["support"]["symptom"] == "no internet"


@pytest.mark.parametrize("scenario", ["healthy", "pin-locked", "not-subscribed",
                                      "registration-denied"])
@pytest.mark.parametrize("fmt", ["json", "text", "markdown", "html"])
def test_real_output_redacted_has_no_identifier(scenario: str, fmt: str) -> None:
    report = checked(scenario)
    out = render(report, fmt, redact=True)
    assert isinstance(out, str)
    assert not re.findall(r"\d{12,}", out)
    iccid = report.facts.sim.iccid
    # Every one of these scenarios reads the card's ICCID (the simulator's China Mobile SIM):
    # a check that lost it must not pass here as "nothing to redact".
    assert iccid == NETWORKS["46000"].iccid
    assert iccid not in out and iccid[-4:] in out


def test_text_of_a_refused_session_tells_what_to_say_to_the_operator() -> None:
    text = render(checked("not-subscribed"), "text")
    assert isinstance(text, str)
    assert text.startswith(("✘ Problem found", "x Problem found"))
    assert "What to tell your operator" in text
    assert "Cause codes: data session cause #33" in text
