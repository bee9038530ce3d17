"""Tests written against mutants of simtool/diagnosis/ that survived a whole run of
scripts/mutation.sh (docs/mutation.md): the checks' full results (status, detail, remedy and
the verdict's sentence) on the paths their other tests reach only for the status.

- a stick's or router's own connection manager (HiLink `api/monitoring/status`, hilink.md):
  data switch off, a failed connection with and without a code, unknown and passing states;
- the port check: ModemManager still probing, the verdict's sentence for each kind of port
  trouble and each kind of source, a modem that answered although the port was not tried;
- the APN check by source (AT, ModemManager, a web device behind its admin login) and with
  the remedies ModemManager users get (NetworkManager's profile instead of AT+CGDCONT).
"""

from __future__ import annotations

import pytest
from test_mutants_diagnosis import _web, healthy, judge, managed, ported

from simtool.diagnosis import remedies
from simtool.diagnosis.checklist import verdict_for
from simtool.diagnosis.results import CheckResult, Verdict
from simtool.facts import ApnFacts, Facts, PortFacts, RegistrationDomain, RegistrationFacts


def _no_session(**router: object) -> Facts:
    facts = _web(**router)
    facts.packet.contexts = []
    return facts


# -- the data session as a web device reports it (hilink.md §4, connection status codes) ----

def test_the_device_data_switch_off(english: None) -> None:
    facts = _no_session(data_switch=False, connection="disconnected", connection_code="902")
    results, verdict = judge(facts)
    session = results["data-session"]
    assert (session.status, session.detail, session.remedy) == (
        "fail", "the device's mobile-data switch is off (connection status 902)",
        ported(remedies.device_data_switch_off(), facts))
    assert (verdict.check, verdict.summary) == (
        "data-session", "Mobile data is switched off on the device itself.")


def test_a_failed_connection_with_a_3gpp_numbered_code(english: None) -> None:
    # HiLink code 33 shares its number with ESM cause #33 (TS 24.301 §9.9.4.4), said as such.
    facts = _no_session(connection="failed", connection_code="33", connection_text="No service.")
    results, verdict = judge(facts)
    session = results["data-session"]
    assert (session.status, session.detail, session.remedy) == (
        "fail", "the device's connection failed with its code 33: \"No service.\" (the same "
        "number as 3GPP cause #33: the plan does not allow data now: no data plan, plan "
        "expired, or data quota used up and suspended; Huawei does not document the link)",
        ported(remedies.device_connection_failed(facts, "33"), facts))
    assert (verdict.check, verdict.summary) == (
        "data-session", "The device could not connect (its code 33: No service).")


def test_a_failed_connection_without_a_code(english: None) -> None:
    facts = _no_session(connection="failed", connection_text="Dial-up failed")
    results, verdict = judge(facts)
    session = results["data-session"]
    assert (session.status, session.detail, session.remedy) == (
        "fail", "the device's connection failed with its code ?: \"Dial-up failed\"",
        ported(remedies.device_connection_failed(facts, "?"), facts))
    assert verdict.summary == "The device could not connect (its code ?: Dial-up failed)."


def test_a_connection_status_not_in_the_tables(english: None) -> None:
    facts = _no_session(connection="unknown", connection_code="999",
                        connection_text="Status 999")
    session = judge(facts)[0]["data-session"]
    assert (session.status, session.detail, session.remedy) == (
        "warn", "no data session: the device reports connection status 999, which is not in "
        "simtool's tables", ported(remedies.device_not_connected("Status 999"), facts))
    assert session.remedy is not None and session.remedy.startswith(
        "1. The device says: \"Status 999\"")


@pytest.mark.parametrize(("state", "text", "detail"), [
    ("connecting", "Connecting", "the device is connecting (connection status 900): "
                                 "\"Connecting\""),
    ("disconnecting", "", "the device is disconnecting (connection status 900)"),
    ("disconnected", "", "the device is disconnected (connection status 900)"),
])
def test_a_device_not_connected(english: None, state: str, text: str, detail: str) -> None:
    facts = _no_session(connection=state, connection_code="900", connection_text=text or None)
    session = judge(facts)[0]["data-session"]
    assert (session.status, session.detail, session.remedy) == (
        "warn", detail, ported(remedies.device_not_connected(text), facts))


# -- the port check ---------------------------------------------------------------------------

@pytest.mark.parametrize(("state", "shown"), [
    ("initializing", "initializing"), ("unknown", "unknown"), (None, "?")])
