"""+CFUN? (radio functionality level)."""

from __future__ import annotations

from collections.abc import Collection
from typing import NamedTuple

from simtool.at.parsers.common import Unparsed, first_value, no_reply, split_fields, to_int
from simtool.i18n import tr


class Cfun(NamedTuple):
    value: int
    on: bool | None     # None when the level means nothing certain for this vendor


def parse_cfun(text: str, on_values: Collection[int] = (1,),
               off_values: Collection[int] = (0, 4)) -> Cfun | Unparsed:
    """`+CFUN: <fun>[,<rst>]`; vendors pass their own meanings (u-blox 19 = off, Telit 5 = on)."""
    body = first_value(text, "+CFUN")
    if body is None:
        return no_reply(text, "+CFUN")
    value = to_int(split_fields(body)[0])
    if value is None:
        return Unparsed(text, tr("Parser", "no number in the +CFUN reply"))
    on = True if value in on_values else False if value in off_values else None
    return Cfun(value, on)
