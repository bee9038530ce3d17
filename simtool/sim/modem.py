"""The simulated modem: a stateful AT interpreter (pure logic, no I/O).

`Modem.command(line)` takes one command line as the host typed it (without the CR) and
returns the reply as timed chunks; the port layer (link.py) turns them into bytes on a
port. World actions (`insert_sim`, `set_signal`, `fix`, `unplug`, ...) change the simulated
world from outside and push unsolicited result codes to whoever listens.

Behaviour follows 3GPP TS 27.007 and the vendors' manuals; the vendor differences are data
in personalities.py, the starting faults in scenarios.py.

Forced behaviours (Config, any scenario), for tests of AT clients:
- `busy_replies=N`: the SIM answers its first N reads as still initialising (+CME ERROR: 14,
  or the vendor's "+CPIN: NOT READY"), then it is ready and says so by URC;
- `interleave=creg,cereg,ring,rssi`: those URCs are slipped between the first and second
  information lines of every reply with two or more (not a URC whose prefix the command
  line asks for: no host could tell it from the answer);
- `no_final=CSQ,COPS`: replies to command lines holding these extended commands (named
  without their +/^ prefix) keep their information lines but never get a final result code.
"""

from __future__ import annotations

import fnmatch
import random
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace

# Config and its parsers live in the light config module (a sim:// port opens without this
# one); re-exported here for callers that build modems.
from simtool.sim.config import INTERLEAVE_URCS as INTERLEAVE_URCS
from simtool.sim.config import Config as Config
from simtool.sim.config import parse_command_list as parse_command_list
from simtool.sim.config import parse_interleave as parse_interleave
from simtool.sim.personalities import Personality, Retries, personality
from simtool.sim.scenarios import HEALTHY, Network, Scenario, network, scenario

PIN = "1234"
PUK = "12345678"
PIN_TRIES = 3
PUK_TRIES = 10

# TS 27.007 §9.2 verbose texts for the codes the simulator uses.
CME_TEXT: dict[int, str] = {
    0: "phone failure",
    3: "operation not allowed",
    4: "operation not supported",
    10: "SIM not inserted",
    11: "SIM PIN required",
    12: "SIM PUK required",
    13: "SIM failure",
    14: "SIM busy",
    15: "SIM wrong",
    16: "incorrect password",
    21: "invalid index",
    22: "not found",
    30: "no network service",
    31: "network timeout",
    50: "Incorrect parameters",
    100: "unknown",
    102: "IMSI unknown in HLR",
    103: "Illegal MS",
    106: "Illegal ME",
    107: "GPRS services not allowed",
    108: "GPRS services and non-GPRS services not allowed",
    111: "PLMN not allowed",
    112: "Location area not allowed",
    113: "Roaming not allowed in this location area",
    127: "missing or unknown APN",
    129: "user authentication failed",
    132: "service option not supported",
    133: "requested service option not subscribed",
    148: "unspecified GPRS error",
    177: "operator determined barring",
}

# 3GPP cause names for +CEER: EMM causes (TS 24.301 §9.9.3.9) for attach rejects, ESM
# causes (§9.9.4.4) for refused sessions; the same number means different things in each.
CAUSE_TEXT: dict[int, str] = {
    2: "IMSI unknown in HSS",
    7: "EPS services not allowed",
    8: "EPS services and non-EPS services not allowed",
    11: "PLMN not allowed",
    13: "Roaming not allowed in this tracking area",
    27: "Missing or unknown APN",
    29: "User authentication failed",
    33: "Requested service option not subscribed",
}
SESSION_CAUSE_TEXT: dict[int, str] = {
    8: "Operator Determined Barring",
    26: "Insufficient resources",
    27: "Missing or unknown APN",
    28: "Unknown PDN type",
    29: "User authentication failed",
    30: "Request rejected by Serving GW or PDN GW",
    31: "Request rejected, unspecified",
    32: "Service option not supported",
    33: "Requested service option not subscribed",
}

# Where a 3GPP session cause lands in +CME ERROR (TS 27.007 §9.2: 100 + cause for 1..47).
SESSION_CAUSE_CME = {8: 177}


@dataclass(frozen=True)
class Chunk:
    """Bytes that become readable `delay` seconds after the reply point."""

    delay: float
    data: bytes


@dataclass
class Reply:
    chunks: list[Chunk] = field(default_factory=list)


@dataclass(frozen=True)
class Signal:
    rssi_dbm: float
    rsrp_dbm: float
    rsrq_db: float
    sinr_db: float


GOOD = Signal(-65.0, -91.0, -8.0, 15.0)
WEAK = Signal(-101.0, -121.0, -17.0, -3.0)

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
class _Context:
    pdp_type: str
    apn: str
    active: bool = False
    user: str = ""
    password: str = ""


_BASIC = re.compile(r"(&[A-Z]|[A-Z])(\d*)")
_EXTENDED = re.compile(r"([+^#!*%$][A-Z0-9]+)(=\?|\?|=.*)?$", re.DOTALL | re.IGNORECASE)


def _split_commands(text: str) -> list[str]:
    """Split a command line on ';' outside quotes (AT+CGMI;+CGMM)."""
    parts = [""]
    quoted = False
    for char in text:
        if char == '"':
            quoted = not quoted
        if char == ";" and not quoted:
            parts.append("")
        else:
            parts[-1] += char
    return parts


def command_names(line: str) -> list[str]:
    """Extended command names of a command line without prefix character, upper case:
    'AT+CSQ;^HCSQ?' -> ['CSQ', 'HCSQ']."""
    text = line.strip()
    if text[:2].upper() == "AT":
        text = text[2:]
    names = []
    for part in _split_commands(text):
        match = _EXTENDED.match(part.strip())
        if match is not None:
            names.append(match.group(1)[1:].upper())
    return names


def _split_args(text: str) -> list[str]:
    """Split a parameter list on commas outside quotes; quotes are removed."""
    args: list[str] = []
    current: list[str] = []
    quoted = False
    for char in text:
        if char == '"':
            quoted = not quoted
        elif char == "," and not quoted:
            args.append("".join(current).strip())
            current = []
        else:
            current.append(char)
    args.append("".join(current).strip())
    return args


