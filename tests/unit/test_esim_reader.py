"""The AT source's eUICC read (sources/at/esim.py) against the simulated eUICC: what it reads
per scenario and vendor, that only read-only APDUs can ever be built or sent, and that the
logical channel it opened is closed after an error, a timeout, cancel() and Ctrl-C."""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable, Iterator

import pytest
import serial

from simtool.at import bertlv
from simtool.at.session import AtSession, Cancelled
from simtool.sim import instances
from simtool.sim.euicc import TEST_EID
from simtool.sim.modem import Modem
from simtool.sources.at import esim
from simtool.sources.at.reader import collect_facts
from simtool.transport.port import register_handlers
from simtool.vendors import by_name

VENDORS = ("generic", "quectel", "huawei", "simcom", "sierra", "ublox", "telit", "fibocom",
           "zte", "cinterion")
NO_CHANNELS = ("huawei", "zte")           # simulated modems with no way to the ISD-R
ESIM_SCENARIOS = ("esim-empty", "esim-disabled", "esim-test-only", "esim-wrong-profile",
                  "healthy?esim=1")
_names = itertools.count()
BUILT = frozenset(esim.possible_apdus())


@pytest.fixture(scope="module", autouse=True)
def _sim_handler() -> None:
    register_handlers("sim")


def _url(scenario: str, vendor: str, **extra: str) -> tuple[str, str]:
    name = f"esim-test-{next(_names)}"
    query = "&".join([f"vendor={vendor}", f"instance={name}",
                      *(f"{k}={v}" for k, v in extra.items())])
    joiner = "&" if "?" in scenario else "?"
    return f"sim://{scenario}{joiner}{query}", name


class ModemUnderTest:
    def __init__(self, scenario: str, vendor: str = "generic", **extra: str) -> None:
        self.url, self.name = _url(scenario, vendor, **extra)
        self.port = serial.serial_for_url(self.url, timeout=0.05)
        self.session = AtSession(self.port, default_timeout=5.0)
        self.modem: Modem = instances.get(self.name)

    def close(self) -> None:
        self.port.close()
        instances.discard(self.name)


@pytest.fixture
def open_modem() -> Iterator[Callable[..., ModemUnderTest]]:
    opened: list[ModemUnderTest] = []

    def open_(scenario: str, vendor: str = "generic", **extra: str) -> ModemUnderTest:
        under_test = ModemUnderTest(scenario, vendor, **extra)
        opened.append(under_test)
        return under_test

    yield open_
    for under_test in opened:
        under_test.close()


# ---- what is read, per scenario and vendor -------------------------------------------------

@pytest.mark.parametrize("vendor", VENDORS)
@pytest.mark.parametrize("scenario", ESIM_SCENARIOS)
def test_each_esim_scenario_reads_the_card(open_modem, scenario: str, vendor: str) -> None:
    m = open_modem(scenario, vendor)
    facts = collect_facts(m.session)
    sim = facts.sim
    card = m.modem.card
    assert card.violations == []
    assert card.channels == {}, "a logical channel was left open"
    if vendor in NO_CHANNELS:
        assert sim.eid is None and sim.profiles == []
        if sim.state != "ready":
            assert sim.esim_status == "not-readable"
        return
    assert sim.type == "esim" and sim.esim_status == "profiles-read"
    assert sim.eid == TEST_EID
    expected = {p.iccid: ("enabled" if p.enabled else "disabled", p.profile_class)
                for p in card.profiles}
    assert {p.iccid: (p.state, p.profile_class) for p in sim.profiles} == expected
    # Every APDU that reached the card is one the reader can build.
    built = BUILT
    for logged in card.apdu_log:
        assert logged in built or _channel0(logged) in built, logged


def _channel0(apdu_hex: str) -> str:
    """+CGLA: the modem patched channel N into CLA; the reader sent it with channel bits 0."""
    raw = bytearray(bytes.fromhex(apdu_hex))
    raw[0] &= 0xFC
    return raw.hex().upper()


@pytest.mark.parametrize("vendor", VENDORS)
def test_a_plain_sim_is_not_an_euicc_in_at_most_one_extra_round_trip(open_modem,
                                                                     vendor: str) -> None:
    m = open_modem("healthy", vendor)
    facts = collect_facts(m.session)
    sent = m.session.commands_sent
    assert m.modem.card.channels == {} and m.modem.card.violations == []
    assert facts.sim.eid is None and facts.sim.profiles == []
    if vendor in NO_CHANNELS:
        assert facts.sim.type in (None, "unknown")
    else:
        assert facts.sim.type == "physical"
    # identity, radio+SIM, SIM line (+ the probe), network (+ a deferred close), packet.
    assert sent <= 5 + 1, [e.text for e in m.session.transcript.entries() if e.dir == "tx"]
    assert facts.notes == []


