"""The SIM's SMS store: +CMGF, +CPMS, +CMGL, +CMGR in text mode and PDU mode (3GPP TS 27.005
§3.2.3, §3.4.2, §3.4.3; PDUs per TS 23.040 via simtool.at.pdu); sending (+CMGS, with the
"> " prompt), deleting (+CMGD), new-message indications (+CNMI, +CMTI), and the operator's
SMS account service that answers balance and data queries.

The store holds one slot per message part, as a SIM does: `store_sms()` splits a long text
into concatenated parts. Listing leaves the status as it is; reading one message (+CMGR)
marks it read. In text mode a part shows its own text. A deleted slot stays free (None), so
the other messages keep their indexes.

The account service (Network.sms_service: 10086, 10010, 10001) answers the operator's query
words (CXYE, CXLL, CXHF, 2082, 102, 108) with the balance, the data left and the plan's end,
in Chinese, long enough for two concatenated parts. The answer arrives `sms_seconds` after
the send (a +CMTI per part when +CNMI asks for them) and is stored when it is due.
"""

from __future__ import annotations

from simtool.sim.commands.base import CmeError, CmsError, CommandError, from_ucs2, to_int

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


def store_sms(slots: list[SmsSlot | None], sender: str, text: str, time: str, *,
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
    used = sum(slot is not None for slot in modem.sms)
    if kind == "test":
        return [modem.personality.line("+CPMS", '("SM"),("SM"),("SM")')]
    if kind == "read":
        return [modem.personality.line(
            "+CPMS", f'"SM",{used},{CAPACITY},"SM",{used},{CAPACITY},"SM",{used},{CAPACITY}')]
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
    lines = []
    for index, slot in enumerate(modem.sms, start=1):
        if slot is not None and wanted in ("ALL", slot.status):
            lines += [_header(modem, "+CMGL", index, slot),
                      slot.pdu if modem.cmgf == 0 else slot.text]
    return lines


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
    if slot is None:
        return []           # a free slot: OK with no message (TS 27.005 §3.4.3)
    header = _header(modem, "+CMGR", None, slot)
    if slot.status == "REC UNREAD":
        slot.status = "REC READ"
    return [header, slot.pdu if modem.cmgf == 0 else slot.text]


# ---- sending, deleting, new-message indications, the operator's account service --------

# TS 27.005 §3.2.5 +CMS ERROR codes used here.
CMS_ME_FAILURE = 300
CMS_INVALID_PDU = 304
CMS_INVALID_TEXT = 305
CMS_NO_NETWORK = 331
CMS_INVALID_INDEX = 321
_MAX_PDU_OCTETS = 164


class SmsEntry:
    """A +CMGS waiting for its text after the "> " prompt."""

    __slots__ = ("length", "destination")

    def __init__(self, length: int | None, destination: str | None) -> None:
        self.length = length                # PDU mode: TPDU octets announced
        self.destination = destination      # text mode: the number given


def _cnmi(modem: Modem, kind: str, args: list[str], raw: str) -> list[str]:
    if kind == "read":
        return [modem.personality.line("+CNMI", ",".join(map(str, modem.cnmi)))]
    if kind == "test":
        return [modem.personality.line("+CNMI", "(0-2),(0-3),(0,2),(0-2),(0,1)")]
    if kind != "set":
        raise CommandError
    values = [to_int(a) if a else 0 for a in args[:5]]
    values += [0] * (5 - len(values))
    if not (0 <= values[0] <= 2 and 0 <= values[1] <= 3):
        raise CmsError(CMS_ME_FAILURE)
    modem.cnmi = tuple(values)
    return []


def _cmgs(modem: Modem, kind: str, args: list[str], raw: str) -> list[str]:
    if kind == "test":
        return []
    if kind != "set" or not args[0]:
        raise CommandError
    modem._need_sim_ready()
    if not modem._registered("+CREG"):
        raise CmsError(CMS_NO_NETWORK)
    if modem.cmgf == 0:
        length = to_int(args[0])
        if not 1 <= length <= _MAX_PDU_OCTETS:
            raise CmsError(CMS_INVALID_PDU)
        modem.sms_entry = SmsEntry(length, None)
    else:
        number = from_ucs2(args[0]) if modem.cscs == "UCS2" else args[0]
        if not number.lstrip("+").isdigit():
            raise CmsError(CMS_INVALID_TEXT)
        modem.sms_entry = SmsEntry(None, number)
    return []


def finish_entry(modem: Modem, text: str, send: bool) -> tuple[list[str], str]:
    """The text typed after the prompt: sent (Ctrl-Z) or dropped (ESC). Returns the reply's
    information lines and final result; the service's answer is queued for later."""
    entry, modem.sms_entry = modem.sms_entry, None
    if entry is None:
        return [], "ERROR"
    if not send:
        return [], "OK"             # ESC: nothing is sent (TS 27.005 §3.5.1)
    if entry.length is not None:
        from simtool.at import pdu

        hexpdu = "".join(text.split())
        try:
            message = pdu.decode(hexpdu)
            smsc_octets = int(hexpdu[:2], 16) + 1
        except (pdu.PduError, ValueError):
            return [], f"+CMS ERROR: {CMS_INVALID_PDU}"
        if message.kind != "submit" or len(hexpdu) // 2 - smsc_octets != entry.length:
            return [], f"+CMS ERROR: {CMS_INVALID_PDU}"
        destination, body = message.address or "", message.text
    else:
        destination = entry.destination or ""
        body = from_ucs2(text) if modem.cscs == "UCS2" else text
    modem.sms_sent += 1
    reference = modem.sms_sent % 256
    _answer(modem, destination, body)
    return [modem.personality.line("+CMGS", str(reference))], "OK"


def _national(number: str) -> str:
    digits = number.lstrip("+")
    return digits[2:] if digits.startswith("86") and len(digits) > 5 else digits


def _answer(modem: Modem, destination: str, body: str) -> None:
    """Queue the account service's answer when the SMS went to it."""
    network = modem.network
    if network.sms_service is None or _national(destination) != network.sms_service:
        return
    word = body.strip().upper()
    if word in (w.upper() for w in network.sms_words):
        text = service_reply(modem)
    else:
        text = (f"{network.signature}您发送的指令无法识别。查询余额请发送"
                f"{network.sms_words[0]}到{network.sms_service}。")
    modem.sms_pending.append((modem.clock() + modem.config.sms_seconds,
                              network.sms_service, text))
    # One slot per part: the indexes the parts will get, announced when they are due.
    parts = 1 if len(text) <= _ONE_PART else _part_count(text)
    first = len(modem.sms) + sum(_parts_of(t) for _d, _s, t in modem.sms_pending[:-1]) + 1
    if modem.cnmi[1] in (1, 2):
        urcs = [modem.personality.line("+CMTI", f'"SM",{first + n}') for n in range(parts)]
        modem._after += urcs
        modem._after_delay = modem.config.sms_seconds


def _part_count(text: str) -> int:
    from simtool.at import pdu

    return len(pdu.deliver("0", text, "2026-01-01T00:00:00+08:00"))


def _parts_of(text: str) -> int:
    return 1 if len(text) <= _ONE_PART else _part_count(text)


def service_reply(modem: Modem) -> str:
    """The account service's answer: balance, data left and the plan's end, as the
    operator words it (long enough to come in two parts)."""
    n = modem.network
    money, left, plan = f"{modem.balance:.2f}", f"{n.data_left_gb:.2f}", f"{n.data_plan_gb:.2f}"
    if n.sms_service == "10086":
        return (f"尊敬的客户，截至11月25日10时，您的账户余额为{money}元，本月套餐内国内通用流量"
                f"剩余{left}GB（共{plan}GB），套餐有效期至2026年12月31日。为免影响使用，请及时"
                f"充值。{n.signature}")
    if n.sms_service == "10010":
        return (f"{n.signature}尊敬的客户，您好！截至11月25日10时，您的账户可用余额{money}元，"
                f"本月剩余国内流量{left}GB（套餐共{plan}GB），套餐到期日2026年12月31日。"
                "感谢您的使用。")
    return (f"尊敬的客户，您好！截至2026年11月25日10时，您的账户余额为{money}元；本月套餐国内"
            f"流量剩余{left}GB（共{plan}GB），套餐有效期至2026年12月31日。{n.signature}")


def deliver_due(modem: Modem) -> None:
    """Store the service's answers whose time has come (called before each command)."""
    if not modem.sms_pending:
        return
    now = modem.clock()
    while modem.sms_pending and modem.sms_pending[0][0] <= now:
        _due, sender, text = modem.sms_pending.pop(0)
        modem.sms_reference = (modem.sms_reference + 1) % 256
        store_sms(modem.sms, sender, text, "2026-11-25T10:00:05+08:00",
                  reference=modem.sms_reference)


def _cmgd(modem: Modem, kind: str, args: list[str], raw: str) -> list[str]:
    modem._need_sim_ready()
    if kind == "test":
        used = ",".join(str(i) for i, s in enumerate(modem.sms, start=1) if s is not None)
        return [modem.personality.line("+CMGD", f"({used}),(0-4)")]
    if kind != "set":
        raise CommandError
    index = to_int(args[0]) if args[0] else 0
    flag = to_int(args[1]) if len(args) > 1 and args[1] else 0
    if flag == 0:
        if not 1 <= index <= len(modem.sms):
            raise CmsError(CMS_INVALID_INDEX)
        modem.sms[index - 1] = None
        return []
    # <delflag> 1 read, 2 read and sent, 3 read, sent and unsent, 4 all (TS 27.005 §3.5.4).
    doomed = {1: ("REC READ",), 2: ("REC READ", "STO SENT"),
              3: ("REC READ", "STO SENT", "STO UNSENT"), 4: STATUSES}.get(flag)
    if doomed is None:
        raise CmsError(CMS_ME_FAILURE)
    for position, slot in enumerate(modem.sms):
        if slot is not None and slot.status in doomed:
            modem.sms[position] = None
    return []


HANDLERS: dict[str, Handler] = {"+CMGF": _cmgf, "+CPMS": _cpms, "+CMGL": _cmgl, "+CMGR": _cmgr,
                                "+CMGS": _cmgs, "+CMGD": _cmgd, "+CNMI": _cnmi}
VENDOR_ONLY: frozenset[str] = frozenset()
