"""+COPS? (current operator) and +CSCS? (character set the modem uses for strings)."""

from __future__ import annotations

import re
from typing import NamedTuple

from simtool.at.parsers.common import Unparsed, first_value, no_reply, split_fields, to_int, unquote
from simtool.i18n import tr


class Cops(NamedTuple):
    mode: int | None            # 0 automatic, 1 manual, 2 deregister, 4 manual/automatic
    format: int | None          # 0 long name, 1 short name, 2 numeric
    name: str | None = None     # format 0/1
    mcc: str | None = None      # format 2
    mnc: str | None = None
    act: int | None = None

    @property
    def registered(self) -> bool:
        return self.name is not None or self.mcc is not None


class Cscs(NamedTuple):
    charset: str                # "GSM", "UCS2", "IRA", ...


def decode_ucs2(value: str) -> str | None:
    """UCS2 hex ("004F0070") to text; None when value is not UCS2 hex."""
    if not value or len(value) % 4 or not re.fullmatch(r"[0-9A-Fa-f]+", value):
        return None
    try:
        return bytes.fromhex(value).decode("utf-16-be")
    except (ValueError, UnicodeDecodeError):
        return None


def split_plmn(numeric: str) -> tuple[str, str] | None:
    """'46000' -> ('460', '00'); '310260' -> ('310', '260')."""
    digits = re.sub(r"\D", "", numeric)
    if len(digits) not in (5, 6):
        return None
    return digits[:3], digits[3:]


def parse_cops(text: str, charset: str = "GSM") -> Cops | Unparsed:
    """`+COPS: <mode>[,<format>,<oper>[,<AcT>]]`; a bare `+COPS: 0` means no operator."""
    body = first_value(text, "+COPS")
    if body is None:
        return no_reply(text, "+COPS")
    parts = split_fields(body)
    mode = to_int(parts[0])
    if mode is None:
        return Unparsed(text, tr("Parser", "no mode in the +COPS reply"))
    fmt = to_int(parts[1]) if len(parts) > 1 else None
    oper = unquote(parts[2]) if len(parts) > 2 else ""
    act = to_int(parts[3]) if len(parts) > 3 else None
    act = act if act is not None and 0 <= act <= 13 else None
    if charset.upper() == "UCS2":
        oper = decode_ucs2(oper) or oper
    if not oper:
        return Cops(mode, fmt, act=act)
    if fmt == 2:
        plmn = split_plmn(oper)
        if plmn is None:
            return Unparsed(text, tr("Parser", "numeric operator is not 5 or 6 digits"))
        return Cops(mode, fmt, mcc=plmn[0], mnc=plmn[1], act=act)
    return Cops(mode, fmt, name=oper.strip(), act=act)


def parse_cscs(text: str) -> Cscs | Unparsed:
    body = first_value(text, "+CSCS")
    if body is None:
        return no_reply(text, "+CSCS")
    charset = unquote(body).strip().upper()
    if not charset:
        return Unparsed(text, tr("Parser", "empty character set"))
    return Cscs(charset)


class NetworkEntry(NamedTuple):
    """One network of a `+COPS=?` scan (3GPP TS 27.007 §7.3)."""

    status: int                 # 0 unknown, 1 available, 2 current, 3 forbidden
    long_name: str
    short_name: str
    numeric: str                # MCC+MNC, "46000"
    act: int | None = None

    @property
    def forbidden(self) -> bool:
        return self.status == 3


class NetworkList(NamedTuple):
    networks: tuple[NetworkEntry, ...]


_ENTRY = re.compile(r"\(\s*(\d+)\s*,\s*\"([^\"]*)\"\s*,\s*\"([^\"]*)\"\s*,\s*\"(\d{5,6})\""
                    r"\s*(?:,\s*(\d+)\s*)?\)")


def parse_cops_list(text: str, charset: str = "GSM") -> NetworkList | Unparsed:
    """`+COPS: (<stat>,"<long>","<short>","<numeric>"[,<AcT>]),...,,(modes),(formats)`.

    The same network is listed once per radio technology; each listing is kept (the AcT
    says which one the user picks). A scan that found nothing is `+COPS: ,,(0-4),(0-2)`.
    """
    body = first_value(text, "+COPS")
    if body is None:
        return no_reply(text, "+COPS")
    networks = []
    for match in _ENTRY.finditer(body):
        long_name, short_name = match.group(2), match.group(3)
        if charset.upper() == "UCS2":
            long_name = decode_ucs2(long_name) or long_name
            short_name = decode_ucs2(short_name) or short_name
        act = to_int(match.group(5)) if match.group(5) is not None else None
        networks.append(NetworkEntry(int(match.group(1)), long_name.strip(),
                                     short_name.strip(), match.group(4),
                                     act if act is not None and 0 <= act <= 13 else None))
    if not networks and "(" in body.split(",,")[0]:
        return Unparsed(text, tr("Parser", "no network in the +COPS list"))
    return NetworkList(tuple(networks))