def test_no_sim_is_inconclusive_not_physical(open_modem) -> None:
    facts = collect_facts(open_modem("no-sim").session)
    assert facts.sim.type == "unknown" and facts.sim.esim_status == "inconclusive"


@pytest.mark.parametrize("vendor", NO_CHANNELS)
def test_a_modem_without_channels_says_not_readable(open_modem, vendor: str) -> None:
    facts = collect_facts(open_modem("esim-empty", vendor).session)
    assert facts.sim.esim_status == "not-readable"


def test_chunked_and_inline_answers_give_the_same_facts(open_modem) -> None:
    chunked = collect_facts(open_modem("esim-disabled", "quectel").session)     # 61xx
    inline = collect_facts(open_modem("esim-disabled", "sierra").session)       # 9000
    assert chunked.sim.profiles == inline.sim.profiles and chunked.sim.eid == inline.sim.eid
    quectel = open_modem("esim-disabled", "quectel")
    collect_facts(quectel.session)
    received = " ".join(e.text for e in quectel.session.transcript.entries())
    assert '"6115"' in received and "00C0000015" in received     # GET RESPONSE for 21 bytes


def test_long_answers_come_in_256_byte_chunks(open_modem) -> None:
    m = open_modem("esim-disabled", "quectel")
    m.modem.card.profiles = m.modem.card.profiles * 6        # about 400 bytes of list
    facts = collect_facts(m.session)
    assert len(facts.sim.profiles) == 6
    assert any("C0000000" in a for a in m.modem.card.apdu_log)   # Le 00 = 256 bytes
    assert m.modem.card.channels == {}


def test_a_card_that_ignores_the_tag_list_is_still_read(open_modem) -> None:
    m = open_modem("esim-test-only", "telit")
    m.modem.card.ignore_tag_list = True
    facts = collect_facts(m.session)
    assert [p.profile_class for p in facts.sim.profiles] == ["test"]


def test_channels_it_did_not_open_are_left_alone(open_modem) -> None:
    m = open_modem("esim-disabled", "simcom")       # +CSIM route
    m.modem.card.channels[1] = None                  # leaked by another program
    facts = collect_facts(m.session)
    assert facts.sim.esim_status == "profiles-read"
    assert m.modem.card.channels == {1: None}
    assert m.modem.card.violations == []


def test_no_free_channel_is_said_not_taken_for_a_plain_sim(open_modem) -> None:
    m = open_modem("esim-disabled", "simcom")
    m.modem.card.channels.update({1: None, 2: None, 3: None})
    facts = collect_facts(m.session)
    assert facts.sim.esim_status == "channel-unavailable" and facts.sim.type == "unknown"
    assert set(m.modem.card.channels) == {1, 2, 3}


# ---- closed in every path ------------------------------------------------------------------

def _tripping(port: serial.SerialBase, marker: bytes, action: Callable[[], None]) -> None:
    original = port.write
    fired = threading.Event()

    def write(data: bytes) -> int:
        written = original(data)
        if marker in data and not fired.is_set():
            fired.set()
            action()
        return int(written or 0)

    port.write = write  # type: ignore[method-assign]


@pytest.mark.parametrize("vendor", ["quectel", "simcom"])
def test_closed_after_cancel(open_modem, vendor: str) -> None:
    m = open_modem("esim-disabled", vendor)
    _tripping(m.port, b"BF2D", m.session.cancel)      # cancel while GetProfilesInfo runs
    with pytest.raises(Cancelled):
        collect_facts(m.session)
    assert m.modem.card.channels == {}
    assert m.session.cancelled       # the caller still sees the cancel


@pytest.mark.parametrize("vendor", ["quectel", "simcom"])
def test_closed_after_ctrl_c(open_modem, vendor: str) -> None:
    m = open_modem("esim-disabled", vendor)

    def interrupt() -> None:
        raise KeyboardInterrupt

    _tripping(m.port, b"BF3E", interrupt)
    with pytest.raises(KeyboardInterrupt):
        collect_facts(m.session)
    assert m.modem.card.channels == {}


