"""3GPP reject and session cause tables: number -> spec name, what it means, whose side.

The same number means different things in different namespaces (EMM #8 "EPS and non-EPS
services not allowed" vs ESM #8 "Operator determined barring"), so every lookup names its
namespace. Mobility namespaces: MM (+CREG), GMM (+CGREG), EMM (+CEREG), 5GMM (+C5GREG).
Session namespaces: SM (2G/3G PDP), ESM (LTE PDN), 5GSM (5G PDU session).

Spec names are 3GPP's English wording (kept as-is in every language, so a support desk can
search for them); the meaning is for the user and goes through tr().

Sources: TS 24.008 Annex G/I, TS 24.301 Annex A/B, TS 24.501 Annex A, TS 27.007 §9.2
(+CME 1xx), as collected in reference/causes.md.
"""

from __future__ import annotations

from dataclasses import dataclass

from simtool.at.cme import nas_cause_for_cme
from simtool.i18n import QT_TRANSLATE_NOOP, language, tr

MOBILITY_NAMESPACES = ("MM", "GMM", "EMM", "5GMM")
SESSION_NAMESPACES = ("SM", "ESM", "5GSM")

# Whose side a cause is on (reference/causes.md "Whose side").
SIDES = ("account", "network", "device", "setting", "coverage", "SIM")


@dataclass(frozen=True)
class Cause:
    namespace: str      # one of MOBILITY_NAMESPACES + SESSION_NAMESPACES
    number: int
    name: str           # 3GPP name in that namespace
    meaning: str        # plain meaning for the user (translated)
    side: str           # one of SIDES

    @property
    def label(self) -> str:
        """"EMM cause #8 (EPS services and non-EPS services not allowed)"; in another
        language without the English spec name (the meaning says it in the reader's words,
        and the number is what a support desk searches for)."""
        if language() != "en":
            return tr("Causes", "{namespace} cause #{number}").format(
                namespace=self.namespace, number=self.number)
        return tr("Causes", "{namespace} cause #{number} ({name})").format(
            namespace=self.namespace, number=self.number, name=self.name)

    @property
    def shown_name(self) -> str:
        """The spec name in English; elsewhere "#N" (no English words in a Chinese
        sentence)."""
        return self.name if language() == "en" else f"#{self.number}"

    def name_suffix(self) -> str:
        """" (spec name)" to append in English; nothing in other languages."""
        return f" ({self.name})" if language() == "en" else ""


def _m(text: str) -> str:
    return QT_TRANSLATE_NOOP("Causes", text)


