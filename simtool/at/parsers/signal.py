"""Signal replies: +CSQ, +CESQ (3GPP TS 27.007 §8.5, §8.69), Huawei ^HCSQ, Quectel +QCSQ,
China Mobile OneMO +MUESTATS."""

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


class Csq(NamedTuple):
    rssi: int | None          # raw 0..31, None for 99
    rssi_dbm: float | None    # -113 + 2*rssi
    ber: int | None           # 0..7, None for 99


class Cesq(NamedTuple):
    rxlev_dbm: float | None   # GSM
    ber: int | None
    rscp_dbm: float | None    # UMTS
    ecno_db: float | None
    rsrq_db: float | None     # LTE
    rsrp_dbm: float | None
    ss_rsrp_dbm: float | None = None   # NR (Release 15 extension, fields 7..9)
    ss_rsrq_db: float | None = None
    ss_sinr_db: float | None = None


class VendorSignal(NamedTuple):
    """Huawei ^HCSQ / Quectel +QCSQ, already in dBm / dB."""

    sysmode: str              # LTE, WCDMA, GSM, NR5G, NOSERVICE, ...
    rssi_dbm: float | None = None
    rsrp_dbm: float | None = None
    sinr_db: float | None = None
    rsrq_db: float | None = None
    rscp_dbm: float | None = None
    ecio_db: float | None = None


def _scaled(raw: str | None, low: int, high: int, offset: float, step: float,
            ) -> float | None:
    value = to_int(raw)
    if value is None or value < low or value > high:
        return None
    return offset + step * value


def parse_csq(text: str) -> Csq | Unparsed:
    body = first_value(text, "+CSQ")
    if body is None:
        return no_reply(text, "+CSQ")
    parts = split_fields(body)
    rssi = to_int(parts[0])
    if rssi is None:
        return Unparsed(text, tr("Parser", "no number in the +CSQ reply"))
    ber = to_int(parts[1]) if len(parts) > 1 else None
    known = rssi if 0 <= rssi <= 31 else None
    return Csq(known, -113 + 2 * known if known is not None else None,
               ber if ber is not None and 0 <= ber <= 7 else None)


def parse_cesq(text: str) -> Cesq | Unparsed:
    """`+CESQ: <rxlev>,<ber>,<rscp>,<ecno>,<rsrq>,<rsrp>[,<ss_rsrq>,<ss_rsrp>,<ss_sinr>]`."""
    body = first_value(text, "+CESQ")
    if body is None:
        return no_reply(text, "+CESQ")
    parts = split_fields(body) + [""] * 9
    if to_int(parts[0]) is None or to_int(parts[5]) is None:
        return Unparsed(text, tr("Parser", "fewer than six numbers in the +CESQ reply"))
    ber = to_int(parts[1])
    return Cesq(
        rxlev_dbm=_scaled(parts[0], 0, 63, -111, 1),
        ber=ber if ber is not None and 0 <= ber <= 7 else None,
        rscp_dbm=_scaled(parts[2], 0, 96, -121, 1),
        ecno_db=_scaled(parts[3], 0, 49, -24.5, 0.5),
        rsrq_db=_scaled(parts[4], 0, 34, -20, 0.5),
        rsrp_dbm=_scaled(parts[5], 0, 97, -141, 1),
        ss_rsrq_db=_scaled(parts[6], 0, 127, -43, 0.5),
        ss_rsrp_dbm=_scaled(parts[7], 0, 127, -156, 1),
        ss_sinr_db=_scaled(parts[8], 0, 127, -23, 0.5),
    )


def parse_huawei_hcsq(text: str) -> VendorSignal | Unparsed:
    """Huawei `^HCSQ: "LTE",<rssi>,<rsrp>,<sinr>,<rsrq>` and the WCDMA/GSM forms.

    Scales from the Huawei ME909s/MU709 AT manuals (^HCSQ): LTE rssi 0..96 -> -121+x dBm,
    rsrp 0..97 -> -141+x dBm, sinr 0..251 -> -20.2+0.2x dB, rsrq 0..34 -> -20+0.5x dB;
    WCDMA rscp 0..96 -> -121+x dBm, ecio 0..65 -> -32.5+0.5x dB; GSM rssi as LTE; 255 unknown.
    """
    body = first_value(text, "^HCSQ")
    if body is None:
        return no_reply(text, "^HCSQ")
    parts = split_fields(body) + [""] * 5
    mode = unquote(parts[0]).upper()
    if not mode or to_int(mode) is not None:
        return Unparsed(text, tr("Parser", "no system mode in the ^HCSQ reply"))
    if mode == "LTE":
        return VendorSignal(
            mode,
            rssi_dbm=_scaled(parts[1], 0, 96, -121, 1),
            rsrp_dbm=_scaled(parts[2], 0, 97, -141, 1),
            sinr_db=_round(_scaled(parts[3], 0, 251, -20.2, 0.2)),
            rsrq_db=_scaled(parts[4], 0, 34, -20, 0.5),
        )
    if mode in ("NR", "NR5G"):
        # 5G (Huawei 5000-series manuals): "NR",<rsrp>,<sinr>,<rsrq> on the LTE scales
        return VendorSignal(
            mode,
            rsrp_dbm=_scaled(parts[1], 0, 126, -141, 1),
            sinr_db=_round(_scaled(parts[2], 0, 251, -20.2, 0.2)),
            rsrq_db=_scaled(parts[3], 0, 34, -20, 0.5),
        )
    if mode in ("WCDMA", "TD-SCDMA"):
        return VendorSignal(mode, rssi_dbm=_scaled(parts[1], 0, 96, -121, 1),
                            rscp_dbm=_scaled(parts[2], 0, 96, -121, 1),
                            ecio_db=_scaled(parts[3], 0, 65, -32.5, 0.5))
    if mode == "GSM":
        return VendorSignal(mode, rssi_dbm=_scaled(parts[1], 0, 96, -121, 1))
    return VendorSignal(mode)


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def _dbm(raw: str | None, low: int, high: int) -> float | None:
    value = to_int(raw)
    return float(value) if value is not None and low <= value <= high else None


