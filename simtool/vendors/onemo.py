"""China Mobile OneMO modules (中移物联网: ML302A, ML305x, ML307A/R/C/G/H/M/N/X, ML551Z).

China Mobile IoT's extended AT manual for its 4G series (V1.7.4, 2025, §4.2/4.5/4.6):
ATI answers "CMCC", the model and the revision as bare lines; the ICCID is read by
AT+MCCID ("+MCCID: <ICCID>"); AT+MUESTATS="cell" reports the serving cell's RSRP, RSRQ,
RSSI and SINR in 0.1 dB(m) steps. Its command set is 3GPP TS 27.005/27.007 plus these
M-prefixed commands, nothing of another vendor's family, hence a module of its own. No
vendor retry counter is documented: the 3GPP +CPINR and the +CSIM status word are read
(an ML307A accepted +CRSM/+CSIM in leonfox28/simplus's hardware tests). USB vendor id 2ecc
(ML307A 2ecc:3012, simplus's adapter for it).
"""

from simtool.at.parsers.signal import parse_onemo_muestats
from simtool.at.parsers.sim import parse_iccid
from simtool.vendors.base import CRSM_ICCID, Vendor

VENDOR = Vendor(
    name="onemo",
    display_name="China Mobile OneMO",
    cgmi_patterns=(r"^\W*cmcc\W*$", r"china\s*mobile\s*iot", r"\bcmiot\b"),
    model_patterns=(r"^ML30[257][A-Z]", r"^ML551Z"),
    usb_vids=(0x2ECC,),
    iccid_commands=(("AT+MCCID", parse_iccid), CRSM_ICCID),
    signal_extra=('AT+MUESTATS="cell"', parse_onemo_muestats),
)