# number -> (EMM name, GMM/MM name or "=" same or "" none, 5GMM name or "=" or "", meaning, side)
_MOBILITY: dict[int, tuple[str, str, str, str, str]] = {
    2: ("IMSI unknown in HSS", "IMSI unknown in HLR", "",
        _m("the network does not know this SIM: the card is not activated, was cancelled "
           "or the number was ported out"), "account"),
    3: ("Illegal UE", "Illegal MS", "=",
        _m("the network rejected the SIM as illegal: the card may be blocked (reported lost "
           "or stolen) or damaged"), "account"),
    4: ("", "IMSI unknown in VLR", "",
        _m("a temporary state of the voice network; the modem registers again"), "network"),
    5: ("IMEI not accepted", "=", "PEI not accepted",
        _m("the network refused this device's identity (IMEI)"), "device"),
    6: ("Illegal ME", "=", "=",
        _m("the network does not accept this device: its IMEI may be blocked, or the card "
           "is bound to another device"), "device"),
    7: ("EPS services not allowed", "GPRS services not allowed", "5GS services not allowed",
        _m("data service (LTE/5G) is not provisioned on this line, or the line is barred "
           "for data"), "account"),
    8: ("EPS services and non-EPS services not allowed",
        "GPRS services and non-GPRS services not allowed", "",
        _m("neither data nor voice is allowed: the line is not activated, was cancelled, "
           "or is not provisioned"), "account"),
    9: ("UE identity cannot be derived by the network",
        "MS identity cannot be derived by the network", "=",
        _m("the network lost track of the modem; it usually registers again by itself"),
        "network"),
    10: ("Implicitly detached", "=", "Implicitly de-registered",
         _m("the network dropped the registration; the modem registers again"), "network"),
    11: ("PLMN not allowed", "=", "=",
         _m("this network is not allowed for the card (wrong network chosen, no roaming "
            "agreement, or the subscription was cleared)"), "setting"),
    12: ("Tracking area not allowed", "Location area not allowed", "=",
         _m("the card may not be used in this area (region-restricted card)"), "account"),
    13: ("Roaming not allowed in this tracking area",
         "Roaming not allowed in this location area", "=",
         _m("roaming is not allowed here for this card"), "account"),
    14: ("EPS services not allowed in this PLMN", "GPRS services not allowed in this PLMN", "",
         _m("data is not allowed on this (usually foreign) network: data roaming is not "
            "included"), "account"),
    15: ("No suitable cells in tracking area", "No suitable cells in location area", "=",
         _m("no usable cell here for this card; the plan may not include this radio "
            "technology (LTE, LTE-M, NB-IoT)"), "coverage"),
    16: ("MSC temporarily not reachable", "=", "",
         _m("the voice part of the network is temporarily unreachable; data is usually fine"),
         "network"),
    17: ("Network failure", "=", "",
         _m("the operator's network had a failure"), "network"),
    18: ("CS domain not available", "", "",
         _m("voice and SMS over the old network are not available; data is unaffected"),
         "network"),
    19: ("ESM failure", "", "",
         _m("the attach failed because the data connection was refused (wrong APN, no "
            "balance or no roaming agreement)"), "setting"),
    20: ("MAC failure", "=", "=",
         _m("the SIM could not authenticate the network"), "SIM"),
    21: ("Synch failure", "=", "=",
         _m("the SIM and the network re-synchronised; this normally recovers by itself"),
         "network"),
    22: ("Congestion", "=", "=",
         _m("the network is congested and asked the modem to wait (on NB-IoT it can also "
            "mean the account is barred)"), "network"),
    23: ("UE security capabilities mismatch", "", "=",
         _m("the device and the network do not agree on security settings"), "device"),
    24: ("Security mode rejected, unspecified", "", "=",
         _m("security setup with the network failed"), "device"),
    25: ("Not authorized for this CSG", "=", "",
         _m("this small cell (femtocell) is closed to this card"), "coverage"),
    26: ("Non-EPS authentication unacceptable", "", "Non-5G authentication unacceptable",
         _m("the SIM is too old for this network (no USIM)"), "SIM"),
    27: ("", "", "N1 mode not allowed",
         _m("5G is not allowed on this subscription; the modem falls back to LTE"),
         "account"),
    28: ("", "SMS provided via GPRS in this routing area", "Restricted service area",
         _m("service is restricted in this area"), "coverage"),
    31: ("Redirection to 5GCN required", "", "Redirection to EPC required",
         _m("the network steers the modem between its 4G and 5G cores"), "network"),
    35: ("Requested service option not authorized in this PLMN", "", "",
         _m("a requested service is not allowed on this network"), "account"),
    39: ("CS service temporarily not available", "", "",
         _m("voice fallback is temporarily unavailable; data is fine"), "network"),
    40: ("No EPS bearer context activated", "No PDP context activated", "",
         _m("the network has no data bearer for the modem; it attaches again"), "network"),
    42: ("Severe network failure", "", "",
         _m("the operator's core network had a serious failure"), "network"),
    62: ("", "", "No network slices available",
         _m("no 5G network slice is allowed for this card"), "account"),
    78: ("PLMN not allowed to operate at the present UE location", "", "=",
         _m("this network may not be used at the current location"), "coverage"),
    111: ("Protocol error, unspecified", "=", "=",
          _m("a protocol error between the modem and the network"), "device"),
}

