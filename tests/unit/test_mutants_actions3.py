"""Tests written against mutants that survived scripts/mutation.sh in simtool/actions/
(docs/mutation.md), continued from test_mutants_actions2.py: the data-path test's result in
full (data_test.py), the connection test's edges (connect_test.py), the radio's no-op result
(radio.py) and an unreadable message among the unread ones (notices.py)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from simtool.actions.connect_test import ConnectResult, connection_test, record_connection_test
from simtool.actions.data_test import (
    CHINA,
    WORLD,
    _detail,
    _Seen,
    outcome_of,
    probe_for,
    run_data_test,
)
from simtool.actions.notices import read_unread_step
from simtool.actions.radio import RadioResult, read_cfun, set_radio
from simtool.at.parsers.tcpip import DnsReport, PingReport, parse_qiurc_dnsgip, parse_qping
from simtool.at.session import AtSession, Cancelled
from simtool.facts import DataPathResult, Facts, PdpContext
from simtool.sim.commands.sms import SmsSlot
from simtool.sim.modem import Modem as SimulatedModem
from simtool.vendors.tcpip import HttpResult
from tests.unit.test_at_reader import ScriptedPort

Modem = Callable[[str], AtSession]


def sent(session: AtSession) -> list[str]:
    return [e.text.strip() for e in session.transcript.entries() if e.dir == "tx"]


def _sim(session: AtSession) -> SimulatedModem:
    """The simulated modem behind a sim:// port (its state, below the port)."""
    modem: SimulatedModem = session.port._link.modem
    return modem


# -- the data-path test ------------------------------------------------------------------------

URL = WORLD.url
HOST = "connectivitycheck.gstatic.com"
HOST_ADDRESS = "142.250.72.99"      # what the simulated DNS gives that host (sim/traffic.py)


def _ready(vendor: str, *contexts: PdpContext) -> Facts:
    """What a read found on a registered modem with a ready SIM of a German card (WORLD)."""
    facts = Facts()
    facts.vendor = vendor
    facts.sim.state = "ready"
    facts.sim.home.mcc = "262"
    facts.registration.overall = "home"
    facts.packet.contexts = list(contexts)
    return facts


def _run(session: AtSession, facts: Facts) -> tuple[DataPathResult | None, list[str]]:
    said: list[str] = []
    # The simulated network answers at once (timescale=0.01): no probe waits this long.
    return run_data_test(session, facts, timeout=1.0, progress=said.append), said


UP = PdpContext(cid=1, pdp_type="IP", apn="cmnet", active=True)
LOOKING, ASKING, PINGING = (f"Looking up {HOST}…", f"Asking {URL}…",
                            f"Pinging {WORLD.ping}…")


@pytest.mark.parametrize(("url", "vendor", "expected", "progress"), [
    ("sim://healthy", "quectel",
     DataPathResult(outcome="passes", method="modem", target=URL, dns=True, ping=None,
                    http_status=204, location=None, activated=False,
                    detail=f"DNS {HOST}: {HOST_ADDRESS}; HTTP {URL}: 204"),
     [LOOKING, ASKING]),
    # Quectel follows the redirect itself and shows the portal's page, titled.
    ("sim://quota-exhausted", "quectel",
     DataPathResult(outcome="redirected", method="modem", target=URL, dns=True, ping=None,
                    http_status=200, location="portal.operator.invalid", activated=False,
                    detail=f"DNS {HOST}: {HOST_ADDRESS}; HTTP {URL}: 200, a page titled "
                           "\u201c流量已用完 - 充值 / Top up\u201d"),
     [LOOKING, ASKING]),
    ("sim://quota-exhausted", "simcom",
     DataPathResult(outcome="redirected", method="modem", target=URL, dns=True, ping=None,
                    http_status=302, location="portal.operator.invalid", activated=False,
                    detail=f"DNS {HOST}: {HOST_ADDRESS}; HTTP {URL}: 302"),
     [LOOKING, ASKING]),
    # 565: Quectel's "DNS parse failed"; the blocked line loses both echoes.
    ("sim://arrears-blocked", "quectel",
     DataPathResult(outcome="nothing-passes", method="modem", target=URL, dns=False,
                    ping=False, http_status=None, location=None, activated=False,
                    detail=f"DNS {HOST}: failed (565); ping 1.1.1.1: 0 of 2 answered"),
     [LOOKING, PINGING]),
    # Fibocom: no HTTP client simtool drives, so the ping decides.
    ("sim://healthy", "fibocom",
     DataPathResult(outcome="passes", method="modem", target=URL, dns=True, ping=True,
                    http_status=None, location=None, activated=False,
                    detail=f"DNS {HOST}: {HOST_ADDRESS}; ping 1.1.1.1: 2 of 2 answered"),
     [LOOKING, PINGING]),
])
def test_the_result_of_each_probe_in_full(modem: Modem, url: str, vendor: str,
                                          expected: DataPathResult, progress: list[str]
                                          ) -> None:
    session = modem(f"{url}?vendor={vendor}&timescale=0.01")
    facts = _ready(vendor, UP)
    assert _run(session, facts) == (expected, progress)
    assert facts.notes == [] and not facts.connection_test     # nothing was brought up


