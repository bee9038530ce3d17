"""Modules sold under one name that speak another vendor's commands are read as that family.

TD Tech (鼎桥) carries on Huawei's module line: public MT5700M-CN / MT5710-CN notes show `ATI`
answering "Manufacturer: TD Tech Ltd." with Huawei's ^HCSQ, ^SETMODE and PCUI ports
(DotRacel/MT5700M-CN README and other public MT5700/MT5710 guides). simtool detects them on
those real replies and reads them with the Huawei family (^CPIN? retries, ^ICCID?, ^HCSQ?
SINR); the simulator's `tdtech` personality answers the same way. GosunCn's ME3630 (ex-ZTE
WeLink) speaks ZTE's commands. China Mobile's OneMO modules and AirM2M's (Luat) speak commands
of no other family and have families of their own (onemo.py, luat.py): tested here too, on
the replies their manuals and real devices give. Each case names its source.
"""

from __future__ import annotations

import pytest
from test_at_reader import ScriptedPort

from simtool import vendors
from simtool.at.parsers.common import Unparsed
from simtool.at.parsers.identity import AtiInfo, parse_ati, parse_cgmi, parse_cgmm, parse_cgmr
from simtool.at.parsers.signal import VendorSignal, parse_onemo_muestats
from simtool.at.parsers.sim import Iccid, parse_cpin, parse_iccid
from simtool.at.session import AtSession
from simtool.runner import CheckOptions, run_check
from simtool.sources.at.reader import collect_facts
from simtool.vendors.lineage import LINEAGES, lineage_for

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


def _sent(report) -> list[str]:
    return [entry.text for entry in report.transcript if entry.dir == "tx"]


# ---- the lineage table ----------------------------------------------------------------

def test_every_lineage_names_a_family_and_its_source():
    for entry in LINEAGES:
        assert vendors.by_name(entry.family).name == entry.family, entry.maker
        assert entry.source and (entry.cgmi_patterns or entry.model_patterns), entry.maker


def test_td_tech_by_usb_vendor_id_and_model():
    # FUjr/QModem modem_support.json: MT5700M-CN and MT5710_CN, manufacturer_id 3466, read
    # with the Huawei script; the model keys come from their +CGMM replies.
    assert vendors.detect(None, 0x3466).name == "huawei"
    assert vendors.detect(None, None, "MT5700M-CN").name == "huawei"
    assert vendors.detect(None, None, "MT5710_CN").name == "huawei"
    assert lineage_for("TD Tech Ltd.", None, None) is LINEAGES[0]


# ---- GosunCn ME3630 (ex-ZTE WeLink): ZTE's commands ------------------------------------

@pytest.mark.parametrize("model", ["ME3630-W", "me3630-w", "ME3630-E"])
def test_gosuncn_me3630_reads_as_zte_by_its_model(model):
    # QModem keys the ME3630-W profile "me3630-w" from its +CGMM reply; the ME3630 AT
    # Command Reference Guide V2.0 covers ME3630-U/E/J/A. Its +CGMI text is on no record:
    # whatever it says, the model decides.
    assert vendors.detect(None, None, model).name == "zte"
    assert vendors.detect("GosunCn Technology", None, model).name == "zte"


def test_gosuncn_me3630_on_usb_is_zte_by_its_vendor_id():
    # Linux option.c commit 70a7444c550a, usb-devices: Vendor=19d2 ProdID=0602 (MBIM) / 1476
    assert vendors.detect(None, 0x19D2).name == "zte"


def test_gosuncn_iccid_reply():
    # GosunCn Android RIL (2022) and QModem's gosuncn script read AT+ICCID -> "+ICCID: "
    assert parse_iccid("+ICCID: 89860317452059637541") == Iccid("89860317452059637541")


