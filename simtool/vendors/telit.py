"""Telit (LE910, LN940, ME910): #PCT counts the code the SIM asks for now; #CCID.
CFUN 5 = full functionality with power saving, radio on (Telit AT reference guide)."""

from simtool.at.parsers.retries import parse_telit_pct
from simtool.at.parsers.sim import parse_iccid
from simtool.vendors.base import CRSM_ICCID, GENERIC_CSIM_RETRIES, Vendor

VENDOR = Vendor(
    name="telit",
    display_name="Telit",
    cgmi_patterns=(r"telit",),
    usb_vids=(0x1BC7,),
    pin_retry_commands=(("AT#PCT", parse_telit_pct), *GENERIC_CSIM_RETRIES),
    iccid_commands=(("AT#CCID", parse_iccid), ("AT+ICCID", parse_iccid), CRSM_ICCID),
    cfun_on=frozenset({1, 5}),
)
