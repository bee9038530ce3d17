"""Operator SMS notices: which stored messages are the operator telling the subscriber about
the account (arrears, quota, expiry, suspension...), in Chinese and English.

Pure: `classify(sender, text)` gives a cause from NOTICE_CAUSES, or None for anything that
is not such a notice (bills, balance answers, marketing, verification codes, and every
message from a personal number, which never becomes evidence in a report). The rules follow
the wording operators use (reference/datapath_and_notices.md §3: China Mobile 10086, China
Unicom 10010, China Telecom 10000/10001, China Broadnet 10099, 106... enterprise and IoT
platform ports, and western operators' notices). Every source of facts (AT, ModemManager,
HiLink) uses this one classifier, so the same message means the same thing everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Protocol, TypeVar

# The report's `notices[].cause` values (contract: add, never rename).
NOTICE_CAUSES = (
    "arrears-suspended",    # suspended for unpaid balance (欠费停机)
    "arrears",              # in arrears: will be suspended (欠费提醒)
    "low-balance",          # balance low: top up before it is suspended (余额不足)
    "suspended",            # service suspended, no reason given (停机, 暂停服务)
    "quota-used-up",        # data used up and cut off (达量断网, 流量用尽关停)
    "quota-overage",        # data used up, more is billed per use (超出部分按量计费)
    "quota-warning",        # N % of the data used (流量提醒)
    "speed-limited",        # data used up, speed reduced (达量限速)
    "plan-expiring",        # the plan or data pack expires soon (到期提醒)
    "plan-expired",         # the plan expired (套餐到期, 停机保号)
    "real-name-required",   # real-name verification needed (实名登记, 身份核验)
    "abnormal-use",         # restricted for abnormal use or a violation (异常使用, 违规)
    "device-binding",       # card used in another device than the bound one (机卡分离)
    "spend-cap",            # spending limit reached: services outside the plan restricted
    "restored",             # service restored, top-up or payment received (复机, 充值成功)
)

# Notices that say data is stopped now: evidence that the operator blocks this card.
BLOCKING_CAUSES = frozenset({"arrears-suspended", "suspended", "quota-used-up", "plan-expired",
                             "abnormal-use", "device-binding"})
# Notices that say the account needs attention but service goes on.
WARNING_CAUSES = frozenset({"arrears", "low-balance", "quota-overage", "quota-warning",
                            "speed-limited", "plan-expiring", "real-name-required",
                            "spend-cap"})

# How long a notice counts as evidence about the card's state now.
RECENT = timedelta(days=45)

# Customer-service short codes of mainland China's operators (and their 1000x variants).
_OPERATOR_SHORT_CODES = frozenset({"10086", "10010", "10000", "10001", "10099", "10011",
                                   "10016", "10018", "1008611"})
# A private mobile number: mainland 1[3-9]x xxxx xxxx, or any long international number.
_PERSONAL_CN = re.compile(r"^(?:\+?86)?1[3-9]\d{9}$")
_LONG_NUMBER = re.compile(r"^\+?\d{10,}$")


def _compact(text: str) -> str:
    """Lower case, full-width letters and digits folded, whitespace out (Chinese notices
    are matched without spaces; English words keep their order)."""
    folded = text.translate({code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)})
    return re.sub(r"\s+", " ", folded).strip().lower()


def operator_sender(sender: str | None) -> bool | None:
    """True for an operator or service sender (short code, 106 port, a name), False for a
    person's number, None when unknown."""
    if sender is None or not sender.strip():
        return None
    value = sender.strip().replace(" ", "").replace("-", "")
    digits = value.lstrip("+")
    if not digits.isdigit():
        return True                      # an alphanumeric sender: "Vodafone", "CMCC"
    if digits in _OPERATOR_SHORT_CODES or digits.startswith(("1065", "1069", "106")):
        return True
    if _PERSONAL_CN.match(value) or _LONG_NUMBER.match(value):
        return False
    return len(digits) <= 8              # other short codes: service numbers


# --- the rules, first match wins ------------------------------------------------------------
# Each cause: patterns of which one must match. Chinese patterns run on the text without
# spaces, English ones on the text with single spaces.

