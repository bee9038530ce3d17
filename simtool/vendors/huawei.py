"""Huawei (ME909s, MU709, E3372 in stick mode): ^CPIN?, ^ICCID?, ^HCSQ? (Huawei AT manuals).

TD Tech (鼎桥) modules of Huawei's line speak these commands too: see lineage.py.
"""

from simtool.at.parsers.retries import parse_huawei_cpin
from simtool.at.parsers.signal import parse_huawei_hcsq
from simtool.at.parsers.sim import parse_iccid
from simtool.vendors.base import CRSM_ICCID, GENERIC_CSIM_RETRIES, Vendor

VENDOR = Vendor(
    name="huawei",
    display_name="Huawei",
    cgmi_patterns=(r"huawei",),
    usb_vids=(0x12D1,),
    pin_retry_commands=(("AT^CPIN?", parse_huawei_cpin), *GENERIC_CSIM_RETRIES),
    iccid_commands=(("AT^ICCID?", parse_iccid), CRSM_ICCID),
    signal_extra=("AT^HCSQ?", parse_huawei_hcsq),
    cfun_off=frozenset({0, 4, 7}),   # 7 = offline mode
    # MS2372h: +CCHO is accepted but every channel command fails, and +CSIM cannot open a
    # channel (lpac#164).
    esim_route="none",
)
