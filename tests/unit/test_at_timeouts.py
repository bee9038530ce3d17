"""How long a hand-typed command is waited for: the maximum response times of Quectel's
EC2x/EG9x AT commands manual V2.0 (rounded up), 10 s for everything else."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from simtool.at.timeouts import DEFAULT_SECONDS, timeout_for


@pytest.mark.parametrize(("command", "seconds"), [
    ("AT+COPS=?", 180.0),                # network scan
    ("at+cops=1,2,\"46000\"", 180.0),    # manual selection, lower case
    ("AT+CGACT=1,1", 150.0),
    ("AT+CGATT=1", 140.0),
    ('AT+CMGS="10086"', 120.0),
    ("ATD*99#", 60.0),
    ("AT+CFUN=1", 30.0),
    ('AT+CPIN="1234"', 20.0),
    ("AT+CSQ", DEFAULT_SECONDS),
    ("AT+COPS?", DEFAULT_SECONDS),        # reading the operator is quick
    ("AT+CGACT?", DEFAULT_SECONDS),
    ("AT", DEFAULT_SECONDS),
    ("AT+CGATT=1;+CGACT=1,1", 290.0),     # the modem runs them one after the other
])
def test_timeouts(command: str, seconds: float) -> None:
    assert timeout_for(command) == seconds


@given(st.text(max_size=60))
def test_any_text_gets_a_positive_timeout(command: str) -> None:
    assert timeout_for(command) >= DEFAULT_SECONDS


def test_quick_lines_are_those_without_a_long_command() -> None:
    from simtool.at.timeouts import is_quick

    assert is_quick("AT+CSQ;+CESQ;+CSCS?;+COPS?;+CREG?;+CGREG?;+CEREG?;+C5GREG?")
    assert is_quick("AT+COPS=3,2;+COPS?;+COPS=3,0;+CGATT?")     # only the answer format
    assert not is_quick("AT+COPS=1,2,\"46000\"") and not is_quick("AT+COPS=?")
    assert not is_quick('AT+CPIN="1234"') and not is_quick("AT+CGACT=1,1")
