"""Sierra Wireless (MC/EM/HL series): +CPINC?, !ICCID?; +CEER uses 100+cause (HL75xx)."""

from simtool.at.parsers.retries import parse_sierra_cpinc
from simtool.at.parsers.sim import parse_iccid
from simtool.vendors.base import CRSM_ICCID, GENERIC_CSIM_RETRIES, Vendor

VENDOR = Vendor(
    name="sierra",
    display_name="Sierra Wireless",
    cgmi_patterns=(r"sierra",),
    usb_vids=(0x1199,),
    pin_retry_commands=(("AT+CPINC?", parse_sierra_cpinc), *GENERIC_CSIM_RETRIES),
    iccid_commands=(("AT!ICCID?", parse_iccid), ("AT+CCID", parse_iccid), CRSM_ICCID),
)
