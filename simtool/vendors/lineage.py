"""Modules sold under one maker's name that speak another family's commands.

A lineage entry says how a maker's modules name themselves (+CGMI/ATI manufacturer, +CGMM
model, USB vendor id), which family's commands they answer, and the public source that
shows it. Makers whose commands differ from every family get a module of their own instead
(onemo.py, luat.py).
"""

from __future__ import annotations

import re
from typing import NamedTuple


class Lineage(NamedTuple):
    maker: str                              # as users know it
    family: str                             # the name of a family module (vendors/*.py)
    cgmi_patterns: tuple[str, ...] = ()     # regexes on +CGMI / ATI manufacturer
    model_patterns: tuple[str, ...] = ()    # regexes on +CGMM, for an empty or odd +CGMI
    usb_vids: tuple[int, ...] = ()
    source: str = ""

    def matches_manufacturer(self, manufacturer: str) -> bool:
        return any(re.search(p, manufacturer, re.IGNORECASE) for p in self.cgmi_patterns)

    def matches_model(self, model: str) -> bool:
        return any(re.search(p, model, re.IGNORECASE) for p in self.model_patterns)


LINEAGES: tuple[Lineage, ...] = (
    Lineage(
        maker="TD Tech (鼎桥)", family="huawei",
        cgmi_patterns=(r"\btd\s*tech\b",),
        model_patterns=(r"^MT57[01]0",),
        usb_vids=(0x3466,),
        source="TD Tech took over Huawei's module line: ATI answers 'Manufacturer: TD Tech "
               "Ltd.' with Huawei's ^HCSQ, ^SETMODE and PCUI ports (DotRacel/MT5700M-CN "
               "README); QModem reads MT5700M-CN and MT5710_CN (USB vendor 3466) with its "
               "Huawei script, platform hisilicon (FUjr/QModem modem_support.json)",
    ),
    Lineage(
        maker="GosunCn (高新兴物联, ex-ZTE WeLink)", family="zte",
        model_patterns=(r"^ME3630\b",),
        source="The ME3630 is 'GosunCn ZTE WeLink ME3630' on ZTE's USB vendor id 19d2 "
               "(Linux option.c, commit 70a7444c550a); its AT Command Reference Guide V2.0 "
               "(2018) documents ZTE's +ZPAS, +ZCELLINFO, +ZBAND, +ZSNTE; GosunCn's own "
               "Android RIL reads +ZPAS?, +ZCSQ?, +ZCELLINFO? and QModem's gosuncn script "
               "(model key me3630-w, from +CGMM) +ZSWITCH, +ZSNT, +ZBAND: ZTE's commands, "
               "+ZPAS? and +ZSNT? being what ModemManager's zte plugin sends",
    ),
)


def lineage_for(manufacturer: str | None, model: str | None,
                usb_vid: int | None) -> Lineage | None:
    """The lineage entry these identity facts point to, or None.

    The manufacturer's text wins, then the model, then the USB vendor id (modules are sold
    on other makers' ids)."""
    if manufacturer:
        for entry in LINEAGES:
            if entry.matches_manufacturer(manufacturer):
                return entry
    if model:
        for entry in LINEAGES:
            if entry.matches_model(model):
                return entry
    if usb_vid is not None:
        for entry in LINEAGES:
            if usb_vid in entry.usb_vids:
                return entry
    return None


__all__ = ["LINEAGES", "Lineage", "lineage_for"]
