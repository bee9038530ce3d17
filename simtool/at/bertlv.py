"""BER-TLV as eUICCs speak it (ISO/IEC 8825-1 as profiled by ISO 7816-4 and GSMA SGP.22):
the small subset an ES10 response needs, decoded and encoded. Pure functions, no I/O.

Why our own and not pyasn1 or asn1: the ES10 data a check reads is a handful of tags, and
what bites in practice is framing (multi-byte tags, long-form lengths, unknown siblings,
trailing bytes), not ASN.1 types; a schema compiler would add a dependency for ~100 lines,
and every value here is read by tag anyway (reference/esim.md §6).

Rules kept (reference/esim.md §6):
- a tag whose first byte has the low five bits all set continues while bit 8 of the next
  byte is set (`BF2D`, `9F70`, `5F37` are two-byte tags); bit 6 of the first byte marks a
  constructed tag, whose value is a sequence of TLVs itself;
- lengths `00`-`7F` are the length; `81 xx` and `82 xx xx` are the long forms; the
  indefinite form `80` and `83` or more are refused;
- siblings are walked in order and unknown tags are kept (callers skip what they do not
  know); nothing is read at a fixed offset.
"""

from __future__ import annotations

from typing import NamedTuple

MAX_TAG_BYTES = 4           # ISO 7816-4 allows up to 3; a 4th is tolerated, more is refused
MAX_LENGTH = 0xFFFF         # the 82 form: more than any eUICC answer (lpac reads 20 KB)


class TlvError(ValueError):
    """The bytes are not well-formed BER-TLV."""


class Tlv(NamedTuple):
    """One TLV: `tag` as an integer of its bytes (0xBF2D), the value bytes, and for a
    constructed tag the TLVs inside (None for a primitive one)."""

    tag: int
    value: bytes
    children: tuple[Tlv, ...] | None = None

    @property
    def constructed(self) -> bool:
        return self.children is not None

    def find(self, tag: int) -> Tlv | None:
        """The first direct child with `tag`, or None."""
        return next((c for c in self.children or () if c.tag == tag), None)

    def find_all(self, tag: int) -> list[Tlv]:
        return [c for c in self.children or () if c.tag == tag]


def tag_bytes(tag: int) -> bytes:
    """0xBF2D -> b'\\xbf\\x2d'; 0x5A -> b'\\x5a'."""
    if tag < 0:
        raise TlvError(f"negative tag {tag}")
    size = max(1, (tag.bit_length() + 7) // 8)
    return tag.to_bytes(size, "big")


def is_constructed(tag: int) -> bool:
    """Bit 6 of the tag's first byte (ISO 8825-1 §8.1.2.5)."""
    return bool(tag_bytes(tag)[0] & 0x20)


def _read_tag(data: bytes, pos: int) -> tuple[int, int]:
    if pos >= len(data):
        raise TlvError("tag expected, data ended")
    first = data[pos]
    end = pos + 1
    if first & 0x1F == 0x1F:
        while True:
            if end >= len(data):
                raise TlvError("multi-byte tag cut short")
            byte = data[end]
            end += 1
            if end - pos > MAX_TAG_BYTES:
                raise TlvError("tag longer than 4 bytes")
            if not byte & 0x80:
                break
    return int.from_bytes(data[pos:end], "big"), end


def _read_length(data: bytes, pos: int) -> tuple[int, int]:
    if pos >= len(data):
        raise TlvError("length expected, data ended")
    first = data[pos]
    if first < 0x80:
        return first, pos + 1
    if first == 0x80:
        raise TlvError("indefinite length (80) is not allowed here")
    count = first & 0x7F
    if count > 2:
        raise TlvError(f"length form {first:02X} is longer than this decoder accepts")
    if pos + 1 + count > len(data):
        raise TlvError("long-form length cut short")
    return int.from_bytes(data[pos + 1:pos + 1 + count], "big"), pos + 1 + count


def _decode(data: bytes, depth: int) -> tuple[Tlv, ...]:
    if depth > 16:
        raise TlvError("nested deeper than 16 levels")
    items: list[Tlv] = []
    pos = 0
    while pos < len(data):
        tag, pos = _read_tag(data, pos)
        length, pos = _read_length(data, pos)
        end = pos + length
        if end > len(data):
            raise TlvError(f"tag {tag:X} says {length} bytes, {len(data) - pos} left")
        value = data[pos:end]
        children = _decode(value, depth + 1) if is_constructed(tag) else None
        items.append(Tlv(tag, value, children))
        pos = end
    return tuple(items)


def decode(data: bytes) -> tuple[Tlv, ...]:
    """Every TLV in `data`, in order, constructed ones decoded recursively. TlvError when
    the bytes are not BER-TLV (cut short, bad length form, trailing bytes)."""
    return _decode(bytes(data), 0)


def decode_one(data: bytes) -> Tlv:
    """The single TLV that `data` holds (TlvError if it holds more or none)."""
    items = decode(data)
    if len(items) != 1:
        raise TlvError(f"expected one TLV, found {len(items)}")
    return items[0]


def length_bytes(length: int) -> bytes:
    """The shortest definite length form: 05 / 81 B0 / 82 01 00."""
    if length < 0 or length > MAX_LENGTH:
        raise TlvError(f"length {length} out of range")
    if length < 0x80:
        return bytes([length])
    if length <= 0xFF:
        return bytes([0x81, length])
    return bytes([0x82]) + length.to_bytes(2, "big")


def encode(tag: int, value: bytes | list[bytes] | tuple[bytes, ...]) -> bytes:
    """One TLV. `value` is the value bytes, or the encoded children of a constructed tag."""
    body = value if isinstance(value, bytes) else b"".join(value)
    return tag_bytes(tag) + length_bytes(len(body)) + body


def encode_tlv(item: Tlv) -> bytes:
    """A decoded Tlv back to bytes (children re-encoded when it has them)."""
    if item.children is not None:
        return encode(item.tag, [encode_tlv(child) for child in item.children])
    return encode(item.tag, item.value)
