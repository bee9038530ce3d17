"""How to reach an operator's customer service: hotline and website, by MCC/MNC.

`operator_contact()` is the one place the app and the support bundle ask. The provider
overlay (simtool.providers.operators: hotline, website, per operator, with sources) comes
first; the small table below fills in for networks it does not cover. The table holds only
major operators whose numbers are printed on their own SIM packs and websites; the short
numbers work from a phone with that operator's card.
"""

from __future__ import annotations

import functools
from typing import NamedTuple

from simtool.i18n import QT_TRANSLATE_NOOP, tr

CTX = "Contacts"


class OperatorContact(NamedTuple):
    name: str                 # in the reader's language when known
    hotline: str | None       # what to dial
    website: str | None
    note: str | None = None   # how the hotline is reached, when it needs saying


class _Entry(NamedTuple):
    name: str                 # English; translated through CTX
    hotline: str
    website: str
    note: str | None = None


_CHINA_MOBILE = _Entry(QT_TRANSLATE_NOOP(CTX, "China Mobile"), "10086", "https://www.10086.cn")
_CHINA_UNICOM = _Entry(QT_TRANSLATE_NOOP(CTX, "China Unicom"), "10010", "https://www.10010.com")
_CHINA_TELECOM = _Entry(QT_TRANSLATE_NOOP(CTX, "China Telecom"), "10000", "https://www.189.cn")
_CHINA_BROADNET = _Entry(QT_TRANSLATE_NOOP(CTX, "China Broadnet"), "10099",
                         "https://www.10099.com.cn")
_FROM_A_PHONE = QT_TRANSLATE_NOOP(CTX, "free from a phone with this operator's card")

# (MCC, MNC) -> contact. China: the ITU E.212 assignments of 460 to the four operators.
_TABLE: dict[tuple[str, str], _Entry] = {
    **{("460", mnc): _CHINA_MOBILE for mnc in ("00", "02", "04", "07", "08")},
    **{("460", mnc): _CHINA_UNICOM for mnc in ("01", "06", "09")},
    **{("460", mnc): _CHINA_TELECOM for mnc in ("03", "05", "11")},
    ("460", "15"): _CHINA_BROADNET,
    ("262", "01"): _Entry("Telekom Deutschland", "0800 330 1000", "https://www.telekom.de"),
    ("262", "02"): _Entry("Vodafone Deutschland", "0800 172 1212", "https://www.vodafone.de"),
    ("310", "410"): _Entry("AT&T", "611", "https://www.att.com", _FROM_A_PHONE),
    ("310", "260"): _Entry("T-Mobile US", "611", "https://www.t-mobile.com", _FROM_A_PHONE),
    ("311", "480"): _Entry("Verizon", "611", "https://www.verizon.com", _FROM_A_PHONE),
}


def operator_contact(mcc: str | None, mnc: str | None) -> OperatorContact | None:
    """The hotline and website of the operator of network MCC/MNC, if known: from the
    provider overlay (simtool.providers.operators) when it has them, else the table above."""
    if not mcc or not mnc:
        return None
    from simtool.i18n import language

    return _contact(mcc, mnc, language())


@functools.lru_cache(maxsize=64)
def _contact(mcc: str, mnc: str, _language: str) -> OperatorContact | None:
    """Cached per network and language: the app asks at every check it shows."""
    entry = _TABLE.get((mcc, mnc))
    overlaid = _from_overlay(mcc, mnc, entry)
    if overlaid is not None:
        return overlaid
    if entry is None:
        return None
    return OperatorContact(tr(CTX, entry.name), entry.hotline, entry.website,
                           tr(CTX, entry.note) if entry.note else None)


def _from_overlay(mcc: str, mnc: str, entry: _Entry | None) -> OperatorContact | None:
    from simtool.i18n import language
    from simtool.providers import database, operators

    providers = database.lookup(mcc, mnc)
    info = operators.operator_info(providers)
    if info is None or not (info.hotline or info.website):
        return None
    name = operators.local_name(providers, language()) if language() != "en" else None
    name = name or (tr(CTX, entry.name) if entry else None) or \
        database.provider_names(providers) or f"{mcc}/{mnc}"
    return OperatorContact(name, info.hotline or (entry.hotline if entry else None),
                           info.website or (entry.website if entry else None),
                           tr(CTX, entry.note) if entry and entry.note else None)


def contact_for_imsi(imsi: str | None, mnc_length: int | None = None) -> OperatorContact | None:
    """The contact of the SIM's home operator (the one that sold the card)."""
    if not imsi:
        return None
    from simtool.providers.database import home_network

    home = home_network(imsi, mnc_length)
    return operator_contact(*home) if home else None
