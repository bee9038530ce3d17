"""The simulated card as an APDU machine: a plain UICC or an eUICC whose ISD-R answers the
read-only ES10 requests (reference/esim.md §11), with logical channels and an APDU log.

The card knows nothing about AT: the channels family (commands/channels.py) carries APDUs
to it from +CCHO/+CGLA/+CCHC and +CSIM. Anything a read-only tool must never send (a
state-changing ES10 tag, STORE DATA in more than one block, SELECT or MANAGE CHANNEL close
on the basic channel, FETCH, TERMINAL RESPONSE/CAPABILITY) is answered 6985 and kept in
`violations`, which the test suite asserts empty.
"""

from __future__ import annotations

# The BER-TLV codec (and `typing` with it) is imported when the card first answers an ES10
# request or builds a notification, not with the modem: every sim:// port builds a modem at
# its first command, inside that command's latency.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from simtool.at.bertlv import Tlv

# The ISD-R's standard AID (the reader has its own copy: the card is modelled independently).
ISD_R_AID = "A0000005591010FFFFFFFF8900000100"

# A synthetic pySim test EID that passes the mod-97 check (reference/esim.md §11).
TEST_EID = "89049032123451234512345678901235"
MAX_CHANNELS = 3                      # channels 1-3, like most cards and modems
READ_ONLY_TAGS = (0xBF3E, 0xBF2D, 0xBF20, 0xBF22, 0xBF3C, 0xBF28, 0xBF43)
_PROFILE_TAGS = (0x5A, 0x4F, 0x9F70, 0x90, 0x91, 0x92, 0x95)    # the card's field order
ISDP_AIDS = ("A0000005591010FFFFFFFF8900001000", "A0000005591010FFFFFFFF8900001100",
             "A0000005591010FFFFFFFF8900001200")
CLASSES = {"test": 0, "provisioning": 1, "operational": 2}


class Profile:
    """One profile on the card (a plain class: dataclasses cost a sim:// port's first reply
    a few milliseconds here)."""

    __slots__ = ("iccid", "isdp_aid", "enabled", "profile_class", "provider", "name",
                 "nickname")

    def __init__(self, iccid: str, isdp_aid: str, enabled: bool,
                 profile_class: str = "operational", provider: str | None = None,
                 name: str | None = None, nickname: str | None = None) -> None:
        self.iccid = iccid
        self.isdp_aid = isdp_aid
        self.enabled = enabled
        self.profile_class = profile_class
        self.provider = provider            # serviceProviderName (91)
        self.name = name                    # profileName (92)
        self.nickname = nickname            # profileNickname (90)

    def __repr__(self) -> str:
        return f"Profile({self.iccid!r}, enabled={self.enabled}, {self.profile_class!r})"


