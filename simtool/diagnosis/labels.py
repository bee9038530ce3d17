"""Words for people for the report's enumerations (sim.state, registration state, signal
quality). JSON keeps the contract's values; screens and printed reports show these."""

from __future__ import annotations

from simtool.facts import SimFacts
from simtool.i18n import QT_TRANSLATE_NOOP, language, tr

_CTX = "States"

_LABELS: dict[str, str] = {
    # sim.state
    "ready": QT_TRANSLATE_NOOP(_CTX, "ready"),
    "pin-required": QT_TRANSLATE_NOOP(_CTX, "PIN required"),
    "puk-required": QT_TRANSLATE_NOOP(_CTX, "PUK required"),
    "pin2-required": QT_TRANSLATE_NOOP(_CTX, "PIN2 required"),
    "puk2-required": QT_TRANSLATE_NOOP(_CTX, "PUK2 required"),
    "ph-sim-pin": QT_TRANSLATE_NOOP(_CTX, "locked to another SIM"),
    "ph-net-pin": QT_TRANSLATE_NOOP(_CTX, "locked to another operator"),
    "ph-net-puk": QT_TRANSLATE_NOOP(_CTX, "locked to another operator (PUK)"),
    "ph-netsub-pin": QT_TRANSLATE_NOOP(_CTX, "locked to a network subset"),
    "ph-sp-pin": QT_TRANSLATE_NOOP(_CTX, "locked to a service provider"),
    "ph-corp-pin": QT_TRANSLATE_NOOP(_CTX, "locked to a company"),
    "not-inserted": QT_TRANSLATE_NOOP(_CTX, "no SIM card"),
    "failure": QT_TRANSLATE_NOOP(_CTX, "SIM failure"),
    "wrong": QT_TRANSLATE_NOOP(_CTX, "wrong SIM"),
    "busy": QT_TRANSLATE_NOOP(_CTX, "SIM busy"),
    "unknown": QT_TRANSLATE_NOOP(_CTX, "unknown"),
    # registration state
    "not-registered": QT_TRANSLATE_NOOP(_CTX, "not registered"),
    "home": QT_TRANSLATE_NOOP(_CTX, "home network"),
    "searching": QT_TRANSLATE_NOOP(_CTX, "searching"),
    "denied": QT_TRANSLATE_NOOP(_CTX, "refused by the network"),
    "roaming": QT_TRANSLATE_NOOP(_CTX, "roaming"),
    "home-sms-only": QT_TRANSLATE_NOOP(_CTX, "home network, SMS only"),
    "roaming-sms-only": QT_TRANSLATE_NOOP(_CTX, "roaming, SMS only"),
    "emergency-only": QT_TRANSLATE_NOOP(_CTX, "emergency calls only"),
    "home-csfb-not-preferred": QT_TRANSLATE_NOOP(_CTX, "home network"),
    "roaming-csfb-not-preferred": QT_TRANSLATE_NOOP(_CTX, "roaming"),
    "attached-rlos": QT_TRANSLATE_NOOP(_CTX, "restricted local operator services"),
    # signal.quality
    "excellent": QT_TRANSLATE_NOOP(_CTX, "excellent"),
    "good": QT_TRANSLATE_NOOP(_CTX, "good"),
    "fair": QT_TRANSLATE_NOOP(_CTX, "fair"),
    "poor": QT_TRANSLATE_NOOP(_CTX, "poor"),
    "none": QT_TRANSLATE_NOOP(_CTX, "no signal"),
    # modem.state: ModemManager's state of the modem (searching, unknown: as above)
    "failed": QT_TRANSLATE_NOOP(_CTX, "failed"),
    "initializing": QT_TRANSLATE_NOOP(_CTX, "starting up"),
    "locked": QT_TRANSLATE_NOOP(_CTX, "locked"),
    "disabled": QT_TRANSLATE_NOOP(_CTX, "switched off"),
    "disabling": QT_TRANSLATE_NOOP(_CTX, "switching off"),
    "enabling": QT_TRANSLATE_NOOP(_CTX, "switching on"),
    "enabled": QT_TRANSLATE_NOOP(_CTX, "switched on"),
    "registered": QT_TRANSLATE_NOOP(_CTX, "registered"),
    "disconnecting": QT_TRANSLATE_NOOP(_CTX, "disconnecting"),
    "connecting": QT_TRANSLATE_NOOP(_CTX, "connecting"),
    "connected": QT_TRANSLATE_NOOP(_CTX, "connected"),
}


def state_label(value: str | None) -> str | None:
    """The words for an enumeration value in the current language; unknown values as given."""
    if value is None:
        return None
    english = _LABELS.get(value)
    return tr(_CTX, english) if english is not None else value


def sim_state_label(sim: SimFacts) -> str | None:
    """The SIM's state for people: an eSIM with no profile enabled is named as such, not "no
    SIM card" (the modem says not-inserted, but the card is there and its EID is known)."""
    enabled = [p for p in sim.profiles if p.state == "enabled"]
    if sim.type == "esim" and not enabled and sim.state in (None, "not-inserted", "failure"):
        installed = bool(sim.profiles) or sim.esim_status == "with-profiles"
        if installed:
            return tr(_CTX, "eSIM, no profile enabled")
        if sim.profiles == [] and sim.esim_status in ("profiles-read", "no-profiles"):
            return tr(_CTX, "eSIM, no profile installed")
        return tr(_CTX, "eSIM, no usable profile")
    return state_label(sim.state)


def quoted_state(value: str | None) -> str | None:
    """A registration state as a printed report quotes it beside the modem's stat: the
    3GPP term in English (the word support desks use: "denied", "home"), the label in any
    other language, whose readers would not know the English term."""
    if value is None or language() == "en":
        return value
    return state_label(value)


# notices[].cause (simtool.providers.notices.NOTICE_CAUSES), as people say it.
_NOTICE_LABELS: dict[str, str] = {
    "arrears-suspended": QT_TRANSLATE_NOOP(_CTX, "suspended for arrears"),
    "arrears": QT_TRANSLATE_NOOP(_CTX, "account in arrears"),
    "low-balance": QT_TRANSLATE_NOOP(_CTX, "low balance"),
    "suspended": QT_TRANSLATE_NOOP(_CTX, "service suspended"),
    "quota-used-up": QT_TRANSLATE_NOOP(_CTX, "data quota used up, data stopped"),
    "quota-overage": QT_TRANSLATE_NOOP(_CTX, "data quota used up, extra data billed"),
    "quota-warning": QT_TRANSLATE_NOOP(_CTX, "data quota nearly used up"),
    "speed-limited": QT_TRANSLATE_NOOP(_CTX, "data quota used up, speed limited"),
    "plan-expiring": QT_TRANSLATE_NOOP(_CTX, "plan expiring"),
    "plan-expired": QT_TRANSLATE_NOOP(_CTX, "plan expired"),
    "real-name-required": QT_TRANSLATE_NOOP(_CTX, "real-name verification needed"),
    "abnormal-use": QT_TRANSLATE_NOOP(_CTX, "restricted for abnormal use"),
    "device-binding": QT_TRANSLATE_NOOP(_CTX, "card bound to another device"),
    "spend-cap": QT_TRANSLATE_NOOP(_CTX, "spending limit reached"),
    "restored": QT_TRANSLATE_NOOP(_CTX, "service restored"),
}


def notice_label(cause: str | None) -> str | None:
    """What an operator notice is about, in the current language."""
    if cause is None:
        return None
    english = _NOTICE_LABELS.get(cause)
    return tr(_CTX, english) if english is not None else cause
