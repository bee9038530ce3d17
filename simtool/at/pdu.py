"""SMS in PDU mode: the TPDU of 3GPP TS 23.040 §9.2, as modems list it (+CMGL/+CMGR in PDU
mode, 27.007 §3.1 / 27.005 §3.4.1) and as the host submits it (+CMGS).

`decode(hex)` reads the SMSC address that modems put first, then an SMS-DELIVER,
SMS-SUBMIT or SMS-STATUS-REPORT: addresses (numeric or alphanumeric), the service centre
time stamp, the data coding scheme (TS 23.038 §4: GSM 7-bit, 8-bit, UCS2) and the user
data with its header (concatenation, IEI 00 and 08). `deliver()` and `submit()` build PDUs
(the simulated modem stores messages with the first; `simtool balance --method sms` sends
with the second), splitting long texts into concatenated parts. Pure functions, no I/O.
"""

from __future__ import annotations

from typing import NamedTuple

from simtool.at import gsm7

# TP-MTI (first octet, bits 1-0) for messages a modem lists: TS 23.040 §9.2.3.1.
_DELIVER, _SUBMIT, _STATUS_REPORT = 0, 1, 2
_UDHI = 0x40
# Type of address (TS 23.040 §9.1.2.5): international, unknown/ISDN, alphanumeric.
TOA_INTERNATIONAL = 0x91
TOA_UNKNOWN = 0x81
TOA_ALPHANUMERIC = 0xD0
# Concatenation information elements (TS 23.040 §9.2.3.24.1 and .8).
_IEI_CONCAT_8 = 0x00
_IEI_CONCAT_16 = 0x08
# User data per part with an 8-bit concatenation header (6 octets): 153 septets or 134 octets.
_GSM7_PART = 153
_UCS2_PART = 67
_GSM7_SINGLE = 160
_UCS2_SINGLE = 70


class PduError(ValueError):
    """The hex string is not a PDU this module can read."""


class Concat(NamedTuple):
    reference: int
    total: int
    sequence: int       # 1-based


class Sms(NamedTuple):
    kind: str                   # "deliver" | "submit" | "status-report"
    smsc: str | None            # service centre address, when the PDU carries one
    address: str | None         # originator (deliver) or destination (submit, status)
    timestamp: str | None       # service centre time stamp, ISO 8601 with its UTC offset
    dcs: int
    alphabet: str               # "gsm7" | "8bit" | "ucs2"
    text: str                   # decoded user data ("" for a status report)
    concat: Concat | None = None


def alphabet_of(dcs: int) -> str:
    """'gsm7', '8bit' or 'ucs2' for an SMS data coding scheme (TS 23.038 §4)."""
    group = dcs >> 4
    if group <= 0x7:                  # general data coding (00xx), marked for deletion (01xx)
        return {0: "gsm7", 1: "8bit", 2: "ucs2"}.get((dcs >> 2) & 0x03, "gsm7")
    if group in (0xC, 0xD):           # message waiting indication, GSM 7-bit
        return "gsm7"
    if group == 0xE:                  # message waiting indication, UCS2
        return "ucs2"
    if group == 0xF:
        return "8bit" if dcs & 0x04 else "gsm7"
    return "gsm7"


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.at = 0

    def take(self, count: int) -> bytes:
        if count < 0 or self.at + count > len(self.data):
            raise PduError(f"PDU ends early: needs {count} octets at {self.at}")
        chunk = self.data[self.at:self.at + count]
        self.at += count
        return chunk

    def octet(self) -> int:
        return self.take(1)[0]

    def rest(self) -> bytes:
        return self.take(len(self.data) - self.at)


def _swapped_digits(data: bytes, count: int | None = None) -> str:
    """Semi-octets in swapped order ('21436587' -> '12345678'); F is filler."""
    digits = []
    for byte in data:
        for nibble in (byte & 0x0F, byte >> 4):
            digits.append("0123456789*#abc"[nibble] if nibble < 0x0F else "")
    text = "".join(digits)
    return text[:count] if count is not None else text


