"""hilink:// and zte:// against the simulated devices: real HTTP servers on 127.0.0.1 that
answer from the same simulated world as sim://. Every scenario that maps gives the same
verdict and check id as sim://; login, lockouts and broken devices give a clear message,
never a traceback and never a second login attempt."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from simtool.runner import CheckOptions, run_check
from simtool.sim.config import SCENARIO_NAMES
from simtool.sim.modem import Config, Modem
from simtool.sim.web import hilink as sim_hilink
from simtool.sim.web import zte as sim_zte
from simtool.sim.web.common import DeviceSettings, WebDevice
from simtool.sources.base import Credentials

KINDS = {"hilink": sim_hilink.HilinkDevice, "zte": sim_zte.ZteDevice}
UNMAPPED = {"hilink": sim_hilink.UNMAPPED, "zte": sim_zte.UNMAPPED}
PASSWORD = "Admin-1234"


def serve(kind: str, scenario: str = "healthy", **settings: Any) -> WebDevice:
    modem = Modem(Config(scenario=scenario, busy_seconds=0.6))
    return KINDS[kind](modem, DeviceSettings(**settings)).start()


@pytest.fixture
def device(request: pytest.FixtureRequest) -> Iterator[WebDevice]:
    kind, settings = request.param
    web = serve(kind, **settings)
    yield web
    web.stop()


def check(web: WebDevice, kind: str, password: str | None = None,
          timeout: float = 5.0) -> Any:
    options = CheckOptions(timeout=timeout, sim_busy_wait=5.0,
                           credentials=Credentials(password) if password else None)
    return run_check(f"{kind}://{web.where}", options)


PARITY = [(kind, scenario) for kind in KINDS for scenario in SCENARIO_NAMES
          if scenario not in UNMAPPED[kind]]


@pytest.mark.parametrize(("kind", "scenario"), PARITY, ids=[f"{k}-{s}" for k, s in PARITY])
def test_same_verdict_and_check_as_the_at_modem(kind: str, scenario: str) -> None:
    web = serve(kind, scenario)
    try:
        through_web = check(web, kind)
    finally:
        web.stop()
    at = run_check(f"sim://{scenario}?busy=0.6", CheckOptions(sim_busy_wait=5.0))
    assert (through_web.verdict.status, through_web.verdict.check) == (
        at.verdict.status, at.verdict.check), through_web.verdict.summary
    assert through_web.facts.port.via == kind
    assert [c.id for c in through_web.checks] == [c.id for c in at.checks]


def test_the_unmapped_lists_are_scenario_names() -> None:
    for names in UNMAPPED.values():
        assert set(names) <= set(SCENARIO_NAMES)


# --- the verdicts only these devices show ----------------------------------------------

@pytest.mark.parametrize("device", [("hilink", {"data_switch": False})], indirect=True)
def test_mobile_data_switched_off_on_the_device(device: WebDevice) -> None:
    report = check(device, "hilink")
    assert (report.verdict.status, report.verdict.check) == ("problem", "data-session")
    assert "switched off on the device" in report.verdict.summary
    assert "simtool data on" in (report.checks[10].remedy or "")


@pytest.mark.parametrize("device", [("hilink", {"data_limit_mb": 1024, "data_used_mb": 1100})],
                         indirect=True)
def test_the_devices_own_limit_is_not_the_operators_quota(device: WebDevice) -> None:
    report = check(device, "hilink")
    assert (report.verdict.status, report.verdict.check) == ("problem", "data-session")
    assert "not the operator's quota" in report.verdict.summary
    assert report.facts.router.data_limit_stops is True
    assert report.facts.router.data_limit_bytes == 1024 << 20


@pytest.mark.parametrize("device", [("zte", {"data_limit_mb": 1024, "data_used_mb": 1100})],
                         indirect=True)
def test_a_zte_limit_alert_is_a_warning_while_connected(device: WebDevice) -> None:
    report = check(device, "zte")
    session = next(c for c in report.checks if c.id == "data-session")
    assert session.status == "warn" and "not the operator's quota" in session.detail


def test_connection_failed_with_the_devices_code() -> None:
    web = serve("hilink", "not-subscribed")
    try:
        report = check(web, "hilink")
    finally:
        web.stop()
    session = next(c for c in report.checks if c.id == "data-session")
    assert session.status == "fail" and "its code 33" in session.detail
    assert "The profile is invalid" in session.detail
    assert report.facts.router.connection_code == "33"


@pytest.mark.parametrize("kind", KINDS)
def test_an_unknown_connection_code_is_kept_and_named(kind: str) -> None:
    web = serve(kind, quirks=frozenset({"unknown-code"}))
    try:
        report = check(web, kind)
    finally:
        web.stop()
    session = next(c for c in report.checks if c.id == "data-session")
    assert session.status == "warn" and "not in simtool's tables" in session.detail
    assert report.facts.router.unparsed
    assert report.verdict.status == "ok"


# --- login ----------------------------------------------------------------------------

@pytest.mark.parametrize("kind", KINDS)
def test_everything_behind_the_login_without_a_password(kind: str) -> None:
    web = serve(kind, password=PASSWORD, gate="all")
    try:
        report = check(web, kind)
    finally:
        web.stop()
    assert report.facts.reachable is False and report.facts.port_error_kind == "login"
    assert (report.verdict.status, report.verdict.check) == ("problem", "port")
    assert "--password-env" in (report.checks[0].remedy or "")
    assert web.settings.logins == 0


@pytest.mark.parametrize("kind", KINDS)
def test_the_right_password_one_attempt_then_logout(kind: str) -> None:
    web = serve(kind, password=PASSWORD, gate="all")
    try:
        report = check(web, kind, PASSWORD)
    finally:
        web.stop()
    assert report.verdict.status == "ok", report.verdict.summary
    assert report.facts.router.login == "logged-in"
    assert web.settings.logins == 1
    assert not any(web.settings.sessions.values())      # logged out again
    sent = "".join(entry.text for entry in report.transcript)
    assert PASSWORD not in sent and "QWRtaW4tMTIzNA" not in sent   # nor its base64


@pytest.mark.parametrize("kind", KINDS)
def test_a_wrong_password_is_tried_once_never_twice(kind: str) -> None:
    web = serve(kind, password=PASSWORD, gate="all")
    try:
        report = check(web, kind, "wrong-password")
    finally:
        web.stop()
    assert web.settings.logins == 1
    assert report.facts.reachable is False and report.facts.port_error_kind == "login"
    assert "does not try again" in (report.facts.port_error or "")


@pytest.mark.parametrize("kind", KINDS)
def test_a_locked_login_is_not_tried(kind: str) -> None:
    web = serve(kind, password=PASSWORD, gate="all")
    web.settings.locked_until = web.clock() + 300
    web.settings.failures = 0
    if kind == "zte":
        web.settings.failures = web.settings.login_tries   # psw_fail_num_str 0
    try:
        report = check(web, kind, PASSWORD)
    finally:
        web.stop()
    assert web.settings.logins == 0
    assert report.facts.port_error_kind == "login" and "locked" in (report.facts.port_error or "")


def test_zte_refuses_the_last_attempt() -> None:
    web = serve("zte", password=PASSWORD, gate="some", login_tries=5)
    web.settings.failures = 4                                  # one attempt left
    try:
        report = check(web, "zte", PASSWORD)
    finally:
        web.stop()
    assert web.settings.logins == 0
    assert "Only 1 login attempt is left" in (report.facts.port_error or "")


@pytest.mark.parametrize(("quirk", "password", "words"), [
    ("scram", PASSWORD, "SCRAM"),
    ("", "x" * 33, "longer than the 32 characters"),
])
def test_hilink_logins_that_would_fail_are_not_sent(quirk: str, password: str,
                                                    words: str) -> None:
    web = serve("hilink", password=PASSWORD, gate="all",
                quirks=frozenset({quirk} if quirk else set()))
    try:
        report = check(web, "hilink", password)
    finally:
        web.stop()
    assert web.settings.logins == 0 and words in (report.facts.port_error or "")


def test_hilink_apn_behind_the_login_is_skipped_with_how_to_log_in() -> None:
    web = serve("hilink", password=PASSWORD, gate="some")
    try:
        report = check(web, "hilink")
    finally:
        web.stop()
    apn = next(c for c in report.checks if c.id == "apn")
    assert apn.status == "skip" and "--password-env" in (apn.remedy or "")
    assert report.facts.router.login == "needed"
    assert "apn" in report.facts.router.login_required
    assert report.verdict.status == "ok"


def test_a_302_to_the_login_page_means_login() -> None:
    web = serve("hilink", password=PASSWORD, gate="all", quirks=frozenset({"redirect"}))
    try:
        report = check(web, "hilink")
    finally:
        web.stop()
    assert report.facts.port_error_kind == "login"


# --- broken devices -------------------------------------------------------------------

@pytest.mark.parametrize("kind", KINDS)
def test_html_instead_of_the_api(kind: str) -> None:
    web = serve(kind, quirks=frozenset({"html"}))
    try:
        report = check(web, kind)
    finally:
        web.stop()
    assert report.facts.reachable is False
    assert "not" in (report.facts.port_error or "")
    assert report.verdict.check == "port"


@pytest.mark.parametrize("kind", KINDS)
def test_a_device_that_never_answers_times_out(kind: str) -> None:
    web = serve(kind, quirks=frozenset({"stall"}))
    try:
        report = check(web, kind, timeout=0.5)
    finally:
        web.stop()
    assert report.facts.port_error_kind == "silent"
    assert "did not answer within 0.5 s" in (report.facts.port_error or "")


@pytest.mark.parametrize("kind", KINDS)
def test_nothing_listening(kind: str) -> None:
    web = serve(kind)
    where = web.where
    web.stop()
    report = run_check(f"{kind}://{where}", CheckOptions(timeout=2.0))
    assert report.facts.port_error_kind == "not-found"


def test_old_firmware_without_the_token_api() -> None:
    web = serve("hilink", quirks=frozenset({"old-token"}), password=PASSWORD, gate="all")
    try:
        report = check(web, "hilink", PASSWORD)
    finally:
        web.stop()
    assert report.verdict.status == "ok" and web.settings.logins == 1


def test_a_password_in_the_url_is_refused() -> None:
    report = run_check("hilink://admin:secret@127.0.0.1:9")
    assert report.facts.reachable is False and "--password-env" in (report.facts.port_error
                                                                    or "")


# --- SMS as evidence ------------------------------------------------------------------

@pytest.mark.parametrize("kind", KINDS)
def test_inbox_messages_become_notices_and_stay_unread(kind: str) -> None:
    web = serve(kind)
    unread_before = [slot.status for slot in web.modem.sms if slot is not None]
    try:
        report = check(web, kind)
    finally:
        web.stop()
    texts = [notice.text for notice in report.facts.notices]
    assert any("Your data plan expires soon" in text for text in texts)
    assert all(notice.sender == "10086" for notice in report.facts.notices)
    assert [slot.status for slot in web.modem.sms if slot is not None] == unread_before


# --- discovery ------------------------------------------------------------------------

class _HomeRouter:
    """A plain home router's web server (HTML for everything), counting what it is asked."""

    def __init__(self) -> None:
        import http.server
        import threading

        self.paths: list[str] = []
        owner = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                owner.paths.append(self.path)
                body = b"<html><body>Router login</body></html>"
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,),
                                       daemon=True)
        self.thread.start()

    @property
    def where(self) -> str:
        return f"127.0.0.1:{self.server.server_address[1]}"

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def test_discovery_asks_each_gateway_once_and_finds_only_devices(monkeypatch) -> None:
    from simtool.sources.discovery import WEB_DISCOVERERS, discover_all

    router = _HomeRouter()
    hilink, zte = serve("hilink"), serve("zte", "pin-locked")
    hilink_where, zte_where = hilink.where, zte.where
    try:
        monkeypatch.setenv("SIMTOOL_GATEWAYS", ",".join(
            (router.where, hilink_where, zte_where)))
        found = discover_all(1.0, names=WEB_DISCOVERERS)
    finally:
        router.stop()
        hilink.stop()
        zte.stop()
    assert {(f.url, f.label, f.detail) for f in found} == {
        (f"hilink://{hilink_where}", "Huawei E3372h-320", "SIM ready"),
        (f"zte://{zte_where}", "ZTE MF79U", "PIN required")}
    # The plain router got one short request from each of the two discoverers, no more.
    assert len(router.paths) == 2


def test_no_login_just_for_the_inbox() -> None:
    # An E3372h with login on answers every POST (the SMS list) with 100003 while its GETs
    # are open: the checklist has all it needs, so the password is not used.
    web = serve("hilink", password=PASSWORD, gate="none")
    try:
        report = check(web, "hilink", PASSWORD)
    finally:
        web.stop()
    assert web.settings.logins == 0 and report.verdict.status == "ok"
    assert report.facts.router.login_required == ["sms"]
