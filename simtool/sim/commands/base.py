"""What the Modem and its command families share: the error results, parameter helpers and
the fixed facts of the simulated world (the card's codes, the one cell, a PDP context).

A leaf module: it imports nothing from the simulator at run time, so modem.py can import
the families and every family can import this (simtool.sim.modem re-exports the names).
"""

from __future__ import annotations

from dataclasses import dataclass

# `typing` costs ~3 ms to import and is needed here for annotations only (the first byte of a
# sim:// port waits for the modem's import); type checkers treat this name as True.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable

    from simtool.sim.modem import Modem

    # (modem, kind, args, raw) -> information lines; kind is "test" (=?), "read" (?),
    # "set" (=...) or "exec" (bare), args the set form's parameters split on commas with
    # quotes removed, raw the text after "=". Raises CmeError or CommandError to fail.
    Handler = Callable[[Modem, str, list[str], str], list[str]]

PIN = "1234"
PUK = "12345678"
PIN_TRIES = 3
PUK_TRIES = 10

# One cell for every simulated network: LAC/TAC and cell id as upper-case hex.
CELL_AREA = "1A2B"
CELL_ID = "01C3D4E5"
ACT_LTE = 7


class CmeError(Exception):
    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


class CommandError(Exception):
    """Plain ERROR: unknown command or a form the command does not take."""


@dataclass
class Context:
    pdp_type: str
    apn: str
    active: bool = False
    user: str = ""
    password: str = ""
    auth: int = 0          # +CGAUTH <auth_prot>: 0 none, 1 PAP, 2 CHAP


def to_int(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise CmeError(50) from None


def ucs2(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def from_ucs2(text: str) -> str:
    try:
        return bytes.fromhex(text).decode("utf-16-be")
    except ValueError:
        return text


class CmsError(Exception):
    """+CMS ERROR: <n> (3GPP TS 27.005 §3.2.5), the message service's own error codes."""

    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code
