"""Signal bands at their exact edges (issue 21, hole 1).

Every threshold of simtool.quality is tested on both sides: the value at the edge belongs to
the better band, one dB below it to the worse one. So turning a `>=` into `>` (or moving a
limit by one dB) fails a test here, and so does the checklist's judgement built on them.

The bands (simtool/quality.py docstring): RSRP on LTE/5G, RSCP on UMTS, RSSI on GSM, each with
excellent/good/fair/poor lower bounds and a "none" limit. +CSQ <rssi> is 3GPP TS 27.007 §8.5:
0 is -113 dBm or less, 1..30 is -111..-53 dBm in 2 dB steps (-113 + 2n), 31 is -51 dBm or
more, 99 is not known. RSRQ and SINR are read and shown but judged nowhere (no band of theirs
decides a rating or a check), so there is no edge of theirs to test.
"""

from __future__ import annotations

import pytest

from simtool.at.parsers.signal import Csq, parse_csq
from simtool.diagnosis.checklist import evaluate
from simtool.facts import (
    Facts,
    PacketFacts,
    PdpContext,
    RegistrationDomain,
    RegistrationFacts,
    SignalFacts,
)
from simtool.quality import GOOD_FROM, UNUSABLE_BELOW, level_for, signal_quality
from tests.unit.test_checklist import healthy

# metric -> (AcT of its radio for +COPS/+CxREG, SignalFacts field)
RADIO = {"RSRP": (7, "rsrp_dbm"), "RSCP": (2, "rscp_dbm"), "RSSI": (0, "rssi_dbm")}

# (metric, edge in dBm, band at the edge, band one dB below) for level_for.
LEVEL_EDGES = [
    ("RSRP", -80, "excellent", "good"),
    ("RSRP", -90, "good", "fair"),
    ("RSRP", -100, "fair", "poor"),
    ("RSRP", -110, "poor", "very-weak"),
    ("RSCP", -70, "excellent", "good"),
    ("RSCP", -85, "good", "fair"),
    ("RSCP", -95, "fair", "poor"),
    ("RSCP", -105, "poor", "very-weak"),
    ("RSSI", -65, "excellent", "good"),
    ("RSSI", -75, "good", "fair"),
    ("RSSI", -85, "fair", "poor"),
    ("RSSI", -95, "poor", "very-weak"),
]

# (metric, the "none" limit: at or below it there is no usable signal)
NONE_LIMITS = [("RSRP", -120), ("RSCP", -115), ("RSSI", -105)]


def _ids(edges: list[tuple[object, ...]]) -> list[str]:
    return [f"{edge[0]}{edge[1]}" for edge in edges]


@pytest.mark.parametrize(("metric", "edge", "at_edge", "below"), LEVEL_EDGES,
                         ids=_ids(LEVEL_EDGES))
def test_level_at_the_edge_and_one_db_below(metric: str, edge: int, at_edge: str,
                                            below: str) -> None:
    assert level_for(metric, edge) == at_edge
    assert level_for(metric, edge - 1) == below


def _signal(metric: str, value: float) -> SignalFacts:
    return SignalFacts(**{RADIO[metric][1]: value})


@pytest.mark.parametrize(("metric", "edge", "at_edge", "below"), LEVEL_EDGES,
                         ids=_ids(LEVEL_EDGES))
def test_quality_at_the_edge_and_one_db_below(metric: str, edge: int, at_edge: str,
                                              below: str) -> None:
    act = RADIO[metric][0]
    # facts.signal.quality has no "very-weak": that band is "poor" until the none limit.
    quality = {"very-weak": "poor"}
    assert signal_quality(_signal(metric, edge), act, "home") == quality.get(at_edge, at_edge)
    assert signal_quality(_signal(metric, edge - 1), act, "home") == quality.get(below, below)


@pytest.mark.parametrize(("metric", "limit"), NONE_LIMITS, ids=_ids(NONE_LIMITS))
def test_no_usable_signal_at_the_none_limit_and_poor_one_db_above(metric: str,
                                                                  limit: int) -> None:
    act = RADIO[metric][0]
    assert signal_quality(_signal(metric, limit), act, "home") == "none"
    assert signal_quality(_signal(metric, limit + 1), act, "home") == "poor"


def test_what_a_person_compares_against_is_the_good_and_poor_edges() -> None:
    assert GOOD_FROM == {"RSRP": -90, "RSCP": -85, "RSSI": -75}
    assert UNUSABLE_BELOW == {"RSRP": -110, "RSCP": -105, "RSSI": -95}


