"""The eSIM (eUICC) side of the SIM checks: what the facts say about the card's profiles, and
what the user does about it (reference/esim.md §7). Reads facts only, whatever the source:
the AT source lists the profiles itself (sim.esim_status "profiles-read"); ModemManager
gives Sim.SimType, Sim.Eid and Sim.EsimStatus / StateFailedReason esim-without-profiles
("no-profiles", "with-profiles").

Enabling or installing a profile is a write to the eUICC that simtool does not do: the
remedies send the user to the eSIM provider's app or an LPA (Local Profile Assistant)
tool, and say what to give the provider (EID, profile ICCIDs).
"""

from __future__ import annotations

from dataclasses import dataclass

from simtool.facts import REGISTERED_STATES, EsimProfile, Facts
from simtool.i18n import tr

CTX = "Checks"
RCTX = "Remedies"

NO_PROFILE = "no-profile"
NONE_ENABLED = "none-enabled"
TEST_ONLY = "test-only"
STALE = "stale"                 # the modem reads another ICCID than the enabled profile's
WRONG_PROFILE = "wrong-profile"

# SIM states in which the modem sees no working card (an eSIM with nothing enabled).
_NO_USABLE_SIM = (None, "unknown", "not-inserted", "failure", "wrong")


@dataclass(frozen=True)
class EsimProblem:
    kind: str
    check: str          # the check that reports it: "sim-present" or "sim-health"
    detail: str
    summary: str
    remedy: str
    skip_reason: str    # why later checks cannot be judged


def _numbered(steps: list[str]) -> str:
    return "\n".join(f"{index}. {step}" for index, step in enumerate(steps, start=1))


def _same_iccid(first: str | None, second: str | None) -> bool:
    """ICCIDs compare without filler F; one may lack the check digit (19 vs 20 digits)."""
    if not first or not second:
        return True
    a, b = first.upper().rstrip("F"), second.upper().rstrip("F")
    return a.startswith(b) or b.startswith(a)


def profile_text(profile: EsimProfile) -> str:
    """'"Travel 5GB" (ICCID 8988…, disabled, operational)'."""
    unknown = tr(CTX, "unknown")
    states = {"enabled": tr(CTX, "enabled"), "disabled": tr(CTX, "disabled")}
    classes = {"test": tr(CTX, "test profile"), "provisioning": tr(CTX, "provisioning profile"),
               "operational": tr(CTX, "operational")}
    parts = [tr(CTX, "ICCID {iccid}").format(iccid=profile.iccid or unknown),
             states.get(profile.state or "", tr(CTX, "state unknown"))]
    if profile.profile_class:
        parts.append(classes.get(profile.profile_class, profile.profile_class))
    name = " / ".join(p for p in (profile.name, profile.provider) if p)
    inside = ", ".join(parts)
    return f"\"{name}\" ({inside})" if name else f"({inside})"


def _eid(facts: Facts) -> str:
    return facts.sim.eid or tr(CTX, "unknown")


def _tell_provider(facts: Facts) -> str:
    """The hand-off: what the eSIM provider's support asks for."""
    iccids = ", ".join(p.iccid for p in facts.sim.profiles if p.iccid)
    if iccids:
        return tr(RCTX, "Tell the eSIM provider: EID {eid}, profile ICCIDs {iccids}.").format(
            eid=_eid(facts), iccids=iccids)
    return tr(RCTX, "Tell the eSIM provider: EID {eid}.").format(eid=_eid(facts))


def _where_to_enable() -> str:
    return tr(RCTX, "simtool only reads the eSIM: profiles are installed and enabled with the "
              "eSIM provider's app, or with an LPA tool (Local Profile Assistant, e.g. lpac) "
              "on a computer or phone that holds the card.")


def _restart() -> str:
    return tr(RCTX, "Then restart the modem (unplug it and plug it in again) so it reads the "
              "card again, and run the check again.")


def _registered(facts: Facts) -> bool:
    return facts.registration.overall in REGISTERED_STATES


def _operational(profile: EsimProfile) -> bool:
    # profileClass is optional and absent on some cards: absent is taken as operational.
    return profile.profile_class in (None, "operational")


