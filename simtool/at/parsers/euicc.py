"""Pure parsers for reading an eUICC through a modem: the +CCHO/+CGLA/+CSIM replies
(3GPP TS 27.007 §8.17, §8.43-8.45) and the ES10 responses inside them (GSMA SGP.22 as
read from lpac's `rsp.asn`, pySim and AOSP: reference/esim.md §3, §5, §6).

Replies are tolerated the way modems print them: `+CCHO: 1`, a bare `1` (Fibocom FM350),
a 64-bit hex handle (Sierra MC7455), with or without the space after the colon and the
quotes around the hex (lpac commit 187c42d). The session id is kept as an opaque string.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from simtool.at import bertlv
from simtool.at.parsers.common import Unparsed, after_prefix, info_lines
from simtool.i18n import tr

# The ISD-R's standard AID (pySim AID_ISD_R, lpac ISD_R_AID, ModemManager MBIM).
ISD_R_AID = "A0000005591010FFFFFFFF8900000100"

# ES10 response tags (SGP.22 ASN.1): the outer tag answers the request's tag.
TAG_EID_RESPONSE = 0xBF3E           # GetEuiccDataResponse
TAG_PROFILES_RESPONSE = 0xBF2D      # ProfileInfoListResponse
TAG_PROFILE_LIST_OK = 0xA0          # profileInfoListOk (SEQUENCE OF ProfileInfo)
TAG_PROFILE_LIST_ERROR = 0x81       # profileInfoListError (INTEGER)
TAG_PROFILE_INFO = 0xE3             # ProfileInfo (private, constructed)
TAG_EID = 0x5A                      # eidValue in BF3E; iccid in E3
TAG_ICCID = 0x5A
TAG_ISDP_AID = 0x4F
TAG_STATE = 0x9F70                  # profileState: 0 disabled, 1 enabled
TAG_NICKNAME = 0x90
TAG_PROVIDER = 0x91                 # serviceProviderName
TAG_NAME = 0x92                     # profileName
TAG_CLASS = 0x95                    # profileClass: 0 test, 1 provisioning, 2 operational

PROFILE_STATES = {0: "disabled", 1: "enabled"}
PROFILE_CLASSES = {0: "test", 1: "provisioning", 2: "operational"}
# profileInfoListError (SGP.22): what the card said instead of a list.
PROFILE_LIST_ERRORS = {1: "incorrectInputValues", 127: "undefinedError"}

_HEX = re.compile(r"^[0-9A-Fa-f]*$")
_SESSION = re.compile(r"^\"?([0-9A-Za-z]{1,32})\"?$")


class Apdu(NamedTuple):
    """A card's answer to one APDU: data bytes and the status word."""

    data: bytes
    sw: int            # 0x9000, 0x6115, ...

    @property
    def sw_hex(self) -> str:
        return f"{self.sw:04X}"


class ProfileInfo(NamedTuple):
    iccid: str | None
    isdp_aid: str | None
    state: str | None            # "enabled" | "disabled" | None (absent or unknown value)
    profile_class: str | None    # "test" | "provisioning" | "operational" | None
    nickname: str | None
    provider: str | None
    name: str | None


class ProfileList(NamedTuple):
    profiles: tuple[ProfileInfo, ...]


def _unparsed(text: str, reason: str) -> Unparsed:
    return Unparsed(text, reason)


def parse_ccho(text: str) -> str | Unparsed:
    """The session id of `+CCHO: <id>` (or a bare `<id>`), as the modem wrote it."""
    for line in info_lines(text):
        body = after_prefix(line, "+CCHO")
        candidate = body if body is not None else line
        match = _SESSION.match(candidate.strip())
        if match:
            return match.group(1)
    return _unparsed(text, tr("Parse", "no +CCHO session id"))


def _hex_reply(text: str, prefix: str) -> str | Unparsed:
    for line in info_lines(text):
        body = after_prefix(line, prefix)
        if body is None:
            continue
        length_text, comma, rest = body.partition(",")
        payload = rest.strip().strip('"').strip() if comma else length_text.strip().strip('"')
        if not _HEX.match(payload) or len(payload) % 2 or len(payload) < 4:
            return _unparsed(text, tr("Parse", "{prefix} reply is not an APDU response in hex")
                             .format(prefix=prefix))
        return payload.upper()
    return _unparsed(text, tr("Parse", "no {prefix} line").format(prefix=prefix))


def parse_cgla(text: str) -> str | Unparsed:
    """The response hex (data and SW) of `+CGLA: <length>,"<hex>"`. The length (in hex
    characters) is not trusted: modems miscount it, the hex itself is what the card said."""
    return _hex_reply(text, "+CGLA")


