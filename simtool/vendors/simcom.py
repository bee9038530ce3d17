"""SIMCom (SIM7600, SIM7000, SIM800): +SPIC, +CICCID / +CCID (SIMCom AT manuals)."""

from simtool.at.parsers.retries import parse_simcom_spic
from simtool.at.parsers.sim import parse_iccid
from simtool.vendors.base import CRSM_ICCID, GENERIC_CSIM_RETRIES, Vendor

VENDOR = Vendor(
    name="simcom",
    display_name="SIMCom",
    cgmi_patterns=(r"sim\s*com", r"simtech"),
    usb_vids=(0x1E0E,),
    pin_retry_commands=(("AT+SPIC", parse_simcom_spic), *GENERIC_CSIM_RETRIES),
    iccid_commands=(("AT+CICCID", parse_iccid), ("AT+CCID", parse_iccid), CRSM_ICCID),
    cfun_off=frozenset({0, 4, 7}),   # 7 = offline mode
    # SIM7600: no +CCHO/+CGLA reported (lpac#168); +CSIM carries MANAGE CHANNEL.
    esim_route="csim",
)
