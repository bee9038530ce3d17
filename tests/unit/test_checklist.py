"""The checklist judges hand-built facts: one scenario per failure the design lists.

Each scenario starts from a healthy LTE modem with a China Mobile card and changes the
facts the way a real modem reports that failure (values as TS 27.007 defines them:
+CPIN texts, +CFUN 0/4, +CEREG stat/reject cause, +CGATT, ESM causes from TS 24.301).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from simtool.diagnosis.checklist import evaluate
from simtool.diagnosis.results import (
    CHECK_IDS,
    MANUAL_IDS,
    STATUSES,
    VERDICT_STATUSES,
    CheckResult,
    Verdict,
)
from simtool.facts import (
    REG_STATES,
    SIGNAL_QUALITIES,
    SIM_STATES,
    AccountResult,
    ApnFacts,
    Facts,
    HomeNetwork,
    LastError,
    OperatorFacts,
    PacketFacts,
    PdpContext,
    RadioFacts,
    RegistrationDomain,
    RegistrationFacts,
    SignalFacts,
    SimFacts,
)

ICCID = "89860012345678901234"
IMSI = "460001234567890"


def healthy() -> Facts:
    return Facts(
        reachable=True,
        radio=RadioFacts(cfun=1, on=True),
        sim=SimFacts(state="ready", raw="+CPIN: READY", iccid=ICCID, imsi=IMSI,
                     home=HomeNetwork("460", "00")),
        signal=SignalFacts(rssi_dbm=-67, ber=99, rsrp_dbm=-88, rsrq_db=-9, sinr_db=12,
                           quality="good"),
        registration=RegistrationFacts(
            eps=RegistrationDomain(stat=1, state="home", tac="1A2B", ci="1C2D3E", act=7),
            overall="home"),
        operator=OperatorFacts(name="CHINA MOBILE", mcc="460", mnc="00", act=7, mode=0),
        packet=PacketFacts(attached=True,
                           contexts=[PdpContext(1, "IP", "cmnet", True)]),
        apn=ApnFacts("cmnet", ["cmnet"], "China Mobile"),
    )


def _denied(cause: int, domain: str = "eps") -> Callable[[Facts], None]:
    def change(f: Facts) -> None:
        reg = RegistrationDomain(stat=3, state="denied", tac="1A2B", act=7, reject_cause=cause)
        f.registration = RegistrationFacts(overall="denied", **{domain: reg})
        f.packet = PacketFacts(attached=False, contexts=[PdpContext(1, "IP", "cmnet", False)])
    return change


def _refused(cause: int | None, text: str | None = None) -> Callable[[Facts], None]:
    def change(f: Facts) -> None:
        f.packet = PacketFacts(attached=True, contexts=[PdpContext(1, "IP", "cmnet", False)],
                               last_error=LastError(text, cause))
    return change


def _refused_apn_unknown(cause: int) -> Callable[[Facts], None]:
    def change(f: Facts) -> None:
        _refused(cause)(f)
        # 001/01 is the 3GPP test network: no provider database entry to compare with.
        f.sim.home = HomeNetwork("001", "01")
        f.sim.imsi = "001010123456789"
        f.apn = ApnFacts("cmnet", [], None)
    return change


def _sim(state: str, raw: str, pin_retries: int | None = None,
         puk_retries: int | None = None) -> Callable[[Facts], None]:
    def change(f: Facts) -> None:
        f.sim = SimFacts(state=state, raw=raw, iccid=ICCID, pin_retries=pin_retries,
                         puk_retries=puk_retries, home=HomeNetwork("460", "00"))
        f.registration = RegistrationFacts(
            eps=RegistrationDomain(stat=0, state="not-registered"), overall="not-registered")
        f.packet = PacketFacts(attached=False)
    return change


def _port(kind: str, error: str) -> Callable[[Facts], Facts]:
    def change(f: Facts) -> Facts:
        # Nothing but the port is known when it fails.
        return Facts(port=f.port, reachable=False, port_error=error, port_error_kind=kind)
    return change


def _radio_off(f: Facts) -> None:
    f.radio = RadioFacts(cfun=4, on=False)
    f.signal = SignalFacts(quality="none")
    f.registration = RegistrationFacts(
        eps=RegistrationDomain(stat=0, state="not-registered"), overall="not-registered")
    f.packet = PacketFacts(attached=False)


def _no_signal(f: Facts) -> None:
    f.signal = SignalFacts(ber=99, quality="none")      # +CSQ: 99,99, no +CESQ values
    f.registration = RegistrationFacts(
        eps=RegistrationDomain(stat=2, state="searching"), overall="searching")
    f.packet = PacketFacts(attached=False)


def _very_weak_unregistered(f: Facts) -> None:
    f.signal = SignalFacts(rsrp_dbm=-124, rssi_dbm=-101, quality="poor")
    f.registration = RegistrationFacts(
        eps=RegistrationDomain(stat=2, state="searching", act=7), overall="searching")
    f.operator = OperatorFacts(act=7)
    f.packet = PacketFacts(attached=False)


def _weak_but_registered(f: Facts) -> None:
    f.signal = SignalFacts(rsrp_dbm=-118, rssi_dbm=-97, quality="poor")


def _searching(f: Facts) -> None:
    f.registration = RegistrationFacts(
        eps=RegistrationDomain(stat=2, state="searching", act=7), overall="searching")
    f.packet = PacketFacts(attached=False)


def _roaming(f: Facts) -> None:
    f.registration = RegistrationFacts(
        eps=RegistrationDomain(stat=5, state="roaming", act=7), overall="roaming")
    f.operator = OperatorFacts(name="Vodafone.de", mcc="262", mnc="02", act=7)


def _wrong_apn(f: Facts) -> None:
    f.apn = ApnFacts("internet.example", ["cmnet"], "China Mobile")
    f.packet = PacketFacts(attached=True,
                           contexts=[PdpContext(1, "IP", "internet.example", False)])


def _empty_apn_lte(f: Facts) -> None:
    f.apn = ApnFacts("", ["cmnet"], "China Mobile")
    f.packet = PacketFacts(attached=True, contexts=[PdpContext(1, "IP", "", True)])


def _attach_refused(f: Facts) -> None:
    f.packet = PacketFacts(attached=False, contexts=[PdpContext(1, "IP", "cmnet", False)])


def _attach_rejected_7(f: Facts) -> None:
    # Voice registered on +CREG, EPS refused with EMM #7 (EPS services not allowed).
    f.registration = RegistrationFacts(
        cs=RegistrationDomain(stat=1, state="home", lac="2A", ci="1C2D", act=7),
        eps=RegistrationDomain(stat=3, state="denied", act=7, reject_cause=7),
        overall="home")
    f.packet = PacketFacts(attached=False, contexts=[PdpContext(1, "IP", "cmnet", False)])


def _emergency_only(f: Facts) -> None:
    f.registration = RegistrationFacts(
        eps=RegistrationDomain(stat=8, state="emergency-only", act=7),
        overall="emergency-only")


# id -> (change, expected verdict check id or None, strings the failing/warning result
# (detail + remedy + verdict summary) must contain)
Change = Callable[[Facts], Facts | None]
SCENARIOS: dict[str, tuple[Change, str | None, tuple[str, ...]]] = {
    "healthy": (lambda f: None, None, ()),
    "no-sim": (_sim("not-inserted", "+CME ERROR: 10"), "sim-present", ("+CME ERROR: 10",)),
    "sim-failure": (_sim("failure", "+CME ERROR: 13"), "sim-health",
                    ("+CME ERROR: 13", "damaged", ICCID)),
    "sim-wrong": (_sim("wrong", "+CME ERROR: 15"), "sim-health", ("+CME ERROR: 15",)),
    "sim-busy": (_sim("busy", "+CME ERROR: 14"), "sim-health", ("did not finish starting",)),
    "pin-3": (_sim("pin-required", "+CPIN: SIM PIN", pin_retries=3), "sim-lock",
              ("+CPIN: SIM PIN", "3 attempts left", "simtool unlock")),
    "pin-1": (_sim("pin-required", "+CPIN: SIM PIN", pin_retries=1), "sim-lock",
              ("1 attempt", "Never guess")),
    "puk": (_sim("puk-required", "+CPIN: SIM PUK", puk_retries=10), "sim-lock",
            ("+CPIN: SIM PUK", "10 PUK attempts", "card holder", "10 wrong PUKs", ICCID)),
    "ph-net-pin": (_sim("ph-net-pin", "+CPIN: PH-NET PIN"), "sim-lock",
                   ("PH-NET PIN", "another operator")),
    "radio-off": (_radio_off, "radio", ("+CFUN: 4", "simtool radio on --allow-write")),
    "no-signal": (_no_signal, "signal", ("no signal", "antenna")),
    "very-weak": (_very_weak_unregistered, "signal", ("RSRP -124 dBm on LTE", "very weak",
                                                      "-90 dBm or better")),
    "weak-registered": (_weak_but_registered, None, ("RSRP -118 dBm on LTE", "very weak",
                                                     "-110 dBm")),
    "searching": (_searching, "registration", ("looking for a network", "stat 2")),
    "emergency-only": (_emergency_only, "registration", ("emergency", ICCID)),
    "denied-2": (_denied(2), "registration",
                 ("+CEREG: stat 3 (denied), reject cause #2", "not activated", "EMM cause #2",
                  ICCID, IMSI, "restart the modem")),
    "denied-8": (_denied(8), "registration",
                 ("reject cause #8", "EMM cause #8", "unpaid balance", ICCID, IMSI)),
    "denied-11": (_denied(11), "registration", ("reject cause #11", "AT+COPS=0", ICCID)),
    "denied-12": (_denied(12), "registration", ("reject cause #12", "area", ICCID)),
    "denied-13": (_denied(13), "registration",
                  ("reject cause #13", "Roaming is not allowed", ICCID)),
    "denied-2-gmm": (_denied(2, "ps"), "registration", ("+CGREG", "GMM cause #2")),
    "denied-no-cause": (_denied(0), "registration", ("no reject cause given", ICCID)),
    "roaming": (_roaming, None, ("roaming on Vodafone.de (262/02)",)),
    "wrong-apn": (_wrong_apn, "apn", ('modem has "internet.example"', '"cmnet"',
                                      "simtool apn")),
    "empty-apn-lte": (_empty_apn_lte, None, ("network-provided", "cmnet")),
    "attach-refused": (_attach_refused, "data-attach", ("+CGATT: 0", "data service not allowed",
                                                        ICCID)),
    "attach-rejected-7": (_attach_rejected_7, "data-attach",
                          ("+CGATT: 0", "reject cause #7", "EMM cause #7", ICCID, IMSI)),
    "data-8": (_refused(8, "+CME ERROR: 177"), "data-session",
               ("ESM cause #8", "Operator determined barring", "unpaid balance", ICCID, IMSI)),
    "data-27": (_refused(27), "data-session", ("ESM cause #27", "APN", "simtool apn")),
    "data-29": (_refused(29), "data-session", ("ESM cause #29", "username", "password")),
    # The APN matches the provider database, so #33 points at the plan, not the APN.
    "data-33": (_refused(33, '+CEER: "SM activation error",133,"Requested service option not '
                         'subscribed"'), "data-session",
                ("ESM cause #33", "is the operator's", "plan expired", "quota",
                 "simtool balance", ICCID, "SM activation error")),
    # Nothing to compare the APN with: #33 may still mean a wrong APN, so check it first.
    "data-33-apn-unknown": (_refused_apn_unknown(33), "data-session",
                            ("ESM cause #33", "check the APN", "plan expired",
                             "simtool balance")),
    "data-99": (_refused(99), "data-session", ("#99", ICCID)),
    "data-text-only": (_refused(None, "+CEER: Bearer activation rejected"), "data-session",
                       ("Bearer activation rejected",)),
    "no-session": (_refused(None, "+CEER: No cause information available"), None,
                   ("simtool connect-test",)),
    "port-busy": (_port("busy", "/dev/ttyUSB2 is in use by ModemManager (pid 812)."), "port",
                  ("ModemManager",)),
    "port-permission": (_port("permission", "Permission denied: /dev/ttyUSB2"), "port",
                        ("dialout", "Permission denied")),
    "port-not-found": (_port("not-found", "No such port: /dev/ttyUSB9"), "port",
                       ("simtool ports", "/dev/ttyUSB9")),
}


def _run(name: str) -> tuple[Facts, list[CheckResult], Verdict]:
    change, _, _ = SCENARIOS[name]
    facts = healthy()
    facts = change(facts) or facts
    results, verdict = evaluate(facts)
    return facts, results, verdict


@pytest.mark.parametrize("name", SCENARIOS)
def test_verdict_names_the_root_cause(name: str) -> None:
    _, expected_check, _ = SCENARIOS[name]
    _, results, verdict = _run(name)
    assert verdict.check == expected_check
    if expected_check is None:
        assert verdict.status == "ok"
    else:
        assert verdict.status == "problem"
        first_fail = next(r for r in results if r.status == "fail")
        assert first_fail.id == expected_check


@pytest.mark.parametrize("name", SCENARIOS)
def test_detail_and_remedy_quote_the_facts(name: str) -> None:
    _, expected_check, needles = SCENARIOS[name]
    _, results, verdict = _run(name)
    text = "\n".join(f"{r.detail}\n{r.remedy or ''}" for r in results
                     if r.status in ("fail", "warn"))
    text += "\n" + verdict.summary
    for needle in needles:
        assert needle in text, f"{needle!r} missing from:\n{text}"


@pytest.mark.parametrize("name", SCENARIOS)
def test_every_check_in_order_with_a_valid_status(name: str) -> None:
    _, results, verdict = _run(name)
    assert [r.id for r in results] == [*CHECK_IDS, *MANUAL_IDS]
    assert all(r.status in STATUSES for r in results)
    assert all(r.title for r in results)
    assert verdict.status in VERDICT_STATUSES


@pytest.mark.parametrize("name", SCENARIOS)
def test_no_failing_or_warning_check_lacks_a_remedy(name: str) -> None:
    _, results, _ = _run(name)
    for result in results:
        if result.status in ("fail", "warn"):
            assert result.remedy, f"{result.id} ({result.status}) has no remedy"
            assert result.remedy.startswith("1. ")


@pytest.mark.parametrize("name", SCENARIOS)
def test_skipped_checks_say_why(name: str) -> None:
    _, results, _ = _run(name)
    for result in results:
        if result.status == "skip":
            assert result.detail.startswith("skipped: ")


def test_healthy_passes_everything_but_the_manual_items() -> None:
    _, results, verdict = _run("healthy")
    by_id = {r.id: r.status for r in results}
    assert all(by_id[i] == "pass" for i in CHECK_IDS if i != "account")
    assert by_id["account"] == "manual"
    assert all(by_id[i] == "manual" for i in MANUAL_IDS)
    assert "RSRP -88 dBm on LTE" in next(r.detail for r in results if r.id == "signal")


def test_locked_sim_skips_registration_but_still_judges_the_signal() -> None:
    _, results, verdict = _run("pin-3")
    by_id = {r.id: r for r in results}
    assert verdict.summary == "The SIM card is locked with a PIN (3 attempts left)."
    assert by_id["signal"].status == "pass"
    assert by_id["registration"].status == "skip"
    assert "the SIM is locked" in by_id["registration"].detail
    assert by_id["data-session"].status == "skip"


def test_unreachable_port_skips_everything_after_it() -> None:
    _, results, verdict = _run("port-busy")
    assert verdict.status == "problem" and verdict.check == "port"
    for result in results[1:len(CHECK_IDS)]:
        assert result.status == "skip"
        assert "could not be reached" in result.detail


def test_radio_off_still_judges_the_sim_and_the_apn() -> None:
    _, results, _ = _run("radio-off")
    by_id = {r.id: r.status for r in results}
    assert by_id["sim-lock"] == "pass"
    assert by_id["apn"] == "pass"
    assert by_id["signal"] == "skip"
    assert by_id["registration"] == "skip"


def test_weak_signal_while_registered_is_a_warning() -> None:
    _, results, verdict = _run("weak-registered")
    signal = next(r for r in results if r.id == "signal")
    assert signal.status == "warn"
    assert "Signal" in verdict.summary


def test_data_only_card_with_cs_denied_is_still_registered() -> None:
    # Data-only IoT card: +CREG: 2,3 (CS denied, MM #2) while +CEREG is home.
    facts = healthy()
    facts.registration.cs = RegistrationDomain(stat=3, state="denied", reject_cause=2)
    results, verdict = evaluate(facts)
    assert verdict.status == "ok"
    assert next(r for r in results if r.id == "registration").status == "pass"


def test_searching_with_a_reject_cause_reports_the_cause() -> None:
    # nRF9160 reports "+CEREG: 2,"09C5","020C7B16",7,0,11": stat 2 with EMM cause #11.
    facts = healthy()
    facts.registration = RegistrationFacts(
        eps=RegistrationDomain(stat=2, state="searching", tac="9C5", ci="20C7B16", act=7,
                               reject_cause=11), overall="searching")
    results, verdict = evaluate(facts)
    assert verdict.check == "registration"
    assert "EMM cause #11" in verdict.summary
    assert "AT+COPS=0" in (next(r for r in results if r.id == "registration").remedy or "")


def test_session_cause_namespace_follows_the_radio() -> None:
    facts = healthy()
    _refused(33)(facts)
    facts.registration.eps = RegistrationDomain(stat=1, state="home", act=2)   # UTRAN
    facts.operator.act = 2
    _, verdict = evaluate(facts)
    assert "SM cause #33" in verdict.summary and "ESM" not in verdict.summary


def test_empty_apn_on_umts_fails() -> None:
    facts = healthy()
    facts.apn = ApnFacts("", ["cmnet"], "China Mobile")
    facts.packet.contexts = []
    facts.registration.eps = RegistrationDomain(stat=1, state="home", act=2)
    facts.operator.act = 2
    _, verdict = evaluate(facts)
    assert verdict.check == "apn"


def test_apn_without_database_entry_warns() -> None:
    facts = healthy()
    facts.apn = ApnFacts("iot.private", [], None)
    facts.sim.home = HomeNetwork("999", "99")
    results, verdict = evaluate(facts)
    apn = next(r for r in results if r.id == "apn")
    assert apn.status == "warn"
    assert "999/99" in apn.detail
    assert verdict.status == "ok"


def test_apn_matches_case_insensitively() -> None:
    facts = healthy()
    facts.apn.configured = "CMNET"
    results, _ = evaluate(facts)
    assert next(r for r in results if r.id == "apn").status == "pass"


def test_private_apn_that_works_is_only_a_warning() -> None:
    facts = healthy()
    facts.apn.configured = "company.iot"
    facts.packet.contexts = [PdpContext(1, "IP", "company.iot", True)]
    results, verdict = evaluate(facts)
    assert next(r for r in results if r.id == "apn").status == "warn"
    assert verdict.status == "ok"


def test_manual_answers() -> None:
    answers = {"other-device": True, "power": False, "firmware": None, "host-data": False}
    results, verdict = evaluate(healthy(), manual_answers=answers)
    by_id = {r.id: r for r in results}
    assert by_id["other-device"].status == "pass"
    assert by_id["power"].status == "warn" and by_id["power"].remedy
    assert by_id["firmware"].status == "manual"
    assert by_id["host-data"].status == "fail"
    assert verdict.check == "host-data"


def test_account_result_is_shown() -> None:
    answer = AccountResult(ok=True, text="Your balance is -3.20 CNY", code_used="*100#")
    results, _ = evaluate(healthy(), account=answer)
    account = next(r for r in results if r.id == "account")
    assert account.status == "pass"
    assert "*100#" in account.detail and "-3.20 CNY" in account.detail


def test_unreadable_facts_are_inconclusive() -> None:
    facts = Facts(reachable=True)      # the modem answered AT but nothing else was read
    results, verdict = evaluate(facts)
    assert verdict.status == "inconclusive"
    assert verdict.check is None
    assert any(r.status == "error" for r in results)


def test_unreadable_sim_state_is_not_judged_twice() -> None:
    facts = healthy()
    facts.sim.state, facts.sim.raw = "unknown", "+CPIN: GARBLED"
    results, verdict = evaluate(facts)
    by_id = {r.id: r for r in results}
    assert by_id["sim-present"].status == "error"
    assert "+CPIN: GARBLED" in by_id["sim-present"].detail
    assert by_id["sim-health"].status == "skip" and by_id["sim-lock"].status == "skip"
    # It registered and has a data session, so the SIM evidently works.
    assert verdict.status == "ok"


def test_unreadable_sim_state_without_registration_is_inconclusive() -> None:
    facts = healthy()
    facts.sim.state, facts.sim.raw = "unknown", "+CPIN: GARBLED"
    facts.registration = RegistrationFacts()
    _, verdict = evaluate(facts)
    assert verdict.status == "inconclusive"
    assert "SIM card present" in verdict.summary


def test_expected_apn_comes_from_the_provider_database_when_the_reader_left_it_empty() -> None:
    # What the reader gives without a database lookup: only the IMSI and +CGDCONT.
    facts = healthy()
    facts.sim.home = HomeNetwork()
    facts.apn = ApnFacts()
    facts.packet.contexts = [PdpContext(1, "IP", "internet", False)]
    results, verdict = evaluate(facts)
    assert facts.sim.home == HomeNetwork("460", "00")
    # The consumer APN first, then the IoT APN the provider overlay adds for 460/00.
    assert facts.apn == ApnFacts("internet", ["cmnet", "cmiot"], "China Mobile")
    assert verdict.check == "apn"
    assert verdict.summary == ('The APN is wrong: the modem has "internet", the operator '
                               'expects "cmnet".')
    assert 'modem has "internet", operator expects "cmnet" / "cmiot" (China Mobile)' in next(
        r.detail for r in results if r.id == "apn")


def test_facts_the_reader_set_are_not_overridden() -> None:
    facts = healthy()
    facts.apn = ApnFacts("company.iot", ["company.iot"], "Company private APN")
    results, _ = evaluate(facts)
    assert facts.apn.expected == ["company.iot"]
    assert next(r for r in results if r.id == "apn").status == "pass"


_maybe_int = st.none() | st.integers(min_value=-5, max_value=300)
_domain = st.none() | st.builds(
    RegistrationDomain, stat=_maybe_int, state=st.none() | st.sampled_from(REG_STATES),
    act=_maybe_int, reject_cause=_maybe_int)
_arbitrary_facts = st.builds(
    Facts,
    reachable=st.none() | st.booleans(),
    port_error_kind=st.none() | st.sampled_from(
        ("not-found", "permission", "busy", "silent", "vanished", "other")),
    radio=st.builds(RadioFacts, cfun=_maybe_int, on=st.none() | st.booleans()),
    sim=st.builds(SimFacts, state=st.none() | st.sampled_from(SIM_STATES),
                  raw=st.none() | st.text(max_size=20), iccid=st.none() | st.just(ICCID),
                  imsi=st.none() | st.text(alphabet="0123456789", max_size=15),
                  pin_retries=_maybe_int, puk_retries=_maybe_int),
    signal=st.builds(SignalFacts,
                     rssi_dbm=st.none() | st.floats(-140, 0), rsrp_dbm=st.none() |
                     st.floats(-160, -30), rscp_dbm=st.none() | st.floats(-130, -20),
                     quality=st.none() | st.sampled_from(SIGNAL_QUALITIES)),
    registration=st.builds(RegistrationFacts, cs=_domain, ps=_domain, eps=_domain,
                           nr5g=_domain,
                           overall=st.none() | st.sampled_from(REG_STATES)),
    packet=st.builds(PacketFacts, attached=st.none() | st.booleans(),
                     contexts=st.lists(st.builds(PdpContext, cid=st.integers(1, 3),
                                                 apn=st.none() | st.sampled_from(
                                                     ("", "cmnet", "internet")),
                                                 active=st.none() | st.booleans()),
                                       max_size=2),
                     last_error=st.builds(LastError, text=st.none() | st.text(max_size=30),
                                          cause=_maybe_int)),
    apn=st.builds(ApnFacts, configured=st.none() | st.sampled_from(("", "cmnet", "x")),
                  expected=st.lists(st.sampled_from(("cmnet", "x")), max_size=2),
                  provider=st.none() | st.just("P")),
    connection_test=st.none() | st.booleans(),
)


@settings(max_examples=300, deadline=None)
@given(_arbitrary_facts, st.dictionaries(st.sampled_from(MANUAL_IDS),
                                         st.none() | st.booleans()))
def test_any_facts_give_a_complete_consistent_result(facts: Facts,
                                                     answers: dict[str, bool | None]) -> None:
    results, verdict = evaluate(facts, manual_answers=answers)
    assert [r.id for r in results] == [*CHECK_IDS, *MANUAL_IDS]
    assert all(r.status in STATUSES for r in results)
    for result in results:
        if result.status in ("fail", "warn"):
            assert result.remedy
        if result.status == "skip":
            assert result.detail.startswith("skipped: ")
    fails = [r.id for r in results if r.status == "fail"]
    assert verdict.status in VERDICT_STATUSES
    assert (verdict.status == "problem") == bool(fails)
    assert verdict.check == (fails[0] if fails else None)
    assert verdict.summary


def test_no_signal_values_while_searching_is_no_signal() -> None:
    # +CSQ: 99,99 and +CESQ: 99,99,255,255,255,255 (TS 27.007: not known or not detectable)
    facts = healthy()
    facts.signal = SignalFacts(ber=99)
    _searching(facts)
    _, verdict = evaluate(facts)
    assert verdict.check == "signal"


@pytest.mark.parametrize("domains", [
    # SMS-only on CS while LTE searches: the modem cannot carry data yet (searching wins).
    {"cs": RegistrationDomain(stat=6, state="home-sms-only"),
     "eps": RegistrationDomain(stat=2, state="searching")},
    # Denied on LTE, home on CS: registered.
    {"cs": RegistrationDomain(stat=1, state="home"),
     "eps": RegistrationDomain(stat=3, state="denied", reject_cause=15)},
    # Stat numbers only (a report written by another tool): 2 = searching, 3 = denied.
    {"ps": RegistrationDomain(stat=3), "eps": RegistrationDomain(stat=2)},
])
def test_reports_without_overall_state_are_judged_like_the_reader_would(
        domains: dict[str, RegistrationDomain]) -> None:
    # One consolidation rule (ModemManager's) for facts the reader consolidated and for
    # facts that arrive without `registration.overall`.
    from simtool.facts import overall_state

    read = healthy()
    read.registration = RegistrationFacts(**domains)
    foreign = healthy()
    foreign.registration = RegistrationFacts(**domains)
    read.registration.overall = overall_state(
        (read.registration.cs, read.registration.ps, read.registration.eps,
         read.registration.nr5g))
    assert read.registration.overall is not None
    assert foreign.registration.overall is None
    checks_read, verdict_read = evaluate(read)
    checks_foreign, verdict_foreign = evaluate(foreign)
    assert verdict_foreign == verdict_read
    assert [(c.id, c.status) for c in checks_foreign] == [(c.id, c.status) for c in checks_read]
