"""The SIM's SMS store: +CMGF, +CPMS, +CMGL, +CMGR in text mode and PDU mode (3GPP TS 27.005
§3.2.3, §3.4.2, §3.4.3; PDUs per TS 23.040 via simtool.at.pdu).

The store holds one slot per message part, as a SIM does: `store_sms()` splits a long text
into concatenated parts. Listing (+CMGL) and reading (+CMGR) mark a received unread message
read (TS 27.005 §3.4.2, §3.4.3), except with SIMCom's <mode> 1 "do not change the status"
(reference/datapath_and_notices.md §3.3). The store is on the SIM ("SM": its parts are also
EF_SMS records, readable with +CRSM) or in the modem ("ME", Quectel), as the personality
says. In text mode a part shows its own text.
"""

from __future__ import annotations

from simtool.sim.commands.base import CmeError, CommandError, to_int

TYPE_CHECKING = False
if TYPE_CHECKING:
    from simtool.sim.commands.base import Handler
    from simtool.sim.modem import Modem

STATUSES = ("REC UNREAD", "REC READ", "STO UNSENT", "STO SENT")
CAPACITY = 20


# Any text this long fits one SMS (70 UCS2 characters); longer ones may need parts. The PDU
# codec is imported only for those and for PDU mode: it pulls in `typing`, and the modem is
# built while a sim:// port's first reply is due.
_ONE_PART = 70


class SmsSlot:
    """One stored message part (a plain class, for the same reason)."""

    __slots__ = ("status", "sender", "time", "text", "_pdu")

    def __init__(self, status: str, sender: str, time: str, text: str,
                 pdu: str | None = None) -> None:
        self.status = status    # one of STATUSES
        self.sender = sender
        self.time = time        # ISO 8601 with offset: "2026-11-20T09:15:02+08:00"
        self.text = text        # this part's text
        self._pdu = pdu

    @property
    def pdu(self) -> str:
        """This part as an SMS-DELIVER PDU (hex, SMSC first)."""
        if self._pdu is None:
            from simtool.at import pdu

            [self._pdu] = pdu.deliver(self.sender, self.text, self.time)
        return self._pdu


def store_sms(slots: list[SmsSlot], sender: str, text: str, time: str, *,
              status: str = "REC UNREAD", reference: int = 0) -> None:
    """Add a received message to the store, one slot per part."""
    if len(text) <= _ONE_PART:
        slots.append(SmsSlot(status, sender, time, text))
        return
    from simtool.at import pdu

    for hexpdu in pdu.deliver(sender, text, time, reference=reference):
        slots.append(SmsSlot(status, sender, time, pdu.decode(hexpdu).text, hexpdu))


def _text_time(iso: str) -> str:
    """'2026-11-20T09:15:02+08:00' -> '26/11/20,09:15:02+32' (zone in quarter hours)."""
    date, _, rest = iso.partition("T")
    year, month, day = date.split("-")
    clock, sign, zone = rest[:8], rest[8:9] or "+", rest[9:] or "00:00"
    hours, _, minutes = zone.partition(":")
    quarters = (int(hours) * 60 + int(minutes or 0)) // 15
    return f"{year[2:]}/{month}/{day},{clock}{sign}{quarters:02d}"


def _tpdu_length(hexpdu: str) -> int:
    """+CMGL/+CMGR <length> in PDU mode: the TPDU's octets, without the SMSC field."""
    data = bytes.fromhex(hexpdu)
    return len(data) - 1 - data[0]


def _header(modem: Modem, name: str, index: int | None, slot: SmsSlot) -> str:
    lead = f"{index}," if index is not None else ""
    if modem.cmgf == 0:
        body = f"{lead}{STATUSES.index(slot.status)},,{_tpdu_length(slot.pdu)}"
    else:
        body = f'{lead}"{slot.status}","{slot.sender}",,"{_text_time(slot.time)}"'
    return modem.personality.line(name, body)


def _cmgf(modem: Modem, kind: str, args: list[str], raw: str) -> list[str]:
    if kind == "read":
        return [modem.personality.line("+CMGF", str(modem.cmgf))]
    if kind == "test":
        return [modem.personality.line("+CMGF", "(0-1)")]
    if kind != "set" or args[0] not in ("0", "1"):
        raise CmeError(50)
    modem.cmgf = int(args[0])
    return []


