"""Switch the radio on (CFUN=1) or off (CFUN=4, airplane mode; never CFUN=0, which on some
modems also powers the SIM down)."""

from __future__ import annotations

from dataclasses import dataclass

from simtool.at.parsers.common import Unparsed
from simtool.at.parsers.radio import parse_cfun
from simtool.at.session import AtSession
from simtool.errors import SimtoolError
from simtool.i18n import tr


class RadioError(SimtoolError):
    pass


@dataclass(frozen=True)
class RadioResult:
    before: int | None
    after: int | None
    changed: bool


def read_cfun(session: AtSession) -> int | None:
    reply = session.command("AT+CFUN?", timeout=5.0)
    parsed = parse_cfun(reply.text) if reply.ok else None
    return None if parsed is None or isinstance(parsed, Unparsed) else parsed.value


def set_radio(session: AtSession, on: bool) -> RadioResult:
    before = read_cfun(session)
    target = 1 if on else 4
    # CFUN=0 (minimum functionality) is off already; switching it to 4 would power the SIM.
    if before == target or (not on and before == 0):
        return RadioResult(before, before, changed=False)
    # CFUN=1 can take several seconds while the modem powers the RF up and reads the SIM.
    reply = session.command(f"AT+CFUN={target}", timeout=30.0)
    if not reply.ok:
        raise RadioError(tr("Radio", "The modem refused to switch the radio {state}: {error}")
                         .format(state=tr("Radio", "on") if on else tr("Radio", "off"),
                                 error=reply.final or reply.error_text))
    return RadioResult(before, read_cfun(session), changed=True)


def restart_radio(session: AtSession) -> RadioResult:
    """Switch the radio off (CFUN=4) and on again (CFUN=1): the modem forgets the networks
    that refused it and searches, registers and attaches again, as after a power cycle,
    without resetting the USB device (its ports stay where they are)."""
    before = read_cfun(session)
    if before == 1:
        reply = session.command("AT+CFUN=4", timeout=30.0)
        if not reply.ok:
            raise RadioError(tr("Radio", "The modem refused to switch the radio {state}: "
                                "{error}").format(state=tr("Radio", "off"),
                                                  error=reply.final or reply.error_text))
    reply = session.command("AT+CFUN=1", timeout=30.0)
    if not reply.ok:
        raise RadioError(tr("Radio", "The modem refused to switch the radio {state}: {error}")
                         .format(state=tr("Radio", "on"), error=reply.final or reply.error_text))
    return RadioResult(before, read_cfun(session), changed=True)
