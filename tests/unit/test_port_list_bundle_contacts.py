"""The port picker's entries (no Qt), operator contacts, the support bundle, and the report
additions of issue 16 (actions taken, the error from before a change, a reopened report)."""

from __future__ import annotations

import html
import io
import json
import sys
import types
import zipfile
from datetime import datetime

import pytest

from simtool.diagnosis.checklist import evaluate
from simtool.facts import Facts, LastError
from simtool.providers.contacts import contact_for_imsi, operator_contact
from simtool.report import render
from simtool.report.bundle import FILES, build_bundle, bundle_name
from simtool.report.model import ActionTaken, Report
from simtool.runner import run_check
from simtool.sources import discovery, port_list
from simtool.sources.discovery import Found
from simtool.transport.discovery import PortCandidate, guess_role

# -- the port picker --------------------------------------------------------------------------


def quectel_port(device: str, interface: int) -> PortCandidate:
    """An EC25's port as pyserial lists it on Linux (2c7c:0125, interface `interface`)."""
    role, score, modem = guess_role(vid=0x2C7C, pid=0x0125, interface=interface)
    return PortCandidate(device=device, vid=0x2C7C, pid=0x0125, manufacturer="Quectel",
                         product="EG25-G", interface=interface, role=role, score=score,
                         modem=modem)


def test_entries_name_the_vendor_model_and_role_of_each_port() -> None:
    entries = port_list.serial_entries([quectel_port("/dev/ttyUSB2", 2),
                                        quectel_port("/dev/ttyUSB0", 0),
                                        PortCandidate(device="/dev/ttyS0")])
    at, diag, uart = entries
    assert at.label.startswith("/dev/ttyUSB2 \u2014 Quectel") and at.label.endswith("AT port")
    assert at.likely and at.modem and at.role == "at"
    assert "diagnostic port" in diag.label and not diag.likely
    assert uart.label == "/dev/ttyS0" and not uart.modem     # a built-in UART, no claims


def test_vendor_model_comes_from_the_descriptors_when_the_id_is_unknown() -> None:
    candidate = PortCandidate(device="/dev/ttyACM0", vid=0x1234, pid=0x5678,
                              manufacturer="Acme", product="Acme LTE Cat-M1")
    assert port_list.vendor_model(candidate) == "Acme LTE Cat-M1"


def test_probed_ports_say_whether_they_answer_and_come_first() -> None:
    entries = port_list.serial_entries(
        [quectel_port("/dev/ttyUSB3", 3), quectel_port("/dev/ttyUSB2", 2)],
        {"/dev/ttyUSB3": False, "/dev/ttyUSB2": True})
    assert [e.answers for e in entries] == [False, True]
    assert entries[1].label.endswith("answers AT") and entries[0].label.endswith("silent")
    assert [e.likely for e in entries] == [False, True]


