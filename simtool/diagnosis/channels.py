"""The operator's own ways to check and pay, for the remedies of account verdicts (arrears,
quota used up, plan expired): how this operator answers a balance query, its recharge
channels (app, website, Alipay/WeChat Pay, recharge card, store, hotline), and, for IoT
cards (物联网卡), that the card's platform or vendor is the one to contact, with what to give.

The facts come from the provider overlay (simtool.providers.operators), looked up by the
SIM's home network; no modem I/O. Every sentence goes through tr("Remedies", ...).
"""

from __future__ import annotations

from simtool.facts import Facts
from simtool.i18n import language, tr
from simtool.providers import database as providers
from simtool.providers import operators
from simtool.providers.database import OperatorInfo, Provider, RechargeChannel

CTX = "Remedies"


def _providers(facts: Facts) -> list[Provider]:
    home = facts.sim.home
    if home.mcc and home.mnc:
        return providers.lookup(home.mcc, home.mnc)
    return providers.lookup_imsi(facts.sim.imsi) if facts.sim.imsi else []


def _operator_name(found: list[Provider], facts: Facts) -> str:
    local = operators.local_name(found, language())
    if local and language().startswith("zh"):
        return local
    return providers.provider_names(found) or facts.operator.name or tr(CTX, "your operator")


def _app(name: str | None) -> str | None:
    """The app's name for this reader: "中国移动 (China Mobile)" is "中国移动" in Chinese."""
    if name and language().startswith("zh") and " (" in name:
        return name.split(" (", 1)[0]
    return name


def is_iot_card(facts: Facts) -> bool:
    """The card is an IoT card (its IMSI range or the APN in the modem says so)."""
    return operators.is_iot_card(_providers(facts), apn=facts.apn.configured)


def _channel(channel: RechargeChannel, operator: str) -> str:
    detail = (_app(channel.detail) if channel.kind == "app" else channel.detail) or ""
    words = {
        "app": tr(CTX, "in the {app} app").format(app=detail),
        "website": tr(CTX, "on {website}").format(website=detail),
        "alipay": tr(CTX, "with Alipay"),
        "wechat": tr(CTX, "with WeChat Pay"),
        "card": tr(CTX, "with a recharge card (call {number} to load it)").format(number=detail)
        if detail else tr(CTX, "with a recharge card"),
        "store": tr(CTX, "at a {operator} store").format(operator=operator),
        "terminal": tr(CTX, "at a self-service terminal"),
        "hotline": tr(CTX, "by calling {number}").format(number=detail),
    }
    return words.get(channel.kind, channel.kind)


def _check_step(found: list[Provider], info: OperatorInfo, operator: str) -> str:
    query = operators.balance_query(found)
    if query is not None:
        return tr(CTX, "Check the balance and data left: `simtool balance --allow-write` sends "
                  "{operator}'s query SMS (\"{text}\" to {number}; a normal SMS, which the "
                  "operator may charge), or look in the {app} app.").format(
            operator=operator, text=query.text, number=query.number,
            app=_app(info.app) or operator)
    return tr(CTX, "Check the balance and data left in the {app} app or by calling {hotline}."
              ).format(app=_app(info.app) or operator, hotline=info.hotline or "?")


def account_steps(facts: Facts, fallback: str) -> list[str]:
    """How to check and recharge with this card's operator, in the reader's language;
    `fallback` (the generic USSD step) when the operator's channels are not on record.
    For an IoT card: its platform or vendor, not the consumer channels."""
    found = _providers(facts)
    info = operators.operator_info(found)
    operator = _operator_name(found, facts)
    if is_iot_card(facts):
        return [iot_where(info, operator)]
    if info is None:
        return [fallback]
    ways = [_channel(channel, operator) for channel in info.recharge]
    return [_check_step(found, info, operator),
            tr(CTX, "Recharge or renew the plan: {ways}.").format(
                ways=tr(CTX, "; ").join(ways)),
            tr(CTX, "After paying, data may need a few minutes; then restart the modem.")]


def iot_where(info: OperatorInfo | None, operator: str) -> str:
    """Where an IoT card is recharged and unblocked: its platform or vendor."""
    platform = info.iot_platform if info is not None else None
    return tr(CTX, "This is an IoT card (物联网卡) of {operator}: it is recharged, renewed and "
              "unblocked through the card's IoT platform{platform} or the vendor who sold it, "
              "not the consumer app, website or hotline. Check its data and validity there."
              ).format(operator=operator, platform=f" ({platform})" if platform else "")


def iot_hand_off(facts: Facts, what: str | None) -> str:
    """The hand-off for an IoT card: whom to contact and exactly what to give them."""
    unknown = tr(CTX, "unknown")
    items = [tr(CTX, "ICCID {iccid}").format(iccid=facts.sim.iccid or unknown),
             tr(CTX, "IMEI {imei}").format(imei=facts.modem.imei or unknown)]
    if what:
        items.append(what)
    notices = [notice.text for notice in facts.notices if notice.text]
    if notices:
        items.append(tr(CTX, "the operator's notice \"{text}\"").format(text=notices[-1]))
    return tr(CTX, "Contact the card's IoT platform or the vendor who sold it. Give them: "
              "{items}.").format(items=tr(CTX, "; ").join(items))


def tell_operator_step(facts: Facts, what: str) -> str | None:
    """The hand-off step worded for this operator: an IoT card's platform or vendor, or the
    operator's hotline by number; None when simtool knows nothing of the operator."""
    found = _providers(facts)
    info = operators.operator_info(found)
    if info is None and not is_iot_card(facts):
        return None
    operator = _operator_name(found, facts)
    if is_iot_card(facts):
        return iot_hand_off(facts, what)
    if info is None or not info.hotline:
        return None
    unknown = tr(CTX, "unknown")
    identity = tr(CTX, "ICCID {iccid}, IMSI {imsi}").format(
        iccid=facts.sim.iccid or unknown, imsi=facts.sim.imsi or unknown)
    return tr(CTX, "Call {operator} on {hotline} (or use the {app} app). Tell them: {identity}, "
              "{what}.").format(operator=operator, hotline=info.hotline,
                                app=_app(info.app) or operator, identity=identity,
                                what=what)
