"""What a port that does not answer AT sent instead: binary noise, a GPS receiver's NMEA
sentences, a diagnostic protocol, or text that never ends in a result code. Pure.

Used to say "this port does not speak AT" within seconds, with what was heard, instead of
reading garbage as a modem's answers. The DIAG patterns are the ones ModemManager aborts its
AT probing on (reference notes §2: 32 NULs in a row, Quectel's FF x7 FE), plus HDLC-framed
QCDM packets whose CRC checks and UNISOC's %DBG log port.
"""

from __future__ import annotations

import re

from simtool.at.urc import is_urc

BINARY = "binary"        # mostly non-text bytes: another protocol, or the wrong baud rate
NMEA = "nmea"            # $GPGGA,...*hh sentences: the modem's GPS port
DIAG = "diag"            # QCDM/DIAG frames: the modem's diagnostic port
TEXT = "text"            # text lines, but never OK/ERROR: a log or console port

_QUECTEL_DIAG = b"\xff" * 7 + b"\xfe"
_NMEA_SENTENCE = re.compile(rb"\$(?:G[PLNABQ]|P[A-Z]{3,4})[A-Z]{0,4},[^\r\n]*\*[0-9A-Fa-f]{2}")
# Text needs a few lines (or this many bytes) before it says more than "slow modem".
_TEXT_LINES = 8
_TEXT_BYTES = 2048
_URC_LINES = 64          # more reports than any modem sends while it starts
EXCERPT = 60


def looks_like_diag(data: bytes) -> bool:
    """True when `data` looks like a diagnostic port's output rather than AT text."""
    if not data:
        return False
    if b"\x00" * 32 in data or _QUECTEL_DIAG in data or data.startswith(b"%DBG"):
        return True
    if b"\x7e" in data:
        if any(_is_hdlc_frame(chunk) for chunk in data.split(b"\x7e")):
            return True
        return _binary_share(data) >= 0.25
    return False


def _crc16_x25(data: bytes) -> int:
    crc = 0xFFFF
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = (crc >> 1) ^ 0x8408 if crc & 1 else crc >> 1
    return crc ^ 0xFFFF


def _is_hdlc_frame(chunk: bytes) -> bool:
    """A QCDM frame (the bytes before a 0x7E flag): 0x7D-escaped payload + CRC-16/X.25."""
    frame = bytearray()
    escaped = False
    for byte in chunk:
        if escaped:
            frame.append(byte ^ 0x20)
            escaped = False
        elif byte == 0x7D:
            escaped = True
        else:
            frame.append(byte)
    if len(frame) < 3:
        return False
    return _crc16_x25(bytes(frame[:-2])) == frame[-2] | frame[-1] << 8


def _binary_share(data: bytes) -> float:
    binary = sum(1 for byte in data
                 if byte < 0x20 and byte not in (0x0D, 0x0A, 0x09) or byte >= 0x7F)
    return binary / len(data) if data else 0.0


def classify(data: bytes, echo: bytes = b"") -> str | None:
    """BINARY, NMEA, DIAG or TEXT for bytes a port sent without a final result code; None
    when they prove nothing (nothing came, only our echo, or a reply just begun)."""
    if echo:
        data = data.replace(echo.rstrip(b"\r\n"), b"")
    body = data.strip(b"\r\n \t")
    if not body:
        return None
    if looks_like_diag(body):
        return DIAG
    if len(_NMEA_SENTENCE.findall(body)) >= 2:
        return NMEA
    if len(body) >= 8 and _binary_share(body) >= 0.25:
        return BINARY
    # Start-up reports (RDY, +CPIN: READY, ...) are what a modem says while it boots: only
    # other lines count towards "a text port", unless they come by the dozen.
    lines = [line for line in re.split(rb"[\r\n]+", body) if line.strip()]
    other = [line for line in lines if not is_urc(line.decode("latin-1"))]
    if len(other) >= _TEXT_LINES or sum(len(line) for line in other) >= _TEXT_BYTES or \
            len(lines) >= _URC_LINES:
        return TEXT
    return None


def hex_excerpt(data: bytes, count: int = 12) -> str:
    """The first bytes in hex, for binary data: '7e 13 41 54 ff ff …'."""
    shown = " ".join(f"{byte:02x}" for byte in data[:count])
    return shown + (" …" if len(data) > count else "")


def excerpt(data: bytes, limit: int = EXCERPT) -> str:
    """The first bytes as printable text, binary escaped (\\x13), line ends shown as ⏎."""
    text = data[: limit * 4].decode("ascii", errors="backslashreplace")
    out: list[str] = []
    for char in text:
        if char in "\r\n":
            if out and out[-1] != "⏎":
                out.append("⏎")
        elif char.isprintable():
            out.append(char)
        else:
            out.append(f"\\x{ord(char):02x}")
    shown = "".join(out).strip("⏎ ")
    return shown if len(shown) <= limit else shown[:limit] + "…"
