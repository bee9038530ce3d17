"""The SIM card: +CPIN, +CPINR, +CSIM (retry counters; channel APDUs go to the channels
family), +CLCK, +CRSM, +CIMI, +CNUM.

The vendors' own retry and ICCID commands are answered from personalities.py by the
interpreter core (Modem._extended), before any family's table.
"""

from __future__ import annotations

import fnmatch

from simtool.sim.commands.base import PIN_TRIES, PUK, PUK_TRIES, CmeError, CommandError
from simtool.sim.commands.channels import apdu_from_hex, csim_apdu

# Annotations only (see base.py: no `typing` on the path to a sim:// port's first byte).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from simtool.sim.commands.base import Handler
    from simtool.sim.modem import Modem


def swap_nibbles(iccid: str) -> str:
    """EF_ICCID content as +CRSM shows it: BCD with nibbles swapped, padded with F."""
    padded = iccid + "F" * (20 - len(iccid))
    return "".join(padded[i + 1] + padded[i] for i in range(0, 20, 2))


def _cpin(modem: Modem, kind: str, args: list[str], raw: str) -> list[str]:
    if kind == "test":
        return []
    if kind == "read":
        _need_sim_present_for_cpin(modem)
        code = modem.sim_code()
        if code == "BUSY":
            modem._answered_busy = True
            return [modem.personality.line("+CPIN", "NOT READY")]
        return [modem.personality.line("+CPIN", code)]
    if kind != "set" or not args[0]:
        raise CommandError
    modem._need_sim_present()
    code = modem.sim_code()
    entered = args[0]
    if code == "SIM PIN":
        if entered == modem.pin:
            modem.pin_retries = PIN_TRIES
            _unlock(modem)
            return []
        modem.pin_retries -= 1
        raise CmeError(16)
    if code == "SIM PUK":
        if len(args) < 2 or not args[1].isdigit() or not 4 <= len(args[1]) <= 8:
            raise CmeError(50)
        if entered == PUK:
            modem.pin = args[1]
            modem.pin_retries, modem.puk_retries = PIN_TRIES, PUK_TRIES
            _unlock(modem)
            return []
        modem.puk_retries -= 1
        if modem.puk_retries == 0:
            modem.sim_blocked = True
        raise CmeError(16)
    raise CmeError(3)  # nothing to enter


def _need_sim_present_for_cpin(modem: Modem) -> None:
    code = modem.sim_code()
    if code == "BUSY" and modem.personality.busy_as_not_ready:
        return
    modem._need_sim_present()


def _unlock(modem: Modem) -> None:
    modem.sim_unlocked = True
    modem._bring_up_default_bearer()
    modem._after += list(modem.personality.sim_ready_urcs)
    modem._after_delay = 0.05


def _cpinr(modem: Modem, kind: str, args: list[str], raw: str) -> list[str]:
    if kind == "test":
        return []
    if kind == "read":
        raise CommandError
    modem._need_sim_present()
    rows = [("SIM PIN", modem.pin_retries, PIN_TRIES), ("SIM PUK", modem.puk_retries, PUK_TRIES),
            ("SIM PIN2", PIN_TRIES, PIN_TRIES), ("SIM PUK2", PUK_TRIES, PUK_TRIES)]
    wanted = args[0].upper() if kind == "set" else ""
    chosen = [r for r in rows if not wanted or fnmatch.fnmatchcase(r[0], wanted)]
    return [modem.personality.line("+CPINR", f"{c},{n},{d}") for c, n, d in chosen]


def _csim(modem: Modem, kind: str, args: list[str], raw: str) -> list[str]:
    if kind == "test":
        return []
    if kind != "set" or len(args) != 2:
        raise CommandError
    apdu = args[1].upper()
    counters = {"0020000100": modem.pin_retries, "002C000100": modem.puk_retries,
                "0020008100": PIN_TRIES, "002C008100": PUK_TRIES}
    if apdu not in counters:
        # Logical channels and the eUICC (an eSIM with nothing enabled still answers).
        response = csim_apdu(modem, apdu_from_hex(args[0], apdu))
        return [modem.personality.line("+CSIM", f'{len(response)},"{response}"')]
    modem._need_sim_present()
    if apdu == "0020000100" and (not modem.pin_enabled or modem.sim_unlocked):
        status = "9000"  # PIN already verified or disabled
    elif counters[apdu] == 0:
        status = "6983"
    else:
        status = f"63C{counters[apdu]:X}"
    return [modem.personality.line("+CSIM", f'4,"{status}"')]


def _clck(modem: Modem, kind: str, args: list[str], raw: str) -> list[str]:
    if kind == "test":
        return [modem.personality.line("+CLCK", '("SC","P2","PN")')]
    if kind != "set" or len(args) < 2:
        raise CommandError
    facility, mode = args[0].upper(), args[1]
    if facility != "SC":
        if mode == "2":
            return [modem.personality.line("+CLCK", "0")]
        raise CmeError(4)
    modem._need_sim_ready()
    if mode == "2":
        return [modem.personality.line("+CLCK", "1" if modem.pin_enabled else "0")]
    if mode not in ("0", "1") or len(args) < 3:
        raise CmeError(50)
    if args[2] != modem.pin:
        modem.pin_retries -= 1
        if modem.pin_retries == 0:
            modem.sim_unlocked = False
            modem.pin_enabled = True
        raise CmeError(16)
    modem.pin_retries = PIN_TRIES
    modem.pin_enabled = mode == "1"
    return []


def _crsm(modem: Modem, kind: str, args: list[str], raw: str) -> list[str]:
    if kind == "test":
        return []
    if kind != "set":
        raise CommandError
    modem._need_sim_present()
    if args[:2] == ["176", "12258"]:
        return [modem.personality.line(
            "+CRSM", f'144,0,"{swap_nibbles(modem.network.iccid)}"')]
    if args[:2] == ["176", "28589"]:
        # EF_AD (TS 31.102 §4.2.18): the 4th byte's low nibble is the MNC length.
        return [modem.personality.line(
            "+CRSM", f'144,0,"000000{len(modem.network.mnc):02X}"')]
    return [modem.personality.line("+CRSM", "106,130")]  # 6A82: file not found


def _cimi(modem: Modem, kind: str, args: list[str], raw: str) -> list[str]:
    if kind == "test":
        return []
    if kind != "exec":
        raise CommandError
    modem._need_sim_ready()
    return [modem.network.imsi]


def _cnum(modem: Modem, kind: str, args: list[str], raw: str) -> list[str]:
    if kind == "test":
        return []
    if kind != "exec":
        raise CommandError
    modem._need_sim_ready()
    number = modem.network.msisdn
    return [modem.personality.line("+CNUM", f'"","{number}",145')]


HANDLERS: dict[str, Handler] = {
    "+CPIN": _cpin, "+CPINR": _cpinr, "+CSIM": _csim, "+CLCK": _clck, "+CRSM": _crsm,
    "+CIMI": _cimi, "+CNUM": _cnum,
}
VENDOR_ONLY: frozenset[str] = frozenset()
