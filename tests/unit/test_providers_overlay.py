"""simtool's provider overlay (resources/providers/overlay.xml): every assigned Chinese MNC
resolves to an operator with an APN, IoT ranges default to the IoT APN, the operators'
service details are reachable through simtool.providers.operators, and the upstream file is
left as shipped."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from importlib import resources

import pytest

from simtool.providers import (
    ProviderDatabase,
    balance_sms,
    expectation_for,
    lookup,
    lookup_imsi,
    merge,
    operators,
    overlay_database,
)
from simtool.providers.database import OVERLAY_NS

PROVIDERS = resources.files("simtool.resources") / "providers"

# MCC 460 network codes in use (ITU E.212 assignments as mirrored publicly, and the ranges
# public module firmware maps to an operator; see the overlay's header for the sources).
# 14 is not assigned to anyone as far as those sources show.
ASSIGNED_460 = {
    "00": "China Mobile", "01": "China Unicom", "02": "China Mobile", "03": "China Telecom",
    "04": "China Mobile", "05": "China Telecom", "06": "China Unicom", "07": "China Mobile",
    "08": "China Mobile", "09": "China Unicom", "10": "China Unicom", "11": "China Telecom",
    "12": "China Telecom", "13": "China Mobile", "15": "China Broadnet",
}
CHINESE_NAMES = {"China Mobile": "中国移动", "China Unicom": "中国联通",
                 "China Telecom": "中国电信", "China Broadnet": "中国广电"}
HOTLINES = {"China Mobile": "10086", "China Unicom": "10010", "China Telecom": "10000",
            "China Broadnet": "10099"}


@pytest.mark.parametrize("mnc", sorted(ASSIGNED_460))
def test_every_assigned_chinese_mnc_has_an_operator_and_an_apn(mnc: str) -> None:
    providers = lookup("460", mnc)
    names = [p.name for p in providers]
    assert names == [ASSIGNED_460[mnc]]
    assert operators.local_name(providers, "zh_CN") == CHINESE_NAMES[names[0]]
    assert expectation_for(providers).expected, f"460/{mnc} has no internet APN"
    assert operators.hotline(providers) == HOTLINES[names[0]]
    assert operators.website(providers)
    assert operators.recharge_channels(providers)
    # Every entry names where its facts come from.
    assert providers[0].sources
    # The IMSI route finds the same operator.
    assert [p.name for p in lookup_imsi(f"460{mnc}1234567890")] == names


@pytest.mark.parametrize(("mnc", "apn"), [("04", "cmiot"), ("08", "cmiot"), ("13", "cmiot"),
                                           ("06", "UNIM2M.NJM2MAPN")])
def test_iot_ranges_default_to_the_iot_apn(mnc: str, apn: str) -> None:
    providers = lookup("460", mnc)
    assert expectation_for(providers).expected[0] == apn
    assert operators.is_iot_card(providers)


def test_consumer_ranges_keep_the_consumer_apn_first_and_know_the_iot_one() -> None:
    providers = lookup("460", "00")
    assert expectation_for(providers).expected == ["cmnet", "cmiot"]
    assert not operators.is_iot_card(providers)
    assert operators.is_iot_card(providers, apn="CMIOT")       # by the APN in the modem
    assert not operators.is_iot_card(providers, apn="cmnet")
    # The upstream entry's details survive the merge (cmnet's user name, the MMS APN).
    cmnet = next(a for a in providers[0].apns if a.name == "cmnet" and a.is_internet)
    assert cmnet.username == "guest" and cmnet.default


@pytest.mark.parametrize(("mnc", "number", "text"), [
    ("00", "10086", "CXYE"), ("04", "10086", "CXYE"), ("01", "10010", "CXHF"),
    ("06", "10010", "CXHF"), ("11", "10001", "102"), ("03", "10001", "102")])
def test_sms_balance_queries(mnc: str, number: str, text: str) -> None:
    query = balance_sms(lookup("460", mnc))
    assert query is not None and (query.number, query.text) == (number, text)


def test_data_queries_and_no_sms_where_none_is_known() -> None:
    assert operators.data_query(lookup("460", "00")) == ("10086", "CXLL")
    assert operators.data_query(lookup("460", "11")) == ("10001", "108")
    assert operators.balance_query(lookup("460", "15")) is None    # Broadnet: none on record
    assert operators.for_imsi("460041234567890") is not None
    assert operators.for_imsi("262021234567890") is None
    assert operators.for_imsi(None) is None


def test_recharge_channels_name_the_ways_people_pay() -> None:
    kinds = [c.kind for c in operators.recharge_channels(lookup("460", "00"))]
    assert {"app", "website", "alipay", "wechat", "card", "store", "hotline"} <= set(kinds)
    card = next(c for c in operators.recharge_channels(lookup("460", "00")) if c.kind == "card")
    assert card.detail == "13800138000"
    info = operators.operator_info(lookup("460", "04"))
    assert info is not None and info.iot_platform


@pytest.mark.parametrize(("mcc", "mnc"), [("454", "07"), ("454", "13"), ("454", "15"),
                                          ("454", "17"), ("454", "18"), ("454", "29"),
                                          ("455", "07"), ("466", "11"), ("466", "05")])
def test_hong_kong_macau_taiwan_ids_missing_upstream_are_added(mcc: str, mnc: str) -> None:
    with (PROVIDERS / "serviceproviders.xml").open("rb") as stream:
        upstream = ProviderDatabase.parse(stream)
    assert upstream.lookup(mcc, mnc) == []
    assert expectation_for(lookup(mcc, mnc)).expected


def test_every_overlay_entry_names_its_sources_and_every_source_key_is_explained() -> None:
    text = (PROVIDERS / "overlay.xml").read_text(encoding="utf-8")
    header = text.split("-->", 1)[0]
    db = overlay_database()
    keys = {key for p in db.providers for key in p.sources}
    keys |= {key for info in db.operators.values() for key in info.sources}
    for provider in db.providers:
        assert provider.sources, provider.name
    for key in keys:
        assert f"    {key} " in header or f"{key}, " in header or f" {key}\n" in header, key


def test_overlay_has_the_upstream_format_plus_namespaced_extensions() -> None:
    root = ET.fromstring((PROVIDERS / "overlay.xml").read_bytes())
    assert root.tag == "serviceproviders" and root.get("format") == "2.0"
    allowed = {"serviceproviders", "country", "name", "provider", "gsm", "network-id",
               "balance-check", "sms", "apn", "usage"}
    for element in root.iter():
        tag = element.tag
        assert tag in allowed or tag.startswith("{" + OVERLAY_NS + "}"), tag


def test_merge_enriches_by_name_and_adds_the_rest() -> None:
    upstream = ProviderDatabase.parse(io.BytesIO(b"""<serviceproviders format="2.0">
