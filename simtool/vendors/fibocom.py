"""Fibocom: L8xx are Intel XMM based (+XPINCNT), FM350 is MediaTek based (+EPINC?)."""

from simtool.at.parsers.retries import parse_intel_xpincnt, parse_mtk_epinc
from simtool.at.parsers.sim import parse_iccid
from simtool.vendors.base import CRSM_ICCID, GENERIC_CSIM_RETRIES, Vendor

VENDOR = Vendor(
    name="fibocom",
    display_name="Fibocom",
    cgmi_patterns=(r"fibocom",),
    usb_vids=(0x2CB7,),
    pin_retry_commands=(("AT+XPINCNT", parse_intel_xpincnt), ("AT+EPINC?", parse_mtk_epinc),
                        *GENERIC_CSIM_RETRIES),
    iccid_commands=(("AT+CCID", parse_iccid), ("AT+ICCID", parse_iccid), CRSM_ICCID),
    esim_chain=False,       # FM350-GL answers +CCHO with a bare "1" (lpac#209)
)