def test_modemmanager_still_probing_the_modem(english: None, state: str | None,
                                              shown: str) -> None:
    # ModemManager's MMModemState: INITIALIZING and UNKNOWN come before the SIM is read.
    facts = managed()
    facts.modem.state = state
    results, verdict = judge(facts)
    port = results["port"]
    assert (port.status, port.detail, port.remedy) == (
        "fail", f"ModemManager is still setting up mm://4 (state {shown})",
        ported(remedies.manager_initializing("4"), facts))
    assert (verdict.check, verdict.summary) == (
        "port", "ModemManager is still setting up the modem.")


def _unreachable(kind: str | None, port: PortFacts | None = None) -> Facts:
    facts = healthy()
    facts.reachable = False
    facts.port_error = "could not open the port"
    facts.port_error_kind = kind
    if port is not None:
        facts.port = port
    return facts


@pytest.mark.parametrize(("kind", "summary"), [
    ("not-found", "The modem's port was not found."),
    ("permission", "simtool has no permission to open the modem's port."),
    ("busy", "The modem's port is in use by another program."),
    ("silent", "The port does not answer: it is probably not the modem's AT port."),
    ("vanished", "The modem disappeared during the check."),
    ("login", "The device needs its admin password to show its state."),
    ("not-at", "The port does not speak AT: it is not the modem's AT port."),
    ("stalled", "The modem stopped answering during the check."),
    ("deadline", "The modem answered too slowly to finish the check in time."),
    ("refused", "The modem could not be reached."),      # a kind without a sentence of its own
    (None, "The modem could not be reached."),
])
def test_the_verdict_names_the_kind_of_port_trouble(english: None, kind: str | None,
                                                    summary: str) -> None:
    facts = _unreachable(kind)
    results, verdict = judge(facts)
    assert (results["port"].status, results["port"].detail) == ("fail", "could not open the port")
    assert (verdict.check, verdict.summary) == ("port", summary)


@pytest.mark.parametrize(("kind", "summary"), [
    ("login", "The device needs its admin password to show its state."),
    ("silent", "The stick or router could not be read through its web interface."),
])
def test_port_trouble_on_a_web_device(english: None, kind: str, summary: str) -> None:
    facts = _unreachable(kind, PortFacts(url="hilink://192.168.8.1", via="hilink"))
    results, verdict = judge(facts)
    assert results["port"].remedy == ported(remedies.web_port_problem(kind), facts)
    assert verdict.summary == summary


@pytest.mark.parametrize(("kind", "summary"), [
    ("vanished", "The modem disappeared during the check."),
    ("busy", "The modem could not be reached through ModemManager."),
])
def test_port_trouble_through_modemmanager(english: None, kind: str, summary: str) -> None:
    facts = _unreachable(kind, PortFacts(url="mm://4", via="modemmanager",
                                         device="/org/freedesktop/ModemManager1/Modem/4"))
    assert judge(facts)[1].summary == summary


@pytest.mark.parametrize(("sim_state", "cfun", "expected"), [
    ("ready", None, ("pass", "/dev/ttyUSB2: the modem answered")),
    (None, 1, ("pass", "/dev/ttyUSB2: the modem answered")),
    (None, None, ("error", "the port was not tried")),
])
def test_a_port_not_tried_but_the_modem_answered(english: None, sim_state: str | None,
                                                 cfun: int | None,
                                                 expected: tuple[str, str]) -> None:
    # Facts filled from elsewhere (a saved report, another source) without the port's own
    # result: any answer from the modem shows it was reached.
    facts = healthy()
    facts.reachable = None
    facts.sim.state = sim_state
    facts.radio.cfun = cfun
    port = judge(facts)[0]["port"]
    assert (port.status, port.detail) == expected


def test_a_port_named_by_its_url_only(english: None) -> None:
    facts = healthy()
    facts.port = PortFacts(url="socket://10.0.0.1:7000", via="at")
    assert judge(facts)[0]["port"].detail == "socket://10.0.0.1:7000 answers AT commands"


# -- the APN check --------------------------------------------------------------------------

def _apn_not_read(facts: Facts) -> Facts:
    facts.apn = ApnFacts(None, ["internet"], "Testnet")
    facts.packet.contexts = []
    return facts


def test_an_apn_behind_the_device_login_is_skipped(english: None) -> None:
    facts = _apn_not_read(_web())
    facts.router.login_required = ["apn"]
    apn = judge(facts)[0]["apn"]
    assert (apn.status, apn.detail, apn.remedy) == (
        "skip", "skipped: the device shows its APN profiles only after its admin login, so "
        "the APN cannot be compared", ported(remedies.device_login_for(facts.port.url), facts))


