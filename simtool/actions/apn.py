"""Read and set the APN (+CGDCONT), from the user or from the provider database, with undo.

Every write first saves the context's previous definition under the state folder, keyed by
the modem's IMEI (or the port when the IMEI is unknown), so `simtool apn --undo` restores it.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass

from simtool.actions import validate
from simtool.actions.undo_state import modem_key as _modem_key
from simtool.actions.undo_state import undo_path
from simtool.at.parsers.common import Unparsed
from simtool.at.parsers.packet import PdpDefinition, parse_cgdcont
from simtool.at.parsers.sim import parse_cimi
from simtool.at.session import AtResponse, AtSession
from simtool.errors import SimtoolError, ValidationError
from simtool.fileio import write_atomic
from simtool.i18n import tr
from simtool.providers.database import Apn, Provider, lookup_imsi


class ApnError(SimtoolError):
    pass


class _Refused(ApnError):
    """The modem answered a +CGDCONT= write with an error: nothing was changed."""


@dataclass(frozen=True)
class ApnChange:
    cid: int
    old: PdpDefinition | None
    new: PdpDefinition
    sent: bool = True          # a +CGDCONT= write went to the modem
    credentials: bool = False  # the authentication was set too (+CGAUTH) and taken
    note: str | None = None           # what could not be done (undo: the old password)

    @property
    def changed(self) -> bool:
        return self.old != self.new


def _failure(reply: AtResponse) -> str:
    """The modem's refusal in its words, or what happened when it gave none."""
    if reply.complete:
        return (reply.final or reply.error_text or "").strip() or tr("Apn", "no reason given")
    if reply.error_text:
        return tr("Apn", "the modem restarted ({line})").format(line=reply.error_text)
    if reply.overflowed:
        return tr("Apn", "its answer never ended")
    return tr("Apn", "no answer within {seconds:.0f} s").format(seconds=reply.elapsed)


def read_contexts(session: AtSession) -> list[PdpDefinition]:
    reply = session.command("AT+CGDCONT?", timeout=5.0)
    if not reply.ok:
        raise ApnError(tr("Apn", "The modem did not list its data contexts: {error}").format(
            error=_failure(reply)))
    parsed = parse_cgdcont(reply.text)
    if isinstance(parsed, Unparsed):
        raise ApnError(tr("Apn", "simtool could not read the modem's data contexts: {raw}")
                       .format(raw=parsed.raw))
    return list(parsed.contexts)


def providers_for_sim(session: AtSession) -> tuple[str | None, list[Provider]]:
    """The SIM's IMSI and the provider database entries for its home network."""
    reply = session.command("AT+CIMI", timeout=5.0)
    parsed = parse_cimi(reply.text) if reply.ok else None
    if parsed is None or isinstance(parsed, Unparsed):
        return None, []
    return parsed.value, lookup_imsi(parsed.value)


def internet_apn_entry(provider: Provider) -> Apn | None:
    """The provider's first internet APN (with its user name and password, if any)."""
    return next((apn for apn in provider.apns if apn.is_internet), None)


def internet_apn(provider: Provider) -> str | None:
    entry = internet_apn_entry(provider)
    return entry.name if entry else None


def _undo_file(key: str) -> str:
    return str(undo_path("apn-undo", key))


# +CGAUTH <auth_prot> (TS 27.007 §10.1.31): what the APN editor offers.
AUTH_NONE, AUTH_PAP, AUTH_CHAP = 0, 1, 2
AUTH_TYPES = (AUTH_NONE, AUTH_PAP, AUTH_CHAP)
PDP_TYPES = ("IP", "IPV6", "IPV4V6")

_CGAUTH = re.compile(r"^\+CGAUTH:\s*(\d+)\s*,\s*(\d+)\s*(?:,\s*\"?([^\"\r\n]*)\"?)?",
                     re.MULTILINE)


def read_auth(session: AtSession, cid: int) -> tuple[int, str] | None:
    """(auth_prot, user name) of context `cid` (`+CGAUTH?`); None when the modem does not
    say. Modems never give the password back."""
    reply = session.command("AT+CGAUTH?", timeout=5.0)
    if not reply.ok:
        return None
    for match in _CGAUTH.finditer(reply.text):
        if int(match.group(1)) == cid:
            return int(match.group(2)), (match.group(3) or "").strip()
    return AUTH_NONE, ""            # a context with no +CGAUTH line has no authentication


