"""Huawei HiLink codes and what they mean, from the reference tables (shared/reference/
hilink.md §3: the E3372h WebUI's main.js/home.js/redirect.js and lang_en_us.js, HiLink
clients and error lists). A code that is not here is kept verbatim as "unparsed", never
guessed; UNMAPPED names the codes the tables list without a meaning simtool can use.
"""

from __future__ import annotations

from simtool.i18n import QT_TRANSLATE_NOOP

CTX = "HiLink"

# pin/status and monitoring/converged-status SimState -> simtool sim.state (§3.1).
SIM_STATE: dict[str, str] = {
    "255": "not-inserted",     # NO_SIM_CARD
    "256": "failure",          # CPIN_FAIL (the WebUI shows its no-card page)
    "257": "ready",            # PIN_READY
    "260": "pin-required",     # PIN_REQUIRED
    "261": "puk-required",     # PUK_REQUIRED
    "262": "busy",             # INIT_SIM_CARD: the WebUI polls until it changes
}
SIM_STATE_NAMES: dict[str, str] = {
    "255": "NO_SIM_CARD", "256": "CPIN_FAIL", "257": "PIN_READY", "258": "PIN_DISABLE",
    "259": "PIN_VALIDATE", "260": "PIN_REQUIRED", "261": "PUK_REQUIRED",
    "262": "INIT_SIM_CARD", "253": "CARD_LOCK_PIN_RIGNT", "254": "CARD_LOCK_PIN_WRONG",
}
# The WebUI's defaults when the device gives no count (redirect.js).
PIN_TRIES_DEFAULT = 3
PUK_TRIES_DEFAULT = 10

# monitoring/status SimStatus (§3.2): the ^SYSINFO <sim_state> values.
SIM_STATUS_VALID = "1"
SIM_STATUS_ABSENT = ("0", "255")
SIM_STATUS_INVALID_CS = "2"
SIM_STATUS_INVALID_PS = "3"
SIM_STATUS_INVALID_BOTH = "4"
SIM_STATUS_KNOWN = ("0", "1", "2", "3", "4", "240", "255")

# ConnectionStatus (§3.3).
CONNECTING, CONNECTED, DISCONNECTED, DISCONNECTING = "900", "901", "902", "903"
CONNECTION_STATE: dict[str, str] = {
    CONNECTING: "connecting", CONNECTED: "connected", DISCONNECTED: "disconnected",
    DISCONNECTING: "disconnecting",
}
# Auto-connect switched off (at power-on / after a drop), and the same while roaming.
AUTO_CONNECT_OFF = ("112", "114")
AUTO_CONNECT_OFF_ROAMING = ("113", "115")
PROFILE_INVALID = frozenset(
    "2 3 5 8 20 21 23 27 28 29 30 31 32 33 65538 65539 65567 65568 "
    "131073 131074 131076 131078".split())
ACCESS_NOT_ALLOWED = frozenset(
    ["7", "11", "14", "37", *(str(n) for n in range(131079, 131090))])
ROAMING_NOT_ALLOWED = frozenset(["12", "13"])
DATA_LIMIT_REACHED = "201"
# HLA/HDA names for the cradle codes; the E3372h WebUI shows 905 as poor signal.
CONNECT_FAILED, STATUS_NULL, STATUS_ERROR = "904", "905", "906"

TEXT_PROFILE_INVALID = QT_TRANSLATE_NOOP(
    "HiLink", "Connection failed. The profile is invalid. Please contact your service provider.")
TEXT_ACCESS_NOT_ALLOWED = QT_TRANSLATE_NOOP(
    "HiLink", "Connection failed. Network access is not allowed. Please contact your service "
    "provider.")
TEXT_ROAMING_NOT_ALLOWED = QT_TRANSLATE_NOOP(
    "HiLink", "Connection failed. Roaming not allowed.")
TEXT_DATA_LIMIT = QT_TRANSLATE_NOOP(
    "HiLink", "Data usage has exceeded the upper limit. The dial-up connection has been "
    "terminated.")
TEXT_AUTO_OFF = QT_TRANSLATE_NOOP(
    "HiLink", "Disconnected: automatic connection is switched off.")
TEXT_AUTO_OFF_ROAMING = QT_TRANSLATE_NOOP(
    "HiLink", "Automatic connection is disabled while roaming.")
TEXT_POOR_SIGNAL = QT_TRANSLATE_NOOP(
    "HiLink", "Signal reception is poor. Move your device to a place with better signal.")
TEXT_FAILED_OTHER = QT_TRANSLATE_NOOP(
    "HiLink", "Connection failed. Please retry later. If the problem persists, please contact "
    "your service provider.")
TEXT_NO_SERVICE = QT_TRANSLATE_NOOP("HiLink", "Connection failed to the network.")

