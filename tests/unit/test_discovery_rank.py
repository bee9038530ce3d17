"""Ranking serial ports: which one is the AT port, from what pyserial's list_ports reports.

Each case is built as pyserial builds it (serial.tools.list_ports_common.ListPortInfo with
the fields list_ports_linux / list_ports_windows fill in) and names where the port map
comes from (keys of reference/usb_modem_ports.md: MM = ModemManager port-type rules,
K-qc / K-opt = Linux qcserial / option drivers, QDOC = Quectel Linux USB driver guide).
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from serial.tools.list_ports_common import ListPortInfo

from simtool.sources.at.probe import looks_like_diag
from simtool.transport.discovery import (
    PortCandidate,
    candidate_from,
    guess_role,
    interface_number,
    rank,
)


def _linux_port(device: str, vid: int, pid: int, interface: int, *, usb_path: str = "1-1.4",
                product: str | None = None, interface_name: str | None = None,
                usb_interface_path: str | None = None) -> ListPortInfo:
    info = ListPortInfo(device, skip_link_detection=True)
    info.vid, info.pid = vid, pid
    info.location = f"{usb_path}:1.{interface}"
    info.product, info.interface = product, interface_name
    info.description = f"{product} - {interface_name}" if interface_name else (product or "n/a")
    info.hwid = f"USB VID:PID={vid:04X}:{pid:04X} LOCATION={info.location}"
    info.usb_interface_path = usb_interface_path        # type: ignore[attr-defined]
    return info


def _windows_port(device: str, vid: int, pid: int, interface: int | None,
                  description: str) -> ListPortInfo:
    info = ListPortInfo(device, skip_link_detection=True)
    info.vid, info.pid = vid, pid
    info.location = f"1-2:x.{interface}" if interface is not None else "1-2"
    info.description = description
    info.hwid = f"USB VID:PID={vid:04X}:{pid:04X} LOCATION={info.location}"
    return info


def _role(info: ListPortInfo) -> tuple[str, int]:
    candidate = candidate_from(info)
    return candidate.role, candidate.score


@pytest.mark.parametrize(("location", "number"), [
    ("1-1.4:1.2", 2),          # Linux sysfs interface directory
    ("3-2:1.10", 10),
    ("1-2:x.3", 3),            # Windows, from MI_03
    ("1-2", None),             # single-interface device on Linux
    ("1-2:x.0A", None),        # Windows MI_0A does not match pyserial's MI_(\d{2}) parse
    ("0x14200000", None),      # macOS locationID
    (None, None),
])
def test_interface_number_from_location(location: str | None, number: int | None) -> None:
    assert interface_number(location) == number


@given(st.text(max_size=60))
def test_interface_number_never_raises(location: str) -> None:
    result = interface_number(location)
    assert result is None or result >= 0


# --- roles from the known-modem table --------------------------------------------------

@pytest.mark.parametrize(("vid", "pid", "interface", "role", "source"), [
    (0x2C7C, 0x0125, 0, "diag", "MM quectel / QDOC: EC25 if0 DM"),
    (0x2C7C, 0x0125, 1, "gps", "MM quectel / QDOC: EC25 if1 NMEA"),
    (0x2C7C, 0x0125, 2, "at", "MM quectel / QDOC: EC25 if2 AT"),
    (0x2C7C, 0x0125, 3, "at", "MM quectel: EC25 if3 AT secondary (QDOC: PPP)"),
    (0x2C7C, 0x0128, 5, "at", "MM quectel: EM060K-GL MBIM if5 AT"),
    (0x2C7C, 0x6026, 3, "at", "blog.tanatos.org: EC200T AT on if3 (ttyUSB1)"),
    (0x1E0E, 0x9001, 2, "at", "MM simtech: SIM7600 9001 if2 AT"),
    (0x1E0E, 0x9011, 4, "at", "MM simtech: A7600 9011 if4 AT"),
    (0x1199, 0x9079, 3, "at", "K-qc QCSERIAL_SWI: EM7455 if3 AT"),
    (0x1199, 0x9079, 0, "diag", "K-qc QCSERIAL_SWI: if0 DM"),
    (0x1199, 0x9079, 2, "gps", "K-qc QCSERIAL_SWI: if2 NMEA"),
    (0x1BC7, 0x1201, 4, "at", "MM telit: LE910Cx 1201 if4 AT"),
    (0x1546, 0x110A, 0, "at", "MM ublox: LARA-R2 if0 AT"),
    (0x1546, 0x110A, 10, "diag", "MM ublox: LARA-R2 if10 diag log"),
    (0x2CB7, 0x0007, 2, "at", "MM fibocom: L850-GL if2 AT"),
    (0x2CB7, 0x0007, 4, "diag", "MM fibocom: L850-GL if4 debug (ignored)"),
    (0x19D2, 0x0031, 3, "at", "MM zte: MF626/MF627 if3 AT"),
    (0x1E2D, 0x0061, 0, "ppp", "MM cinterion: PLS8 if0 PPP"),
])
def test_table_roles(vid: int, pid: int, interface: int, role: str, source: str) -> None:
    assert _role(_linux_port(f"/dev/ttyUSB{interface}", vid, pid, interface))[0] == role, source


def test_primary_at_outranks_secondary_at_and_ppp() -> None:
    primary = guess_role(vid=0x2C7C, pid=0x0125, interface=2)
    secondary = guess_role(vid=0x2C7C, pid=0x0125, interface=3)
    ppp = guess_role(vid=0x1E0E, pid=0x9205, interface=3)
    assert (primary[0], secondary[0], ppp[0]) == ("at", "at", "ppp")
    assert primary[1] > secondary[1] > ppp[1]


def test_known_modem_is_named() -> None:
    role, _, modem = guess_role(vid=0x2C7C, pid=0x0125, interface=2)
    assert role == "at" and modem and modem.startswith("Quectel EC25")


# --- Huawei: by interface protocol, not number ------------------------------------------

def _interface_dir(root: Path, name: str, triple: tuple[int, int, int]) -> str:
    path = root / name
    path.mkdir()
    for field, value in zip(("bInterfaceClass", "bInterfaceSubClass", "bInterfaceProtocol"),
                            triple, strict=True):
        (path / field).write_text(f"{value:02x}\n")
    return str(path)


@pytest.mark.parametrize(("interface", "triple", "role"), [
    # ME909u-521 (12d1:1573) usb-devices listing in forum.openwrt.org "ZBT WE826-32M":
    # if0 ff/01/01 modem, if1 ff/01/03 DIAG, if2 ff/01/02 PC UI, if3 ff/01/05 GPS.
    (0, (0xFF, 0x01, 0x01), "ppp"),
    (1, (0xFF, 0x01, 0x03), "diag"),
    (2, (0xFF, 0x01, 0x02), "at"),
    (3, (0xFF, 0x01, 0x05), "gps"),
    # E3372s-153 (12d1:1506 stick mode): if0 ff/03/12 "4G PCUI" (gargoyle#537).
    (0, (0xFF, 0x03, 0x12), "at"),
])
def test_huawei_port_role_comes_from_the_protocol(tmp_path: Path, interface: int,
                                                  triple: tuple[int, int, int],
                                                  role: str) -> None:
    path = _interface_dir(tmp_path, f"1-1:1.{interface}", triple)
    info = _linux_port(f"/dev/ttyUSB{interface}", 0x12D1, 0x1573, interface,
                       usb_interface_path=path)
    assert _role(info)[0] == role


def test_huawei_pcui_interface_string_on_linux() -> None:
    info = _linux_port("/dev/ttyUSB0", 0x12D1, 0x1506, 0, product="HUAWEI_MOBILE",
                       interface_name="PCUI")
    assert _role(info)[0] == "at"


# --- Windows friendly names (usb_modem_ports.md §4) ---------------------------------------

@pytest.mark.parametrize(("vid", "pid", "interface", "description", "role"), [
    (0x2C7C, 0x0125, 2, "Quectel USB AT Port (COM7)", "at"),
    (0x2C7C, 0x0125, 0, "Quectel USB DM Port (COM5)", "diag"),
    (0x2C7C, 0x0901, 5, "Quectel USB MI05 COM Port (COM9)", "unknown"),
    (0x1E0E, 0x9001, 2, "SimTech HS-USB AT Port 9001 (COM9)", "at"),
    (0x1E0E, 0x9999, None, "SimTech HS-USB Diagnostics 9999 (COM3)", "diag"),
    (0x12D1, 0x1001, None, "HUAWEI Mobile Connect - 3G PC UI Interface (COM12)", "at"),
    (0x12D1, 0x1001, None, "HUAWEI Mobile Connect - 3G Modem", "ppp"),
    (0x19D2, 0x0016, None, "ZTE NMEA Device (COM4)", "at"),       # ZTE's NMEA port speaks AT
    (0x19D2, 0x0016, None, "ZTE Diagnostics Interface (COM6)", "diag"),
    (0x1199, 0x9071, 0, "Sierra Wireless DM Port (COM3)", "diag"),
])
def test_windows_names(vid: int, pid: int, interface: int | None, description: str,
                       role: str) -> None:
    assert _role(_windows_port("COM7", vid, pid, interface, description))[0] == role


# --- ports that are not a known modem ------------------------------------------------------

def test_builtin_uart_is_last_resort() -> None:
    info = ListPortInfo("/dev/ttyS0", skip_link_detection=True)
    candidate = candidate_from(info)
    assert (candidate.role, candidate.vid, candidate.description) == ("unknown", None, None)
    ftdi = candidate_from(_linux_port("/dev/ttyUSB0", 0x0403, 0x6001, 0))
    unknown_quectel = candidate_from(_linux_port("/dev/ttyUSB0", 0x2C7C, 0x7777, 0))
    assert candidate.score < ftdi.score < unknown_quectel.score


def test_qualcomm_diag_class_is_diag_when_the_id_is_unknown(tmp_path: Path) -> None:
    path = _interface_dir(tmp_path, "1-1:1.0", (0xFF, 0xFF, 0x30))
    info = _linux_port("/dev/ttyUSB0", 0x2C7C, 0x0999, 0, usb_interface_path=path)
    assert _role(info)[0] == "diag"


def test_rank_puts_the_at_port_first_whatever_the_listing_order() -> None:
    # EC25: ttyUSB0 DM, ttyUSB1 NMEA, ttyUSB2 AT, ttyUSB3 modem (QDOC), plus a built-in UART.
    ports = [candidate_from(_linux_port(f"/dev/ttyUSB{n}", 0x2C7C, 0x0125, n)) for n in range(4)]
    ports.append(candidate_from(ListPortInfo("/dev/ttyS0", skip_link_detection=True)))
    random.Random(7).shuffle(ports)
    assert [p.device for p in rank(ports)] == [
        "/dev/ttyUSB2", "/dev/ttyUSB3", "/dev/ttyUSB1", "/dev/ttyS0", "/dev/ttyUSB0"]


def test_ports_of_one_modem_share_a_usb_device() -> None:
    a = candidate_from(_linux_port("/dev/ttyUSB2", 0x2C7C, 0x0125, 2, usb_path="1-1.4"))
    b = candidate_from(_linux_port("/dev/ttyUSB7", 0x2C7C, 0x0125, 2, usb_path="1-1.3"))
    assert a.usb_device == "1-1.4" and b.usb_device == "1-1.3"
    assert a.usb_id == "2c7c:0125"
    assert PortCandidate(device="/dev/ttyS0").usb_id is None


# --- recognising a diagnostic port by its bytes -----------------------------------------------

@pytest.mark.parametrize(("data", "diag", "source"), [
    (b"\xff\xff\xff\xff\xff\xff\xff\xfe" * 4, True,
     "MM mm-port-probe.c: Quectel DIAG pattern FF x7 FE"),
    (b"\x00" * 40, True, "MM mm-port-probe.c: 32 consecutive NULs"),
    # QCDM "bad command" reply to the bytes 'AT\r': 0x13 + the request + CRC-16/X.25
    # (little-endian) + 0x7E flag (libqcdm: DIAG_CMD_BAD_CMD = 19, HDLC framing).
    (b"\x13AT\rj)\x7e", True, "libqcdm bad-command reply, HDLC framed"),
    (b"\x13AT\rj(\x7e", False, "the same frame with a wrong CRC, mostly text"),
    (b"\x7e\x00\x01\x02\x03\xfa\x7e", True, "binary between HDLC flags"),
    (b"%DBG\x01\x02\x00", True, "forums.quectel.com EC200U: debug port answers %DBG..."),
    (b"AT\r\r\nOK\r\n", False, "3GPP TS 27.007: echo on, OK"),
    (b"\r\nOK\r\n", False, "V.250: echo off, OK"),
    (b"\r\n+CME ERROR: 10\r\n", False, "3GPP TS 27.007 §9.2: SIM not inserted"),
    (b"\r\n~~~\r\n", False, "tildes in text are not HDLC"),
    (b"", False, "silence"),
])
def test_looks_like_diag(data: bytes, diag: bool, source: str) -> None:
    assert looks_like_diag(data) is diag, source


@given(st.binary(max_size=512))
def test_looks_like_diag_takes_any_bytes(data: bytes) -> None:
    assert looks_like_diag(data) in (True, False)


@given(st.text(max_size=80), st.integers(0, 0xFFFF), st.integers(0, 0xFFFF),
       st.none() | st.integers(0, 40))
def test_guess_role_takes_any_description(text: str, vid: int, pid: int,
                                          interface: int | None) -> None:
    role, score, _ = guess_role(vid=vid, pid=pid, interface=interface, description=text,
                                interface_name=text)
    assert role in ("at", "ppp", "diag", "gps", "unknown")
    assert 0 <= score <= 100
