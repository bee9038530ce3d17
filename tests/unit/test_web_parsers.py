"""HiLink and ZTE answers -> facts: the pure parsers and mappings (no HTTP here).

Captured answers name their source; the rest are built from the field lists and code tables
of shared/reference/hilink.md (the section is named in each case).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from simtool.sources.hilink import codes as hl_codes
from simtool.sources.hilink.client import encode_password, mask, request_xml
from simtool.sources.hilink.mapping import facts_from as hilink_facts
from simtool.sources.hilink.parse import (
    ApiError,
    NotApi,
    as_list,
    csrf_tokens,
    data_size,
    measurement,
    parse_answer,
)
from simtool.sources.zte import client as zte_client
from simtool.sources.zte.mapping import decode_ucs2, gated_groups, sms_time
from simtool.sources.zte.mapping import facts_from as zte_facts
from simtool.transport.gateways import parse_netstat, parse_proc_route, parse_route_print
from simtool.transport.http import split_host_port

DATA = Path(__file__).parents[1] / "data" / "web"

READY = {"SimState": "257", "PinOptState": "258", "SimPinTimes": "3", "SimPukTimes": "10"}


# --- HiLink wire format (reference §1) ------------------------------------------------

def test_captured_monitoring_status_maps_to_a_registered_lte_connection() -> None:
    # vzakharchenko/huawei-hilink README: a router's monitoring/status, connected on LTE.
    status = parse_answer((DATA / "hilink_monitoring_status.xml").read_bytes(), "text/xml")
    assert status["ConnectionStatus"] == "901" and status["WifiStatus"] == ""
    facts = hilink_facts({"pin/status": READY, "monitoring/status": status})
    assert facts.registration.overall == "home"
    assert facts.registration.eps is not None and facts.registration.eps.act == 7
    assert facts.packet.attached is True
    assert facts.router.connection == "connected" and facts.router.connection_code == "901"
    assert facts.radio.on is True and facts.router.unparsed == []


def test_error_answers_raise_with_their_code() -> None:
    with pytest.raises(ApiError) as caught:
        parse_answer(b'<?xml version="1.0"?><error><code>100003</code><message/></error>')
    assert caught.value.code == 100003 and "login required" in str(caught.value)


@pytest.mark.parametrize("body", [
    b"<!DOCTYPE html><html><body>Login</body></html>",     # a login page
    b"<html><head><title>Router</title></head></html>",    # a home router's page
    b"", b"   ", b"<error><code>x</code></error>", b"{broken json",
])
def test_what_is_not_the_api_is_not_api(body: bytes) -> None:
    with pytest.raises(NotApi):
        parse_answer(body, "text/html")


def test_json_answers_and_write_acknowledgements() -> None:
    assert parse_answer(b'{"a": 1}', "application/json") == {"a": 1}
    assert parse_answer(b"<response>OK</response>") == "OK"


def test_one_message_comes_as_itself_several_as_a_list() -> None:
    # HLA Tools.enforce_list_response: a single <Message> is not a list.
    one = parse_answer(b"<response><Count>1</Count><Messages><Message><Index>40000</Index>"
                       b"</Message></Messages></response>")
    assert as_list(one["Messages"]["Message"]) == [{"Index": "40000"}]
    two = parse_answer(b"<response><Messages><Message><Index>1</Index></Message><Message>"
                       b"<Index>2</Index></Message></Messages></response>")
    assert len(as_list(two["Messages"]["Message"])) == 2
    assert as_list("") == []


def test_cesu8_surrogate_pairs_become_utf8() -> None:
    # Non-BMP characters are CESU-8 on the wire (reference §1, HLA cesu8_fix).
    smile = "😀".encode("utf-16-be")
    cesu = b"".join(chr(int.from_bytes(smile[i:i + 2], "big")).encode("utf-8", "surrogatepass")
                    for i in (0, 2))
    answer = parse_answer(b"<response><Content>" + cesu + b"</Content></response>")
    assert answer["Content"] == "😀"


@pytest.mark.parametrize(("text", "value"), [
    ("-86dBm", -86.0), (">=-51dBm", -51.0), ("-15.0dB", -15.0), ("10dB", 10.0),
    ("", None), ("N/A", None), (None, None),
])
def test_measurements_with_units_and_comparators(text: str | None, value: float | None) -> None:
    # Signal strings as in reference §1 and the huawei-hilink README capture (-15.0dB).
    assert measurement(text) == value


def test_data_limit_sizes() -> None:
    assert data_size("500MB") == 500 << 20
    assert data_size("1GB") == 1 << 30
    assert data_size("") is None and data_size("12") is None


def test_csrf_meta_tokens_of_the_home_page() -> None:
    page = ('<meta name="csrf_token" content="abc"><meta name="csrf_token" content="def">')
    assert csrf_tokens(page) == ["abc", "def"]


@given(st.binary(max_size=400))
def test_arbitrary_bytes_never_raise_anything_else(body: bytes) -> None:
    try:
        parse_answer(body, "text/xml")
    except (ApiError, NotApi):
        pass


# --- HiLink code tables (reference §3) ----------------------------------------------

@pytest.mark.parametrize(("code", "state"), sorted(hl_codes.SIM_STATE.items()))
def test_every_sim_state_code_maps(code: str, state: str) -> None:
    facts = hilink_facts({"pin/status": {**READY, "SimState": code}})
    assert facts.sim.state == state and facts.sim.raw.startswith(f"SimState={code}")
    assert facts.router.unparsed == []


def test_unknown_sim_state_is_kept_verbatim_never_guessed() -> None:
    facts = hilink_facts({"pin/status": {**READY, "SimState": "263"}})
    assert facts.sim.state == "unknown" and facts.router.unparsed == ["SimState=263"]


def _connection(code: str, **status: str) -> tuple[str | None, str | None, bool | None]:
    facts = hilink_facts({"pin/status": READY, "monitoring/status": {
        "ConnectionStatus": code, "ServiceStatus": "2", "CurrentServiceDomain": "3", **status}})
    return facts.router.connection, facts.router.connection_text, facts.router.data_limit_stops


@pytest.mark.parametrize("code", sorted(hl_codes.PROFILE_INVALID | hl_codes.ACCESS_NOT_ALLOWED
                                        | hl_codes.ROAMING_NOT_ALLOWED))
def test_every_failure_code_of_the_webui_is_a_failure_with_its_text(code: str) -> None:
    state, text, _stops = _connection(code)
    assert state == "failed"
    assert text in (hl_codes.TEXT_PROFILE_INVALID, hl_codes.TEXT_ACCESS_NOT_ALLOWED,
                    hl_codes.TEXT_ROAMING_NOT_ALLOWED)


def test_device_limit_auto_connect_and_unknown_connection_codes() -> None:
    assert _connection("201") == ("failed", hl_codes.TEXT_DATA_LIMIT, True)
    assert _connection("112")[:2] == ("disconnected", hl_codes.TEXT_AUTO_OFF)
    assert _connection("113")[:2] == ("disconnected", hl_codes.TEXT_AUTO_OFF_ROAMING)
    assert _connection("905")[:2] == ("failed", hl_codes.TEXT_POOR_SIGNAL)
    facts = hilink_facts({"pin/status": READY, "monitoring/status": {"ConnectionStatus": "116"}})
    assert facts.router.connection == "unknown"
    assert facts.router.unparsed == ["ConnectionStatus=116"]


@pytest.mark.parametrize(("service", "sim_status", "overall"), [
    ("2", "1", "home"), ("0", "1", "searching"), ("1", "1", "emergency-only"),
    ("0", "4", "denied"), ("1", "4", "denied"), ("4", "1", "not-registered"),
])
def test_service_status_and_sim_status_to_registration(service: str, sim_status: str,
                                                       overall: str) -> None:
    facts = hilink_facts({"pin/status": READY, "monitoring/status": {
        "ServiceStatus": service, "SimStatus": sim_status, "CurrentServiceDomain":
        "3" if service == "2" else "0", "CurrentNetworkTypeEx": "101" if service == "2" else "0"}})
    assert facts.registration.overall == overall


def test_a_card_invalid_for_ps_is_not_attached() -> None:
    facts = hilink_facts({"pin/status": READY, "monitoring/status": {
        "ServiceStatus": "2", "SimStatus": "3", "CurrentServiceDomain": "1",
        "CurrentNetworkTypeEx": "101"}})
    assert facts.packet.attached is False and facts.registration.overall == "home"


def test_device_data_limit_and_switch() -> None:
    facts = hilink_facts({
        "pin/status": READY, "dialup/mobile-dataswitch": {"dataswitch": "0"},
        "monitoring/start_date": {"SetMonthData": "1", "DataLimit": "1GB"},
        "monitoring/month_statistics": {"CurrentMonthDownload": str(1 << 30),
                                        "CurrentMonthUpload": "10"}})
    assert facts.router.data_switch is False
    assert facts.router.data_limit_bytes == 1 << 30 and facts.router.data_limit_reached is True


def test_apn_of_the_current_profile_and_login_gated_groups() -> None:
    profiles = {"CurrentProfile": "2", "Profiles": {"Profile": [
        {"Index": "1", "ApnIsStatic": "1", "ApnName": "internet"},
        {"Index": "2", "ApnIsStatic": "1", "ApnName": "cmnet"}]}}
    facts = hilink_facts({"pin/status": READY, "dialup/profiles": profiles},
                         gated={"device/information", "sms/sms-list"})
    assert facts.apn.configured == "cmnet"
    assert facts.router.login_required == ["identity", "sms"]


def test_password_encoding_of_the_two_password_types() -> None:
    # Reference §4: type 0 base64(password); type 4 base64(hex(sha256(user +
    # base64(hex(sha256(password))) + token))).
    assert encode_password("admin", "secret", "0", "tok") == "c2VjcmV0"
    import base64
    import hashlib
    inner = base64.b64encode(hashlib.sha256(b"secret").hexdigest().encode())
    expected = base64.b64encode(hashlib.sha256(b"admin" + inner + b"tok").hexdigest().encode())
    assert encode_password("admin", "secret", "4", "tok") == expected.decode()


def test_secrets_are_masked_in_transcript_lines() -> None:
    line = request_xml([("Username", "admin"), ("Password", "c2VjcmV0")]).decode()
    assert "c2VjcmV0" not in mask(line)
    assert "abc" not in mask("<response><token>abc</token></response>")
    assert "s3cr" not in mask('<meta name="csrf_token" content="s3cr">')
    assert "c2VjcmV0" not in zte_client.mask("isTest=false&goformId=LOGIN&password=c2VjcmV0")


# --- ZTE goform (reference §7) --------------------------------------------------------

ZTE_READY = {"modem_main_state": "modem_init_complete", "pinnumber": "3", "puknumber": "10",
             "network_type": "LTE", "simcard_roam": "Home", "ppp_status": "ppp_connected",
             "lte_rsrp": "-95", "rmcc": "460", "rmnc": "0", "network_provider": "CMCC",
             "wan_apn": "cmnet"}


@pytest.mark.parametrize(("main", "state"), [
    ("modem_init_complete", "ready"), ("modem_sim_undetected", "not-inserted"),
    ("modem_undetected", "not-inserted"), ("modem_sim_destroy", "failure"),
    ("modem_waitpin", "pin-required"), ("modem_waitpuk", "puk-required"),
    ("modem_imsi_waitnck", "ph-net-pin"), ("modem_sim_state", "busy"),
    ("modem_handover", "busy"),
])
def test_modem_main_state_table(main: str, state: str) -> None:
    assert zte_facts({**ZTE_READY, "modem_main_state": main}).sim.state == state


def test_zte_pin_and_puk_rules_of_the_ui() -> None:
    # ZMF: no PIN tries left (but PUK tries) = PUK required; PUK tries 0 = blocked.
    facts = zte_facts({**ZTE_READY, "modem_main_state": "modem_waitpin", "pinnumber": "0"})
    assert facts.sim.state == "puk-required"
    facts = zte_facts({**ZTE_READY, "modem_main_state": "modem_waitpuk", "puknumber": "0"})
    assert facts.sim.state == "failure"


def test_zte_unknown_values_are_kept() -> None:
    facts = zte_facts({**ZTE_READY, "modem_main_state": "modem_new_state"})
    assert facts.sim.state == "unknown"
    assert facts.router.unparsed == ["modem_main_state=modem_new_state"]
    facts = zte_facts({**ZTE_READY, "ppp_status": "ppp_strange", "network_type": "NR5G_SA"})
    assert facts.router.unparsed == ["network_type=NR5G_SA", "ppp_status=ppp_strange"]
    assert facts.router.connection == "unknown" and facts.registration.overall == "unknown"


@pytest.mark.parametrize(("network", "roam", "overall"), [
    ("LTE", "Home", "home"), ("LTE", "International", "roaming"), ("LTE", "Internal", "roaming"),
    ("WCDMA", "Home", "home"), ("limited_service", "", "emergency-only"),
    ("no_service", "", "searching"),
])
def test_zte_network_type_and_roaming(network: str, roam: str, overall: str) -> None:
    facts = zte_facts({**ZTE_READY, "network_type": network, "simcard_roam": roam})
    assert facts.registration.overall == overall


def test_zte_limit_is_an_alert_not_a_stop() -> None:
    facts = zte_facts({**ZTE_READY, "data_volume_limit_switch": "1",
                       "data_volume_limit_unit": "data", "data_volume_limit_size": "1_1024",
                       "monthly_rx_bytes": str(2 << 30), "monthly_tx_bytes": "0"})
    assert facts.router.data_limit_bytes == 1 << 30
    assert facts.router.data_limit_reached is True and facts.router.data_limit_stops is False


def test_zte_blank_network_fields_before_login_are_gated() -> None:
    fields = {"modem_main_state": "modem_init_complete", "loginfo": ""}
    assert gated_groups(fields, logged_in=False) == ["network", "signal", "connection", "apn"]
    assert gated_groups(fields, logged_in=True) == []


def test_zte_sms_content_and_time() -> None:
    assert decode_ucs2("4F60597D") == "你好"
    assert decode_ucs2("not hex") == "not hex"
    assert sms_time("26,11,20,09,15,02,+8") == "2026-11-20T09:15:02"
    assert sms_time("junk") is None


def test_zte_salted_password() -> None:
    import hashlib
    inner = hashlib.sha256(b"secret").hexdigest().upper()
    assert zte_client.encode_password("secret", "LD1") == hashlib.sha256(
        (inner + "LD1").encode()).hexdigest().upper()
    assert zte_client.encode_password("secret", "") == "c2VjcmV0"


# --- gateways and addresses -----------------------------------------------------------

def test_default_gateways_from_proc_net_route() -> None:
    # /proc/net/route of a laptop with a HiLink stick (enx...) and Wi-Fi: both defaults.
    table = ("Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT\n"
             "enx0c5b8f279a64\t00000000\t0108A8C0\t0003\t0\t0\t100\t00000000\t0\t0\t0\n"
             "wlp2s0\t00000000\t0101A8C0\t0003\t0\t0\t600\t00000000\t0\t0\t0\n"
             "enx0c5b8f279a64\t0008A8C0\t00000000\t0001\t0\t0\t100\t00FFFFFF\t0\t0\t0\n")
    assert parse_proc_route(table) == ["192.168.8.1", "192.168.1.1"]


def test_default_gateways_on_macos_and_windows() -> None:
    assert parse_netstat("Destination  Gateway  Flags  Netif\ndefault  192.168.8.1  UGScg  en5\n"
                         "127  127.0.0.1  UCS  lo0\n") == ["192.168.8.1"]
    assert parse_route_print("Network Destination  Netmask  Gateway  Interface  Metric\n"
                             "  0.0.0.0  0.0.0.0  192.168.0.1  192.168.0.100  25\n") == [
        "192.168.0.1"]


@pytest.mark.parametrize(("address", "split"), [
    ("192.168.8.1", ("192.168.8.1", 80)), ("127.0.0.1:8080", ("127.0.0.1", 8080)),
    ("[::1]:81", ("::1", 81)),
])
def test_addresses(address: str, split: tuple[str, int]) -> None:
    assert split_host_port(address) == split


@pytest.mark.parametrize("address", ["", "host:0", "host:99999", "host:x"])
def test_bad_addresses(address: str) -> None:
    with pytest.raises(ValueError):
        split_host_port(address)


@pytest.mark.parametrize(("sender", "kept"), [
    ("10086", True), ("10010", True), ("1065502012345", True), ("Vodafone", True),
    ("+8613912345678", False), ("13912345678", False), ("", False), (None, False),
])
def test_only_operator_and_service_messages_become_notices(sender: str | None,
                                                           kept: bool) -> None:
    # Senders from shared/reference/datapath_and_notices.md §3.1; a person's SMS never goes
    # into a report.
    listing = {"Messages": {"Message": {"Phone": sender or "", "Content": "x",
                                        "Date": "2026-11-20 09:15:02"}}}
    facts = hilink_facts({"pin/status": READY, "sms/sms-list": listing})
    assert bool(facts.notices) == kept
    zte = zte_facts(ZTE_READY, [{"number": sender or "", "content": "0078", "date": ""}])
    assert bool(zte.notices) == kept
