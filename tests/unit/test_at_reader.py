"""collect_facts against the simulated modem (sim://) and a scripted port for modems the
simulator does not imitate (no chained commands, vendor-only replies, garbage)."""

from __future__ import annotations

import time

import pytest
import serial

from simtool.at.session import AtSession, Cancelled
from simtool.facts import SignalFacts
from simtool.quality import signal_quality
from simtool.sources.at.reader import collect_facts, read_signal_sample
from simtool.transport.port import register_handlers
from simtool.vendors import by_name

VENDORS = ("generic", "quectel", "huawei", "simcom", "sierra", "ublox", "telit", "fibocom",
           "zte", "cinterion")
# The eSIM probe of a plain SIM rides on the SIM line, except where it cannot: Fibocom's
# bare +CCHO answer needs a line of its own, and the +CSIM route (SIMCom) its SELECT. Never
# more than one extra round trip (issue 18).
ESIM_EXTRA_LINES = {"fibocom": 1, "simcom": 1}


@pytest.fixture(scope="module", autouse=True)
def _sim_handler():
    register_handlers("sim")


def _session(url: str) -> AtSession:
    return AtSession(serial.serial_for_url(url, timeout=0.05), default_timeout=5.0)


@pytest.mark.parametrize("vendor", VENDORS)
def test_healthy_modem(vendor):
    session = _session(f"sim://healthy?vendor={vendor}")
    facts = collect_facts(session)
    assert facts.vendor == vendor
    assert facts.modem.manufacturer and facts.modem.model and facts.modem.imei
    assert facts.radio.cfun == 1 and facts.radio.on is True
    assert facts.sim.state == "ready"
    assert facts.sim.iccid and facts.sim.iccid.startswith("89")
    assert facts.sim.imsi and (facts.sim.home.mcc, facts.sim.home.mnc) == ("460", "00")
    assert facts.registration.overall == "home"
    assert facts.operator.name
    assert facts.packet.attached is True
    assert any(ctx.active for ctx in facts.packet.contexts)
    assert facts.apn.configured == "cmnet"
    assert "cmnet" in facts.apn.expected
    assert facts.signal.quality in ("excellent", "good", "fair", "poor")
    assert facts.notes == []
    # identity, radio+SIM state, SIM identity, signal+network, packet and SMS store: five
    # lines (and the eSIM probe's, where it has its own); then the stored SMS that are not
    # unread (one line), and the one unread message: SIMCom lists it without marking it (in
    # that same line), a SIM store gives it as an EF_SMS record (one more), Quectel's modem
    # store has no way (none, it stays unread).
    unread_reads = {"simcom": 0, "quectel": 0}.get(vendor, 1)
    assert session.commands_sent == 5 + ESIM_EXTRA_LINES.get(vendor, 0) + 1 + unread_reads


def test_vendor_signal_extra_gives_sinr():
    facts = collect_facts(_session("sim://healthy?vendor=huawei"))
    # Huawei ME909s AT manual ^HCSQ (LTE): the simulator answers <sinr> 176, which is
    # -20 + (176 - 1) * 0.2 = 15.0 dB (the lower edge of its 0.2 dB step).
    assert facts.signal.sinr_db == 15.0


@pytest.mark.parametrize("vendor", VENDORS)
def test_pin_locked_reads_retries_and_iccid_but_not_imsi(vendor):
    session = _session(f"sim://pin-locked?vendor={vendor}")
    facts = collect_facts(session)
    assert facts.sim.state == "pin-required"
    assert facts.sim.pin_retries == 3 and facts.sim.puk_retries == 10
    assert facts.sim.iccid is not None
    assert facts.sim.imsi is None
    # never a PIN: nothing like AT+CPIN=<code> in the transcript
    sent = [entry.text for entry in session.transcript.entries() if entry.dir == "tx"]
    assert not any("+CPIN=" in text.upper() for text in sent)


