"""Identity replies: manufacturer, model, revision, IMEI (+CGMI/+CGMM/+CGMR/+CGSN, ATI, +G*)."""

from __future__ import annotations

import re
from typing import NamedTuple

from simtool.at.parsers.common import Unparsed, after_prefix, info_lines, no_reply, unquote
from simtool.i18n import tr


class TextValue(NamedTuple):
    value: str


class Imei(NamedTuple):
    value: str
    valid_length: bool      # 15 digits (14 + check digit) per 3GPP TS 23.003
    luhn_ok: bool | None    # None when the length is wrong; a fact, never a rejection


class AtiInfo(NamedTuple):
    manufacturer: str | None
    model: str | None
    revision: str | None
    imei: str | None


def _labelled(line: str, *labels: str) -> str | None:
    """Value of `line` if it starts with one of the labels and a colon (any case)."""
    value = after_prefix(line, *labels)
    return None if value is None else unquote(value)


def _text_reply(text: str, labels: tuple[str, ...], what: str) -> TextValue | Unparsed:
    lines = info_lines(text)
    if not lines:
        return no_reply(text, what)
    for line in lines:
        value = _labelled(line, *labels)
        if value:
            return TextValue(value)
        if value is not None:
            # `+CGMI: ""`: the module says nothing (Air724UG, FUjr/QModem testcases).
            return Unparsed(text, tr("Parser", "empty {what} reply").format(what=what))
    # Bare form: the first line is the value itself (most modems answer +CGMI that way).
    first = lines[0]
    if re.match(r"^[+^#$%*]\w+\s*:", first):
        return Unparsed(text, tr("Parser", "unexpected prefix in the {what} reply")
                        .format(what=what))
    return TextValue(unquote(first))


def parse_cgmi(text: str) -> TextValue | Unparsed:
    return _text_reply(text, ("+CGMI", "+GMI", "Manufacturer"), "manufacturer")


def parse_cgmm(text: str) -> TextValue | Unparsed:
    return _text_reply(text, ("+CGMM", "+GMM", "Model"), "model")


def parse_cgmr(text: str) -> TextValue | Unparsed:
    return _text_reply(text, ("+CGMR", "+GMR", "Revision"), "revision")


def luhn_ok(digits: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(digits)):
        number = int(char)
        if index % 2 == 1:
            number *= 2
            if number > 9:
                number -= 9
        total += number
    return total % 10 == 0


def imei_from(value: str) -> Imei | None:
    digits = unquote(value).strip()
    if not re.fullmatch(r"\d{14,17}", digits):
        return None
    valid = len(digits) == 15
    return Imei(digits, valid, luhn_ok(digits) if valid else None)


def parse_cgsn(text: str) -> Imei | Unparsed:
    lines = info_lines(text)
    if not lines:
        return no_reply(text, "IMEI")
    for line in lines:
        value = _labelled(line, "+CGSN", "+GSN", "IMEI")
        candidate = imei_from(value if value is not None else line)
        if candidate:
            return candidate
    return Unparsed(text, tr("Parser", "no 14 to 17 digit serial number in the reply"))


def parse_ati(text: str) -> AtiInfo | Unparsed:
    """ATI: labelled lines (Huawei, SIMCom) or bare manufacturer/model lines (Quectel)."""
    lines = info_lines(text)
    if not lines:
        return no_reply(text, "ATI")
    manufacturer = model = revision = imei = None
    bare: list[str] = []
    for line in lines:
        if (value := _labelled(line, "Manufacturer")) is not None:
            manufacturer = value
        elif (value := _labelled(line, "Model")) is not None:
            model = value
        elif (value := _labelled(line, "Revision")) is not None:
            revision = value
        elif (value := _labelled(line, "IMEI", "IMEI SV")) is not None:
            candidate = imei_from(value)
            imei = candidate.value if candidate else imei
        elif not re.match(r"^[+^#$%*]?\w[\w ]*:", line):
            bare.append(line)
    # Quectel answers "Quectel", "EC25", "Revision: ..." without labels; China Mobile's
    # OneMO modules "CMCC", the model and the revision (extended AT manual §4.2).
    if len(bare) == 1 and manufacturer is None and model is None:
        # A lone line is a build string, not a maker: "LuatOS-Air_V4032_RDA8910_..."
        # (Air724UG, FUjr/QModem testcases), "AirM2M_780EP_V1007_LTE_AT" (openLuat manual).
        return AtiInfo(None, None, revision or bare[0], imei)
    if manufacturer is None and bare:
        manufacturer = bare.pop(0)
    if model is None and bare:
        model = bare.pop(0)
    if revision is None and bare:
        revision = bare.pop(0)
    return AtiInfo(manufacturer, model, revision, imei)
