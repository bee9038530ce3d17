"""Tests written against mutants that survived scripts/mutation.sh in simtool/diagnosis/
(docs/mutation.md)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from simtool.diagnosis import esim, remedies
from simtool.diagnosis.checklist import _gigabytes, _manager_index, _no_information, evaluate
from simtool.diagnosis.labels import notice_label, state_label
from simtool.diagnosis.results import MANUAL_IDS, STATUSES
from simtool.facts import (
    REG_STATES,
    SIGNAL_QUALITIES,
    SIM_STATES,
    AccountResult,
    ApnFacts,
    EsimProfile,
    Facts,
    HomeNetwork,
    LastError,
    PacketFacts,
    PdpContext,
    PortFacts,
    RadioFacts,
    RegistrationDomain,
    RegistrationFacts,
    SignalFacts,
    SimFacts,
)


def test_the_modemmanager_index_comes_from_the_object_path_or_the_url():
    # ModemManager D-Bus API: /org/freedesktop/ModemManager1/Modem/<index>; mmcli -m <index>.
    facts = Facts()
    facts.port.device = "/org/freedesktop/ModemManager1/Modem/3"
    assert _manager_index(facts) == "3"
    facts = Facts()
    facts.port.url = "mm://7/"
    assert _manager_index(facts) == "7"
    facts.port.url = "/dev/ttyUSB2"
    assert _manager_index(facts) == "0"


def test_a_ceer_without_information():
    # 3GPP TS 27.007 §6.10 +CEER: <report>; modems say "No cause information available".
    assert _no_information('+CEER: "No cause information available"')
    assert _no_information("+ceer: none")
    assert _no_information("  ")
    assert not _no_information("+CEER: Lost connection")


def test_sizes_in_gigabytes():
    assert _gigabytes(None) == "?"
    assert _gigabytes(3 << 29) == "1.50 GB"


# -- eSIM problems (simtool.diagnosis.esim; GSMA SGP.22 ProfileInfo, reference/esim.md §7) --

EID = "89049032123451234512345678901235"


def _esim(*profiles: EsimProfile, state: str = "not-inserted", raw: str | None = None,
          iccid: str | None = None, registration: str | None = None) -> Facts:
    facts = Facts()
    facts.sim.type = "esim"
    facts.sim.eid = EID
    facts.sim.state = state
    facts.sim.raw = raw
    facts.sim.iccid = iccid
    facts.sim.esim_status = "profiles-read"
    facts.sim.profiles = list(profiles)
    facts.registration.overall = registration
    return facts


def test_profile_text_in_full_and_with_gaps():
    full = EsimProfile(iccid="8988247000101234567", state="disabled",
                       profile_class="operational", name="Travel 5GB", provider="Roam Co")
    assert esim.profile_text(full) == \
        '"Travel 5GB / Roam Co" (ICCID 8988247000101234567, disabled, operational)'
    bare = EsimProfile()
    assert esim.profile_text(bare) == "(ICCID unknown, state unknown)"
    odd = EsimProfile(iccid="1", state="enabled", profile_class="vendor-x", provider="P")
    assert esim.profile_text(odd) == '"P" (ICCID 1, enabled, vendor-x)'
    for cls, words in [("test", "test profile"), ("provisioning", "provisioning profile")]:
        assert esim.profile_text(EsimProfile(profile_class=cls)).endswith(f", {words})")


def test_an_esim_with_no_profile_quotes_the_modem():
    facts = _esim(raw="+CME ERROR: 10")
    found = esim.problem(facts)
    assert found is not None
    assert (found.kind, found.check) == (esim.NO_PROFILE, "sim-present")
    assert found.detail == (f"the SIM is an eSIM (EID {EID}) with no profile installed; the "
                            "modem reports +CME ERROR: 10")
    assert found.summary == "The eSIM has no profile: no mobile plan is installed on it."
    assert found.skip_reason == "the eSIM has no profile"
    assert found.remedy.startswith("1. Install the eSIM plan") and "\n2. " in found.remedy
    assert found.remedy.splitlines()[-1] == f"4. Tell the eSIM provider: EID {EID}."
    # The modem's words without their prefix get the +CPIN prefix; none: the state.
    assert esim.problem(_esim(raw="SIM not inserted")).detail.endswith(  # type: ignore[union-attr]
        "reports +CPIN: SIM not inserted")
    assert esim.problem(_esim(raw="  ")).detail.endswith("reports not-inserted")  # type: ignore[union-attr]
    no_state = _esim()
    no_state.sim.state = None
    assert esim.problem(no_state).detail.endswith("reports ?")  # type: ignore[union-attr]


def test_profiles_installed_none_enabled():
    test = EsimProfile(iccid="8900000000000000001", state="disabled", profile_class="test")
    plan = EsimProfile(iccid="8988247000101234567", state="disabled", name="Plan")
    found = esim.problem(_esim(test, plan))
    assert found is not None
    assert (found.kind, found.check) == (esim.NONE_ENABLED, "sim-present")
    assert found.detail == (
        f"the SIM is an eSIM (EID {EID}) with 2 profile(s) installed and none enabled: "
        "(ICCID 8900000000000000001, disabled, test profile); "
        '"Plan" (ICCID 8988247000101234567, disabled); the modem reports not-inserted')
    steps = found.remedy.splitlines()
    # The operational profile is the one to enable, not the first listed (a test profile).
    assert steps[0] == ('1. Enable the profile "Plan" (ICCID 8988247000101234567, disabled) '
                        "in the eSIM provider's app or an LPA tool.")
    assert steps[-1] == ("4. Tell the eSIM provider: EID " + EID + ", profile ICCIDs "
                         "8900000000000000001, 8988247000101234567.")
    assert found.summary.startswith("The eSIM holds a profile, but none is enabled")
    assert found.skip_reason == "no eSIM profile is enabled"
    # Only test profiles: the first of them is named.
    only_test = esim.problem(_esim(test))
    assert only_test is not None
    assert only_test.remedy.startswith("1. Enable the profile (ICCID 8900000000000000001")
    # Listed by ModemManager only as "with profiles": no list to quote.
    facts = _esim()
    facts.sim.esim_status = "with-profiles"
    vague = esim.problem(facts)
    assert vague is not None and vague.kind == esim.NONE_ENABLED
    assert vague.detail == (f"the SIM is an eSIM (EID {EID}) with profiles installed and "
                            "none enabled; the modem reports not-inserted")
    assert vague.remedy.startswith("1. Enable your plan's profile")


def test_only_a_test_profile_enabled():
    test = EsimProfile(iccid="8900000000000000001", state="enabled", profile_class="test")
    other_test = EsimProfile(iccid="8900000000000000002", state="disabled",
                             profile_class="test")
    plan = EsimProfile(iccid="8988247000101234567", state="disabled", name="Plan")
    found = esim.problem(_esim(test, other_test, plan, state="ready"))
    assert found is not None
    assert (found.kind, found.check) == (esim.TEST_ONLY, "sim-health")
    assert found.detail == (f"the SIM is an eSIM (EID {EID}); the only enabled profile is "
                            "(ICCID 8900000000000000001, enabled, test profile), which no "
                            "live network accepts")
    assert found.remedy.startswith('1. Enable your operator\'s profile "Plan"')
    assert found.summary.startswith("Only a test profile is enabled on the eSIM")
    assert found.skip_reason == "only a test profile is enabled on the eSIM"
    alone = esim.problem(_esim(test, other_test, state="ready"))
    assert alone is not None and alone.remedy.startswith("1. Install the eSIM plan you bought")
    # A lab network that takes the test profile: no problem.
    assert esim.problem(_esim(test, state="ready", registration="home")) is None


def test_the_modem_still_reads_the_old_profile():
    plan = EsimProfile(iccid="8988247000101234567F", state="enabled", name="Plan")
    found = esim.problem(_esim(plan, state="ready", iccid="8944500000000000011"))
    assert found is not None
    assert (found.kind, found.check) == (esim.STALE, "sim-health")
    assert found.detail == (f"the eSIM (EID {EID}) has \"Plan\" (ICCID 8988247000101234567F, "
                            "enabled) enabled, but the modem reads ICCID 8944500000000000011")
    assert found.skip_reason == "the modem uses another eSIM profile than the enabled one"
    assert found.summary.startswith("The modem still uses another profile")
    # The same ICCID without its filler F or check digit, in any case: no problem.
    for read in ("8988247000101234567", "898824700010123456", "8988247000101234567f"):
        assert esim.problem(_esim(plan, state="ready", iccid=read)) is None, read
    lower = EsimProfile(iccid="8988247000101234567f", state="enabled")
    assert esim.problem(_esim(lower, state="ready", iccid="8988247000101234567")) is None
    # A leading F is no filler.
    leading = EsimProfile(iccid="F988247000101234567", state="enabled")
    assert esim.problem(_esim(leading, state="ready", iccid="988247000101234567")) is not None
    # No ICCID read: nothing to compare.
    assert esim.problem(_esim(plan, state="ready")) is None


def test_state_and_notice_labels():
    assert state_label(None) is None
    assert state_label("denied") == "refused by the network"
    assert state_label("odd-state") == "odd-state"
    assert notice_label(None) is None
    assert notice_label("arrears") == "account in arrears"
    assert notice_label("odd-cause") == "odd-cause"


# -- the radio check through ModemManager (ModemManager API: MMModemState) ------------------


def _managed(state: str | None, *, on: bool | None = None, device: str | None = None) -> Facts:
    facts = Facts()
    facts.port.via = "modemmanager"
    facts.port.url = "mm://2"
    facts.port.device = device
    facts.modem.state = state
    facts.radio.on = on
    return facts


def _radio(facts: Facts):  # type: ignore[no-untyped-def]
    results, verdict = evaluate(facts)
    return next(r for r in results if r.id == "radio"), verdict


@pytest.mark.parametrize("state", ["disabled", "disabling"])
def test_a_disabled_modem_in_modemmanager(state):
    radio, verdict = _radio(_managed(state, device="/org/freedesktop/ModemManager1/Modem/5"))
    assert radio.status == "fail"
    assert radio.detail == (f"ModemManager: the modem is {state}: mobile broadband is "
                            "switched off on this computer")
    assert radio.remedy is not None and "`mmcli -m 5 --enable`" in radio.remedy
    assert (verdict.check, verdict.summary) == (
        "radio", "The modem is switched off in ModemManager (mobile broadband off).")


def test_an_enabled_modem_in_modemmanager():
    radio, _ = _radio(_managed("registered", on=True))
    assert (radio.status, radio.detail) == (
        "pass", "ModemManager: the modem is enabled (state registered)")
    radio, _ = _radio(_managed(None, on=True))
    assert radio.detail == "ModemManager: the modem is enabled (state ?)"


@pytest.mark.parametrize("state", ["locked", "failed"])
def test_modemmanager_waits_for_the_sim_before_the_radio(state):
    radio, _ = _radio(_managed(state))
    assert radio.status == "error"
    assert radio.detail == (f"ModemManager enables the radio only once the SIM works (state "
                            f"{state}): radio state unknown from ModemManager")
    other, _ = _radio(_managed("searching"))
    assert (other.status, other.detail) == (
        "error", "radio state unknown from ModemManager (state searching)")


# -- every text the checklist writes is whole ----------------------------------------------

_maybe_int = st.none() | st.integers(min_value=-5, max_value=300)
_domain = st.none() | st.builds(
    RegistrationDomain, stat=_maybe_int, state=st.none() | st.sampled_from(REG_STATES),
    act=_maybe_int, reject_cause=_maybe_int)
# The modem's own words come from a fixed set here: they are quoted into the details, and
# the property below looks for "None" and "XX" in what simtool itself writes.
_RAW = st.none() | st.sampled_from(("+CPIN: SIM PIN", "+CME ERROR: 10", "READY", "ERROR",
                                     "+CEER: Lost connection", "no cause information"))
_facts = st.builds(
    Facts,
    reachable=st.none() | st.booleans(),
    port_error_kind=st.none() | st.sampled_from(
        ("not-found", "permission", "busy", "silent", "vanished", "login", "not-at",
         "stalled", "deadline", "other")),
    radio=st.builds(RadioFacts, cfun=_maybe_int, on=st.none() | st.booleans()),
    sim=st.builds(SimFacts, state=st.none() | st.sampled_from(SIM_STATES), raw=_RAW,
                  iccid=st.none() | st.just("89860012345678901234"),
                  imsi=st.none() | st.sampled_from(("460001234567890", "26202123456789")),
                  home=st.builds(HomeNetwork, mcc=st.none() | st.just("460"),
                                 mnc=st.none() | st.just("00")),
                  pin_retries=_maybe_int, puk_retries=_maybe_int),
    signal=st.builds(SignalFacts,
                     rssi_dbm=st.none() | st.floats(-140, 0), rsrp_dbm=st.none() |
                     st.floats(-160, -30), rscp_dbm=st.none() | st.floats(-130, -20),
                     quality=st.none() | st.sampled_from(SIGNAL_QUALITIES)),
    registration=st.builds(RegistrationFacts, cs=_domain, ps=_domain, eps=_domain,
                           nr5g=_domain, overall=st.none() | st.sampled_from(REG_STATES)),
    packet=st.builds(PacketFacts, attached=st.none() | st.booleans(),
                     contexts=st.lists(st.builds(PdpContext, cid=st.integers(1, 3),
                                                 apn=st.none() | st.sampled_from(
                                                     ("", "cmnet", "internet")),
                                                 active=st.none() | st.booleans()),
                                       max_size=2),
                     last_error=st.builds(LastError, text=_RAW,
                                          cause=st.none() | st.sampled_from((8, 27, 33, 99)),
                                          before_change=st.none() | st.booleans())),
    apn=st.builds(ApnFacts, configured=st.none() | st.sampled_from(("", "cmnet", "x")),
                  expected=st.lists(st.sampled_from(("cmnet", "x")), max_size=2),
                  provider=st.none() | st.just("P")),
    connection_test=st.none() | st.booleans(),
    port=st.builds(PortFacts, url=st.none() | st.sampled_from(("/dev/ttyUSB2", "mm://2")),
                   via=st.none() | st.sampled_from(("at", "modemmanager"))),
)


_account = st.none() | st.builds(
    AccountResult, ok=st.booleans(),
    text=st.sampled_from(("Your balance is 23.45 yuan", "")),
    code_used=st.sampled_from(("*100#", 'SMS "YE" to 10086')),
    method=st.sampled_from(("ussd", "sms")),
    balance=st.none() | st.just("23.45 yuan"), data_left=st.none() | st.just("3.52 GB"),
    plan_end=st.none() | st.just("2026-12-31"))


@settings(max_examples=150, deadline=None)
@given(_facts, st.dictionaries(st.sampled_from(MANUAL_IDS), st.none() | st.booleans()),
       _account)
def test_no_text_shows_a_missing_value_or_a_placeholder(facts, answers, account):
    # A detail, remedy or verdict reading "None" (a value that was not filled in) or
    # carrying a stray marker is a broken sentence in front of the user; every check says
    # something.
    results, verdict = evaluate(facts, manual_answers=answers, account=account)
    assert all(r.status in STATUSES and r.detail for r in results)
    for text in [verdict.summary, *(r.detail for r in results),
                 *(r.remedy or "" for r in results), *(r.title for r in results)]:
        assert "None" not in text, text
        assert "XX" not in text, text


def test_a_radio_said_off_without_a_cfun_value():
    # Found by the property above: the remedy quoted "+CFUN: None".
    facts = Facts()
    facts.reachable = True
    facts.radio.on = False
    radio = next(r for r in evaluate(facts)[0] if r.id == "radio")
    assert radio.status == "fail"
    assert radio.detail == "+CFUN: ?: the radio is off (airplane mode)"
    assert radio.remedy is not None and "+CFUN" not in radio.remedy
    facts.radio.cfun = 4
    radio = next(r for r in evaluate(facts)[0] if r.id == "radio")
    assert radio.remedy is not None and radio.remedy.endswith("3. The modem reported +CFUN: 4.")


# -- remedies chosen by kind and count (simtool.diagnosis.remedies) ------------------------


@pytest.mark.parametrize(("kind", "first"), [
    ("not-found", "1. Check that the modem is plugged in"),
    ("permission", "1. On Linux, add yourself to the port's group"),
    ("busy", "1. Another program holds the port"),
    ("silent", "1. This port does not answer AT commands"),
    ("login", "1. Give the device's admin password"),
    ("not-at", "1. This port sends something other than AT answers"),
    ("stalled", "1. The modem stopped answering (or answered far too slowly)"),
    ("deadline", "1. The modem stopped answering (or answered far too slowly)"),
    ("vanished", "1. The modem disappeared during the check"),
    ("other", "1. Unplug the modem, plug it in again"),
    (None, "1. Unplug the modem, plug it in again"),
])
def test_each_port_problem_gets_its_own_remedy(kind, first):
    assert remedies.port_problem(kind).startswith(first)


def test_pin_and_puk_remedies_count_the_attempts():
    # 3GPP TS 27.007 §8.65 +CPINR: attempts left; the last one is said first.
    assert remedies.pin_required(1).startswith("1. Only 1 attempt left: one more wrong PIN")
    for retries in (2, None):
        assert remedies.pin_required(retries).startswith("1. Enter the SIM PIN with `simtool")
    assert "2. The PIN is in the documents" in remedies.pin_required(None)
    assert remedies.pin_required(None).endswith(
        "3. Optionally disable the PIN afterwards so the modem starts without it.")
    assert "3. 3 PUK attempts are left." in remedies.puk_required(Facts(), 3)
    assert "PUK attempts are left" not in remedies.puk_required(Facts(), None)