_NOISE = (
    r"验证码", r"校验码", r"动态码", r"动态密码", r"verification code", r"\botp\b",
    r"security code", r"one-time (?:pass)?code",
)
_RESTORED = (
    r"已(?:为您)?(?:复机|恢复(?:服务|使用|通信|正常|上网|开通))", r"复机成功", r"充值成功",
    r"已开机", r"欢迎继续使用", r"已(?:恢复|重新)开通",
    r"缴费成功", r"已到账", r"payment (?:has been )?received", r"thank you for (?:your )?payment",
    r"(?:service|account|line|data) (?:has been |is )?(?:restored|reactivated|resumed)",
    r"top-?up (?:of .* )?(?:was )?successful", r"successfully topped up",
)
_DEVICE = (
    r"机卡分离", r"机卡绑定", r"机卡不匹配", r"非约定设备", r"非绑定设备",
    r"更换(?:了)?(?:终端|设备)",
    r"imei(?:号)?(?:变更|更换|不一致|不匹配)", r"设备(?:串号)?变更",
    r"(?:unauthori[sz]ed|unapproved|different|another|new) device",
    r"bound to (?:a|another|its|the original) device", r"device (?:lock|binding|mismatch)",
    r"imei (?:change|mismatch)",
)
_ABNORMAL = (
    r"异常(?:使用|流量|通话|行为|状态)", r"使用异常", r"通话异常", r"违规", r"功能限制",
    r"防范(?:电信)?(?:网络)?诈骗", r"涉诈", r"二次(?:身份)?核验", r"高风险",
    r"unusual (?:activity|usage|use)", r"abnormal (?:activity|usage|use|traffic)",
    r"fraud", r"violat", r"terms of (?:use|service)", r"misuse", r"suspicious",
)
_VIOLATION = (r"违规", r"violat", r"terms of (?:use|service)")
_REAL_NAME = (
    r"实名(?:制|认证|登记|信息|核验|补登)?", r"登记信息不(?:完整|全|准确)", r"补登",
    r"携(?:带)?(?:本人)?(?:有效)?(?:身份)?证件", r"身份核验",
    r"real-name", r"verify your identity", r"identity verification", r"\bid (?:check|verification)",
    r"registration (?:of your )?(?:sim|number) (?:is )?(?:required|incomplete)",
)
_QUOTA_WORDS = (r"流量", r"data", r"数据", r"allowance", r"fair use")
_QUOTA_SPEED = (
    r"限速", r"网速(?:已|将)?(?:被)?(?:限制|降低|下调)", r"降速",
    r"速率(?:已|将)?(?:被)?(?:限制|降低)",
    r"\d+\s*(?:k|m)bps", r"reduced speed", r"slower speed", r"lower speed", r"throttl",
    r"2g speeds?",
    r"speeds? (?:is |are |has been |have been )?(?:now )?(?:reduced|limited|capped|slowed)",
)
_QUOTA_USED = (
    r"(?:流量|套餐)[^，。,.]{0,12}(?:已)?(?:用完|用尽|耗尽|使用完|全部使用)",
    r"已达(?:到)?(?:封顶|上限)",
    r"达量断网", r"(?:已)?达(?:到)?[^，。,.]{0,6}(?:封顶|上限)",
    r"流量池[^，。,.]{0,8}(?:已)?(?:用完|用尽)",
    r"used (?:up )?all (?:of )?your (?:\w+ )?data", r"data (?:allowance|bundle|plan|pack)? ?"
    r"(?:is |has been )?(?:used up|exhausted|depleted|finished)", r"run out of (?:\w+ )?data",
    r"ran out of (?:\w+ )?data", r"no (?:data|high-speed data) (?:left|remaining)",
    r"reached (?:\d+ ?% of )?your (?:\w+ )?data (?:limit|cap|allowance)",
    r"high-speed data is used up", r"100 ?% of your (?:\w+ )?data",
)
_QUOTA_CUT = (
    r"(?:关闭|暂停|停止|停用|关停)(?:了)?(?:数据|上网|流量)?(?:服务|功能|业务)?", r"断网",
    r"无法上网",
    r"不能上网", r"(?:已|将)?(?:被)?关停",
    r"(?:data|service|internet) (?:is |has been |was )?(?:stopped|suspended|cut|blocked|paused"
    r"|switched off|turned off|disabled)", r"(?:can ?not|can't|won't be able to) (?:use|browse)",
    r"to keep browsing", r"bolt-?on", r"add-?on", r"buy more data", r"top up to continue",
)
_QUOTA_OVERAGE = (
    r"超出部分", r"按[^，。,.]{0,10}(?:计费|收费|计收)", r"另行收费", r"charged at",
    r"pay-as-you-go rates?",
    r"out-of-bundle", r"standard rates? appl",
)
_QUOTA_WARNING = (
    r"(?:已(?:使用|用|消耗)|用量达到?|使用量已达)[^，。,.]{0,8}\d+\s*%",
    r"(?:仅剩|只剩|剩余)[^，。]{0,10}\d+(?:\.\d+)?\s*(?:gb|mb|g|m)[^。]{0,12}(?:合理使用|注意|留意)",
    r"(?:仅剩|只剩)\s*\d",
    r"剩余[^，。,.]{0,10}(?:gb|mb|g|m)",
    r"流量[^，。,.]{0,6}(?:即将|快要?)(?:用完|用尽)",
    r"\d+\s*% of your (?:\w+ )?(?:data|allowance)",
    r"(?:data|allowance) (?:is )?(?:running|almost|nearly) (?:low|out|used)",
    r"达\s*\d+\s*%", r"达到?100\s*%后",
)
_EXPIRED = (
    r"(?:套餐|号码|服务|流量包|资费)?(?:已|已经)(?:到期|过期|失效)", r"停机保号",
    r"已转为?[^，。,.]{0,6}保号",
    r"(?:plan|bundle|subscription|package|service) (?:has )?(?:expired|ended|lapsed)",
    r"(?:plan|bundle|subscription|package) is no longer active",
)
_EXPIRING = (
    r"(?:将|即将|将于|将在)[^，。,.]{0,16}(?:到期|过期|失效)",
    r"到期[^，。,.]{0,8}(?:续订|续费|续约)",
    r"即将到期", r"expires? (?:in|on|soon|tomorrow|today)", r"will expire", r"expiring",
    r"due to expire", r"(?:renew|renewal) (?:now|by|before)",
)
_SPEND_CAP = (
    r"spend(?:ing)? (?:limit|cap)", r"消费(?:限额|上限|封顶)", r"额度已用完", r"信用额度",
)
_ARREARS = (r"欠费", r"欠缴", r"拖欠", r"non-?payment", r"unpaid", r"overdue", r"in arrears",
            r"past due",
            r"arrears", r"outstanding (?:balance|amount|bill)",
            r"(?:couldn't|could not|unable to|failed to) (?:take|process|collect) (?:your )?"
            r"payment", r"payment (?:failed|declined|was declined)")
