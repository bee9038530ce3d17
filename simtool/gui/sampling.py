"""Signal samples for the live graph and the status panel (pure: no Qt, no I/O of its own).

Which number matters depends on the radio: RSRP on LTE and 5G, RSCP on UMTS, RSSI on GSM
(DESIGN.md, `signal` check). `primary_metric` picks it; the sample keeps all of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from simtool.facts import Facts, RegistrationFacts, SignalFacts, current_act

# 3GPP TS 27.007 <AcT> -> the radio family shown to the user.
_RAT_BY_ACT = {
    0: "GSM", 1: "GSM", 3: "GSM", 8: "GSM",
    2: "UMTS", 4: "UMTS", 5: "UMTS", 6: "UMTS",
    7: "LTE", 9: "LTE", 10: "LTE",
    11: "5G", 12: "5G", 13: "5G",
}

QUALITY_BARS = {"excellent": 4, "good": 3, "fair": 2, "poor": 1, "none": 0}


@dataclass(frozen=True)
class SignalSample:
    t: float                          # seconds since the epoch
    rat: str | None                   # GSM, UMTS, LTE, 5G or None
    metric: str | None                # RSRP, RSCP or RSSI: the one that matters on `rat`
    value: float | None               # that metric, dBm
    quality: str | None
    rssi_dbm: float | None = None
    rsrp_dbm: float | None = None
    rsrq_db: float | None = None
    sinr_db: float | None = None
    rscp_dbm: float | None = None
    registration: str | None = None   # registration.overall state name
    operator: str | None = None
    modem: str | None = None          # which modem (port and card): one graph line each


def rat_name(act: int | None) -> str | None:
    return _RAT_BY_ACT.get(act) if act is not None else None


def primary_metric(signal: SignalFacts, rat: str | None) -> tuple[str | None, float | None]:
    """(name, dBm) of the metric that matters on `rat`; falls back to what was measured."""
    if rat in ("LTE", "5G") and signal.rsrp_dbm is not None:
        return "RSRP", signal.rsrp_dbm
    if rat == "UMTS" and signal.rscp_dbm is not None:
        return "RSCP", signal.rscp_dbm
    if rat == "GSM" and signal.rssi_dbm is not None:
        return "RSSI", signal.rssi_dbm
    for name, value in (("RSRP", signal.rsrp_dbm), ("RSCP", signal.rscp_dbm),
                        ("RSSI", signal.rssi_dbm)):
        if value is not None:
            return name, value
    return None, None


def sample_from(signal: SignalFacts, registration: RegistrationFacts, operator_name: str | None,
                operator_act: int | None, t: float) -> SignalSample:
    rat = rat_name(current_act(registration, operator_act))
    metric, value = primary_metric(signal, rat)
    return SignalSample(
        t=t, rat=rat, metric=metric, value=value, quality=signal.quality,
        rssi_dbm=signal.rssi_dbm, rsrp_dbm=signal.rsrp_dbm, rsrq_db=signal.rsrq_db,
        sinr_db=signal.sinr_db, rscp_dbm=signal.rscp_dbm,
        registration=registration.overall, operator=operator_name,
    )


def sample_from_facts(facts: Facts, t: float) -> SignalSample:
    return sample_from(facts.signal, facts.registration, facts.operator.name,
                       facts.operator.act, t)


def read_sample(session: Any, t: float) -> SignalSample:
    """One light read of signal, registration and operator on an open session.

    Uses the collector's light read; called only in the worker thread that owns the port.
    """
    from simtool.sources.at.reader import read_signal_sample

    facts = read_signal_sample(session)
    return sample_from_facts(facts, t)