# number -> (ESM name, SM name or "=", 5GSM name or "=" or "", meaning, side)
_SESSION: dict[int, tuple[str, str, str, str, str]] = {
    8: ("Operator determined barring", "=", "=",
        _m("the operator has barred data on this line (often unpaid balance, an expired "
           "plan or a terms violation)"), "account"),
    26: ("Insufficient resources", "=", "=",
         _m("the network has no resources for the session right now"), "network"),
    27: ("Missing or unknown APN", "=", "Missing or unknown DNN",
         _m("the APN is wrong or unknown to the operator"), "setting"),
    28: ("Unknown PDN type", "Unknown PDP address or PDP type", "Unknown PDU session type",
         _m("the network does not accept the PDP type (IP, IPV6, IPV4V6)"), "setting"),
    29: ("User authentication or authorization failed", "User authentication failed", "=",
         _m("the APN username, password or authentication type was refused"), "setting"),
    30: ("Request rejected by Serving GW or PDN GW",
         "Activation rejected by GGSN, Serving GW or PDN GW", "",
         _m("the operator's gateway refused the session (policy or charging)"), "account"),
    31: ("Request rejected, unspecified", "Activation rejected, unspecified", "=",
         _m("the network refused the session without a specific reason"), "network"),
    32: ("Service option not supported", "=", "=",
         _m("the network does not support the requested service"), "network"),
    33: ("Requested service option not subscribed", "=", "=",
         _m("the plan does not allow data now: no data plan, plan expired, or data quota "
            "used up and suspended"), "account"),
    34: ("Service option temporarily out of order", "=", "",
         _m("a temporary network problem"), "network"),
    35: ("PTI already in use", "NSAPI already used", "=",
         _m("a protocol state problem in the modem"), "device"),
    36: ("Regular deactivation", "=", "=",
         _m("the session was closed normally (if unexpected, the operator may have closed "
            "it, e.g. quota)"), "network"),
    37: ("EPS QoS not accepted", "QoS not accepted", "",
         _m("quality-of-service negotiation failed"), "network"),
    38: ("Network failure", "=", "=", _m("the operator's network had a failure"), "network"),
    39: ("Reactivation requested", "=", "=",
         _m("the network asks the modem to reconnect"), "network"),
    43: ("Invalid EPS bearer identity", "Unknown PDP context", "Invalid PDU session identity",
         _m("a protocol error about the data context"), "device"),
    49: ("Last PDN disconnection not allowed", "=", "",
         _m("the only data connection may not be closed on LTE"), "setting"),
    50: ("PDN type IPv4 only allowed", "PDP type IPv4 only allowed",
         "PDU session type IPv4 only allowed",
         _m("the network only allows IPv4: set the PDP type to IP"), "setting"),
    51: ("PDN type IPv6 only allowed", "PDP type IPv6 only allowed",
         "PDU session type IPv6 only allowed",
         _m("the network only allows IPv6: set the PDP type to IPV6"), "setting"),
    52: ("Single address bearers only allowed", "=", "",
         _m("dual-stack is refused: use IP or IPV6"), "setting"),
    53: ("ESM information not received", "", "",
         _m("the modem did not send the APN when the network asked at attach"), "setting"),
    54: ("PDN connection does not exist", "", "PDU session does not exist",
         _m("a stale data connection"), "network"),
    55: ("Multiple PDN connections for a given APN not allowed", "", "",
         _m("only one connection per APN is allowed"), "setting"),
    56: ("Collision with network initiated request", "=", "",
         _m("a race with the network; retry"), "network"),
    57: ("PDN type IPv4v6 only allowed", "PDP type IPv4v6 only allowed",
         "PDU session type IPv4v6 only allowed",
         _m("only dual-stack is allowed: set the PDP type to IPV4V6"), "setting"),
    58: ("PDN type non IP only allowed", "=", "PDU session type Unstructured only allowed",
         _m("the subscription is non-IP only (NB-IoT)"), "setting"),
    65: ("Maximum number of EPS bearers reached", "Maximum number of PDP contexts reached", "",
         _m("too many data contexts are open"), "setting"),
    66: ("Requested APN not supported in current RAT and PLMN combination", "=", "",
         _m("this APN is not offered on this network or radio technology"), "setting"),
    111: ("Protocol error, unspecified", "=", "=",
          _m("a protocol error between the modem and the network"), "device"),
    112: ("APN restriction value incompatible with active EPS bearer context",
          "APN restriction value incompatible with active PDP context", "",
          _m("this APN may not be used together with the one already open"), "setting"),
}

_COLUMN = {"EMM": 0, "GMM": 1, "MM": 1, "5GMM": 2, "ESM": 0, "SM": 1, "5GSM": 2}


def _lookup(table: dict[int, tuple[str, str, str, str, str]], namespace: str,
            number: int) -> Cause | None:
    row = table.get(number)
    if row is None:
        return None
    name = row[_COLUMN[namespace]]
    if name == "=":
        name = row[0]
    if not name:
        return None
    return Cause(namespace, number, name, tr("Causes", row[3]), row[4])


def mobility_cause(number: int, namespace: str = "EMM") -> Cause | None:
    """A registration/attach reject cause; None when the namespace has no such cause."""
    if namespace not in MOBILITY_NAMESPACES:
        raise ValueError(f"not a mobility namespace: {namespace}")
    return _lookup(_MOBILITY, namespace, number)


def session_cause(number: int, namespace: str = "ESM") -> Cause | None:
    """A data-session (PDP/PDN/PDU) reject cause; None when unknown in that namespace."""
    if namespace not in SESSION_NAMESPACES:
        raise ValueError(f"not a session namespace: {namespace}")
    return _lookup(_SESSION, namespace, number)


def cause(number: int, namespace: str) -> Cause | None:
    if namespace in MOBILITY_NAMESPACES:
        return mobility_cause(number, namespace)
    return session_cause(number, namespace)


# Registration domain of the facts model -> the namespace of its reject cause.
DOMAIN_NAMESPACE = {"cs": "MM", "ps": "GMM", "eps": "EMM", "nr5g": "5GMM"}

_CME_KINDS = {"mm": "mobility", "sm": "session"}


def cause_for_cme(code: int) -> tuple[str, int] | None:
    """+CME ERROR code -> ("mobility"|"session", NAS cause number), or None.

    The code table lives in simtool.at.cme (TS 27.007 §9.2); call-control causes (+CME 187)
    are not registration or data causes, so they give None here.
    """
    carried = nas_cause_for_cme(code)
    if carried is None or carried[0] not in _CME_KINDS:
        return None
    return _CME_KINDS[carried[0]], carried[1]
