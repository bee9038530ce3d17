"""How long a command typed by hand may take before its reply is given up.

Most commands answer within a second; a few wait on the network. The maxima are the
"maximum response time" figures of Quectel's EC2x/EG9x AT commands manual (V2.0), the most
detailed vendor table, rounded up; other vendors document the same order of magnitude. Pure.
"""

from __future__ import annotations

import re

DEFAULT_SECONDS = 10.0

# (pattern on one command body, seconds). The first match wins; a compound line
# ("AT+CGATT=1;+CGACT=1,1") gets the sum of its parts, as the modem runs them in turn.
_LONG_COMMANDS: tuple[tuple[re.Pattern[str], float], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), seconds) for pattern, seconds in (
        (r"^\+COPS=\?", 180.0),          # network scan: 180 s
        (r"^\+COPS=3(,|$)", DEFAULT_SECONDS),   # only the format of +COPS? answers
        (r"^\+COPS=", 180.0),            # manual/automatic selection: 180 s
        (r"^\+CGACT=", 150.0),           # PDP context (de)activation: 150 s
        (r"^\+CGATT=", 140.0),           # packet attach/detach: 140 s
        (r"^\+CMG[SW]=|^\+CMSS=", 120.0),   # send / store an SMS: 120 s
        (r"^D", 60.0),                   # dial: connection or NO CARRIER
        (r"^\+CFUN=", 30.0),             # radio on/off: 15 s, more on some modems
        (r"^\+CPIN=|^\+CLCK=|^\+CPWD=", 20.0),   # the SIM checks the password
        (r"^\+CUSD=", 20.0),             # the answer is a URC; the command itself is quick
    ))


def _bodies(command: str) -> list[str]:
    body = command.strip()
    if body[:2].upper() == "AT":
        body = body[2:]
    return [part.strip() for part in body.split(";") if part.strip()]


def is_quick(command: str) -> bool:
    """True when no command on the line waits for the network or the SIM (each answers
    within the default time): AT+CSQ;+CREG? is, AT+CGACT=1,1 and AT+CPIN="..." are not."""
    return all(_seconds(body) <= DEFAULT_SECONDS for body in _bodies(command))


def _seconds(body: str) -> float:
    return next((seconds for pattern, seconds in _LONG_COMMANDS if pattern.search(body)),
                DEFAULT_SECONDS)


def timeout_for(command: str) -> float:
    """Seconds to wait for the final result code of `command` ("AT+COPS=?" -> 180)."""
    return sum(_seconds(body) for body in _bodies(command) or [""])