def test_closed_after_a_timeout(open_modem, monkeypatch: pytest.MonkeyPatch) -> None:
    # The modem never finishes its +CGLA replies: the read times out, the channel closes.
    monkeypatch.setattr(esim, "COMMAND_TIMEOUT", 0.3)
    m = open_modem("esim-disabled", "quectel", no_final="CGLA")
    facts = collect_facts(m.session)
    assert m.modem.card.channels == {}
    assert any("eSIM read stopped" in note for note in facts.notes)
    assert facts.sim.type == "esim"


def test_closed_after_an_error(open_modem) -> None:
    m = open_modem("esim-disabled", "generic")
    # The card loses its list mid-read: GetProfilesInfo answers garbage.
    card = m.modem.card
    card._es10 = lambda request: b"\x5a\x05\x01"    # type: ignore[method-assign]
    facts = collect_facts(m.session)
    assert card.channels == {}
    assert facts.sim.esim_status is None
    assert any("GetProfilesInfo" in note or "GetEID" in note for note in facts.notes)


def test_closed_when_the_deferred_close_line_fails(open_modem) -> None:
    m = open_modem("healthy", "simcom", no_final="CSQ")   # the network line never finishes
    m.session.default_timeout = 0.3
    collect_facts(m.session)
    assert m.modem.card.channels == {}


# ---- only read-only APDUs can exist --------------------------------------------------------

STATE_CHANGING = {0xBF31, 0xBF32, 0xBF33, 0xBF34, 0xBF29, 0xBF3F, 0xBF30, 0xBF2E, 0xBF38,
                  0xBF21, 0xBF36, 0xBF23, 0xBF41, 0xBF35, 0xBF42, 0xA0, 0xA1, 0xA2, 0xA3}


def test_every_apdu_the_code_can_build_is_read_only() -> None:
    apdus = list(esim.possible_apdus())
    assert len(apdus) > 1000
    for apdu in apdus:
        raw = bytes.fromhex(apdu)
        cla, ins, p1, p2 = raw[:4]
        assert ins in (0x70, 0xA4, 0xE2, 0xC0), apdu
        if ins == 0x70:
            assert cla == 0 and (p1 == 0 or (p1 == 0x80 and p2 != 0)), apdu
        if ins == 0xA4:
            assert cla & 0x03 or cla >= 0x40, f"SELECT on the basic channel: {apdu}"
        if ins == 0xE2:
            assert (p1, p2) == (0x91, 0x00), apdu
            tag = bertlv.decode_one(raw[5:5 + raw[4]]).tag
            assert tag in esim.READ_ONLY_TAGS and tag not in STATE_CHANGING, apdu
    assert esim.FORBIDDEN_TAGS >= STATE_CHANGING


@pytest.mark.parametrize("payload", [
    "BF3103800101",             # EnableProfile
    "BF32038001 01",            # DisableProfile
    "BF330A5A0A98001032547698103214",      # DeleteProfile
    "BF340382010A",             # eUICCMemoryReset
    "BF290A5A0A98001032547698103214",      # SetNickname (no nickname even)
    "BF30038001 01",            # RemoveNotificationFromList
    "BF2E00", "BF3800", "BF2100", "BF3600", "BF4100", "BF4200",
])
def test_state_changing_requests_are_refused(payload: str) -> None:
    data = payload.replace(" ", "")
    apdu = f"80E29100{len(data) // 2:02X}{data}"
    with pytest.raises(esim.ForbiddenApdu):
        esim.check_apdu(apdu)


@pytest.mark.parametrize("apdu", [
    "80E2110006BF3E035C015A",            # more blocks to follow (P1 11)
    "00A4040410A0000005591010FFFFFFFF8900000100",   # SELECT on the basic channel
    "0070800000",                         # MANAGE CHANNEL close of channel 0
    "8012000000", "8014000000", "80AA000000",       # FETCH, TERMINAL RESPONSE/CAPABILITY
    "01A4040410A0000005591010FFFFFFFF8900000200",   # another application (ECASD)
    "0070000101",                         # asking for a channel by number
])
def test_other_dangerous_apdus_are_refused(apdu: str) -> None:
    with pytest.raises(esim.ForbiddenApdu):
        esim.check_apdu(apdu)


def test_the_request_table_holds_only_read_only_functions() -> None:
    for name, payload in esim.REQUESTS.items():
        assert bertlv.decode_one(bytes.fromhex(payload)).tag in esim.READ_ONLY_TAGS, name


def test_vendor_routes_are_known() -> None:
    for vendor in VENDORS:
        assert by_name(vendor).esim_route in ("cgla", "probe", "csim", "none")