def set_apn(session: AtSession, apn: str, *, cid: int = 1, pdp_type: str | None = None,
            user: str | None = None, password: str | None = None,
            auth: int | None = None) -> ApnChange:
    """Write the APN of context `cid`, keeping the old definition for undo().

    `auth` (AUTH_NONE, AUTH_PAP, AUTH_CHAP) sets the authentication with `user` and
    `password`; AUTH_NONE clears them. Without `auth`, a user name or password is sent
    with PAP (the common default), and nothing is sent when neither is given.
    """
    validate.apn(apn)
    validate.cid(cid)
    if user is not None:
        validate.credential(user, tr("Apn", "The user name"))
    if password is not None:
        validate.credential(password, tr("Apn", "The password"))
    if auth is not None and auth not in AUTH_TYPES:
        raise ApnError(tr("Apn", "Authentication type {auth} is not known; use 0 (none), 1 "
                          "(PAP) or 2 (CHAP).").format(auth=auth))
    if auth is None and (user is not None or password is not None):
        auth = AUTH_PAP
    old = next((c for c in read_contexts(session) if c.cid == cid), None)
    kind = pdp_type or (old.pdp_type if old and old.pdp_type else "IP")
    if kind not in PDP_TYPES:
        raise ApnError(tr("Apn", "PDP type {kind} is not supported here; use IP, IPV6 or "
                          "IPV4V6.").format(kind=kind))
    if old is not None and old.apn == apn and old.pdp_type == kind and auth is None:
        # Nothing to change; keep the saved undo state of the real last change.
        return ApnChange(cid, old, old, sent=False)
    old_auth = read_auth(session, cid) if auth is not None else None
    path = _undo_file(_modem_key(session))
    earlier = _saved_text(path)
    write_atomic(path, json.dumps(
        {"cid": cid, "old": old._asdict() if old else None,
         "auth_changed": auth is not None,
         "old_auth": list(old_auth) if old_auth is not None else None}, indent=2))
    try:
        _write(session, cid, f'AT+CGDCONT={cid},"{kind}","{apn}"',
               tr("Apn", "The modem refused the APN: {error}"), PdpDefinition(cid, kind, apn))
    except _Refused:
        # Nothing changed on the modem: the undo of the real last change stays (before,
        # a refused write left an undo that "restored" the unchanged value; issue 21).
        _restore_saved(path, earlier)
        raise
    if auth is not None:
        command = (f"AT+CGAUTH={cid},0" if auth == AUTH_NONE else
                   f'AT+CGAUTH={cid},{auth},"{user or ""}","{password or ""}"')
        answer = session.command(command, timeout=5.0, secret=auth != AUTH_NONE)
        if not answer.ok:
            # A refused login leaves the modem as it was: the APN written just before is
            # put back (an APN without the login it needs would not work either), and so
            # is the undo of the real last change (issue 21: earlier changes put back).
            raise _put_back(session, cid, old, path, earlier, _failure(answer))
    new = next((c for c in read_contexts(session) if c.cid == cid),
               PdpDefinition(cid, kind, apn))
    return ApnChange(cid, old, new, credentials=auth is not None)


def _write(session: AtSession, cid: int, command: str, refused: str,
           wanted: PdpDefinition | None) -> None:
    """Send one +CGDCONT= write. Refused: ApnError with `refused` ({error}). Not answered:
    the context is read back; when it is as `wanted` the write took, else the error says
    what the modem has now (a modem that stopped answering raises PortStalled there)."""
    reply = session.command(command, timeout=5.0)
    if reply.complete and not reply.ok:
        raise _Refused(refused.format(error=_failure(reply)))
    if not reply.complete:
        now = next((c for c in read_contexts(session) if c.cid == cid), None)
        if (now is None and wanted is None) or (
                now is not None and wanted is not None and now.apn == wanted.apn
                and (now.pdp_type or "IP").upper() == (wanted.pdp_type or "IP").upper()):
            return          # the confirmation went missing, the change did not
        raise ApnError(tr("Apn", "The modem did not confirm the change ({error}); context "
                          "{cid} now has APN {apn}.").format(
            error=_failure(reply), cid=cid,
            apn=repr(now.apn) if now is not None else tr("Apn", "(none: not defined)")))


def _saved_text(path: str) -> str | None:
    """The undo file as it is (None when there is none), to put back after a refusal."""
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.read()
    except (OSError, ValueError):
        return None


def _restore_saved(path: str, text: str | None) -> None:
    if text is not None:
        write_atomic(path, text)
        return
    try:
        os.remove(path)
    except FileNotFoundError:
        pass


