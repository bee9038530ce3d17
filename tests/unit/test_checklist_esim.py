"""The checklist on eSIM facts, whatever source filled them: the AT source's full profile
list, or ModemManager's Sim.SimType / Sim.Eid / Sim.EsimStatus / StateFailedReason
esim-without-profiles (issue 13), which give the same verdicts without a list."""

from __future__ import annotations

import pytest

from simtool.diagnosis.checklist import evaluate
from simtool.facts import EsimProfile, Facts, RegistrationDomain

EID = "89049032123451234512345678901235"
TRAVEL = EsimProfile("89882000000000000013", "disabled", "operational", "Travel 5GB",
                     "Example Mobile")
TEST = EsimProfile("89000123456789012341", "enabled", "test", "GSMA TS.48 XOR Test Profile",
                   "GSMA")


def _facts(state: str | None, *, profiles: list[EsimProfile] | None = None,
           status: str | None = "profiles-read", iccid: str | None = None,
           registered: bool | None = None, sim_type: str | None = "esim") -> Facts:
    facts = Facts(reachable=True)
    facts.radio.cfun, facts.radio.on = 1, True
    facts.sim.state = state
    facts.sim.raw = "+CME ERROR: 10" if state == "not-inserted" else "READY"
    facts.sim.type, facts.sim.eid, facts.sim.esim_status = sim_type, EID, status
    facts.sim.profiles = profiles or []
    facts.sim.iccid = iccid
    facts.signal.rsrp_dbm, facts.signal.rssi_dbm = -90.0, -65.0
    if registered is not None:
        stat = 1 if registered else 2
        facts.registration.eps = RegistrationDomain(stat=stat, state="home" if registered
                                                    else "searching", act=7)
        facts.registration.overall = "home" if registered else "searching"
    return facts


def _verdict(facts: Facts) -> tuple[str | None, str, str]:
    checks, verdict = evaluate(facts)
    by_id = {c.id: c for c in checks}
    check = by_id[verdict.check] if verdict.check else None
    return verdict.check, verdict.summary, (check.remedy or "") if check else ""


def test_empty_esim_is_named_with_its_eid() -> None:
    check, summary, remedy = _verdict(_facts("not-inserted"))
    assert check == "sim-present"
    assert "no profile" in summary
    assert EID in remedy and "provider's app" in remedy and "LPA" in remedy
    assert "take the SIM out" not in remedy       # not "insert a SIM card"


def test_disabled_profile_says_which_to_enable() -> None:
    check, summary, remedy = _verdict(_facts("not-inserted", profiles=[TRAVEL]))
    assert check == "sim-present" and "none is enabled" in summary
    assert "Enable the profile" in remedy and TRAVEL.iccid in remedy and EID in remedy
    checks, _ = evaluate(_facts("not-inserted", profiles=[TRAVEL]))
    skipped = {c.id: c.detail for c in checks if c.status == "skip"}
    assert "no eSIM profile is enabled" in skipped["registration"]


def test_only_a_test_profile() -> None:
    facts = _facts("ready", profiles=[TEST, TRAVEL], iccid=TEST.iccid, registered=False)
    check, summary, remedy = _verdict(facts)
    assert check == "sim-health" and "test profile" in summary
    assert "Travel 5GB" in remedy and TRAVEL.iccid in remedy


def test_a_test_profile_on_a_lab_network_that_takes_it_is_fine() -> None:
    facts = _facts("ready", profiles=[TEST], iccid=TEST.iccid, registered=True)
    check, _summary, _remedy = _verdict(facts)
    assert check != "sim-health"


def test_the_enabled_profile_does_not_register_and_another_is_installed() -> None:
    old = EsimProfile("89860012345678901234", "enabled", "operational", "Old plan", "CMCC")
    facts = _facts("ready", profiles=[old, TRAVEL], iccid=old.iccid, registered=False)
    check, summary, remedy = _verdict(facts)
    assert check == "sim-health" and "Old plan" in summary
    assert "Travel 5GB" in remedy
    # Registered: two plans on one eSIM is normal, no complaint.
    facts = _facts("ready", profiles=[old, TRAVEL], iccid=old.iccid, registered=True)
    checks, _verdict_ = evaluate(facts)
    assert {c.id: c.status for c in checks}["sim-health"] == "pass"


def test_the_modem_reads_another_iccid_than_the_enabled_profile() -> None:
    enabled = EsimProfile(TRAVEL.iccid, "enabled", "operational", "Travel 5GB", None)
    facts = _facts("ready", profiles=[enabled], iccid="89860012345678901234", registered=False)
    check, summary, remedy = _verdict(facts)
    assert check == "sim-health" and "another profile" in summary
    assert "restart the modem" in remedy


