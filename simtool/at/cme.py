"""+CME and +CMS error tables (pure data and lookups, no I/O).

Texts follow 3GPP TS 27.007 §9.2 (+CME, v17) and TS 27.005 §3.2.5 (+CMS). The mapping from
+CME codes to the NAS cause underneath them follows TS 27.007 §9.2.2/9.2.3 and the cross-check
in the reference notes (causes.md §3): 102-147 carry cause = code - 100, 171-233 need a table.
The English texts are protocol vocabulary kept verbatim; remedies and user-facing sentences are
written (and translated) elsewhere.
"""

from __future__ import annotations

import re

# TS 27.007 §9.2.1: general errors.
_GENERAL: dict[int, str] = {
    0: "phone failure",
    1: "no connection to phone",
    2: "phone-adaptor link reserved",
    3: "operation not allowed",
    4: "operation not supported",
    5: "PH-SIM PIN required",
    6: "PH-FSIM PIN required",
    7: "PH-FSIM PUK required",
    10: "SIM not inserted",
    11: "SIM PIN required",
    12: "SIM PUK required",
    13: "SIM failure",
    14: "SIM busy",
    15: "SIM wrong",
    16: "incorrect password",
    17: "SIM PIN2 required",
    18: "SIM PUK2 required",
    20: "memory full",
    21: "invalid index",
    22: "not found",
    23: "memory failure",
    24: "text string too long",
    25: "invalid characters in text string",
    26: "dial string too long",
    27: "invalid characters in dial string",
    30: "no network service",
    31: "network timeout",
    32: "network not allowed - emergency calls only",
    40: "network personalization PIN required",
    41: "network personalization PUK required",
    42: "network subset personalization PIN required",
    43: "network subset personalization PUK required",
    44: "service provider personalization PIN required",
    45: "service provider personalization PUK required",
    46: "corporate personalization PIN required",
    47: "corporate personalization PUK required",
    48: "hidden key required",
    49: "EAP method not supported",
    50: "Incorrect parameters",
    51: "command implemented but currently disabled",
    52: "command aborted by user",
    53: "not attached to network due to MT functionality restrictions",
    54: "modem not allowed - MT restricted to emergency calls only",
    55: "operation not allowed because of MT functionality restrictions",
    56: "fixed dial number only allowed - called number is not a fixed dial number",
    57: "temporarily out of service due to other MT usage",
    58: "language/alphabet not supported",
    59: "unexpected data value",
    60: "system failure",
    61: "data missing",
    62: "call barred",
    63: "message waiting indication subscription failure",
    100: "unknown",
}

