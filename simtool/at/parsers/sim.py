"""SIM replies: lock state (+CPIN?), ICCID, IMSI, own number, home network from the IMSI."""

from __future__ import annotations

import re
from typing import NamedTuple

from simtool.at.parsers.common import (
    Unparsed,
    cme_error,
    first_value,
    info_lines,
    no_reply,
    split_fields,
    to_int,
    unquote,
    values,
)
from simtool.i18n import tr


class SimState(NamedTuple):
    state: str      # one of facts.SIM_STATES
    raw: str        # the modem's own words


class Iccid(NamedTuple):
    value: str


class Imsi(NamedTuple):
    value: str


class Cnum(NamedTuple):
    numbers: tuple[str, ...]

    @property
    def msisdn(self) -> str | None:
        return self.numbers[0] if self.numbers else None


# +CPIN values, longest first so "SIM PIN2" wins over "SIM PIN" (prefix match, as
# ModemManager does). Non-standard field values come last.
_CPIN_STATES: tuple[tuple[str, str], ...] = (
    ("READY", "ready"),
    ("SIM PIN2", "pin2-required"),
    ("SIM PUK2", "puk2-required"),
    ("SIM PIN", "pin-required"),
    ("SIM PUK", "puk-required"),
    ("PH-NETSUB PIN", "ph-netsub-pin"),
    ("PH-NETSUB PUK", "ph-netsub-pin"),
    ("PH-FSIM PIN", "ph-sim-pin"),
    ("PH-FSIM PUK", "ph-sim-pin"),
    ("PH-CORP PIN", "ph-corp-pin"),
    ("PH-CORP PUK", "ph-corp-pin"),
    ("PH-SIM PIN", "ph-sim-pin"),
    ("PH-SIM PUK", "ph-sim-pin"),
    ("PH-NET PIN", "ph-net-pin"),
    ("PH-NET PUK", "ph-net-puk"),
    ("PH-SP PIN", "ph-sp-pin"),
    ("PH-SP PUK", "ph-sp-pin"),
    ("SIM NOT INSERTED", "not-inserted"),
    ("NOT INSERTED", "not-inserted"),
    ("SIM REMOVED", "not-inserted"),
    ("NO SIM", "not-inserted"),
    ("ABSENT", "not-inserted"),
    ("NOT READY", "busy"),
    ("SIM BUSY", "busy"),
    ("BUSY", "busy"),
    ("SIM FAILURE", "failure"),
    ("SIM WRONG", "wrong"),
)

# +CME ERROR numbers about the SIM (3GPP TS 27.007 §9.2.1) -> sim.state
CME_SIM_STATES: dict[int, str] = {
    5: "ph-sim-pin", 10: "not-inserted", 11: "pin-required", 12: "puk-required",
    13: "failure", 14: "busy", 15: "wrong", 17: "pin2-required", 18: "puk2-required",
    40: "ph-net-pin", 41: "ph-net-puk", 42: "ph-netsub-pin", 43: "ph-netsub-pin",
    44: "ph-sp-pin", 45: "ph-sp-pin", 46: "ph-corp-pin", 47: "ph-corp-pin",
}

# Verbose +CME texts for the same codes (TS 27.007 §9.2.1 wording, lower case).
_CME_SIM_TEXTS: tuple[tuple[str, str], ...] = (
    ("sim not inserted", "not-inserted"),
    ("sim failure", "failure"),
    ("sim busy", "busy"),
    ("sim wrong", "wrong"),
    ("sim pin2 required", "pin2-required"),
    ("sim puk2 required", "puk2-required"),
    ("sim pin required", "pin-required"),
    ("sim puk required", "puk-required"),
    ("ph-sim pin required", "ph-sim-pin"),
    ("network personalization pin required", "ph-net-pin"),
    ("network personalization puk required", "ph-net-puk"),
)


def sim_state_from_cme(error: str) -> str | None:
    """sim.state for a +CME error given as number or verbose text; None if not SIM-related."""
    number = to_int(error)
    if number is not None:
        return CME_SIM_STATES.get(number)
    lowered = error.strip().lower()
    for text, state in _CME_SIM_TEXTS:
        if lowered.startswith(text):
            return state
    return None


