"""Read the eUICC (eSIM) behind the modem, read-only: EID and profiles (reference/esim.md).

The ISD-R is reached on a logical channel: AT+CCHO/+CGLA/+CCHC (3GPP TS 27.007 §8.43-8.45)
where the modem has them, else MANAGE CHANNEL / SELECT / STORE DATA through AT+CSIM. Only
the read-only ES10 requests in `REQUESTS` can ever be built, every APDU passes
`check_apdu` before it is sent, and the channel this module opened is closed in every path
(error, timeout, cancel, Ctrl-C); channels it did not open are never touched, and nothing
is selected on the basic channel.

Cost on a plain SIM: the +CCHO (or the +CSIM MANAGE CHANNEL) rides on the reader's chained
SIM line, so a card that is not an eUICC answers "no" in the same round trip. On the +CSIM
route the SELECT costs one round trip and the close rides on the next chained line
(`deferred_close`).

Outcome (facts.sim): `type` esim when the ISD-R answered, physical when the card refused
it while the modem sees a working SIM, unknown when nothing could be told; `esim_status`
says how far the read went (facts.ESIM_STATUSES).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, NamedTuple

from simtool.at import bertlv
from simtool.at.parsers.common import Unparsed
from simtool.at.parsers.euicc import (
    ISD_R_AID,
    Apdu,
    eid_checksum_ok,
    parse_ccho,
    parse_cgla,
    parse_csim,
    parse_eid_response,
    parse_profiles_response,
    split_response,
)
from simtool.at.session import AtResponse, AtSession, Cancelled
from simtool.facts import EsimProfile, Facts
from simtool.i18n import tr
from simtool.log import get_logger

if TYPE_CHECKING:
    from simtool.vendors.base import Vendor

log = get_logger(__name__)

# The only ES10 requests simtool builds (reference/esim.md §2), as STORE DATA payloads.
# GetProfilesInfo asks for a tag list (ICCID, ISD-P AID, state, nickname, provider, name,
# class) so no icon (tag 94, up to 1 KB each) comes back.
REQUESTS: dict[str, str] = {
    "GetEID": "BF3E035C015A",
    "GetProfilesInfo": "BF2D0A5C085A4F9F7090919295",
}
# ES10 functions that only read (reference/esim.md §2, the allow-list) ...
READ_ONLY_TAGS = frozenset({0xBF3E, 0xBF2D, 0xBF20, 0xBF22, 0xBF3C, 0xBF28, 0xBF43})
# ... and those that change the card, start a download or delete evidence: never built.
FORBIDDEN_TAGS = frozenset({
    0xBF31, 0xBF32, 0xBF33, 0xBF34, 0xBF29, 0xBF3F, 0xBF30,     # enable ... remove notification
    0xBF2E, 0xBF38, 0xBF21, 0xBF36, 0xBF23, 0xBF41, 0xBF35, 0xBF42,   # download and session
    0xA0, 0xA1, 0xA2, 0xA3,                                      # bound profile package parts
})
# Instructions this module may send: MANAGE CHANNEL, SELECT, STORE DATA, GET RESPONSE.
INS_MANAGE_CHANNEL, INS_SELECT, INS_STORE_DATA, INS_GET_RESPONSE = 0x70, 0xA4, 0xE2, 0xC0

CCHO_COMMAND = f'+CCHO="{ISD_R_AID}"'
COMMAND_TIMEOUT = 5.0
CLOSE_TIMEOUT = 3.0
MAX_CHUNKS = 64               # GET RESPONSE rounds for one answer (64 x 256 bytes)
MAX_CHANNEL = 19              # ISO 7816-4 logical channels 1..19

# SIM states in which the modem sees a working card: a refused ISD-R then means a plain UICC.
_CARD_ANSWERS = ("ready", "pin-required", "puk-required", "pin2-required", "puk2-required",
                 "ph-sim-pin", "ph-net-pin", "ph-net-puk", "ph-netsub-pin", "ph-sp-pin",
                 "ph-corp-pin")


class ForbiddenApdu(AssertionError):
    """An APDU outside the read-only allow-list was about to be sent: a programming error."""


class ReadFailed(Exception):
    """The eUICC read stopped: the modem refused a command or answered nonsense."""


class Chained(NamedTuple):
    """What a chained line answered for the probe's command (duck-types reader.Read)."""

    ok: bool
    text: str
    code: int | None = None
    final: str | None = None


# ---- the APDUs (the only builders; possible_apdus() enumerates everything they make) -------

