"""The status panel names an eSIM with nothing enabled as such, with its EID, never "no SIM
card" (seen under Xvfb: the panel said "no SIM card" beside the eSIM verdict)."""

from __future__ import annotations

import pytest

EID = "89049032123451234512345678901235"


@pytest.mark.parametrize(("scenario", "state"), [
    ("esim-empty", "eSIM, no profile installed"),
    ("esim-disabled", "eSIM, no profile enabled"),
    ("esim-test-only", "ready"),
])
def test_the_panel_names_the_esim_and_shows_its_eid(qtbot, window, run_check, scenario: str,
                                                     state: str) -> None:
    run_check(window, f"sim://{scenario}")
    panel = window.status_panel
    assert panel.value("sim") == state
    assert panel.value("eid").replace(" ", "") == EID
    assert panel.labels["eid"].toolTip() == EID
    assert panel.forms["eid"].isRowVisible(panel.labels["eid"])


def test_a_plain_sim_has_no_eid_row(qtbot, window, run_check) -> None:
    run_check(window, "sim://esim-empty")
    run_check(window, "sim://no-sim")
    panel = window.status_panel
    assert panel.value("sim") == "no SIM card"
    assert not panel.forms["eid"].isRowVisible(panel.labels["eid"])


def test_an_unreadable_esim_stays_what_the_modem_says(qtbot, window, run_check) -> None:
    # Huawei offers no logical channels: simtool cannot know the card is an eSIM.
    run_check(window, "sim://esim-empty?vendor=huawei")
    assert window.status_panel.value("sim") == "no SIM card"
