"""USSD (+CUSD, with the network's balance/menu/top-up answers). The SMS store is sms.py."""

from __future__ import annotations

import re

from simtool.sim.commands.base import CmeError, CommandError, from_ucs2

# Annotations only (see base.py: no `typing` on the path to a sim:// port's first byte).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from simtool.sim.commands.base import Handler
    from simtool.sim.modem import Modem


def _cusd(modem: Modem, kind: str, args: list[str], raw: str) -> list[str]:
    p = modem.personality
    if kind == "read":
        return [p.line("+CUSD", "1")]
    if kind == "test":
        return [p.line("+CUSD", "(0-2)")]
    if kind != "set":
        raise CommandError
    mode = args[0] or "0"
    if mode == "2":
        modem.ussd_menu = None
        return []
    if mode not in ("0", "1") or len(args) < 2:
        return []
    modem._need_sim_ready()
    if not modem._registered("+CREG"):
        raise CmeError(30)
    code = args[1]
    if modem.cscs == "UCS2":
        code = from_ucs2(code)
    status, text = _ussd_answer(modem, code.strip())
    dcs = 72 if modem.cscs == "UCS2" else 15
    body = f'{status},"{modem._text(text)}",{dcs}' if text else str(status)
    modem._after.append(p.line("+CUSD", body))
    modem._after_delay = modem.config.ussd_seconds
    return []


def _ussd_answer(modem: Modem, code: str) -> tuple[int, str]:
    """(status, text) of the network's answer; status 1 = a menu awaits an answer."""
    n = modem.network
    money = f"{modem.balance:.2f} {n.currency}"
    if modem.ussd_menu == "main":
        modem.ussd_menu = None
        if code == "1":
            return 0, f"Your balance is {money}."
        if code == "2":
            modem.ussd_menu = "plans"
            return 1, "1 1GB 30 days 10.00\n2 5GB 30 days 30.00\n0 Back"
        if code == "3":
            return 0, f"To top up dial {n.topup_prefix}VOUCHER#"
        return 0, "Invalid choice."
    if modem.ussd_menu == "plans":
        modem.ussd_menu = None
        return 0, "Your request is being processed. You will receive an SMS."
    if code == "*100#":
        return 0, f"Your balance is {money}. Valid until 2026-12-31."
    if code == "*111#":
        modem.ussd_menu = "main"
        return 1, "1 Balance\n2 Data plans\n3 Top up"
    top_up = re.fullmatch(r"\*(10[0-9])\*(\d+)#", code)
    if top_up and "*" + top_up.group(1) + "*" == n.topup_prefix:
        voucher = top_up.group(2)
        if len(voucher) < 12:
            return 0, "Invalid voucher number."
        modem.balance += 50.0
        return 0, f"Top-up of 50.00 {n.currency} successful. New balance " \
                  f"{modem.balance:.2f} {n.currency}."
    return 4, ""  # operation not supported


def ussd_answer(modem: Modem, code: str) -> tuple[int, str]:
    """The network's answer to `code` (the web devices' USSD uses the same network)."""
    return _ussd_answer(modem, code)


HANDLERS: dict[str, Handler] = {"+CUSD": _cusd}
VENDOR_ONLY: frozenset[str] = frozenset()