# ---- +CSQ ------------------------------------------------------------------------------

# (+CSQ <rssi>, dBm, facts.signal.quality on GSM): the CSQ steps on both sides of each RSSI
# edge (-65, -75, -85, -95, -105 dBm), and the ends of the 0..31 range.
CSQ_EDGES = [
    (31, -51.0, "excellent"),
    (24, -65.0, "excellent"), (23, -67.0, "good"),
    (19, -75.0, "good"), (18, -77.0, "fair"),
    (14, -85.0, "fair"), (13, -87.0, "poor"),
    (9, -95.0, "poor"), (8, -97.0, "poor"),        # very weak, still "poor" as a quality
    (5, -103.0, "poor"), (4, -105.0, "none"),      # "CSQ 4 or less" is no usable signal
    (0, -113.0, "none"),
]


@pytest.mark.parametrize(("csq", "dbm", "quality"), CSQ_EDGES,
                         ids=[f"CSQ{case[0]}" for case in CSQ_EDGES])
def test_csq_steps_around_every_rssi_edge(csq: int, dbm: float, quality: str) -> None:
    parsed = parse_csq(f"+CSQ: {csq},99")
    assert parsed == Csq(csq, dbm, None)
    assert signal_quality(SignalFacts(rssi_dbm=parsed.rssi_dbm), 0, "home") == quality


@pytest.mark.parametrize("raw", [32, 98, 99])
def test_csq_past_31_is_not_a_value(raw: int) -> None:
    # TS 27.007 §8.5: 31 is the top of the scale; 99 "not known or not detectable".
    assert parse_csq(f"+CSQ: {raw},99") == Csq(None, None, None)


def test_csq_ber_edges() -> None:
    # <ber> 0..7 (RXQUAL, TS 45.008 §8.2.4); 99 and anything past 7 is not known.
    assert parse_csq("+CSQ: 20,7") == Csq(20, -73.0, 7)
    assert parse_csq("+CSQ: 20,8") == Csq(20, -73.0, None)
    assert parse_csq("+CSQ: 20,0") == Csq(20, -73.0, 0)


# ---- the checklist's signal check ------------------------------------------------------

def _facts(metric: str, value: float, registered: bool = True) -> Facts:
    act = RADIO[metric][0]
    if registered:
        domain = RegistrationDomain(stat=1, state="home", tac="1A2B", ci="1C2D3E", act=act)
        overall = "home"
    else:
        domain = RegistrationDomain(stat=2, state="searching", act=act)
        overall = "searching"
    facts = healthy()
    facts.signal = _signal(metric, value)
    facts.registration = (RegistrationFacts(eps=domain, overall=overall) if act == 7
                          else RegistrationFacts(cs=domain, ps=domain, overall=overall))
    facts.operator.act = act
    facts.packet = PacketFacts(attached=registered,
                               contexts=[PdpContext(1, "IP", "cmnet", registered)])
    return facts


def _signal_check(facts: Facts) -> tuple[str, str]:
    results, _ = evaluate(facts)
    check = next(r for r in results if r.id == "signal")
    return check.status, check.detail


# The checklist's words for each band (simtool.diagnosis.checklist.check_signal), and its
# status while registered: the fair band passes, the poor band warns.
WORDS = {"excellent": ("pass", "excellent"), "good": ("pass", "good"),
         "fair": ("pass", "fair"), "poor": ("warn", "weak"),
         "very-weak": ("warn", "very weak")}


@pytest.mark.parametrize(("metric", "edge", "at_edge", "below"), LEVEL_EDGES,
                         ids=_ids(LEVEL_EDGES))
def test_signal_check_at_the_edge_and_one_db_below(metric: str, edge: int, at_edge: str,
                                                   below: str) -> None:
    for value, band in ((edge, at_edge), (edge - 1, below)):
        status, detail = _signal_check(_facts(metric, value))
        expected_status, word = WORDS[band]
        assert status == expected_status, (value, detail)
        assert f"{metric} {value} dBm" in detail
        assert f": {word};" in detail, (value, detail)


@pytest.mark.parametrize("metric", sorted(RADIO))
def test_too_weak_to_register_starts_one_db_below_poor(metric: str) -> None:
    # Not registered: the poor band is only a warning, the very-weak band is the fault.
    poor = UNUSABLE_BELOW[metric]
    at_edge, _ = _signal_check(_facts(metric, poor, registered=False))
    below, _ = _signal_check(_facts(metric, poor - 1, registered=False))
    assert (at_edge, below) == ("warn", "fail")