class Card:
    """The SIM card in the slot. `euicc` False = a plain UICC (no ISD-R)."""

    def __init__(self, euicc: bool = False, eid: str = TEST_EID,
                 profiles: list[Profile] | None = None,
                 notifications: list[bytes] | None = None) -> None:
        self.euicc = euicc
        self.eid = eid
        self.profiles: list[Profile] = profiles or []
        self.notifications: list[bytes] = notifications or []    # encoded BF2F entries
        self.ignore_tag_list = False        # answer GetProfilesInfo in full, tag list or not
        self.channels: dict[int, str | None] = {}     # open channel -> selected AID
        self.pending: dict[int, bytes] = {}           # per channel: data for GET RESPONSE
        self.apdu_log: list[str] = []
        self.violations: list[str] = []

    # -- channels --

    def open_channel(self) -> int | None:
        """The lowest free logical channel, now open; None when all are in use."""
        for number in range(1, MAX_CHANNELS + 1):
            if number not in self.channels:
                self.channels[number] = None
                return number
        return None

    def close_channel(self, number: int) -> bool:
        self.pending.pop(number, None)
        return self.channels.pop(number, "closed") != "closed"

    def select(self, number: int, aid: str) -> bool:
        """SELECT by AID on an open channel; False when the card has no such application."""
        if aid.upper() != ISD_R_AID or not self.euicc:
            return False
        self.channels[number] = ISD_R_AID
        return True

    # -- APDUs --

    def transmit(self, apdu: bytes, *, channel: int | None = None, chunked: bool = True) -> bytes:
        """The card's response (data + SW) to `apdu`. `channel`: the logical channel the
        modem addressed (+CGLA), else the one in CLA (+CSIM). `chunked`: answer 61xx and
        wait for GET RESPONSE, else give everything inline with 9000."""
        self.apdu_log.append(apdu.hex().upper())
        if len(apdu) < 4:
            return _sw(0x6700)
        cla, ins, p1, p2 = apdu[:4]
        number = channel if channel is not None else _channel_of(cla)
        body = apdu[5:] if len(apdu) > 5 else b""
        if ins == 0x70:
            return self._manage_channel(apdu, p1, p2)
        if ins in (0x12, 0x14, 0xAA):
            return self._violation(apdu, "toolkit or terminal setup command")
        if number not in self.channels and number != 0:
            return _sw(0x6881)
        if ins == 0xA4:
            if number == 0:
                return self._violation(apdu, "SELECT on the basic channel")
            if p1 != 0x04 or not self.select(number, body[:apdu[4]].hex()):
                return _sw(0x6A82)
            if p2 == 0x0C:
                return _sw(0x9000)
            from simtool.at import bertlv

            fcp = bertlv.encode(0x62, [bertlv.encode(0x84, bytes.fromhex(ISD_R_AID))])
            return self._answer(number, fcp, chunked)
        if ins == 0xC0:
            return self._get_response(number, apdu[4] if len(apdu) > 4 else 0)
        if ins == 0xE2:
            return self._store_data(apdu, number, p1, p2, body, chunked)
        return _sw(0x6D00)

    def _manage_channel(self, apdu: bytes, p1: int, p2: int) -> bytes:
        if p1 == 0x00:
            number = self.open_channel()
            return _sw(0x6A81) if number is None else bytes([number]) + _sw(0x9000)
        if p1 == 0x80:
            if p2 == 0:
                return self._violation(apdu, "MANAGE CHANNEL close of the basic channel")
            return _sw(0x9000) if self.close_channel(p2) else _sw(0x6881)
        return _sw(0x6A86)

    def _answer(self, number: int, data: bytes, chunked: bool) -> bytes:
        if not chunked:
            return data + _sw(0x9000)
        self.pending[number] = data
        return _sw(0x6100 | min(len(data), 256) & 0xFF)

    def _get_response(self, number: int, le: int) -> bytes:
        data = self.pending.get(number, b"")
        if not data:
            return _sw(0x6985)
        size = 256 if le == 0 else le
        chunk, rest = data[:size], data[size:]
        if rest:
            self.pending[number] = rest
            return chunk + _sw(0x6100 | min(len(rest), 256) & 0xFF)
        self.pending.pop(number, None)
        return chunk + _sw(0x9000)

    def _store_data(self, apdu: bytes, number: int, p1: int, p2: int, body: bytes,
                    chunked: bool) -> bytes:
        if self.channels.get(number) != ISD_R_AID:
            return _sw(0x6985)
        if p1 != 0x91 or p2 != 0x00:
            return self._violation(apdu, "STORE DATA other than one single block")
        from simtool.at import bertlv

        length = apdu[4]
        try:
            request = bertlv.decode_one(body[:length])
        except bertlv.TlvError:
            return _sw(0x6A80)
        if request.tag not in READ_ONLY_TAGS:
            return self._violation(apdu, f"ES10 function {request.tag:X} changes the card")
        response = self._es10(request)
        if response is None:
            return _sw(0x6A80)
        return self._answer(number, response, chunked)

    def _violation(self, apdu: bytes, why: str) -> bytes:
        self.violations.append(f"{apdu.hex().upper()}: {why}")
        return _sw(0x6985)

    # -- ES10 --

    def _es10(self, request: Tlv) -> bytes | None:
        from simtool.at import bertlv

        if request.tag == 0xBF3E:
            return bertlv.encode(0xBF3E, [bertlv.encode(0x5A, bytes.fromhex(self.eid))])
        if request.tag == 0xBF2D:
            wanted = self._tag_list(request)
            if wanted is None:
                return None
            entries = [bertlv.encode(0xE3, self._profile_fields(p, wanted))
                       for p in self.profiles]
            return bertlv.encode(0xBF2D, [bertlv.encode(0xA0, entries)])
        if request.tag == 0xBF28:
            return bertlv.encode(0xBF28, [bertlv.encode(0xA0, self.notifications)])
        if request.tag == 0xBF3C:
            return bertlv.encode(0xBF3C, [bertlv.encode(0x81, b"lpa.ds.gsma.com")])
        if request.tag in (0xBF20, 0xBF22):
            version = bertlv.encode(0x82, bytes([2, 2, 2]))
            return bertlv.encode(request.tag, [version])
        return bertlv.encode(request.tag, b"")

    def _tag_list(self, request: Tlv) -> tuple[int, ...] | None:
        """The tags a GetProfilesInfo asks for (all when no 5C); None when malformed."""
        tag_list = request.find(0x5C)
        if tag_list is None or self.ignore_tag_list:
            return _PROFILE_TAGS
        tags: list[int] = []
        data = tag_list.value
        pos = 0
        while pos < len(data):
            end = pos + 1
            if data[pos] & 0x1F == 0x1F:
                while end < len(data) and data[end] & 0x80:
                    end += 1
                end += 1
            if end > len(data):
                return None
            tags.append(int.from_bytes(data[pos:end], "big"))
            pos = end
        return tuple(tags)

    def _profile_fields(self, profile: Profile, wanted: tuple[int, ...]) -> list[bytes]:
        from simtool.at import bertlv

        values: dict[int, bytes | None] = {
            0x5A: swap_iccid(profile.iccid),
            0x4F: bytes.fromhex(profile.isdp_aid),
            0x9F70: bytes([1 if profile.enabled else 0]),
            0x90: profile.nickname.encode() if profile.nickname else None,
            0x91: profile.provider.encode() if profile.provider else None,
            0x92: profile.name.encode() if profile.name else None,
            0x95: bytes([CLASSES[profile.profile_class]]),
        }
        return [bertlv.encode(tag, value) for tag in _PROFILE_TAGS
                if tag in wanted and (value := values[tag]) is not None]

    # -- the modem's view --

    def enabled_profile(self) -> Profile | None:
        return next((p for p in self.profiles if p.enabled), None)