@pytest.mark.parametrize(("facts", "detail"), [
    (_apn_not_read(_web()), "the device did not report its APN profiles"),
    (_apn_not_read(managed()), "the configured APN is unknown from ModemManager"),
    (_apn_not_read(healthy()), "the modem did not report its APN (+CGDCONT)"),
], ids=["web", "modemmanager", "at"])
def test_an_apn_not_read_says_from_where(english: None, facts: Facts, detail: str) -> None:
    apn = judge(facts)[0]["apn"]
    assert (apn.status, apn.detail, apn.remedy) == ("error", detail, None)


def test_an_apn_read_on_a_device_with_other_pages_behind_the_login(english: None) -> None:
    facts = _web()
    facts.router.login_required = ["apn"]       # the APN came from the profile page anyway
    apn = judge(facts)[0]["apn"]
    assert (apn.status, apn.detail) == ("pass", "\"internet\" matches Testnet")


@pytest.mark.parametrize(("act", "rat"), [(0, "GSM"), (2, "UMTS")])
def test_no_apn_on_2g_or_3g_fails(english: None, act: int, rat: str) -> None:
    # TS 27.007 §7.3 <AcT> 0 GSM, 2 UTRAN: without an APN there is no default bearer to
    # fall back on (unlike LTE's network-provided APN).
    facts = managed()
    facts.apn = ApnFacts("", ["internet"], "Testnet")
    facts.registration = RegistrationFacts(
        ps=RegistrationDomain(stat=1, state="home", act=act), overall="home")
    facts.operator.act = act
    results, verdict = judge(facts)
    apn = results["apn"]
    assert (apn.status, apn.detail, apn.remedy) == (
        "fail", "no APN configured (network-provided); Testnet expects internet",
        ported(remedies.apn_mismatch("", ["internet"], remedies.managed_modem(facts)), facts))
    assert (verdict.check, verdict.summary) == ("apn", f"No APN is set, and {rat} needs one.")


@pytest.mark.parametrize(("apn_facts", "detail", "remedy"), [
    (ApnFacts("", [], None), "no APN configured (network-provided); ? expects ?",
     "unknown"),
    (ApnFacts("", ["internet"], "Testnet"),
     "no APN configured (network-provided); Testnet expects internet", "mismatch"),
    (ApnFacts("private.corp", [], None),
     "the modem has \"private.corp\"; the provider database has no entry for 999/99", "unknown"),
], ids=["empty-unknown", "empty-known", "private-unknown"])
def test_apn_warnings_give_modemmanager_users_their_steps(english: None, apn_facts: ApnFacts,
                                                          detail: str, remedy: str) -> None:
    facts = managed()
    facts.apn = apn_facts
    managed_modem = remedies.managed_modem(facts)
    assert managed_modem is not None
    expected = (remedies.apn_unknown("999", "99", managed_modem) if remedy == "unknown" else
                remedies.apn_mismatch(apn_facts.configured or "", apn_facts.expected,
                                      managed_modem))
    apn = judge(facts)[0]["apn"]
    assert (apn.status, apn.detail, apn.remedy) == ("warn", detail, ported(expected, facts))
    assert "nmcli" in (apn.remedy or "") and "AT+CGDCONT" not in (apn.remedy or "")


def test_a_private_apn_with_a_working_session_warns_with_modemmanager_steps(english: None
                                                                           ) -> None:
    facts = managed()
    facts.apn = ApnFacts("private.corp", ["internet"], "Testnet")
    apn = judge(facts)[0]["apn"]
    assert (apn.status, apn.detail, apn.remedy) == (
        "warn", "modem has \"private.corp\", operator expects \"internet\" (Testnet), but a "
        "data session with it is active",
        ported(remedies.apn_mismatch("private.corp", ["internet"],
                                     remedies.managed_modem(facts)), facts))


# -- the SIM lock by source (TS 27.007 §8.3 +CPIN; ModemManager's unlock-required) ---------

SOURCES = {"at": healthy, "modemmanager": managed, "web": _web}


def _locked(source: str, state: str, raw: str, pin: int | None = None,
            puk: int | None = None) -> Facts:
    facts = SOURCES[source]()
    facts.sim.state, facts.sim.raw = state, raw
    facts.sim.pin_retries, facts.sim.puk_retries = pin, puk
    return facts