def manage_channel_open() -> str:
    """MANAGE CHANNEL open, the card picks the channel and answers it in one byte."""
    return check_apdu("0070000001")


def manage_channel_close(channel: int) -> str:
    if not 1 <= channel <= MAX_CHANNEL:
        raise ForbiddenApdu(f"closing channel {channel}")
    return check_apdu(f"007080{channel:02X}00")


def channel_cla(channel: int, *, proprietary: bool) -> int:
    """CLA for `channel` (ISO 7816-4 §5.4.1): 0N/8N for 0-3, 40+/C0+ (N-4) for 4-19."""
    if not 0 <= channel <= MAX_CHANNEL:
        raise ForbiddenApdu(f"channel {channel}")
    base = 0x80 if proprietary else 0x00
    if channel <= 3:
        return base | channel
    return base | 0x40 | (channel - 4)


def select_isd_r(cla: int) -> str:
    """SELECT the ISD-R by AID, FCP wanted (P2 04, as pySim and ModemManager-MBIM)."""
    return check_apdu(f"{cla:02X}A4040410{ISD_R_AID}")


def store_data(request: str, cla: int) -> str:
    """One ES10 request of REQUESTS as a single-block STORE DATA (P1 91), without Le."""
    payload = REQUESTS[request]
    return check_apdu(f"{cla:02X}E29100{len(payload) // 2:02X}{payload}")


def get_response(cla: int, length: int) -> str:
    """GET RESPONSE for `length` bytes (00 = 256) with the channel's interindustry CLA."""
    return check_apdu(f"{cla:02X}C00000{length & 0xFF:02X}")


def with_le(apdu: str, le: int) -> str:
    """`apdu` resent with Le = `le` after a 6Cxx (wrong length) answer."""
    raw = bytes.fromhex(apdu)
    if len(raw) == 5 and raw[1] == INS_GET_RESPONSE:
        return check_apdu(raw[:4].hex().upper() + f"{le:02X}")
    return check_apdu(apdu + f"{le:02X}")


def check_apdu(apdu: str) -> str:
    """`apdu` if it is on the read-only allow-list; ForbiddenApdu otherwise."""
    try:
        raw = bytes.fromhex(apdu)
    except ValueError:
        raise ForbiddenApdu(f"not hex: {apdu!r}") from None
    if len(raw) < 5:
        raise ForbiddenApdu(f"too short: {apdu}")
    cla, ins, p1, p2, p3 = raw[:5]
    body = raw[5:]
    if cla == 0xFF or ins in (0x12, 0x14, 0xAA):       # FETCH, TERMINAL RESPONSE, CAPABILITY
        raise ForbiddenApdu(f"toolkit or setup command: {apdu}")
    if ins == INS_MANAGE_CHANNEL:
        opening = p1 == 0x00 and p2 == 0x00 and p3 == 0x01 and not body
        closing = p1 == 0x80 and 1 <= p2 <= MAX_CHANNEL and p3 == 0x00 and not body
        if cla != 0x00 or not (opening or closing):
            raise ForbiddenApdu(f"MANAGE CHANNEL other than open or close of 1-19: {apdu}")
    elif ins == INS_SELECT:
        if cla & 0x80 or (cla & 0x03 == 0 and cla < 0x40) or (p1, p2) != (0x04, 0x04) \
                or body.hex().upper() != ISD_R_AID or p3 != len(body):
            raise ForbiddenApdu(f"SELECT other than the ISD-R on a logical channel: {apdu}")
    elif ins == INS_STORE_DATA:
        _check_store_data(apdu, cla, p1, p2, p3, body)
    elif ins == INS_GET_RESPONSE:
        if cla & 0x80 or (p1, p2) != (0, 0) or body:
            raise ForbiddenApdu(f"GET RESPONSE with parameters: {apdu}")
    else:
        raise ForbiddenApdu(f"instruction {ins:02X} is not allowed: {apdu}")
    return apdu


def _check_store_data(apdu: str, cla: int, p1: int, p2: int, p3: int, body: bytes) -> None:
    if not cla & 0x80:
        raise ForbiddenApdu(f"STORE DATA with an interindustry CLA: {apdu}")
    if p1 != 0x91 or p2 != 0x00:
        raise ForbiddenApdu(f"STORE DATA other than one single block (P1 91, P2 00): {apdu}")
    data = body[:p3]
    if len(data) != p3 or len(body) - p3 not in (0, 1):
        raise ForbiddenApdu(f"STORE DATA length does not match: {apdu}")
    try:
        request = bertlv.decode_one(data)
    except bertlv.TlvError as error:
        raise ForbiddenApdu(f"STORE DATA payload is not one TLV ({error}): {apdu}") from None
    if request.tag in FORBIDDEN_TAGS or request.tag not in READ_ONLY_TAGS:
        raise ForbiddenApdu(f"ES10 function {request.tag:X} is not read-only: {apdu}")


