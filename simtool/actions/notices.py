"""Read the unread SMS the read-only check left alone, with the user's consent: on modems
that have no way to read them without it, reading marks them read (TS 27.005 §3.4.2), so
`simtool check --read-unread-sms --allow-write` and the app ask first, and the report says
how many were marked read."""

from __future__ import annotations

from simtool.at.parsers.sms import join_parts
from simtool.at.session import AtSession
from simtool.facts import Facts
from simtool.providers.notices import newest_first
from simtool.sources.at.notices import listed, notices_from, read_store


def read_unread_step(session: AtSession, facts: Facts) -> None:
    """List the unread messages (`+CMGL=0`, which marks them read) and add the operator's
    notices among them to facts.notices. Only when the read left some unread."""
    if facts.unread_sms_skipped <= 0 or facts.sim.state != "ready":
        return
    store = read_store(session)
    if store.mode not in (0, None):
        session.command("AT+CMGF=0", timeout=5.0)
    try:
        unread = listed(session, "AT+CMGL=0", facts.notes) or []
    finally:
        if store.mode not in (0, None):
            session.command(f"AT+CMGF={store.mode}", timeout=5.0)
    facts.unread_sms_marked = len(join_parts(unread))
    facts.unread_sms_skipped = 0
    facts.notices = newest_first([*facts.notices, *notices_from(unread)])