def test_puk_locked_shows_no_pin_attempts_left():
    facts = collect_facts(_session("sim://puk-locked?vendor=quectel"))
    assert facts.sim.state == "puk-required"
    assert facts.sim.pin_retries == 0 and facts.sim.puk_retries == 10


def test_no_sim_skips_sim_reads():
    session = _session("sim://no-sim")
    facts = collect_facts(session)
    assert facts.sim.state == "not-inserted"
    assert facts.sim.iccid is None and facts.sim.imsi is None
    sent = " ".join(entry.text for entry in session.transcript.entries() if entry.dir == "tx")
    assert "CIMI" not in sent and "CCID" not in sent


def test_radio_off():
    facts = collect_facts(_session("sim://radio-off"))
    assert facts.radio.cfun == 4 and facts.radio.on is False
    assert facts.registration.overall == "not-registered"


def test_wrong_apn_is_reported_as_configured():
    facts = collect_facts(_session("sim://wrong-apn"))
    assert facts.apn.configured != "cmnet"
    assert facts.apn.expected == ["cmnet", "cmiot"]     # consumer APN first, then IoT


@pytest.mark.slow
def test_busy_sim_is_waited_for_with_progress():
    messages: list[tuple[str, str]] = []
    facts = collect_facts(_session("sim://sim-busy?busy=5"),
                          progress=lambda step, text: messages.append((step, text)))
    assert facts.sim.state == "ready"
    busy = [text for step, text in messages if step == "sim-health" and "busy" in text]
    assert busy and busy[0].endswith("of 60 s")


@pytest.mark.slow
def test_sim_still_busy_after_the_wait_is_judged_busy():
    facts = collect_facts(_session("sim://sim-busy?busy=120"), sim_busy_wait=6)
    assert facts.sim.state == "busy"


def test_cancelled_session_propagates():
    session = _session("sim://healthy")
    session.cancel()
    with pytest.raises(Cancelled):
        collect_facts(session)


def test_signal_sample_is_light():
    session = _session("sim://healthy?vendor=quectel")
    facts = read_signal_sample(session, by_name("quectel"))
    assert facts.signal.rsrp_dbm is not None and facts.registration.overall == "home"
    assert session.commands_sent == 1


@pytest.mark.parametrize(
    ("signal", "act", "overall", "quality"),
    [
        (SignalFacts(rsrp_dbm=-75), 7, "home", "excellent"),
        (SignalFacts(rsrp_dbm=-85), 7, "home", "good"),
        (SignalFacts(rsrp_dbm=-95), 7, "home", "fair"),
        (SignalFacts(rsrp_dbm=-110), 7, "home", "poor"),
        (SignalFacts(rsrp_dbm=-121), 7, "searching", "none"),
        (SignalFacts(rscp_dbm=-80, rssi_dbm=-60), 2, "home", "good"),      # RSCP on UMTS
        (SignalFacts(rssi_dbm=-107), 0, "home", "none"),                   # RSSI on GSM
        (SignalFacts(), None, "searching", "none"),
        (SignalFacts(), 7, "home", "unknown"),
    ],
)
def test_signal_quality_bands(signal, act, overall, quality):
    assert signal_quality(signal, act, overall) == quality


# ---- a scripted port: an old Huawei-style modem that rejects chained command lines ----

class ScriptedPort:
    """Answers each command line from a table like a modem on a serial line; a line with
    ';' (or anything not in the table) gets ERROR."""

    def __init__(self, replies: dict[str, str]) -> None:
        self.replies = {key.upper(): value for key, value in replies.items()}
        self.timeout = 0.01
        self.sent: list[str] = []
        self._out = bytearray()

    @property
    def in_waiting(self) -> int:
        return len(self._out)

    def write(self, data: bytes) -> int:
        command = data.decode().strip()
        self.sent.append(command)
        reply = self.replies.get(command.upper(), "ERROR") if ";" not in command else "ERROR"
        self._out += f"\r\n{reply}\r\n".replace("\n", "\r\n").replace("\r\r", "\r").encode()
        return len(data)

    def read(self, size: int = 1) -> bytes:
        if not self._out:
            time.sleep(self.timeout)
            return b""
        chunk = bytes(self._out[:size])
        del self._out[:size]
        return chunk

    def close(self) -> None:
        pass