def _quote(facts: Facts) -> str:
    raw = (facts.sim.raw or "").strip()
    if not raw:
        return facts.sim.state or "?"
    return raw if raw.startswith("+") else f"+CPIN: {raw}"


def problem(facts: Facts) -> EsimProblem | None:
    """The eSIM problem the facts show, or None (a plain SIM, or an eSIM that looks right)."""
    sim = facts.sim
    # ModemManager's StateFailedReason esim-without-profiles says so without a profile list.
    failed_empty = facts.modem.failed_reason == "esim-without-profiles"
    if sim.type != "esim" and not failed_empty:
        return None
    usable = sim.state not in _NO_USABLE_SIM
    where = "sim-health" if usable else "sim-present"
    listed = sim.esim_status == "profiles-read"
    if sim.esim_status == "no-profiles" or failed_empty or (listed and not sim.profiles):
        return _no_profile(facts, where)
    if not listed:
        if sim.esim_status == "with-profiles" and not usable:
            return _none_enabled(facts, where, [])
        return None
    enabled = [p for p in sim.profiles if p.state == "enabled"]
    if not enabled:
        return _none_enabled(facts, where, sim.profiles)
    live = [p for p in enabled if _operational(p)]
    if not live:
        # A lab network that takes the test profile is no problem.
        return None if _registered(facts) else _test_only(facts, enabled[0])
    current = live[0]
    if usable and not _same_iccid(current.iccid, sim.iccid):
        return _stale(facts, current)
    others = [p for p in sim.profiles if p.state != "enabled" and _operational(p)]
    if usable and others and not _registered(facts) and facts.registration.overall is not None:
        return _wrong_profile(facts, current, others)
    return None


def _no_profile(facts: Facts, where: str) -> EsimProblem:
    detail = tr(CTX, "the SIM is an eSIM (EID {eid}) with no profile installed; the modem "
                "reports {raw}").format(eid=_eid(facts), raw=_quote(facts))
    remedy = _numbered([
        tr(RCTX, "Install the eSIM plan you bought: scan its QR code or type its activation "
           "code in the eSIM provider's app or an LPA tool."),
        _where_to_enable(),
        tr(RCTX, "If the plan was installed before, it has been deleted: ask the seller for a "
           "new activation code."),
        _tell_provider(facts),
    ])
    return EsimProblem(NO_PROFILE, where, detail, tr(
        CTX, "The eSIM has no profile: no mobile plan is installed on it."), remedy,
        tr(CTX, "the eSIM has no profile"))


def _none_enabled(facts: Facts, where: str, profiles: list[EsimProfile]) -> EsimProblem:
    listed = "; ".join(profile_text(p) for p in profiles)
    if listed:
        detail = tr(CTX, "the SIM is an eSIM (EID {eid}) with {count} profile(s) installed "
                    "and none enabled: {profiles}; the modem reports {raw}").format(
            eid=_eid(facts), count=len(profiles), profiles=listed, raw=_quote(facts))
    else:
        detail = tr(CTX, "the SIM is an eSIM (EID {eid}) with profiles installed and none "
                    "enabled; the modem reports {raw}").format(eid=_eid(facts),
                                                               raw=_quote(facts))
    first = next((p for p in profiles if _operational(p)), profiles[0] if profiles else None)
    if first is not None:
        enable = tr(RCTX, "Enable the profile {profile} in the eSIM provider's app or an LPA "
                    "tool.").format(profile=profile_text(first))
    else:
        enable = tr(RCTX, "Enable your plan's profile in the eSIM provider's app or an LPA "
                    "tool.")
    remedy = _numbered([enable, _where_to_enable(), _restart(), _tell_provider(facts)])
    return EsimProblem(NONE_ENABLED, where, detail, tr(
        CTX, "The eSIM holds a profile, but none is enabled: the modem sees no SIM."), remedy,
        tr(CTX, "no eSIM profile is enabled"))


