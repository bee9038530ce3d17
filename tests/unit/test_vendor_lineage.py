"""Modules sold under one name that speak another vendor's commands are read as that family.

TD Tech (鼎桥) carries on Huawei's module line: public MT5700M-CN / MT5710-CN notes show `ATI`
answering "Manufacturer: TD Tech Ltd." with Huawei's ^HCSQ, ^SETMODE and PCUI ports
(DotRacel/MT5700M-CN README and other public MT5700/MT5710 guides). simtool detects them on
those real replies and reads them with the Huawei family (^CPIN? retries, ^ICCID?, ^HCSQ?
SINR); the simulator's `tdtech` personality answers the same way.
"""

from __future__ import annotations

import pytest

from simtool import vendors
from simtool.at.parsers.common import Unparsed
from simtool.at.parsers.identity import parse_ati, parse_cgmi
from simtool.runner import CheckOptions, run_check

# Real ATI replies of TD Tech modules (public MT5700M-CN / MT5700N-CN / MT5710-CN notes).
TD_TECH_ATI = [
    "Manufacturer: TD Tech Ltd.\r\nModel: MT5700M-CN\r\nRevision: V200R001C20B024\r\nOK",
    "Manufacturer: TD Tech Ltd.\r\nModel: MT5710_CN\r\nRevision: V100R001C00B108\r\nOK",
    "Manufacturer: TD Tech Ltd.\r\nModel: Modem V100R100C20B563\r\nRevision: "
    "21C20B563S000C000\r\nIMEI: 860000000000000\r\n+GCAP: +CGSM,+DS,+ES\r\nOK",
]


@pytest.mark.parametrize("reply", TD_TECH_ATI)
def test_td_tech_ati_reads_as_the_huawei_family(reply: str) -> None:
    info = parse_ati(reply)
    assert not isinstance(info, Unparsed)
    assert info.manufacturer == "TD Tech Ltd."
    assert vendors.detect(info.manufacturer, None).name == "huawei"


@pytest.mark.parametrize("reply", ["+CGMI: TD Tech Ltd.\r\nOK", "TD Tech Ltd.\r\nOK"])
def test_td_tech_cgmi_reads_as_the_huawei_family(reply: str) -> None:
    parsed = parse_cgmi(reply)
    assert not isinstance(parsed, Unparsed)
    assert vendors.detect(parsed.value, None).name == "huawei"


@pytest.mark.parametrize("manufacturer", ["ETD Technology", "Acme TDTechnik"])
def test_similar_names_are_not_td_tech(manufacturer: str) -> None:
    assert vendors.detect(manufacturer, None).name == "generic"


def test_the_simulated_td_tech_module_is_read_with_huawei_commands() -> None:
    report = run_check("sim://pin-locked?vendor=tdtech", CheckOptions(timeout=5.0))
    facts = report.facts
    assert facts.modem.manufacturer == "TD Tech Ltd." and facts.vendor == "huawei"
    assert (facts.sim.pin_retries, facts.sim.puk_retries) == (3, 10)
    sent = [entry.text for entry in report.transcript if entry.dir == "tx"]
    assert any("^CPIN?" in text for text in sent)


def test_the_simulated_td_tech_module_gives_sinr_by_hcsq() -> None:
    report = run_check("sim://healthy?vendor=tdtech", CheckOptions(timeout=5.0))
    assert report.facts.signal.sinr_db is not None
    assert any("^HCSQ?" in entry.text for entry in report.transcript if entry.dir == "tx")