def possible_apdus() -> Iterator[str]:
    """Every APDU the builders above can produce, for the allow-list test."""
    yield manage_channel_open()
    for channel in range(1, MAX_CHANNEL + 1):
        yield manage_channel_close(channel)
    for channel in range(0, MAX_CHANNEL + 1):
        interindustry = channel_cla(channel, proprietary=False)
        if channel:
            yield select_isd_r(interindustry)
        for request in REQUESTS:
            apdu = store_data(request, channel_cla(channel, proprietary=True))
            yield apdu
            for le in range(256):
                yield with_le(apdu, le)
        for le in range(256):      # with_le() on a GET RESPONSE gives one of these too
            yield get_response(interindustry, le)


# ---- talking on a channel ----------------------------------------------------------------

Send = Callable[[str], Apdu]


def _exchange(send: Send, apdu: str, cla: int) -> Apdu:
    """Send `apdu`; fetch chunked answers (61xx -> GET RESPONSE), resend after 6Cxx, take
    91xx (a proactive command pending) as success without FETCH."""
    response = send(apdu)
    data = bytearray(response.data)
    resent = False
    for _round in range(MAX_CHUNKS):
        sw1, sw2 = response.sw >> 8, response.sw & 0xFF
        if sw1 == 0x61:
            response = send(get_response(cla, sw2))
            data += response.data
        elif sw1 == 0x6C and not resent:
            resent = True
            response = send(with_le(apdu, sw2))
            data = bytearray(response.data)
        else:
            break
    else:
        raise ReadFailed(tr("Collect", "the eSIM kept answering 61xx"))
    sw = 0x9000 if response.sw >> 8 == 0x91 else response.sw
    return Apdu(bytes(data), sw)


class _Channel:
    """A logical channel this module opened: how to send on it and how to close it."""

    def __init__(self, session: AtSession, route: str, handle: str) -> None:
        self.session = session
        self.route = route              # "cgla" | "csim"
        self.handle = handle            # the modem's session id, or the channel number
        self.open = True

    @property
    def channel(self) -> int:
        return int(self.handle) if self.route == "csim" else 0

    def cla(self, *, proprietary: bool) -> int:
        # Through +CGLA the modem puts the channel into CLA itself (27.007 §8.45 note).
        return channel_cla(self.channel, proprietary=proprietary)

    def send(self, apdu: str) -> Apdu:
        check_apdu(apdu)
        if self.route == "cgla":
            command = f'AT+CGLA={self.handle},{len(apdu)},"{apdu}"'
            parser = parse_cgla
        else:
            command = f'AT+CSIM={len(apdu)},"{apdu}"'
            parser = parse_csim
        reply = self.session.command(command, timeout=COMMAND_TIMEOUT, retry_busy=False)
        if not (reply.ok and reply.complete):
            raise ReadFailed(_failed(command, reply))
        parsed = parser(reply.text)
        if isinstance(parsed, Unparsed):
            raise ReadFailed(tr("Collect", "{command}: {reason}").format(
                command=command, reason=parsed.reason))
        return split_response(parsed)

    def close_command(self) -> str:
        if self.route == "cgla":
            return f"+CCHC={self.handle}"
        apdu = manage_channel_close(self.channel)
        return f'+CSIM={len(apdu)},"{apdu}"'


def _cme(answer: Chained) -> bool:
    """The modem failed the command with a +CME error: it knows the command."""
    return answer.code is not None or (answer.final or "").upper().startswith("+CME")


def _failed(command: str, reply: AtResponse) -> str:
    if not reply.complete:
        return tr("Collect", "{command}: no answer").format(command=command)
    return tr("Collect", "{command}: {final}").format(
        command=command, final=reply.final or reply.error_text or "ERROR")


def _command_despite_cancel(session: AtSession, command: str) -> AtResponse | None:
    """Send a clean-up command even after cancel() (the channel must not stay open), then
    restore the cancel so the caller still stops. None when it could not be sent."""
    cancelled = session.cancelled
    if cancelled:
        session.reset_cancel()
    try:
        return session.command("AT" + command, timeout=CLOSE_TIMEOUT, retry_busy=False)
    except Cancelled:
        return None
    finally:
        if cancelled:
            session.cancel()


# ---- the probe -----------------------------------------------------------------------------

