"""Choose the network by hand (+COPS), for roaming and refused-registration cases, with undo.

A scan (`AT+COPS=?`) lists the networks in reach; selecting one (`AT+COPS=1,2,"46000",7`)
fixes the modem to it; automatic selection (`AT+COPS=0`) lets the modem choose again.
Before every change the current selection mode is saved under the state folder (keyed by
the modem's IMEI), so undo() puts back what the modem had: automatic, or the network it
was fixed to.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass

from simtool.actions.undo_state import modem_key, undo_path
from simtool.at.parsers.common import Unparsed
from simtool.at.parsers.operator import NetworkEntry, parse_cops, parse_cops_list
from simtool.at.session import AtSession
from simtool.errors import SimtoolError, ValidationError
from simtool.fileio import write_atomic
from simtool.i18n import tr

# TS 27.007 gives no bound; vendors document up to 180 s for a scan (Quectel, SIMCom).
SCAN_TIMEOUT = 180.0
# Registering on the chosen network: the modem answers once it has tried.
SELECT_TIMEOUT = 120.0
UNDO_KIND = "operator-undo"


class OperatorError(SimtoolError):
    pass


@dataclass(frozen=True)
class Selection:
    """How the modem picks its network: automatic (numeric None) or fixed to one."""

    mode: int                 # +COPS <mode>: 0 automatic, 1 manual, 4 manual then automatic
    numeric: str | None = None
    act: int | None = None

    @property
    def automatic(self) -> bool:
        return self.mode == 0 or self.numeric is None


@dataclass(frozen=True)
class SelectionChange:
    before: Selection | None
    after: Selection


def scan_networks(session: AtSession, *, timeout: float = SCAN_TIMEOUT) -> list[NetworkEntry]:
    """The networks in reach, as the modem lists them (can take minutes; cancellable)."""
    reply = session.command("AT+COPS=?", timeout=timeout)
    if not reply.complete:
        raise OperatorError(tr("Operator", "The network scan did not finish within {seconds:.0f} "
                               "s.").format(seconds=timeout))
    if not reply.ok:
        raise OperatorError(tr("Operator", "The modem could not scan for networks: {error}")
                            .format(error=reply.final or reply.error_text))
    parsed = parse_cops_list(reply.text)
    if isinstance(parsed, Unparsed):
        raise OperatorError(tr("Operator", "simtool could not read the network list: {raw}")
                            .format(raw=parsed.raw))
    return list(parsed.networks)


def current_selection(session: AtSession) -> Selection | None:
    """The selection mode and, when fixed, the network (asked in numeric format, then the
    long-name format put back: the one modems start with and checks read)."""
    numeric_format = session.command("AT+COPS=3,2", timeout=5.0).ok
    reply = session.command("AT+COPS?", timeout=10.0)
    if numeric_format:
        session.command("AT+COPS=3,0", timeout=5.0)
    parsed = parse_cops(reply.text) if reply.ok else None
    if parsed is None or isinstance(parsed, Unparsed) or parsed.mode is None:
        return None
    numeric = f"{parsed.mcc}{parsed.mnc}" if parsed.mcc and parsed.mnc else None
    return Selection(parsed.mode, numeric if parsed.mode in (1, 4) else None, parsed.act)


def _validate_numeric(numeric: str) -> str:
    if not numeric.isdigit() or len(numeric) not in (5, 6):
        raise ValidationError(tr("Operator", "A network is chosen by its 5 or 6 digit code "
                                 "(MCC and MNC), like 46000."))
    return numeric


def _save_before(session: AtSession) -> Selection | None:
    before = current_selection(session)
    write_atomic(undo_path(UNDO_KIND, modem_key(session)), json.dumps(
        {"before": None if before is None else
         {"mode": before.mode, "numeric": before.numeric, "act": before.act}}, indent=2))
    return before


def _send(session: AtSession, selection: Selection) -> None:
    if selection.automatic:
        command = "AT+COPS=0"
    else:
        numeric = _validate_numeric(selection.numeric or "")
        act = f",{selection.act}" if selection.act is not None else ""
        command = f'AT+COPS=1,2,"{numeric}"{act}'
    reply = session.command(command, timeout=SELECT_TIMEOUT)
    if not reply.ok:
        raise OperatorError(tr("Operator", "The modem could not register on the chosen network: "
                               "{error}").format(error=reply.final or reply.error_text))


def select_network(session: AtSession, numeric: str, act: int | None = None
                   ) -> SelectionChange:
    """Fix the modem to network `numeric` (AcT `act` when given); the previous selection is
    kept for undo()."""
    _validate_numeric(numeric)
    if act is not None and not 0 <= act <= 13:
        raise ValidationError(tr("Operator", "The radio technology (AcT) is 0 to 13."))
    before = _save_before(session)
    wanted = Selection(1, numeric, act)
    _send(session, wanted)
    return SelectionChange(before, current_selection(session) or wanted)


def select_automatic(session: AtSession) -> SelectionChange:
    """Let the modem choose its network again (+COPS=0); kept for undo() like any change."""
    before = _save_before(session)
    _send(session, Selection(0))
    return SelectionChange(before, current_selection(session) or Selection(0))


def undo(session: AtSession) -> SelectionChange:
    """Put back the selection saved before the last change on this modem (one step)."""
    path = undo_path(UNDO_KIND, modem_key(session))
    try:
        saved = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise OperatorError(tr("Operator", "There is no earlier network selection to restore "
                               "for this modem.")) from error
    before = saved.get("before")
    target = Selection(0) if not before else Selection(
        int(before["mode"]), before.get("numeric"), before.get("act"))
    current = current_selection(session)
    _send(session, target)
    os.remove(path)
    return SelectionChange(current, current_selection(session) or target)