def _test_only(facts: Facts, enabled: EsimProfile) -> EsimProblem:
    detail = tr(CTX, "the SIM is an eSIM (EID {eid}); the only enabled profile is {profile}, "
                "which no live network accepts").format(eid=_eid(facts),
                                                        profile=profile_text(enabled))
    others = [p for p in facts.sim.profiles if p.state != "enabled" and _operational(p)]
    if others:
        first = tr(RCTX, "Enable your operator's profile {profile} in the eSIM provider's app "
                   "or an LPA tool.").format(profile=profile_text(others[0]))
    else:
        first = tr(RCTX, "Install the eSIM plan you bought (its QR code or activation code) "
                   "with the eSIM provider's app or an LPA tool, and enable it.")
    remedy = _numbered([first, _where_to_enable(), _restart(), _tell_provider(facts)])
    return EsimProblem(TEST_ONLY, "sim-health", detail, tr(
        CTX, "Only a test profile is enabled on the eSIM: it cannot register on a live "
             "network."), remedy, tr(CTX, "only a test profile is enabled on the eSIM"))


def _stale(facts: Facts, enabled: EsimProfile) -> EsimProblem:
    detail = tr(CTX, "the eSIM (EID {eid}) has {profile} enabled, but the modem reads ICCID "
                "{iccid}").format(eid=_eid(facts), profile=profile_text(enabled),
                                  iccid=facts.sim.iccid or "?")
    remedy = _numbered([
        tr(RCTX, "The profile was switched but the modem still uses the old one: restart the "
           "modem (unplug it and plug it in again, or restart the computer)."),
        tr(RCTX, "Run the check again."),
        _tell_provider(facts),
    ])
    return EsimProblem(STALE, "sim-health", detail, tr(
        CTX, "The modem still uses another profile than the one enabled on the eSIM."),
        remedy, tr(CTX, "the modem uses another eSIM profile than the enabled one"))


def _wrong_profile(facts: Facts, enabled: EsimProfile,
                   others: list[EsimProfile]) -> EsimProblem:
    detail = tr(CTX, "the eSIM (EID {eid}) has {profile} enabled and it does not register; "
                "also installed: {others}").format(
        eid=_eid(facts), profile=profile_text(enabled),
        others="; ".join(profile_text(p) for p in others))
    remedy = _numbered([
        tr(RCTX, "If {profile} is the plan you bought, enable it instead in the eSIM "
           "provider's app or an LPA tool.").format(profile=profile_text(others[0])),
        _where_to_enable(),
        _restart(),
        _tell_provider(facts),
    ])
    name = enabled.name or enabled.iccid or "?"
    return EsimProblem(WRONG_PROFILE, "sim-health", detail, tr(
        CTX, "The enabled eSIM profile \"{name}\" does not register here; the plan you "
             "bought may be another profile on the eSIM.").format(name=name), remedy,
        tr(CTX, "the enabled eSIM profile is not the right one"))


def note(facts: Facts) -> str | None:
    """A short eSIM remark for a SIM check that passes or fails for another reason."""
    sim = facts.sim
    if sim.esim_status == "not-readable":
        return tr(CTX, "eSIM not readable on this modem")
    if sim.esim_status == "channel-unavailable":
        return tr(CTX, "the card opened no logical channel, so an eSIM could not be read")
    if sim.type != "esim":
        return None
    enabled = [p for p in sim.profiles if p.state == "enabled"]
    if enabled:
        return tr(CTX, "eSIM (EID {eid}), profile {profile}").format(
            eid=_eid(facts), profile=profile_text(enabled[0]))
    return tr(CTX, "eSIM (EID {eid})").format(eid=_eid(facts))


def no_sim_hint(facts: Facts) -> str | None:
    """For "no SIM detected": an eSIM with nothing enabled looks the same to the modem."""
    sim = facts.sim
    if sim.type == "physical":
        return None
    if sim.esim_status in ("not-readable", "channel-unavailable", "inconclusive", None):
        return tr(RCTX, "If the SIM is built in (eSIM) or is an eSIM card, it may have no "
                  "profile enabled: check in the eSIM provider's app. simtool could not read "
                  "the eSIM through this modem.")
    return None
