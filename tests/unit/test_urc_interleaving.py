"""URCs interleaved into real replies change no fact (issue 14).

With registration reports on (+CREG=2, +CEREG=2 ...) a modem may put `+CREG: <stat>,<lac>,...`
URCs around the `+CREG: <n>,<stat>,...` answer to AT+CREG?, and any other URC anywhere. Two
properties:

- the registration parsers take the answer by its shape, for every real read reply of the
  corpus below, whatever URCs surround it;
- a whole check read from a recorded conversation (the simulated modem of every vendor, in
  the scenarios that exercise registration, SIM and packet reads) gives the same facts when
  random URCs are slipped between the lines of every reply.

Not interleaved: URCs whose shape is the answer's own (+CPIN: READY inside the reply to
AT+CPIN?, +CSQ inside the reply to AT+CSQ): no parser can tell those apart; while another
command runs the session routes them as URCs, which the second property covers. Reset lines
(RDY) are not URCs of this kind either: they end the command.
"""

from __future__ import annotations

import functools
import json
import tempfile
import urllib.parse
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from simtool.at.parsers.registration import (
    RegStatus,
    parse_c5greg,
    parse_cereg,
    parse_cgreg,
    parse_creg,
)
from simtool.at.session import AtSession
from simtool.facts import Facts
from simtool.runner import run_check
from simtool.sources.at.source import read_facts
from simtool.transport.port import open_port
from simtool.transport.urlhandler import register as register_replay

MM = "ModemManager test-modem-helpers.c "

# Real read replies (their sources as in test_parsers_registration.py) and what they mean.
CORPUS: list[tuple[str, str, object]] = [
    (MM + "test_creg1_solicited", "+CREG: 1,3", parse_creg),
    (MM + "test_creg2_mercury_solicited", "+CREG: 0,1,84CD,00D30173", parse_creg),
    (MM + "test_creg2_sek850i_solicited", '+CREG: 2,1,"CE00","01CEAD8F"', parse_creg),
    (MM + "test_creg2_e160g_solicited_unregistered", "+CREG: 2,0,00,0", parse_creg),
    (MM + "test_creg2_iridium_solicited", '+CREG:002,001,"18d8","ffff"', parse_creg),
    (MM + "test_creg2_no_leading_zeros_solicited", "+CREG:2,1,0001,0010", parse_creg),
    (MM + "test_creg2_ublox_solicited", '+CREG: 2,6,"8B37","0A265185",7', parse_creg),
    (MM + "test_cgreg2_f3607gw_solicited", '+CGREG: 2,1,"8BE3","00002B5D",3', parse_cgreg),
    (MM + "test_cgreg2_thuraya_solicited", '+CGREG: 2, 1, "0426", "F00F"', parse_cgreg),
    (MM + "test_cereg2_solicited", "+CEREG: 2,1, 1F00, 79D903 ,7", parse_cereg),
    (MM + "test_cereg2_novatel_lte_solicited", "+CEREG: 2,1, 1F00, 20 ,79D903 ,7",
     parse_cereg),
    (MM + "test_c5greg2_solicited", "+C5GREG: 2,1,1F00,79D903,11,6,ABCDEF", parse_c5greg),
    ("u-blox SARA-R4 AT manual +CEREG read", '+CEREG: 2,1,"3a9b","0000c33d",7', parse_cereg),
    ("Fibocom FM350 denied, cause 0", '+CEREG: 3,3,"124A","02ED0202",7,0,0', parse_cereg),
    ("TS 27.007 §10.1.22 n=4 with PSM timers",
     '+CEREG: 4,1,"1F00","079D9030",7,,,"00000000","00000000"', parse_cereg),
    ("TS 27.007 §10.1.22 n=5 with cause #15", '+CEREG: 5,3,"1F00","079D9030",7,0,15,,"11100000"',
     parse_cereg),
    ("TS 27.007 §7.2 +CREG n=3 with cause", '+CREG: 3,3,"00A1","0000B2C3",2,0,13', parse_creg),
    ("TS 27.007 §10.1.20 +CGREG n=3", '+CGREG: 3,3,"8BE3","00002B5D",2,"01",0,7', parse_cgreg),
    ("TS 27.007 two-digit stat and AcT", '+CEREG: 2,10,"1F00","079D9030",13', parse_cereg),
]

PREFIXES = ("+CREG", "+CGREG", "+CEREG", "+C5GREG")
OTHER_URCS = ("RING", '+CMTI: "SM",3', "^RSSI: 17", "+CGEV: ME PDN ACT 1", "+QIND: SMS DONE",
              "^SRVST: 2", '+CTZV: "26/11/22,09:15:02+32"', "+CSCON: 1", "^MODE: 7,17")


