"""Vendor families: one module per family, each defining `VENDOR`; chosen by +CGMI, +CGMM or
USB VID, directly or through a maker's lineage (lineage.py)."""

from __future__ import annotations

from simtool.vendors import (
    cinterion,
    fibocom,
    generic,
    huawei,
    luat,
    onemo,
    quectel,
    sierra,
    simcom,
    telit,
    ublox,
    wavecom,
    zte,
)
from simtool.vendors.base import Vendor
from simtool.vendors.lineage import LINEAGES, Lineage, lineage_for

GENERIC = generic.VENDOR
VENDORS: tuple[Vendor, ...] = tuple(
    module.VENDOR
    for module in (quectel, huawei, simcom, sierra, ublox, telit, fibocom, zte, cinterion,
                   wavecom, onemo, luat)
)
_BY_NAME = {vendor.name: vendor for vendor in (GENERIC, *VENDORS)}


def names() -> tuple[str, ...]:
    return tuple(_BY_NAME)


def by_name(name: str | None) -> Vendor:
    """The family called `name` (case-insensitive); generic for None or an unknown name."""
    return _BY_NAME.get((name or "").strip().lower().replace("-", ""), GENERIC)


def detect(manufacturer: str | None, usb_vid: int | None, model: str | None = None) -> Vendor:
    """+CGMI text wins (modules are sold under other VIDs), then the +CGMM model (for modules
    whose +CGMI is empty or not the maker's name), then the USB vendor id; at each step a
    family's own names come before a maker of another family's lineage. Generic when
    unsure."""
    if manufacturer:
        for vendor in VENDORS:
            if vendor.matches_manufacturer(manufacturer):
                return vendor
        if (entry := lineage_for(manufacturer, None, None)) is not None:
            return by_name(entry.family)
    if model:
        for vendor in VENDORS:
            if vendor.matches_model(model):
                return vendor
        if (entry := lineage_for(None, model, None)) is not None:
            return by_name(entry.family)
    if usb_vid is not None:
        for vendor in VENDORS:
            if usb_vid in vendor.usb_vids:
                return vendor
        if (entry := lineage_for(None, None, usb_vid)) is not None:
            return by_name(entry.family)
    return GENERIC


__all__ = ["GENERIC", "LINEAGES", "VENDORS", "Lineage", "Vendor", "by_name", "detect",
           "lineage_for", "names"]