def parse_csim(text: str) -> str | Unparsed:
    """The response hex (data and SW) of `+CSIM: <length>,"<hex>"`."""
    return _hex_reply(text, "+CSIM")


def split_response(response_hex: str) -> Apdu:
    """'BF3E...9000' -> Apdu(data, 0x9000). ValueError when shorter than a status word."""
    raw = bytes.fromhex(response_hex)
    if len(raw) < 2:
        raise ValueError("an APDU response ends with a two-byte status word")
    return Apdu(raw[:-2], int.from_bytes(raw[-2:], "big"))


def swap_nibbles(raw: bytes) -> str:
    """BCD with the nibbles of each byte swapped, filler F dropped at the end (ICCID in
    EF_ICCID and in ProfileInfo tag 5A). A-E nibbles are kept (some ICCIDs carry them)."""
    digits = "".join(f"{byte & 0x0F:X}{byte >> 4:X}" for byte in raw)
    return digits.rstrip("F")


def eid_checksum_ok(eid: str) -> bool:
    """The EID check rule (GSMA SGP.29 via pySim verify_eid_checksum): 32 digits, mod 97 = 1."""
    return len(eid) == 32 and eid.isdigit() and int(eid) % 97 == 1


def _outer(data: bytes, tag: int, text: str) -> bertlv.Tlv | Unparsed:
    try:
        items = bertlv.decode(data)
    except bertlv.TlvError as error:
        return _unparsed(text, tr("Parse", "not BER-TLV: {error}").format(error=error))
    if not items or items[0].tag != tag:
        found = f"{items[0].tag:X}" if items else "-"
        return _unparsed(text, tr("Parse", "expected tag {expected}, found {found}").format(
            expected=f"{tag:X}", found=found))
    return items[0]


def parse_eid_response(data: bytes) -> str | Unparsed:
    """The EID from a GetEuiccDataResponse (`BF3E 12 5A 10 <16 bytes>`), as 32 characters of
    plain hex (not nibble-swapped: lpac bin2hex, ModemManager low_nybble_first = FALSE)."""
    text = data.hex().upper()
    outer = _outer(data, TAG_EID_RESPONSE, text)
    if isinstance(outer, Unparsed):
        return outer
    eid = outer.find(TAG_EID)
    if eid is None or len(eid.value) != 16:
        return _unparsed(text, tr("Parse", "no 16-byte EID (tag 5A) in the GetEID response"))
    return eid.value.hex().upper()


def _integer(item: bertlv.Tlv | None) -> int | None:
    if item is None or not item.value or len(item.value) > 4:
        return None
    return int.from_bytes(item.value, "big")


def _utf8(item: bertlv.Tlv | None) -> str | None:
    if item is None:
        return None
    text = item.value.decode("utf-8", errors="replace").strip()
    return text or None


def _profile(item: bertlv.Tlv) -> ProfileInfo:
    iccid = item.find(TAG_ICCID)
    aid = item.find(TAG_ISDP_AID)
    state = _integer(item.find(TAG_STATE))
    profile_class = _integer(item.find(TAG_CLASS))
    return ProfileInfo(
        iccid=swap_nibbles(iccid.value) if iccid is not None and iccid.value else None,
        isdp_aid=aid.value.hex().upper() if aid is not None and aid.value else None,
        state=PROFILE_STATES.get(state) if state is not None else None,
        profile_class=PROFILE_CLASSES.get(profile_class) if profile_class is not None
        else None,
        nickname=_utf8(item.find(TAG_NICKNAME)),
        provider=_utf8(item.find(TAG_PROVIDER)),
        name=_utf8(item.find(TAG_NAME)),
    )


def parse_profiles_response(data: bytes) -> ProfileList | Unparsed:
    """The profiles of a ProfileInfoListResponse (`BF2D`): `A0` holds the list (possibly
    empty), `81` an error code. Unknown tags inside are skipped, in any order."""
    text = data.hex().upper()
    outer = _outer(data, TAG_PROFILES_RESPONSE, text)
    if isinstance(outer, Unparsed):
        return outer
    listing = outer.find(TAG_PROFILE_LIST_OK)
    if listing is None:
        error = _integer(outer.find(TAG_PROFILE_LIST_ERROR))
        if error is not None:
            return _unparsed(text, tr("Parse", "the eSIM refused to list its profiles "
                                               "(error {code} {name})").format(
                code=error, name=PROFILE_LIST_ERRORS.get(error, "")).strip())
        return _unparsed(text, tr("Parse", "no profile list (tag A0) in the response"))
    profiles = tuple(_profile(item) for item in listing.find_all(TAG_PROFILE_INFO)
                     if item.children is not None)
    return ProfileList(profiles)
