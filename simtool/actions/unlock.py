"""PIN and PUK entry with a retry guard (DESIGN.md, Safety).

A wrong PIN three times turns a working SIM into a PUK-locked one; ten wrong PUKs destroy
it. So: read the state and the retries left first; send one attempt per call; refuse when
the counter is unknown or at one unless the caller accepts that exact risk; re-read and
report afterwards. The PIN never reaches a log, transcript or report (secret=True masks it
in the session's transcript and in the response).
"""

from __future__ import annotations

from dataclasses import dataclass

from simtool.actions import validate
from simtool.at.cme import cme_text
from simtool.at.parsers.common import Unparsed
from simtool.at.parsers.identity import parse_cgmi, parse_cgmm
from simtool.at.session import AtResponse, AtSession
from simtool.errors import SimtoolError
from simtool.i18n import tr
from simtool.sources.at.reader import read_retries, read_sim_state
from simtool.vendors import GENERIC, detect
from simtool.vendors.base import Vendor


class UnlockRefused(SimtoolError):
    """simtool refused to send the code; nothing was sent to the SIM."""


class NeedsConsent(UnlockRefused):
    """One attempt is left (or the count is unknown): the user must accept the risk."""


class AlreadyUnlocked(UnlockRefused):
    """The SIM is ready: there is nothing to unlock."""


@dataclass(frozen=True)
class LockStatus:
    state: str               # facts.SIM_STATES name
    raw: str | None
    pin_retries: int | None
    puk_retries: int | None


@dataclass(frozen=True)
class UnlockResult:
    before: LockStatus
    after: LockStatus
    accepted: bool           # the modem answered OK to the code
    error: str | None        # the modem's refusal (e.g. "+CME ERROR: 16" incorrect password)


def identify_vendor(session: AtSession) -> Vendor:
    reply = session.command("AT+CGMI", timeout=3.0)
    parsed = parse_cgmi(reply.text) if reply.ok else None
    manufacturer = None if parsed is None or isinstance(parsed, Unparsed) else parsed.value
    vendor = detect(manufacturer, None)
    if vendor is GENERIC:
        # Some makers are known by the model only (empty +CGMI, a lineage by model).
        reply = session.command("AT+CGMM", timeout=3.0)
        model = parse_cgmm(reply.text) if reply.ok else None
        if model is not None and not isinstance(model, Unparsed):
            vendor = detect(manufacturer, None, model.value)
    return vendor


def read_lock_status(session: AtSession, vendor: Vendor) -> LockStatus:
    """The SIM's lock state and attempts left, read the way a check reads them."""
    state, raw = read_sim_state(session)
    pin, puk = read_retries(session, vendor, state)
    return LockStatus(state=state, raw=raw, pin_retries=pin, puk_retries=puk)


def _guard(left: int | None, what: str, accept_last_attempt: bool) -> None:
    if left == 0 and what == "PIN":
        raise UnlockRefused(tr("Unlock", "No PIN attempts are left: the SIM needs the PUK "
                               "('simtool unlock --puk'). Nothing was sent."))
    if left == 0:
        raise UnlockRefused(tr("Unlock", "No PUK attempts are left: the SIM is blocked for "
                               "good. Ask your operator for a replacement card."))
    if left is None and not accept_last_attempt:
        raise NeedsConsent(tr("Unlock", "simtool could not read how many {what} attempts are "
                               "left, so it did not send anything. If you are sure of the "
                               "code, accept the risk explicitly (--last-attempt).").format(
                                   what=what))
    if left == 1 and not accept_last_attempt:
        raise NeedsConsent(tr("Unlock", "Only 1 {what} attempt is left. If this code is "
                               "wrong, the SIM will be blocked{consequence}. Nothing was sent. "
                               "If you are sure, accept this risk explicitly "
                               "(--last-attempt).").format(
            what=what,
            consequence=tr("Unlock", " and need the PUK") if what == "PIN"
            else tr("Unlock", " for good and must be replaced")))


def enter_pin(session: AtSession, pin: str, *, accept_last_attempt: bool = False,
              vendor: Vendor | None = None) -> UnlockResult:
    """Send the PIN once, only if the SIM asks for it and the retry guard allows it."""
    validate.pin(pin)
    vendor = vendor or identify_vendor(session)
    before = read_lock_status(session, vendor)
    if before.state != "pin-required":
        raise _not_asking(before, "PIN")
    _guard(before.pin_retries, "PIN", accept_last_attempt)
    reply = session.command(f'AT+CPIN="{pin}"', timeout=20.0, secret=True, retry_busy=False)
    after = read_lock_status(session, vendor)
    return UnlockResult(before, after, accepted=reply.ok, error=_refusal(reply))


def enter_puk(session: AtSession, puk: str, new_pin: str, *, accept_last_attempt: bool = False,
              vendor: Vendor | None = None) -> UnlockResult:
    """Send the PUK and a new PIN once, only if the SIM asks for the PUK."""
    validate.puk(puk)
    validate.pin(new_pin)
    vendor = vendor or identify_vendor(session)
    before = read_lock_status(session, vendor)
    if before.state != "puk-required":
        raise _not_asking(before, "PUK")
    _guard(before.puk_retries, "PUK", accept_last_attempt)
    reply = session.command(f'AT+CPIN="{puk}","{new_pin}"', timeout=20.0, secret=True,
                            retry_busy=False)
    after = read_lock_status(session, vendor)
    return UnlockResult(before, after, accepted=reply.ok, error=_refusal(reply))


def _not_asking(status: LockStatus, what: str) -> UnlockRefused:
    if status.state == "ready":
        return AlreadyUnlocked(tr("Unlock", "The SIM is already unlocked; nothing was sent."))
    return UnlockRefused(_not_asking_text(status, what))


def _refusal(reply: AtResponse) -> str | None:
    """The modem's refusal with its meaning: '+CME ERROR: 16 (incorrect password)'."""
    if reply.ok:
        return None
    words = reply.final or reply.error_text or tr("Unlock", "no answer")
    meaning = cme_text(reply.code) if reply.code is not None else None
    return f"{words} ({meaning})" if meaning and meaning.lower() not in words.lower() else words


def _not_asking_text(status: LockStatus, what: str) -> str:
    if status.state == "puk-required" and what == "PIN":
        return tr("Unlock", "The SIM asks for the PUK, not the PIN: use 'simtool unlock --puk'. "
                  "The PUK is on the card holder the SIM came in, or your operator has it.")
    if status.state == "pin-required" and what == "PUK":
        return tr("Unlock", "The SIM asks for the PIN, not the PUK: use 'simtool unlock'.")
    return tr("Unlock", "The SIM does not ask for a {what} (state: {state}); nothing was "
              "sent.").format(what=what, state=status.raw or status.state)
