"""Vendor families: one module per family, each defining `VENDOR`; chosen by +CGMI or USB VID."""

from __future__ import annotations

from simtool.vendors import (
    cinterion,
    fibocom,
    generic,
    huawei,
    quectel,
    sierra,
    simcom,
    telit,
    ublox,
    wavecom,
    zte,
)
from simtool.vendors.base import Vendor

GENERIC = generic.VENDOR
VENDORS: tuple[Vendor, ...] = tuple(
    module.VENDOR
    for module in (quectel, huawei, simcom, sierra, ublox, telit, fibocom, zte, cinterion,
                   wavecom)
)
_BY_NAME = {vendor.name: vendor for vendor in (GENERIC, *VENDORS)}


def names() -> tuple[str, ...]:
    return tuple(_BY_NAME)


def by_name(name: str | None) -> Vendor:
    """The family called `name` (case-insensitive); generic for None or an unknown name."""
    return _BY_NAME.get((name or "").strip().lower().replace("-", ""), GENERIC)


def detect(manufacturer: str | None, usb_vid: int | None) -> Vendor:
    """+CGMI text wins (modules are sold under other VIDs); then the USB vendor id;
    generic when unsure."""
    if manufacturer:
        for vendor in VENDORS:
            if vendor.matches_manufacturer(manufacturer):
                return vendor
    if usb_vid is not None:
        for vendor in VENDORS:
            if usb_vid in vendor.usb_vids:
                return vendor
    return GENERIC


__all__ = ["GENERIC", "VENDORS", "Vendor", "by_name", "detect", "names"]