def _cpin_state(value: str) -> str | None:
    upper = re.sub(r"\s+", " ", unquote(value).upper()).strip()
    for prefix, state in _CPIN_STATES:
        if upper.startswith(prefix):
            return state
    return None


def parse_cpin(text: str) -> SimState | Unparsed:
    error = cme_error(text)
    if error is not None:
        state = sim_state_from_cme(error)
        line = f"+CME ERROR: {error}"
        return SimState(state, line) if state else Unparsed(text, tr(
            "Parser", "+CME error that says nothing about the SIM"))
    value = first_value(text, "+CPIN")
    if value is not None:
        return SimState(_cpin_state(value) or "unknown", value)
    # A few modems answer the bare value.
    lines = info_lines(text)
    if lines and (state := _cpin_state(lines[0])):
        return SimState(state, lines[0])
    return no_reply(text, "+CPIN")


# ---- ICCID ---------------------------------------------------------------------------

def swap_nibbles(data: str) -> str:
    """EF_ICCID is stored with the digits of each byte swapped (3GPP TS 31.102 §4.1.1)."""
    pairs = [data[i:i + 2] for i in range(0, len(data) - 1, 2)]
    return "".join(pair[::-1] for pair in pairs)


def normalise_iccid(value: str) -> str | None:
    """Validated ICCID or None. Hex letters allowed after the issuer part (China Mobile)."""
    digits = re.sub(r"[\s\"]", "", value).upper()
    if digits.startswith("98") and len(digits) == 20 and not digits.startswith("89"):
        digits = swap_nibbles(digits)
    digits = digits.rstrip("F")
    if not re.fullmatch(r"89\d{4}[0-9A-F]{13,14}", digits):
        return None
    return digits


def parse_iccid(text: str) -> Iccid | Unparsed:
    """+CCID, +ICCID, ^ICCID, +QCCID, ^SCID, #CCID, +ZGETICCID, +MCCID, "ICCID:" or the bare
    number."""
    for value in values(text, "+CCID", "+ICCID", "^ICCID", "+QCCID", "^SCID", "ICCID",
                        "+CICCID", "%CCID", "#CCID", "+ZGETICCID", "!ICCID", "+MCCID"):
        iccid = normalise_iccid(value)
        if iccid:
            return Iccid(iccid)
        return Unparsed(text, tr("Parser", "not a valid ICCID"))
    # Bare number (SIM800 +CCID); other bare lines (an IMSI in a chained read) are skipped.
    for line in info_lines(text):
        if iccid := normalise_iccid(line):
            return Iccid(iccid)
    return no_reply(text, "ICCID")


_SW1_OK = {0x90, 0x91, 0x92, 0x9F}


def _crsm(text: str) -> tuple[int, int, str] | Unparsed:
    body = first_value(text, "+CRSM")
    if body is None:
        return no_reply(text, "+CRSM")
    fields = split_fields(body)
    sw1, sw2 = to_int(fields[0]), to_int(fields[1]) if len(fields) > 1 else None
    if sw1 is None or sw2 is None:
        return Unparsed(text, tr("Parser", "no status word in the +CRSM reply"))
    data = unquote(fields[2]) if len(fields) > 2 else ""
    return sw1, sw2, data


def parse_crsm_iccid(text: str) -> Iccid | Unparsed:
    """`AT+CRSM=176,12258,0,0,10` -> `+CRSM: 144,0,"98..."` (nibble-swapped EF_ICCID)."""
    reply = _crsm(text)
    if isinstance(reply, Unparsed):
        return reply
    sw1, sw2, data = reply
    if sw1 not in _SW1_OK:
        return Unparsed(text, tr("Parser", "SIM refused the read (status {sw1:02X}{sw2:02X})")
                        .format(sw1=sw1, sw2=sw2))
    iccid = normalise_iccid(swap_nibbles(data.upper()))
    return Iccid(iccid) if iccid else Unparsed(text, tr("Parser", "not a valid ICCID"))


def parse_crsm_mnc_length(text: str) -> int | None:
    """`AT+CRSM=176,28589,0,0,4` (EF_AD): the 4th byte's low nibble is the MNC length."""
    reply = _crsm(text)
    if isinstance(reply, Unparsed):
        return None
    sw1, _sw2, data = reply
    if sw1 not in _SW1_OK or len(data) < 8:
        return None
    try:
        length = int(data[6:8], 16) & 0x0F
    except ValueError:
        return None
    return length if length in (2, 3) else None