@pytest.mark.parametrize("source", sorted(SOURCES))
@pytest.mark.parametrize(("retries", "detail", "summary"), [
    (None, "+CPIN: SIM PIN, attempts left unknown", "The SIM card is locked with a PIN."),
    (2, "+CPIN: SIM PIN, 2 attempts left", "The SIM card is locked with a PIN (2 attempts left)."),
])
def test_a_pin_lock_in_full(english: None, source: str, retries: int | None, detail: str,
                            summary: str) -> None:
    facts = _locked(source, "pin-required", "+CPIN: SIM PIN", pin=retries)
    remedy = (remedies.device_pin(retries) if source == "web" else
              remedies.pin_required(retries, remedies.managed_modem(facts)))
    results, verdict = judge(facts)
    lock = results["sim-lock"]
    assert (lock.status, lock.detail, lock.remedy) == ("fail", detail, ported(remedy, facts))
    assert (verdict.check, verdict.summary) == ("sim-lock", summary)


@pytest.mark.parametrize("source", sorted(SOURCES))
@pytest.mark.parametrize(("retries", "detail"), [
    (None, "+CPIN: SIM PUK: the PIN was entered wrong too often"),
    (10, "+CPIN: SIM PUK: the PIN was entered wrong too often; 10 PUK attempts left"),
])
def test_a_puk_lock_in_full(english: None, source: str, retries: int | None,
                            detail: str) -> None:
    facts = _locked(source, "puk-required", "+CPIN: SIM PUK", puk=retries)
    remedy = (remedies.device_puk(facts, retries) if source == "web" else
              remedies.puk_required(facts, retries))
    results, verdict = judge(facts)
    lock = results["sim-lock"]
    assert (lock.status, lock.detail, lock.remedy) == ("fail", detail, ported(remedy, facts))
    assert (verdict.check, verdict.summary) == (
        "sim-lock", "The SIM card is blocked and needs its PUK code.")


def test_a_network_locked_modem_in_full(english: None) -> None:
    facts = _locked("at", "ph-net-pin", "+CPIN: PH-NET PIN")
    results, verdict = judge(facts)
    lock = results["sim-lock"]
    assert (lock.status, lock.detail, lock.remedy) == (
        "fail", "+CPIN: PH-NET PIN: the modem is locked to another operator or SIM",
        ported(remedies.device_locked("ph-net-pin", "+CPIN: PH-NET PIN"), facts))
    assert "PH-NET PIN" in (lock.remedy or "")
    assert (verdict.check, verdict.summary) == (
        "sim-lock", "The modem is locked to another operator (network lock).")


def test_a_pin2_request_is_only_a_warning(english: None) -> None:
    facts = _locked("at", "pin2-required", "+CPIN: SIM PIN2")
    lock = judge(facts)[0]["sim-lock"]
    assert (lock.status, lock.detail, lock.remedy) == (
        "warn", "+CPIN: SIM PIN2: PIN2/PUK2 is not needed for data",
        ported(remedies.pin2_required("+CPIN: SIM PIN2"), facts))
    assert "+CPIN: SIM PIN2" in (lock.remedy or "")


# -- how mmcli names a modem (ModemManager D-Bus API object paths; simtool's mm:// URLs) ----

@pytest.mark.parametrize(("device", "url", "sim", "expected"), [
    (None, "mm://7/", None, remedies.Managed("7", "any", "mm://7/")),
    ("/org/freedesktop/ModemManager1/Modem/12", None, "/org/freedesktop/ModemManager1/SIM/3",
     remedies.Managed("12", "3", "mm://12")),
    ("/dev/cdc-wdm0", "socket://10.0.0.1:7000", "/org/freedesktop/ModemManager1/SIM/2",
     remedies.Managed("0", "2", "socket://10.0.0.1:7000")),
])
def test_the_modem_and_sim_mmcli_takes(device: str | None, url: str | None, sim: str | None,
                                       expected: remedies.Managed) -> None:
    facts = managed()
    facts.port = PortFacts(device=device, url=url, via="modemmanager")
    facts.manager_sim = sim
    assert remedies.managed_modem(facts) == expected


# -- the verdict's sentence when nothing failed --------------------------------------------

def _results(**statuses: str) -> list[CheckResult]:
    """Checks with the given statuses (ids with '_' for '-'), each titled by its id."""
    return [CheckResult(check_id.replace("_", "-"), status, title, "detail")
            for check_id, (status, title) in
            ((key, (value, key.replace("_", " ").capitalize())) for key, value in
             statuses.items())]


