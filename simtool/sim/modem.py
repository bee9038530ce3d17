"""The simulated modem: a stateful AT interpreter (pure logic, no I/O).

`Modem.command(line)` takes one command line as the host typed it (without the CR) and
returns the reply as timed chunks; the port layer (link.py) turns them into bytes on a
port. World actions (`insert_sim`, `set_signal`, `fix`, `unplug`, ...) change the simulated
world from outside and push unsolicited result codes to whoever listens.

Behaviour follows 3GPP TS 27.007 and the vendors' manuals; the vendor differences are data
in personalities.py, the starting faults in scenarios.py. This module holds the world and
the line interpreter (splitting, basic commands, dispatch, formatting, flaky replies); the
extended commands are answered by one module per family in simtool.sim.commands.

Forced behaviours (Config, any scenario), for tests of AT clients:
- `busy_replies=N`: the SIM answers its first N reads as still initialising (+CME ERROR: 14,
  or the vendor's "+CPIN: NOT READY"), then it is ready and says so by URC;
- `interleave=creg,cereg,ring,rssi`: those URCs are slipped between the first and second
  information lines of every reply with two or more (not a URC whose prefix the command
  line asks for: no host could tell it from the answer);
- `no_final=CSQ,COPS`: replies to command lines holding these extended commands (named
  without their +/^ prefix) keep their information lines but never get a final result code;
- `refuse=CGMI,CGDCONT=`: those extended commands (named without their prefix) are refused
  with a plain ERROR, as by firmware that lacks or rejects them: a name alone in every form,
  a name ending in "=" only in its set form (AT+CGDCONT=1,"IP","x" refused, AT+CGDCONT?
  answered). On a chained line the commands before it run, the ones after it do not.
- `timescale=F`: the delays of results sent after OK (timed URCs, the TCP/IP stacks'
  probes) and of slow replies, times F (tests that run often use 0.01).
"""

from __future__ import annotations

import random
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace

# The command families' merged tables, and what the Modem shares with the families (these
# names stay importable from here, where they were defined before the split).
from simtool.sim.commands import HANDLERS, VENDOR_ONLY
from simtool.sim.commands.base import (
    ACT_LTE,
    CELL_AREA,
    CELL_ID,
    PIN,
    PIN_TRIES,
    PUK_TRIES,
    CmeError,
    CmsError,
    CommandError,
    Context,
    ucs2,
)

# Moved to the one family that uses them; re-exported for callers that import them here.
from simtool.sim.commands.base import PUK as PUK
from simtool.sim.commands.identity import luhn_complete as luhn_complete
from simtool.sim.commands.packet import CAUSE_TEXT as CAUSE_TEXT
from simtool.sim.commands.packet import SESSION_CAUSE_CME as SESSION_CAUSE_CME
from simtool.sim.commands.packet import SESSION_CAUSE_TEXT as SESSION_CAUSE_TEXT
from simtool.sim.commands.sim_card import swap_nibbles as swap_nibbles
from simtool.sim.commands.sms import SmsEntry, SmsSlot, deliver_due, finish_entry, store_sms

# Config and its parsers live in the light config module (a sim:// port opens without this
# one); re-exported here for callers that build modems.
from simtool.sim.config import INTERLEAVE_URCS as INTERLEAVE_URCS
from simtool.sim.config import Config as Config
from simtool.sim.config import parse_command_list as parse_command_list
from simtool.sim.config import parse_interleave as parse_interleave
from simtool.sim.euicc import Card, build_card
from simtool.sim.personalities import Personality, Retries, personality
from simtool.sim.scenarios import HEALTHY, TEST_NETWORK, Network, Scenario, network, scenario
from simtool.sim.traffic import Traffic

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

_BASIC = re.compile(r"(&[A-Z]|[A-Z])(\d*)")
_EXTENDED = re.compile(r"([+^#!*%$][A-Z0-9]+)(=\?|\?|=.*)?$", re.DOTALL | re.IGNORECASE)


