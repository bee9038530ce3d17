"""Quectel (EC2x, EG2x, EM/RM modules): +QPINC?, +QCCID, +QCSQ (Quectel EC25 AT manual)."""

from simtool.at.parsers.retries import parse_quectel_qpinc
from simtool.at.parsers.signal import parse_quectel_qcsq
from simtool.at.parsers.sim import parse_iccid
from simtool.vendors.base import CRSM_ICCID, GENERIC_CSIM_RETRIES, Vendor

VENDOR = Vendor(
    name="quectel",
    display_name="Quectel",
    cgmi_patterns=(r"quectel",),
    usb_vids=(0x2C7C,),
    pin_retry_commands=(("AT+QPINC?", parse_quectel_qpinc), *GENERIC_CSIM_RETRIES),
    iccid_commands=(("AT+QCCID", parse_iccid), CRSM_ICCID),
    signal_extra=("AT+QCSQ", parse_quectel_qcsq),
)
