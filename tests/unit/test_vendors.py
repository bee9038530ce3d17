"""Vendor registry: detection by +CGMI text and USB vendor id, and each family's commands
answered by its own parser with a reply from that vendor's manual."""

import pytest

from simtool import vendors
from simtool.at.parsers.common import Unparsed
from simtool.at.parsers.retries import Retries
from simtool.at.parsers.signal import VendorSignal
from simtool.at.parsers.sim import Iccid
from simtool.vendors.base import GENERIC_CSIM_RETRIES

ALL = ("generic", "quectel", "huawei", "simcom", "sierra", "ublox", "telit", "fibocom", "zte",
       "cinterion", "wavecom", "onemo", "luat")


def test_every_family_is_registered():
    assert set(vendors.names()) == set(ALL)
    for name in ALL:
        assert vendors.by_name(name).name == name


@pytest.mark.parametrize(
    ("manufacturer", "vid", "expected"),
    [
        ("Quectel", None, "quectel"),
        ("Huawei Technologies Co., Ltd.", None, "huawei"),
        ("huawei", None, "huawei"),
        ("SIMCOM INCORPORATED", None, "simcom"),
        ("SIMCOM_Ltd", None, "simcom"),
        ("Sierra Wireless, Incorporated", None, "sierra"),
        ("u-blox", None, "ublox"),
        ("Telit", None, "telit"),
        ("Fibocom Wireless Inc.", None, "fibocom"),
        ("ZTE CORPORATION", None, "zte"),
        ("Cinterion", None, "cinterion"),
        ("WAVECOM MODEM", None, "wavecom"),
        (None, 0x114F, "wavecom"),
        ("THALES DIS AIS Deutschland GmbH", None, "cinterion"),
        (None, 0x2C7C, "quectel"),
        (None, 0x12D1, "huawei"),
        (None, 0x1199, "sierra"),
        (None, 0x1E0E, "simcom"),
        ("Unknown Modem Maker", 0x1BC7, "telit"),
        ("Quectel", 0x12D1, "quectel"),      # +CGMI wins over the USB id
        ("Acme", 0x1234, "generic"),
        (None, None, "generic"),
    ],
)
def test_detect(manufacturer, vid, expected):
    assert vendors.detect(manufacturer, vid).name == expected


def test_unknown_name_is_generic():
    assert vendors.by_name("nokia").name == "generic"
    assert vendors.by_name(None).name == "generic"
    assert vendors.by_name("u-blox").name == "ublox"


@pytest.mark.parametrize("name", ALL)
def test_retry_order_ends_with_csim_status_read(name):
    commands = vendors.by_name(name).pin_retry_commands
    assert commands[-2:] == GENERIC_CSIM_RETRIES
    for command, _parser in commands:
        # Counters are read, never spent: no +CPIN= and no VERIFY with PIN data.
        assert "+CPIN=" not in command.upper()
        if "CSIM" in command:
            assert command.endswith('00"')


# One reply per family's own retry command, in that vendor's format.
VENDOR_RETRY_REPLIES = {
    "quectel": ('+QPINC: "SC",3,10\r\n+QPINC: "P2",3,10', Retries(pin=3, puk=10, pin2=3,
                                                                   puk2=10)),
    "huawei": ("^CPIN: SIM PIN,3,10,3,10,3", Retries(pin=3, puk=10, pin2=3, puk2=10)),
    "simcom": ("+SPIC: 3,10,3,10", Retries(pin=3, puk=10, pin2=3, puk2=10)),
    "sierra": ("+CPINC: 3,3,10,10", Retries(pin=3, puk=10, pin2=3, puk2=10)),
    "ublox": ("+UPINCNT: 3,3,10,10", Retries(pin=3, puk=10, pin2=3, puk2=10)),
    "telit": ("#PCT: 2", Retries(current=2)),
    "fibocom": ("+XPINCNT: 3,3,10,10", Retries(pin=3, puk=10, pin2=3, puk2=10)),
    "zte": ("+ZPINPUK: 3,10", Retries(pin=3, puk=10)),
    "cinterion": ("^SPIC: 3", Retries(pin=3)),
    "wavecom": ("+CPINC: 3,3,10,10", Retries(pin=3, puk=10, pin2=3, puk2=10)),
}


@pytest.mark.parametrize("name", sorted(VENDOR_RETRY_REPLIES))
def test_first_retry_command_reads_vendor_reply(name):
    reply, expected = VENDOR_RETRY_REPLIES[name]
    _command, parser = vendors.by_name(name).pin_retry_commands[0]
    assert parser(reply) == expected


VENDOR_ICCID_REPLIES = {
    "generic": "+CCID: 89860025128306012474",
    "quectel": "+QCCID: 89860025128306012474",
    "huawei": "^ICCID: 98680052213860104247",
    "simcom": "+ICCID: 89860025128306012474",
    "sierra": "ICCID: 89860025128306012474",
    "ublox": "+CCID: 89860025128306012474",
    "telit": "#CCID: 89860025128306012474",
    "fibocom": "+CCID: 89860025128306012474",
    "zte": "+ZGETICCID: 89860025128306012474",
    "cinterion": '^SCID: "89860025128306012474"',
    "wavecom": '+CCID: "89860025128306012474"',
    # China Mobile OneMO extended AT manual (4G series) V1.7.4 §4.6, ICCID of this test
    "onemo": "+MCCID: 89860025128306012474",
    # openLuat AT manual (Air780E/EP), ICCID of this test
    "luat": "+ICCID: 89860025128306012474",
}


@pytest.mark.parametrize("name", ALL)
def test_iccid_commands(name):
    vendor = vendors.by_name(name)
    _command, parser = vendor.iccid_commands[0]
    assert parser(VENDOR_ICCID_REPLIES[name]) == Iccid("89860025128306012474")
    # Every family can fall back to reading EF_ICCID through +CRSM.
    last_command, last_parser = vendor.iccid_commands[-1]
    assert last_command == "AT+CRSM=176,12258,0,0,10"
    assert last_parser('+CRSM: 144,0,"98680052213860104247"') == Iccid("89860025128306012474")


def test_signal_extras():
    huawei = vendors.by_name("huawei").signal_extra
    quectel = vendors.by_name("quectel").signal_extra
    assert huawei is not None and quectel is not None
    assert huawei[0] == "AT^HCSQ?"
    assert isinstance(huawei[1]('^HCSQ: "LTE",60,47,127,24'), VendorSignal)
    assert quectel[0] == "AT+QCSQ"
    assert isinstance(quectel[1]('+QCSQ: "LTE",-52,-81,195,-10'), VendorSignal)
    assert isinstance(quectel[1]("ERROR"), Unparsed)
    onemo = vendors.by_name("onemo").signal_extra
    assert onemo is not None and onemo[0] == 'AT+MUESTATS="cell"'
    # The example of China Mobile's extended AT manual (4G series) V1.7.4 §4.5
    assert onemo[1]('+MUESTATS: "scell",6,460,00,3684,,498,-920,-108,-812,235') == \
        VendorSignal("NBIOT", rssi_dbm=-81.2, rsrp_dbm=-92.0, sinr_db=23.5, rsrq_db=-10.8)
    assert vendors.by_name("generic").signal_extra is None


def test_cfun_meanings():
    ublox = vendors.by_name("ublox")
    assert 19 in ublox.cfun_off and 1 in ublox.cfun_on
    assert 5 in vendors.by_name("telit").cfun_on
    generic = vendors.by_name("generic")
    assert generic.cfun_on == {1} and generic.cfun_off == {0, 4}