# ---- IMSI, own number ------------------------------------------------------------------

def parse_cimi(text: str) -> Imsi | Unparsed:
    """Bare digits, or with a `+CIMI:` prefix some modems add."""
    lines = info_lines(text)
    if not lines:
        return no_reply(text, "IMSI")
    for line in lines:
        candidate = unquote(re.sub(r"^\+CIMI\s*:\s*", "", line, flags=re.IGNORECASE))
        if re.fullmatch(r"\d{6,15}", candidate):
            return Imsi(candidate)
    return Unparsed(text, tr("Parser", "no 6 to 15 digit IMSI in the reply"))


# A dialling string (TS 27.007 §7.1 <number>): digits, a leading '+', and * # p w.
_NUMBER = re.compile(r"\+?[0-9*#pPwW]{3,}")
_TON = re.compile(r"1[0-9]{2}|2[0-5][0-9]")       # <type>: 129, 145, 161 ... (128-255)


def _cnum_number(body: str) -> str | None:
    """The <number> of one +CNUM line, by shape rather than position: the field before
    the <type> (129/145...) that looks like a number. Malformed lines (a quote missing, the
    <alpha> left out) still give the number alone, without quotes or ",145"."""
    fields = [field.strip().strip('"').strip() for field in re.split(r"[,\"]", body)]
    fields = [field for field in fields if field]
    for index, field in enumerate(fields):
        if _NUMBER.fullmatch(field) and (
                index + 1 < len(fields) and _TON.fullmatch(fields[index + 1])
                # The last field is the number only when it is not the <type> of an
                # empty number (`+CNUM: "","",129`).
                or index + 1 == len(fields) and not _TON.fullmatch(field)):
            return field
    return None


def parse_cnum(text: str) -> Cnum | Unparsed:
    """`+CNUM: [<alpha>],<number>,<type>[,...]`, one line per number; none stored is fine."""
    numbers: list[str] = []
    for body in values(text, "+CNUM"):
        number = _cnum_number(body)
        if number:
            numbers.append(number)
    if numbers or not info_lines(text):
        return Cnum(tuple(numbers))
    if all(re.match(r"^\+CNUM\s*:", line, re.IGNORECASE) for line in info_lines(text)):
        return Cnum(())
    return Unparsed(text, tr("Parser", "unexpected lines in the +CNUM reply"))


# ---- home network from the IMSI --------------------------------------------------------

# MCCs whose MNCs are 3 digits (ITU-T E.212 assignments: North America 302, 310-316,
# Mexico 334, Caribbean 338-376, Guam/Hawaii etc. 310-316, Honduras 708, Argentina 722,
# Colombia 732). Source: ITU-T E.212 list of mobile network codes as summarised by
# Android's MccTable/SIMRecords (facts only). When the SIM's EF_AD is readable its MNC
# length wins over this table.
_MCC_WITH_3_DIGIT_MNC = frozenset({
    "302", "310", "311", "312", "313", "314", "315", "316", "334", "338", "342", "344",
    "346", "348", "354", "356", "358", "360", "365", "376", "708", "722", "732",
})


def _india_405_has_3_digit_mnc(mnc3: str) -> bool:
    # India 405 mixes both lengths: 405025-405047 and 405750-405932 are 3-digit
    # (Android SIMRecords.MCCMNC_CODES_HAVING_3DIGITS_MNC ranges).
    number = int(mnc3)
    return 25 <= number <= 47 or 750 <= number <= 932


def split_imsi(imsi: str, mnc_len: int | None = None) -> tuple[str, str] | None:
    """(MCC, MNC) of an IMSI; mnc_len 2 or 3 from EF_AD when known, else the MCC table."""
    if not re.fullmatch(r"\d{6,15}", imsi):
        return None
    mcc = imsi[:3]
    if mnc_len not in (2, 3):
        if mcc in _MCC_WITH_3_DIGIT_MNC:
            mnc_len = 3
        elif mcc == "405":
            mnc_len = 3 if _india_405_has_3_digit_mnc(imsi[3:6]) else 2
        else:
            mnc_len = 2
    return mcc, imsi[3:3 + mnc_len]