def test_the_simulated_gosuncn_module_is_read_as_zte_and_its_fallbacks_answer():
    report = run_check("sim://pin-locked?vendor=gosuncn", CheckOptions(timeout=5.0))
    facts = report.facts
    assert facts.vendor == "zte" and facts.modem.model == "ME3630-W"
    # No source shows ZTE's +ZGETICCID on it: the EF_ICCID read through +CRSM answers.
    assert facts.sim.iccid and facts.sim.iccid.startswith("8986")
    assert (facts.sim.pin_retries, facts.sim.puk_retries) == (3, 10)
    sent = _sent(report)
    assert any("+ZGETICCID" in text for text in sent)
    assert any("+CRSM=176,12258" in text for text in sent)


# ---- China Mobile OneMO: a family of its own --------------------------------------------

ONEMO_SOURCE = "China Mobile IoT, extended AT manual for the 4G series V1.7.4"


def test_onemo_ati_names_cmcc_the_model_and_the_revision():
    info = parse_ati("ATI\r\nCMCC\r\nMN316\r\nMN316-DBRS-MBRH0C00\r\nOK")  # §4.2 example
    assert info == AtiInfo("CMCC", "MN316", "MN316-DBRS-MBRH0C00", None), ONEMO_SOURCE
    assert vendors.detect(info.manufacturer, None).name == "onemo"


@pytest.mark.parametrize("model", ["ML307R", "ML307R-DC", "ML307A-DCLN", "ML302A-DCLM",
                                   "ML305U-DBLN", "ML307N-DL", "ML551Z-SL"])
def test_onemo_models_read_as_onemo(model):
    # Models of the manual's table 1 (适用型号)
    assert vendors.detect(None, None, model).name == "onemo", ONEMO_SOURCE


@pytest.mark.parametrize(("manufacturer", "model"), [
    ("Telit", "ML865G1"),        # Telit's ML865: not a OneMO module
    (None, "ML865G1"),
    ("CHINA MOBILE", None),      # an operator's name is not a module maker's
])
def test_similar_names_are_not_onemo(manufacturer, model):
    assert vendors.detect(manufacturer, None, model).name != "onemo"


def test_onemo_usb_vendor_id():
    # leonfox28/simplus: China Mobile IoT ML307A, USB 2ecc:3012
    assert vendors.detect(None, 0x2ECC).name == "onemo"


def test_onemo_iccid_and_serving_cell_replies():
    assert parse_iccid("+MCCID: 89861118216007272115\r\nOK") == \
        Iccid("89861118216007272115"), ONEMO_SOURCE + " §4.6"
    cell = parse_onemo_muestats('+MUESTATS: "scell",6,460,00,3684,,498,-920,-108,-812,235\r\nOK')
    assert cell == VendorSignal("NBIOT", rssi_dbm=-81.2, rsrp_dbm=-92.0, sinr_db=23.5,
                                rsrq_db=-10.8), ONEMO_SOURCE + " §4.5"
    # Not camped on a cell: only OK; -32768: not measured.
    assert isinstance(parse_onemo_muestats("OK"), Unparsed)
    unmeasured = parse_onemo_muestats('+MUESTATS: "scell",4,460,00,3684,,498,-32768,-32768,'
                                      '-32768,-32768')
    assert unmeasured == VendorSignal("LTE")


def test_the_simulated_onemo_module_gives_iccid_by_mccid_and_sinr_by_muestats():
    report = run_check("sim://healthy?vendor=onemo", CheckOptions(timeout=5.0))
    facts = report.facts
    assert facts.vendor == "onemo" and facts.modem.manufacturer == "CMCC"
    assert facts.sim.iccid and facts.signal.sinr_db == pytest.approx(15.0)
    sent = _sent(report)
    assert any("+MCCID" in text for text in sent)
    assert any('+MUESTATS="cell"' in text for text in sent)


# ---- AirM2M (Luat): a family of its own ------------------------------------------------

