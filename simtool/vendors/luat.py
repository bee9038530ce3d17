"""AirM2M / Luat (合宙: Air724UG on UNISOC 8910, Air780E/EP on Eigencomm EC618/EC718).

openLuat's AT command manual (openLuat/luatos-doc-pool, Air780E and Air780EP): +CGMI:
"AirM2M", +CGMM: "Air780EP", ATI and +CGMR the build string "AirM2M_780EP_V1007_LTE_AT";
the ICCID by AT+ICCID ("+ICCID: ") or AT+CCID (bare); signal by 3GPP +CSQ/+CESQ (SINR
only in engineering mode, which has to be switched on: not read); no retry counter.
Real Air724UG replies (FUjr/QModem testcases/openluat/unisoc/air724ug): +CGMI: "" (empty),
+CGMM: "Air724UG", ATI the LuatOS build string, +ICCID: <iccid>; QModem asks +ICCID first
and +CCID after it. Its TCP/IP set follows SIMCom's SIM800 (+CIPSTART, +SAPBR), but not
what simtool reads (+SPIC, +CICCID), so it is a family of its own. Its USB vendor id
(1782) is UNISOC's, shared by other makers' modules: not used to detect it.
"""

from simtool.at.parsers.sim import parse_iccid
from simtool.vendors.base import CRSM_ICCID, Vendor

VENDOR = Vendor(
    name="luat",
    display_name="AirM2M (Luat)",
    cgmi_patterns=(r"\bairm2m\b",),
    model_patterns=(r"^Air[0-9]{3}[A-Z]",),
    iccid_commands=(("AT+ICCID", parse_iccid), ("AT+CCID", parse_iccid), CRSM_ICCID),
)