def _put_back(session: AtSession, cid: int, old: PdpDefinition | None, path: str,
              earlier: str | None, error: str) -> ApnError:
    """After the modem refused the login: context `cid` back to `old` (undefined when it
    was), the undo file back to `earlier`; the error that tells the user what happened."""
    command = (f"AT+CGDCONT={cid}" if old is None else
               f'AT+CGDCONT={cid},"{old.pdp_type or "IP"}","{old.apn}"')
    try:
        _write(session, cid, command, "{error}", old)
    except ApnError as failed:
        # The new APN stays: the undo file written for it can still put the old one back.
        return ApnError(tr("Apn", "The modem refused the user name and password: {error}. "
                           "Putting the old APN back failed too ({failed}); undo with "
                           "'simtool apn --undo --allow-write'.").format(error=error,
                                                                       failed=failed))
    _restore_saved(path, earlier)
    return ApnError(tr("Apn", "The modem refused the user name and password: {error}. The "
                       "APN was put back as it was; nothing was changed.").format(error=error))


def _saved_definition(path: str) -> tuple[int, PdpDefinition | None, dict[str, object]]:
    """(cid, definition to restore; None = undefine the context) from the undo file, every
    value checked by the rules typed input obeys: the PDP type and APN came from the modem,
    and the file may have been edited."""
    try:
        with open(path, encoding="utf-8") as handle:
            saved = json.load(handle)
    except FileNotFoundError as error:
        raise ApnError(tr("Apn", "There is no earlier APN to restore for this modem.")) \
            from error
    except (OSError, ValueError) as error:
        raise _damaged(path, str(error)) from error
    try:
        cid = validate.cid(int(saved["cid"]))
        old = saved["old"]
        if old is None:
            return cid, None, saved
        restored = PdpDefinition(cid=cid, pdp_type=old.get("pdp_type"), apn=old["apn"])
        if set(old) - {"cid", "pdp_type", "apn"} or not isinstance(restored.apn, str) or \
                not isinstance(restored.pdp_type, str | None):
            raise ValueError("unexpected fields")
        validate.apn(restored.apn)
        validate.pdp_type(restored.pdp_type or "IP")
    except ValidationError as error:
        raise ApnError(tr("Apn", "The APN saved for undo is not valid ({error}); nothing was "
                          "sent to the modem. Set the APN with --set instead.").format(
            error=error)) from error
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise _damaged(path, str(error)) from error
    return cid, restored, saved


def _damaged(path: str, reason: str) -> ApnError:
    return ApnError(tr("Apn", "The undo file {path} is damaged ({reason}); nothing was sent to "
                       "the modem. Set the APN with --set instead.").format(path=path,
                                                                           reason=reason))


def undo(session: AtSession) -> ApnChange:
    """Restore the context definition saved before the last write on this modem."""
    key = _modem_key(session)
    cid, restored, saved = _saved_definition(_undo_file(key))
    current = next((c for c in read_contexts(session) if c.cid == cid), None)
    empty = PdpDefinition(cid, None, "")
    if current == restored and not saved.get("auth_changed"):
        # Already as saved: nothing to send; the undo is used up all the same.
        os.remove(_undo_file(key))
        return ApnChange(cid, current, restored or empty, sent=False)
    refused = tr("Apn", "The modem refused to restore the APN: {error}")
    if restored is None:
        _write(session, cid, f"AT+CGDCONT={cid}", refused, None)   # undefines the context
    else:
        _write(session, cid,
               f'AT+CGDCONT={cid},"{restored.pdp_type or "IP"}","{restored.apn}"', refused,
               restored)
    note = _restore_auth(session, cid, saved) if saved.get("auth_changed") else None
    # Undo is one step: a second --undo must not "restore" the same value again silently.
    os.remove(_undo_file(key))
    now = next((c for c in read_contexts(session) if c.cid == cid), None)
    return ApnChange(cid, current, now or empty, note=note)


def _restore_auth(session: AtSession, cid: int, saved: dict[str, object]) -> str | None:
    """Put back the authentication the context had; None when it was restored, else why
    not (modems never give a password back, so a PAP/CHAP login cannot be restored)."""
    old_auth = saved.get("old_auth")
    if isinstance(old_auth, list) and old_auth and old_auth[0] == AUTH_NONE:
        reply = session.command(f"AT+CGAUTH={cid},0", timeout=5.0)
        if reply.ok:
            return None
    return tr("Apn", "The user name and password were not restored: the modem does not "
              "give the old password back. Enter them again if the APN needs them.")