def test_air780ep_identity_as_the_openluat_manual_gives_it():
    # openLuat AT command manual (openLuat/luatos-doc-pool): +CGMI, +CGMM, +CGMR, ATI
    manufacturer = parse_cgmi('+CGMI: "AirM2M"\r\nOK')
    model = parse_cgmm('+CGMM: "Air780EP"\r\nOK')
    revision = parse_cgmr('+CGMR: "AirM2M_780EP_V1007_LTE_AT"\r\nOK')
    assert not isinstance(manufacturer, Unparsed) and manufacturer.value == "AirM2M"
    assert not isinstance(model, Unparsed) and model.value == "Air780EP"
    assert not isinstance(revision, Unparsed) and revision.value == "AirM2M_780EP_V1007_LTE_AT"
    assert vendors.detect(manufacturer.value, None).name == "luat"
    # A lone build string is no maker's name.
    assert parse_ati("AirM2M_780EP_V1007_LTE_AT\r\nOK") == \
        AtiInfo(None, None, "AirM2M_780EP_V1007_LTE_AT", None)
    removed = parse_cpin("+CPIN: SIM REMOVED")
    assert not isinstance(removed, Unparsed) and removed.state == "not-inserted"


# Real Air724UG replies (UNISOC 8910), FUjr/QModem testcases/openluat/unisoc/air724ug-c9340434
# and testcases/recognition (sanitised by QModem: IMEI, IMSI, ICCID, number).
AIR724UG = {
    "AT+CGMI": '+CGMI: ""\n\nOK',
    "AT+CGMM": '+CGMM: "Air724UG"\n\nOK',
    "AT+CGMR": '+CGMR: "LuatOS-Air_V4032_RDA8910_TTS_NOLVGL_FLOAT"\n\nOK',
    "AT+CGSN": "860000000000092\n\nOK",
    "ATI": "LuatOS-Air_V4032_RDA8910_TTS_NOLVGL_FLOAT\n\nOK",
    "AT+CPIN?": "+CPIN: READY\n\nOK",
    "AT+CIMI": "460000000000090\n\nOK",
    "AT+ICCID": "+ICCID: 89000000000000000022\n\nOK",
    "AT+CNUM": '+CNUM: "","+8600000000077",145\n\nOK',
    "AT+CSQ": "+CSQ: 27,99\n\nOK",
    "AT+CESQ": "+CESQ: 99,99,255,255,19,51\n\nOK",
    "AT+COPS?": '+COPS: 0,2,"46011",7\n\nOK',
    "AT+CGACT?": "+CGACT: 5, 1\n\nOK",
}


def test_air724ug_real_replies_read_as_luat():
    port = ScriptedPort(AIR724UG)
    facts = collect_facts(AtSession(port))
    assert facts.vendor == "luat"
    # +CGMI is empty and ATI only a build string: the maker stays unknown rather than
    # taking the build string for it.
    assert facts.modem.manufacturer is None
    assert (facts.modem.model, facts.modem.revision) == (
        "Air724UG", "LuatOS-Air_V4032_RDA8910_TTS_NOLVGL_FLOAT")
    assert facts.sim.state == "ready"
    assert facts.sim.iccid == "89000000000000000022"
    assert "AT+ICCID" in port.sent       # its own ICCID command, as QModem asks it first
    assert facts.signal.rsrp_dbm == -90 and facts.signal.rsrq_db == -10.5
    assert facts.operator.mcc == "460" and facts.operator.mnc == "11"


def test_the_simulated_luat_module_reads_iccid_by_its_command_and_sends_no_pin():
    report = run_check("sim://pin-locked?vendor=luat", CheckOptions(timeout=5.0))
    facts = report.facts
    assert facts.vendor == "luat" and facts.modem.manufacturer == "AirM2M"
    assert facts.sim.state == "pin-required" and facts.sim.iccid
    sent = _sent(report)
    assert any(text.startswith("AT+ICCID") for text in sent)
    # No retry counter in its manual: the SIM's status word (+CSIM) gives it.
    assert (facts.sim.pin_retries, facts.sim.puk_retries) == (3, 10)
    assert not any("+CPIN=" in text.upper() for text in sent)
