"""Evidence beyond the network's own answers: the operator's SMS notices and the card's
history on this computer, worded for check details and remedies.

A notice or a history record is never the verdict alone: the checks use them to explain a
failure the modem shows (a blocked data path, a refused session) or, when nothing was
tested, to say the data path needs testing. Pure, apart from the clock (what "recent" means).
"""

from __future__ import annotations

from datetime import UTC, datetime

from simtool.facts import Facts, Notice
from simtool.i18n import tr
from simtool.providers.notices import BLOCKING_CAUSES, current_blocking, newest_first, parse_time

CTX = "Checks"
# A notice quoted in a detail is cut here (the report's notices section has it whole).
QUOTE_LENGTH = 90


def _t(text: str) -> str:
    return tr(CTX, text)


def now() -> datetime:
    return datetime.now(UTC)


def date_of(value: str | None) -> str:
    """The day of an ISO 8601 time as people read it ("2026-11-30"), or "?"."""
    parsed = parse_time(value)
    if parsed is not None:
        return parsed.date().isoformat()
    return (value or "?")[:10]


def short(text: str, length: int = QUOTE_LENGTH) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= length else flat[:length - 1].rstrip() + "\u2026"


def notice_line(notice: Notice) -> str:
    """'Operator notice of 2026-11-30 from 10086: 您的账户已欠费…'."""
    return _t("Operator notice of {date} from {sender}: {text}").format(
        date=date_of(notice.time), sender=notice.sender or "?", text=short(notice.text))


def blocking_notices(facts: Facts, at: datetime | None = None) -> list[Notice]:
    """Recent notices saying data is stopped, not followed by one saying it is back."""
    return current_blocking(facts.notices, at or now())


def account_notices(facts: Facts, at: datetime | None = None) -> list[Notice]:
    """The notices worth showing on the account and data steps: the blocking ones first,
    then the newest others (warnings: low balance, quota, expiry)."""
    blocking = blocking_notices(facts, at)
    others = [n for n in newest_first(facts.notices)
              if n not in blocking and n.cause not in BLOCKING_CAUSES]
    return [*blocking, *others][:3]


def moved_line(facts: Facts) -> str | None:
    """'This card last worked in another device …' when the history says so."""
    history = facts.history
    if history is None or not history.moved_from:
        return None
    if history.last_passed_imei == history.moved_from and history.last_passed:
        return _t("This card last worked in another device (IMEI {imei}, on {date}); it is "
                  "in a new device now.").format(imei=history.moved_from,
                                                 date=date_of(history.last_passed))
    return _t("This card was last seen in another device (IMEI {imei}, on {date}).").format(
        imei=history.moved_from, date=date_of(history.last_seen))


def moved_after_working(facts: Facts) -> bool:
    """The card worked (passed a check) in another device than this one: the case IoT
    cards bound to their first device are blocked in (a card only seen elsewhere is not)."""
    history = facts.history
    return bool(history is not None and history.moved_from and history.last_passed
                and history.last_passed_imei == history.moved_from)


def unread_line(facts: Facts) -> str | None:
    """What was left unread or marked read in the SMS store, when anything was."""
    if facts.unread_sms_skipped:
        return _t("{count} unread SMS were not read, because reading them on this modem "
                  "marks them read (`simtool check --read-unread-sms --allow-write` reads "
                  "them).").format(count=facts.unread_sms_skipped)
    if facts.unread_sms_marked:
        return _t("{count} unread SMS were read with your consent and are marked read "
                  "now.").format(count=facts.unread_sms_marked)
    return None


def lines(facts: Facts, notices: list[Notice]) -> list[str]:
    """Evidence sentences: the notices given, the card's move, what stayed unread."""
    found = [notice_line(notice) for notice in notices]
    for extra in (moved_line(facts), unread_line(facts)):
        if extra:
            found.append(extra)
    return found


def with_evidence(detail: str, evidence: list[str]) -> str:
    """`detail` followed by the evidence, one sentence per line."""
    return "\n".join([detail, *evidence]) if evidence else detail
