"""Huawei (ME909s, MU709, E3372 in stick mode): ^CPIN?, ^ICCID?, ^HCSQ? (Huawei AT manuals).

The family by lineage: TD Tech (鼎桥) took over Huawei's module line and its modules (MT5700M-CN,
MT5710-CN, ME909s...) answer `ATI` with "Manufacturer: TD Tech Ltd." but speak Huawei's
commands (^HCSQ, ^SETMODE, PCUI ports: public MT5700M-CN/MT5710 guides, e.g. the
DotRacel/MT5700M-CN README), so they are read as Huawei.
"""

from simtool.at.parsers.retries import parse_huawei_cpin
from simtool.at.parsers.signal import parse_huawei_hcsq
from simtool.at.parsers.sim import parse_iccid
from simtool.vendors.base import CRSM_ICCID, GENERIC_CSIM_RETRIES, Vendor

VENDOR = Vendor(
    name="huawei",
    display_name="Huawei",
    cgmi_patterns=(r"huawei", r"\btd\s*tech\b"),
    usb_vids=(0x12D1,),
    pin_retry_commands=(("AT^CPIN?", parse_huawei_cpin), *GENERIC_CSIM_RETRIES),
    iccid_commands=(("AT^ICCID?", parse_iccid), CRSM_ICCID),
    signal_extra=("AT^HCSQ?", parse_huawei_hcsq),
    cfun_off=frozenset({0, 4, 7}),   # 7 = offline mode
    # MS2372h: +CCHO is accepted but every channel command fails, and +CSIM cannot open a
    # channel (lpac#164).
    esim_route="none",
)
