"""ZTE (MF/ME series): +ZPINPUK=? and +ZGETICCID (ModemManager zte plugin)."""

from simtool.at.parsers.retries import parse_zte_zpinpuk
from simtool.at.parsers.sim import parse_iccid
from simtool.vendors.base import CRSM_ICCID, GENERIC_CSIM_RETRIES, Vendor

VENDOR = Vendor(
    name="zte",
    display_name="ZTE",
    cgmi_patterns=(r"\bzte\b",),
    usb_vids=(0x19D2,),
    pin_retry_commands=(("AT+ZPINPUK=?", parse_zte_zpinpuk), *GENERIC_CSIM_RETRIES),
    iccid_commands=(("AT+ZGETICCID", parse_iccid), CRSM_ICCID),
    esim_route="probe",     # nothing public on ZTE sticks and eSIMs: probe, do not assume
)
