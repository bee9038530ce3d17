"""Which received lines are unsolicited result codes (URCs), decided by table.

Many URCs share their prefix with a solicited reply (+CREG: is a URC while no +CREG command is
outstanding, and a reply line while AT+CREG? is). Each rule therefore names the commands whose
reply may carry the same prefix. Pure; no I/O.
"""

from __future__ import annotations


class UrcRule:
    """`prefix` starts the line (or is the whole line when `whole_line`); `solicited_by` are
    command stems (text after "AT", upper case) whose replies may start with the same prefix.
    An empty `solicited_by` defaults to the read and test forms of the same command.

    A plain class, not a dataclass: this module is on the path to a check's first byte, and
    importing `dataclasses` costs ~6 ms there."""

    __slots__ = ("prefix", "solicited_by", "whole_line")

    def __init__(self, prefix: str, solicited_by: tuple[str, ...] = (),
                 whole_line: bool = False) -> None:
        self.prefix = prefix
        self.solicited_by = solicited_by
        self.whole_line = whole_line

    def __repr__(self) -> str:
        return (f"UrcRule({self.prefix!r}, solicited_by={self.solicited_by!r}, "
                f"whole_line={self.whole_line!r})")

    def stems(self) -> tuple[str, ...]:
        if self.solicited_by or self.whole_line:
            return self.solicited_by
        name = self.prefix.rstrip(":")
        return (name + "?", name + "=?")


def _rules(*prefixes: str) -> tuple[UrcRule, ...]:
    return tuple(UrcRule(prefix) for prefix in prefixes)


NEVER = ("\x00never",)     # a stem no command starts with: the URC is never a reply

URC_RULES: tuple[UrcRule, ...] = (
    # Registration and network (TS 27.007 §7.2, §10.1.19/22, §10.1.71).
    *_rules("+CREG:", "+CGREG:", "+CEREG:", "+C5GREG:", "+CSCON:", "+CTZV:", "+CTZE:"),
    UrcRule("+CGEV:", NEVER),
    UrcRule("+CIEV:", NEVER),
    UrcRule("+CTZR:", NEVER),
    UrcRule("+NITZ:", NEVER),
    # SIM state: +CPIN: READY at boot (Quectel, SIMCom), vendor SIM hot-plug reports.
    UrcRule("+CPIN:", ("+CPIN?", "+CPIN=?")),
    UrcRule("+QUSIM:", NEVER),
    UrcRule("+QIND:", NEVER),
    UrcRule("+QSIMSTAT:", ("+QSIMSTAT?",)),
    UrcRule("+SIMCARD:", NEVER),
    UrcRule("^SIMST:", NEVER),
    UrcRule("^SRVST:", NEVER),
    UrcRule("^MODE:", NEVER),
    UrcRule("^RSSI:", NEVER),
    UrcRule("^HCSQ:", ("^HCSQ?", "^HCSQ=?")),
    UrcRule("^BOOT:", NEVER),
    UrcRule("^DSFLOWRPT:", NEVER),
    UrcRule("^SYSSTART", NEVER),
    UrcRule("+CFUN:", ("+CFUN?", "+CFUN=?")),      # SIMCom sends +CFUN: 1 at boot
    # SIMCom AT+AUTOCSQ makes +CSQ: arrive unsolicited; AT+CSQ asks for it.
    UrcRule("+CSQ:", ("+CSQ",)),
    # Calls, SMS, USSD (TS 27.007 §6/§7.15, TS 27.005 §3.4.1).
    UrcRule("+CRING:", NEVER),
    UrcRule("+CLIP:", NEVER),
    UrcRule("+CCWA:", NEVER),
    UrcRule("+CMTI:", NEVER),
    UrcRule("+CDSI:", NEVER),
    UrcRule("+CMT:", NEVER),       # the message itself (+CNMI mt=2): a second line follows
    UrcRule("+CBM:", NEVER),
    UrcRule("+CDS:", NEVER),
    UrcRule("+CUSD:", ("+CUSD?", "+CUSD=?")),
    UrcRule("+STIN:", NEVER),
    UrcRule("^STIN:", NEVER),
    UrcRule("+PBREADY", NEVER),
    UrcRule("+WIND:", ("+WIND?", "+WIND=?")),     # Wavecom boot/SIM indications
    # Results of the modems' own TCP/IP tests, sent after the command's OK (reference/
    # datapath_and_notices.md §1); +NETOPEN and +MIPCALL are also their read forms' replies.
    UrcRule("+QIURC:", NEVER),
    UrcRule("+QPING:", NEVER),
    UrcRule("+QHTTPGET:", NEVER),
    UrcRule("+QHTTPREAD:", NEVER),
    UrcRule("+CPING:", NEVER),
    UrcRule("+CDNSGIP:", NEVER),
    UrcRule("+HTTPACTION:", NEVER),
    UrcRule("+NETOPEN:"),
    UrcRule("+NETCLOSE:"),
    UrcRule("+UUPING:", NEVER),
    UrcRule("+UUPINGER:", NEVER),
    UrcRule("+UUHTTPCR:", NEVER),
    UrcRule("+UUPSDD:", NEVER),
    UrcRule("#HTTPRING:", NEVER),
    UrcRule("+MPING:", NEVER),
    UrcRule("+MPINGSTAT:", NEVER),
    UrcRule("+MIPCALL:"),
    UrcRule("+MIPDNS:", NEVER),
    # Whole-line boot and ring indications (V.250, Quectel, SIMCom).
    UrcRule("RING", whole_line=True),
    UrcRule("RDY", whole_line=True),
    UrcRule("SMS DONE", whole_line=True),
    UrcRule("PB DONE", whole_line=True),
    UrcRule("CALL READY", whole_line=True),
    UrcRule("SMS READY", whole_line=True),
    UrcRule("POWERED DOWN", whole_line=True),
    UrcRule("NORMAL POWER DOWN", whole_line=True),
)


