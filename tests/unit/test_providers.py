"""The provider database on the real serviceproviders.xml (system copy and shipped copy)."""

from __future__ import annotations

import io
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from simtool.providers import (
    ProviderDatabase,
    balance_code,
    database_path,
    default_database,
    expectation_for,
    home_network,
    load,
    lookup,
    lookup_imsi,
    scan,
    topup_code,
)
from simtool.providers.database import SYSTEM_PATH

SHIPPED = resources.files("simtool.resources") / "providers" / "serviceproviders.xml"


def _sources() -> list[ProviderDatabase]:
    with SHIPPED.open("rb") as stream:
        found = [ProviderDatabase.parse(stream, "shipped")]
    if SYSTEM_PATH.is_file():
        found.append(load(SYSTEM_PATH))
    return found


@pytest.fixture(params=_sources(), ids=lambda db: db.source.rsplit("/", 1)[-1] or "?")
def db(request: pytest.FixtureRequest) -> ProviderDatabase:
    return request.param


def test_hundreds_of_providers(db: ProviderDatabase) -> None:
    assert len(db) > 300
    # A few entries in the real file have APNs but no network id: they cannot be looked up.
    indexed = {network for p in db.providers for network in p.network_ids}
    assert len(indexed) > 700


def test_china_mobile_460_00(db: ProviderDatabase) -> None:
    providers = db.lookup("460", "00")
    assert [p.name for p in providers] == ["China Mobile"]
    assert providers[0].country == "cn"
    assert "cmnet" in providers[0].internet_apns
    assert "cmwap" not in providers[0].internet_apns       # WAP gateway, not internet
    expectation = expectation_for(providers)
    assert expectation.expected == ["cmnet"] and expectation.provider == "China Mobile"


def test_vodafone_de_262_02_has_balance_and_topup_codes(db: ProviderDatabase) -> None:
    providers = db.lookup("262", "02")
    names = [p.name for p in providers]
    assert "Vodafone" in names and len(names) > 1          # several brands share 262/02
    vodafone = providers[names.index("Vodafone")]
    assert vodafone.country == "de"
    assert vodafone.balance_check is not None and vodafone.balance_check.code == "*100#"
    assert vodafone.topup is not None
    assert vodafone.topup.code == "*100*CODE#" and vodafone.topup.replacement == "CODE"
    assert vodafone.topup.fill("1234567890123456") == "*100*1234567890123456#"
    assert balance_code(providers) == vodafone.balance_check
    assert topup_code(providers) == vodafone.topup
    assert "web.vodafone.de" in expectation_for(providers).expected


def test_apn_details(db: ProviderDatabase) -> None:
    vodafone = next(p for p in db.lookup("262", "02") if p.name == "Vodafone")
    websessions = next(a for a in vodafone.apns if a.name == "event.vodafone.de")
    assert websessions.username == "vodafone" and websessions.password == "vodafone"
    assert websessions.usage == "internet"
    assert websessions.plans == ("postpaid",)
    assert websessions.dns == ("139.7.30.125", "139.7.30.126")


def test_imsi_lookup_tries_three_then_two_digit_mnc(db: ProviderDatabase) -> None:
    # 460 uses 2-digit MNCs: "000" is not a network, "00" is.
    assert [p.name for p in db.lookup_imsi("460001234567890")] == ["China Mobile"]
    assert db.home_network("460001234567890") == ("460", "00")
    # 310 (USA) uses 3-digit MNCs: 310/260 is T-Mobile.
    assert any("T-Mobile" in p.name for p in db.lookup_imsi("310260123456789"))
    assert db.home_network("310260123456789") == ("310", "260")
    # A known MNC length is used as given.
    assert db.lookup_imsi("460001234567890", mnc_length=3) == []
    assert [p.name for p in db.lookup_imsi("460001234567890", mnc_length=2)] == ["China Mobile"]


@pytest.mark.parametrize("imsi", ["", "46", "abcdefghijklmno", "999991234567890"])
def test_unknown_or_malformed_imsi_gives_nothing(db: ProviderDatabase, imsi: str) -> None:
    assert db.lookup_imsi(imsi) == []
    assert expectation_for(db.lookup_imsi(imsi)).provider is None


def test_default_database_prefers_the_system_copy() -> None:
    expected = str(SYSTEM_PATH) if SYSTEM_PATH.is_file() else str(SHIPPED)
    assert database_path() == expected
    assert default_database() is default_database()         # parsed once
    assert [p.name for p in lookup("460", "00")] == ["China Mobile"]
    assert lookup_imsi("262021234567890")


def test_small_document_with_shared_network_id() -> None:
    xml = b"""<?xml version="1.0"?>
<serviceproviders format="2.0">
<country code="xx"><name>Testland</name>
  <provider primary="true"><name>Host</name><gsm>
    <network-id mcc="001" mnc="01"/>
    <balance-check><ussd>*101#</ussd></balance-check>
    <apn value="host.inet"><usage type="internet"/><authentication method="chap"/></apn>
  </gsm></provider>
  <provider><name>Virtual</name><gsm>
    <network-id mcc="001" mnc="01"/>
    <apn value="mvno.inet"/>
  </gsm></provider>
  <provider><name>Old CDMA</name><cdma><sid value="1"/></cdma></provider>
</country>
</serviceproviders>"""
    db = ProviderDatabase.parse(io.BytesIO(xml))
    providers = db.lookup("001", "01")
    assert [p.name for p in providers] == ["Host", "Virtual"]
    assert providers[0].apns[0].auth == "chap"
    assert expectation_for(providers).expected == ["host.inet", "mvno.inet"]
    assert expectation_for(providers).provider == "Host / Virtual"
    balance = balance_code(providers)
    assert balance is not None and balance.code == "*101#"
    assert topup_code(providers) is None


@settings(max_examples=50)
@given(st.text(alphabet="0123456789", max_size=16), st.integers(min_value=0, max_value=4))
def test_imsi_lookup_never_raises(imsi: str, mnc_length: int) -> None:
    db = default_database()
    found = db.lookup_imsi(imsi, mnc_length or None)
    assert all(any(imsi.startswith(m + n) for m, n in p.network_ids) for p in found)


def test_scan_finds_exactly_what_the_full_parse_indexes(db: ProviderDatabase) -> None:
    # The fast path (scan one network id) must agree with the index for every id in the file.
    data = Path(db.source).read_bytes() if db.source != "shipped" else SHIPPED.read_bytes()
    networks = {network for p in db.providers for network in p.network_ids}
    for mcc, mnc in sorted(networks):
        assert scan(data, mcc, mnc) == db.lookup(mcc, mnc), (mcc, mnc)
    assert scan(data, "999", "99") == []
    assert scan(data, "4x0", "00") == []


def test_scan_ignores_commented_out_network_ids() -> None:
    xml = b"""<serviceproviders format="2.0"><country code="xx">
  <provider><name>A</name><gsm><!-- <network-id mcc="001" mnc="02"/> -->
    <network-id mcc="001" mnc="01"/></gsm></provider></country></serviceproviders>"""
    assert scan(xml, "001", "02") == []
    found = scan(xml, "001", "01")
    assert found is not None and [p.name for p in found] == ["A"]
    assert found[0].country == "xx"


def test_module_lookups_agree_with_the_parsed_database() -> None:
    full = load()
    assert lookup("262", "02") == full.lookup("262", "02")
    assert lookup_imsi("460001234567890") == full.lookup_imsi("460001234567890")
    assert home_network("460001234567890") == ("460", "00")
    assert home_network("310260123456789") == ("310", "260")
    assert home_network("not an imsi") is None
