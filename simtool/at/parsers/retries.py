"""PIN/PUK retries left: 3GPP +CPINR, each vendor's own command, and the +CSIM status word.

All parsers return `Retries`; a field is None when that reply does not say. Reading the
counter never spends an attempt: the +CSIM APDUs are VERIFY/UNBLOCK with no data, which
only report the counter (ETSI TS 102 221 §11.1.9, status word 63Cx).
"""

from __future__ import annotations

from typing import NamedTuple

from simtool.at.parsers.common import (
    Unparsed,
    first_value,
    no_reply,
    split_fields,
    to_int,
    unquote,
    values,
)
from simtool.i18n import tr


class Retries(NamedTuple):
    pin: int | None = None
    puk: int | None = None
    pin2: int | None = None
    puk2: int | None = None
    # Retries for whichever code the SIM asks for right now (Telit #PCT); the caller
    # knows from +CPIN? whether that is the PIN or the PUK.
    current: int | None = None

    def merged(self, other: Retries) -> Retries:
        """Fill the unknown fields of self from other."""
        return Retries(*(mine if mine is not None else theirs
                         for mine, theirs in zip(self, other, strict=True)))

    @property
    def empty(self) -> bool:
        return all(value is None for value in self)


def _count(field: str | None, limit: int = 10) -> int | None:
    """A retry counter; values beyond `limit` are firmware noise (ModemManager rejects > 10)."""
    number = to_int(field)
    if number is None or number < 0 or number > limit:
        return None
    return number


def _numbers(text: str, prefix: str, what: str) -> list[int | None] | Unparsed:
    body = first_value(text, prefix)
    if body is None:
        return no_reply(text, what)
    counts = [_count(field) for field in split_fields(body)]
    if all(count is None for count in counts):
        return Unparsed(text, tr("Parser", "no retry counter in the {what} reply")
                        .format(what=what))
    return counts


def _at(counts: list[int | None], index: int) -> int | None:
    return counts[index] if index < len(counts) else None


_CPINR_CODES = {"SIM PIN": "pin", "SIM PUK": "puk", "SIM PIN2": "pin2", "SIM PUK2": "puk2"}


def parse_cpinr(text: str) -> Retries | Unparsed:
    """3GPP TS 27.007 §8.65: `+CPINR: <code>,<retries>[,<default_retries>]`, one per code."""
    found: dict[str, int | None] = {}
    for body in values(text, "+CPINR", "+CPINRE"):
        parts = split_fields(body)
        key = _CPINR_CODES.get(" ".join(unquote(parts[0]).upper().split()))
        if key and len(parts) > 1:
            found[key] = _count(parts[1])
    if not found:
        return no_reply(text, "+CPINR")
    return Retries(**found)


def parse_huawei_cpin(text: str) -> Retries | Unparsed:
    """Huawei `^CPIN: <code>,[<times>],<puk>,<pin>,<puk2>,<pin2>`."""
    body = first_value(text, "^CPIN")
    if body is None:
        return no_reply(text, "^CPIN")
    parts = split_fields(body)
    if len(parts) < 6:
        return Unparsed(text, tr("Parser", "too few fields in the ^CPIN reply"))
    return Retries(pin=_count(parts[3]), puk=_count(parts[2]), pin2=_count(parts[5]),
                   puk2=_count(parts[4]))


def parse_quectel_qpinc(text: str) -> Retries | Unparsed:
    """Quectel `+QPINC: "SC",<pin>,<puk>` and `+QPINC: "P2",<pin2>,<puk2>`."""
    result = Retries()
    seen = False
    for body in values(text, "+QPINC"):
        parts = split_fields(body)
        if len(parts) < 3:
            continue
        facility = unquote(parts[0]).upper()
        if facility == "SC":
            result = result._replace(pin=_count(parts[1]), puk=_count(parts[2]))
            seen = True
        elif facility == "P2":
            result = result._replace(pin2=_count(parts[1]), puk2=_count(parts[2]))
            seen = True
    return result if seen else no_reply(text, "+QPINC")


def parse_simcom_spic(text: str) -> Retries | Unparsed:
    """SIMCom `+SPIC: <pin1>,<puk1>,<pin2>,<puk2>` (SIM7500/SIM7600 AT manual order).

    Some SIM800 builds answer one number whose code is not stated: left unparsed rather
    than guessed.
    """
    counts = _numbers(text, "+SPIC", "+SPIC")
    if isinstance(counts, Unparsed):
        return counts
    if len(counts) < 2:
        return Unparsed(text, tr("Parser", "single +SPIC value: which code it counts is unknown"))
    return Retries(pin=_at(counts, 0), puk=_at(counts, 1), pin2=_at(counts, 2),
                   puk2=_at(counts, 3))


