"""Tests written against mutants of simtool/diagnosis/ that survived scripts/mutation.sh and
test_mutants_checklist.py (docs/mutation.md): the checklist judged on hand-built facts at the
edges of its branches, and the remedies each branch picks.

Each scenario goes through `judge`, which also holds every text to the contract the
checklist keeps for any facts: no "None" (a value not filled in), no stray marker, a detail
for every check, remedies numbered 1, 2, 3... without gaps.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from unittest import mock

import pytest

from simtool.diagnosis import channels, esim, evidence, remedies
from simtool.diagnosis.causes import mobility_cause, session_cause
from simtool.diagnosis.checklist import _no_information, evaluate
from simtool.diagnosis.results import CHECK_IDS, MANUAL_IDS, CheckResult, Verdict
from simtool.facts import (
    AccountResult,
    ApnFacts,
    CardHistory,
    DataPathResult,
    EsimProfile,
    Facts,
    HomeNetwork,
    LastError,
    Notice,
    OperatorFacts,
    PacketFacts,
    PdpContext,
    PortFacts,
    RadioFacts,
    RegistrationDomain,
    RegistrationFacts,
    RouterFacts,
    SignalFacts,
    SimFacts,
)
from simtool.i18n import set_language
from simtool.providers import database as providers
from simtool.providers.database import OperatorInfo, RechargeChannel

pytestmark = pytest.mark.usefixtures("english")

ICCID = "89990012345678901234"
IMSI = "999990123456789"


def healthy(**changes: object) -> Facts:
    """A healthy LTE modem on a network the provider database does not know (999/99), so the
    remedies keep their generic steps."""
    facts = Facts(
        reachable=True,
        port=PortFacts(device="/dev/ttyUSB2", via="at"),
        radio=RadioFacts(cfun=1, on=True),
        sim=SimFacts(state="ready", raw="+CPIN: READY", iccid=ICCID, imsi=IMSI,
                     home=HomeNetwork("999", "99")),
        signal=SignalFacts(rssi_dbm=-67, rsrp_dbm=-88, quality="good"),
        registration=RegistrationFacts(
            eps=RegistrationDomain(stat=1, state="home", tac="1A2B", ci="1C2D3E", act=7),
            overall="home"),
        operator=OperatorFacts(name="TESTNET", mcc="999", mnc="99", act=7, mode=0),
        packet=PacketFacts(attached=True, contexts=[PdpContext(1, "IP", "internet", True)]),
        apn=ApnFacts("internet", ["internet"], "Testnet"),
    )
    for name, value in changes.items():
        setattr(facts, name, value)
    return facts


def managed(**changes: object) -> Facts:
    """The same modem read through ModemManager (mm://4, SIM object 2)."""
    facts = healthy(**changes)
    facts.port = PortFacts(url="mm://4", device="/org/freedesktop/ModemManager1/Modem/4",
                           via="modemmanager")
    facts.modem.state = "registered"
    facts.manager_sim = "/org/freedesktop/ModemManager1/SIM/2"
    return facts


def ported(remedy: str, facts: Facts) -> str | None:
    """A remedy as the checklist shows it: simtool commands name the port."""
    return remedies.with_port(remedy, facts.port.url)


def _numbered_right(remedy: str) -> bool:
    lines = remedy.splitlines()
    return all(re.match(rf"{index}\. \S", line) for index, line in enumerate(lines, start=1))


def judge(facts: Facts, **kwargs: object) -> tuple[dict[str, CheckResult], Verdict]:
    results, verdict = evaluate(facts, **kwargs)  # type: ignore[arg-type]
    assert [r.id for r in results] == [*CHECK_IDS, *MANUAL_IDS]
    for result in results:
        assert result.detail, result
        for text in (result.detail, result.remedy or "", result.title):
            assert "None" not in text and "XX" not in text, (result.id, text)
        if result.remedy is not None:
            assert _numbered_right(result.remedy), (result.id, result.remedy)
    assert all(r.status in ("pass", "warn", "fail", "skip", "manual", "error")
               for r in results)
    assert verdict.summary and "None" not in verdict.summary and "XX" not in verdict.summary
    if verdict.check is not None:
        # The root cause gives its own sentence, not the generic "title: detail".
        title = next(r.title for r in results if r.id == verdict.check)
        assert not verdict.summary.startswith(f"{title}: "), verdict.summary
    return {r.id: r for r in results}, verdict


def statuses(results: dict[str, CheckResult]) -> dict[str, str]:
    return {check_id: r.status for check_id, r in results.items()}


def steps(remedy: str | None) -> list[str]:
    """The steps of a numbered remedy without their numbers."""
    assert remedy is not None
    return [line.split(". ", 1)[1] for line in remedy.splitlines()]


# -- registration ----------------------------------------------------------------------------


def _unregistered(facts: Facts, overall: str, **domains: RegistrationDomain) -> Facts:
    facts.registration = RegistrationFacts(overall=overall, **domains)  # type: ignore[arg-type]
    facts.packet = PacketFacts(attached=False)
    return facts


def test_a_registration_quotes_each_domain_by_its_command_and_stat():
    facts = healthy()
    facts.registration = RegistrationFacts(
        cs=RegistrationDomain(stat=1, state="home"),
        eps=RegistrationDomain(stat=1, state="home", act=7),
        nr5g=RegistrationDomain(stat=0, state="not-registered"), overall="home")
    results, verdict = judge(facts)
    detail = results["registration"].detail
    # The registered domains only, newest first; the idle +C5GREG is left out.
    assert detail == "registered (home) on TESTNET: +CEREG: stat 1 (home); +CREG: stat 1 (home)"
    assert results["roaming"].detail == "home network: TESTNET (999/99)"
    assert verdict.status == "ok"
    facts.operator = OperatorFacts(act=7)
    facts.registration.cs = None
    results, _ = judge(facts)
    assert results["registration"].detail == "registered (home) on ?: +CEREG: stat 1 (home)"
    assert results["roaming"].detail == "home network: ?"
    # MCC without MNC: no pair to quote.
    facts.operator = OperatorFacts(name="TESTNET", mcc="999")
    results, _ = judge(facts)
    assert results["roaming"].detail == "home network: TESTNET"


def test_a_registration_known_only_from_the_overall_state():
    facts = healthy()
    facts.registration = RegistrationFacts(overall="home")
    results, _ = judge(facts)
    assert results["registration"].status == "pass"
    assert results["registration"].detail == "registered (home) on TESTNET: ?"


@pytest.mark.parametrize(("stat", "shown"), [(0, "not-registered"), (2, "searching"),
                                             (11, "attached-rlos"), (12, "?"), (-1, "?")])
def test_a_domain_without_a_state_name_is_quoted_by_its_stat(stat, shown):
    # A hand-made or older report: only the 3GPP stat number (TS 27.007 +CEREG <stat> 0..11).
    facts = _unregistered(healthy(), "searching",
                          eps=RegistrationDomain(stat=stat), ps=RegistrationDomain(stat=2))
    results, _ = judge(facts)
    assert results["registration"].detail.startswith(
        f"+CEREG: stat {stat} ({shown}); +CGREG: stat 2 (searching)")


def test_a_domain_without_stat_or_state():
    facts = _unregistered(healthy(), "searching", eps=RegistrationDomain())
    results, _ = judge(facts)
    assert results["registration"].detail.startswith("+CEREG: stat ? (?)")


def test_registration_through_modemmanager_quotes_modemmanager_not_at():
    facts = _unregistered(managed(), "searching",
                          eps=RegistrationDomain(stat=2, state="searching"),
                          ps=RegistrationDomain(stat=2, state="searching"))
    results, verdict = judge(facts)
    detail = results["registration"].detail
    assert detail.startswith("ModemManager: registration searching; ModemManager: "
                             "registration searching")
    assert "+CEREG" not in detail and "+CGREG" not in detail
    assert results["registration"].status == "fail"
    assert results["registration"].remedy == ported(
        remedies.searching(remedies.managed_modem(facts)), facts)
    assert "`mmcli -m 4 --3gpp-register-home`" in (results["registration"].remedy or "")
    assert verdict.check == "registration"
    unknown = _unregistered(managed(), "searching", eps=RegistrationDomain())
    assert judge(unknown)[0]["registration"].detail.startswith(
        "ModemManager: registration ?")
    nothing = _unregistered(managed(), None)  # type: ignore[arg-type]
    results, _ = judge(nothing)
    assert results["registration"].status == "error"


@pytest.mark.parametrize("domain", ["eps", "ps", "cs", "nr5g"])
def test_a_reject_cause_is_named_in_its_domains_namespace(domain):
    # TS 24.301 / 24.008 / 24.501: the same number, one namespace per domain.
    namespace = {"eps": "EMM", "ps": "GMM", "cs": "MM", "nr5g": "5GMM"}[domain]
    command = {"eps": "+CEREG", "ps": "+CGREG", "cs": "+CREG", "nr5g": "+C5GREG"}[domain]
    facts = _unregistered(healthy(), "denied",
                          **{domain: RegistrationDomain(stat=3, state="denied",
                                                        reject_cause=15)})
    results, verdict = judge(facts)
    cause = mobility_cause(15, namespace)
    assert cause is not None
    reg = results["registration"]
    assert reg.status == "fail"
    assert reg.detail == (f"{command}: stat 3 (denied), reject cause #15 ({namespace}: "
                          f"{cause.name}): {cause.meaning}")
    assert verdict.check == "registration"
    assert f"{namespace} cause #15" in verdict.summary and cause.meaning in verdict.summary
    assert reg.remedy == ported(remedies.registration_denied(facts, cause, namespace, 15), facts)
    assert f"{namespace} cause #15 ({cause.name})" in reg.remedy


def test_a_reject_cause_with_a_searching_stat_still_is_the_verdict():
    # nRF modems report #11 with stat 2 (searching): the cause is what counts.
    facts = _unregistered(healthy(), "searching",
                          eps=RegistrationDomain(stat=2, state="searching", reject_cause=11))
    results, verdict = judge(facts)
    cause = mobility_cause(11, "EMM")
    assert cause is not None
    assert results["registration"].remedy == remedies.registration_denied(
        facts, cause, "EMM", 11)
    assert "`AT+COPS=0`" in (results["registration"].remedy or "")
    assert "EMM cause #11" in verdict.summary


def test_a_reject_cause_outside_the_tables():
    facts = _unregistered(healthy(), "denied",
                          eps=RegistrationDomain(stat=3, state="denied", reject_cause=250))
    results, verdict = judge(facts)
    reg = results["registration"]
    assert reg.detail == ("+CEREG: stat 3 (denied), reject cause #250: EMM cause #250, not in "
                          "the 3GPP tables")
    assert "EMM cause #250" in verdict.summary
    assert reg.remedy == remedies.registration_denied(facts, None, "EMM", 250)
    assert "EMM cause #250" in reg.remedy


def test_a_denial_without_a_cause():
    facts = _unregistered(healthy(), "denied", eps=RegistrationDomain(stat=3, state="denied"),
                          cs=RegistrationDomain(stat=0, state="not-registered"))
    results, verdict = judge(facts)
    reg = results["registration"]
    assert reg.status == "fail"
    assert reg.detail.startswith("+CEREG: stat 3 (denied); +CREG: stat 0 (not-registered)")
    assert reg.remedy == remedies.registration_denied(facts, None, None, None)
    assert verdict.check == "registration"
    assert verdict.summary == "The network refused to register the card."


def test_the_other_registration_failures_are_the_verdict_with_their_remedy():
    searching = _unregistered(healthy(), "searching",
                              eps=RegistrationDomain(stat=2, state="searching"))
    results, verdict = judge(searching)
    assert (results["registration"].status, verdict.check) == ("fail", "registration")
    assert results["registration"].remedy == remedies.searching()
    assert verdict.summary == "The modem is looking for a network but has not registered."
    emergency = _unregistered(healthy(), "emergency-only",
                              eps=RegistrationDomain(stat=8, state="emergency-only"))
    results, verdict = judge(emergency)
    assert results["registration"].detail.startswith("+CEREG: stat 8 (emergency-only)")
    assert results["registration"].remedy == remedies.emergency_only(emergency)
    assert verdict.summary == "The network allows emergency calls only for this card."
    idle = _unregistered(healthy(), "not-registered",
                         eps=RegistrationDomain(stat=0, state="not-registered"))
    results, verdict = judge(idle)
    assert results["registration"].remedy == remedies.not_searching()
    assert verdict.check == "registration"
    unknown = _unregistered(healthy(), "unknown", eps=RegistrationDomain(stat=4, state="unknown"))
    results, verdict = judge(unknown)
    assert results["registration"].status == "error"
    assert "+CEREG: stat 4 (unknown)" in results["registration"].detail
    none = _unregistered(healthy(), None)  # type: ignore[arg-type]
    results, _ = judge(none)
    assert results["registration"].status == "error"



def test_an_emergency_only_card_with_a_denied_domain_is_not_a_registration_reject():
    # +CREG emergency-only beside +CEREG denied without a cause: the overall state is
    # emergency-only (ModemManager's rule), and so is the advice.
    facts = _unregistered(healthy(), "emergency-only",
                          cs=RegistrationDomain(stat=8, state="emergency-only"),
                          eps=RegistrationDomain(stat=3, state="denied"))
    results, verdict = judge(facts)
    assert results["registration"].remedy == ported(remedies.emergency_only(facts), facts)
    assert verdict.summary == "The network allows emergency calls only for this card."


def test_a_reject_in_chinese_leaves_the_english_spec_name_out(chinese):
    facts = _unregistered(healthy(), "denied",
                          eps=RegistrationDomain(stat=3, state="denied", reject_cause=15))
    results, _ = judge(facts)
    cause = mobility_cause(15, "EMM")
    assert cause is not None
    detail = results["registration"].detail
    assert cause.meaning in detail and cause.name not in detail and "EMM" in detail
    attach = healthy()
    attach.registration = RegistrationFacts(
        cs=RegistrationDomain(stat=1, state="home", act=7),
        eps=RegistrationDomain(stat=3, state="denied", act=7, reject_cause=7), overall="home")
    attach.packet = PacketFacts(attached=False)
    detail = judge(attach)[0]["data-attach"].detail
    cause = mobility_cause(7, "EMM")
    assert cause is not None and cause.name not in detail and "EMM #7" in detail


def test_roaming_warns_and_names_the_network():
    facts = healthy()
    facts.registration = RegistrationFacts(
        eps=RegistrationDomain(stat=5, state="roaming", act=7), overall="roaming")
    facts.operator = OperatorFacts(name="Vodafone.de", mcc="262", mnc="02", act=7)
    results, verdict = judge(facts)
    assert results["roaming"].status == "warn"
    assert results["roaming"].detail == "roaming on Vodafone.de (262/02)"
    assert results["roaming"].remedy == remedies.roaming("Vodafone.de")
    assert "Vodafone.de" in (results["roaming"].remedy or "")
    assert verdict.status == "ok" and "Roaming" in verdict.summary



# -- port ------------------------------------------------------------------------------------


@pytest.mark.parametrize("url", ["hilink://192.168.8.1", "ZTE://192.168.0.1"])
def test_a_web_device_that_could_not_be_read_gets_the_web_remedy(url):
    # port.via is not set when the device could not be read at all: the URL tells.
    facts = Facts(port=PortFacts(url=url), reachable=False, port_error="no answer",
                  port_error_kind="not-found")
    results, verdict = judge(facts)
    assert results["port"].status == "fail" and verdict.check == "port"
    assert results["port"].remedy == ported(remedies.web_port_problem("not-found"), facts)
    assert results["port"].remedy != ported(remedies.port_problem("not-found"), facts)


def test_a_serial_port_that_could_not_be_read_gets_the_port_remedy():
    for url in ("/dev/ttyUSB2", "socket://hilink:2000", None):
        facts = Facts(port=PortFacts(url=url), reachable=False, port_error="gone",
                      port_error_kind="not-found")
        results, _ = judge(facts)
        assert results["port"].remedy == ported(remedies.port_problem("not-found"), facts), url


# -- data attach -----------------------------------------------------------------------------


def _web(**router: object) -> Facts:
    facts = healthy()
    facts.port = PortFacts(url="hilink://192.168.8.1", via="hilink")
    facts.router = RouterFacts(network_raw="4G (LTE)", **router)  # type: ignore[arg-type]
    return facts


def test_the_data_attach_by_source():
    at = judge(healthy())[0]["data-attach"]
    assert (at.status, at.detail) == ("pass", "+CGATT: 1 (attached for data)")
    web = judge(_web())[0]["data-attach"]
    assert (web.status, web.detail) == ("pass", "attached for data (4G (LTE))")
    mm = judge(managed())[0]["data-attach"]
    assert (mm.status, mm.detail) == ("pass", "ModemManager: packet service attached")
    unknown = managed()
    unknown.packet.attached = None
    assert judge(unknown)[0]["data-attach"].status == "error"


def test_a_web_device_not_attached():
    facts = _web()
    facts.packet = PacketFacts(attached=False)
    results, verdict = judge(facts)
    attach = results["data-attach"]
    assert attach.status == "fail" and attach.detail.startswith("4G (LTE): ")
    assert attach.remedy == ported(remedies.data_not_attached(facts), facts)
    assert verdict.check == "data-attach"


def test_an_attach_refused_with_a_cause_names_it():
    facts = healthy()
    facts.registration = RegistrationFacts(
        cs=RegistrationDomain(stat=1, state="home", act=7),
        eps=RegistrationDomain(stat=3, state="denied", act=7, reject_cause=7), overall="home")
    facts.packet = PacketFacts(attached=False)
    results, verdict = judge(facts)
    cause = mobility_cause(7, "EMM")
    assert cause is not None
    attach = results["data-attach"]
    assert attach.status == "fail"
    assert attach.detail.endswith(
        f" (+CEREG: stat 3 (denied), reject cause #7: EMM {cause.name})")
    assert attach.remedy == ported(remedies.data_not_attached(facts, cause, "EMM", 7), facts)
    assert f"EMM cause #7 ({cause.name})" in attach.remedy
    assert verdict.check == "data-attach"


def test_an_attach_refused_with_a_cause_outside_the_tables():
    facts = healthy()
    facts.registration = RegistrationFacts(
        ps=RegistrationDomain(stat=1, state="home", act=2, reject_cause=250), overall="home")
    facts.packet = PacketFacts(attached=False)
    attach = judge(facts)[0]["data-attach"]
    assert attach.detail.endswith(" (+CGREG: stat 1 (home), reject cause #250)")
    assert attach.remedy == ported(remedies.data_not_attached(facts, None, "GMM", 250), facts)


def test_an_attach_refused_without_a_cause():
    facts = healthy()
    facts.packet = PacketFacts(attached=False)
    attach = judge(facts)[0]["data-attach"]
    assert attach.detail.startswith("+CGATT: 0")
    assert attach.remedy == ported(remedies.data_not_attached(facts), facts)


def test_an_attach_state_not_reported():
    # An LTE registration includes the attach (TS 23.401); otherwise nothing to judge.
    facts = healthy()
    facts.packet.attached = None
    attach = judge(facts)[0]["data-attach"]
    assert (attach.status, attach.detail) == (
        "pass", "registered on LTE (+CEREG: stat 1 (home)), which includes the data attach")
    facts.registration = RegistrationFacts(cs=RegistrationDomain(stat=1, state="home"),
                                           overall="home")
    assert judge(facts)[0]["data-attach"].status == "error"
    web = _web()
    web.packet.attached = None
    attach = judge(web)[0]["data-attach"]
    assert (attach.status, attach.detail) == (
        "pass", "registered on LTE (4G (LTE)), which includes the data attach")
    web.registration = RegistrationFacts(cs=RegistrationDomain(stat=1, state="home"),
                                         overall="home")
    assert judge(web)[0]["data-attach"].status == "error"


# -- data session ----------------------------------------------------------------------------


def _no_session(facts: Facts, text: str | None = None, cause: int | None = None,
                before_change: bool | None = None) -> Facts:
    facts.packet = PacketFacts(attached=True, contexts=[PdpContext(1, "IP", "internet", False)],
                               last_error=LastError(text, cause, before_change))
    return facts


def _ago(days: float) -> str:
    return (datetime.now(UTC) - timedelta(days=days)).isoformat()


LOW = Notice(time="2026-11-02T08:00:00+00:00", sender="10086", text="Balance low: 1.20",
             cause="low-balance")


def test_an_active_context_is_named_with_its_apn():
    facts = healthy()
    facts.packet.contexts = [PdpContext(1, "IP", "internet", False),
                             PdpContext(3, "IP", "iot.example", True)]
    session = judge(facts)[0]["data-session"]
    assert (session.status, session.detail) == ("pass", 'context 3 is active (APN "iot.example")')
    facts.packet.contexts = [PdpContext(2, "IP", None, True)]
    assert judge(facts)[0]["data-session"].detail == 'context 2 is active (APN "?")'
    facts.packet.contexts = [PdpContext(2, "IP", "", True)]
    assert judge(facts)[0]["data-session"].detail == 'context 2 is active (APN "")'


@pytest.mark.parametrize(("act", "namespace"), [(0, "SM"), (2, "SM"), (7, "ESM"), (11, "5GSM"),
                                                (None, "ESM")])
def test_a_refused_session_is_named_in_the_namespace_of_the_radio(act, namespace):
    # TS 24.008 SM (GSM/UMTS), TS 24.301 ESM (LTE), TS 24.501 5GSM (NR).
    facts = _no_session(healthy(), cause=27)
    facts.operator.act = act
    facts.registration.eps.act = act  # type: ignore[union-attr]
    results, verdict = judge(facts)
    cause = session_cause(27, namespace)
    assert cause is not None
    session = results["data-session"]
    assert session.status == "fail"
    assert session.detail == f"the network refused the data session: {cause.label}: {cause.meaning}"
    assert f"{namespace} cause #27" in verdict.summary and cause.meaning in verdict.summary
    assert session.remedy == ported(
        remedies.data_refused(facts, cause, namespace, 27, None), facts)


def test_a_refused_session_quotes_the_modem_and_shows_notices_for_8_and_33():
    facts = _no_session(healthy(), text="+CEER: Operator determined barring", cause=33)
    facts.notices = [LOW]
    session = judge(facts)[0]["data-session"]
    assert "(+CEER: Operator determined barring)" in session.detail.splitlines()[0]
    assert evidence.notice_line(LOW) in session.detail.splitlines()
    facts.packet.last_error.cause = 8
    assert evidence.notice_line(LOW) in judge(facts)[0]["data-session"].detail.splitlines()
    facts.packet.last_error.cause = 27
    session = judge(facts)[0]["data-session"]
    assert len(session.detail.splitlines()) == 1


def test_a_refused_session_with_a_cause_outside_the_tables():
    facts = _no_session(healthy(), text="+CEER: odd", cause=250)
    results, verdict = judge(facts)
    session = results["data-session"]
    assert session.detail.startswith("the network refused the data session with cause #250")
    assert session.detail.endswith(" (+CEER: odd)")
    assert "#250" in verdict.summary
    assert session.remedy == ported(remedies.data_refused(facts, None, "ESM", 250, "+CEER: odd"),
                                    facts)
    bare = _no_session(healthy(), cause=250)
    assert "()" not in judge(bare)[0]["data-session"].detail


def test_an_error_from_before_the_last_change_is_not_todays_cause():
    for text, cause in [(None, 33), ("+CEER: Lost connection", None)]:
        facts = _no_session(healthy(), text=text, cause=cause, before_change=True)
        results, verdict = judge(facts)
        session = results["data-session"]
        assert session.status == "warn", (text, cause)
        assert (text or "#33") in session.detail
        assert session.remedy == ported(remedies.after_change(), facts)
        assert verdict.status == "ok"
    # Nothing in the old error: judged as no session at all.
    facts = _no_session(healthy(), text="+CEER: No cause information available",
                        before_change=True)
    session = judge(facts)[0]["data-session"]
    assert session.remedy == ported(remedies.no_session(), facts)


def test_a_failed_session_with_only_the_modems_words():
    facts = _no_session(healthy(), text="+CEER: Lost connection")
    results, verdict = judge(facts)
    session = results["data-session"]
    assert session.status == "fail"
    assert '"+CEER: Lost connection"' in session.detail
    assert '"+CEER: Lost connection"' in verdict.summary
    assert session.remedy == ported(
        remedies.data_refused(facts, None, None, None, "+CEER: Lost connection"), facts)


def test_a_connection_test_that_failed_without_a_cause():
    facts = _no_session(healthy(), text="+CEER: none")
    facts.connection_test = True
    results, verdict = judge(facts)
    session = results["data-session"]
    assert session.status == "fail" and verdict.check == "data-session"
    assert session.remedy == ported(
        remedies.data_refused(facts, None, None, None, "no cause given"), facts)


def test_no_session_and_nothing_tried():
    facts = _no_session(healthy())
    results, verdict = judge(facts)
    assert results["data-session"].status == "warn"
    assert results["data-session"].remedy == ported(remedies.no_session(), facts)
    assert results["data-path"].status == "manual"
    mm = _no_session(managed())
    session = judge(mm)[0]["data-session"]
    assert session.status == "warn"
    assert session.remedy == ported(remedies.no_session(remedies.managed_modem(mm)), mm)
    assert "--port mm://4 --inhibit --allow-write --connect-test" in session.remedy


def test_a_web_device_session():
    facts = _web(connection="connected", connection_code="901")
    results, _ = judge(facts)
    assert results["data-session"].status == "pass"
    assert "901" in results["data-session"].detail
    facts.router.data_limit_reached = True
    facts.router.data_used_bytes = 3 << 30
    facts.router.data_limit_bytes = 2 << 30
    session = judge(facts)[0]["data-session"]
    assert session.status == "warn"
    assert "3.00 GB" in session.detail and "2.00 GB" in session.detail
    assert session.remedy == ported(remedies.device_data_limit(), facts)
    off = _web(connection="disconnected", connection_code="902")
    off.packet.contexts = []
    session = judge(off)[0]["data-session"]
    assert session.status == "warn" and "902" in session.detail
    failed = _web(connection="failed", connection_code="33", connection_text="No service")
    failed.packet.contexts = []
    results, verdict = judge(failed)
    assert results["data-session"].status == "fail" and verdict.check == "data-session"


def test_a_ceer_with_quotes_and_letters():
    # Only spaces and quotes are taken off the modem's words.
    assert _no_information('+CEER: "none"')
    assert not _no_information("+CEER: XNONEX")


# -- data path ---------------------------------------------------------------------------------


def _arrears(days: float = 1.0) -> Notice:
    return Notice(time=_ago(days), sender="10086", text="Your account is in arrears: 3.20",
                  cause="arrears-suspended")


def _tested(outcome: str, detail: str | None = "probe said so", location: str | None = None,
            home: tuple[str | None, str | None] = ("999", "99")) -> Facts:
    facts = healthy()
    facts.sim.home = HomeNetwork(*home)
    facts.data_path = DataPathResult(outcome=outcome, method="modem",
                                     target="http://connectivitycheck.example/generate_204",
                                     detail=detail, location=location)
    return facts


def test_the_data_path_is_not_tested_without_a_session():
    facts = _no_session(healthy())
    facts.data_path = DataPathResult(outcome="passes", detail="HTTP 204")
    results, _ = judge(facts)
    assert results["data-path"].status == "manual"
    assert "HTTP 204" not in results["data-path"].detail


def test_an_untested_data_path_shows_the_newest_notice_only():
    facts = healthy()
    older = Notice(time="2026-10-01T08:00:00+00:00", sender="10086", text="Plan renews soon",
                   cause="plan-expiring")
    facts.notices = [older, LOW]
    results, verdict = judge(facts)
    path = results["data-path"]
    assert path.status == "manual" and path.remedy is None
    assert evidence.notice_line(LOW) in path.detail.splitlines()
    assert evidence.notice_line(older) not in path.detail
    assert verdict.status == "ok"


def test_an_untested_data_path_with_a_blocking_notice_is_inconclusive():
    facts = healthy()
    notice = _arrears()
    facts.notices = [notice]
    results, verdict = judge(facts)
    path = results["data-path"]
    assert path.status == "warn"
    assert path.remedy == ported(remedies.untested_data_path(), facts)
    assert (verdict.status, verdict.check) == ("inconclusive", "data-path")
    assert notice.time is not None and notice.time[:10] in verdict.summary


def test_not_testable_and_error():
    facts = _tested("not-testable", detail="no +QPING on this modem")
    path = judge(facts)[0]["data-path"]
    assert path.status == "manual" and path.detail.endswith("no +QPING on this modem")
    facts = _tested("error", detail="+QIACT refused")
    results, verdict = judge(facts)
    assert results["data-path"].status == "error"
    assert results["data-path"].detail.endswith("+QIACT refused")
    assert verdict.status == "ok"


def test_traffic_passes_without_a_word_from_the_probe():
    path = judge(_tested("passes", detail=None))[0]["data-path"]
    assert path.status == "pass"


def test_traffic_that_passes_outranks_an_old_block_notice():
    facts = _tested("passes", detail="HTTP 204 from the check URL")
    notice = _arrears()
    facts.notices = [notice]
    results, verdict = judge(facts)
    first, second = results["data-path"].detail.split("\n")
    assert first.endswith("HTTP 204 from the check URL")
    assert notice.time is not None and notice.time[:10] in second
    assert verdict.status == "ok"


def test_names_that_do_not_resolve_and_limited_traffic():
    facts = _tested("dns-fails", detail="ping 8.8.8.8 answers")
    results, verdict = judge(facts)
    assert results["data-path"].detail.endswith("ping 8.8.8.8 answers")
    assert results["data-path"].remedy == ported(remedies.names_fail(), facts)
    assert verdict.check == "data-path"
    facts = _tested("limited", detail="ping answers, HTTP times out")
    results, verdict = judge(facts)
    assert results["data-path"].status == "fail"
    assert results["data-path"].detail.endswith("ping answers, HTTP times out")
    assert results["data-path"].remedy == ported(remedies.limited_data(facts), facts)
    assert verdict.check == "data-path"


def test_a_redirect_names_the_host_and_the_operators_codes():
    # 262/01: the provider database has a balance (*100#) and a top-up code (*101*CODE#).
    facts = _tested("redirected", detail="HTTP 302", location="pay.operator.example",
                    home=("262", "01"))
    results, verdict = judge(facts)
    path = results["data-path"]
    assert path.status == "fail" and verdict.check == "data-path"
    assert "pay.operator.example" in path.detail and path.detail.endswith("HTTP 302")
    assert path.remedy == ported(remedies.blocked_data(
        facts, "redirected", "pay.operator.example", None, None, "*100#", "*101*VOUCHER#"),
        facts)
    assert "*100#" in path.remedy and "*101*VOUCHER#" in path.remedy


def test_no_codes_without_a_full_home_network():
    for home in [("262", ""), ("", "01"), ("262", None), (None, "01"), ("999", "99")]:
        facts = _tested("nothing-passes", home=home)
        path = judge(facts)[0]["data-path"]
        assert path.remedy == ported(remedies.blocked_data(
            facts, "nothing-passes", None, None, None, None, None), facts), home


def test_a_blocked_path_with_a_notice_and_a_move():
    facts = _tested("nothing-passes", detail="no answer at all")
    notice = _arrears()
    facts.notices = [notice]
    facts.history = CardHistory(moved_from="861234567890123", last_passed="2026-11-01T08:00:00Z",
                                last_passed_imei="861234567890123")
    results, verdict = judge(facts)
    path = results["data-path"]
    assert path.detail.splitlines()[1:] == evidence.lines(facts, [notice])
    assert path.remedy == ported(remedies.blocked_data(
        facts, "nothing-passes", None, evidence.notice_line(notice), evidence.moved_line(facts),
        None, None), facts)
    assert notice.time is not None and notice.time[:10] in verdict.summary
    assert "suspended for arrears" in verdict.summary


def test_a_blocked_path_of_a_card_only_seen_elsewhere():
    facts = _tested("nothing-passes")
    facts.notices = [LOW, Notice(time="2026-10-01T08:00:00+00:00", sender="10086",
                                 text="Plan renews soon", cause="plan-expiring")]
    facts.history = CardHistory(moved_from="861234567890123", last_seen="2026-11-01T08:00:00Z")
    path = judge(facts)[0]["data-path"]
    assert path.remedy == ported(remedies.blocked_data(
        facts, "nothing-passes", None, evidence.notice_line(LOW), None, None, None), facts)
    assert path.detail.splitlines()[1:] == evidence.lines(facts, [LOW])


# -- account ---------------------------------------------------------------------------------


def test_the_balance_not_asked_shows_the_notices():
    facts = healthy()
    facts.notices = [LOW]
    account = judge(facts)[0]["account"]
    assert account.status == "manual"
    assert account.detail.splitlines()[1:] == [evidence.notice_line(LOW)]
    mm = managed()
    mm.notices = [LOW]
    account = judge(mm)[0]["account"]
    assert account.status == "manual"
    assert "--port mm://4 --inhibit --allow-write --balance" in account.detail
    assert account.detail.splitlines()[1:] == [evidence.notice_line(LOW)]


def test_the_operators_answer_with_its_figures():
    facts = healthy()
    facts.notices = [LOW]
    answer = AccountResult(ok=True, text="Dear customer, see your account", code_used="*100#",
                           balance="23.45 yuan", data_left="3.52 GB", plan_end="2026-12-31")
    account = judge(facts, account=answer)[0]["account"]
    assert account.status == "pass"
    first = account.detail.splitlines()[0]
    assert first == ("*100#: balance 23.45 yuan; data left 3.52 GB; plan ends 2026-12-31 "
                     "(Dear customer, see your account)")
    assert account.detail.splitlines()[1:] == [evidence.notice_line(LOW)]
    only = AccountResult(ok=True, text="See the app", code_used="*100#", data_left="1 GB")
    assert judge(healthy(), account=only)[0]["account"].detail == \
        "*100#: data left 1 GB (See the app)"
    plain = AccountResult(ok=True, text="Balance 5.00", code_used="*100#")
    assert judge(healthy(), account=plain)[0]["account"].detail == "*100#: Balance 5.00"
    failed = AccountResult(ok=False, text="USSD timed out", code_used="*100#")
    account = judge(healthy(), account=failed)[0]["account"]
    assert account.status == "error"
    assert "*100#" in account.detail and account.detail.endswith("USSD timed out")
    unsent = AccountResult(ok=False, text="no balance code known", code_used="")
    account = judge(healthy(), account=unsent)[0]["account"]
    assert (account.status, account.detail) == ("error", "no balance code known")


# -- remedies, called directly (simtool.diagnosis.remedies) ---------------------------------


def _whole(remedy: str) -> list[str]:
    assert "None" not in remedy and "XX" not in remedy, remedy
    assert _numbered_right(remedy), remedy
    return steps(remedy)


def _card(**sim: object) -> Facts:
    facts = healthy()
    for name, value in sim.items():
        setattr(facts.sim, name, value)
    return facts


def test_the_operator_is_told_the_cards_identity():
    step = _whole(remedies.registration_denied(healthy(), None, None, None))[-2]
    assert f"ICCID {ICCID}, IMSI {IMSI}" in step
    step = _whole(remedies.registration_denied(_card(iccid=None, imsi=None), None, None,
                                               None))[-2]
    assert "ICCID unknown, IMSI unknown" in step


def _first_steps(number: int, namespace: str = "EMM", facts: Facts | None = None) -> list[str]:
    facts = facts or healthy()
    cause = mobility_cause(number, namespace)
    found = _whole(remedies.registration_denied(facts, cause, namespace, number))
    said = found[-2]
    assert f"{namespace} cause #{number}" in said
    if cause is not None:
        assert said.endswith(f"{namespace} cause #{number} ({cause.name}).")
    return found[:-2]


def test_registration_rejects_are_grouped_by_what_the_user_does():
    # TS 24.301 Annex A: #2 IMSI unknown; #3/#6 illegal UE/ME; #7/#8/#14 services not
    # allowed; #11 PLMN not allowed; #12 TA not allowed; #13 roaming not allowed in this TA;
    # #15 no suitable cells in TA; the rest by whose side the cause is on.
    network = next(n for n in range(16, 120) if (c := mobility_cause(n, "EMM")) is not None
                   and c.side == "network")
    other = next(n for n in range(16, 120) if (c := mobility_cause(n, "EMM")) is not None
                 and c.side != "network")
    groups = [[2], [3, 6], [7, 8, 14], [11], [12], [13], [15], [network], [other, 250]]
    firsts = [[_first_steps(n) for n in group] for group in groups]
    for group, found in zip(groups, firsts, strict=True):
        assert all(f == found[0] for f in found), group
    for index, found in enumerate(firsts):
        assert all(found[0] != other_found[0] for other_found in firsts[index + 1:])
    assert any("`AT+COPS=0`" in step for step in _first_steps(11))
    assert any("`AT+COPS=0`" in step for step in _first_steps(13))
    cause = mobility_cause(network, "EMM")
    assert cause is not None and cause.meaning in _first_steps(network)[0]


def test_registration_rejects_through_modemmanager():
    facts = managed()
    for number in (11, 13):
        assert any("`mmcli -m 4 --3gpp-register-home`" in step
                   for step in _first_steps(number, facts=facts))
    last = _whole(remedies.registration_denied(facts, None, None, None))[-1]
    assert "`mmcli -m 4 --disable`" in last
    assert "simtool radio" not in last


def test_a_registration_reject_without_its_number():
    # A namespace without a number, or a number without a namespace: no cause is quoted.
    for namespace, number in [("EMM", None), (None, 7), (None, None)]:
        said = _whole(remedies.registration_denied(healthy(), None, namespace, number))[-2]
        assert "#" not in said, (namespace, number)
    said = _whole(remedies.registration_denied(healthy(), None, "GMM", 111))[-2]
    assert "GMM cause #111" in said


def _refused(number: int | None, facts: Facts | None = None, namespace: str | None = "ESM",
             raw: str | None = None) -> list[str]:
    facts = facts or healthy()
    cause = session_cause(number, namespace) if number and namespace else None
    found = _whole(remedies.data_refused(facts, cause, namespace, number, raw))
    return found


def test_data_refusals_are_grouped_by_what_the_user_does():
    # TS 24.301 Annex B: #8 operator determined barring, #27 missing or unknown APN, #29 user
    # authentication failed, #33 requested service option not subscribed, #50/#51/#57/#28
    # PDN type / address problems; then whose side the cause is on.
    barred = _refused(8)
    assert len(barred) == 4 and "ESM cause #8" in barred[2]
    assert "`simtool radio off --allow-write`" in barred[3]
    apn = _refused(27)
    assert len(apn) == 3 and "ESM cause #27" in apn[2] and IMSI in apn[2]
    assert "`simtool connect-test --allow-write`" in apn[1]
    login = _refused(29)
    assert len(login) == 3 and "ESM cause #29" in login[2]
    pdp = {}
    for number in (50, 51, 57, 28):
        cause = session_cause(number, "ESM")
        assert cause is not None
        found = _refused(number)
        assert len(found) == 2 and cause.meaning in found[0], number
        pdp[number] = found[0].replace(cause.meaning, "M")
    assert len(set(pdp.values())) == 1
    for number in (49, 52, 56, 58, 30):
        cause = session_cause(number, "ESM")
        if cause is not None:
            assert _refused(number)[0].replace(cause.meaning, "M") != pdp[50], number
    without = _whole(remedies.data_refused(healthy(), None, "ESM", 50, None))
    assert "ESM cause #50" in without[0]
    network = next(n for n in range(1, 120) if n not in (8, 27, 29, 33, 50, 51, 57, 28)
                   and (c := session_cause(n, "ESM")) is not None and c.side == "network")
    cause = session_cause(network, "ESM")
    assert cause is not None
    found = _refused(network)
    assert len(found) == 2 and cause.meaning in found[0]
    assert "`simtool connect-test --allow-write`" in found[0]
    other = next(n for n in range(1, 120) if n not in (8, 27, 29, 33, 50, 51, 57, 28)
                 and (c := session_cause(n, "ESM")) is not None and c.side != "network")
    found = _refused(other)
    assert len(found) == 3 and "`simtool connect-test --allow-write`" in found[1]
    assert f"ESM cause #{other}" in found[2]


def test_data_refused_with_the_operators_own_apn_blames_the_plan():
    facts = healthy()
    facts.apn = ApnFacts("internet", ["INTERNET"], "Testnet")
    found = _refused(33, facts)
    assert len(found) == 3 and '"internet"' in found[0] and "ESM cause #33" in found[2]
    for configured in ("other.apn", None):
        facts.apn = ApnFacts(configured, ["internet"], "Testnet")
        found = _refused(33, facts)
        assert len(found) == 4 and "ESM cause #33" in found[3], configured


def test_data_refused_without_a_number_quotes_the_modem():
    found = _refused(None, raw="+CEER: Lost connection")
    assert '"+CEER: Lost connection"' in found[-1]
    found = _refused(None)
    assert '"?"' in found[-1]
    found = _whole(remedies.data_refused(healthy(), None, None, 27, None))
    assert "SM/ESM cause #27" in found[-1]


def test_data_refused_through_modemmanager():
    facts = managed()
    facts.apn.expected = ["internet", "wap"]
    target = remedies.managed_modem(facts)
    assert target is not None
    apn = _refused(27, facts)
    assert len(apn) == 4
    assert "`nmcli connection modify NAME gsm.apn internet`" in apn[1]
    assert "--port mm://4 --inhibit --allow-write --connect-test" in apn[2]
    facts.apn.expected = []
    assert "gsm.apn APN`" in _refused(27, facts)[1]
    barred = _refused(8, facts)
    assert "`simtool check --port mm://4 --inhibit --allow-write --balance`" in barred[1]
    assert "`mmcli -m 4 --3gpp-ussd-initiate=CODE`" in barred[1]
    assert "`mmcli -m 4 --disable`" in barred[-1]
    network = next(n for n in range(1, 120) if n not in (8, 27, 29, 33, 50, 51, 57, 28)
                   and (c := session_cause(n, "ESM")) is not None and c.side == "network")
    found = _refused(network, facts)
    assert len(found) == 2 and "simtool connect-test" not in found[0]
    other = next(n for n in range(1, 120) if n not in (8, 27, 29, 33, 50, 51, 57, 28)
                 and (c := session_cause(n, "ESM")) is not None and c.side != "network")
    found = _refused(other, facts)
    assert len(found) == 3 and "--connect-test" in found[1]


def test_pin_remedies_warn_first_at_the_last_attempt():
    # TS 27.007 +CPINR: the count of PIN attempts left; at 1 or 0 the warning comes first.
    for retries, warned in [(0, True), (1, True), (2, False), (None, False)]:
        found = _whole(remedies.pin_required(retries))
        assert len(found) == (4 if warned else 3), retries
        assert (f"Only {retries} attempt" in found[0]) == warned
        found = _whole(remedies.device_pin(retries))
        assert len(found) == (3 if warned else 2), retries
    target = remedies.managed_modem(managed())
    found = _whole(remedies.pin_required(1, target))
    assert len(found) == 4 and "Only 1 attempt" in found[0]
    assert "`mmcli -i 2 --pin=YOUR_PIN`" in found[1]
    assert "`mmcli -m 4 --enable`" in found[3] and "`mmcli -i 2 --pin=YOUR_PIN --disable-pin`" \
        in found[3]


def test_puk_remedies_count_the_attempts():
    assert len(_whole(remedies.puk_required(healthy(), None))) == 4
    found = _whole(remedies.puk_required(healthy(), 3))
    assert len(found) == 5 and found[2].startswith("3 ")
    assert "`simtool unlock --puk`" in found[3] and ICCID in found[4]
    found = _whole(remedies.puk_required(managed(), 0))
    assert found[2].startswith("0 ") and "`mmcli -i 2 --puk=YOUR_PUK --pin=NEW_PIN`" in found[3]
    assert len(_whole(remedies.device_puk(healthy(), None))) == 3
    assert len(_whole(remedies.device_puk(healthy(), 2))) == 4


def test_lock_and_sim_remedies_quote_the_modem():
    assert "PH-NET PIN" in _whole(remedies.device_locked("ph-net-pin", "+CPIN: PH-NET PIN"))[0]
    assert "ph-net-pin" in _whole(remedies.device_locked("ph-net-pin", None))[0]
    assert "+CPIN: SIM PIN2" in _whole(remedies.pin2_required("+CPIN: SIM PIN2"))[0]
    assert "(PIN2)" in _whole(remedies.pin2_required(None))[0]
    assert '"+CME ERROR: 13"' in _whole(remedies.damaged_sim(healthy(), "+CME ERROR: 13"))[-1]
    assert ICCID in _whole(remedies.damaged_sim(healthy(), None))[-1]
    assert len(_whole(remedies.radio_off(None))) == 2
    assert _whole(remedies.radio_off(0))[-1].endswith("+CFUN: 0.")


def test_registration_and_attach_remedies_through_modemmanager_restart_with_mmcli():
    facts = managed()
    for remedy in (remedies.emergency_only(facts), remedies.data_not_attached(facts)):
        last = _whole(remedy)[-1]
        assert "`mmcli -m 4 --disable`" in last and "simtool radio" not in last
    assert "`simtool radio off --allow-write`" in _whole(remedies.emergency_only(healthy()))[-1]
    assert len(_whole(remedies.not_searching())) == 2
    assert "`AT+COPS=0`" in _whole(remedies.not_searching())[0]


def test_the_attach_remedy_quotes_the_cause_only_with_its_number_and_namespace():
    cause = mobility_cause(7, "EMM")
    assert cause is not None
    told = _whole(remedies.data_not_attached(healthy(), cause, "EMM", 7))[-2]
    assert f"EMM cause #7 ({cause.name})" in told
    for namespace, number in [("EMM", None), (None, 7)]:
        told = _whole(remedies.data_not_attached(healthy(), None, namespace, number))[-2]
        assert "#" not in told and "+CGATT" in told


def test_roaming_names_the_network():
    assert "Vodafone.de" in _whole(remedies.roaming("Vodafone.de"))[0]
    assert len(_whole(remedies.roaming(None))) == 2


def test_apn_remedies_name_the_apns():
    found = _whole(remedies.apn_mismatch("cmwap", ["cmnet", "cmiot", "cmm2m"]))
    assert "`simtool apn --set cmnet --allow-write`" in found[0] and '"cmwap"' in found[0]
    assert found[1].endswith("cmiot, cmm2m.")
    one = _whole(remedies.apn_mismatch("", ["cmnet"]))
    two = _whole(remedies.apn_mismatch("", ["cmnet", "cmiot"]))
    assert one[1] != two[1] and "cmiot" in two[1] and "cmnet" not in two[1]
    assert "`simtool connect-test --allow-write`" in one[2]
    target = remedies.managed_modem(managed())
    found = _whole(remedies.apn_mismatch("cmwap", ["cmnet"], target))
    assert "`nmcli connection modify NAME gsm.apn cmnet`" in found[0]
    assert "--port mm://4 --inhibit --allow-write --connect-test" in found[2]
    found = _whole(remedies.apn_unknown("999", "99"))
    assert "999/99" in found[0] and "`simtool apn --set NAME --allow-write`" in found[1]
    assert "?/?" in _whole(remedies.apn_unknown(None, None))[0]
    found = _whole(remedies.apn_unknown("999", None, target))
    assert "999/?" in found[0] and "`nmcli connection modify NAME gsm.apn APN`" in found[1]


def test_a_blocked_card_remedy():
    facts = healthy()
    moved = "This card last worked in another device (IMEI 861234567890123, on 2026-11-01)."
    found = _whole(remedies.blocked_data(facts, "redirected", "pay.example", "NOTICE LINE",
                                         moved, "*100#", "*101*VOUCHER#"))
    assert "pay.example" in found[0]
    assert found[1].startswith(moved)
    assert "*100#" in found[2] and "*101*VOUCHER#" in found[3]
    assert found[4] == "NOTICE LINE"
    assert "pay.example" in found[5] and ICCID in found[5]
    assert "`simtool radio off --allow-write`" in found[6]
    bare = _whole(remedies.blocked_data(facts, "nothing-passes", "pay.example", None, None,
                                        None, None))
    assert len(bare) == 5 and "pay.example" not in "".join(bare)
    assert "`simtool balance --code CODE`" in bare[1]
    unknown = _whole(remedies.blocked_data(facts, "redirected", None, None, None, None, None))
    assert unknown[0] != bare[0]


def test_each_manual_item_gets_its_own_remedy():
    found = {item: _whole(remedies.manual(item, healthy())) for item in MANUAL_IDS}
    assert len({tuple(f) for f in found.values()}) == len(MANUAL_IDS)
    assert len(found["other-device"]) == 3 and ICCID in found["other-device"][2]
    assert [len(found[i]) for i in ("power", "firmware", "host-data")] == [1, 1, 1]
    assert "2 A" in found["power"][0]


def test_remedies_of_a_modem_read_through_modemmanager_name_it():
    target = remedies.managed_modem(managed())
    assert target == remedies.Managed("4", "2", "mm://4")
    found = _whole(remedies.port_problem("other", target))
    assert "`mmcli -m 4`" in found[1]
    assert len(_whole(remedies.port_problem("vanished", target))) == 2
    assert len(_whole(remedies.port_problem("not-found", target))) == 3
    assert "`mmcli -m 4 --enable`" in _whole(remedies.manager_disabled("4"))[1]
    assert "`mmcli -m 4`" in _whole(remedies.manager_initializing("4"))[1]
    assert "`mmcli -m 4 --signal-get`" in _whole(remedies.weak_signal("RSRP", -112, -90,
                                                                      target))[2]
    aim = _whole(remedies.weak_signal("RSRP", -112.5, -90))[1]
    assert "RSRP -90 dBm" in aim and "-112.5 dBm" in aim


@pytest.mark.parametrize(("kind", "count"), [
    ("not-found", 3), ("permission", 2), ("busy", 2), ("silent", 2), ("login", 2),
    ("not-at", 2), ("stalled", 3), ("deadline", 3), ("vanished", 2), ("other", 2), (None, 2)])
def test_each_port_problem_has_its_steps(kind, count):
    found = _whole(remedies.port_problem(kind))
    assert len(found) == count
    others = {k: remedies.port_problem(k) for k in ("not-found", "permission", "busy", "silent",
                                                     "login", "not-at", "stalled", "vanished",
                                                     "other")}
    same = {k for k, text in others.items() if text == remedies.port_problem(kind)}
    assert same == ({"stalled"} if kind == "deadline" else {"other"} if kind is None
                    else {kind})


# -- the operator's own channels (simtool.diagnosis.channels) --------------------------------


@pytest.fixture
def chinese() -> Iterator[None]:
    set_language("zh_CN")
    yield
    set_language("en")


def _china(mnc: str = "00", **changes: object) -> Facts:
    facts = healthy(**changes)
    facts.sim.home = HomeNetwork("460", mnc)
    facts.sim.imsi = f"460{mnc}0123456789"
    return facts


def test_an_apps_name_in_each_language(chinese):
    assert channels._app("中国移动 (China Mobile)") == "中国移动"
    assert channels._app("My Operator (Mobile) (new)") == "My Operator"
    assert channels._app("Plain") == "Plain"
    assert channels._app(None) is None
    set_language("en")
    assert channels._app("中国移动 (China Mobile)") == "中国移动 (China Mobile)"


def test_each_recharge_channel_is_worded_with_its_detail():
    words = {kind: channels._channel(RechargeChannel(kind, detail), "Op")
             for kind, detail in [("app", "Op App (mobile)"), ("website", "pay.example"),
                                  ("alipay", None), ("wechat", None), ("card", "13800138000"),
                                  ("store", None), ("terminal", None), ("hotline", "10086")]}
    assert len(set(words.values())) == len(words)
    assert "Op App (mobile)" in words["app"]
    assert "pay.example" in words["website"] and "13800138000" in words["card"]
    assert "Op" in words["store"] and "10086" in words["hotline"]
    bare = channels._channel(RechargeChannel("card"), "Op")
    assert bare != words["card"] and "  " not in bare and "XX" not in bare
    assert channels._channel(RechargeChannel("bank"), "Op") == "bank"


def test_recharge_channels_in_chinese_shorten_only_the_app(chinese):
    app = channels._channel(RechargeChannel("app", "中国移动 (China Mobile)"), "中国移动")
    assert "中国移动" in app and "China Mobile" not in app
    site = channels._channel(RechargeChannel("website", "pay.example (mobile)"), "中国移动")
    assert "pay.example (mobile)" in site


def test_the_balance_step_names_the_operators_query_sms():
    # China Mobile (460/00) answers the SMS "CXYE" to 10086 (operator overlay).
    found = providers.lookup("460", "00")
    info = channels.operators.operator_info(found)
    assert info is not None
    step = channels._check_step(found, info, "China Mobile", _china())
    assert "`simtool balance --allow-write`" in step
    assert '"CXYE" to 10086' in step and "China Mobile's" in step
    assert "中国移动 (China Mobile) app" in step
    mm = _china()
    mm.port = PortFacts(url="mm://4", via="modemmanager")
    step = channels._check_step(found, info, "China Mobile", mm)
    assert "`simtool check --port mm://4 --inhibit --allow-write --balance`" in step
    assert '"CXYE" to 10086' in step and "中国移动 (China Mobile) app" in step
    mm.port.url = None
    assert "--port mm://0 " in channels._check_step(found, info, "China Mobile", mm)
    bare = OperatorInfo(key="x")
    step = channels._check_step(found, bare, "China Mobile", _china())
    assert "China Mobile app" in step
    step = channels._check_step(found, bare, "China Mobile", mm)
    assert "China Mobile app" in step
    # China Broadnet (460/15): no query SMS; its app and hotline.
    found = providers.lookup("460", "15")
    info = channels.operators.operator_info(found)
    assert info is not None and info.hotline
    step = channels._check_step(found, info, "China Broadnet", _china("15"))
    assert info.hotline in step and "simtool balance" not in step
    assert "?" in channels._check_step(found, bare, "China Broadnet", _china("15"))


def test_account_steps_name_the_operator():
    steps_ = channels.account_steps(_china(), "FALLBACK")
    assert len(steps_) == 3 and "China Mobile" in steps_[0]
    assert channels.account_steps(healthy(), "FALLBACK") == ["FALLBACK"]
    # 460/04 is China Mobile's IoT range: its platform, not the consumer channels.
    iot = channels.account_steps(_china("04"), "FALLBACK")
    assert len(iot) == 1 and "China Mobile" in iot[0] and "(OneLink (中国移动物联网))" in iot[0]
    assert "TESTNET" in channels.iot_where(None, "TESTNET")
    assert "()" not in channels.iot_where(None, "TESTNET")
    assert "(P)" in channels.iot_where(OperatorInfo(key="x", iot_platform="P"), "TESTNET")


def test_the_operator_named_by_the_imsi_when_the_home_network_is_not_known():
    facts = _china()
    facts.sim.home = HomeNetwork("460", None)
    assert "10086" in remedies.tell_operator(facts, "WHAT")
    facts.sim.home = HomeNetwork(None, None)
    assert "10086" in remedies.tell_operator(facts, "WHAT")
    facts.sim.imsi = None
    assert "10086" not in remedies.tell_operator(facts, "WHAT")


def test_the_operator_named_in_the_readers_language(chinese):
    assert "中国移动" in channels._operator_name(providers.lookup("460", "00"), _china())
    facts = healthy()
    assert channels._operator_name([], facts) == "TESTNET"
    facts.operator.name = None
    assert channels._operator_name([], facts) not in ("", "TESTNET")
    set_language("en")
    assert channels._operator_name(providers.lookup("460", "00"), _china()) == "China Mobile"
    assert channels._operator_name([], healthy()) == "TESTNET"


def test_the_hand_off_step_for_a_known_operator_and_an_iot_card():
    facts = _china()
    step = channels.tell_operator_step(facts, "WHAT")
    assert step is not None
    assert "China Mobile" in step and "10086" in step and "中国移动 (China Mobile) app" in step
    assert f"ICCID {ICCID}" in step and "WHAT" in step
    facts.sim.iccid = None
    facts.sim.imsi = None
    step = channels.tell_operator_step(facts, "WHAT")
    assert step is not None and "ICCID unknown, IMSI unknown" in step
    assert channels.tell_operator_step(healthy(), "WHAT") is None
    iot = _china("04")
    iot.modem.imei = None
    iot.sim.iccid = None
    step = channels.tell_operator_step(iot, "WHAT")
    assert step is not None and "ICCID unknown" in step and "IMEI unknown" in step
    iot.notices = [Notice(text="first"), Notice(text=""), Notice(text="last words")]
    step = channels.iot_hand_off(iot, None)
    assert '"last words"' in step and "first" not in step


# -- evidence (simtool.diagnosis.evidence) ---------------------------------------------------


def test_dates_and_short_quotes():
    assert evidence.date_of("2026-11-30T08:00:00+08:00") == "2026-11-30"
    assert evidence.date_of("2026-11-30 late at night") == "2026-11-30"
    assert evidence.date_of(None) == "?"
    text = "x" * 90
    assert evidence.short(text) == text
    assert evidence.short("a  b\n c") == "a b c"
    long = "y" * 91
    assert evidence.short(long) == "y" * 89 + "\u2026"
    assert evidence.short("word " * 30, 10) == "word word\u2026"
    assert evidence.short("ab cd", 4) == "ab\u2026"


def test_a_notice_line_quotes_date_sender_and_text():
    line = evidence.notice_line(Notice(time="2026-11-30T08:00:00+08:00", sender="10086",
                                       text="Balance  low"))
    assert "2026-11-30" in line and "10086" in line and line.endswith("Balance low")
    line = evidence.notice_line(Notice(text="x"))
    assert "None" not in line and "XX" not in line and "?" in line


def test_account_notices_are_judged_at_the_given_time():
    notice = Notice(time="2026-01-01T08:00:00+00:00", sender="10086", text="suspended",
                    cause="arrears-suspended")
    facts = healthy(notices=[notice])
    then = datetime(2026, 1, 2, tzinfo=UTC)
    assert evidence.account_notices(facts, then) == [notice]
    assert evidence.account_notices(facts, then + timedelta(days=400)) == []
    others = [Notice(time=f"2026-01-0{day}T08:00:00+00:00", text=str(day), cause="low-balance")
              for day in range(1, 6)]
    facts = healthy(notices=[*others, notice])
    assert evidence.account_notices(facts, then) == [notice, others[4], others[3]]


def test_the_card_history_lines():
    facts = healthy(history=CardHistory(moved_from="861", last_passed="2026-11-01T08:00:00Z",
                                        last_passed_imei="861",
                                        last_seen="2026-11-03T08:00:00Z"))
    worked = evidence.moved_line(facts)
    assert worked is not None and "861" in worked and "2026-11-01" in worked
    assert evidence.moved_after_working(facts)
    facts.history = CardHistory(moved_from="861", last_passed="2026-11-01T08:00:00Z",
                                last_passed_imei="862", last_seen="2026-11-03T08:00:00Z")
    seen = evidence.moved_line(facts)
    assert seen is not None and "861" in seen and "2026-11-03" in seen and seen != worked
    facts.history = CardHistory(moved_from="861", last_passed_imei="861",
                                last_seen="2026-11-03T08:00:00Z")
    assert "2026-11-03" in (evidence.moved_line(facts) or "")
    assert evidence.moved_line(healthy()) is None


def test_unread_sms_lines_count_them():
    assert evidence.unread_line(healthy()) is None
    skipped = evidence.unread_line(healthy(unread_sms_skipped=3))
    marked = evidence.unread_line(healthy(unread_sms_marked=2))
    assert skipped is not None and "3" in skipped and "None" not in skipped
    assert marked is not None and "2" in marked and skipped != marked


def test_evidence_follows_the_detail_one_per_line():
    assert evidence.with_evidence("D", []) == "D"
    assert evidence.with_evidence("D", ["a", "b"]) == "D\na\nb"


# -- causes (simtool.diagnosis.causes) -------------------------------------------------------


def test_the_spec_name_is_added_in_english_only(chinese):
    cause = mobility_cause(7, "EMM")
    assert cause is not None
    assert cause.name_suffix() == ""
    set_language("en")
    assert cause.name_suffix() == f" ({cause.name})"


def test_a_namespace_of_the_wrong_kind_is_refused():
    with pytest.raises(ValueError, match="not a mobility namespace: ESM"):
        mobility_cause(7, "ESM")
    with pytest.raises(ValueError, match="not a session namespace: EMM"):
        session_cause(7, "EMM")



def test_the_default_namespaces_are_lte_ones():
    # EMM (TS 24.301 Annex A) and ESM (Annex B) when no namespace is named.
    assert mobility_cause(7) == mobility_cause(7, "EMM")
    assert session_cause(27) == session_cause(27, "ESM")


def test_a_date_in_the_basic_iso_format():
    assert evidence.date_of("20261130T080000Z") == "2026-11-30"


# -- more channels and remedies --------------------------------------------------------------


def _whole_text(text: str) -> str:
    assert "None" not in text and "XX" not in text and "()" not in text, text
    return text


def test_known_channel_kinds_are_worded_not_named():
    for kind in ("app", "website", "alipay", "wechat", "card", "store", "terminal", "hotline"):
        assert channels._channel(RechargeChannel(kind, "D"), "Op") != kind


def test_the_balance_step_without_a_query_sms_names_app_and_hotline():
    found = providers.lookup("460", "15")
    info = channels.operators.operator_info(found)
    assert info is not None and info.app and info.hotline
    step = _whole_text(channels._check_step(found, info, "China Broadnet", _china("15")))
    assert info.app in step and info.hotline in step
    bare = _whole_text(channels._check_step(found, OperatorInfo(key="x"), "China Broadnet",
                                            _china("15")))
    assert "China Broadnet app" in bare and "?" in bare
    mm = _china()
    mm.port = PortFacts(url="mm://4", via="modemmanager")
    found = providers.lookup("460", "00")
    step = channels._check_step(found, channels.operators.operator_info(found),  # type: ignore[arg-type]
                                "China Mobile", mm)
    assert "China Mobile's" in _whole_text(step)
    assert _whole_text(channels.iot_where(None, "TESTNET"))
    assert _whole_text(channels.iot_where(OperatorInfo(key="x"), "TESTNET"))


def test_an_operator_on_record_without_a_hotline_gets_the_plain_hand_off():
    facts = _china()
    with mock.patch.object(channels.operators, "operator_info",
                           return_value=OperatorInfo(key="x", app="App")):
        assert channels.tell_operator_step(facts, "WHAT") is None
        step = remedies.tell_operator(facts, "WHAT")
    assert _whole_text(step).endswith("WHAT.") and ICCID in step


def test_an_iot_card_of_an_operator_not_on_record_goes_to_its_platform():
    # 460/04 is an IoT range (物联网卡) even when the overlay had no entry for the operator.
    facts = _china("04")
    with mock.patch.object(channels.operators, "operator_info", return_value=None):
        step = channels.tell_operator_step(facts, "WHAT")
    assert step is not None and step == channels.iot_hand_off(facts, "WHAT")


def test_manual_remedies_follow_their_item():
    assert "firmware" in _whole(remedies.manual("firmware", healthy()))[0].lower()
    assert "firmware" not in _whole(remedies.manual("host-data", healthy()))[0].lower()


def test_a_single_expected_apn_lists_no_others():
    found = _whole(remedies.apn_mismatch("x", ["cmnet"]))
    assert ": ." not in found[1] and "cmnet" not in found[1]


def test_an_attach_refused_on_gprs_names_the_gmm_cause():
    facts = healthy()
    facts.registration = RegistrationFacts(
        cs=RegistrationDomain(stat=1, state="home", act=2),
        ps=RegistrationDomain(stat=3, state="denied", act=2, reject_cause=7), overall="home")
    facts.packet = PacketFacts(attached=False)
    gmm, emm = mobility_cause(7, "GMM"), mobility_cause(7, "EMM")
    assert gmm is not None and emm is not None and gmm.name != emm.name
    attach = judge(facts)[0]["data-attach"]
    assert attach.detail.endswith(f": GMM {gmm.name})")


# -- more eSIM (GSMA SGP.22 ProfileInfo, reference/esim.md §7) ------------------------------

EID = "89049032123451234512345678901235"


def _esim_facts(*profiles: EsimProfile, iccid: str | None = None,
                overall: str | None = "denied") -> Facts:
    facts = healthy()
    facts.sim = SimFacts(state="ready", raw="+CPIN: READY", iccid=iccid, imsi=IMSI,
                         home=HomeNetwork("999", "99"), eid=EID, type="esim",
                         esim_status="profiles-read", profiles=list(profiles))
    facts.registration = RegistrationFacts(
        eps=RegistrationDomain(stat=3, state="denied"), overall=overall)
    return facts


@pytest.mark.parametrize(("listed", "read"), [
    ("898824700010123456F", "8988247000101234567"),
    ("8988247000101234567", "898824700010123456F"),
    ("898824700010123456f", "8988247000101234567"),
])
def test_iccids_compare_without_the_filler_on_either_side(listed, read):
    # An 18-digit ICCID padded with F (TS 102 221 EF.ICCID) and the same number read with
    # one digit more: the same card.
    plan = EsimProfile(iccid=listed, state="enabled", name="Plan")
    facts = _esim_facts(plan, iccid=read, overall="home")
    assert esim.problem(facts) is None


def test_the_enabled_profile_does_not_register_and_another_is_installed():
    current = EsimProfile(iccid="8900000000000000011", state="enabled",
                          profile_class="operational", name="Old plan")
    other = EsimProfile(iccid="8900000000000000022", state="disabled", name="Travel")
    facts = _esim_facts(current, other, iccid="8900000000000000011")
    found = esim.problem(facts)
    assert found is not None
    assert (found.kind, found.check) == (esim.WRONG_PROFILE, "sim-health")
    assert found.detail == (f"the eSIM (EID {EID}) has {esim.profile_text(current)} enabled and "
                            f"it does not register; also installed: "
                            f"{esim.profile_text(other)}")
    assert '"Old plan"' in found.summary
    steps_ = _whole(found.remedy)
    assert esim.profile_text(other) in steps_[0] and len(steps_) == 4
    assert "8900000000000000022" in steps_[3]
    assert found.skip_reason
    results, verdict = judge(facts)
    assert (results["sim-health"].status, verdict.check) == ("fail", "sim-health")
    assert results["sim-health"].detail == found.detail
    third = EsimProfile(iccid="8900000000000000033", state="disabled", name="Work")
    found = esim.problem(_esim_facts(current, other, third, iccid="8900000000000000011"))
    assert found is not None
    assert found.detail.endswith(f"{esim.profile_text(other)}; {esim.profile_text(third)}")
    unnamed = EsimProfile(iccid="8900000000000000011", state="enabled")
    found = esim.problem(_esim_facts(unnamed, other, iccid="8900000000000000011"))
    assert found is not None and '"8900000000000000011"' in found.summary
    bare = EsimProfile(state="enabled")
    found = esim.problem(_esim_facts(bare, other, iccid="8900000000000000011"))
    assert found is not None and '"?"' in found.summary


@pytest.mark.parametrize("status", ["not-readable", "channel-unavailable", "inconclusive", None])
def test_no_sim_with_an_unreadable_esim_adds_the_esim_hint(status):
    facts = healthy()
    facts.sim = SimFacts(state="not-inserted", raw="+CME ERROR: 10", esim_status=status)
    facts.registration = RegistrationFacts(overall="not-registered")
    results, verdict = judge(facts)
    assert verdict.check == "sim-present"
    assert len(steps(results["sim-present"].remedy)) == 4
    facts.sim.type = "physical"
    assert len(steps(judge(facts)[0]["sim-present"].remedy)) == 3


def test_profile_classes_in_chinese(chinese):
    text = esim.profile_text(EsimProfile(iccid="1", state="enabled",
                                         profile_class="operational"))
    assert "operational" not in text



def test_a_web_device_is_not_quoted_with_at_commands():
    facts = _web()
    facts.packet.attached = None
    facts.registration = RegistrationFacts(cs=RegistrationDomain(stat=1, state="home"),
                                           overall="home")
    attach = judge(facts)[0]["data-attach"]
    assert attach.status == "error" and "+CGATT" not in attach.detail


def test_an_unknown_registration_through_modemmanager_names_modemmanager():
    facts = _unregistered(managed(), None)  # type: ignore[arg-type]
    registration = judge(facts)[0]["registration"]
    assert registration.status == "error" and "ModemManager" in registration.detail