def parse_quectel_qcsq(text: str) -> VendorSignal | Unparsed:
    """Quectel `+QCSQ: "LTE",<rssi>,<rsrp>,<sinr>,<rsrq>` (values in dBm/dB; SINR in
    1/5 dB steps, 0..250 -> -20..+30 dB, per the Quectel EC25 AT manual §+QCSQ)."""
    body = first_value(text, "+QCSQ")
    if body is None:
        return no_reply(text, "+QCSQ")
    parts = split_fields(body) + [""] * 5
    mode = unquote(parts[0]).upper()
    if not mode or to_int(mode) is not None:
        return Unparsed(text, tr("Parser", "no system mode in the +QCSQ reply"))
    if mode in ("LTE", "CAT-M", "CAT-NB", "EMTC", "NBIOT"):
        return VendorSignal(
            mode,
            rssi_dbm=_dbm(parts[1], -140, -20),
            rsrp_dbm=_dbm(parts[2], -160, -30),
            sinr_db=_round(_scaled(parts[3], 0, 250, -20, 0.2)),
            rsrq_db=_dbm(parts[4], -40, 0),
        )
    if mode == "NR5G":
        return VendorSignal(mode, rsrp_dbm=_dbm(parts[1], -160, -30),
                            sinr_db=_round(_scaled(parts[2], 0, 250, -20, 0.2)),
                            rsrq_db=_dbm(parts[3], -40, 0))
    if mode == "WCDMA":
        return VendorSignal(mode, rssi_dbm=_dbm(parts[1], -140, -20),
                            rscp_dbm=_dbm(parts[2], -140, -20))
    if mode == "GSM":
        return VendorSignal(mode, rssi_dbm=_dbm(parts[1], -140, -20))
    return VendorSignal(mode)


_ONEMO_RATS = {"1": "GSM", "2": "WCDMA", "3": "TD-SCDMA", "4": "LTE", "5": "EMTC",
               "6": "NBIOT", "7": "CDMA", "8": "EVDO"}
_ONEMO_INVALID = -32768


def _tenths(raw: str | None, low: int, high: int) -> float | None:
    """A value in 0.1 dB(m) steps, or None when absent, the invalid marker or out of range."""
    value = to_int(raw)
    if value is None or value == _ONEMO_INVALID or value < low or value > high:
        return None
    return round(value / 10, 1)


def parse_onemo_muestats(text: str) -> VendorSignal | Unparsed:
    """China Mobile OneMO `AT+MUESTATS="cell"` serving cell line (extended AT manual for the
    4G series V1.7.4 §4.5): `+MUESTATS: "scell",<rat>,<mcc>,<mnc>,<earfcn>,<earfcn_offset>,
    <pci>,<rsrp>,<rsrq>,<rssi>,<sinr>[,<bandwidth>]`, all four in 0.1 dB(m) steps, -32768
    when not measured. Only OK (no line) while no cell is camped on; the GSM form carries
    other fields and gives only its system mode."""
    for body in values(text, "+MUESTATS"):
        parts = split_fields(body) + [""] * 12
        if unquote(parts[0]).lower() != "scell":
            continue
        mode = _ONEMO_RATS.get(parts[1].strip(), "")
        if not mode:
            return Unparsed(text, tr("Parser", "no system mode in the +MUESTATS reply"))
        if mode == "GSM":
            return VendorSignal(mode)
        return VendorSignal(
            mode,
            rsrp_dbm=_tenths(parts[7], -1700, -300),
            rsrq_db=_tenths(parts[8], -500, 0),
            rssi_dbm=_tenths(parts[9], -1500, 0),
            sinr_db=_tenths(parts[10], -600, 500),
        )
    return no_reply(text, "+MUESTATS")