<country code="xx"><provider><name>Host</name><gsm><network-id mcc="001" mnc="01"/>
<apn value="inet"><usage type="internet"/><username>u</username></apn></gsm></provider>
</country></serviceproviders>"""))
    overlay = ProviderDatabase.parse(io.BytesIO(f"""<serviceproviders format="2.0"
 xmlns:st="{OVERLAY_NS}"><country code="xx">
<provider st:operator="h"><name>host</name><name xml:lang="zh">主机</name><gsm>
<network-id mcc="001" mnc="01"/><balance-check><sms text="YE">100</sms></balance-check>
<apn value="iot" st:iot="true"/><apn value="INET" st:default="true"/></gsm></provider>
<provider><name>Other</name><gsm><network-id mcc="001" mnc="01"/></gsm></provider>
</country></serviceproviders>""".encode()))
    merged = merge(upstream.lookup("001", "01"), overlay.lookup("001", "01"))
    assert [p.name for p in merged] == ["Host", "Other"]
    host = merged[0]
    assert [(a.name, a.default, a.iot, a.username) for a in host.apns] == [
        ("inet", True, False, "u"), ("iot", False, True, None)]
    assert host.local_name("zh_CN") == "主机" and host.operator == "h"
    assert balance_sms(merged) == ("100", "YE")


def test_the_upstream_file_is_the_one_mobile_broadband_provider_info_ships() -> None:
    # The overlay is merged at lookup; nothing of simtool's is written into upstream's file.
    text = (PROVIDERS / "serviceproviders.xml").read_text(encoding="utf-8")
    assert OVERLAY_NS not in text and "st:" not in text
    assert 'mnc="04"' not in text.split('<country code="cn">')[1].split("</country>")[0]


@pytest.mark.parametrize("mnc", sorted(ASSIGNED_460))
def test_check_on_a_simulated_card_of_every_chinese_mnc_passes_the_apn_step(mnc: str) -> None:
    from simtool.runner import CheckOptions, run_check

    report = run_check(f"sim://healthy?operator=460{mnc}", CheckOptions(timeout=5.0))
    apn = next(c for c in report.checks if c.id == "apn")
    assert apn.status == "pass", apn.detail
    assert report.verdict.status == "ok"
    assert report.facts.apn.provider == ASSIGNED_460[mnc]
