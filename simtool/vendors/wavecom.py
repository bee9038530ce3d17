"""Wavecom (Q24/Q26 series, Fastrack; Sierra Wireless since 2009): no +CPINR and no +CSIM,
so the PIN/PUK counters come from +CPINC (`+CPINC: <pin1>,<pin2>,<puk1>,<puk2>`, Wavecom AT
commands interface guide); ICCID from +CCID."""

from simtool.at.parsers.retries import parse_wavecom_cpinc
from simtool.at.parsers.sim import parse_iccid
from simtool.vendors.base import CRSM_ICCID, GENERIC_CSIM_RETRIES, Vendor

VENDOR = Vendor(
    name="wavecom",
    display_name="Wavecom",
    cgmi_patterns=(r"wavecom",),
    usb_vids=(0x114F,),
    pin_retry_commands=(("AT+CPINC", parse_wavecom_cpinc), *GENERIC_CSIM_RETRIES),
    iccid_commands=(("AT+CCID", parse_iccid), CRSM_ICCID),
)