@st.composite
def registration_urcs(draw: st.DrawFn) -> str:
    """A registration URC in one of its unsolicited shapes (TS 27.007 §7.2: no <n>)."""
    prefix = draw(st.sampled_from(PREFIXES))
    stat = draw(st.integers(0, 11))
    shape = draw(st.sampled_from(("stat", "cell", "cell-act", "cause", "bare-cell")))
    lac = draw(st.integers(1, 0xFFFF))
    ci = draw(st.integers(1, 0xFFFFFFF))
    if shape == "stat":
        return f"{prefix}: {stat}"
    if shape == "cell":
        return f'{prefix}: {stat},"{lac:04X}","{ci:08X}"'
    if shape == "cell-act":
        return f'{prefix}: {stat},"{lac:04X}","{ci:08X}",{draw(st.integers(0, 13))}'
    if shape == "bare-cell":
        return f"{prefix}: {stat},{lac:04X},{ci:08X}"
    return f"{prefix}: {stat},,,,0,{draw(st.integers(1, 111))}"


any_urc = st.one_of(registration_urcs(), st.sampled_from(OTHER_URCS))


@settings(max_examples=max(300, settings.default.max_examples))
@given(st.sampled_from(CORPUS), st.lists(any_urc, max_size=4), st.lists(any_urc, max_size=4))
def test_a_read_reply_is_found_among_urcs(case: tuple[str, str, object], before: list[str],
                                           after: list[str]) -> None:
    source, reply, parser = case
    expected = parser(reply + "\r\nOK")  # type: ignore[operator]
    assert isinstance(expected, RegStatus), source
    text = "\r\n".join([*before, reply, *after, "OK"])
    assert parser(text) == expected, source  # type: ignore[operator]


# -- whole checks ------------------------------------------------------------------------

SCENARIOS = ("healthy", "registration-denied", "roaming-not-allowed", "searching",
             "attach-rejected", "pin-locked", "wrong-apn")
VENDORS = ("generic", "quectel", "huawei", "simcom", "sierra", "ublox", "telit", "fibocom",
           "zte", "cinterion", "wavecom")


@functools.cache
def recordings() -> list[tuple[str, list[dict[str, object]], Facts]]:
    """(name, transcript, facts) of one check per scenario and vendor."""
    register_replay()
    made = []
    for scenario in SCENARIOS:
        for vendor in VENDORS:
            report = run_check(f"sim://{scenario}?vendor={vendor}")
            transcript = [entry.to_dict() for entry in report.transcript]
            made.append((f"{scenario}/{vendor}", transcript, _replayed(transcript)))
    return made


def _replayed(transcript: list[dict[str, object]]) -> Facts:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "recording.json"
        path.write_text(json.dumps({"schema": "simtool.report/1", "transcript": transcript}))
        port = open_port("replay://" + urllib.parse.quote(str(path)))
        try:
            facts = read_facts(AtSession(port, default_timeout=2.0), url="replay://x",
                               sim_busy_wait=0.0)
        finally:
            port.close()
    return facts


def _interleaved(transcript: list[dict[str, object]], urcs: list[str],
                 positions: list[float]) -> list[dict[str, object]]:
    """`transcript` with each URC put at a line boundary of a reply (never in an echo)."""
    out = [dict(entry) for entry in transcript]
    replies = [index for index, entry in enumerate(out) if entry["dir"] == "rx"]
    for urc, where in zip(urcs, positions, strict=False):
        entry = out[replies[int(where * len(replies)) % len(replies)]]
        text = str(entry["text"])
        bounds = [i + 2 for i in range(len(text) - 1) if text[i:i + 2] == "\r\n"]
        if not bounds:
            continue
        at = bounds[int(where * 997) % len(bounds)]
        entry["text"] = text[:at] + f"\r\n{urc}\r\n" + text[at:]
    return out


@settings(max_examples=max(60, settings.default.max_examples // 10))
@given(st.integers(0, len(SCENARIOS) * len(VENDORS) - 1), st.lists(any_urc, max_size=12),
       st.lists(st.floats(0, 0.999), min_size=12, max_size=12))
def test_urcs_in_every_reply_change_no_fact(which: int, urcs: list[str],
                                             positions: list[float]) -> None:
    name, transcript, expected = recordings()[which]
    facts = _replayed(_interleaved(transcript, urcs, positions))
    for section in ("modem", "sim", "radio", "signal", "registration", "operator", "packet",
                    "apn"):
        assert facts.section(section) == expected.section(section), (name, section, urcs)
    assert facts.reachable == expected.reachable and facts.notes == expected.notes, name