_LOW_BALANCE = (
    r"余额(?:已)?(?:不足|低于|仅剩|较低|偏低|即将用完)", r"话费(?:已)?(?:不足|低于)",
    r"low (?:balance|credit)", r"(?:balance|credit) is (?:low|below|running low)",
    r"(?:balance|credit) (?:has )?(?:fallen|dropped) below",
)
_SUSPENDED_NOW = (
    r"(?:已|现已|已经|目前已)(?:被)?(?:单向|双向|全)?(?:停机|暂停(?:服务|使用|通信)?|停止服务|关停|锁定)",
    r"(?:处于|为)(?:停机|暂停)状态", r"(?:号码|服务|业务|功能)(?:已)?(?:暂停|停止)",
    r"(?:双向|单向)停机", r"暂停(?:服务|使用)", r"停机(?:了|中)",
    r"欠费(?:已)?(?:被)?(?:单向|双向)?停机",
    r"(?:have|has) (?:blocked|suspended|barred|restricted|disconnected)",
    r"(?:is|are|has been|have been|was) (?:now )?(?:suspended|barred|disconnected|blocked|"
    r"deactivated)", r"(?:calls|texts|data)[^.]{0,30} (?:are|is) (?:now )?unavailable",
)
_SUSPEND_LATER = (
    r"将(?:在|于)?[^，。,.]{0,12}(?:停机|暂停|停止|关停|断网)", r"即将(?:停机|暂停)",
    r"为(?:免|避免|防止)",
    r"以免", r"避免", r"影响(?:正常)?使用", r"will be (?:suspended|barred|disconnected|cut)",
    r"to avoid", r"before (?:your )?(?:service|line|number)",
)
_RESTRICTED = (r"限制", r"\b(?:blocked|restricted|suspended|barred)\b")
_BALANCE_ANSWER = (r"余额为", r"当前余额", r"可用余额", r"账单", r"已出账", r"your balance is",
                   r"your bill", r"bill (?:is|for)")


def _rule(*patterns: str) -> re.Pattern[str]:
    """One compiled alternation per rule, built at import: the reader imports this module
    while the modem answers its first commands, so no check waits for the compiling."""
    return re.compile("|".join(f"(?:{pattern})" for pattern in patterns))


NOISE, RESTORED, VIOLATION, DEVICE = (_rule(*_NOISE), _rule(*_RESTORED), _rule(*_VIOLATION),
                                      _rule(*_DEVICE))
ABNORMAL, ABNORMAL_ACTION = _rule(*_ABNORMAL), _rule(*_SUSPENDED_NOW, *_SUSPEND_LATER,
                                                     *_RESTRICTED)