def swap_iccid(iccid: str) -> bytes:
    """'89000123456789012341' -> 98 00 10 32 ... (BCD, nibbles swapped, F-padded)."""
    padded = iccid + "F" * (len(iccid) % 2)
    return bytes.fromhex("".join(padded[i + 1] + padded[i] for i in range(0, len(padded), 2)))


def disable_notification(iccid: str, server: str = "smdp.example.com") -> bytes:
    """A pending 'disable' notification (NotificationMetadata, BF2F) for `iccid`."""
    from simtool.at import bertlv

    return bertlv.encode(0xBF2F, [
        bertlv.encode(0x80, bytes([1])),                 # seqNumber
        bertlv.encode(0x81, bytes([0x05, 0x20])),        # profileManagementOperation: disable
        bertlv.encode(0x0C, server.encode()),            # notificationAddress
        bertlv.encode(0x5A, swap_iccid(iccid)),
    ])


def _channel_of(cla: int) -> int:
    """The logical channel coded in CLA (ISO 7816-4 §5.4.1)."""
    if cla & 0x40:
        return 4 + (cla & 0x0F)
    return cla & 0x03


def _sw(sw: int) -> bytes:
    return sw.to_bytes(2, "big")


# The "Travel 5GB" profile of reference/esim.md §11 (synthetic, Luhn-valid ICCID).
TRAVEL_ICCID = "89882000000000000013"
TEST_PROFILE_ICCID = "89000123456789012341"     # GSMA TS.48 test profile
OLD_PLAN_ICCID = "89882000000000000021"


def travel_profile(enabled: bool) -> Profile:
    return Profile(TRAVEL_ICCID, ISDP_AIDS[1], enabled, "operational",
                   provider="Example Mobile", name="Travel 5GB")


def build_card(kind: str | None, iccid: str, provider: str, name: str) -> Card:
    """The card of a scenario: `kind` is Scenario.esim ("empty", "disabled", "test-only",
    "wrong-profile", "enabled") or None for a plain UICC. `iccid`/`provider`/`name`: the
    network's SIM, used for the enabled operational profile."""
    if kind is None:
        return Card(euicc=False)
    if kind == "empty":
        return Card(euicc=True)
    if kind == "disabled":
        return Card(euicc=True, profiles=[travel_profile(False)],
                    notifications=[disable_notification(TRAVEL_ICCID)])
    if kind == "test-only":
        return Card(euicc=True, profiles=[
            Profile(TEST_PROFILE_ICCID, ISDP_AIDS[0], True, "test", provider="GSMA",
                    name="GSMA TS.48 XOR Test Profile")])
    if kind == "wrong-profile":
        return Card(euicc=True, profiles=[
            Profile(iccid, ISDP_AIDS[0], True, "operational", provider=provider,
                    name="Old plan"),
            travel_profile(False)])
    return Card(euicc=True, profiles=[
        Profile(iccid, ISDP_AIDS[0], True, "operational", provider=provider, name=name)])