def test_a_lost_line_is_pinged_on_the_tested_context(modem: Modem) -> None:
    session = modem("sim://arrears-blocked?vendor=quectel&timescale=0.01")
    _run(session, _ready("quectel", UP))
    # No web request after a failed lookup: only the ping tells what passes.
    assert sent(session) == ["AT+QIACT?", f'AT+QIDNSGIP=1,"{HOST}"',
                             'AT+QPING=1,"1.1.1.1",1,2']


def test_the_active_context_is_tested_with_its_own_apn(modem: Modem) -> None:
    session = modem("sim://healthy?vendor=fibocom&timescale=0.01")
    # cid 1 down with the network's APN, cid 2 up with the operator's (cmnet for 46000).
    for command in ("AT+CGACT=0,1", 'AT+CGDCONT=1,"IP",""', 'AT+CGDCONT=2,"IP","cmnet"',
                    "AT+CGACT=1,2"):
        assert session.command(command).ok
    facts = _ready("fibocom", PdpContext(1, "IP", "", active=False),
                   PdpContext(2, "IP", "cmnet", active=True))
    start = len(sent(session))
    result, said = _run(session, facts)
    assert result is not None and (result.outcome, result.activated) == ("passes", False)
    assert said == [LOOKING, PINGING]          # nothing to open: the session is up
    assert sent(session)[start:] == ['AT+MIPCALL?', 'AT+MIPCALL=1,"cmnet"',
                                     f'AT+MIPDNS="{HOST}"', 'AT+MPING=1,"1.1.1.1",2,32,255,0,1',
                                     "AT+MIPCALL=0"]
    assert facts.notes == [] and not facts.connection_test


def test_a_context_opened_for_the_test_is_the_first_defined_one(modem: Modem) -> None:
    session = modem("sim://healthy?vendor=quectel&timescale=0.01")
    for command in ("AT+CGACT=0,1", "AT+CGDCONT=1", 'AT+CGDCONT=3,"IP","cmnet"'):
        assert session.command(command).ok          # only cid 3 defined, and down
    facts = _ready("quectel", PdpContext(3, "IP", "cmnet", active=False))
    start = len(sent(session))
    result, said = _run(session, facts)
    assert result is not None and (result.outcome, result.activated) == ("passes", True)
    assert said == ["Opening a data session for the test…", LOOKING, ASKING]
    commands = sent(session)[start:]
    assert commands[:5] == ["AT+CGACT?", "AT+CGACT=1,3", "AT+CGPADDR=3", "AT+QIACT?",
                            f'AT+QIDNSGIP=3,"{HOST}"']
    assert commands[-1] == "AT+CGACT=0,3"
    assert not _sim(session).contexts[3].active                 # taken down again
    assert facts.packet.contexts == [PdpContext(3, "IP", "cmnet", active=True)]
    assert facts.notes == ["Data test: context 3 was activated for the test and deactivated "
                           "afterwards."]


