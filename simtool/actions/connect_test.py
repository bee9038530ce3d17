"""The explicit connection test: activate a PDP context once, read the address or the
refusal cause, and leave the modem as it was. Never part of a plain check."""

from __future__ import annotations

from dataclasses import dataclass

from simtool.actions import validate
from simtool.at.cme import nas_cause_for_cme
from simtool.at.parsers.ceer import parse_ceer
from simtool.at.parsers.common import Unparsed
from simtool.at.parsers.packet import parse_cgact, parse_cgpaddr
from simtool.at.session import AtSession
from simtool.facts import Facts, LastError, PdpContext
from simtool.i18n import tr

# TS 27.007 gives no bound; activation waits for the network (T3482/T3380 retries ~ 150 s).
ACTIVATION_TIMEOUT = 150.0
DEACTIVATION_TIMEOUT = 40.0


@dataclass(frozen=True)
class ConnectResult:
    cid: int
    ok: bool
    addresses: tuple[str, ...] = ()
    cause: int | None = None          # SM/ESM cause when the refusal carries one
    error: str | None = None          # the modem's words: +CME line and +CEER text
    was_active: bool = False          # the context was already up; it was left up


def connection_test(session: AtSession, cid: int = 1, *,
                    timeout: float = ACTIVATION_TIMEOUT) -> ConnectResult:
    result = bring_up(session, cid, timeout=timeout)
    if result.ok and not result.was_active:
        # Put things back as they were; on LTE the network may refuse to drop the last
        # PDN (ESM #49), which is harmless.
        take_down(session, cid)
    return result


def take_down(session: AtSession, cid: int) -> None:
    """Deactivate `cid` again, also past a cancel or the check's deadline."""
    session.restore(f"AT+CGACT=0,{cid}", timeout=DEACTIVATION_TIMEOUT)


def bring_up(session: AtSession, cid: int = 1, *,
             timeout: float = ACTIVATION_TIMEOUT) -> ConnectResult:
    """Activate context `cid` unless it is active, and leave it up: the caller takes it
    down (take_down) when `was_active` is False. A refusal comes with its cause."""
    validate.cid(cid)
    state = session.command("AT+CGACT?", timeout=10.0)
    parsed = parse_cgact(state.text) if state.ok else None
    if parsed is not None and not isinstance(parsed, Unparsed) and parsed.active.get(cid):
        return ConnectResult(cid, ok=True, addresses=_addresses(session, cid), was_active=True)
    down = f"AT+CGACT=0,{cid}"
    try:
        reply = session.command(f"AT+CGACT=1,{cid}", timeout=timeout)
    except BaseException:
        # Cancelled, the check's deadline, a stalled modem: it may still come up later.
        session.restore(down, timeout=DEACTIVATION_TIMEOUT)
        raise
    if reply.ok:
        try:
            addresses = _addresses(session, cid)
        except BaseException:
            session.restore(down, timeout=DEACTIVATION_TIMEOUT)
            raise
        return ConnectResult(cid, ok=True, addresses=addresses)
    if not reply.complete:
        # No answer in time: the modem may still bring the context up later, so take it
        # down again to leave the modem as it was.
        session.restore(down, timeout=DEACTIVATION_TIMEOUT)
        return ConnectResult(cid, ok=False, error=tr(
            "Connect", "The modem did not finish activating the data context within {seconds:.0f} "
            "s.").format(seconds=timeout))
    cause = None
    if reply.code is not None:
        mapped = nas_cause_for_cme(reply.code)
        if mapped is not None and mapped[0] in ("sm", "esm", "5gsm"):
            cause = mapped[1]
    ceer = session.command("AT+CEER", timeout=5.0)
    detail = reply.final or reply.error_text or ""
    if ceer.ok:
        report = parse_ceer(ceer.text, context="session")
        if not isinstance(report, Unparsed) and not report.no_information:
            detail = f"{detail}; +CEER: {report.text}".strip("; ")
            if cause is None and report.cause is not None and report.namespace in (
                    "sm", "esm", None):
                cause = report.cause
    return ConnectResult(cid, ok=False, cause=cause, error=detail or None)


def _addresses(session: AtSession, cid: int) -> tuple[str, ...]:
    reply = session.command(f"AT+CGPADDR={cid}", timeout=5.0)
    parsed = parse_cgpaddr(reply.text) if reply.ok else None
    if parsed is None or isinstance(parsed, Unparsed):
        return ()
    return parsed.addresses.get(cid, ())


def tested_cid(facts: Facts) -> int:
    """The context a plain connection uses: cid 1 (the LTE default bearer) when defined, else
    the first defined one."""
    cids = [ctx.cid for ctx in facts.packet.contexts]
    return 1 if not cids or 1 in cids else cids[0]


def record_connection_test(session: AtSession, facts: Facts) -> ConnectResult | None:
    """Run the connection test within a check (`simtool check --connect-test --allow-write`)
    and record its outcome where the `data-session` check reads it. Skipped (None) when the
    SIM is not ready or the radio is off: activation could only fail for a reason other
    checks already give, and nothing should be sent for nothing."""
    if facts.sim.state != "ready" or facts.radio.on is False:
        return None
    cid = tested_cid(facts)
    result = connection_test(session, cid)
    facts.connection_test = True
    if result.ok:
        context = next((c for c in facts.packet.contexts if c.cid == cid), None)
        if context is None:
            context = PdpContext(cid=cid)
            facts.packet.contexts.append(context)
        # The context came up during the check; it was taken down again unless it was
        # already up before.
        context.active = True
        facts.packet.last_error = LastError()
        if not result.was_active:
            facts.notes.append(tr("Connect", "Connection test: context {cid} came up with "
                                  "address {address} and was taken down again.").format(
                cid=cid, address=", ".join(result.addresses) or "?"))
    else:
        facts.packet.last_error = LastError(text=result.error, cause=result.cause)
    return result


def record_refusal(facts: Facts, result: ConnectResult) -> None:
    """A refused activation, where the `data-session` check reads it."""
    facts.connection_test = True
    facts.packet.last_error = LastError(text=result.error, cause=result.cause)
