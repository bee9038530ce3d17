"""Arbitrary bytes thrown at the simulated modem: it never raises, and every command line
gets either nothing (not a command) or a reply that ends in a final result code."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from simtool.sim.link import Link
from simtool.sim.modem import Config, Modem
from simtool.sim.personalities import VENDORS
from simtool.sim.scenarios import SCENARIOS

FINAL = re.compile(rb"\r\n(OK|ERROR|\+CME ERROR: [^\r]*)\r\n")

COMMAND_WORDS = ["+CPIN", "+CPINR", "+CREG", "+CEREG", "+CGREG", "+C5GREG", "+COPS", "+CSQ",
                 "+CESQ", "+CGDCONT", "+CGACT", "+CGATT", "+CGAUTH", "+CUSD", "+CMGL",
                 "+CMGR", "+CPMS", "+CMGF", "+CSCS", "+CRSM", "+CSIM", "+CLCK", "+CFUN",
                 "+CMEE", "+QPINC", "^CPIN", "+SPIC", "#PCT", "^SPIC", "+ZPINPUK", "+CCID",
                 "+QCCID", "^ICCID", "^HCSQ", "+QCSQ", "+CGPADDR", "+CEER", "E", "I", "Z"]

lines = st.builds(
    lambda word, form, args: f"AT{word}{form}{args}",
    st.sampled_from(COMMAND_WORDS),
    st.sampled_from(["", "?", "=?", "="]),
    st.text(alphabet='0123456789,"ABCSIMPUK*#;- ', max_size=30),
)


@settings(max_examples=300, deadline=None)
@given(scenario=st.sampled_from(sorted(SCENARIOS)), vendor=st.sampled_from(VENDORS),
       line=lines)
def test_any_command_line_gets_a_final_result_code(scenario: str, vendor: str,
                                                   line: str) -> None:
    modem = Modem(Config(scenario=scenario, vendor=vendor, reboot_after=1000))
    modem.flaky = False
    modem.verbose = True
    reply = b"".join(chunk.data for chunk in modem.command(line).chunks)
    assert FINAL.search(reply), (line, reply)


@settings(max_examples=200, deadline=None)
@given(data=st.binary(max_size=300), scenario=st.sampled_from(sorted(SCENARIOS)))
def test_arbitrary_bytes_never_break_the_link(data: bytes, scenario: str) -> None:
    link = Link(Modem(Config(scenario=scenario)))
    link.feed(data)
    link.feed(b"\rAT\r")
    assert isinstance(link.take_ready(), bytes)
    link.close()