def days_before_now(days: float) -> str:
    """The wall-clock time `days` before now in China (UTC+8), ISO 8601: operator notices
    are dated relative to the check, so "recent" stays recent."""
    from datetime import datetime, timedelta, timezone

    china = timezone(timedelta(hours=8))
    return (datetime.now(china) - timedelta(days=days)).replace(microsecond=0).isoformat()


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
        if self.config.mode is not None or self.config.bind is not None:
            from simtool.sim.scenarios import with_knobs

            base = with_knobs(base, self.config.mode, self.config.bind)
        if self.config.cause is not None:
            from simtool.sim.scenarios import with_cause

            base = with_cause(base, self.config.cause)
        self.scenario: Scenario = base
        self.personality: Personality = personality(self.config.vendor)
        # A test profile enabled: the modem sees the lab network's SIM (reference/esim.md §11).
        self.network: Network = (TEST_NETWORK if base.esim == "test-only"
                                 else network(self.config.operator))
        self._clock = clock
        self._lock = threading.RLock()
        self._listeners: list[Listener] = []
        self._rng = random.Random(self.config.seed)
        self.plugged = True
        self._commands_seen = 0
        self._rebooted = False
        self._after: list[str] = []      # URCs that follow the reply being built
        self._after_delay = 0.0
        self.busy_replies_left = max(0, self.config.busy_replies)
        self._answered_busy = False
        self.balance = self.network.balance
        self._set_world_from_scenario()
        self._power_up(powered_at)

    # ---------------------------------------------------------------- state setup

    def _set_world_from_scenario(self) -> None:
        s = self.scenario
        self.sim_present = s.sim != "absent"
        # The card in the slot: an eUICC with no profile enabled is there, though the modem
        # sees no SIM; its ISD-R still answers on a logical channel.
        kind = s.esim or ("enabled" if self.config.esim and self.sim_present else None)
        self.card: Card = build_card(kind, self.network.iccid, self.network.long_name,
                                     self.network.short_name)
        self.card_in_slot = self.sim_present or self.card.euicc
        self.channel_sessions: dict[str, int] = {}   # +CCHO session id -> card channel
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
        self.contexts: dict[int, Context] = {
            1: Context("IP", s.wrong_apn or self.network.apn)}
        self.last_error: tuple[str, int] | None = None  # (category, 3GPP cause) for +CEER
        self.traffic = Traffic(s.traffic)
        self.sms: list[SmsSlot | None] = []     # the SIM's store ("SM"); None: a free slot
        self.sms_me: list[SmsSlot | None] = []  # the modem's own memory ("ME")
        # +CPMS <mem1> (read, delete), <mem2> (write, send), <mem3> (where received SMS go):
        # the personality's store unless the configuration says where received ones go.
        storage = self.personality.sms_storage
        self.cpms: list[str] = [storage, storage, self.config.sms_store or storage]
        # The operator service's answers on their way: (due time, sender, text).
        self.sms_pending: list[tuple[float, str, str]] = []
        self.sms_sent = 0                            # +CMGS message references used
        self.sms_reference = 0                       # concatenation references used
        if self.config.inbox == "none":
            return
        inbox = self.sms_slots(storage)
        store_sms(inbox, "10086",
                  f"Your balance is {self.network.balance:.2f} {self.network.currency}.",
                  "2026-11-20T09:15:02+08:00", status="REC READ")
        store_sms(inbox, "10086", "Your data plan expires soon. Top up with "
                  f"{self.network.topup_prefix}VOUCHER#.", "2026-11-21T18:40:11+08:00",
                  status="REC READ" if self.config.inbox == "read" else "REC UNREAD")
        for number, (sender, text, days_ago, status) in enumerate(s.notices, start=1):
            store_sms(inbox, sender, text, days_before_now(days_ago), reference=number,
                      status="REC READ" if self.config.inbox == "read" else status)

    def sms_slots(self, store: str) -> list[SmsSlot | None]:
        """The slots of message store `store` ("SM" or "ME")."""
        return self.sms_me if store == "ME" else self.sms

    def _power_up(self, at: float | None = None) -> None:
        """Volatile state after power-up or reset (what ATZ/reboot loses); `at` is when
        the power came on, if not now."""
        self.echo = True
        self.verbose = True
        self.cmee = 0
        self.cscs = "GSM"
        self.cmgf = 0
        self.cnmi: tuple[int, ...] = (2, 1, 0, 0, 0)    # +CMTI on new messages (common default)
        self.sms_entry: SmsEntry | None = None          # a +CMGS waiting for its text
        self.reg_n = {"+CREG": 0, "+CGREG": 0, "+CEREG": 0, "+C5GREG": 0}
        self.cops_format = 0
        self.cops_mode = 0
        self.manual_plmn: str | None = None     # the network chosen by hand (+COPS=1)
        self.cfun = self.scenario.cfun
        self.ps_detached = False
        self.ussd_menu: str | None = None
        # A reset closes every logical channel.
        self.card.channels.clear()
        self.card.pending.clear()
        self.channel_sessions = {}
        self.tcpip: object | None = None          # commands/tcpip.Stack, made when used
        self._raw: tuple[int, bytearray, Callable[[bytes], list[str]]] | None = None
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

    def clock(self) -> float:
        """The modem's clock (monotonic seconds), for the command families."""
        return self._clock()

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
        return n.visited if self.roaming_now() else (n.mcc, n.mnc, n.long_name, n.short_name)

    def roaming_now(self) -> bool:
        """On the visited network: the roaming scenarios, unless the user chose the home
        network by hand (it is in reach there, only not the modem's automatic choice)."""
        return self.scenario.roaming and self.manual_plmn != self.network.numeric

    def _reject_applies(self) -> bool:
        """A roaming refusal is the visited network's; on the home network it does not hold."""
        return self.reject_cause is not None and (self.roaming_now()
                                                  or not self.scenario.roaming)

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
        if self._reject_applies():
            return 3
        if domain != "+CREG":
            if self.ps_detached:
                return 0
            if self.attach_cause is not None:
                return 3
        return 5 if self.roaming_now() else 1

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
            self.sim_present = self.card_in_slot = True
            self.sim_failed = False
            return list(self.personality.sim_ready_urcs) if self._sim_ready() else [
                self.personality.line("+CPIN", self.sim_code())]
        self._world(act)

    def remove_sim(self) -> None:
        def act() -> list[str]:
            if not self.sim_present and not self.card_in_slot:
                return []
            self.sim_present = self.card_in_slot = False
            self.card.channels.clear()
            self.channel_sessions = {}
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
            if self.card.euicc:
                # The user enabled the profile bought for this network (with an LPA).
                self.network = network(self.config.operator)
                self.card.profiles = build_card(
                    "enabled", self.network.iccid, self.network.long_name,
                    self.network.short_name).profiles
            self.card_in_slot = True
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
            self.traffic = Traffic("passes")
            self.cfun = 1
            self.ps_detached = False
            self.contexts.setdefault(1, Context("IP", self.network.apn)).apn = self.network.apn
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
            deliver_due(self)
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
            if self.sms_entry is not None and final == "OK":
                # +CMGS waits for the message: the prompt instead of a result (27.005 §3.5.1).
                return Reply([Chunk(extra_delay, self._format(lines, "")
                                    + b"\r\n> ")])
            if self.config.no_final and set(command_names(text)) & {
                    name.upper() for name in self.config.no_final}:
                final = ""
            extra_delay *= self.config.timescale
            reply = Reply([Chunk(extra_delay, self._format(lines, final))])
            if urcs:
                reply.chunks.append(Chunk(extra_delay + self._after_delay,
                                          self._urc_bytes(urcs)))
            for delay, timed in self._timed:
                reply.chunks.append(Chunk(extra_delay + delay * self.config.timescale,
                                          self._urc_bytes(timed)))
            if self.flaky:
                reply = self._flake(reply)
            return reply

    @property
    def awaiting_text(self) -> bool:
        """A +CMGS prompt is open: the port's next bytes up to Ctrl-Z (send) or ESC
        (cancel) are the message, not commands."""
        return self.sms_entry is not None

    def text_input(self, text: str, send: bool) -> Reply:
        """The message typed after the "> " prompt, ended by Ctrl-Z (`send`) or ESC."""
        with self._lock:
            self._after = []
            self._after_delay = 0.0
            lines, final = finish_entry(self, text, send)
            if final.startswith("+CMS") and not self.cmee:
                final = "ERROR"
            reply = Reply([Chunk(0.0, self._format(lines, final))])
            if self._after:
                reply.chunks.append(Chunk(self._after_delay, self._urc_bytes(self._after)))
            return reply

    # ---------------------------------------------------------------- raw data entry
    # After CONNECT some commands take bytes rather than a command line (Quectel
    # +QHTTPURL: exactly <length> bytes, then OK). The port layer asks raw_wanted().

    def expect_raw(self, count: int, entered: Callable[[bytes], list[str]]) -> None:
        self._raw = (count, bytearray(), entered)

    def raw_wanted(self) -> int:
        with self._lock:
            return self._raw[0] - len(self._raw[1]) if self._raw else 0

    def raw_input(self, data: bytes) -> Reply | None:
        """Take raw bytes; the reply (information lines and OK) once all have come."""
        with self._lock:
            if self._raw is None:
                return None
            count, got, entered = self._raw
            got.extend(data)
            if len(got) < count:
                return None
            self._raw = None
            return Reply([Chunk(0.0, self._format(entered(bytes(got)), "OK"))])

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
        self._after = []
        self._after_delay = 0.0
        self._timed: list[tuple[float, list[str]]] = []   # URCs at their own delays
        self._final: str | None = None      # a handler's final result (CONNECT...)
        lines: list[str] = []
        try:
            for index, part in enumerate(_split_commands(rest)):
                if index == 0 and part[:1].upper() not in "+^#!*%$" or part == "":
                    lines += self._basic(part)
                else:
                    lines += self._extended(part)
        except CmeError as error:
            return lines, self._cme(error.code), self._extra_delay, self._after
        except CmsError as error:
            final = f"+CMS ERROR: {error.code}" if self.cmee else "ERROR"
            return lines, final, self._extra_delay, self._after
        except CommandError:
            return lines, "ERROR", self._extra_delay, self._after
        return lines, self._final or "OK", self._extra_delay, self._after

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
                lines += list(p.ati_lines) if p.ati_lines is not None else [
                    p.manufacturer, p.model, f"Revision: {p.revision}"]
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
        refused = self.config.refuse
        if refused and (name[1:] in refused or (
                suffix.startswith("=") and suffix != "=?" and f"{name[1:]}=" in refused)):
            raise CommandError      # the `refuse` forced behaviour (module docstring)
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
        handler = HANDLERS.get(name)
        if handler is None or (name in VENDOR_ONLY and name not in p.extra_commands):
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

    # ---------------------------------------------------------------- for the families
    # Preconditions and views the command families (simtool.sim.commands) share.

    def _need_sim_present(self) -> None:
        code = self.sim_code()
        if code == "ABSENT":
            raise CmeError(10)
        if code == "FAILURE":
            raise CmeError(13)
        if code == "BUSY":
            self._answered_busy = True
            raise CmeError(14)

    def _need_card(self) -> None:
        """A card is in the slot and answers APDUs (an eUICC with nothing enabled does)."""
        if not self.card_in_slot:
            raise CmeError(10)
        if self.sim_failed or self.sim_blocked:
            raise CmeError(13)
        if self._sim_busy():
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

    def _csq(self) -> tuple[int, int]:
        if self.cfun != 1 or self.signal is None:
            return 99, 99
        return max(0, min(31, round((self.signal.rssi_dbm + 113) / 2))), 99

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

    def _text(self, value: str) -> str:
        return ucs2(value) if self.cscs == "UCS2" else value
