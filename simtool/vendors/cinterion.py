"""Cinterion / Gemalto / Thales (EHS, ELS, PLS): ^SPIC per code, ^SCID; ELS31 reports
+CEER as <emm cause>,<esm cause>."""

from simtool.at.parsers.retries import parse_cinterion_spic_pin, parse_cinterion_spic_puk
from simtool.at.parsers.sim import parse_iccid
from simtool.vendors.base import CRSM_ICCID, GENERIC_CSIM_RETRIES, Vendor

VENDOR = Vendor(
    name="cinterion",
    display_name="Cinterion (Thales)",
    cgmi_patterns=(r"cinterion", r"siemens", r"gemalto", r"thales"),
    usb_vids=(0x1E2D, 0x0681),
    pin_retry_commands=(('AT^SPIC="SC"', parse_cinterion_spic_pin),
                        ('AT^SPIC="SC",1', parse_cinterion_spic_puk), *GENERIC_CSIM_RETRIES),
    iccid_commands=(("AT^SCID", parse_iccid), ("AT+CCID", parse_iccid), CRSM_ICCID),
    ceer_numeric_rule="emm,esm",
)