def test_a_context_up_before_the_test_gets_no_note_that_it_was_opened(modem: Modem) -> None:
    # The read saw no context (it may have come up since): the modem has cid 1 up already.
    session = modem("sim://healthy?vendor=fibocom&timescale=0.01")
    facts = _ready("fibocom")
    start = len(sent(session))
    result, said = _run(session, facts)
    assert result is not None and (result.outcome, result.activated) == ("passes", False)
    assert sent(session)[start:][:4] == ["AT+CGACT?", "AT+CGPADDR=1", "AT+MIPCALL?",
                                         "AT+MIPCALL=1"]           # no APN known
    assert "AT+CGACT=0,1" not in sent(session)                    # left up, as it was
    assert facts.packet.contexts == [PdpContext(cid=1, active=True)]
    assert facts.notes == []


@pytest.mark.parametrize(("state", "overall"), [
    ("ready", "denied"),            # not registered
    ("pin-required", "home"),       # the SIM explains it already
])
def test_not_run_when_the_sim_or_the_registration_explains_it(modem: Modem, state: str,
                                                              overall: str) -> None:
    session = modem("sim://healthy?vendor=quectel&timescale=0.01")
    facts = _ready("quectel", UP)
    facts.sim.state, facts.registration.overall = state, overall
    facts.radio.on = True
    assert _run(session, facts) == (None, [])
    assert sent(session) == []


def test_a_modem_without_a_stack_is_named(modem: Modem) -> None:
    session = modem("sim://healthy?vendor=huawei")
    assert _run(session, _ready("huawei", UP)) == (DataPathResult(
        outcome="not-testable",
        detail="simtool knows no built-in ping, DNS or web test on this modem (Huawei)"), [])


def test_a_cancel_before_the_stack_opened_comes_through(modem: Modem) -> None:
    session = modem("sim://healthy?vendor=quectel&timescale=0.01")
    session.cancel()
    with pytest.raises(Cancelled):
        _run(session, _ready("quectel", UP))
    assert session.cancelled and sent(session) == []    # nothing opened, nothing to close


def test_the_probe_is_chosen_from_the_imsi_without_a_home_network() -> None:
    facts = Facts()
    assert probe_for(facts) == WORLD
    facts.sim.imsi = "460001234567890"          # China Mobile
    assert probe_for(facts) == CHINA
    facts.sim.imsi = "262011234567890"
    assert probe_for(facts) == WORLD


# Quectel TCP/IP AT manual: +QIURC: "dnsgip",<err>,<IP_count>,<DNS_ttl> - a lookup that
# worked (err 0) but gave no address.
NO_ADDRESS = parse_qiurc_dnsgip('+QIURC: "dnsgip",0,0,600')
FOUND = DnsReport((HOST_ADDRESS,))


def test_a_lookup_with_no_address_is_a_dns_failure() -> None:
    assert NO_ADDRESS == DnsReport(())
    answered = PingReport(2, 2)
    assert outcome_of(_Seen(NO_ADDRESS, None, answered), True) == "dns-fails"
    assert _detail(_Seen(NO_ADDRESS, None, answered), WORLD, True) == (
        f"DNS {HOST}: failed (?); ping 1.1.1.1: 2 of 2 answered")


def test_one_echo_of_two_is_enough() -> None:
    # Quectel TCP/IP AT manual, AT+QPING: one echo, one 569 (timeout), then the summary.
    half = parse_qping('+QPING: 0,"1.1.1.1",32,120,255\n+QPING: 569\n'
                       '+QPING: 0,2,1,1,120,120,120')
    assert half == PingReport(2, 1, (120.0,))
    assert outcome_of(_Seen(FOUND, None, half), False) == "passes"


@pytest.mark.parametrize(("status", "outcome"), [
    (300, "redirected"),    # Multiple Choices: the 3xx class, RFC 9110 §15.4
    (399, "redirected"),
    (400, "passes"),        # a server answered, if oddly: traffic passes
])
def test_the_redirect_class_is_exactly_3xx(status: int, outcome: str) -> None:
    assert outcome_of(_Seen(FOUND, HttpResult(status), None), True) == outcome


