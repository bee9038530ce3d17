"""Any 3GPP TS 27.007 modem: standard commands only."""

from simtool.at.parsers.sim import parse_iccid
from simtool.vendors.base import CRSM_ICCID, Vendor

VENDOR = Vendor(
    name="generic",
    display_name="Generic 3GPP modem",
    iccid_commands=(("AT+CCID", parse_iccid), CRSM_ICCID),
    esim_route="probe",     # an unknown modem: a bare ERROR to +CCHO proves nothing
)
