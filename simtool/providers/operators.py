"""An operator's service details for the faces and the remedies: hotline, website, app,
recharge channels, the SMS queries for balance and data, and whether a card is an IoT card.

The details come from simtool's overlay (resources/providers/overlay.xml) through the
providers of a network id (database.lookup / lookup_imsi). Pure lookups, no modem I/O.
"""

from __future__ import annotations

from collections.abc import Sequence

from simtool.providers.database import (
    OperatorInfo,
    Provider,
    RechargeChannel,
    SmsQuery,
    balance_sms,
    lookup_imsi,
    overlay_database,
)


def operator_info(providers: Sequence[Provider]) -> OperatorInfo | None:
    """The service details of the operator behind these providers (primary first)."""
    for provider in sorted(providers, key=lambda p: not p.primary):
        info = overlay_database().operator(provider.operator)
        if info is not None:
            return info
    return None


def for_imsi(imsi: str | None) -> OperatorInfo | None:
    """The service details of the SIM's home operator, from its IMSI."""
    return operator_info(lookup_imsi(imsi)) if imsi else None


def hotline(providers: Sequence[Provider]) -> str | None:
    """The operator's customer-service number (10086, 10010, 10000...)."""
    info = operator_info(providers)
    return info.hotline if info else None


def website(providers: Sequence[Provider]) -> str | None:
    info = operator_info(providers)
    return info.website if info else None


def app(providers: Sequence[Provider]) -> str | None:
    """The operator's own app, by the name it has in app stores."""
    info = operator_info(providers)
    return info.app if info else None


def recharge_channels(providers: Sequence[Provider]) -> tuple[RechargeChannel, ...]:
    """Ways to pay this operator (app, website, Alipay, WeChat Pay, card, store...)."""
    info = operator_info(providers)
    return info.recharge if info else ()


def balance_query(providers: Sequence[Provider]) -> SmsQuery | None:
    """The SMS that asks this operator for the balance, if it answers one."""
    return balance_sms(list(providers))


def data_query(providers: Sequence[Provider]) -> SmsQuery | None:
    """The SMS that asks this operator for the data left, if it answers one."""
    info = operator_info(providers)
    return info.data_sms if info else None


def local_name(providers: Sequence[Provider], lang: str) -> str | None:
    """The operator's name in `lang` ("zh_CN": 中国移动), else None."""
    for provider in sorted(providers, key=lambda p: not p.primary):
        name = provider.local_name(lang)
        if name:
            return name
    return None


def iot_apns(providers: Sequence[Provider]) -> list[str]:
    """The IoT card APNs (物联网卡) listed for these providers."""
    return list(dict.fromkeys(apn.name for p in providers for apn in p.apns if apn.iot))


def is_iot_card(providers: Sequence[Provider], *, apn: str | None = None) -> bool:
    """Whether the card is most likely an IoT card (物联网卡): its IMSI is in a range the
    operator uses for IoT cards, or the modem uses one of the operator's IoT APNs."""
    if any(provider.iot_range for provider in providers):
        return True
    if apn:
        return apn.strip().lower() in (name.lower() for name in iot_apns(providers))
    return False
