"""u-blox (SARA, LARA, TOBY): +UPINCNT, +CCID; CFUN 19 = minimum functionality with the SIM
deactivated, i.e. radio off (u-blox SARA-R4 AT manual UBX-17003787)."""

from simtool.at.parsers.retries import parse_ublox_upincnt
from simtool.at.parsers.sim import parse_iccid
from simtool.vendors.base import CRSM_ICCID, GENERIC_CSIM_RETRIES, Vendor

VENDOR = Vendor(
    name="ublox",
    display_name="u-blox",
    cgmi_patterns=(r"u-?blox",),
    usb_vids=(0x1546,),
    pin_retry_commands=(("AT+UPINCNT", parse_ublox_upincnt), *GENERIC_CSIM_RETRIES),
    iccid_commands=(("AT+CCID", parse_iccid), CRSM_ICCID),
    cfun_off=frozenset({0, 4, 19}),
)