@pytest.mark.parametrize(("statuses", "summary"), [
    ({"apn": "warn", "roaming": "warn", "data_path": "pass"},
     "The service works; see the warnings: Apn, Roaming."),
    ({"apn": "warn", "roaming": "warn"},          # no data-path check at all (ModemManager)
     "The service works; see the warnings: Apn, Roaming."),
    ({"apn": "warn", "data_path": "manual"},
     "No fault found; see the warnings: Apn. Whether traffic passes was not tested."),
    ({"apn": "pass", "data_path": "pass"},
     "The SIM, the network registration and the data service look right."),
    ({"apn": "pass"}, "The SIM, the network registration and the data service look right."),
    ({"apn": "pass", "data_path": "skip"},
     "The SIM, the network registration and the data session look right; whether traffic "
     "passes was not tested (`simtool check --data-test --allow-write` tests it)."),
], ids=["tested", "no-data-path", "untested", "clean-tested", "clean-no-data-path",
        "clean-untested"])
def test_the_verdict_says_whether_traffic_was_tested(english: None, statuses: dict[str, str],
                                                     summary: str) -> None:
    assert verdict_for(_results(**statuses), {}) == Verdict("ok", None, summary)


def test_a_question_title_ends_the_verdict_without_a_full_stop(english: None) -> None:
    results = [CheckResult("power", "warn", "Does the modem get enough power?", "detail"),
               CheckResult("data-path", "pass", "Data path", "detail")]
    assert verdict_for(results, {}).summary == (
        "The service works; see the warnings: Does the modem get enough power?")


def test_a_question_title_inside_the_verdict_takes_no_full_stop(english: None) -> None:
    # The power question answers itself when the modem restarted during the check.
    facts = healthy()
    facts.restarts = ["RDY at 12:00:01"]
    results, verdict = judge(facts)
    power = results["power"]
    assert (power.status, power.detail, power.remedy) == (
        "warn", "the modem restarted during the check (RDY at 12:00:01); modems reset like "
        "this when their power supply dips", ported(remedies.manual("power", facts), facts))
    assert verdict.summary == ("No fault found; see the warnings: Does the modem get enough "
                               "power? Whether traffic passes was not tested.")


# -- registration and radio in full -------------------------------------------------------

@pytest.mark.parametrize(("source", "detail"), [
    ("at", "the modem: registration denied"),
    ("modemmanager", "ModemManager: registration denied"),
    ("web", "the device: registration denied"),
])
def test_a_denial_without_any_domain_names_its_source(english: None, source: str,
                                                      detail: str) -> None:
    # Only the overall state known (no +CxREG line, no network text): the detail names
    # where it came from instead of starting with ": ".
    facts = SOURCES[source]()
    facts.registration = RegistrationFacts(overall="denied")
    facts.router.network_raw = None
    results, verdict = judge(facts)
    registration = results["registration"]
    assert (registration.status, registration.detail, registration.remedy) == (
        "fail", detail, ported(remedies.registration_denied(facts, None, None, None), facts))
    assert (verdict.check, verdict.summary) == (
        "registration", "The network refused to register the card.")


@pytest.mark.parametrize(("on", "expected"), [
    (False, ("fail", "the device is in airplane mode: its radio is off")),
    (True, ("pass", "the device's radio is on")),
])
def test_a_web_device_radio(english: None, on: bool, expected: tuple[str, str]) -> None:
    facts = _web()
    facts.radio.cfun, facts.radio.on = None, on
    radio = judge(facts)[0]["radio"]
    assert (radio.status, radio.detail) == expected
    assert radio.remedy == (None if on else ported(remedies.device_airplane_mode(), facts))


@pytest.mark.parametrize(("cfun", "on", "expected"), [
    # TS 27.007 §8.2 +CFUN: 0 minimum, 1 full, 4 radio off; 7 is SIMCom's offline mode.
    (0, False, ("fail", "+CFUN: 0: the radio is off (airplane mode)")),
    (4, False, ("fail", "+CFUN: 4: the radio is off (airplane mode)")),
    (None, False, ("fail", "+CFUN: ?: the radio is off (airplane mode)")),
    (None, True, ("pass", "+CFUN: 1 (radio on)")),
    (7, None, ("warn", "+CFUN: 7: an unusual radio mode")),
    (2, None, ("warn", "+CFUN: 2: an unusual radio mode")),
])
def test_the_radio_read_over_at(english: None, cfun: int | None, on: bool | None,
                                expected: tuple[str, str]) -> None:
    facts = healthy()
    facts.radio.cfun, facts.radio.on = cfun, on
    results, verdict = judge(facts)
    radio = results["radio"]
    assert (radio.status, radio.detail) == expected
    assert radio.remedy == (None if expected[0] == "pass" else
                            ported(remedies.radio_off(cfun), facts))
    if expected[0] == "fail":
        assert verdict.summary == "The modem's radio is switched off (airplane mode)."
