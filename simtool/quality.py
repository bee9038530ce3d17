"""Signal quality: which metric fits the radio technology, and how good its value is.

Pure functions, no I/O. Thresholds are the usual field-engineering bands (operator and
modem-vendor guides agree within a few dB): RSRP for LTE/5G, RSCP for UMTS, RSSI for GSM.
Every source rates facts.signal.quality with signal_quality() here, so a modem read over AT
and one read through ModemManager get the same words for the same numbers. Bands, in dBm:

    metric  excellent  good   fair   poor        none
    RSRP    >= -80     >= -90 >= -100 > -120     <= -120
    RSCP    >= -70     >= -85 >= -95  > -115     <= -115
    RSSI    >= -65     >= -75 >= -85  > -105     <= -105   (CSQ 4 or less)

The excellent/good/fair limits are those of _BANDS below; the "none" limits are where
field guides put "no usable service" (an LTE cell below -120 dBm RSRP rarely holds a
session). No measurement at all is "none" while the modem is searching or not
registered, otherwise "unknown".
"""

from __future__ import annotations

from typing import NamedTuple

from simtool.facts import SignalFacts

# 3GPP AcT (TS 27.007 +COPS/+CREG) -> radio family used to pick the metric.
_ACT_FAMILY = {
    0: "GSM", 1: "GSM", 3: "GSM", 8: "GSM",
    2: "UMTS", 4: "UMTS", 5: "UMTS", 6: "UMTS",
    7: "LTE", 9: "LTE", 10: "LTE", 13: "LTE",
    11: "5G", 12: "5G",
}

# metric -> lower bounds (dBm) of excellent, good, fair, poor; below the last is "very weak".
_BANDS: dict[str, tuple[float, float, float, float]] = {
    "RSRP": (-80, -90, -100, -110),
    "RSCP": (-70, -85, -95, -105),
    "RSSI": (-65, -75, -85, -95),
}
# What a person should compare against: "good" and "unusable" limits per metric.
GOOD_FROM = {metric: bands[1] for metric, bands in _BANDS.items()}
UNUSABLE_BELOW = {metric: bands[3] for metric, bands in _BANDS.items()}

LEVELS = ("excellent", "good", "fair", "poor", "very-weak", "none", "unknown")


class SignalReading(NamedTuple):
    metric: str | None      # "RSRP" | "RSCP" | "RSSI" | None when nothing was measured
    value: float | None     # dBm
    rat: str | None         # "GSM" | "UMTS" | "LTE" | "5G" | None
    level: str              # one of LEVELS


def rat_family(act: int | None) -> str | None:
    return None if act is None else _ACT_FAMILY.get(act)


def level_for(metric: str, value: float) -> str:
    excellent, good, fair, poor = _BANDS[metric]
    if value >= excellent:
        return "excellent"
    if value >= good:
        return "good"
    if value >= fair:
        return "fair"
    if value >= poor:
        return "poor"
    return "very-weak"


def assess(signal: SignalFacts, act: int | None) -> SignalReading:
    """Pick the metric that fits the radio technology and rate it.

    RSRP on LTE/5G, RSCP on UMTS, RSSI on GSM; when the preferred metric is missing the
    next one that is present is used. No value and quality "none" means no signal at all.
    """
    rat = rat_family(act)
    candidates = [("RSRP", signal.rsrp_dbm), ("RSCP", signal.rscp_dbm),
                  ("RSSI", signal.rssi_dbm)]
    preferred = {"LTE": "RSRP", "5G": "RSRP", "UMTS": "RSCP", "GSM": "RSSI"}.get(rat or "")
    if preferred:
        candidates.sort(key=lambda pair: pair[0] != preferred)
    for metric, value in candidates:
        if value is not None:
            return SignalReading(metric, value, rat, level_for(metric, value))
    level = "none" if signal.quality == "none" else "unknown"
    return SignalReading(None, None, rat, level)


# none-limits per metric (dBm), see the module docstring
_NONE_AT_OR_BELOW = {"RSRP": -120.0, "RSCP": -115.0, "RSSI": -105.0}


def signal_quality(signal: SignalFacts, act: int | None, overall: str | None) -> str:
    """facts.signal.quality from the metric that fits the radio (bands in the docstring)."""
    reading = assess(SignalFacts(rssi_dbm=signal.rssi_dbm, rsrp_dbm=signal.rsrp_dbm,
                                 rscp_dbm=signal.rscp_dbm), act)
    if reading.metric is None or reading.value is None:
        return "none" if overall in ("searching", "not-registered") else "unknown"
    if reading.value <= _NONE_AT_OR_BELOW[reading.metric]:
        return "none"
    return "poor" if reading.level == "very-weak" else reading.level