def _pin_pin2_puk_puk2(text: str, prefix: str) -> Retries | Unparsed:
    counts = _numbers(text, prefix, prefix)
    if isinstance(counts, Unparsed):
        return counts
    return Retries(pin=_at(counts, 0), pin2=_at(counts, 1), puk=_at(counts, 2),
                   puk2=_at(counts, 3))


def parse_ublox_upincnt(text: str) -> Retries | Unparsed:
    """u-blox `+UPINCNT: <pin>,<pin2>,<puk>,<puk2>`."""
    return _pin_pin2_puk_puk2(text, "+UPINCNT")


def parse_sierra_cpinc(text: str) -> Retries | Unparsed:
    """Sierra `+CPINC: <pin>,<pin2>,<puk>,<puk2>`."""
    return _pin_pin2_puk_puk2(text, "+CPINC")


def parse_wavecom_cpinc(text: str) -> Retries | Unparsed:
    """Wavecom `+CPINC: <pin1>,<pin2>,<puk1>,<puk2>` (the Sierra order; execute form)."""
    return _pin_pin2_puk_puk2(text, "+CPINC")


def parse_intel_xpincnt(text: str) -> Retries | Unparsed:
    """Intel XMM (Fibocom L8xx) `+XPINCNT: <pin>,<pin2>,<puk>,<puk2>`."""
    return _pin_pin2_puk_puk2(text, "+XPINCNT")


def parse_mtk_epinc(text: str) -> Retries | Unparsed:
    """MediaTek (Fibocom FM350) `+EPINC: <pin>,<pin2>,<puk>,<puk2>`."""
    return _pin_pin2_puk_puk2(text, "+EPINC")


def parse_zte_zpinpuk(text: str) -> Retries | Unparsed:
    """ZTE `+ZPINPUK: <pin>,<puk>`."""
    counts = _numbers(text, "+ZPINPUK", "+ZPINPUK")
    if isinstance(counts, Unparsed):
        return counts
    return Retries(pin=_at(counts, 0), puk=_at(counts, 1))


def parse_telit_pct(text: str) -> Retries | Unparsed:
    """Telit `#PCT: <n>`: retries of the code the SIM currently asks for."""
    counts = _numbers(text, "#PCT", "#PCT")
    if isinstance(counts, Unparsed):
        return counts
    return Retries(current=counts[0])


def _cinterion_spic(text: str, field: str) -> Retries | Unparsed:
    counts = _numbers(text, "^SPIC", "^SPIC")
    if isinstance(counts, Unparsed):
        return counts
    return Retries(**{field: counts[0]})


def parse_cinterion_spic_pin(text: str) -> Retries | Unparsed:
    """Cinterion `AT^SPIC="SC"` -> `^SPIC: <pin>`."""
    return _cinterion_spic(text, "pin")


def parse_cinterion_spic_puk(text: str) -> Retries | Unparsed:
    """Cinterion `AT^SPIC="SC",1` -> `^SPIC: <puk>`."""
    return _cinterion_spic(text, "puk")


class CsimStatus(NamedTuple):
    status_word: str          # e.g. "63C3"
    retries: int | None       # from 63Cx; 0 when blocked (6983); None otherwise


def parse_csim_status(text: str) -> CsimStatus | Unparsed:
    """`+CSIM: 4,"63C3"` -> retries 3; `6983` = blocked (0). The data must be quoted hex."""
    body = first_value(text, "+CSIM")
    if body is None:
        return no_reply(text, "+CSIM")
    parts = split_fields(body)
    if len(parts) < 2:
        return Unparsed(text, tr("Parser", "no response APDU in the +CSIM reply"))
    apdu = unquote(parts[1]).upper()
    if len(apdu) < 4 or any(c not in "0123456789ABCDEF" for c in apdu):
        return Unparsed(text, tr("Parser", "response APDU is not hex"))
    status_word = apdu[-4:]
    retries: int | None = None
    if status_word.startswith("63C"):
        retries = int(status_word[3], 16)
    elif status_word in ("6983", "6984"):
        retries = 0
    return CsimStatus(status_word, retries)


def _csim_retries(text: str, field: str) -> Retries | Unparsed:
    status = parse_csim_status(text)
    if isinstance(status, Unparsed):
        return status
    if status.retries is None:
        return Unparsed(text, tr("Parser", "status word {sw} carries no retry counter")
                        .format(sw=status.status_word))
    return Retries(**{field: status.retries})


def parse_csim_pin1(text: str) -> Retries | Unparsed:
    """Reply to `AT+CSIM=10,"0020000100"` (VERIFY PIN1, no data)."""
    return _csim_retries(text, "pin")


def parse_csim_puk1(text: str) -> Retries | Unparsed:
    """Reply to `AT+CSIM=10,"002C000100"` (UNBLOCK PIN1, no data)."""
    return _csim_retries(text, "puk")
