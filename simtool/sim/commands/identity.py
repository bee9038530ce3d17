"""Identity and error reporting: +CGMI/+CGMM/+CGMR/+CGSN (and their V.250 +GMx twins), +CMEE."""

from __future__ import annotations

from simtool.sim.commands.base import CmeError, CommandError

# Annotations only (see base.py: no `typing` on the path to a sim:// port's first byte).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from simtool.sim.commands.base import Handler
    from simtool.sim.modem import Modem
    from simtool.sim.personalities import Personality


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


def _identity(modem: Modem, kind: str, prefix: str, value: str) -> list[str]:
    if kind == "test":
        return []
    if kind != "exec":
        raise CommandError
    if modem.personality.identity_quoted:   # `+CGMI: "AirM2M"` (openLuat AT manual)
        return [modem.personality.line(prefix, f'"{value}"')]
    return [value]


def _cgmi(modem: Modem, kind: str, args: list[str], raw: str) -> list[str]:
    return _identity(modem, kind, "+CGMI", modem.personality.manufacturer)


def _cgmm(modem: Modem, kind: str, args: list[str], raw: str) -> list[str]:
    return _identity(modem, kind, "+CGMM", modem.personality.model)


def _cgmr(modem: Modem, kind: str, args: list[str], raw: str) -> list[str]:
    return _identity(modem, kind, "+CGMR", modem.personality.revision)


def imei_of(personality: Personality, *, new_device: bool) -> str:
    """The simulated modem's IMEI: the model's TAC, a serial, the Luhn digit. A card moved
    to a new device (device-bound) sits in a modem of the same model with another serial."""
    return luhn_complete(personality.tac + ("654321" if new_device else "123456"))


def _cgsn(modem: Modem, kind: str, args: list[str], raw: str) -> list[str]:
    if kind == "test":
        return []
    if kind != "exec":
        raise CommandError
    return [imei_of(modem.personality, new_device=modem.scenario.new_device)]


def _cmee(modem: Modem, kind: str, args: list[str], raw: str) -> list[str]:
    if kind == "read":
        return [modem.personality.line("+CMEE", str(modem.cmee))]
    if kind == "test":
        return [modem.personality.line("+CMEE", "(0-2)")]
    value = args[0] if kind == "set" and args[0] else "0"
    if value not in ("0", "1", "2"):
        raise CmeError(50)
    modem.cmee = int(value)
    return []


HANDLERS: dict[str, Handler] = {
    "+CGMI": _cgmi, "+GMI": _cgmi, "+CGMM": _cgmm, "+GMM": _cgmm,
    "+CGMR": _cgmr, "+GMR": _cgmr, "+CGSN": _cgsn, "+GSN": _cgsn, "+CMEE": _cmee,
}
VENDOR_ONLY: frozenset[str] = frozenset()