def _address(reader: _Reader, *, digits_length: bool) -> str | None:
    """An address field. `digits_length`: its length octet counts semi-octets (TP addresses)
    rather than octets including the type (the SMSC address, TS 24.011 §8.2.5.1)."""
    length = reader.octet()
    if length == 0:
        if not digits_length:
            return None
        reader.octet()                  # type of an empty TP address
        return ""
    toa = reader.octet()
    octets = (length + 1) // 2 if digits_length else length - 1
    raw = reader.take(octets)
    if toa & 0x70 == 0x50:              # alphanumeric: GSM 7-bit packed
        septets = gsm7.unpack(raw, (length * 4) // 7 if digits_length else None)
        return gsm7.to_text(septets).rstrip("@")
    digits = _swapped_digits(raw, length if digits_length else None)
    return ("+" + digits) if toa & 0x70 == 0x10 else digits


def _timestamp(raw: bytes) -> str:
    """TS 23.040 §9.2.3.11: yy mm dd hh mm ss, and the zone in quarter hours (bit 3 of the
    first semi-octet is the sign)."""
    fields = [(b & 0x0F) * 10 + (b >> 4) for b in raw[:6]]
    zone = raw[6]
    quarters = (zone & 0x07) * 10 + (zone >> 4)
    sign = "-" if zone & 0x08 else "+"
    year, month, day, hour, minute, second = fields
    year += 2000 if year < 70 else 1900
    return (f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:{second:02d}"
            f"{sign}{quarters // 4:02d}:{quarters % 4 * 15:02d}")


def _concat(header: bytes) -> Concat | None:
    at = 0
    while at + 2 <= len(header):
        iei, length = header[at], header[at + 1]
        value = header[at + 2:at + 2 + length]
        if len(value) < length:
            break
        if iei == _IEI_CONCAT_8 and length == 3:
            return Concat(value[0], value[1], value[2])
        if iei == _IEI_CONCAT_16 and length == 4:
            return Concat(value[0] << 8 | value[1], value[2], value[3])
        at += 2 + length
    return None


def _user_data(reader: _Reader, first: int, dcs: int) -> tuple[str, str, Concat | None]:
    alphabet = alphabet_of(dcs)
    if dcs >> 4 <= 0x7 and dcs & 0x20:
        raise PduError("compressed user data (TS 23.042) is not supported")
    length = reader.octet()             # septets for GSM 7-bit, octets otherwise
    data = reader.rest()
    header = b""
    if first & _UDHI and data:
        header = data[1:1 + data[0]]
    concat = _concat(header) if header else None
    if alphabet == "gsm7":
        if len(data) * 8 < length * 7:
            raise PduError(f"user data holds fewer than its {length} septets")
        header_bits = (len(header) + 1) * 8 if first & _UDHI else 0
        fill = (7 - header_bits % 7) % 7
        header_septets = (header_bits + fill) // 7
        septets = gsm7.unpack(data[header_bits // 8:], length - header_septets,
                              skip_bits=fill)
        return alphabet, gsm7.to_text(septets), concat
    if len(data) < length:
        raise PduError(f"user data holds fewer than its {length} octets")
    body = data[len(header) + 1 if first & _UDHI else 0:length]
    if alphabet == "ucs2":
        return alphabet, body[:len(body) // 2 * 2].decode("utf-16-be", errors="replace"), concat
    return alphabet, body.decode("latin-1"), concat


def decode(pdu: str, *, with_smsc: bool = True) -> Sms:
    """A PDU as modems show it (hex, SMSC address first unless `with_smsc` is False).
    Raises PduError for anything that is not a well-formed SMS TPDU."""
    try:
        data = bytes.fromhex(pdu.strip())
    except ValueError as error:
        raise PduError(f"not hex: {error}") from None
    reader = _Reader(data)
    try:
        smsc = _address(reader, digits_length=False) if with_smsc else None
        first = reader.octet()
        mti = first & 0x03
        if mti == _DELIVER:
            address = _address(reader, digits_length=True)
            reader.octet()              # TP-PID
            dcs = reader.octet()
            timestamp = _timestamp(reader.take(7))
            alphabet, text, concat = _user_data(reader, first, dcs)
            return Sms("deliver", smsc, address, timestamp, dcs, alphabet, text, concat)
        if mti == _SUBMIT:
            reader.octet()              # TP-MR
            address = _address(reader, digits_length=True)
            reader.octet()              # TP-PID
            dcs = reader.octet()
            validity = (first >> 3) & 0x03
            reader.take({0: 0, 2: 1}.get(validity, 7))
            alphabet, text, concat = _user_data(reader, first, dcs)
            return Sms("submit", smsc, address, None, dcs, alphabet, text, concat)
        if mti == _STATUS_REPORT:
            reader.octet()              # TP-MR
            address = _address(reader, digits_length=True)
            timestamp = _timestamp(reader.take(7))
            return Sms("status-report", smsc, address, timestamp, 0, "gsm7", "")
    except (IndexError, ValueError) as error:
        raise PduError(f"PDU cannot be read: {error}") from None
    raise PduError(f"unknown message type {mti}")


# ---- building PDUs -----------------------------------------------------------------------

def _encode_address(number: str) -> bytes:
    """A TP address: numeric (international with '+'), else alphanumeric (a sender name)."""
    digits = number.lstrip("+")
    if digits and all(c in "0123456789*#" for c in digits):
        toa = TOA_INTERNATIONAL if number.startswith("+") else TOA_UNKNOWN
        padded = digits + ("F" if len(digits) % 2 else "")
        swapped = "".join(padded[i + 1] + padded[i] for i in range(0, len(padded), 2))
        swapped = swapped.replace("*", "A").replace("#", "B")
        return bytes([len(digits), toa]) + bytes.fromhex(swapped)
    septets = gsm7.to_septets(number) or gsm7.to_septets("?" * len(number)) or []
    packed = gsm7.pack(septets)
    return bytes([len(packed) * 2, TOA_ALPHANUMERIC]) + packed


def _encode_timestamp(timestamp: str) -> bytes:
    """'2026-11-30T09:15:02+08:00' -> the 7 swapped semi-octet pairs."""
    date, _, rest = timestamp.partition("T")
    year, month, day = (int(x) for x in date.split("-"))
    clock, sign, zone = rest[:8], rest[8:9], rest[9:]
    hour, minute, second = (int(x) for x in clock.split(":"))
    zone_hours, _, zone_minutes = zone.partition(":")
    quarters = (int(zone_hours or 0) * 60 + int(zone_minutes or 0)) // 15

    def swapped(value: int) -> int:
        return (value % 10) << 4 | (value // 10)

    zone_octet = swapped(quarters) | (0x08 if sign == "-" else 0)
    return bytes([swapped(year % 100), swapped(month), swapped(day), swapped(hour),
                  swapped(minute), swapped(second), zone_octet])


def _parts(text: str) -> tuple[str, list[list[int] | bytes]]:
    """('gsm7', septet lists) or ('ucs2', UTF-16 chunks), one per message part."""
    septets = gsm7.to_septets(text)
    if septets is not None:
        if len(septets) <= _GSM7_SINGLE:
            return "gsm7", [septets]
        chunks: list[list[int] | bytes] = []
        while septets:
            cut = min(_GSM7_PART, len(septets))
            if septets[cut - 1] == gsm7.ESCAPE and cut < len(septets):
                cut -= 1                # never split an escape from its character
            chunks.append(septets[:cut])
            septets = septets[cut:]
        return "gsm7", chunks
    encoded = text.encode("utf-16-be")
    if len(encoded) <= _UCS2_SINGLE * 2:
        return "ucs2", [encoded]
    pieces: list[list[int] | bytes] = []
    while encoded:
        cut = min(_UCS2_PART * 2, len(encoded))
        if cut < len(encoded) and 0xD8 <= encoded[cut - 2] <= 0xDB:
            cut -= 2                    # never split a surrogate pair
        pieces.append(encoded[:cut])
        encoded = encoded[cut:]
    return "ucs2", pieces


def _user_data_octets(alphabet: str, part: list[int] | bytes, concat: Concat | None
                      ) -> tuple[int, bytes]:
    """(TP-UDL, TP-UD) for one part, with its concatenation header when there are several."""
    header = b""
    if concat is not None:
        header = bytes([5, _IEI_CONCAT_8, 3, concat.reference & 0xFF, concat.total,
                        concat.sequence])
    if alphabet == "gsm7":
        assert isinstance(part, list)
        header_bits = len(header) * 8
        fill = (7 - header_bits % 7) % 7
        body = gsm7.pack(part, fill)
        return (header_bits + fill) // 7 + len(part), header + body
    assert isinstance(part, bytes)
    return len(header) + len(part), header + part


def deliver(sender: str, text: str, timestamp: str, *, smsc: str = "+8613800100500",
            reference: int = 0) -> list[str]:
    """SMS-DELIVER PDUs (hex, SMSC address first) for `text` from `sender`: one, or the
    concatenated parts of a long text (reference `reference`)."""
    alphabet, parts = _parts(text)
    smsc_digits = _encode_address(smsc)
    smsc_field = bytes([len(smsc_digits) - 1]) + smsc_digits[1:]
    pdus = []
    for sequence, part in enumerate(parts, start=1):
        concat = Concat(reference, len(parts), sequence) if len(parts) > 1 else None
        length, user_data = _user_data_octets(alphabet, part, concat)
        first = 0x04 | (_UDHI if concat else 0)     # SMS-DELIVER, no more messages to send
        tpdu = (bytes([first]) + _encode_address(sender) + bytes([0x00])
                + bytes([0x08 if alphabet == "ucs2" else 0x00])
                + _encode_timestamp(timestamp) + bytes([length]) + user_data)
        pdus.append((smsc_field + tpdu).hex().upper())
    return pdus


def submit(number: str, text: str, *, reference: int = 0) -> list[tuple[int, str]]:
    """SMS-SUBMIT PDUs for +CMGS: [(TPDU length in octets, hex with an empty SMSC field)].
    The modem's default service centre is used; long texts become concatenated parts."""
    alphabet, parts = _parts(text)
    pdus = []
    for sequence, part in enumerate(parts, start=1):
        concat = Concat(reference, len(parts), sequence) if len(parts) > 1 else None
        length, user_data = _user_data_octets(alphabet, part, concat)
        first = 0x01 | (_UDHI if concat else 0)     # SMS-SUBMIT, no validity period
        tpdu = (bytes([first, 0x00]) + _encode_address(number) + bytes([0x00])
                + bytes([0x08 if alphabet == "ucs2" else 0x00]) + bytes([length]) + user_data)
        pdus.append((len(tpdu), "00" + tpdu.hex().upper()))
    return pdus