def _command_stems(command: str) -> list[str]:
    """'AT+CREG?;+CGREG?' -> ['+CREG?', '+CGREG?'] (upper case, 'AT' removed)."""
    body = command.strip().upper()
    if body.startswith("AT"):
        body = body[2:]
    return [part.strip() for part in body.split(";") if part.strip()]


class UrcRegistry:
    """Decides whether a line is a URC given the command outstanding (None when idle)."""

    def __init__(self, rules: tuple[UrcRule, ...] = URC_RULES) -> None:
        self._whole = {rule.prefix.upper(): rule for rule in rules if rule.whole_line}
        self._prefixed = tuple(
            (rule.prefix.upper(), rule) for rule in rules if not rule.whole_line)

    def match(self, line: str) -> UrcRule | None:
        text = line.strip().upper()
        rule = self._whole.get(text)
        if rule is not None:
            return rule
        for prefix, candidate in self._prefixed:
            if text.startswith(prefix):
                return candidate
        return None

    def is_urc(self, line: str, command: str | None) -> bool:
        rule = self.match(line)
        if rule is None:
            return False
        if command is None:
            return True
        stems = rule.stems()
        return not any(part.startswith(stem) for part in _command_stems(command)
                       for stem in stems)


DEFAULT_REGISTRY = UrcRegistry()


def is_urc(line: str, command: str | None = None) -> bool:
    """True when `line` is unsolicited while `command` (or nothing) is outstanding."""
    return DEFAULT_REGISTRY.is_urc(line, command)


# A URC's own lines after the first, at most: a garbled +CUSD whose quote never closes must
# not take over the conversation.
_MAX_URC_LINES = 16


def takes_more(lines: list[str]) -> bool:
    """Whether the line after `lines` (a URC's lines so far, the first one being the URC)
    still belongs to that URC. Two-line URCs carry their payload on the next line: +CMT and
    +CBM in both SMS modes, +CDS in PDU mode, where its only field is the PDU length (TS
    27.005 §3.4.1). A USSD answer's quoted text keeps the network's line breaks (TS 27.007
    §7.15): +CUSD goes on until its quote closes."""
    if not lines or len(lines) > _MAX_URC_LINES:
        return False
    head = lines[0].lstrip().upper()
    if head.startswith("+CUSD:"):
        return sum(line.count('"') for line in lines) % 2 == 1
    if len(lines) > 1:
        return False
    if head.startswith(("+CMT:", "+CBM:")):
        return True
    return head.startswith("+CDS:") and head[len("+CDS:"):].strip().isdigit()


# Lines a modem sends only when it has just (re)started: a command outstanding at that
# moment is lost and will never be answered (Quectel RDY, SIMCom *ATREADY, Cinterion
# ^SYSSTART, Huawei ^BOOT is periodic and so not one of them).
_RESET_LINES = ("RDY", "^SYSSTART", "*ATREADY")


def is_reset(line: str) -> bool:
    """True when `line` says the modem restarted."""
    text = line.strip().upper()
    return any(text == marker or text.startswith(marker + ":") for marker in _RESET_LINES)


# Lines a modem sends while it starts up or its SIM is being brought up: after one of them
# a "no SIM" answer may only mean "not yet" (the power-up race, see sources/at/reader.py).
# (Compared with every blank removed.)
_BOOT_LINES = frozenset({"RDY", "^SYSSTART", "*ATREADY", "SMSDONE", "PBDONE", "CALLREADY",
                         "SMSREADY", "+SIMREADY", "+CFUN:1", "+CPIN:READY", "+CPIN:NOTREADY",
                         "+QIND:SMSDONE", "+QIND:PBDONE"})
_BOOT_PREFIXES = ("*ATREADY:", "+QUSIM:", "^SIMST:", "#QSS:", "^SYSSTART")


def is_boot(line: str) -> bool:
    """True when `line` is a start-up or SIM bring-up indication (RDY, +CPIN: READY as a
    URC, SMS DONE, ^SIMST: ...)."""
    text = "".join(line.upper().split())
    return text in _BOOT_LINES or text.startswith(_BOOT_PREFIXES)