# TS 27.007 §9.2.2: GPRS/EPS/5GS related errors (mobility and session management).
_PACKET: dict[int, str] = {
    102: "IMSI unknown in HLR",
    103: "illegal MS",
    104: "IMSI unknown in VLR",
    105: "IMEI not accepted",
    106: "illegal ME",
    107: "GPRS services not allowed",
    108: "GPRS services and non-GPRS services not allowed",
    109: "MS identity cannot be derived by the network",
    110: "implicitly detached",
    111: "PLMN not allowed",
    112: "location area not allowed",
    113: "roaming not allowed in this location area",
    114: "GPRS services not allowed in this PLMN",
    115: "no suitable cells in location area",
    116: "MSC temporarily not reachable",
    117: "network failure",
    118: "CS domain not available",
    119: "ESM failure",
    122: "congestion",
    124: "MBMS bearer capabilities insufficient for the service",
    125: "not authorized for this CSG",
    126: "insufficient resources",
    127: "missing or unknown APN",
    128: "unknown PDP address or PDP type",
    129: "user authentication failed",
    130: "activation rejected by GGSN, Serving GW or PDN GW",
    131: "activation rejected, unspecified",
    132: "service option not supported",
    133: "requested service option not subscribed",
    134: "service option temporarily out of order",
    135: "NSAPI already used",
    136: "regular deactivation",
    137: "QoS not accepted",
    138: "call cannot be identified",
    139: "CS service temporarily not available",
    140: "feature not supported",
    141: "semantic error in the TFT operation",
    142: "syntactical error in the TFT operation",
    143: "unknown PDP context",
    144: "semantic errors in packet filter(s)",
    145: "syntactical errors in packet filter(s)",
    146: "PDP context without TFT already activated",
    147: "multicast group membership time-out",
    148: "unspecified GPRS error",
    149: "PDP authentication failure",
    150: "invalid mobile class",
    # Before Rel-11 151 meant "last PDN disconnection not allowed" (now 171); v14+ text kept.
    151: "VBS/VGCS not supported by the network",
    171: "last PDN disconnection not allowed",
    172: "semantically incorrect message",
    173: "mandatory information element error",
    174: "message type non-existent or not implemented",
    175: "conditional IE error",
    176: "protocol error, unspecified",
    177: "operator determined barring",
    178: "maximum number of PDP contexts reached",
    179: "requested APN not supported in current RAT and PLMN combination",
    180: "request rejected - bearer control mode violation",
    181: "unsupported QCI value",
    182: "user data transmission via control plane is congested",
    183: "SMS provided via GPRS in this routing area",
    184: "invalid PTI value",
    185: "no bearer activated",
    186: "message not compatible with protocol state",
    187: "recovery on timer expiry",
    188: "invalid transaction identifier value",
    189: "requested service option not authorized in this PLMN",
    190: "network failure (activation)",
    191: "reactivation requested",
    192: "IPv4 only allowed",
    193: "IPv6 only allowed",
    194: "single address bearers only allowed",
    195: "collision with network initiated request",
    196: "IPv4v6 only allowed",
    197: "non-IP only allowed",
    198: "bearer handling not supported",
    199: "APN restriction value incompatible with active PDP context",
    200: "multiple accesses to a PDN connection not allowed",
    201: "ESM information not received",
    202: "PDN connection does not exist",
    203: "multiple PDN connections for a given APN not allowed",
    204: "severe network failure",
    205: "insufficient resources for specific slice and DNN",
    206: "not supported SSC mode",
    207: "insufficient resources for specific slice",
    208: "message type not compatible with protocol state",
    209: "information element non-existent or not implemented",
    210: "N1 mode not allowed",
    211: "restricted service area",
    212: "LADN not available",
    213: "missing or unknown DNN in a slice",
    214: "ngKSI already in use",
    215: "payload was not forwarded",
    216: "non-3GPP access to 5GCN not allowed",
    217: "serving network not authorized",
    218: "DNN not supported or not subscribed in the slice",
    219: "insufficient user-plane resources for the PDU session",
    220: "out of LADN service area",
    221: "PTI mismatch",
    222: "max data rate for user-plane integrity protection is too low",
    223: "semantic error in the QoS operation",
    224: "syntactical error in the QoS operation",
    225: "invalid mapped EPS bearer identity",
    226: "redirection to 5GCN required",
    227: "redirection to EPC required",
    228: "temporarily not authorized for this SNPN",
    229: "permanently not authorized for this SNPN",
    230: "Ethernet only allowed",
    231: "not authorized for this CAG or authorized for CAG cells only",
    232: "no network slices available",
    233: "wireline access area not allowed",
}

CME_TEXTS: dict[int, str] = {**_GENERAL, **_PACKET}

# NAS cause behind 171..233: ("mm", n) = mobility management (MM/GMM/EMM/5GMM),
# ("sm", n) = session management (SM/ESM/5GSM), ("cc", n) = call control.
_NAS_171_233: dict[int, tuple[str, int]] = {
    171: ("sm", 49), 172: ("sm", 95), 173: ("sm", 96), 174: ("sm", 97), 175: ("sm", 100),
    176: ("sm", 111), 177: ("sm", 8), 178: ("sm", 65), 179: ("sm", 66), 180: ("sm", 48),
    181: ("sm", 59), 183: ("mm", 28), 184: ("sm", 81), 185: ("mm", 40), 186: ("sm", 101),
    187: ("cc", 102), 188: ("sm", 81), 189: ("mm", 35), 190: ("sm", 38), 191: ("sm", 39),
    192: ("sm", 50), 193: ("sm", 51), 194: ("sm", 52), 195: ("sm", 56), 196: ("sm", 57),
    197: ("sm", 58), 198: ("sm", 60), 199: ("sm", 112), 200: ("sm", 113), 201: ("sm", 53),
    202: ("sm", 54), 203: ("sm", 55), 204: ("mm", 42), 205: ("sm", 67), 206: ("sm", 68),
    207: ("sm", 69), 208: ("sm", 98), 209: ("sm", 99), 210: ("mm", 27), 211: ("mm", 28),
    212: ("mm", 43), 213: ("sm", 70), 214: ("mm", 71), 215: ("mm", 90), 216: ("mm", 72),
    217: ("mm", 73), 218: ("mm", 91), 219: ("mm", 92), 220: ("sm", 46), 221: ("sm", 47),
    222: ("sm", 82), 223: ("sm", 83), 224: ("sm", 84), 225: ("sm", 85), 226: ("mm", 31),
    227: ("mm", 31), 228: ("mm", 74), 229: ("mm", 75), 230: ("sm", 61), 231: ("mm", 76),
    232: ("mm", 62), 233: ("mm", 77),
}

