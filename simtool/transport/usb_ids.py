"""Known cellular-modem USB ids: which interface is the AT port, and which ids mean a mode
with no AT port at all (mass storage, HiLink, download mode).

Facts come from ModemManager's port-type udev rules, the Linux option/qcserial drivers,
usb-modeswitch-data and vendor driver guides, as collected in the team's
reference/usb_modem_ports.md (§1 port maps, §2 modes without an AT port). Interface numbers
are bInterfaceNumber in decimal.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

# Interface roles in the table. "at" is the primary AT port, "at2" a secondary AT port,
# "ppp" an AT-capable modem/PPP port, "ignore" a debug/trace/FOTA port that never speaks AT.
AT, AT2, PPP, DIAG, GPS, IGNORE = "at", "at2", "ppp", "diag", "gps", "ignore"


@dataclass(frozen=True)
class KnownModem:
    vendor: str
    models: str
    interfaces: Mapping[int, str]      # bInterfaceNumber -> role


def _ports(**roles: int | tuple[int, ...]) -> Mapping[int, str]:
    table: dict[int, str] = {}
    for role, numbers in roles.items():
        for number in numbers if isinstance(numbers, tuple) else (numbers,):
            table[number] = role
    return MappingProxyType(table)


_QUALCOMM_0123 = _ports(diag=0, gps=1, at=2, at2=3)   # DM, NMEA, AT, modem: the common layout
_SIERRA_SWI = _ports(diag=0, gps=2, at=3)             # qcserial QCSERIAL_SWI layout
_FOXCONN = _ports(at=2, at2=3, gps=4, diag=5)

KNOWN_MODEMS: Mapping[tuple[int, int], KnownModem] = MappingProxyType({
    # Quectel (2c7c; the first EC20 used Qualcomm's 05c6)
    (0x2C7C, 0x0125): KnownModem("Quectel", "EC25/EG25-G/EC20 R2/EM05", _QUALCOMM_0123),
    (0x05C6, 0x9215): KnownModem("Quectel", "EC20 R1", _QUALCOMM_0123),
    (0x2C7C, 0x0121): KnownModem("Quectel", "EC21/EG21-G", _QUALCOMM_0123),
    (0x2C7C, 0x0191): KnownModem("Quectel", "EG91", _QUALCOMM_0123),
    (0x2C7C, 0x0195): KnownModem("Quectel", "EG95", _QUALCOMM_0123),
    (0x2C7C, 0x0306): KnownModem("Quectel", "EG06/EP06/EM06", _QUALCOMM_0123),
    (0x2C7C, 0x0512): KnownModem("Quectel", "EM12/EG12/EG18", _QUALCOMM_0123),
    (0x2C7C, 0x0800): KnownModem("Quectel", "RM500Q/RM502Q/RG50xQ/RM510Q", _QUALCOMM_0123),
    (0x2C7C, 0x0801): KnownModem("Quectel", "RM520N-GL/RM521F-GL", _QUALCOMM_0123),
    (0x2C7C, 0x0296): KnownModem("Quectel", "BG96", _QUALCOMM_0123),
    (0x2C7C, 0x0128): KnownModem("Quectel", "EM060K-GL (MBIM)", _ports(diag=3, gps=4, at=5)),
    (0x2C7C, 0x6026): KnownModem("Quectel", "EC200T", _ports(diag=2, at=3, at2=4)),
    # SIMCom (1e0e)
    (0x1E0E, 0x9001): KnownModem("SIMCom", "SIM7600/SIM7100/SIM7000/SIM8200",
                                 _ports(diag=0, gps=1, at=2, at2=3, ignore=4)),
    (0x1E0E, 0x9011): KnownModem("SIMCom", "SIM7600/SIM7500 RNDIS, A7600",
                                 _ports(diag=2, gps=3, at=4, ppp=5)),
    (0x1E0E, 0x9205): KnownModem("SIMCom", "SIM7070/SIM7080/SIM7090 (ECM)",
                                 _ports(diag=0, gps=1, at=2, ppp=3)),
    (0x1E0E, 0x9206): KnownModem("SIMCom", "SIM7070/SIM7080/SIM7090",
                                 _ports(diag=0, gps=1, at=2, ppp=5)),
    # Sierra Wireless (1199) and a Dell rebrand
    (0x1199, 0x68C0): KnownModem("Sierra Wireless", "MC7304/MC7354", _SIERRA_SWI),
    (0x1199, 0x9041): KnownModem("Sierra Wireless", "MC7305/MC7355", _SIERRA_SWI),
    (0x1199, 0x9071): KnownModem("Sierra Wireless", "MC7455", _SIERRA_SWI),
    (0x1199, 0x9079): KnownModem("Sierra Wireless", "EM7455", _SIERRA_SWI),
    (0x413C, 0x81B6): KnownModem("Sierra Wireless", "Dell DW5811e (EM7455)", _SIERRA_SWI),
    (0x1199, 0x9091): KnownModem("Sierra Wireless", "EM7565", _SIERRA_SWI),
    # Telit (1bc7)
    (0x1BC7, 0x1031): KnownModem("Telit", "LE910C1-EUX (QMI)", _ports(diag=0, at=1, at2=2)),
    (0x1BC7, 0x1033): KnownModem("Telit", "LE910C1-EUX (ECM)", _ports(diag=0, at=1, at2=2)),
    (0x1BC7, 0x1201): KnownModem("Telit", "LE910Cx",
                                 _ports(diag=0, gps=3, at=4, at2=5, ignore=6)),
    (0x1BC7, 0x1204): KnownModem("Telit", "LE910Cx (MBIM)", _ports(diag=0, gps=4, at=5, at2=6)),
    # u-blox (1546; LARA-R6 00B uses Qualcomm's 05c6)
    (0x1546, 0x110A): KnownModem("u-blox", "LARA-R2",
                                 _ports(at=0, at2=(2, 4), ignore=(6, 8), diag=10)),
    (0x1546, 0x1107): KnownModem("u-blox", "TOBY-R2",
                                 _ports(at=0, at2=(2, 4), ignore=(6, 8), diag=10)),
    (0x1546, 0x1010): KnownModem("u-blox", "TOBY-L4", _ports(at=6, diag=(2, 4), ignore=8)),
    (0x05C6, 0x908B): KnownModem("u-blox", "LARA-R6 00B", _ports(diag=0, at=1, at2=2, ignore=3)),
    # Fibocom (2cb7, Intel 8087, UNISOC 1782, 1508)
    (0x2CB7, 0x0007): KnownModem("Fibocom", "L850-GL", _ports(at=2, diag=4, at2=6)),
    (0x8087, 0x095A): KnownModem("Fibocom", "L850-GL (Intel)", _ports(at=0, ignore=2, at2=4)),
    (0x2CB7, 0x0104): KnownModem("Fibocom", "FM150", _ports(diag=0, at=1, at2=2, ignore=3)),
    (0x2CB7, 0x01A0): KnownModem("Fibocom", "NL668 (MBIM)", _ports(at=2, at2=3, diag=4)),
    (0x1508, 0x1001): KnownModem("Fibocom", "NL668 (IoT)", _ports(diag=0, at=1, at2=(2, 3))),
    (0x1782, 0x4D10): KnownModem("Fibocom", "L610 (AT mode)",
                                 _ports(at=0, diag=(1, 2, 3, 4), at2=(5, 6))),
    (0x1782, 0x4D11): KnownModem("Fibocom", "L610 (ECM/RNDIS)",
                                 _ports(at=2, diag=(3, 4, 5, 6), at2=(7, 8))),
    # ZTE (19d2)
    (0x19D2, 0x0082): KnownModem("ZTE", "MF190", _ports(at=3, at2=1)),
    (0x19D2, 0x0124): KnownModem("ZTE", "MF190 variant", _ports(at=4, at2=1)),
    (0x19D2, 0x0117): KnownModem("ZTE", "MF190 variant", _ports(at=2, at2=1)),
    (0x19D2, 0x0017): KnownModem("ZTE", "MF190 variant", _ports(at=2, at2=1)),
    (0x19D2, 0x2003): KnownModem("ZTE", "MF190 variant", _ports(at=3, at2=1)),
    (0x19D2, 0x0031): KnownModem("ZTE", "MF626/MF627", _ports(at=3, at2=1)),
    # Cinterion / Thales (1e2d)
    (0x1E2D, 0x0061): KnownModem("Cinterion", "PLS8", _ports(ppp=0, at=2, gps=4, ignore=(6, 8))),
    (0x1E2D, 0x005B): KnownModem("Cinterion", "PLS62",
                                 _ports(at=0, at2=2, gps=4, ignore=6, diag=8)),
    (0x1E2D, 0x005D): KnownModem("Cinterion", "PLS62 (MBIM)",
                                 _ports(at=0, at2=2, gps=4, ignore=6, diag=8)),
    (0x1E2D, 0x0069): KnownModem("Cinterion", "PLS63", _ports(at=0, at2=2, gps=4, diag=6)),
    (0x1E2D, 0x006F): KnownModem("Cinterion", "PLS83", _ports(at=0, at2=2, gps=4, diag=6)),
    (0x1E2D, 0x00B3): KnownModem("Cinterion", "MV31 (MBIM)", _ports(at=2, gps=4, ignore=5)),
    (0x1E2D, 0x00B7): KnownModem("Cinterion", "MV31 (rmnet)", _ports(at=2, gps=4, ignore=5)),
    # Foxconn / Dell
    (0x0489, 0xE0B4): KnownModem("Foxconn", "T77W968", _FOXCONN),
    (0x0489, 0xE0B5): KnownModem("Foxconn", "T77W968", _FOXCONN),
    (0x413C, 0x81D7): KnownModem("Dell", "DW5821e", _FOXCONN),
    (0x413C, 0x81E0): KnownModem("Dell", "DW5821e", _FOXCONN),
})

# Vendor ids of cellular-modem makers: an unknown product of these is still probably a modem.
MODEM_VENDORS: Mapping[int, str] = MappingProxyType({
    0x2C7C: "Quectel", 0x12D1: "Huawei", 0x3566: "Huawei (Brovi)", 0x1E0E: "SIMCom",
    0x1199: "Sierra Wireless", 0x1546: "u-blox", 0x1BC7: "Telit", 0x2CB7: "Fibocom",
    0x19D2: "ZTE", 0x1E2D: "Cinterion", 0x1410: "Novatel", 0x2DEE: "MeiG", 0x2949: "Neoway",
    0x1508: "Fibocom", 0x1782: "UNISOC",
})

HUAWEI_VID = 0x12D1
# Huawei ports are told apart by bInterfaceProtocol, not number (class ff): 02/12 PC UI (AT),
# 01/10 modem (PPP, AT-capable), 03/13 DIAG, 05/14 GPS (ModemManager huawei plugin, ^SETPORT).
HUAWEI_PROTOCOL_ROLES: Mapping[int, str] = MappingProxyType({
    0x02: AT, 0x12: AT, 0x01: PPP, 0x10: PPP, 0x03: DIAG, 0x13: DIAG, 0x05: GPS, 0x14: GPS,
})


# --- modes with no AT port -------------------------------------------------------------

STORAGE, HILINK, ROUTER, DOWNLOAD, NETWORK_ONLY = (
    "storage", "hilink", "router", "download", "network-only")


@dataclass(frozen=True)
class NoAtMode:
    vendor: str
    mode: str          # one of STORAGE, HILINK, ROUTER, DOWNLOAD, NETWORK_ONLY
    models: str = ""


def _storage(vid: int, vendor: str, *pids: int) -> dict[tuple[int, int], NoAtMode]:
    return {(vid, pid): NoAtMode(vendor, STORAGE) for pid in pids}


NO_AT_MODES: Mapping[tuple[int, int], NoAtMode] = MappingProxyType({
    **_storage(0x12D1, "Huawei", 0x1F01, 0x1446, 0x14FE, 0x1505, 0x1C0B, 0x1557, 0x155B,
               0x157D, 0x15CA, 0x15CD, 0x15CF, 0x15E7),
    **_storage(0x19D2, "ZTE", 0x2000, 0x1224, 0x0149, 0x0154, 0x1225, 0x1030, 0x0166, 0x1421),
    **_storage(0x1E0E, "SIMCom", 0xF000),
    **_storage(0x1199, "Sierra Wireless", 0x0FFF),
    **_storage(0x05C6, "Qualcomm-based", 0xF000),
    **_storage(0x0E8D, "MediaTek-based", 0x0002),
    **_storage(0x3566, "Huawei (Brovi)", 0x2001),
    (0x12D1, 0x14DB): NoAtMode("Huawei", HILINK, "E3372/E3531/E3131/E5377"),
    (0x12D1, 0x14DC): NoAtMode("Huawei", HILINK, "E3372/E3531/E3131/E5377"),
    (0x19D2, 0x1405): NoAtMode("ZTE", ROUTER, "MF823/MF831 (ECM)"),
    (0x19D2, 0x1403): NoAtMode("ZTE", ROUTER, "MF823 (RNDIS)"),
    (0x05C6, 0x9008): NoAtMode("Qualcomm", DOWNLOAD, "QDLoader / emergency download"),
    (0x1199, 0x9070): NoAtMode("Sierra Wireless", DOWNLOAD, "MC7455 boot"),
    (0x1199, 0x9078): NoAtMode("Sierra Wireless", DOWNLOAD, "EM7455 QDL"),
    (0x1199, 0x907A): NoAtMode("Sierra Wireless", DOWNLOAD, "QDL"),
    (0x1199, 0x9090): NoAtMode("Sierra Wireless", DOWNLOAD, "EM7565 QDL"),
    (0x1199, 0x90D2): NoAtMode("Sierra Wireless", DOWNLOAD, "EM9190 QDL"),
    (0x1E0E, 0x901E): NoAtMode("SIMCom", NETWORK_ONLY, "SIM8262E-M2 (MBIM only)"),
})


def no_at_mode(vid: int, pid: int) -> NoAtMode | None:
    """The no-AT mode a USB id stands for, if it is one we know."""
    if vid == 0x1410 and 0x5000 <= pid <= 0x5FFF:
        # Novatel reserves the whole 5xxx range for its auto-install CD-ROMs.
        return NoAtMode("Novatel", STORAGE)
    return NO_AT_MODES.get((vid, pid))
