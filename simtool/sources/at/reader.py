"""Read everything the checklist needs from a modem, with as few round trips as possible.

Reads are chained on one command line where the commands are independent
(`AT+CGMI;+CGMM;+CGMR;+CGSN`), and the reply lines are given back to each command by
their prefix. When a chained line fails part-way, the commands whose answers are missing
are re-sent one by one, so an unsupported command costs one extra round trip, never a
fact. Nothing here changes the modem's service. The settings sent are reporting formats:
+CMEE=1 (errors as +CME numbers, the 3GPP default being a bare ERROR), a format every AT
client sets, riding on the identity line; and, each put back to the modem's own value in the
same command line (and again on its own if that line fails), +COPS=3,2 to read the serving
network's code and +CxREG=3 to read a reject cause.

Unparseable replies become notes in `facts.notes`; only Cancelled and port errors
propagate (the runner turns port errors into an unreachable report).

Signal quality (facts.signal.quality) is rated by simtool.quality.signal_quality.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Sequence
from typing import NamedTuple, TypeVar

from simtool.at.framing import is_refusal
from simtool.at.parsers import ceer as ceer_parser
from simtool.at.parsers.common import Unparsed, after_prefix
from simtool.at.parsers.identity import parse_ati, parse_cgmi, parse_cgmm, parse_cgmr, parse_cgsn
from simtool.at.parsers.operator import parse_cops, parse_cscs
from simtool.at.parsers.packet import parse_cgact, parse_cgatt, parse_cgdcont
from simtool.at.parsers.radio import parse_cfun
from simtool.at.parsers.registration import (
    RegStatus,
    is_solicited_shape,
    parse_c5greg,
    parse_cereg,
    parse_cgreg,
    parse_creg,
    to_domain,
)
from simtool.at.parsers.retries import Retries, parse_cpinr
from simtool.at.parsers.signal import parse_cesq, parse_csq
from simtool.at.parsers.sim import (
    parse_cimi,
    parse_cnum,
    parse_cpin,
    parse_crsm_mnc_length,
    sim_state_from_cme,
    split_imsi,
)
from simtool.at.session import AtResponse, AtSession, Cancelled, stalled_remedy
from simtool.facts import Facts, PdpContext, current_act, overall_state
from simtool.i18n import tr
from simtool.quality import signal_quality
from simtool.sources.at.esim import Chained, EuiccProbe
from simtool.sources.at.first_lines import IDENTITY_LINE, RADIO_SIM_LINE
from simtool.sources.at.notices import Store, parse_store, read_notices
from simtool.transport.errors import PortSilent, PortStalled
from simtool.vendors import detect
from simtool.vendors.base import Vendor

Progress = Callable[[str, str], None]
T = TypeVar("T")

SIM_POLL_INTERVAL = 2.0     # seconds between +CPIN? reads while the SIM initialises
# Right after a modem starts, +CME ERROR: 10 (no SIM) can come a few times before the SIM
# is up (the power-up race): after start-up reports the SIM is re-read for this long; with
# none, once, a second later, before "no SIM" is believed.
POWER_UP_WAIT = 10.0
NO_SIM_CONFIRM = 1.0
# A plain ERROR (no +CME code) may also mean "no SIM" on a modem with +CMEE=0, so it is
# re-read for a shorter time, like ModemManager (7 tries, 2 s apart).
PLAIN_ERROR_WAIT = 14.0
CPIN_TIMEOUT = 10.0

_LOCKED = ("pin-required", "puk-required")
_NO_SIM_READS = ("not-inserted", "failure", "wrong", "busy")   # the SIM does not answer
_EF_AD = "+CRSM=176,28589,0,0,4"      # administrative data: MNC length (TS 31.102 §4.2.18)


class Read(NamedTuple):
    """What one command (alone or inside a chained line) answered."""

    command: str
    ok: bool
    text: str                   # its information lines, joined with "\n"
    code: int | None = None     # +CME number when it failed with one
    final: str | None = None    # the final line when it failed ("ERROR", "+CME ERROR: 10")


class Item(NamedTuple):
    """One command of a chained read: its text after "AT" and the prefix of its lines."""

    command: str                # "+CPIN?"
    prefix: str | None          # "+CPIN"; None = bare lines (IMSI, some ICCID replies)
    may_be_empty: bool = False  # a success may have no lines (+CNUM, +CGDCONT? ...)


def prefix_of(command: str) -> str:
    """'AT^HCSQ?' -> '^HCSQ'; '+CPIN?' -> '+CPIN'."""
    body = command[2:] if command[:2].upper() == "AT" else command
    match = re.match(r"[+^#$%!*]?[A-Za-z0-9]+", body)
    return match.group(0).upper() if match else body.upper()


def _bare(command: str) -> str:
    return command[2:] if command[:2].upper() == "AT" else command


# ---- reading ---------------------------------------------------------------------------

def read_one(session: AtSession, command: str, *, timeout: float | None = None,
             retry_busy: bool = True) -> Read:
    reply = session.command("AT" + _bare(command), timeout=timeout, retry_busy=retry_busy)
    failed_final = None if reply.ok else (reply.final or reply.error_text)
    return Read(command=_bare(command), ok=reply.ok and reply.complete, text=reply.text,
                code=reply.code, final=failed_final)


def _owner(line: str, items: Sequence[Item]) -> list[Item]:
    for item in items:
        if item.prefix and after_prefix(line, item.prefix) is not None:
            return [item]
    return [item for item in items if item.prefix is None]


def read_chain(session: AtSession, items: Sequence[Item], *,
               timeout: float | None = None) -> dict[str, Read]:
    """Send the items as one command line; give each its lines; re-send what went missing."""
    return _read_chain(session, items, timeout=timeout)[0]


def chain_line(items: Sequence[Item]) -> str:
    return "AT" + ";".join(item.command for item in items)


def _read_chain(session: AtSession, items: Sequence[Item], *, timeout: float | None = None,
                chaining: bool = True, retry_busy: bool = True,
                reply: AtResponse | None = None) -> tuple[dict[str, Read], bool]:
    """(results, chaining_works). chaining_works is False when the modem refused the
    chained line as a whole but answered its first command alone. `reply`: the line's
    reply when it was sent earlier (probe.RADIO_SIM_LINE)."""
    if reply is None and (len(items) == 1 or not chaining):
        return {item.command: read_one(session, item.command, timeout=timeout,
                                       retry_busy=retry_busy)
                for item in items}, chaining
    if reply is None:
        reply = session.command(chain_line(items), timeout=timeout, retry_busy=retry_busy)
    lines: dict[str, list[str]] = {item.command: [] for item in items}
    for line in reply.lines:
        for item in _owner(line, items):
            lines[item.command].append(line)
    results: dict[str, Read] = {}
    if reply.ok and reply.complete:
        for item in items:
            results[item.command] = Read(item.command, True, "\n".join(lines[item.command]))
        return results, True
    if reply.complete and reply.final is not None and not is_refusal(reply.kind, reply.command):
        # NO CARRIER, BUSY, CONNECT, a "> " prompt, +CMS ERROR to a non-SMS command: not one
        # command refused but a line gone wrong as a whole; none of its answers counts.
        for item in items:
            results[item.command] = Read(item.command, False, "", reply.code, reply.final)
        return results, chaining
    # Failed part-way: the commands before the first silent one answered. The silent one
    # is taken as the culprit only when it cannot be anything else (the last command, after
    # others proved that chaining works); otherwise it is re-sent alone, like every command
    # after it, which never ran.
    resend = False
    answered = False
    for index, item in enumerate(items):
        if resend:
            results[item.command] = read_one(session, item.command, timeout=timeout,
                                             retry_busy=retry_busy)
        elif lines[item.command]:
            answered = True
            results[item.command] = Read(item.command, True, "\n".join(lines[item.command]))
        else:
            resend = True
            culprit = answered and reply.complete and (
                index == len(items) - 1 or not item.may_be_empty)
            if culprit:
                results[item.command] = Read(item.command, False, "", reply.code,
                                             reply.final or reply.error_text)
            else:
                results[item.command] = read_one(session, item.command, timeout=timeout,
                                                 retry_busy=retry_busy)
    first = results[items[0].command]
    chaining_works = answered or not (first.ok and reply.complete)
    return results, chaining_works


class _Collector:
    def __init__(self, session: AtSession, facts: Facts, progress: Progress | None) -> None:
        self.session = session
        self.facts = facts
        self.progress = progress
        self.chaining = True        # becomes False once the modem refuses chained lines
        self.sms_store: Store | None = None
        # The modem's own +COPS format (0 long, 1 short name) when its answer named the
        # operator but not its code: the code is read in numeric form, then it is put back.
        self.cops_format: int | None = None
        self.charset = "GSM"

    def chain(self, items: Sequence[Item], *, timeout: float | None = None,
              retry_busy: bool = True, reply: AtResponse | None = None) -> dict[str, Read]:
        results, self.chaining = _read_chain(self.session, items, timeout=timeout,
                                             chaining=self.chaining, retry_busy=retry_busy,
                                             reply=reply)
        return results

    def say(self, step: str, message: str) -> None:
        if self.progress is not None:
            self.progress(step, message)

    def note_unparsed(self, read: Read, result: Unparsed) -> None:
        self.facts.notes.append(
            tr("Collect", "AT{command}: reply not understood ({reason}): {raw}").format(
                command=read.command, reason=result.reason, raw=result.raw.strip() or "-"))

    def note_failed(self, read: Read) -> None:
        self.facts.notes.append(tr("Collect", "AT{command} failed: {final}").format(
            command=read.command, final=read.final or tr("Collect", "no answer")))

    def parsed(self, read: Read, parser: Callable[[str], T | Unparsed]) -> T | None:
        """Parser result for a successful read, None (with a note) otherwise."""
        if not read.ok:
            return None
        result = parser(read.text)
        if isinstance(result, Unparsed):
            self.note_unparsed(read, result)
            return None
        return result


# ---- identity --------------------------------------------------------------------------

_IDENTITY = (("+CGMI", "+GMI", parse_cgmi), ("+CGMM", "+GMM", parse_cgmm),
             ("+CGMR", "+GMR", parse_cgmr), ("+CGSN", "+GSN", parse_cgsn))


def _read_identity(c: _Collector, first_timeout: float | None,
                   first_reply: AtResponse | None) -> None:
    modem = c.facts.modem
    # The probe line (see first_lines.py); with no answer at all there is no modem to read.
    reply = first_reply or c.session.command(IDENTITY_LINE, timeout=first_timeout)
    if not reply.complete:
        # Asked twice (see source.read_facts) and never a final result code: whatever
        # lines came, nothing here answers AT.
        raise NoAnswer(tr("Collect", "Nothing answered AT on this port."))
    values: list[str | None] = [None, None, None, None]
    if reply.ok and reply.complete and len(reply.lines) == 4:
        for index, (line, (_cmd, _alt, parser)) in enumerate(zip(reply.lines, _IDENTITY,
                                                                 strict=True)):
            result = parser(line)
            if not isinstance(result, Unparsed):
                values[index] = result.value
    for index, (command, alternative, parser) in enumerate(_IDENTITY):
        if values[index] is not None:
            continue
        # Per-command fallback: the 3GPP command, then the V.250 one.
        for attempt in (command, alternative):
            read = read_one(c.session, attempt, timeout=3.0)
            answer = parser(read.text) if read.ok else None
            if answer is not None and not isinstance(answer, Unparsed):
                values[index] = answer.value
                break
    if values[0] is None or values[1] is None:
        read = read_one(c.session, "I", timeout=3.0)
        ati = parse_ati(read.text) if read.ok else None
        if ati is not None and not isinstance(ati, Unparsed):
            values[0] = values[0] or ati.manufacturer
            values[1] = values[1] or ati.model
            values[2] = values[2] or ati.revision
            values[3] = values[3] or ati.imei
    modem.manufacturer, modem.model, modem.revision, modem.imei = values


# ---- radio and SIM ---------------------------------------------------------------------

def _sim_state(read: Read) -> tuple[str | None, str | None, bool]:
    """(state, raw, plain_error) from a +CPIN? read."""
    if read.ok:
        result = parse_cpin(read.text)
        if isinstance(result, Unparsed):
            return "unknown", read.text or None, False
        return result.state, result.raw, False
    if read.code is not None:
        return sim_state_from_cme(str(read.code)) or "unknown", read.final, False
    if read.final and (state := sim_state_from_cme(read.final.split(":", 1)[-1])):
        return state, read.final, False      # verbose +CME text
    return None, read.final, True


def _wait(session: AtSession, seconds: float) -> None:
    """Sleep, but stop at once when the session is cancelled, and never past its deadline
    (then the next command raises DeadlineReached)."""
    left = session.time_left()
    if left is not None:
        seconds = max(0.0, min(seconds, left))
    deadline = time.monotonic() + seconds
    while (left := deadline - time.monotonic()) > 0:
        if session.cancelled:
            raise Cancelled(tr("Port", "The command was cancelled."))
        time.sleep(min(left, 0.05))
    if session.cancelled:
        raise Cancelled(tr("Port", "The command was cancelled."))


# The line is probe.RADIO_SIM_LINE (the runner may have sent it already).
RADIO_SIM_ITEMS = (Item("+CFUN?", "+CFUN"), Item("+CPIN?", "+CPIN"),
                   Item("+CPINR", "+CPINR", may_be_empty=True))


def _read_radio_and_sim_state(c: _Collector, vendor: Vendor, sim_busy_wait: float,
                              sent_reply: AtResponse | None = None) -> Retries | None:
    c.say("radio", tr("Collect", "Reading the radio and SIM state…"))
    started = time.monotonic()
    # No silent busy retries in the session here: a busy SIM is waited for below, with
    # progress the user can see.
    reads = c.chain(RADIO_SIM_ITEMS, timeout=CPIN_TIMEOUT, retry_busy=False, reply=sent_reply)
    cfun_read = reads["+CFUN?"]
    if cfun_read.ok:
        cfun = parse_cfun(cfun_read.text, vendor.cfun_on, vendor.cfun_off)
        if isinstance(cfun, Unparsed):
            c.note_unparsed(cfun_read, cfun)
        else:
            c.facts.radio.cfun, c.facts.radio.on = cfun.value, cfun.on
    else:
        c.note_failed(cfun_read)

    cpin = reads["+CPIN?"]
    state, raw, plain_error = _sim_state(cpin)
    if state == "not-inserted":
        cpin, (state, raw, plain_error) = _reread_missing_sim(c, cpin)
    while state == "busy" or plain_error:
        waited = time.monotonic() - started
        limit = min(sim_busy_wait, PLAIN_ERROR_WAIT) if plain_error else sim_busy_wait
        if waited + SIM_POLL_INTERVAL > limit + 1e-6:
            break
        left = c.session.time_left()
        if left is not None and left < SIM_POLL_INTERVAL + CPIN_TIMEOUT:
            break       # the check's deadline leaves no time to wait: judge what we have
        c.say("sim-health", tr("Collect", "SIM is busy, waiting… {waited} s of {total} s")
              .format(waited=round(waited), total=round(limit)))
        _wait(c.session, SIM_POLL_INTERVAL)
        cpin = read_one(c.session, "+CPIN?", timeout=CPIN_TIMEOUT, retry_busy=False)
        state, raw, plain_error = _sim_state(cpin)
    if plain_error:
        state = "unknown"
    c.facts.sim.state, c.facts.sim.raw = state, raw

    cpinr = reads["+CPINR"]
    if cpin is reads["+CPIN?"] and cpinr.ok:
        result = parse_cpinr(cpinr.text)
        return None if isinstance(result, Unparsed) else result
    return None


def _reread_missing_sim(c: _Collector, cpin: Read) -> tuple[Read, tuple[str | None,
                                                                           str | None, bool]]:
    """"No SIM" right after start-up may only mean "not yet" (the power-up race): re-read
    +CPIN? for up to POWER_UP_WAIT after start-up reports, once after NO_SIM_CONFIRM
    otherwise; stop as soon as the answer changes (busy goes on to the busy wait)."""
    booted = c.session.last_boot is not None
    limit = POWER_UP_WAIT if booted else NO_SIM_CONFIRM
    interval = SIM_POLL_INTERVAL if booted else NO_SIM_CONFIRM
    started = time.monotonic()
    result = _sim_state(cpin)
    for _attempt in range(max(1, round(limit / interval))):
        if result[0] != "not-inserted":
            break
        left = c.session.time_left()
        if left is not None and left < interval + CPIN_TIMEOUT:
            break           # no time for it before the deadline: "no SIM" stands
        waited = time.monotonic() - started
        if booted:
            c.say("sim-present", tr("Collect", "The modem has just started: reading the SIM "
                                    "again… {waited} s of {total} s").format(
                waited=round(waited), total=round(limit)))
        else:
            c.say("sim-present", tr("Collect", "No SIM reported: reading once more to be "
                                    "sure…"))
        _wait(c.session, interval)
        cpin = read_one(c.session, "+CPIN?", timeout=CPIN_TIMEOUT, retry_busy=False)
        result = _sim_state(cpin)
    return cpin, result


def _read_retries(c: _Collector, vendor: Vendor, known: Retries | None) -> None:
    sim = c.facts.sim
    sim.pin_retries, sim.puk_retries = read_retries(c.session, vendor, sim.state, known)


def read_retries(session: AtSession, vendor: Vendor, state: str | None,
                 known: Retries | None = None) -> tuple[int | None, int | None]:
    """(PIN, PUK) attempts left: +CPINR (unless `known` already holds its answer), then the
    vendor's commands until both are known. Only when the SIM asks for a code; counters are
    read, never spent. Unlocking reads them the same way before and after an attempt."""
    retries = known or Retries()
    if state in _LOCKED:
        commands = vendor.pin_retry_commands if known is not None else (
            ("+CPINR", parse_cpinr), *vendor.pin_retry_commands)
        for command, parser in commands:
            if retries.pin is not None and retries.puk is not None:
                break
            read = read_one(session, command, timeout=5.0)
            parsed = parser(read.text) if read.ok else None
            if parsed is not None and not isinstance(parsed, Unparsed):
                retries = retries.merged(parsed)
    pin, puk = retries.pin, retries.puk
    if retries.current is not None:        # Telit #PCT counts the code asked for now
        if state == "pin-required" and pin is None:
            pin = retries.current
        elif state == "puk-required" and puk is None:
            puk = retries.current
    return pin, puk


def read_sim_state(session: AtSession) -> tuple[str, str | None]:
    """(sim.state, the modem's words) from one +CPIN? read; "unknown" when unreadable.
    Asked once more when the answer was lost (a flood of junk, a dropped reply); PortStalled
    when the second gets none either: an action (unlock) must not go on guessing."""
    read = read_one(session, "+CPIN?", timeout=CPIN_TIMEOUT)
    if _unanswered(read):
        read = read_one(session, "+CPIN?", timeout=CPIN_TIMEOUT)
    if _unanswered(read):
        raise PortStalled(tr("Port", "The modem stopped answering: nothing came back for "
                             "AT+CPIN?."), url=session.url, remedy=stalled_remedy())
    state, raw, _plain_error = _sim_state(read)
    return state or "unknown", raw


def _unanswered(read: Read) -> bool:
    return not read.ok and read.final is None and read.code is None


def _iccid_fallbacks(c: _Collector, vendor: Vendor, tried: str) -> str | None:
    for command, parser in vendor.iccid_commands:
        if _bare(command) == tried:
            continue
        read = read_one(c.session, command, timeout=5.0)
        result = parser(read.text) if read.ok else None
        if result is not None and not isinstance(result, Unparsed):
            return result.value
    return None


def _chained(read: Read) -> Chained:
    return Chained(read.ok, read.text, read.code, read.final)


def _read_sim_identity(c: _Collector, vendor: Vendor, euicc: EuiccProbe | None = None) -> None:
    sim = c.facts.sim
    if sim.state in _NO_SIM_READS or sim.state is None:
        if euicc is not None:       # an eSIM with no profile enabled looks like no SIM
            euicc.run()
        return
    c.say("sim-health", tr("Collect", "Reading the SIM card…"))
    first_command, first_parser = vendor.iccid_commands[0]
    iccid_command = _bare(first_command)
    if sim.state != "ready":
        # Locked or still busy: only the ICCID is readable without the PIN.
        read = read_one(c.session, iccid_command, timeout=5.0)
        result = first_parser(read.text) if read.ok else None
        if result is not None and not isinstance(result, Unparsed):
            sim.iccid = result.value
        else:
            sim.iccid = _iccid_fallbacks(c, vendor, iccid_command)
        # A locked SIM is the verdict: no eSIM probe (reference/esim.md §7 runs it when the
        # SIM is missing or broken, or does not register).
        return
    items = [Item("+CIMI", None), Item(iccid_command, None),
             Item("+CNUM", "+CNUM", may_be_empty=True), Item(_EF_AD, "+CRSM", may_be_empty=True)]
    # The eUICC probe rides on this line: a plain SIM says "no" in the same round trip.
    probe_item = euicc.chain_item() if euicc is not None and c.chaining else None
    if probe_item is not None:
        items.append(Item(*probe_item))
    reads = c.chain(items)
    if euicc is not None:
        euicc.run(_chained(reads[probe_item[0]]) if probe_item is not None else None)
    imsi = c.parsed(reads["+CIMI"], parse_cimi)
    sim.imsi = imsi.value if imsi is not None else None
    iccid_read = reads[iccid_command]
    iccid = first_parser(iccid_read.text) if iccid_read.ok else None
    if iccid is not None and not isinstance(iccid, Unparsed):
        sim.iccid = iccid.value
    else:
        sim.iccid = _iccid_fallbacks(c, vendor, iccid_command)
    cnum = reads["+CNUM"]
    numbers = parse_cnum(cnum.text) if cnum.ok else None
    if numbers is not None and not isinstance(numbers, Unparsed):
        sim.msisdn = numbers.msisdn
    ef_ad = reads[_EF_AD]
    mnc_len = parse_crsm_mnc_length(ef_ad.text) if ef_ad.ok else None
    if sim.imsi and (home := split_imsi(sim.imsi, mnc_len)):
        sim.home.mcc, sim.home.mnc = home
        _expected_apns(c)


def _expected_apns(c: _Collector) -> None:
    """The provider database's APNs for the SIM's home network (a lookup, no modem I/O)."""
    home = c.facts.sim.home
    if not home.mcc or not home.mnc:
        return
    try:
        from simtool.providers.database import expectation_for, lookup
        expectation = expectation_for(lookup(home.mcc, home.mnc))
    except (ImportError, OSError, ValueError) as error:
        c.facts.notes.append(tr("Collect", "provider database not available: {error}")
                             .format(error=error))
        return
    c.facts.apn.expected = list(expectation.expected)
    c.facts.apn.provider = expectation.provider


# ---- signal, registration, operator ----------------------------------------------------

_REG_READS = (("+CREG?", parse_creg, "cs"), ("+CGREG?", parse_cgreg, "ps"),
              ("+CEREG?", parse_cereg, "eps"), ("+C5GREG?", parse_c5greg, "nr5g"))


def _read_network(c: _Collector, vendor: Vendor, euicc: EuiccProbe | None = None) -> None:
    c.say("signal", tr("Collect", "Reading signal and registration…"))
    items = [Item("+CSQ", "+CSQ"), Item("+CESQ", "+CESQ"), Item("+CSCS?", "+CSCS"),
             Item("+COPS?", "+COPS"), Item("+CREG?", "+CREG"), Item("+CGREG?", "+CGREG"),
             Item("+CEREG?", "+CEREG")]
    extra = vendor.signal_extra
    if extra is not None:
        items.append(Item(_bare(extra[0]), prefix_of(extra[0])))
    items.append(Item("+C5GREG?", "+C5GREG"))
    # Closing the eSIM channel (+CSIM route) rides last on this line: no round trip of its own.
    close_item = euicc.deferred_close() if euicc is not None and c.chaining else None
    if close_item is not None:
        items.append(Item(*close_item))
    reads = c.chain(items)
    if euicc is not None:
        euicc.closed_by(_chained(reads[close_item[0]]) if close_item is not None else None)

    signal = c.facts.signal
    csq = c.parsed(reads["+CSQ"], parse_csq)
    if csq is not None:
        signal.rssi_dbm, signal.ber = csq.rssi_dbm, csq.ber
    cesq = c.parsed(reads["+CESQ"], parse_cesq)
    if cesq is not None:
        signal.rsrp_dbm = cesq.rsrp_dbm or cesq.ss_rsrp_dbm
        signal.rsrq_db = cesq.rsrq_db or cesq.ss_rsrq_db
        signal.rscp_dbm = cesq.rscp_dbm
        signal.ecno_db = cesq.ecno_db
        signal.sinr_db = cesq.ss_sinr_db
        if signal.rssi_dbm is None:
            signal.rssi_dbm = cesq.rxlev_dbm
    if extra is not None:
        extra_read = reads[_bare(extra[0])]
        vendor_signal = extra[1](extra_read.text) if extra_read.ok else None
        if vendor_signal is not None and not isinstance(vendor_signal, Unparsed):
            signal.sinr_db = vendor_signal.sinr_db if vendor_signal.sinr_db is not None \
                else signal.sinr_db
            signal.rsrp_dbm = signal.rsrp_dbm if signal.rsrp_dbm is not None \
                else vendor_signal.rsrp_dbm
            signal.rsrq_db = signal.rsrq_db if signal.rsrq_db is not None \
                else vendor_signal.rsrq_db
            signal.rscp_dbm = signal.rscp_dbm if signal.rscp_dbm is not None \
                else vendor_signal.rscp_dbm
            signal.rssi_dbm = signal.rssi_dbm if signal.rssi_dbm is not None \
                else vendor_signal.rssi_dbm

    registration = c.facts.registration
    statuses: dict[str, RegStatus] = {}
    for command, parser, domain in _REG_READS:
        read = reads[command]
        if not read.ok:
            continue          # not every modem has every domain (no +C5GREG on LTE-only)
        status = c.parsed(read, parser)
        if status is not None:
            statuses[command] = status
            setattr(registration, domain, to_domain(status))
    registration.overall = overall_state(
        [registration.cs, registration.ps, registration.eps, registration.nr5g])
    if registration.overall not in ("home", "roaming"):
        _read_reject_causes(c, statuses)

    charset = "GSM"
    cscs = c.parsed(reads["+CSCS?"], parse_cscs) if reads["+CSCS?"].ok else None
    if cscs is not None:
        charset = cscs.charset
    cops_read = reads["+COPS?"]
    if cops_read.ok:
        cops = parse_cops(cops_read.text, charset)
        if isinstance(cops, Unparsed):
            c.note_unparsed(cops_read, cops)
        else:
            operator = c.facts.operator
            operator.mode, operator.name, operator.act = cops.mode, cops.name, cops.act
            operator.mcc, operator.mnc = cops.mcc, cops.mnc
            if cops.name is not None and cops.mcc is None and cops.format in (0, 1):
                c.cops_format = cops.format
    c.charset = charset
    signal.quality = signal_quality(signal, current_act(registration, c.facts.operator.act),
                                    registration.overall)


def _read_reject_causes(c: _Collector, statuses: dict[str, RegStatus]) -> None:
    """Ask for the reject cause of each unregistered domain that does not report it.

    The cause only appears in the n=3 (or 5) form of the read (TS 27.007 §7.2, §10.1.22), so
    the report mode is raised to 3, read, and put back to the modem's own value in the same
    command line: one round trip, only when something is wrong, nothing left changed.
    """
    parts: list[list[str]] = []
    for command, status in statuses.items():
        # <n> comes from the modem and goes back to it: only a valid report mode (0-5).
        if status.stat in (0, 2, 3) and status.n is not None and 0 <= status.n < 3 \
                and status.reject_cause is None:
            name = command.rstrip("?")
            parts.append([f"{name}=3", command, f"{name}={status.n}"])
    if not parts:
        return
    lines: list[str] = []
    restored = False
    try:
        if c.chaining:
            reply = c.session.command(
                "AT" + ";".join(p for group in parts for p in group), timeout=5.0)
            lines = reply.lines
            restored = reply.ok and reply.complete
        else:
            for raise_mode, read, restore in parts:
                try:
                    if c.session.command("AT" + raise_mode, timeout=3.0).ok:
                        lines += c.session.command("AT" + read, timeout=3.0).lines
                finally:
                    c.session.restore("AT" + restore)   # also when the raise timed out
            restored = True
    finally:
        if not restored:
            # The line stopped part-way (a read failed, a timeout, cancel, the deadline):
            # put every report mode back on its own, whichever of them had been raised.
            c.session.restore(*("AT" + restore for _raise, _read, restore in parts))
    parsers = {command: (parser, domain) for command, parser, domain in _REG_READS}
    for line in lines:
        for command in statuses:
            if not line.upper().startswith(command.rstrip("?") + ":"):
                continue
            if not is_solicited_shape(line):
                continue        # a URC of the same domain, not the answer
            parser, domain = parsers[command]
            result = parser(line)
            current = getattr(c.facts.registration, domain)
            if not isinstance(result, Unparsed) and result.reject_cause is not None \
                    and current is not None and result.cause_type in (0, None):
                current.reject_cause = result.reject_cause



# ---- packet domain ---------------------------------------------------------------------

def _numeric_operator(c: _Collector, lines: list[str]) -> None:
    """The serving network's MCC/MNC from a +COPS? answer read in numeric form."""
    for line in lines:
        cops = parse_cops(line, c.charset)
        if not isinstance(cops, Unparsed) and cops.mcc is not None:
            c.facts.operator.mcc, c.facts.operator.mnc = cops.mcc, cops.mnc
            return


def _read_packet_and_operator_code(c: _Collector, items: Sequence[Item],
                                   fmt: int) -> dict[str, Read]:
    """The packet reads, with the operator's code read in numeric form in front of them
    on the same command line, and the modem's own +COPS format put back right after it
    (AT+COPS=3,2;+COPS?;+COPS=3,<fmt>;...): no extra round trip on a healthy modem."""
    restore = f"AT+COPS=3,{fmt}"
    head = ["+COPS=3,2", "+COPS?", restore[2:]]
    if not c.chaining:
        try:
            if c.session.command("AT" + head[0], timeout=3.0).ok:
                _numeric_operator(c, c.session.command("AT" + head[1], timeout=3.0).lines)
        finally:
            c.session.restore(restore)
        return c.chain(items)
    try:
        reply = c.session.command("AT" + ";".join([*head, *(i.command for i in items)]))
    except BaseException:
        c.session.restore(restore)      # cancel, deadline, a stalled modem: put it back
        raise
    operator_lines = [line for line in reply.lines if after_prefix(line, "+COPS") is not None]
    _numeric_operator(c, operator_lines)
    rest = [line for line in reply.lines if line not in operator_lines]
    if reply.ok and reply.complete:
        reply.lines = rest
        return c.chain(items, reply=reply)
    if not operator_lines or not rest:
        # The line failed before the packet reads began (the numeric format refused, or
        # no answer): put the format back in case it changed, and read them on their own.
        if operator_lines or not reply.complete:
            c.session.restore(restore)
        return c.chain(items)
    reply.lines = rest          # the format was put back before the packet reads answered
    return c.chain(items, reply=reply)


def _read_packet(c: _Collector, vendor: Vendor) -> None:
    c.say("apn", tr("Collect", "Reading the data settings…"))
    packet = c.facts.packet
    # The SMS store's mode and counts ride along (the operator's notices, read last):
    # +CPMS? comes last, as it fails while the SIM is not ready.
    items = [Item("+CGATT?", "+CGATT"), Item("+CGDCONT?", "+CGDCONT", may_be_empty=True),
             Item("+CGACT?", "+CGACT", may_be_empty=True),
             Item("+CMGF?", "+CMGF"), Item("+CPMS?", "+CPMS")]
    if c.cops_format is not None:
        reads = _read_packet_and_operator_code(c, items, c.cops_format)
    else:
        reads = c.chain(items)
    c.sms_store = parse_store("\n".join(reads[item].text for item in ("+CMGF?", "+CPMS?")
                                        if reads[item].ok))
    attach = c.parsed(reads["+CGATT?"], parse_cgatt)
    packet.attached = attach.attached if attach is not None else None
    definitions = c.parsed(reads["+CGDCONT?"], parse_cgdcont)
    states = c.parsed(reads["+CGACT?"], parse_cgact)
    active: dict[int, bool] = states.active if states is not None else {}
    if definitions is not None:
        packet.contexts = [
            PdpContext(cid=d.cid, pdp_type=d.pdp_type, apn=d.apn,
                       active=active.get(d.cid) if states is not None else None)
            for d in definitions.contexts
        ]
        c.facts.apn.configured = _configured_apn(packet.contexts)
    if packet.attached is False or not any(ctx.active for ctx in packet.contexts):
        _read_ceer(c, vendor)


def _configured_apn(contexts: list[PdpContext]) -> str:
    """The APN in use: the active context's, else cid 1's (the LTE default bearer), else the
    first one's; "" (network-provided) when no context is defined."""
    if not contexts:
        return ""
    for ctx in contexts:
        if ctx.active:
            return ctx.apn or ""
    for ctx in contexts:
        if ctx.cid == 1:
            return ctx.apn or ""
    return contexts[0].apn or ""


def _read_ceer(c: _Collector, vendor: Vendor) -> None:
    read = read_one(c.session, "+CEER", timeout=3.0)
    if not read.ok:
        return
    context = "session" if c.facts.packet.attached else "registration"
    result = ceer_parser.parse_ceer(read.text, numeric_rule=vendor.ceer_numeric_rule,
                                    context=context)
    if isinstance(result, Unparsed):
        c.note_unparsed(read, result)
        return
    error = c.facts.packet.last_error
    error.text = read.text.strip() or None
    if result.cause is not None and result.namespace in ("esm", "sm", None):
        error.cause = result.cause
    elif result.cause is not None:
        c.facts.notes.append(tr("Collect", "last error reported by the modem: {namespace} "
                                "cause #{cause} ({text})").format(
            namespace=result.namespace.upper() if result.namespace else "?",
            cause=result.cause, text=result.text))


# ---- entry points ----------------------------------------------------------------------

class NoAnswer(PortSilent):
    """The first command got no answer at all: probably not an AT port."""


def collect_facts(session: AtSession, *, vendor: Vendor | None = None,
                  usb_vid: int | None = None, progress: Progress | None = None,
                  sim_busy_wait: float = 60.0, first_timeout: float | None = None,
                  first_reply: AtResponse | None = None, radio_sim_sent: bool = False) -> Facts:
    """Read identity, radio, SIM, signal, registration, operator and packet facts.

    `first_timeout` bounds the wait for the very first reply (NoAnswer when nothing comes);
    `first_reply` is the reply to probe.IDENTITY_LINE when the caller already sent it, and
    `radio_sim_sent` says probe.RADIO_SIM_LINE was sent after it (its reply is still due).
    Raises Cancelled (via the session) and port errors; everything else becomes a fact or
    a note.
    """
    facts = Facts()
    c = _Collector(session, facts, progress)
    # The reply in flight comes first: identity fallbacks below send commands of their own.
    radio_sim = (session.read_reply(command=RADIO_SIM_LINE, timeout=CPIN_TIMEOUT)
                 if radio_sim_sent else None)
    c.say("port", tr("Collect", "Reading the modem's identity…"))
    _read_identity(c, first_timeout, first_reply)
    chosen = vendor or detect(facts.modem.manufacturer, usb_vid, facts.modem.model)
    facts.vendor = chosen.name
    known_retries = _read_radio_and_sim_state(c, chosen, sim_busy_wait, radio_sim)
    _read_retries(c, chosen, known_retries)
    euicc = EuiccProbe(session, facts, chosen)
    try:
        _read_sim_identity(c, chosen, euicc)
        _read_network(c, chosen, euicc)
    finally:
        euicc.close()       # no logical channel stays open: error, timeout, cancel, Ctrl-C
    _read_packet(c, chosen)
    c.say("account", tr("Collect", "Reading the operator's messages…"))
    read_notices(session, facts, chosen, c.sms_store)
    facts.restarts = restarts_during(session)
    return facts


def restarts_during(session: AtSession) -> list[str]:
    """The modem's resets after it first answered, as evidence sentences (a reset before
    that is the modem starting up, not a symptom)."""
    first = session.first_answer_at
    evidence = []
    for seconds, line, command in session.restarts:
        if first is None or seconds < first:
            continue
        if command:
            # The commands by name (AT+CIMI;+CCID;+CCHO): their arguments say nothing here.
            command = re.sub(r"=[^;]*|\?", "", command)
            evidence.append(tr("Collect", "{line} at {seconds:.1f} s, while {command} was "
                               "running").format(line=line, seconds=seconds, command=command))
        else:
            evidence.append(tr("Collect", "{line} at {seconds:.1f} s").format(
                line=line, seconds=seconds))
    return evidence


def read_signal_sample(session: AtSession, vendor: Vendor | None = None) -> Facts:
    """A light read for the live signal graph: signal, registration and operator only."""
    facts = Facts()
    c = _Collector(session, facts, None)
    _read_network(c, vendor or detect(None, None))
    return facts


def read_modem_identity(session: AtSession, vendor: Vendor | None = None) -> Facts:
    """Who the modem and its card are, for a stream of samples (`simtool watch`): the modem's
    manufacturer, model, firmware and IMEI, and the ICCID (readable even while locked)."""
    facts = Facts()
    c = _Collector(session, facts, None)
    _read_identity(c, None, None)
    chosen = vendor or detect(facts.modem.manufacturer, None, facts.modem.model)
    facts.vendor = chosen.name
    facts.sim.iccid = _iccid_fallbacks(c, chosen, "")
    return facts
