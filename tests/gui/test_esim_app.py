"""The app on eSIM scenarios (real checks on sim://): the wizard blames the right step with the
eSIM remedy, and the step's facts show the EID and the profiles."""

from __future__ import annotations

import pytest

from simtool.gui.wizard import StepPage

EID = "89049032123451234512345678901235"
VENDORS = ("generic", "quectel", "huawei", "simcom", "sierra", "ublox", "telit", "fibocom",
           "zte", "cinterion")
NO_CHANNELS = ("huawei", "zte")
READABLE = {"esim-empty": "sim-present", "esim-disabled": "sim-present",
            "esim-test-only": "sim-health", "esim-wrong-profile": "sim-health",
            "healthy?esim=1": None}
UNREADABLE = {"esim-empty": "sim-present", "esim-disabled": "sim-present",
              "esim-test-only": "registration", "esim-wrong-profile": "registration",
              "healthy?esim=1": None}


def _facts_shown(page: StepPage) -> dict[str, str]:
    form = page.facts_form
    rows = {}
    for row in range(form.rowCount()):
        label = form.itemAt(row, form.ItemRole.LabelRole)
        value = form.itemAt(row, form.ItemRole.FieldRole)
        if label is not None and value is not None:
            rows[label.widget().text().rstrip(":")] = value.widget().text()
    return rows


@pytest.mark.parametrize("vendor", VENDORS)
@pytest.mark.parametrize("scenario", list(READABLE))
def test_esim_verdict_in_the_app(qtbot, window, run_check, scenario: str, vendor: str) -> None:
    url = f"sim://{scenario}{'&' if '?' in scenario else '?'}vendor={vendor}"
    report = run_check(window, url)
    expected = (UNREADABLE if vendor in NO_CHANNELS else READABLE)[scenario]
    assert report.verdict.check == expected
    wizard = window.wizard
    if expected is not None:
        assert wizard.steps.currentItem() is wizard.step_item(expected)
    wizard.select_step("sim-health" if expected != "sim-present" else "sim-present")
    page = wizard.current_page()
    assert isinstance(page, StepPage)
    shown = _facts_shown(page)
    if vendor in NO_CHANNELS:
        if expected == "sim-present":
            assert shown.get("eSIM") == "not readable on this modem"
        return
    assert shown["EID"] == EID
    assert shown["Card type"] == "eSIM (eUICC)"
    for number, profile in enumerate(report.facts.sim.profiles, start=1):
        assert profile.iccid in shown[f"Profile {number}"]
    if expected is not None:
        assert EID in page.remedy.text()
