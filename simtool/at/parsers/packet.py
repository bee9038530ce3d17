"""Packet domain replies: +CGDCONT?, +CGATT?, +CGACT?, +CGPADDR (3GPP TS 27.007 §10.1)."""

from __future__ import annotations

from typing import NamedTuple

from simtool.at.parsers.common import (
    Unparsed,
    first_value,
    info_lines,
    no_reply,
    split_fields,
    to_int,
    unquote,
    values,
)
from simtool.i18n import tr


class PdpDefinition(NamedTuple):
    cid: int
    pdp_type: str | None    # canonical upper case; unknown types kept as the modem wrote them
    apn: str                # "" = network-provided


class Cgdcont(NamedTuple):
    contexts: tuple[PdpDefinition, ...]


class Cgatt(NamedTuple):
    attached: bool


class Cgact(NamedTuple):
    active: dict[int, bool]


class Cgpaddr(NamedTuple):
    addresses: dict[int, tuple[str, ...]]


_PDP_TYPES = {
    "IP": "IP", "IPV4": "IP", "IPV6": "IPV6", "IPV4V6": "IPV4V6", "PPP": "PPP",
    "NON-IP": "Non-IP", "NONIP": "Non-IP", "X.25": "X.25", "OSPIH": "OSPIH",
    "ETHERNET": "Ethernet",
}


def _pdp_type(field: str) -> str | None:
    value = unquote(field).strip()
    if not value:
        return None
    return _PDP_TYPES.get(value.upper(), value)


def _nothing_else(text: str) -> bool:
    """True when the reply has no information line at all: a valid "none defined"."""
    return not info_lines(text)


def parse_cgdcont(text: str) -> Cgdcont | Unparsed:
    """`+CGDCONT: <cid>,<PDP_type>,<APN>[,...]` per context; no lines = no contexts."""
    contexts = []
    for body in values(text, "+CGDCONT"):
        parts = split_fields(body)
        cid = to_int(parts[0])
        if cid is None or len(parts) < 2:
            continue
        apn = unquote(parts[2]).strip() if len(parts) > 2 else ""
        contexts.append(PdpDefinition(cid, _pdp_type(parts[1]), apn))
    if contexts or _nothing_else(text):
        return Cgdcont(tuple(sorted(contexts, key=lambda c: c.cid)))
    return Unparsed(text, tr("Parser", "no context in the +CGDCONT reply"))


def parse_cgatt(text: str) -> Cgatt | Unparsed:
    body = first_value(text, "+CGATT")
    if body is None:
        return no_reply(text, "+CGATT")
    state = to_int(body)
    if state not in (0, 1):
        return Unparsed(text, tr("Parser", "+CGATT state is neither 0 nor 1"))
    return Cgatt(state == 1)


def parse_cgact(text: str) -> Cgact | Unparsed:
    """`+CGACT: <cid>,<state>` per context; no lines = no contexts defined."""
    active: dict[int, bool] = {}
    for body in values(text, "+CGACT"):
        parts = split_fields(body)
        cid = to_int(parts[0])
        state = to_int(parts[1]) if len(parts) > 1 else None
        if cid is not None and state in (0, 1):
            active[cid] = state == 1
    if active or _nothing_else(text):
        return Cgact(active)
    return Unparsed(text, tr("Parser", "no context in the +CGACT reply"))


def parse_cgpaddr(text: str) -> Cgpaddr | Unparsed:
    """`+CGPADDR: <cid>[,<addr1>[,<addr2>]]` per context."""
    addresses: dict[int, tuple[str, ...]] = {}
    for body in values(text, "+CGPADDR"):
        parts = split_fields(body)
        cid = to_int(parts[0])
        if cid is None:
            continue
        addresses[cid] = tuple(a for a in (unquote(p).strip() for p in parts[1:]) if a)
    if addresses or _nothing_else(text):
        return Cgpaddr(addresses)
    return Unparsed(text, tr("Parser", "no context in the +CGPADDR reply"))
