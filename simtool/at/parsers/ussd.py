"""+CUSD: <m>[,"<str>"[,<dcs>]] (3GPP TS 27.007 §7.15) with the text decoded.

Modems hand the string over in three ways: packed GSM 7-bit as hex (Huawei and others in
"hex" mode), already-decoded text, or UCS2 hex (dcs 72/0x48, or any dcs when +CSCS is
UCS2). The data coding scheme follows 3GPP TS 23.038 §5 (CBS coding groups).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from simtool.at import gsm7
from simtool.at.parsers.common import Unparsed, first_value, no_reply, split_fields, to_int, unquote
from simtool.i18n import tr


class Cusd(NamedTuple):
    status: int          # 0 no further action, 1 further action required, 2 terminated, ...
    text: str | None     # decoded
    dcs: int | None


def unpack_gsm7(data: bytes) -> str:
    """Packed septets to text; a trailing CR or @ filling the last octet is padding."""
    septets = gsm7.unpack(data)
    if septets and len(data) * 8 % 7 == 0 and septets[-1] in (0x0D, 0x00):
        septets.pop()
    return gsm7.to_text(septets)


def _alphabet(dcs: int | None) -> str:
    """'gsm7', '8bit' or 'ucs2' per TS 23.038 §5."""
    if dcs is None:
        return "gsm7"
    group = dcs >> 4
    if group == 0x0:
        return "gsm7"
    if group == 0x1:
        return "ucs2" if dcs & 0x0F == 1 else "gsm7"
    if group in (0x4, 0x5, 0x6, 0x7, 0x9):
        return {0: "gsm7", 1: "8bit", 2: "ucs2"}.get((dcs >> 2) & 0x03, "gsm7")
    if group == 0xF:
        return "8bit" if dcs & 0x04 else "gsm7"
    return "gsm7"


def _is_hex(value: str) -> bool:
    return bool(value) and len(value) % 2 == 0 and bool(re.fullmatch(r"[0-9A-Fa-f]+", value))


def _ucs2(value: str) -> str | None:
    if not _is_hex(value) or len(value) % 4:
        return None
    try:
        return bytes.fromhex(value).decode("utf-16-be")
    except UnicodeDecodeError:
        return None


def _printable(text: str) -> bool:
    return all(c.isprintable() or c in "\r\n\f" for c in text)


def decode_ussd(value: str, dcs: int | None, charset: str = "GSM") -> str:
    alphabet = _alphabet(dcs)
    if alphabet == "ucs2" or charset.upper() == "UCS2":
        decoded = _ucs2(value)
        if decoded is not None and _printable(decoded):
            return decoded
        return value
    if alphabet == "8bit" and _is_hex(value):
        return bytes.fromhex(value).decode("latin-1")
    # Plain text answers always contain something that is not a hex digit (spaces, letters
    # beyond F, punctuation); an all-hex string is the packed septets.
    if _is_hex(value) and len(value) >= 2:
        packed = unpack_gsm7(bytes.fromhex(value))
        if packed and _printable(packed):
            return packed
    return value


def parse_cusd(text: str, charset: str = "GSM") -> Cusd | Unparsed:
    body = first_value(text, "+CUSD")
    if body is None:
        return no_reply(text, "+CUSD")
    parts = split_fields(body)
    status = to_int(parts[0])
    if status is None:
        return Unparsed(text, tr("Parser", "no status in the +CUSD reply"))
    # The dcs is the last field: an unquoted string may itself hold commas (below).
    dcs = to_int(parts[-1]) if len(parts) > 2 else None
    if len(parts) < 2:
        return Cusd(status, None, dcs)
    # The string may itself contain commas: everything between the first comma and the
    # last one (when a dcs is present) belongs to it, taken from the body as sent so that
    # an unquoted text keeps its spaces after commas.
    raw = body.split(",", 1)[1]
    if len(parts) > 2 and dcs is not None:
        raw = raw.rsplit(",", 1)[0]
    return Cusd(status, decode_ussd(unquote(raw), dcs, charset), dcs)