def test_other_sources_add_their_modems_without_touching_the_widgets(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """How ModemManager's mm://N and a HiLink stick show up in the picker: a lister in
    simtool.sources.discovery.LISTERS (first) and a web discoverer (last); no serial port
    is probed for either."""
    managed = types.ModuleType("fake_mm_lister")
    managed.discover = lambda timeout: [Found("mm://0", "modemmanager",  # type: ignore[attr-defined]
                                              "Quectel EG25-G", "registered")]
    web = types.ModuleType("fake_hilink_discovery")
    web.discover = lambda timeout: [Found("hilink://192.168.8.1", "hilink",  # type: ignore[attr-defined]
                                          "Huawei E3372h-320", "connected")]
    monkeypatch.setitem(sys.modules, "fake_mm_lister", managed)
    monkeypatch.setitem(sys.modules, "fake_hilink_discovery", web)
    monkeypatch.setattr(discovery, "LISTERS", ("fake_mm_lister",))
    monkeypatch.setattr(discovery, "WEB_DISCOVERERS", ("fake_hilink_discovery",))
    monkeypatch.setattr("simtool.transport.discovery.list_ports",
                        lambda: [quectel_port("/dev/ttyUSB2", 2)])
    entries = port_list.port_entries()
    assert [(e.url, e.source, e.role) for e in entries] == [
        ("mm://0", "modemmanager", "modem"), ("/dev/ttyUSB2", "at", "at"),
        ("hilink://192.168.8.1", "hilink", "modem")]
    assert "Quectel EG25-G (ModemManager)" in entries[0].label
    assert "Huawei E3372h-320 (HiLink)" in entries[2].label and "connected" in entries[2].label


# -- operator contacts ----------------------------------------------------------------------------

@pytest.mark.parametrize(("mnc", "hotline"), [("00", "10086"), ("02", "10086"), ("04", "10086"),
                                              ("07", "10086"), ("08", "10086"), ("01", "10010"),
                                              ("06", "10010"), ("09", "10010"), ("03", "10000"),
                                              ("05", "10000"), ("11", "10000"), ("15", "10099")])
def test_chinese_operators_hotlines(mnc: str, hotline: str) -> None:
    contact = operator_contact("460", mnc)
    assert contact is not None and contact.hotline == hotline and contact.website


def test_unknown_networks_have_no_made_up_contact() -> None:
    assert operator_contact("999", "99") is None
    assert operator_contact(None, None) is None
    assert contact_for_imsi("460001357924680").hotline == "10086"   # type: ignore[union-attr]


# -- the support bundle ------------------------------------------------------------------------

@pytest.fixture(scope="module")
def denied() -> Report:
    return run_check("sim://registration-denied?latency=0")


def test_bundle_name_has_the_date_and_the_iccid_tail(denied: Report) -> None:
    name = bundle_name(denied, datetime(2026, 11, 20, 9, 30))
    assert name == f"simtool-support-20261120-0930-{denied.facts.sim.iccid[-4:]}.zip"


def test_bundle_holds_report_transcript_signal_console_and_the_hotline(denied: Report) -> None:
    data = build_bundle(denied, signal_csv="time_utc,rat\n", console_log="> AT+CSQ\n",
                        pdf=b"%PDF-1.4 test")
    with zipfile.ZipFile(io.BytesIO(data)) as bundle:
        assert bundle.namelist() == list(FILES)
        readme = bundle.read("README.txt").decode("utf-8")
        report = json.loads(bundle.read("report.json"))
        transcript = bundle.read("transcript.txt").decode("utf-8")
    assert "10086" in readme and "https://www.10086.cn" in readme
    assert denied.facts.sim.iccid in readme                   # what to tell them
    assert report["verdict"]["check"] == "registration"
    assert "+CEREG?" in transcript and " tx " in transcript


def test_redacted_bundle_masks_identifiers_in_every_file(denied: Report) -> None:
    iccid, imsi = denied.facts.sim.iccid, denied.facts.sim.imsi
    console = f"> AT+CCID\n< +CCID: {iccid}\n< {imsi}\n"
    data = build_bundle(denied, console_log=console, redact=True, pdf=b"%PDF-1.4 test")
    with zipfile.ZipFile(io.BytesIO(data)) as bundle:
        for name in ("README.txt", "report.json", "transcript.txt", "console.txt"):
            text = bundle.read(name).decode("utf-8")
            assert iccid not in text and imsi not in text, name
        assert "10086" in bundle.read("README.txt").decode("utf-8")   # hotlines stay


# -- reports ------------------------------------------------------------------------------------

def test_actions_taken_are_in_every_format_and_read_back(denied: Report, english) -> None:  # type: ignore[no-untyped-def]
    denied.actions = [ActionTaken("2026-11-20T09:31:00Z", "apn", True,
                                  "APN of context 1 set to 'cmnet' (was 'internet')."),
                      ActionTaken("2026-11-20T09:32:00Z", "restart", False, "Refused.")]
    for fmt in ("text", "markdown", "html"):
        out = html.unescape(str(render(denied, fmt)))
        assert "Actions taken in the app" in out and "set to 'cmnet'" in out, fmt
        assert "Refused. (failed)" in out, fmt
    again = Report.from_dict(json.loads(str(render(denied, "json"))))
    assert again.actions == denied.actions
    denied.actions = []


def test_an_older_report_without_new_keys_still_opens(denied: Report) -> None:
    data = json.loads(str(render(denied, "json")))
    del data["actions"]
    del data["packet"]["last_error"]["before_change"]
    report = Report.from_dict(data)
    assert report.actions == [] and report.facts.packet.last_error.before_change is None
    # The port check says whether the modem answered; the JSON has no key of its own.
    assert report.facts.reachable is True


def test_the_pdf_starts_with_a_title_and_the_identifiers(denied: Report) -> None:
    from simtool.report.html import html_document

    page = html_document(denied, qt=True)
    assert page.index("simtool report: ") < page.index("ICCID") < page.index("Next steps")


def test_an_error_from_before_the_change_is_not_the_verdict() -> None:
    facts = run_check("sim://wrong-apn?latency=0").facts
    facts.apn.configured = facts.apn.expected[0]        # as after the APN fix
    facts.packet.contexts[0].apn = facts.apn.expected[0]
    assert facts.packet.last_error.cause == 27
    checks, verdict = evaluate(facts)
    assert verdict.check == "data-session"               # today: the old #27 looks current
    facts.packet.last_error = LastError(facts.packet.last_error.text, 27, before_change=True)
    checks, verdict = evaluate(Facts(**{**vars(facts)}))
    session = next(c for c in checks if c.id == "data-session")
    assert session.status == "warn" and "before your last change" in session.detail
    assert "connect-test" in (session.remedy or "") and verdict.status == "ok"