def test_matching_iccid_ignores_filler_and_check_digit() -> None:
    enabled = EsimProfile("8986001234567890123", "enabled", "operational", "Plan", None)
    facts = _facts("ready", profiles=[enabled], iccid="8986001234567890123F",
                   registered=True)
    checks, verdict = evaluate(facts)
    health = {c.id: c for c in checks}["sim-health"]
    assert health.status == "pass" and EID in health.detail


def test_physical_sim_changes_nothing() -> None:
    facts = _facts("not-inserted", status=None, sim_type="physical")
    facts.sim.eid = None
    check, summary, remedy = _verdict(facts)
    assert check == "sim-present" and "No SIM card" in summary
    assert "eSIM" not in remedy


def test_unreadable_esim_leaves_a_hint_in_the_no_sim_remedy() -> None:
    facts = _facts("not-inserted", status="inconclusive", sim_type="unknown")
    facts.sim.eid = None
    check, _summary, remedy = _verdict(facts)
    assert check == "sim-present"
    assert "take the SIM out" in remedy and "eSIM" in remedy


def test_not_readable_is_a_note_not_a_failure() -> None:
    facts = _facts("ready", status="not-readable", sim_type=None, iccid="8986001234",
                   registered=True)
    facts.sim.eid = None
    checks, _verdict_ = evaluate(facts)
    health = {c.id: c for c in checks}["sim-health"]
    assert health.status == "pass" and "eSIM not readable on this modem" in health.detail


# ---- ModemManager's facts (issue 13): same verdicts without a profile list ------------------

@pytest.mark.parametrize("state", [None, "unknown", "not-inserted"])
def test_modemmanager_esim_without_profiles(state: str | None) -> None:
    """StateFailedReason esim-without-profiles / Sim.EsimStatus no-profiles."""
    facts = _facts(state, status="no-profiles")
    check, summary, remedy = _verdict(facts)
    assert check == "sim-present" and "no profile" in summary and EID in remedy


def test_modemmanager_esim_with_profiles_but_no_sim() -> None:
    facts = _facts("not-inserted", status="with-profiles")
    check, summary, _remedy = _verdict(facts)
    assert check == "sim-present" and "none is enabled" in summary


def test_modemmanager_esim_with_profiles_working() -> None:
    facts = _facts("ready", status="with-profiles", iccid="89860012345678901234",
                   registered=True)
    checks, verdict = evaluate(facts)
    assert {c.id: c.status for c in checks}["sim-health"] == "pass"
    assert verdict.check != "sim-present"


# ---- through the ModemManager source's own mapping (sources/modemmanager/reader.py) ---------

MM_MODEM = "org.freedesktop.ModemManager1.Modem"
MM_PATH = "/org/freedesktop/ModemManager1/Modem/0"


def _mm_facts(modem: dict, sim: dict | None = None) -> Facts:
    from simtool.sources.modemmanager.reader import fill_facts

    facts = Facts()
    fill_facts(facts, {MM_MODEM: modem}, path=MM_PATH, sim=sim)
    facts.port.via = "modemmanager"         # as the runner sets it
    return facts


def test_modemmanager_failed_esim_without_profiles_gives_the_at_verdict() -> None:
    """StateFailedReason 5 (esim-without-profiles) and Sim.Eid: the verdict, summary and EID
    of the AT source's esim-empty."""
    mm = _mm_facts({"State": -1, "StateFailedReason": 5},
                   {"SimIdentifier": "", "Eid": EID, "SimType": 2, "EsimStatus": 1})
    at = _facts("not-inserted")
    mm_check, mm_summary, mm_remedy = _verdict(mm)
    at_check, at_summary, _remedy = _verdict(at)
    assert (mm_check, mm_summary) == (at_check, at_summary) == (
        "sim-present", "The eSIM has no profile: no mobile plan is installed on it.")
    assert EID in mm_remedy
    # Without the SIM object (no EID known), still the eSIM verdict.
    bare = _mm_facts({"State": -1, "StateFailedReason": 5})
    assert _verdict(bare)[:2] == (at_check, at_summary)


def test_modemmanager_esim_status_with_profiles_and_no_sim() -> None:
    mm = _mm_facts({"State": -1, "StateFailedReason": 2},
                   {"SimIdentifier": "", "Eid": EID, "SimType": 2, "EsimStatus": 2})
    check, summary, _remedy = _verdict(mm)
    assert check == "sim-present" and "none is enabled" in summary
