"""What an operator's account SMS says: the balance, the data left and the plan's end.

Chinese operators answer a query SMS (CXYE to 10086, CXHF to 10010, 102 to 10001) in their
own words; these readers find the figures in Chinese and English texts. Pure functions:
a figure that is not there is None, never a guess.
"""

from __future__ import annotations

import re
from typing import NamedTuple

_NUMBER = r"(-?\d+(?:[.,]\d+)?)"
_BALANCE = (
    # 余额为23.45元 / 可用余额15.20元 / 话费余额：-3.00元 / 当前余额为 8 元
    re.compile(r"余额[^0-9\-。；;，,]{0,6}" + _NUMBER + r"\s*(元)"),
    # Your balance is 12.34 EUR / balance: EUR 12.34
    re.compile(r"balance\D{0,12}?" + _NUMBER + r"\s*([A-Z]{3}|€|\$|£)?", re.IGNORECASE),
)
_DATA = (
    # 流量剩余3.52GB / 剩余国内流量1.80GB / 流量还剩 500MB
    re.compile(r"(?:剩余|还剩|可用)[^0-9。；;，,]{0,10}?(\d+(?:\.\d+)?)\s*(GB|MB|KB|G|M|K)",
               re.IGNORECASE),
    re.compile(r"(\d+(?:\.\d+)?)\s*(GB|MB|KB)\s+(?:of data )?(?:left|remaining)",
               re.IGNORECASE),
)
_PLAN_END = (
    # 有效期至2026年12月31日 / 套餐到期日2026年12月31日 / 到期时间：2026-12-31
    re.compile(r"(?:有效期至|到期日|到期时间|截止日期|有效期到)[：:\s]*"
               r"(\d{4}年\d{1,2}月\d{1,2}日|\d{4}-\d{1,2}-\d{1,2})"),
    re.compile(r"(?:valid until|expires(?: on)?)\s*(\d{4}-\d{2}-\d{2})", re.IGNORECASE),
)
_UNITS = {"G": "GB", "M": "MB", "K": "KB"}


class AccountFigures(NamedTuple):
    balance: str | None         # "23.45 元", "12.34 EUR"
    data_left: str | None       # "3.52 GB"
    plan_end: str | None        # "2026年12月31日" as the operator wrote it

    @property
    def found(self) -> bool:
        return any(self)


def read_figures(text: str) -> AccountFigures:
    """The balance, data left and plan end an operator's message gives (None: not said)."""
    balance = None
    for pattern in _BALANCE:
        match = pattern.search(text)
        if match:
            amount, unit = match.group(1).replace(",", "."), match.group(2)
            balance = f"{amount} {unit}" if unit else amount
            break
    data = None
    for pattern in _DATA:
        match = pattern.search(text)
        if match:
            unit = match.group(2).upper()
            data = f"{match.group(1)} {_UNITS.get(unit, unit)}"
            break
    end = None
    for pattern in _PLAN_END:
        match = pattern.search(text)
        if match:
            end = match.group(1)
            break
    return AccountFigures(balance, data, end)
