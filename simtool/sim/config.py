"""What a sim:// URL (or `simtool simulate`) can set, and the rules that validate it.

Light on purpose: opening a sim:// port imports this module and nothing heavier, so a
port opens as cheaply as a real one and the modem itself (modem.py, personalities,
scenarios) is built at its first command. The name tuples below are the contract names;
a unit test keeps them equal to the SCENARIOS and PERSONALITIES tables.
"""

from __future__ import annotations

# Contract names, in the order of scenarios.SCENARIOS and personalities.PERSONALITIES.
SCENARIO_NAMES: tuple[str, ...] = (
    "healthy", "no-sim", "sim-failure", "sim-busy", "pin-locked", "puk-locked", "radio-off",
    "no-signal", "weak-signal", "searching", "registration-denied", "roaming-not-allowed",
    "wrong-apn", "not-subscribed", "auth-failed", "attach-rejected", "flaky", "reboot",
    "esim-empty", "esim-disabled", "esim-test-only", "esim-wrong-profile",
    "arrears-blocked", "quota-exhausted", "device-bound",
)
VENDOR_NAMES: tuple[str, ...] = (
    "generic", "quectel", "huawei", "simcom", "sierra", "ublox", "telit", "fibocom", "zte",
    "wavecom", "cinterion", "tdtech", "onemo", "luat", "gosuncn",
)

SMS_STORES = ("SM", "ME")
# Knobs of the account scenarios: quota-exhausted's `mode`, device-bound's `bind`, and
# what is stored in the SMS store (`inbox`: none, all read, or as the scenario has them).
MODES = ("redirect", "cut", "throttle")
BINDS = ("silent", "pdn-reject", "attach-reject")
INBOX_STATES = ("none", "read", "unread")

# The URCs `interleave` can slip into replies; each name gives one line (see modem.py).
INTERLEAVE_URCS = ("creg", "cereg", "ring", "rssi")


class Config:
    """Everything a sim:// URL can set.

    A plain class, not a dataclass: it is on the path to a sim:// port's first byte, and
    importing dataclasses costs more than the whole rest of opening the port.
    """

    __slots__ = ("scenario", "vendor", "operator", "seed", "busy_seconds", "cause",
                 "reboot_after", "scan_seconds", "ussd_seconds", "busy_replies",
                 "interleave", "no_final", "sms_seconds", "sms_store", "esim", "mode", "bind",
                 "inbox", "refuse", "timescale")

    def __init__(self, *, scenario: str = "healthy", vendor: str = "generic",
                 operator: str = "46000", seed: int = 0, busy_seconds: float = 3.0,
                 cause: int | None = None,
                 reboot_after: int = 3,  # mid-check: a check sends 5 command lines
                 scan_seconds: float = 2.0, ussd_seconds: float = 0.2,
                 busy_replies: int = 0, interleave: tuple[str, ...] = (),
                 no_final: tuple[str, ...] = (), sms_seconds: float = 0.5,
                 sms_store: str | None = None, esim: bool = False, mode: str | None = None,
                 bind: str | None = None, inbox: str = "unread",
                 refuse: tuple[str, ...] = (), timescale: float = 1.0) -> None:
        self.scenario = scenario
        self.vendor = vendor
        self.operator = operator
        self.seed = seed
        self.busy_seconds = busy_seconds
        self.cause = cause
        self.reboot_after = reboot_after
        self.scan_seconds = scan_seconds
        self.ussd_seconds = ussd_seconds
        self.busy_replies = busy_replies
        self.interleave = interleave
        self.no_final = no_final
        self.sms_seconds = sms_seconds  # until the operator's SMS service answers
        # Where received SMS are stored (+CPMS <mem3>): "SM" (the SIM) or "ME" (the modem's
        # memory, as modems do when told to or when the SIM is full); reading stays on "SM".
        self.sms_store = sms_store
        self.esim = esim        # the card is an eUICC with the network's profile enabled
        self.mode = mode
        self.bind = bind
        self.inbox = inbox
        # Commands answered with a plain ERROR (see parse_refusals): "CGDCONT" every form,
        # "CGDCONT=" only its set form (the read and test forms still answer).
        self.refuse = refuse
        # The network's own waits (a TCP/IP probe's result, a lost ping's timeout), scaled:
        # 0.01 gives the same answers a hundred times sooner, for tests that run often.
        self.timescale = timescale

    def _values(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Config):
            return NotImplemented
        return self._values() == other._values()

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"Config({fields})"


def operator_digits(numeric: str) -> str:
    """MCC+MNC as 5 or 6 digits ('460-00' -> '46000'); ValueError otherwise."""
    numeric = numeric.strip().replace("/", "").replace("-", "")
    if not numeric.isdigit() or len(numeric) not in (5, 6):
        raise ValueError(f"operator must be MCC+MNC digits, e.g. 46000, not {numeric!r}")
    return numeric


def parse_interleave(text: str) -> tuple[str, ...]:
    """'cereg,ring' -> ('cereg', 'ring'); ValueError naming the choices otherwise."""
    names = tuple(n.strip().lower() for n in text.split(",") if n.strip())
    unknown = [n for n in names if n not in INTERLEAVE_URCS]
    if unknown:
        raise ValueError(f"unknown URC {unknown[0]!r} to interleave; choose from "
                         f"{', '.join(INTERLEAVE_URCS)}")
    return names


def choice(name: str, value: str, choices: tuple[str, ...]) -> str:
    """`value` when it is one of `choices`; ValueError naming them otherwise."""
    if value not in choices:
        raise ValueError(f"{name} must be one of {', '.join(choices)}, not {value!r}")
    return value


def _command_names(text: str) -> tuple[str, ...]:
    """'CSQ, +cops' -> ('CSQ', 'COPS'): upper case, without the prefix character (a '+'
    written in a URL query arrives as a space; both are stripped)."""
    return tuple(n.strip().lstrip("+^#!*%$ ").upper() for n in text.split(","))


def parse_refusals(text: str) -> tuple[str, ...]:
    """'CGMI,+CGDCONT=' -> ('CGMI', 'CGDCONT='): extended command names without prefix
    character, each refused in every form, or only in its set form when it ends in '='."""
    names = _command_names(text)
    if not all(n.removesuffix("=").isalnum() for n in names):
        raise ValueError(f"commands to refuse must be like CGMI or CGDCONT=, not {text!r}")
    return names


def parse_command_list(text: str) -> tuple[str, ...]:
    """'CSQ,+COPS' -> ('CSQ', 'COPS'): extended command names without prefix character
    (a '+' written in a URL query arrives as a space; both are stripped)."""
    names = _command_names(text)
    if not all(n.isalnum() for n in names):
        raise ValueError(f"command names must be like CSQ or COPS, not {text!r}")
    return names