# Replies in the shape of the Huawei ME909s AT manual (identity, ^CPIN, ^ICCID, ^HCSQ).
HUAWEI_PIN_LOCKED = {
    "AT+CGMI": "Huawei Technologies Co., Ltd.\n\nOK",
    "AT+CGMM": "ME909s-120\n\nOK",
    "AT+CGMR": "11.617.01.00.00\n\nOK",
    "AT+CGSN": "869710030002905\n\nOK",
    "AT+CFUN?": "+CFUN: 1\n\nOK",
    "AT+CPIN?": "+CPIN: SIM PIN\n\nOK",
    "AT^CPIN?": "^CPIN: SIM PIN,3,10,2,10,3\n\nOK",
    "AT^ICCID?": "^ICCID: 98680052213860104247\n\nOK",
    "AT+CSQ": "+CSQ: 14,99\n\nOK",
    "AT+CESQ": "+CESQ: 99,99,255,255,255,255\n\nOK",
    "AT^HCSQ?": '^HCSQ: "LTE",60,47,127,24\n\nOK',
    "AT+CSCS?": '+CSCS: "IRA"\n\nOK',
    "AT+COPS?": "+COPS: 0\n\nOK",
    "AT+CREG?": "+CREG: 0,0\n\nOK",
    "AT+CGREG?": "+CGREG: 0,0\n\nOK",
    "AT+CEREG?": "+CEREG: 0,0\n\nOK",
    "AT+CGATT?": "+CGATT: 0\n\nOK",
    "AT+CGDCONT?": '+CGDCONT: 1,"IP","","0.0.0.0",0,0\n\nOK',
    "AT+CGACT?": "+CGACT: 1,0\n\nOK",
    "AT+CEER": "+CEER: No cause information available\n\nOK",
}


def test_modem_without_command_chaining_falls_back_per_command():
    port = ScriptedPort(HUAWEI_PIN_LOCKED)
    facts = collect_facts(AtSession(port), usb_vid=0x12D1)
    assert facts.vendor == "huawei"
    assert (facts.modem.manufacturer, facts.modem.model, facts.modem.revision,
            facts.modem.imei) == ("Huawei Technologies Co., Ltd.", "ME909s-120",
                                  "11.617.01.00.00", "869710030002905")
    assert facts.sim.state == "pin-required"
    assert (facts.sim.pin_retries, facts.sim.puk_retries) == (2, 10)
    assert facts.sim.iccid == "89860025128306012474"
    assert facts.signal.rssi_dbm == -85 and facts.signal.rsrp_dbm == -94
    assert facts.signal.sinr_db == pytest.approx(5.2)
    assert facts.registration.overall == "not-registered"
    assert facts.operator.name is None and facts.operator.mode == 0
    assert facts.packet.attached is False
    assert facts.apn.configured == ""
    assert facts.packet.last_error.text == "+CEER: No cause information available"
    assert "AT+CPIN=" not in " ".join(port.sent).upper()
    # After the first refused chained line, commands go one by one.
    assert len([line for line in port.sent if ";" in line]) == 2


def test_unparseable_replies_become_notes():
    replies = dict(HUAWEI_PIN_LOCKED)
    replies["AT+CSQ"] = "+CSQ: what\n\nOK"
    replies["AT+COPS?"] = "+COPS: ???\n\nOK"
    facts = collect_facts(AtSession(ScriptedPort(replies)))
    assert any("+CSQ" in note for note in facts.notes)
    assert any("+COPS?" in note for note in facts.notes)
    # +CSQ unread: the RSSI comes from Huawei's ^HCSQ instead, the BER stays unknown
    assert facts.signal.rssi_dbm == -61 and facts.signal.ber is None
