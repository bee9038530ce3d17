"""Logical channels to the card: +CCHO, +CGLA, +CCHC (3GPP TS 27.007 §8.43-8.45), and the
channel APDUs that arrive through +CSIM (`csim_apdu`, called by the SIM family's +CSIM).

The card (sim/euicc.py) answers the APDUs; this module is the modem's side: session ids in
the personality's style, the CLA channel bits the modem patches in on +CGLA, the length
check of +CGLA/+CSIM, and the answer delivery (61xx for the host to fetch, or inline).
"""

from __future__ import annotations

from simtool.sim.commands.base import CmeError, CommandError

TYPE_CHECKING = False  # annotations only (see base.py)
if TYPE_CHECKING:
    from simtool.sim.commands.base import Handler
    from simtool.sim.modem import Modem

_SIERRA_HANDLE = 0x000000000385A7CE     # MC7455's handles look like this (lpac#138)


def apdu_from_hex(length: str, payload: str) -> bytes:
    """The APDU of a +CGLA/+CSIM set command; +CME ERROR 50 when length or hex is wrong."""
    try:
        count = int(length)
        apdu = bytes.fromhex(payload)
    except ValueError:
        raise CmeError(50) from None
    if count != len(payload) or len(apdu) < 4:
        raise CmeError(50)
    return apdu


def _need_channels(modem: Modem, kind: str) -> None:
    p = modem.personality
    if p.channels != "cgla":
        raise CommandError          # no such command on this modem
    if kind == "test":
        if not p.channel_test_forms:
            raise CommandError
        return
    if kind != "set":
        raise CommandError


def _ccho(modem: Modem, kind: str, args: list[str], raw: str) -> list[str]:
    _need_channels(modem, kind)
    if kind == "test":
        return []
    modem._need_card()
    card = modem.card
    number = card.open_channel()
    if number is None:
        raise CmeError(4)
    if not card.select(number, args[0]):
        card.close_channel(number)
        refusal = modem.personality.ccho_refusal
        if refusal is None:
            raise CommandError
        raise CmeError(refusal)
    style = modem.personality.ccho_reply
    session = f"{_SIERRA_HANDLE + number:016x}" if style == "handle" else str(number)
    modem.channel_sessions[session] = number
    if style == "bare":
        return [session]
    return [modem.personality.line("+CCHO", session)]


def _cgla(modem: Modem, kind: str, args: list[str], raw: str) -> list[str]:
    _need_channels(modem, kind)
    if kind == "test":
        return []
    if len(args) != 3 or args[0] not in modem.channel_sessions:
        raise CommandError          # an unknown session id (reference/esim.md §11)
    modem._need_card()
    apdu = bytearray(apdu_from_hex(args[1], args[2]))
    number = modem.channel_sessions[args[0]]
    apdu[0] = (apdu[0] & 0xFC) | number      # the modem puts its channel into CLA
    response = modem.card.transmit(bytes(apdu), channel=number,
                                   chunked=not modem.personality.cgla_inline)
    text = response.hex().upper()
    return [modem.personality.line("+CGLA", f'{len(text)},"{text}"')]


def _cchc(modem: Modem, kind: str, args: list[str], raw: str) -> list[str]:
    _need_channels(modem, kind)
    if kind == "test":
        return []
    number = modem.channel_sessions.pop(args[0], None)
    if number is None:
        raise CommandError
    modem.card.close_channel(number)
    return []


def csim_apdu(modem: Modem, payload: bytes) -> str:
    """The card's answer (hex, SW last) to a channel APDU sent with +CSIM; "6D00" on a modem
    whose +CSIM carries no channel commands."""
    if modem.personality.channels == "none":
        return "6D00"
    modem._need_card()
    return modem.card.transmit(payload, chunked=True).hex().upper()


HANDLERS: dict[str, Handler] = {"+CCHO": _ccho, "+CGLA": _cgla, "+CCHC": _cchc}
VENDOR_ONLY: frozenset[str] = frozenset()
