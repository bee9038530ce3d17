"""BER-TLV codec (simtool.at.bertlv): fixed vectors from the eSIM reference, the framing rules
that bite (reference/esim.md §6), and a hypothesis round trip against an encoder written
here independently, so a mistake shared by the module's encoder and decoder cannot hide."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from simtool.at import bertlv

# ---- an independent reference encoder (ISO/IEC 8825-1 §8.1) --------------------------------


def ref_tag(number: int, cls: int, constructed: bool) -> bytes:
    """Tag bytes from class (0-3), constructed bit and tag number (base-128 when >= 31)."""
    first = (cls << 6) | (0x20 if constructed else 0)
    if number < 31:
        return bytes([first | number])
    groups = []
    while True:
        groups.append(number & 0x7F)
        number >>= 7
        if not number:
            break
    groups.reverse()
    rest = [g | 0x80 for g in groups[:-1]] + [groups[-1]]
    return bytes([first | 0x1F, *rest])


def ref_length(size: int) -> bytes:
    if size < 128:
        return bytes([size])
    if size < 256:
        return bytes([0x81, size])
    return bytes([0x82, size >> 8, size & 0xFF])


Node = tuple[bytes, bytes | list["Node"]]   # (tag bytes, value or children)


def ref_encode(node: Node) -> bytes:
    tag, value = node
    body = value if isinstance(value, bytes) else b"".join(ref_encode(n) for n in value)
    return tag + ref_length(len(body)) + body


def as_tlv(node: Node) -> bertlv.Tlv:
    """What the decoder must give back for `node`."""
    tag, value = node
    number = int.from_bytes(tag, "big")
    if isinstance(value, bytes):
        return bertlv.Tlv(number, value, None)
    return bertlv.Tlv(number, b"".join(ref_encode(n) for n in value),
                      tuple(as_tlv(n) for n in value))


# Tag numbers up to 2^14 - 1 (one to three bytes), all four classes.
tag_numbers = st.one_of(st.integers(0, 30), st.integers(31, 127), st.integers(128, 16383))
classes = st.integers(0, 3)
primitive = st.builds(lambda n, c, v: (ref_tag(n, c, False), v), tag_numbers, classes,
                      st.one_of(st.binary(max_size=6),
                                # long forms: 81 xx from 128 bytes, 82 xx xx from 256
                                st.integers(126, 260).map(lambda n:
                                                          bytes(i & 0xFF for i in range(n)))))


def constructed(children: st.SearchStrategy[list[Node]]) -> st.SearchStrategy[Node]:
    return st.builds(lambda n, c, kids: (ref_tag(n, c, True), kids), tag_numbers, classes,
                     children)


# Three levels of nesting, written out (st.recursive costs several times more per example).
level1 = st.one_of(primitive, constructed(st.lists(primitive, max_size=3)))
trees = st.one_of(level1, constructed(st.lists(level1, max_size=3)))


@settings(max_examples=10_000, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(trees, min_size=1, max_size=3))
def test_round_trip_against_a_reference_encoder(nodes: list[Node]) -> None:
    """10,000 random trees: multi-byte tags, long-form lengths (81 and 82), nesting."""
    data = b"".join(ref_encode(n) for n in nodes)
    decoded = bertlv.decode(data)
    assert decoded == tuple(as_tlv(n) for n in nodes)
    # The module's own encoder writes the same bytes back.
    assert b"".join(bertlv.encode_tlv(item) for item in decoded) == data


@settings(max_examples=2_000, deadline=None)
@given(st.binary(max_size=64))
def test_arbitrary_bytes_decode_or_raise_tlv_error(data: bytes) -> None:
    """Garbage never raises anything but TlvError; what decodes re-encodes to TLVs that
    decode the same (a non-minimal length form such as 81 05 is written back minimally)."""
    try:
        items = bertlv.decode(data)
    except bertlv.TlvError:
        return
    again = bertlv.decode(b"".join(bertlv.encode_tlv(i) for i in items))
    assert again == tuple(bertlv.decode_one(bertlv.encode_tlv(i)) for i in items)


# ---- vectors and rules (reference/esim.md §5, §6) -------------------------------------------

def test_multi_byte_tags_are_read_as_one_tag() -> None:
    # GetProfilesInfo request with a tag list (lpac rsp.asn / pySim): BF2D holds 5C.
    request = bertlv.decode_one(bytes.fromhex("BF2D0A5C085A4F9F7090919295"))
    assert request.tag == 0xBF2D and request.constructed
    assert request.find(0x5C) == bertlv.Tlv(0x5C, bytes.fromhex("5A4F9F7090919295"), None)
    # 9F70 (profileState) inside a ProfileInfo (AOSP EuiccCardTest.testGetAllProfiles).
    info = bertlv.decode_one(bytes.fromhex("E3105A0A896700000000004523019F700101"))
    assert [c.tag for c in info.children or ()] == [0x5A, 0x9F70]
    assert info.find(0x9F70) == bertlv.Tlv(0x9F70, b"\x01", None)


def test_long_form_lengths() -> None:
    # AOSP EuiccCardTest.testGetProfile: BF2D 81 84 A0 81 81 E3 7F ...
    inner = bertlv.encode(0xE3, bertlv.encode(0x92, b"n" * 0x7D))    # E3 7F 92 7D ...
    listing = bertlv.encode(0xA0, inner)
    outer = bertlv.encode(0xBF2D, listing)
    assert outer[:6].hex().upper() == "BF2D8184A081" and inner[:2] == bytes.fromhex("E37F")
    assert bertlv.decode_one(outer).find(0xA0) is not None
    assert bertlv.length_bytes(0x7F) == b"\x7f"
    assert bertlv.length_bytes(0xB0) == b"\x81\xb0"
    assert bertlv.length_bytes(0x100) == b"\x82\x01\x00"


@pytest.mark.parametrize("bad", [
    "5A80",             # indefinite length: refused
    "5A8301000000",     # 83: a 3-byte length, more than an eUICC ever sends
    "5A05010203",       # says 5 bytes, 3 left
    "BF",               # multi-byte tag cut short
    "BF2D",             # no length
    "5A8101",           # long form cut short
    "BFFFFFFF7F00",     # tag longer than 4 bytes
])
def test_malformed_input_raises(bad: str) -> None:
    with pytest.raises(bertlv.TlvError):
        bertlv.decode(bytes.fromhex(bad))


def test_unknown_siblings_are_kept_in_order() -> None:
    # Cards add B6, B7, 99, BF76 anywhere (reference/esim.md §6): walk, never skip by offset.
    item = bertlv.decode_one(bytes.fromhex("E30F" "990100" "5A0198" "B7039F7000" "9F700101"))
    assert [c.tag for c in item.children or ()] == [0x99, 0x5A, 0xB7, 0x9F70]
    assert item.find(0x9F70) == bertlv.Tlv(0x9F70, b"\x01", None)


def test_decode_one_wants_exactly_one() -> None:
    with pytest.raises(bertlv.TlvError):
        bertlv.decode_one(bytes.fromhex("5A00" "5A00"))
    with pytest.raises(bertlv.TlvError):
        bertlv.decode_one(b"")