class EuiccProbe:
    """One read of the eUICC during a check. Use: `chain_item()` for the reader's SIM line,
    `run(chained)`, `deferred_close()` for the next chained line and `closed_by(read)`, and
    `close()` in a finally (idempotent)."""

    def __init__(self, session: AtSession, facts: Facts, vendor: Vendor) -> None:
        self.session = session
        self.facts = facts
        self.route = vendor.esim_route       # "cgla" | "probe" | "csim" | "none"
        self.chainable = vendor.esim_chain
        self.channel: _Channel | None = None
        self._deferred: str | None = None

    # -- the reader's hooks --

    def wanted(self) -> bool:
        """Whether the probe runs: not while the SIM still initialises, and not on a modem
        known to have no way to the ISD-R (then the facts say so)."""
        state = self.facts.sim.state
        return state not in (None, "busy")

    def chain_item(self) -> tuple[str, str] | None:
        """(command, reply prefix) to put on the reader's chained SIM line, or None."""
        if not self.wanted() or not self.chainable or self.facts.sim.state != "ready":
            return None
        if self.route in ("cgla", "probe"):
            return CCHO_COMMAND, "+CCHO"
        if self.route == "csim":
            apdu = manage_channel_open()
            return f'+CSIM={len(apdu)},"{apdu}"', "+CSIM"
        return None

    def run(self, chained: Chained | None = None) -> None:
        """Open the channel (or take the chained line's answer), read, fill the facts. Only
        Cancelled and port errors escape; the channel is closed unless `deferred_close`."""
        sim = self.facts.sim
        if self.route == "none":
            sim.esim_status = "not-readable"
            return
        if not self.wanted():
            return
        try:
            if self.route in ("cgla", "probe"):
                self._via_cgla(chained)
            else:
                self._via_csim(chained)
        except ReadFailed as failure:
            self.facts.notes.append(tr("Collect", "eSIM read stopped: {reason}").format(
                reason=failure))
            if sim.type is None:
                sim.type = "unknown"
        finally:
            if self._deferred is None:
                self.close()

    def deferred_close(self) -> tuple[str, str] | None:
        """The close, to ride on the reader's next chained line (command, prefix)."""
        if self._deferred is None or self.channel is None or not self.channel.open:
            return None
        return self._deferred, "+CSIM"

    def closed_by(self, answer: Chained | None) -> None:
        """The chained line carrying the close answered `answer`; close alone otherwise."""
        if self.channel is None or not self.channel.open:
            return
        if answer is not None and answer.ok:
            parsed = parse_csim(answer.text)
            if not isinstance(parsed, Unparsed) and split_response(parsed).sw == 0x9000:
                self.channel.open = False
                return
        self._deferred = None
        self.close()

    def close(self) -> None:
        """Close the channel this probe opened, whatever happened (also after cancel)."""
        channel = self.channel
        if channel is None or not channel.open:
            return
        channel.open = False
        self._deferred = None
        reply = _command_despite_cancel(self.session, channel.close_command())
        if reply is None or not reply.ok:
            log.info("closing the eSIM channel %s failed: %r", channel.handle, reply)
            self.facts.notes.append(tr("Collect", "the eSIM channel {channel} could not be "
                                                  "closed").format(channel=channel.handle))
        elif channel.route == "csim":
            parsed = parse_csim(reply.text)
            if isinstance(parsed, Unparsed) or split_response(parsed).sw != 0x9000:
                self.facts.notes.append(tr("Collect", "the eSIM channel {channel} could not "
                                                      "be closed").format(channel=channel.handle))

    # -- the routes --

    def _card_answers(self) -> bool:
        return self.facts.sim.state in _CARD_ANSWERS

    def _via_cgla(self, chained: Chained | None) -> None:
        sim = self.facts.sim
        if chained is None:
            reply = self.session.command("AT" + CCHO_COMMAND, timeout=COMMAND_TIMEOUT,
                                         retry_busy=False)
            chained = Chained(reply.ok and reply.complete, reply.text, reply.code,
                              None if reply.ok else (reply.final or reply.error_text))
        if chained.ok:
            handle = parse_ccho(chained.text)
            if isinstance(handle, Unparsed):
                raise ReadFailed(tr("Collect", "AT+CCHO: {reason}").format(reason=handle.reason))
            self.channel = _Channel(self.session, "cgla", handle)
            self._read_isd_r(self.channel)
            return
        if self._card_answers():
            # The modem sees a working SIM and the card has no ISD-R: a plain UICC. A bare
            # ERROR may also mean "no +CCHO here" on a modem we know nothing about.
            if _cme(chained) or self.route == "cgla":
                sim.type = "physical"
            return
        # No usable SIM and no channel: try the +CSIM route before calling it inconclusive
        # (Quectel EM061K refuses +CCHO once no profile is enabled: lpac#242).
        self._via_csim(None, ccho_unknown=not _cme(chained))

    def _via_csim(self, chained: Chained | None, *, ccho_unknown: bool = False) -> None:
        sim = self.facts.sim
        open_apdu = manage_channel_open()
        if chained is None:
            command = f'AT+CSIM={len(open_apdu)},"{open_apdu}"'
            reply = self.session.command(command, timeout=COMMAND_TIMEOUT, retry_busy=False)
            chained = Chained(reply.ok and reply.complete, reply.text, reply.code,
                              None if reply.ok else (reply.final or reply.error_text))
        parsed = parse_csim(chained.text) if chained.ok else None
        answer = None if parsed is None or isinstance(parsed, Unparsed) else split_response(parsed)
        if answer is None or answer.sw in (0x6D00, 0x6E00):
            # No MANAGE CHANNEL through this modem (ERROR, or instruction/class refused).
            if not self._card_answers():
                sim.type = "unknown"
            plain_error = answer is None and not _cme(chained)
            no_route = answer is not None or plain_error and (ccho_unknown
                                                              or self.route == "csim")
            sim.esim_status = "not-readable" if no_route or self._card_answers() \
                else "inconclusive"
            return
        if answer.sw != 0x9000 or len(answer.data) != 1 or not 1 <= answer.data[0] <= 19:
            # 6881 no logical channel support, 6A81 no free channel: an eUICC may be there.
            sim.type = "unknown"
            sim.esim_status = "channel-unavailable"
            self.facts.notes.append(tr("Collect", "the SIM opened no logical channel "
                                                  "(status {sw})").format(sw=answer.sw_hex))
            return
        self.channel = _Channel(self.session, "csim", str(answer.data[0]))
        selected = self.channel.send(select_isd_r(self.channel.cla(proprietary=False)))
        if selected.sw >> 8 in (0x61, 0x90, 0x91):
            self._read_isd_r(self.channel, selected=True)
        elif selected.sw == 0x6A82 and self._card_answers():
            sim.type = "physical"
        elif selected.sw == 0x6A82:
            sim.type = "unknown"
            sim.esim_status = "inconclusive"
        else:
            sim.type = "unknown"
            sim.esim_status = "channel-unavailable"
        self._defer_close()

    def _defer_close(self) -> None:
        if self.channel is not None and self.channel.open and self.chainable:
            self._deferred = self.channel.close_command()

    def _read_isd_r(self, channel: _Channel, *, selected: bool = False) -> None:
        sim = self.facts.sim
        sim.type = "esim"
        cla = channel.cla(proprietary=True)
        answer = _exchange(channel.send, store_data("GetEID", cla), channel.cla(
            proprietary=False))
        if answer.sw == 0x9000:
            eid = parse_eid_response(answer.data)
            if isinstance(eid, Unparsed):
                self.facts.notes.append(tr("Collect", "GetEID: {reason}").format(
                    reason=eid.reason))
            elif not eid.isdigit():
                self.facts.notes.append(tr("Collect", "GetEID: the EID {eid} is not 32 "
                                                      "digits").format(eid=eid))
            else:
                sim.eid = eid
                if not eid_checksum_ok(eid):
                    self.facts.notes.append(tr("Collect", "the EID {eid} fails its check "
                                                          "digits").format(eid=eid))
        else:
            self.facts.notes.append(tr("Collect", "GetEID: the eSIM answered {sw}").format(
                sw=answer.sw_hex))
        answer = _exchange(channel.send, store_data("GetProfilesInfo", cla),
                           channel.cla(proprietary=False))
        if answer.sw != 0x9000:
            raise ReadFailed(tr("Collect", "GetProfilesInfo: the eSIM answered {sw}").format(
                sw=answer.sw_hex))
        listing = parse_profiles_response(answer.data)
        if isinstance(listing, Unparsed):
            raise ReadFailed(tr("Collect", "GetProfilesInfo: {reason}").format(
                reason=listing.reason))
        sim.profiles = [EsimProfile(iccid=p.iccid, state=p.state,
                                    profile_class=p.profile_class,
                                    name=p.nickname or p.name, provider=p.provider)
                        for p in listing.profiles]
        sim.esim_status = "profiles-read"
        if selected:
            self._defer_close()