def _int(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise CmeError(50) from None


def _ucs2(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def _from_ucs2(text: str) -> str:
    try:
        return bytes.fromhex(text).decode("utf-16-be")
    except ValueError:
        return text


def luhn_complete(digits: str) -> str:
    """`digits` with its Luhn check digit appended (IMEI)."""
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2 == 0:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return digits + str((10 - total % 10) % 10)


def swap_nibbles(iccid: str) -> str:
    """EF_ICCID content as +CRSM shows it: BCD with nibbles swapped, padded with F."""
    padded = iccid + "F" * (20 - len(iccid))
    return "".join(padded[i + 1] + padded[i] for i in range(0, 20, 2))


Listener = Callable[[list[Chunk]], None]


class Modem:
    """One simulated modem and its world (SIM card, network, signal)."""

    def __init__(self, config: Config | None = None,
                 clock: Callable[[], float] = time.monotonic,
                 powered_at: float | None = None) -> None:
        """`powered_at`: clock time of power-up when earlier than now (a sim:// port builds
        its modem at the first command, but the modem was "on" since the port opened)."""
        self.config = config or Config()
        base = scenario(self.config.scenario)
        if self.config.cause is not None:
            from simtool.sim.scenarios import with_cause

            base = with_cause(base, self.config.cause)
        self.scenario: Scenario = base
        self.personality: Personality = personality(self.config.vendor)
        self.network: Network = network(self.config.operator)
        self._clock = clock
        self._lock = threading.RLock()
        self._listeners: list[Listener] = []
        self._rng = random.Random(self.config.seed)
        self.plugged = True
        self._commands_seen = 0
        self._rebooted = False
        self.busy_replies_left = max(0, self.config.busy_replies)
        self._answered_busy = False
        self.balance = self.network.balance
        self._set_world_from_scenario()
        self._power_up(powered_at)

    # ---------------------------------------------------------------- state setup

    def _set_world_from_scenario(self) -> None:
        s = self.scenario
        self.sim_present = s.sim != "absent"
        self.sim_failed = s.sim == "failure"
        self.pin_enabled = s.pin_enabled
        self.pin = PIN
        self.pin_retries = 0 if s.sim == "puk" else PIN_TRIES
        self.puk_retries = PUK_TRIES
        self.sim_blocked = False
        self.signal: Signal | None = {"good": GOOD, "weak": WEAK}.get(s.signal)
        self.reject_cause = s.reject_cause
        self.searching = s.searching
        self.attach_cause = s.attach_cause
        self.data_cause = s.data_cause
        self.auth_required = s.auth_required
        self.flaky = s.flaky
        self.contexts: dict[int, _Context] = {
            1: _Context("IP", s.wrong_apn or self.network.apn)}
        self.last_error: tuple[str, int] | None = None  # (category, 3GPP cause) for +CEER
        self.sms = [
            ("REC READ", "10086", "26/11/20,09:15:02+32",
             f"Your balance is {self.network.balance:.2f} {self.network.currency}."),
            ("REC UNREAD", "10086", "26/11/21,18:40:11+32",
             "Your data plan expires soon. Top up with "
             f"{self.network.topup_prefix}VOUCHER#."),
        ]

    def _power_up(self, at: float | None = None) -> None:
        """Volatile state after power-up or reset (what ATZ/reboot loses); `at` is when
        the power came on, if not now."""
        self.echo = True
        self.verbose = True
        self.cmee = 0
        self.cscs = "GSM"
        self.cmgf = 0
        self.reg_n = {"+CREG": 0, "+CGREG": 0, "+CEREG": 0, "+C5GREG": 0}
        self.cops_format = 0
        self.cops_mode = 0
        self.cfun = self.scenario.cfun
        self.ps_detached = False
        self.ussd_menu: str | None = None
        self.powered_at = self._clock() if at is None else at
        self._sim_init_pending = self._sim_busy_for_a_while()
        self.sim_unlocked = not self.pin_enabled
        for ctx in self.contexts.values():
            ctx.active = False
        self._bring_up_default_bearer()

    # ---------------------------------------------------------------- listeners

    def subscribe(self, listener: Listener, since: float | None = None) -> None:
        """Send `listener` the modem's URCs from now on. `since`: when it began listening,
        if earlier (a port opened before its modem was built); URCs the modem sends on its
        own since then still reach it, with a delay that may be negative (already due)."""
        with self._lock:
            self._listeners.append(listener)
            now = self._clock()
            if self._sim_busy_for_a_while(now if since is None else since):
                # The SIM finishes initialising on its own; tell this listener when.
                ready_in = self.powered_at + self.config.busy_seconds - now
                ready = list(self.personality.sim_ready_urcs)
                listener([Chunk(ready_in, self._urc_bytes(ready))])

    def unsubscribe(self, listener: Listener) -> None:
        with self._lock:
            if listener in self._listeners:
                self._listeners.remove(listener)

    def _push(self, lines: list[str], delay: float = 0.0) -> None:
        if not lines:
            return
        chunks = [Chunk(delay, self._urc_bytes(lines))]
        for listener in list(self._listeners):
            listener(chunks)

    def _urc_bytes(self, lines: list[str]) -> bytes:
        return "".join(f"\r\n{line}\r\n" for line in lines).encode("latin-1", "replace")

    # ---------------------------------------------------------------- derived state

    def sim_code(self) -> str:
        """The +CPIN code in force: READY, SIM PIN, SIM PUK, or a state name."""
        if not self.sim_present:
            return "ABSENT"
        if self.sim_failed or self.sim_blocked:
            return "FAILURE"
        if self._sim_busy():
            return "BUSY"
        if self.pin_enabled and not self.sim_unlocked:
            return "SIM PUK" if self.pin_retries == 0 else "SIM PIN"
        return "READY"

    def _sim_busy(self) -> bool:
        return self.busy_replies_left > 0 or self._sim_busy_for_a_while()

    def _sim_busy_for_a_while(self, at: float | None = None) -> bool:
        """The sim-busy scenario: busy for `busy_seconds` after power-up (now, or `at`)."""
        when = self._clock() if at is None else at
        return (self.scenario.sim == "busy"
                and when - self.powered_at < self.config.busy_seconds)

    def _finish_timed_sim_init(self) -> None:
        """Once sim-busy's time is up the modem attaches and brings up its default bearer,
        as it does at power-up with a ready SIM (noticed at the next command)."""
        if self._sim_init_pending and not self._sim_busy():
            self._sim_init_pending = False
            self._bring_up_default_bearer()

    def _count_busy_reply(self) -> None:
        """After a reply: one of the `busy_replies` is used up when it said "busy"; after
        the last one the SIM is ready, announced like the end of a real initialisation."""
        if not self._answered_busy or self.busy_replies_left == 0:
            return
        self.busy_replies_left -= 1
        if self.busy_replies_left == 0 and not self._sim_busy():
            self._bring_up_default_bearer()
            self._after += list(self.personality.sim_ready_urcs)

    def _sim_ready(self) -> bool:
        return self.sim_code() == "READY"

    def _serving(self) -> tuple[str, str, str, str]:
        n = self.network
        return n.visited if self.scenario.roaming else (n.mcc, n.mnc, n.long_name, n.short_name)

    def _camped(self) -> bool:
        return self.cfun == 1 and self.signal is not None and self.cops_mode != 2

    def reg_stat(self, domain: str) -> int:
        """3GPP <stat> of `domain` (+CREG, +CGREG, +CEREG, +C5GREG)."""
        if domain == "+C5GREG" or self.cfun != 1 or self.cops_mode == 2:
            return 0
        if not self._sim_ready():
            return 0
        if self.signal is None or self.searching:
            return 2
        if self.reject_cause is not None:
            return 3
        if domain != "+CREG":
            if self.ps_detached:
                return 0
            if self.attach_cause is not None:
                return 3
        return 5 if self.scenario.roaming else 1

    def _reject_for(self, domain: str) -> int | None:
        if self.reg_stat(domain) != 3:
            return None
        if self.reject_cause is not None:
            return self.reject_cause
        return self.attach_cause

    def _registered(self, domain: str = "+CEREG") -> bool:
        return self.reg_stat(domain) in (1, 5)

    def _activation_cause(self, cid: int) -> int | None:
        """Why activating `cid` would fail (a 3GPP cause), or None when it would work."""
        if not self._registered("+CEREG"):
            return self.attach_cause if self.attach_cause is not None else None
        ctx = self.contexts.get(cid)
        if ctx is None:
            return 43  # unknown PDP context
        if self.data_cause is not None:
            return self.data_cause
        if ctx.apn.lower() not in ("", self.network.apn.lower()):
            return 27
        if self.auth_required and not (ctx.user and ctx.password):
            return 29
        return None

    def _bring_up_default_bearer(self) -> None:
        """On LTE the attach brings up cid 1 when the network accepts it. When the network
        refuses it, the refusal is what +CEER reports afterwards, as on real modems whose
        connection manager tried the default context at start-up."""
        if 1 not in self.contexts or not self._registered("+CEREG"):
            return
        cause = self._activation_cause(1)
        if cause is None:
            self.contexts[1].active = True
        else:
            self.last_error = ("SM activation error", cause)

    def _reg_snapshot(self) -> dict[str, int]:
        return {d: self.reg_stat(d) for d in self.reg_n}

    # ---------------------------------------------------------------- world actions

    def _world(self, action: Callable[[], list[str]]) -> None:
        """Run a world change and push the URCs the change causes."""
        with self._lock:
            before = self._reg_snapshot()
            lines = action()
            lines += self._reg_urcs(before)
            if not self._registered():
                for ctx in self.contexts.values():
                    ctx.active = False
            else:
                self._bring_up_default_bearer()
            self._push(lines)

    def insert_sim(self) -> None:
        def act() -> list[str]:
            if self.sim_present:
                return []
            self.sim_present = True
            self.sim_failed = False
            return list(self.personality.sim_ready_urcs) if self._sim_ready() else [
                self.personality.line("+CPIN", self.sim_code())]
        self._world(act)

    def remove_sim(self) -> None:
        def act() -> list[str]:
            if not self.sim_present:
                return []
            self.sim_present = False
            return list(self.personality.sim_removed_urcs)
        self._world(act)

    def set_signal(self, rsrp_dbm: float | None, rsrq_db: float = -10.0,
                   sinr_db: float = 10.0, rssi_dbm: float | None = None) -> None:
        """Set the signal (None = no cell in reach). RSSI defaults to RSRP + 26 dB."""
        def act() -> list[str]:
            if rsrp_dbm is None:
                self.signal = None
            else:
                rssi = rssi_dbm if rssi_dbm is not None else min(rsrp_dbm + 26.0, -51.0)
                self.signal = Signal(rssi, rsrp_dbm, rsrq_db, sinr_db)
            if self.personality.rssi_urc:
                return [self.personality.line("^RSSI", str(self._csq()[0]))]
            return []
        self._world(act)

    def fix(self) -> None:
        """Clear the scenario's fault: the world becomes healthy (state the user set stays)."""
        def act() -> list[str]:
            lines: list[str] = []
            was_ready = self._sim_ready()
            self.scenario = replace(HEALTHY, name=self.scenario.name)
            self.sim_present, self.sim_failed, self.sim_blocked = True, False, False
            self.busy_replies_left = 0
            self.pin_enabled = False
            self.sim_unlocked = True
            self.pin_retries, self.puk_retries = PIN_TRIES, PUK_TRIES
            self.signal = self.signal if self.signal == GOOD else GOOD
            self.reject_cause = None
            self.searching = False
            self.attach_cause = self.data_cause = None
            self.auth_required = False
            self.flaky = False
            self.cfun = 1
            self.ps_detached = False
            self.contexts.setdefault(1, _Context("IP", self.network.apn)).apn = self.network.apn
            if not was_ready:
                lines += list(self.personality.sim_ready_urcs)
            return lines
        self._world(act)

    def unplug(self) -> None:
        """The USB device vanishes: open ports fail, new opens fail."""
        with self._lock:
            self.plugged = False
            for listener in list(self._listeners):
                listener([])

    def replug(self) -> None:
        """The device comes back after a power cycle (volatile state lost)."""
        with self._lock:
            self.plugged = True
            self._power_up()

    def reboot(self) -> None:
        """Reset now: volatile state lost, boot URC storm pushed to listeners."""
        with self._lock:
            self._power_up()
            self._push(self._boot_urcs(), delay=0.05)

    def _boot_urcs(self) -> list[str]:
        lines = list(self.personality.boot_urcs) or ["RDY"]
        if self._sim_ready() and "+CPIN: READY" not in lines:
            lines.append(self.personality.line("+CPIN", "READY"))
        return lines

    # ---------------------------------------------------------------- command entry

    def command(self, line: str) -> Reply:
        """Interpret one command line (without its CR) and return the timed reply."""
        with self._lock:
            text = line.strip()
            if not text:
                return Reply()
            if text[:2].upper() != "AT":
                return Reply()  # real modems ignore lines that are not commands
            self._commands_seen += 1
            self._finish_timed_sim_init()
            if (self.scenario.reboot and not self._rebooted
                    and self._commands_seen >= self.config.reboot_after):
                # The reset happens while this command runs: its reply is lost.
                self._rebooted = True
                self._power_up()
                return Reply([Chunk(0.05, self._urc_bytes(self._boot_urcs()))])
            before = self._reg_snapshot()
            self._answered_busy = False
            lines, final, extra_delay, after = self._run_line(text[2:])
            self._count_busy_reply()
            urcs = self._reg_urcs(before) + after
            lines = self._interleaved(text, lines)
            if self.config.no_final and set(command_names(text)) & {
                    name.upper() for name in self.config.no_final}:
                final = ""
            reply = Reply([Chunk(extra_delay, self._format(lines, final))])
            if urcs:
                reply.chunks.append(Chunk(extra_delay + self._after_delay,
                                          self._urc_bytes(urcs)))
            if self.flaky:
                reply = self._flake(reply)
            return reply

    def _format(self, lines: list[str], final: str) -> bytes:
        """The reply bytes; an empty `final` leaves the final result code out."""
        if self.verbose:
            body = "".join(f"\r\n{line}" for line in lines)
            text = (body + "\r\n" if lines else "") + (f"\r\n{final}\r\n" if final else "")
        else:
            numeric = {"OK": "0", "ERROR": "4"}.get(final, final)
            text = "".join(f"{line}\r\n" for line in lines) + (f"{numeric}\r" if final else "")
        return text.encode("latin-1", "replace")

    def _interleaved(self, command: str, lines: list[str]) -> list[str]:
        """`lines` with the `interleave` URCs after the first one (replies of 2+ lines)."""
        if not self.config.interleave or len(lines) < 2 or not self.verbose:
            return lines
        asked = set(command_names(command))
        p = self.personality
        urcs = []
        for name in self.config.interleave:
            if name == "creg" and "CREG" not in asked:
                urcs.append(p.line("+CREG", str(self.reg_stat("+CREG"))))
            elif name == "cereg" and "CEREG" not in asked:
                urcs.append(p.line("+CEREG", str(self.reg_stat("+CEREG"))))
            elif name == "ring":
                urcs.append("RING")
            elif name == "rssi" and "RSSI" not in asked:
                urcs.append(p.line("^RSSI", str(self._csq()[0])))
        return lines[:1] + urcs + lines[1:]

    def _flake(self, reply: Reply) -> Reply:
        roll = self._rng.random()
        if roll < 0.12:
            return Reply()  # dropped
        if roll < 0.22:
            garbled = bytearray(reply.chunks[0].data)
            for _ in range(max(1, len(garbled) // 6)):
                garbled[self._rng.randrange(len(garbled))] = self._rng.randrange(256)
            return Reply([Chunk(reply.chunks[0].delay, bytes(garbled)), *reply.chunks[1:]])
        if roll < 0.30:
            return Reply([Chunk(c.delay + 2.0, c.data) for c in reply.chunks])  # stalled
        return reply

    def _run_line(self, rest: str) -> tuple[list[str], str, float, list[str]]:
        """Run basic and ';'-chained extended commands; stop at the first error."""
        self._extra_delay = 0.0
        self._after: list[str] = []
        self._after_delay = 0.0
        lines: list[str] = []
        try:
            for index, part in enumerate(_split_commands(rest)):
                if index == 0 and part[:1].upper() not in "+^#!*%$" or part == "":
                    lines += self._basic(part)
                else:
                    lines += self._extended(part)
        except CmeError as error:
            return lines, self._cme(error.code), self._extra_delay, self._after
        except CommandError:
            return lines, "ERROR", self._extra_delay, self._after
        return lines, "OK", self._extra_delay, self._after

    def _cme(self, code: int) -> str:
        if self.cmee == 0:
            return "ERROR"
        if self.cmee == 1:
            return f"+CME ERROR: {code}"
        return f"+CME ERROR: {CME_TEXT.get(code, 'unknown')}"

    # ---------------------------------------------------------------- basic commands

    def _basic(self, text: str) -> list[str]:
        lines: list[str] = []
        position = 0
        upper = text.upper()
        while position < len(upper):
            match = _BASIC.match(upper, position)
            if match is None:
                raise CommandError
            name, value = match.group(1), match.group(2)
            position = match.end()
            if name == "E" and value in ("", "0", "1"):
                self.echo = value == "1"
            elif name == "V" and value in ("", "0", "1"):
                self.verbose = value == "1"
            elif name in ("Q", "H") and value in ("", "0"):
                pass  # quiet off / hang up: nothing to do
            elif name == "I" and value in ("", "0"):
                p = self.personality
                lines += [p.manufacturer, p.model, f"Revision: {p.revision}"]
            elif name in ("Z", "&F") and value in ("", "0"):
                self._power_up()
            elif name in ("&C", "&D", "&K", "&W", "&V", "X", "S"):
                # S-registers and line settings are accepted and ignored.
                if name == "S":
                    register = re.match(r"=\d+|\?", upper[position:])
                    position += register.end() if register else 0
            else:
                raise CommandError
        return lines

    # ---------------------------------------------------------------- extended commands

    def _extended(self, text: str) -> list[str]:
        match = _EXTENDED.match(text.strip())
        if match is None:
            raise CommandError
        name = match.group(1).upper()
        suffix = match.group(2) or ""
        typed = name + suffix.upper() if suffix in ("?", "=?", "") else name + suffix
        p = self.personality
        retry = p.retry_lines(typed.upper().replace(" ", ""), self.sim_code_for_retry(),
                              self._retries())
        if retry is not None:
            self._need_sim_present()
            return retry
        if name in p.iccid_commands and suffix in ("", "?"):
            self._need_sim_readable()
            prefix = p.iccid_commands[name]
            return [p.line(prefix, self.network.iccid) if prefix else self.network.iccid]
        handler = self._HANDLERS.get(name)
        vendor_only = name not in self._STANDARD
        if handler is None or (vendor_only and name not in p.extra_commands):
            raise CommandError
        if name == "+CPINR" and not p.has_cpinr:
            raise CommandError
        args: list[str] = []
        if suffix == "=?":
            kind = "test"
        elif suffix == "?":
            kind = "read"
        elif suffix.startswith("="):
            kind, args = "set", _split_args(suffix[1:])
        else:
            kind = "exec"
        return handler(self, kind, args, suffix[1:] if suffix.startswith("=") else "")

    def sim_code_for_retry(self) -> str:
        code = self.sim_code()
        return code if code in ("READY", "SIM PIN", "SIM PUK") else "READY"

    def _retries(self) -> Retries:
        return Retries(self.pin_retries, self.puk_retries)

    def _need_sim_present(self) -> None:
        code = self.sim_code()
        if code == "ABSENT":
            raise CmeError(10)
        if code == "FAILURE":
            raise CmeError(13)
        if code == "BUSY":
            self._answered_busy = True
            raise CmeError(14)

    def _need_sim_readable(self) -> None:
        """ICCID is readable even while the PIN is pending."""
        self._need_sim_present()

    def _need_sim_ready(self) -> None:
        self._need_sim_present()
        code = self.sim_code()
        if code == "SIM PIN":
            raise CmeError(11)
        if code == "SIM PUK":
            raise CmeError(12)

    # Each handler: (self, kind, args, raw) -> info lines; raises CmeError/CommandError.

    def _identity(self, kind: str, value: str) -> list[str]:
        if kind == "test":
            return []
        if kind != "exec":
            raise CommandError
        return [value]

    def _cgmi(self, kind: str, args: list[str], raw: str) -> list[str]:
        return self._identity(kind, self.personality.manufacturer)

    def _cgmm(self, kind: str, args: list[str], raw: str) -> list[str]:
        return self._identity(kind, self.personality.model)

    def _cgmr(self, kind: str, args: list[str], raw: str) -> list[str]:
        return self._identity(kind, self.personality.revision)

    def _cgsn(self, kind: str, args: list[str], raw: str) -> list[str]:
        return self._identity(kind, luhn_complete(self.personality.tac + "123456"))

    def _cmee(self, kind: str, args: list[str], raw: str) -> list[str]:
        if kind == "read":
            return [self.personality.line("+CMEE", str(self.cmee))]
        if kind == "test":
            return [self.personality.line("+CMEE", "(0-2)")]
        value = args[0] if kind == "set" and args[0] else "0"
        if value not in ("0", "1", "2"):
            raise CmeError(50)
        self.cmee = int(value)
        return []

    def _cpin(self, kind: str, args: list[str], raw: str) -> list[str]:
        if kind == "test":
            return []
        if kind == "read":
            self._need_sim_present_for_cpin()
            code = self.sim_code()
            if code == "BUSY":
                self._answered_busy = True
                return [self.personality.line("+CPIN", "NOT READY")]
            return [self.personality.line("+CPIN", code)]
        if kind != "set" or not args[0]:
            raise CommandError
        self._need_sim_present()
        code = self.sim_code()
        entered = args[0]
        if code == "SIM PIN":
            if entered == self.pin:
                self.pin_retries = PIN_TRIES
                self._unlock()
                return []
            self.pin_retries -= 1
            raise CmeError(16)
        if code == "SIM PUK":
            if len(args) < 2 or not args[1].isdigit() or not 4 <= len(args[1]) <= 8:
                raise CmeError(50)
            if entered == PUK:
                self.pin = args[1]
                self.pin_retries, self.puk_retries = PIN_TRIES, PUK_TRIES
                self._unlock()
                return []
            self.puk_retries -= 1
            if self.puk_retries == 0:
                self.sim_blocked = True
            raise CmeError(16)
        raise CmeError(3)  # nothing to enter

    def _need_sim_present_for_cpin(self) -> None:
        code = self.sim_code()
        if code == "BUSY" and self.personality.busy_as_not_ready:
            return
        self._need_sim_present()

    def _unlock(self) -> None:
        self.sim_unlocked = True
        self._bring_up_default_bearer()
        self._after += list(self.personality.sim_ready_urcs)
        self._after_delay = 0.05

    def _cpinr(self, kind: str, args: list[str], raw: str) -> list[str]:
        if kind == "test":
            return []
        if kind == "read":
            raise CommandError
        self._need_sim_present()
        rows = [("SIM PIN", self.pin_retries, PIN_TRIES), ("SIM PUK", self.puk_retries, PUK_TRIES),
                ("SIM PIN2", PIN_TRIES, PIN_TRIES), ("SIM PUK2", PUK_TRIES, PUK_TRIES)]
        wanted = args[0].upper() if kind == "set" else ""
        chosen = [r for r in rows if not wanted or fnmatch.fnmatchcase(r[0], wanted)]
        return [self.personality.line("+CPINR", f"{c},{n},{d}") for c, n, d in chosen]

    def _csim(self, kind: str, args: list[str], raw: str) -> list[str]:
        if kind == "test":
            return []
        if kind != "set" or len(args) != 2:
            raise CommandError
        self._need_sim_present()
        apdu = args[1].upper()
        counters = {"0020000100": self.pin_retries, "002C000100": self.puk_retries,
                    "0020008100": PIN_TRIES, "002C008100": PUK_TRIES}
        if apdu not in counters:
            status = "6D00"  # instruction not supported by the simulated card
        elif apdu == "0020000100" and (not self.pin_enabled or self.sim_unlocked):
            status = "9000"  # PIN already verified or disabled
        elif counters[apdu] == 0:
            status = "6983"
        else:
            status = f"63C{counters[apdu]:X}"
        return [self.personality.line("+CSIM", f'4,"{status}"')]

    def _clck(self, kind: str, args: list[str], raw: str) -> list[str]:
        if kind == "test":
            return [self.personality.line("+CLCK", '("SC","P2","PN")')]
        if kind != "set" or len(args) < 2:
            raise CommandError
        facility, mode = args[0].upper(), args[1]
        if facility != "SC":
            if mode == "2":
                return [self.personality.line("+CLCK", "0")]
            raise CmeError(4)
        self._need_sim_ready()
        if mode == "2":
            return [self.personality.line("+CLCK", "1" if self.pin_enabled else "0")]
        if mode not in ("0", "1") or len(args) < 3:
            raise CmeError(50)
        if args[2] != self.pin:
            self.pin_retries -= 1
            if self.pin_retries == 0:
                self.sim_unlocked = False
                self.pin_enabled = True
            raise CmeError(16)
        self.pin_retries = PIN_TRIES
        self.pin_enabled = mode == "1"
        return []

    def _crsm(self, kind: str, args: list[str], raw: str) -> list[str]:
        if kind == "test":
            return []
        if kind != "set":
            raise CommandError
        self._need_sim_present()
        if args[:2] == ["176", "12258"]:
            return [self.personality.line(
                "+CRSM", f'144,0,"{swap_nibbles(self.network.iccid)}"')]
        if args[:2] == ["176", "28589"]:
            # EF_AD (TS 31.102 §4.2.18): the 4th byte's low nibble is the MNC length.
            return [self.personality.line(
                "+CRSM", f'144,0,"000000{len(self.network.mnc):02X}"')]
        return [self.personality.line("+CRSM", "106,130")]  # 6A82: file not found

    def _cimi(self, kind: str, args: list[str], raw: str) -> list[str]:
        if kind == "test":
            return []
        if kind != "exec":
            raise CommandError
        self._need_sim_ready()
        return [self.network.imsi]

    def _cnum(self, kind: str, args: list[str], raw: str) -> list[str]:
        if kind == "test":
            return []
        if kind != "exec":
            raise CommandError
        self._need_sim_ready()
        number = self.network.msisdn
        return [self.personality.line("+CNUM", f'"","{number}",145')]

    def _cfun(self, kind: str, args: list[str], raw: str) -> list[str]:
        if kind == "read":
            return [self.personality.line("+CFUN", str(self.cfun))]
        if kind == "test":
            return [self.personality.line("+CFUN", "(0,1,4),(0-1)")]
        if kind != "set":
            raise CommandError
        value = _int(args[0])
        if value not in (0, 1, 4):
            raise CmeError(50)
        if len(args) > 1 and args[1] == "1":
            # Reset after setting the level: the reply comes, then the boot storm.
            self._power_up()
            self.cfun = value
            self._after += self._boot_urcs()
            self._after_delay = 0.5
            return []
        self.cfun = value
        if value != 1:
            for ctx in self.contexts.values():
                ctx.active = False
        else:
            self._bring_up_default_bearer()
        return []

    def _csq(self) -> tuple[int, int]:
        if self.cfun != 1 or self.signal is None:
            return 99, 99
        return max(0, min(31, round((self.signal.rssi_dbm + 113) / 2))), 99

    def _csq_cmd(self, kind: str, args: list[str], raw: str) -> list[str]:
        if kind == "test":
            return [self.personality.line("+CSQ", "(0-31,99),(0-7,99)")]
        if kind != "exec":
            raise CommandError
        rssi, ber = self._csq()
        return [self.personality.line("+CSQ", f"{rssi},{ber}")]

    def _cesq(self, kind: str, args: list[str], raw: str) -> list[str]:
        if kind == "test":
            return [self.personality.line(
                "+CESQ", "(0-63,99),(0-7,99),(0-96,255),(0-49,255),(0-34,255),(0-97,255)")]
        if kind != "exec":
            raise CommandError
        if self.cfun != 1 or self.signal is None:
            return [self.personality.line("+CESQ", "99,99,255,255,255,255")]
        rsrq = max(0, min(34, round((self.signal.rsrq_db + 20) * 2)))
        rsrp = max(0, min(97, round(self.signal.rsrp_dbm + 141)))
        return [self.personality.line("+CESQ", f"99,99,255,255,{rsrq},{rsrp}")]

    def _hcsq(self, kind: str, args: list[str], raw: str) -> list[str]:
        if kind != "read":
            raise CommandError
        s = self.signal
        if self.cfun != 1 or s is None:
            return [self.personality.line("^HCSQ", '"NOSERVICE"')]
        # Huawei ME909s/MU709 manuals: value x stands for the range starting at
        # rssi -121+x dBm, rsrp -141+x dBm, sinr -20.2+0.2x dB, rsrq -20+0.5x dB.
        rssi = max(0, min(96, round(s.rssi_dbm + 121)))
        rsrp = max(0, min(97, round(s.rsrp_dbm + 141)))
        sinr = max(0, min(251, round((s.sinr_db + 20.2) * 5)))
        rsrq = max(0, min(34, round((s.rsrq_db + 20) * 2)))
        return [self.personality.line("^HCSQ", f'"LTE",{rssi},{rsrp},{sinr},{rsrq}')]

    def _qcsq(self, kind: str, args: list[str], raw: str) -> list[str]:
        if kind != "exec":
            raise CommandError
        s = self.signal
        if self.cfun != 1 or s is None:
            return [self.personality.line("+QCSQ", '"NOSERVICE"')]
        sinr = max(0, min(250, round((s.sinr_db + 20) * 5)))  # 1/5 dB steps from -20 dB
        return [self.personality.line(
            "+QCSQ", f'"LTE",{round(s.rssi_dbm)},{round(s.rsrp_dbm)},{sinr},{round(s.rsrq_db)}')]

    # --- registration

    def _reg_body(self, domain: str, n: int) -> str:
        stat = self.reg_stat(domain)
        fields = [str(stat)]
        cell_known = stat in (1, 3, 5) and self.signal is not None
        if n >= 2 and cell_known:
            fields += [f'"{CELL_AREA}"', f'"{CELL_ID}"', str(ACT_LTE)]
            cause = self._reject_for(domain)
            if n in (3, 5) and cause is not None:
                if domain == "+CGREG":
                    fields.append("")  # <rac> comes before the cause pair
                fields += ["0", str(cause)]
        return ",".join(fields)

    def _reg_urcs(self, before: dict[str, int]) -> list[str]:
        lines = []
        for domain, n in self.reg_n.items():
            if n > 0 and self.reg_stat(domain) != before.get(domain):
                lines.append(self.personality.line(domain, self._reg_body(domain, n)))
        return lines

    def _registration(self, domain: str, kind: str, args: list[str]) -> list[str]:
        if kind == "test":
            return [self.personality.line(domain, "(0-5)")]
        if kind == "read":
            n = self.reg_n[domain]
            return [self.personality.line(domain, f"{n},{self._reg_body(domain, n)}")]
        if kind == "set":
            value = _int(args[0] or "0")
            if not 0 <= value <= 5:
                raise CmeError(50)
            self.reg_n[domain] = value
            return []
        raise CommandError

    def _creg(self, kind: str, args: list[str], raw: str) -> list[str]:
        return self._registration("+CREG", kind, args)

    def _cgreg(self, kind: str, args: list[str], raw: str) -> list[str]:
        return self._registration("+CGREG", kind, args)

    def _cereg(self, kind: str, args: list[str], raw: str) -> list[str]:
        return self._registration("+CEREG", kind, args)

    def _c5greg(self, kind: str, args: list[str], raw: str) -> list[str]:
        return self._registration("+C5GREG", kind, args)

    def _text(self, value: str) -> str:
        return _ucs2(value) if self.cscs == "UCS2" else value

    def _cops(self, kind: str, args: list[str], raw: str) -> list[str]:
        p = self.personality
        mcc, mnc, long_name, short_name = self._serving()
        if kind == "read":
            if not self._registered("+CREG") and not (
                    self.scenario.roaming and self._camped()):
                return [p.line("+COPS", str(self.cops_mode))]
            name = [self._text(long_name), self._text(short_name), mcc + mnc][self.cops_format]
            return [p.line("+COPS", f'{self.cops_mode},{self.cops_format},"{name}",{ACT_LTE}')]
        if kind == "test":
            if self.cfun != 1:
                raise CmeError(3)
            self._extra_delay = self.config.scan_seconds  # a network scan takes long
            if self.signal is None:
                return [p.line("+COPS", ",,(0-4),(0-2)")]
            home = self.network
            visited = home.visited
            status = 1 if self.scenario.roaming else 2
            entries = [f'({status},"{home.long_name}","{home.short_name}","{home.numeric}",7)',
                       f'(1,"{visited[2]}","{visited[3]}","{visited[0]}{visited[1]}",7)']
            return [p.line("+COPS", ",".join(entries) + ",,(0-4),(0-2)")]
        if kind != "set":
            raise CommandError
        mode = _int(args[0] or "0")
        if mode == 3:
            self.cops_format = _int(args[1]) if len(args) > 1 and args[1] else 0
            if self.cops_format not in (0, 1, 2):
                raise CmeError(50)
            return []
        if mode not in (0, 1, 2, 4):
            raise CmeError(50)
        if mode == 2:
            self.cops_mode = 2
            for ctx in self.contexts.values():
                ctx.active = False
            return []
        if mode in (1, 4):
            wanted = args[2] if len(args) > 2 else ""
            if wanted not in (self.network.numeric, self.network.long_name,
                              self.network.short_name) and mode == 1:
                raise CmeError(32 if self.signal else 30)
        self.cops_mode = 0
        self._bring_up_default_bearer()
        return []

    def _cscs(self, kind: str, args: list[str], raw: str) -> list[str]:
        if kind == "read":
            return [self.personality.line("+CSCS", f'"{self.cscs}"')]
        if kind == "test":
            return [self.personality.line("+CSCS", '("IRA","GSM","UCS2")')]
        if kind != "set":
            raise CommandError
        value = args[0].upper()
        if value not in ("IRA", "GSM", "UCS2"):
            raise CmeError(50)
        self.cscs = value
        return []

    # --- packet domain

    def _cgdcont(self, kind: str, args: list[str], raw: str) -> list[str]:
        p = self.personality
        if kind == "read":
            return [p.line("+CGDCONT", f'{cid},"{c.pdp_type}","{c.apn}","0.0.0.0",0,0')
                    for cid, c in sorted(self.contexts.items())]
        if kind == "test":
            return [p.line("+CGDCONT", f'(1-16),"{t}",,,(0-2),(0-4)')
                    for t in ("IP", "IPV6", "IPV4V6")]
        if kind != "set":
            raise CommandError
        cid = _int(args[0])
        if not 1 <= cid <= 16:
            raise CmeError(50)
        if len(args) == 1:
            self.contexts.pop(cid, None)
            return []
        pdp_type = args[1].upper() or "IP"
        if pdp_type not in ("IP", "IPV6", "IPV4V6", "PPP", "NON-IP"):
            raise CmeError(50)
        apn = args[2] if len(args) > 2 else ""
        old = self.contexts.get(cid)
        self.contexts[cid] = _Context(pdp_type, apn, False,
                                      old.user if old else "", old.password if old else "")
        return []

    def _set_auth(self, cid: int, user: str, password: str) -> None:
        ctx = self.contexts.setdefault(cid, _Context("IP", ""))
        ctx.user, ctx.password = user, password

    def _cgauth(self, kind: str, args: list[str], raw: str) -> list[str]:
        p = self.personality
        if kind == "read":
            return [p.line("+CGAUTH", f'{cid},{1 if c.user else 0},"{c.user}",""')
                    for cid, c in sorted(self.contexts.items())]
        if kind == "test":
            return [p.line("+CGAUTH", "(1-16),(0-2),,")]
        if kind != "set":
            raise CommandError
        cid = _int(args[0])
        protocol = args[1] if len(args) > 1 else "0"
        user = args[2] if len(args) > 2 else ""
        password = args[3] if len(args) > 3 else ""
        self._set_auth(cid, user if protocol != "0" else "", password if protocol != "0" else "")
        return []

    def _qicsgp(self, kind: str, args: list[str], raw: str) -> list[str]:
        # Quectel: AT+QICSGP=<contextID>[,<type>,<APN>,<user>,<pass>,<auth>]
        if kind != "set":
            raise CommandError
        cid = _int(args[0])
        if len(args) == 1:
            c = self.contexts.get(cid, _Context("IP", ""))
            return [self.personality.line("+QICSGP", f'1,"{c.apn}","{c.user}","",0')]
        apn = args[2] if len(args) > 2 else ""
        self.contexts.setdefault(cid, _Context("IP", apn)).apn = apn
        self._set_auth(cid, args[3] if len(args) > 3 else "", args[4] if len(args) > 4 else "")
        return []

    def _authdata(self, kind: str, args: list[str], raw: str) -> list[str]:
        # Huawei: AT^AUTHDATA=<cid>,<auth_type>,<PLMN>,<passwd>,<username>
        if kind != "set":
            raise CommandError
        cid = _int(args[0])
        self._set_auth(cid, args[4] if len(args) > 4 else "", args[3] if len(args) > 3 else "")
        return []

    def _cgatt(self, kind: str, args: list[str], raw: str) -> list[str]:
        if kind == "read":
            return [self.personality.line("+CGATT", "1" if self._registered("+CEREG") else "0")]
        if kind == "test":
            return [self.personality.line("+CGATT", "(0,1)")]
        if kind != "set":
            raise CommandError
        if args[0] == "0":
            self.ps_detached = True
            for ctx in self.contexts.values():
                ctx.active = False
            return []
        if args[0] != "1":
            raise CmeError(50)
        self.ps_detached = False
        if self.attach_cause is not None and self._registered("+CREG"):
            self.last_error = ("EMM attach reject", self.attach_cause)
            raise CmeError(100 + self.attach_cause)
        if not self._registered("+CEREG"):
            raise CmeError(30)
        self._bring_up_default_bearer()
        return []

    def _cgact(self, kind: str, args: list[str], raw: str) -> list[str]:
        p = self.personality
        if kind == "read":
            return [p.line("+CGACT", f"{cid},{1 if c.active else 0}")
                    for cid, c in sorted(self.contexts.items())]
        if kind == "test":
            return [p.line("+CGACT", "(0,1)")]
        if kind != "set":
            raise CommandError
        state = args[0]
        cids = [_int(a) for a in args[1:] if a] or sorted(self.contexts)
        if state == "0":
            for cid in cids:
                if cid in self.contexts:
                    self.contexts[cid].active = False
            return []
        if state != "1":
            raise CmeError(50)
        self._need_sim_ready()
        for cid in cids:
            if cid not in self.contexts:
                raise CmeError(50)
            if not self._registered("+CEREG"):
                if self.attach_cause is not None and self._registered("+CREG"):
                    self.last_error = ("EMM attach reject", self.attach_cause)
                    raise CmeError(100 + self.attach_cause)
                raise CmeError(30)
            cause = self._activation_cause(cid)
            if cause is not None:
                self.last_error = ("SM activation error", cause)
                raise CmeError(SESSION_CAUSE_CME.get(cause, 100 + cause))
            self.contexts[cid].active = True
            self.last_error = None
        return []

    def _cgpaddr(self, kind: str, args: list[str], raw: str) -> list[str]:
        if kind == "test":
            return [self.personality.line("+CGPADDR", "(1-16)")]
        if kind == "read":
            raise CommandError
        cids = [_int(a) for a in args if a] or sorted(self.contexts)
        lines = []
        for cid in cids:
            ctx = self.contexts.get(cid)
            if ctx is None:
                continue
            address = f'"10.64.{cid}.17"' if ctx.active else '"0.0.0.0"'
            lines.append(self.personality.line("+CGPADDR", f"{cid},{address}"))
        return lines

    def _ceer(self, kind: str, args: list[str], raw: str) -> list[str]:
        if kind == "test":
            return []
        if kind != "exec":
            raise CommandError
        p = self.personality
        if self.last_error is None:
            return [p.line("+CEER", p.ceer_none)]
        category, cause = self.last_error
        texts = SESSION_CAUSE_TEXT if category.startswith("SM") else CAUSE_TEXT
        text = texts.get(cause, f"cause {cause}")
        if p.ceer_style == "category":
            # Sierra HL reports session causes as 100 + cause ("SM activation error",133,...)
            # but mobility causes bare ("EMM reject",19,...).
            number = 100 + cause if p.name == "sierra" and category.startswith("SM") else cause
            return [p.line("+CEER", f'"{category}",{number},"{text}"')]
        return [p.line("+CEER", text)]

    # --- USSD

    def _cusd(self, kind: str, args: list[str], raw: str) -> list[str]:
        p = self.personality
        if kind == "read":
            return [p.line("+CUSD", "1")]
        if kind == "test":
            return [p.line("+CUSD", "(0-2)")]
        if kind != "set":
            raise CommandError
        mode = args[0] or "0"
        if mode == "2":
            self.ussd_menu = None
            return []
        if mode not in ("0", "1") or len(args) < 2:
            return []
        self._need_sim_ready()
        if not self._registered("+CREG"):
            raise CmeError(30)
        code = args[1]
        if self.cscs == "UCS2":
            code = _from_ucs2(code)
        status, text = self._ussd_answer(code.strip())
        dcs = 72 if self.cscs == "UCS2" else 15
        body = f'{status},"{self._text(text)}",{dcs}' if text else str(status)
        self._after.append(p.line("+CUSD", body))
        self._after_delay = self.config.ussd_seconds
        return []

    def _ussd_answer(self, code: str) -> tuple[int, str]:
        """(status, text) of the network's answer; status 1 = a menu awaits an answer."""
        n = self.network
        money = f"{self.balance:.2f} {n.currency}"
        if self.ussd_menu == "main":
            self.ussd_menu = None
            if code == "1":
                return 0, f"Your balance is {money}."
            if code == "2":
                self.ussd_menu = "plans"
                return 1, "1 1GB 30 days 10.00\n2 5GB 30 days 30.00\n0 Back"
            if code == "3":
                return 0, f"To top up dial {n.topup_prefix}VOUCHER#"
            return 0, "Invalid choice."
        if self.ussd_menu == "plans":
            self.ussd_menu = None
            return 0, "Your request is being processed. You will receive an SMS."
        if code == "*100#":
            return 0, f"Your balance is {money}. Valid until 2026-12-31."
        if code == "*111#":
            self.ussd_menu = "main"
            return 1, "1 Balance\n2 Data plans\n3 Top up"
        top_up = re.fullmatch(r"\*(10[0-9])\*(\d+)#", code)
        if top_up and "*" + top_up.group(1) + "*" == n.topup_prefix:
            voucher = top_up.group(2)
            if len(voucher) < 12:
                return 0, "Invalid voucher number."
            self.balance += 50.0
            return 0, f"Top-up of 50.00 {n.currency} successful. New balance " \
                      f"{self.balance:.2f} {n.currency}."
        return 4, ""  # operation not supported

    # --- SMS (text mode)

    def _cmgf(self, kind: str, args: list[str], raw: str) -> list[str]:
        if kind == "read":
            return [self.personality.line("+CMGF", str(self.cmgf))]
        if kind == "test":
            return [self.personality.line("+CMGF", "(0-1)")]
        if kind != "set" or args[0] not in ("0", "1"):
            raise CmeError(50)
        self.cmgf = int(args[0])
        return []

    def _cpms(self, kind: str, args: list[str], raw: str) -> list[str]:
        self._need_sim_ready()
        used = len(self.sms)
        if kind == "test":
            return [self.personality.line("+CPMS", '("SM"),("SM"),("SM")')]
        if kind == "read":
            return [self.personality.line(
                "+CPMS", f'"SM",{used},20,"SM",{used},20,"SM",{used},20')]
        if kind == "set":
            return [self.personality.line("+CPMS", f"{used},20,{used},20,{used},20")]
        raise CommandError

    def _cmgl(self, kind: str, args: list[str], raw: str) -> list[str]:
        self._need_sim_ready()
        if self.cmgf != 1:
            raise CmeError(4)  # PDU mode is not simulated
        if kind == "test":
            return [self.personality.line("+CMGL", '("REC UNREAD","REC READ","ALL")')]
        wanted = args[0].upper() if kind == "set" else "REC UNREAD"
        lines = []
        for index, (status, sender, stamp, text) in enumerate(self.sms, start=1):
            if wanted in ("ALL", status):
                lines.append(self.personality.line(
                    "+CMGL", f'{index},"{status}","{sender}",,"{stamp}"'))
                lines.append(text)
        return lines

    def _cmgr(self, kind: str, args: list[str], raw: str) -> list[str]:
        self._need_sim_ready()
        if kind == "test":
            return []
        if kind != "set":
            raise CommandError
        if self.cmgf != 1:
            raise CmeError(4)
        index = _int(args[0])
        if not 1 <= index <= len(self.sms):
            raise CmeError(21)
        status, sender, stamp, text = self.sms[index - 1]
        self.sms[index - 1] = ("REC READ", sender, stamp, text)
        return [self.personality.line("+CMGR", f'"{status}","{sender}",,"{stamp}"'), text]

    _HANDLERS: dict[str, Callable[[Modem, str, list[str], str], list[str]]] = {
        "+CGMI": _cgmi, "+GMI": _cgmi, "+CGMM": _cgmm, "+GMM": _cgmm,
        "+CGMR": _cgmr, "+GMR": _cgmr, "+CGSN": _cgsn, "+GSN": _cgsn,
        "+CMEE": _cmee, "+CPIN": _cpin, "+CPINR": _cpinr, "+CSIM": _csim, "+CLCK": _clck,
        "+CRSM": _crsm, "+CIMI": _cimi, "+CNUM": _cnum, "+CFUN": _cfun, "+CSQ": _csq_cmd,
        "+CESQ": _cesq, "+CREG": _creg, "+CGREG": _cgreg, "+CEREG": _cereg,
        "+C5GREG": _c5greg, "+COPS": _cops, "+CSCS": _cscs, "+CGDCONT": _cgdcont,
        "+CGAUTH": _cgauth, "+CGATT": _cgatt, "+CGACT": _cgact, "+CGPADDR": _cgpaddr,
        "+CEER": _ceer, "+CUSD": _cusd, "+CMGF": _cmgf, "+CPMS": _cpms, "+CMGL": _cmgl,
        "+CMGR": _cmgr,
        # vendor extras, answered only by personalities that list them
        "^HCSQ": _hcsq, "+QCSQ": _qcsq, "+QICSGP": _qicsgp, "^AUTHDATA": _authdata,
    }
    _STANDARD = frozenset(n for n in _HANDLERS if n not in
                          ("^HCSQ", "+QCSQ", "+QICSGP", "^AUTHDATA"))