@pytest.mark.parametrize(("has_http", "detail"), [
    (True, f"DNS {HOST}: {HOST_ADDRESS}; HTTP {URL}: no answer; ping 1.1.1.1: 2 of 2 answered"),
    (False, f"DNS {HOST}: {HOST_ADDRESS}; ping 1.1.1.1: 2 of 2 answered"),   # never asked
])
def test_a_web_request_that_got_no_answer_is_said(has_http: bool, detail: str) -> None:
    assert _detail(_Seen(FOUND, None, PingReport(2, 2)), WORLD, has_http) == detail


# -- the connection test -----------------------------------------------------------------------

IDLE = {"AT+CGACT?": "+CGACT: 1,0\n\nOK", "AT+CGACT=1,1": "OK", "AT+CGACT=0,1": "OK"}


def test_an_activation_that_never_finishes_is_taken_down_and_said() -> None:
    port = ScriptedPort({**IDLE, "AT+CGACT=1,1": ""})     # no final result ever comes
    session = AtSession(port, default_timeout=5.0)
    assert connection_test(session, 1, timeout=1.0) == ConnectResult(
        1, ok=False, error="The modem did not finish activating the data context within 1 s.")
    assert port.sent == ["AT+CGACT?", "AT+CGACT=1,1", "AT+CGACT=0,1"]


@pytest.mark.parametrize(("cgpaddr", "addresses", "shown"), [
    # TS 27.007 §10.1.14: an IPv4v6 context has two addresses (IPv6 in dotted form).
    ('+CGPADDR: 1,"10.1.2.3","32.1.13.184.0.0.0.0.0.0.0.0.0.0.0.1"\n\nOK',
     ("10.1.2.3", "32.1.13.184.0.0.0.0.0.0.0.0.0.0.0.1"),
     "10.1.2.3, 32.1.13.184.0.0.0.0.0.0.0.0.0.0.0.1"),
    ("OK", (), "?"),                # no line for the context: no address, not a failure
])
def test_the_addresses_of_a_context_that_came_up(cgpaddr: str, addresses: tuple[str, ...],
                                                 shown: str) -> None:
    port = ScriptedPort({**IDLE, "AT+CGPADDR=1": cgpaddr})
    facts = Facts()
    facts.sim.state = "ready"
    result = record_connection_test(AtSession(port, default_timeout=5.0), facts)
    assert result == ConnectResult(1, ok=True, addresses=addresses)
    assert facts.notes == [f"Connection test: context 1 came up with address {shown} and was "
                           "taken down again."]
    assert port.sent == ["AT+CGACT?", "AT+CGACT=1,1", "AT+CGPADDR=1", "AT+CGACT=0,1"]


# -- the radio ---------------------------------------------------------------------------------


def test_no_change_reports_the_state_it_found(modem: Modem) -> None:
    assert set_radio(modem("sim://healthy"), True) == RadioResult(1, 1, changed=False)
    assert set_radio(modem("sim://radio-off"), False) == RadioResult(4, 4, changed=False)


def test_a_refused_cfun_read_is_no_state(modem: Modem) -> None:
    session = modem("sim://healthy?refuse=CFUN")
    assert read_cfun(session) is None
    assert sent(session) == ["AT+CFUN?"]


# -- the unread messages -----------------------------------------------------------------------

# A DELIVER PDU (TS 23.040 §9.2.2.1) cut off right after its timestamp: no user data length.
CUT_PDU = "07911326040000F0040B911346610089F6000020806291731408"


def test_an_unreadable_unread_message_becomes_a_note(modem: Modem) -> None:
    session = modem("sim://arrears-blocked")
    assert session.command("AT").ok                         # the modem is built now
    _sim(session).sms.append(SmsSlot("REC UNREAD", "10086", "2026-11-20T09:15:02+08:00", "",
                                     CUT_PDU))
    facts = Facts()
    facts.sim.state = "ready"
    facts.unread_sms_skipped = 1
    read_unread_step(session, facts)
    assert facts.notes == ["A stored SMS could not be read (SMS PDU not understood: PDU cannot "
                           "be read: PDU ends early: needs 1 octets at 26)"]
    assert facts.unread_sms_marked == 2                     # the two readable ones
    assert [n.cause for n in facts.notices] == ["arrears-suspended", "plan-expiring"]