# In 102..147 these are not mobility causes: 124 is SM #24, 126..137 and 140..147 are SM/ESM
# causes; 138 and 139 stay mobility (MM #38, EMM #39).
_SM_IN_102_147 = frozenset({124, *range(126, 138), *range(140, 148)})

# TS 27.005 §3.2.5: message service failure result codes.
CMS_TEXTS: dict[int, str] = {
    300: "ME failure",
    301: "SMS service of ME reserved",
    302: "operation not allowed",
    303: "operation not supported",
    304: "invalid PDU mode parameter",
    305: "invalid text mode parameter",
    310: "(U)SIM not inserted",
    311: "(U)SIM PIN required",
    312: "PH-(U)SIM PIN required",
    313: "(U)SIM failure",
    314: "(U)SIM busy",
    315: "(U)SIM wrong",
    316: "(U)SIM PUK required",
    317: "(U)SIM PIN2 required",
    318: "(U)SIM PUK2 required",
    320: "memory failure",
    321: "invalid memory index",
    322: "memory full",
    330: "SMSC address unknown",
    331: "no network service",
    332: "network timeout",
    340: "no +CNMA acknowledgement expected",
    500: "unknown error",
}

_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def _normalise(text: str) -> str:
    return _NON_ALNUM.sub("", text.lower())


# Verbose texts seen from modems in AT+CMEE=2 mode that differ from the 27.007 wording
# (short forms ModemManager matches, older spec releases, common vendor spellings).
_ALIASES: dict[str, int] = {
    "phonefailure": 0,
    "noconnection": 1,
    "linkreserved": 2,
    "phoneadapterlinkreserved": 2,
    "phoneadaptorlinkreserved": 2,
    "operationnotsupported": 4,
    "simnotinserted": 10,
    "nosim": 10,
    "simnotpresent": 10,
    "usimnotinserted": 10,
    "simpinrequired": 11,
    "simpukrequired": 12,
    "simfailure": 13,
    "usimfailure": 13,
    "simbusy": 14,
    "usimbusy": 14,
    "simwrong": 15,
    "incorrectpassword": 16,
    "wrongpassword": 16,
    "notfound": 22,
    "nonetwork": 30,
    "timeout": 31,
    "networknotallowedemergencycallsonly": 32,
    "incorrectparameters": 50,
    "invalidmandatoryinformation": 173,
    "informationelementnonexistentornotimplemented": 209,
    "unknownerror": 100,
}

_BY_TEXT: dict[str, int] = {}
# Where a spec text repeats, the lower (older) code wins: it is written last.
for _code, _text in sorted(CME_TEXTS.items(), reverse=True):
    _BY_TEXT[_normalise(_text)] = _code
_BY_TEXT.update(_ALIASES)


def cme_text(code: int) -> str | None:
    """The TS 27.007 English text for a +CME ERROR number; None for vendor or unassigned codes."""
    return CME_TEXTS.get(code)


def cme_code_for_text(text: str) -> int | None:
    """The +CME number for a verbose error text (case, spaces and punctuation ignored)."""
    key = _normalise(text)
    if not key:
        return None
    return _BY_TEXT.get(key)


def nas_cause_for_cme(code: int) -> tuple[str, int] | None:
    """The NAS cause a +CME code carries: ("mm"|"sm"|"cc", cause number), or None.

    e.g. 111 -> ("mm", 11) PLMN not allowed; 133 -> ("sm", 33); 177 -> ("sm", 8) ODB.
    """
    if 102 <= code <= 147:
        if code not in CME_TEXTS:     # 120, 121, 123: unassigned (121 is vendor-dependent)
            return None
        return ("sm" if code in _SM_IN_102_147 else "mm", code - 100)
    return _NAS_171_233.get(code)


_CMS_BY_TEXT: dict[str, int] = {_normalise(text): code for code, text in CMS_TEXTS.items()}
_CMS_BY_TEXT.update({_normalise(text.replace("(U)", "")): code
                     for code, text in CMS_TEXTS.items() if "(U)" in text})


def cms_code_for_text(text: str) -> int | None:
    """The +CMS number for a verbose error text; "(U)" may be left out ("SIM busy" -> 314)."""
    return _CMS_BY_TEXT.get(_normalise(text)) if _normalise(text) else None


def cms_text(code: int) -> str | None:
    """The TS 27.005 English text for a +CMS ERROR number (300..500); None otherwise."""
    return CMS_TEXTS.get(code)