REAL_NAME, SPEND_CAP, ARREARS = _rule(*_REAL_NAME), _rule(*_SPEND_CAP), _rule(*_ARREARS)
EXPIRED, EXPIRING, LOW_BALANCE = _rule(*_EXPIRED), _rule(*_EXPIRING), _rule(*_LOW_BALANCE)
SUSPENDED_NOW, SUSPEND_LATER = _rule(*_SUSPENDED_NOW), _rule(*_SUSPEND_LATER)
BALANCE_ANSWER = _rule(*_BALANCE_ANSWER)
QUOTA_WORDS, QUOTA_SPEED, QUOTA_USED = (_rule(*_QUOTA_WORDS), _rule(*_QUOTA_SPEED),
                                        _rule(*_QUOTA_USED))
QUOTA_CUT, QUOTA_OVERAGE, QUOTA_WARNING = (_rule(*_QUOTA_CUT), _rule(*_QUOTA_OVERAGE),
                                           _rule(*_QUOTA_WARNING))


def _any(rule: re.Pattern[str], text: str) -> bool:
    return rule.search(text) is not None


def _quota_cause(text: str) -> str | None:
    """The quota causes: speed reduced, cut off, billed per use, or a usage warning."""
    if not _any(QUOTA_WORDS, text):
        return None
    used_up = _any(QUOTA_USED, text)
    if used_up or _any(QUOTA_SPEED, text):
        if _any(QUOTA_SPEED, text):
            return "speed-limited"
        if _any(QUOTA_OVERAGE, text) and not _any(QUOTA_CUT, text):
            return "quota-overage"
        if used_up:
            if _any(QUOTA_WARNING, text) and not _any(QUOTA_CUT, text):
                return "quota-warning"
            return "quota-used-up"
    if _any(QUOTA_WARNING, text):
        return "quota-warning"
    return None


def classify(sender: str | None, text: str) -> str | None:
    """The cause an operator's notice is about (one of NOTICE_CAUSES), or None when the
    message is not one: from a personal number, a verification code, a bill, a balance
    answer, marketing, or words no rule knows."""
    if operator_sender(sender) is False:
        return None
    body = _compact(text)
    if not body or _any(NOISE, body):
        return None
    dense = body.replace(" ", "")           # Chinese wording is matched without spaces
    both = f"{body}\n{dense}"
    if _any(RESTORED, both):
        return "restored"
    if _any(VIOLATION, both):
        return "abnormal-use"
    if _any(DEVICE, both):
        return "device-binding"
    if _any(ABNORMAL, both) and _any(ABNORMAL_ACTION, both):
        return "abnormal-use"
    if _any(REAL_NAME, both):
        return "real-name-required"
    quota = _quota_cause(both)
    if quota is not None:
        return quota
    if _any(SPEND_CAP, both):
        return "spend-cap"
    arrears = _any(ARREARS, both)
    if arrears and _any(SUSPENDED_NOW, both) and not _any(SUSPEND_LATER, both):
        return "arrears-suspended"
    if _any(EXPIRED, both):
        return "plan-expired"
    if _any(EXPIRING, both):
        return "plan-expiring"
    if _any(LOW_BALANCE, both):
        return "low-balance"
    if arrears:
        if _any(SUSPENDED_NOW, both) and not _any(SUSPEND_LATER, both):
            return "arrears-suspended"
        return "arrears"
    if _any(SUSPENDED_NOW, both) and not _any(SUSPEND_LATER, both) \
            and not _any(BALANCE_ANSWER, both):
        return "suspended"
    return None


def parse_time(value: str | None) -> datetime | None:
    """An ISO 8601 time as notices carry it ('2026-11-30T10:00:00+08:00'); None otherwise."""
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    # A time without its zone (a router's inbox): taken as UTC, hours off at most.
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


class Dated(Protocol):
    """What the evidence rules need of a notice (simtool.facts.Notice has it)."""

    @property
    def time(self) -> str | None: ...

    @property
    def cause(self) -> str | None: ...


N = TypeVar("N", bound=Dated)


def newest_first(notices: Iterable[N]) -> list[N]:
    """`notices` sorted newest first; undated ones last, in their order."""
    def key(notice: N) -> datetime:
        return parse_time(notice.time) or datetime.min.replace(tzinfo=UTC)

    return sorted(notices, key=key, reverse=True)


def current_blocking(notices: Sequence[N], now: datetime) -> list[N]:
    """The notices saying data is stopped now, newest first: recent (RECENT), blocking, and
    not followed by a notice that service was restored. A notice without a time counts when
    no dated notice says otherwise."""
    found: list[N] = []
    for notice in newest_first(notices):
        when = parse_time(notice.time)
        if when is not None and now - when > RECENT:
            continue
        if notice.cause == "restored":
            break                            # everything older was before the restoration
        if notice.cause in BLOCKING_CAUSES:
            found.append(notice)
    return found