# CurrentNetworkTypeEx (preferred when not empty) and CurrentNetworkType (§3.4) ->
# (name, 3GPP AcT). 0 = no service. Codes without an AcT (CDMA family) have act None.
NETWORK_TYPE_EX: dict[str, tuple[str, int | None]] = {
    "0": ("no service", None), "1": ("GSM", 0), "2": ("GPRS", 0), "3": ("EDGE", 3),
    "41": ("WCDMA", 2), "42": ("HSDPA", 4), "43": ("HSUPA", 5), "44": ("HSPA", 6),
    "45": ("HSPA+", 6), "46": ("DC-HSPA+", 6), "101": ("LTE", 7),
    **{str(n): ("CDMA/EV-DO", None) for n in range(21, 37)},
    **{str(n): ("TD-SCDMA", 2) for n in range(61, 66)},
    "81": ("802.16e", None),
}
NETWORK_TYPE: dict[str, tuple[str, int | None]] = {
    "0": ("no service", None), "1": ("GSM", 0), "2": ("GPRS", 0), "3": ("EDGE", 3),
    "4": ("WCDMA", 2), "5": ("HSDPA", 4), "6": ("HSUPA", 5), "7": ("HSPA", 6),
    "8": ("TD-SCDMA", 2), "9": ("HSPA+", 6), "10": ("EV-DO rev. 0", None),
    "11": ("EV-DO rev. A", None), "12": ("EV-DO rev. B", None), "13": ("1xRTT", None),
    "14": ("UMB", None), "15": ("1xEVDV", None), "16": ("3xRTT", None),
    "17": ("HSPA+ 64QAM", 6), "18": ("HSPA+ MIMO", 6), "19": ("LTE", 7),
}
# device/signal `mode` and net/current-plmn `Rat`: 0 = 2G, 2 = 3G, 7 = 4G.
SIGNAL_MODE_ACT: dict[str, int] = {"0": 0, "2": 2, "7": 7}

# <error><code> (§3.5).
ERROR_SYSTEM_UNKNOWN = 100001
ERROR_NOT_SUPPORTED = 100002
ERROR_LOGIN_REQUIRED = 100003
ERROR_SYSTEM_BUSY = 100004
ERROR_FORMAT = 100005
ERROR_PARAMETER = 100006
ERROR_USERNAME_WRONG = 108001
ERROR_PASSWORD_WRONG = 108002
ERROR_ALREADY_LOGGED_IN = 108003
ERROR_TOO_MANY_USERS = 108005
ERROR_USERNAME_PASSWORD_WRONG = 108006
ERROR_LOGIN_LOCKED = 108007
ERROR_LOGGED_IN_ELSEWHERE = 108009
ERROR_PASSWORD_MUST_CHANGE = 115002
ERROR_WRONG_TOKEN = 125001
ERROR_CSRF = 125002
ERROR_WRONG_SESSION_TOKEN = 125003
# USSD errors: busy, no reply, network timeout, no USSD on this network.
USSD_ERRORS = {111013: QT_TRANSLATE_NOOP("HiLink", "a USSD session is already running"),
               111019: QT_TRANSLATE_NOOP("HiLink", "the network did not reply"),
               111020: QT_TRANSLATE_NOOP("HiLink", "the network timed out"),
               111022: QT_TRANSLATE_NOOP("HiLink", "the network offers no USSD")}
WRONG_CREDENTIALS = (ERROR_USERNAME_WRONG, ERROR_PASSWORD_WRONG, ERROR_USERNAME_PASSWORD_WRONG)

ERROR_TEXT: dict[int, str] = {
    -1: "system not available",
    100001: "unknown error", 100002: "not supported", 100003: "login required",
    100004: "system busy", 100005: "format error", 100006: "parameter error",
    100009: "write error", 101001: "no SIM or invalid SIM", 101002: "SIM PIN lock",
    101003: "SIM PUK lock", 101004: "SIM unusable", 103002: "PIN validation failed",
    103004: "PUK modification failed", 103008: "SIM busy", 103011: "PUK dead-locked",
    108001: "username wrong", 108002: "password wrong", 108003: "already logged in",
    108005: "too many users logged in", 108006: "username or password wrong",
    108007: "login attempts exhausted", 108009: "already logged in on the device",
    111013: "USSD busy", 111019: "USSD: no network reply", 111020: "USSD: network timeout",
    111022: "USSD: not offered by the network", 112008: "SIM card not ready",
    115002: "password must be changed", 120001: "voice busy", 125001: "wrong token",
    125002: "session error (CSRF)", 125003: "wrong session token",
}

# user/state-login State.
LOGIN_STATE_LOGGED_IN = "0"
LOGIN_STATE_LOGGED_OUT = "-1"
PASSWORD_TYPE_BASE64 = ("0", "3")
PASSWORD_TYPE_SHA256 = "4"
PASSWORD_MAX_CHARS = 32     # the WebUI's maxlength; longer ones fail and count (b618reboot#9)

# Codes the tables list whose meaning is not documented well enough to act on: kept as
# unparsed when seen (the closing note lists them).
UNMAPPED = {
    "SimState": ("253", "254"),           # card-lock pages of another WebUI build
    "SimStatus": ("240",),                # ROM-SIM
    "ConnectionStatus": ("116",),         # found in no source
}