def _cpms(modem: Modem, kind: str, args: list[str], raw: str) -> list[str]:
    modem._need_sim_ready()
    used = len(modem.sms)
    where = modem.personality.sms_storage
    if kind == "test":
        return [modem.personality.line("+CPMS", f'("{where}"),("{where}"),("{where}")')]
    if kind == "read":
        return [modem.personality.line(
            "+CPMS", f'"{where}",{used},{CAPACITY},"{where}",{used},{CAPACITY},"{where}",'
            f"{used},{CAPACITY}")]
    if kind == "set":
        return [modem.personality.line(
            "+CPMS", f"{used},{CAPACITY},{used},{CAPACITY},{used},{CAPACITY}")]
    raise CommandError


def _wanted(modem: Modem, kind: str, args: list[str]) -> str:
    """The status asked for: "ALL" or one of STATUSES (numbers in PDU mode)."""
    if kind != "set":
        return "REC UNREAD"
    value = args[0].strip().upper()
    if modem.cmgf == 0:
        number = to_int(value)
        if number == 4:
            return "ALL"
        if not 0 <= number < len(STATUSES):
            raise CmeError(50)
        return STATUSES[number]
    if value != "ALL" and value not in STATUSES:
        raise CmeError(50)
    return value


def _cmgl(modem: Modem, kind: str, args: list[str], raw: str) -> list[str]:
    modem._need_sim_ready()
    if kind == "test":
        listed = "(0-4)" if modem.cmgf == 0 else '("REC UNREAD","REC READ","ALL")'
        return [modem.personality.line("+CMGL", listed)]
    wanted = _wanted(modem, kind, args)
    keep = _keeps_status(modem, args[1:])
    lines = []
    for index, slot in enumerate(modem.sms, start=1):
        if wanted in ("ALL", slot.status):
            lines += [_header(modem, "+CMGL", index, slot),
                      slot.pdu if modem.cmgf == 0 else slot.text]
            if slot.status == "REC UNREAD" and not keep:
                slot.status = "REC READ"
    return lines


def _keeps_status(modem: Modem, mode: list[str]) -> bool:
    """<mode> 1 (SIMCom): list or read without changing the status."""
    if not mode or not mode[0]:
        return False
    if mode[0] not in ("0", "1") or not modem.personality.sms_keeps_status:
        raise CmeError(50)
    return mode[0] == "1"


def _cmgr(modem: Modem, kind: str, args: list[str], raw: str) -> list[str]:
    modem._need_sim_ready()
    if kind == "test":
        return []
    if kind != "set":
        raise CommandError
    index = to_int(args[0])
    if not 1 <= index <= len(modem.sms):
        raise CmeError(21)
    slot = modem.sms[index - 1]
    header = _header(modem, "+CMGR", None, slot)
    if slot.status == "REC UNREAD" and not _keeps_status(modem, args[1:]):
        slot.status = "REC READ"
    return [header, slot.pdu if modem.cmgf == 0 else slot.text]


def ef_sms_record(modem: Modem, record: int) -> str:
    """EF_SMS record `record` (TS 31.102 §4.2.25) as +CRSM shows it, when the store is on
    the SIM: status (00 free, 01 read, 03 unread, 05 sent, 07 unsent), SMSC and TPDU, padded
    with FF to 176 bytes."""
    data = b""
    if modem.personality.sms_storage == "SM" and 1 <= record <= len(modem.sms):
        slot = modem.sms[record - 1]
        status = {"REC READ": 0x01, "REC UNREAD": 0x03, "STO SENT": 0x05,
                  "STO UNSENT": 0x07}[slot.status]
        data = bytes([status]) + bytes.fromhex(slot.pdu)
    data = data or b"\x00"
    return (data + b"\xff" * (176 - len(data))).hex().upper()


HANDLERS: dict[str, Handler] = {"+CMGF": _cmgf, "+CPMS": _cpms, "+CMGL": _cmgl, "+CMGR": _cmgr}
VENDOR_ONLY: frozenset[str] = frozenset()
