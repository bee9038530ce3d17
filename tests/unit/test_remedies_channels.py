"""Remedies of account verdicts name the card's own operator channels (app, website,
Alipay/WeChat Pay, recharge card, store, hotline) in the reader's language; IoT cards are
sent to their platform or vendor with what to give them; operators simtool knows nothing
special about keep the USSD step. Facts come from the simulated modem, read by simtool's
own reader, as a real check would."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from simtool.diagnosis.checklist import evaluate
from simtool.facts import Facts, Notice
from simtool.i18n import set_language
from simtool.runner import CheckOptions, run_check


def checked(url: str) -> tuple[Facts, dict[str, str]]:
    report = run_check(url, CheckOptions(timeout=5.0))
    return report.facts, {c.id: c.remedy or "" for c in report.checks}


@pytest.fixture
def chinese() -> Iterator[None]:
    set_language("zh_CN")
    yield
    set_language("en")


def test_quota_or_expired_plan_on_a_china_mobile_card_names_its_channels() -> None:
    _, remedies = checked("sim://not-subscribed?operator=46000")
    remedy = remedies["data-session"]
    for words in ("CXYE", "10086", "https://www.10086.cn", "Alipay", "WeChat Pay",
                  "recharge card (call 13800138000", "China Mobile store", "中国移动"):
        assert words in remedy, words
    assert "`simtool balance --allow-write" in remedy
    assert "Call China Mobile on 10086" in remedy


@pytest.mark.parametrize(("operator", "hotline", "website"), [
    ("46001", "10010", "https://www.10010.com"), ("46011", "10000", "https://www.189.cn"),
    ("46015", "10099", "https://www.10099.com.cn")])
def test_barred_line_names_each_operators_hotline_and_site(operator: str, hotline: str,
                                                            website: str) -> None:
    _, remedies = checked(f"sim://registration-denied?operator={operator}")
    remedy = remedies["registration"]
    assert hotline in remedy and website in remedy


def test_an_iot_card_is_sent_to_its_platform_or_vendor_with_what_to_give() -> None:
    facts, remedies = checked("sim://not-subscribed?operator=46004")
    remedy = remedies["data-session"]
    assert "IoT card (物联网卡)" in remedy and "OneLink" in remedy
    assert "the vendor who sold it" in remedy
    assert f"ICCID {facts.sim.iccid}" in remedy and f"IMEI {facts.modem.imei}" in remedy
    assert "cause #33" in remedy
    assert "13800138000" not in remedy and "Alipay" not in remedy   # not consumer channels


def test_an_iot_apn_on_a_consumer_range_also_counts_and_the_notice_is_quoted() -> None:
    facts, _ = checked("sim://not-subscribed?operator=46000")
    facts.apn.configured = "CMIOT"
    facts.notices = [Notice(sender="10086", text="您的物联卡本月流量已用尽，已停用数据服务。")]
    checks, _ = evaluate(facts)
    remedy = next(c.remedy for c in checks if c.id == "data-session") or ""
    assert "IoT platform" in remedy and "已停用数据服务" in remedy


def test_other_operators_keep_the_ussd_step() -> None:
    _, remedies = checked("sim://not-subscribed?operator=26202")
    remedy = remedies["data-session"]
    assert "`simtool balance" in remedy and "(USSD)" in remedy
    assert "Call your operator. Tell them" in remedy


def test_in_chinese_the_channels_are_chinese(chinese: None) -> None:
    _, remedies = checked("sim://not-subscribed?operator=46001")
    remedy = remedies["data-session"]
    for words in ("中国联通", "支付宝", "微信支付", "充值卡", "营业厅", "10010", "CXHF"):
        assert words in remedy, words
