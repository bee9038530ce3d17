"""What differs between modem families: how to find them and which commands read what."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from simtool.at.parsers.common import Unparsed
from simtool.at.parsers.retries import Retries, parse_csim_pin1, parse_csim_puk1
from simtool.at.parsers.signal import VendorSignal
from simtool.at.parsers.sim import Iccid, parse_crsm_iccid

RetryParser = Callable[[str], Retries | Unparsed]
IccidParser = Callable[[str], Iccid | Unparsed]
SignalParser = Callable[[str], VendorSignal | Unparsed]

# Every family ends its retry order with the SIM's own counters: VERIFY / UNBLOCK PIN1
# with no data only report the counter in the status word (63Cx); no PIN is tried.
GENERIC_CSIM_RETRIES: tuple[tuple[str, RetryParser], ...] = (
    ('AT+CSIM=10,"0020000100"', parse_csim_pin1),
    ('AT+CSIM=10,"002C000100"', parse_csim_puk1),
)

# EF_ICCID read through the restricted SIM access: works on any 3GPP modem.
CRSM_ICCID: tuple[str, IccidParser] = ("AT+CRSM=176,12258,0,0,10", parse_crsm_iccid)


class Vendor(NamedTuple):
    name: str                                   # module name: "quectel", "generic", ...
    display_name: str
    cgmi_patterns: tuple[str, ...] = ()         # regexes, matched case-insensitively
    usb_vids: tuple[int, ...] = ()
    # After the standard AT+CPINR; ends with GENERIC_CSIM_RETRIES.
    pin_retry_commands: tuple[tuple[str, RetryParser], ...] = GENERIC_CSIM_RETRIES
    iccid_commands: tuple[tuple[str, IccidParser], ...] = (CRSM_ICCID,)
    signal_extra: tuple[str, SignalParser] | None = None   # SINR etc.
    cfun_on: frozenset[int] = frozenset({1})
    cfun_off: frozenset[int] = frozenset({0, 4})
    ceer_numeric_rule: str | None = None        # see parsers.ceer.parse_ceer
    # How the eUICC's ISD-R is reached (sources/at/esim.py): "cgla" (+CCHO/+CGLA/+CCHC, a
    # refused +CCHO on a working SIM means a plain SIM), "probe" (the same, but a bare ERROR
    # may mean the modem has no +CCHO), "csim" (MANAGE CHANNEL through +CSIM) or "none"
    # (no working route known: nothing is sent, the report says the eSIM is not readable).
    esim_route: str = "cgla"
    # Its +CCHO/+CSIM answers carry their prefix, so the probe can ride on a chained line
    # (Fibocom FM350 answers +CCHO with a bare number: lpac#209).
    esim_chain: bool = True

    def matches_manufacturer(self, manufacturer: str) -> bool:
        return any(re.search(p, manufacturer, re.IGNORECASE) for p in self.cgmi_patterns)
