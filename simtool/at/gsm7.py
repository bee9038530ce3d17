"""The GSM 7-bit default alphabet (3GPP TS 23.038 §6.2.1) and septet packing (§6.1.2.1).

Used by USSD strings, SMS user data and alphanumeric SMS addresses. Pure functions.
"""

from __future__ import annotations

# 0x1B is the escape to the extension table.
ALPHABET = (
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\x1bÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
EXTENSION = {0x0A: "\f", 0x14: "^", 0x28: "{", 0x29: "}", 0x2F: "\\", 0x3C: "[",
             0x3D: "~", 0x3E: "]", 0x40: "|", 0x65: "€"}
ESCAPE = 0x1B

_CODE = {char: code for code, char in enumerate(ALPHABET) if code != ESCAPE}
_EXTENSION_CODE = {char: code for code, char in EXTENSION.items()}


def unpack(data: bytes, count: int | None = None, skip_bits: int = 0) -> list[int]:
    """The septets packed in `data` (least significant bit first). `count`: how many
    (default: as many as fit); `skip_bits`: fill bits before the first septet (after a
    user-data header)."""
    bits = int.from_bytes(data, "little") >> skip_bits
    available = (len(data) * 8 - skip_bits) // 7
    count = available if count is None else min(count, available)
    return [(bits >> (7 * i)) & 0x7F for i in range(count)]


def pack(septets: list[int], fill_bits: int = 0) -> bytes:
    """Septets packed into octets, after `fill_bits` zero bits."""
    bits = 0
    for index, septet in enumerate(septets):
        bits |= (septet & 0x7F) << (fill_bits + 7 * index)
    length = (fill_bits + 7 * len(septets) + 7) // 8
    return bits.to_bytes(length, "little")


def to_text(septets: list[int]) -> str:
    """Septets to text; an unknown extension code reads as a space (TS 23.038 §6.2.1.1)."""
    chars: list[str] = []
    escaped = False
    for septet in septets:
        if escaped:
            chars.append(EXTENSION.get(septet, " "))
            escaped = False
        elif septet == ESCAPE:
            escaped = True
        else:
            chars.append(ALPHABET[septet])
    return "".join(chars)


def to_septets(text: str) -> list[int] | None:
    """Text to septets (extension characters take two); None when a character has no GSM
    7-bit code (the text then needs UCS2)."""
    septets: list[int] = []
    for char in text:
        if char in _CODE:
            septets.append(_CODE[char])
        elif char in _EXTENSION_CODE:
            septets += [ESCAPE, _EXTENSION_CODE[char]]
        else:
            return None
    return septets
