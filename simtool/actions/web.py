"""What changes a stick or router read over its web API (hilink://, zte://), and the USSD
it offers: the mobile-data switch and the APN profile in use (HiLink; write actions), and
USSD codes (balance, top-up: HiLink and ZTE).

Each action opens its own session, makes the one request it is about, and logs out. When
the device wants its admin login for it, the login follows the read's rules (one attempt,
lock state first, never at the last attempt) and needs the password the user gave.
The reference documents no goformId for ZTE's data switch or APN selection, so those are
refused on ZTE rather than guessed.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from simtool.errors import SimtoolError, UsageError
from simtool.i18n import tr
from simtool.sources import kind_of
from simtool.sources.base import Credentials
from simtool.transport.errors import LoginRequired, PortError

CTX = "WebActions"
USSD_WAIT = 30.0          # how long the network may take to answer a USSD code
USSD_POLL = 0.5


class WebActionError(SimtoolError):
    """The device refused or failed the action; the message says what it answered."""


@dataclass
class Profile:
    index: str
    name: str
    apn: str
    current: bool


def _t(text: str) -> str:
    return tr(CTX, text)


def web_kind(url: str) -> str | None:
    """"hilink" or "zte" for a web device's URL, None for an AT port."""
    kind = kind_of(url)
    return kind if kind in ("hilink", "zte") else None


class _HilinkSession:
    """A HiLink session for one action: connect, log in only if a request wants it."""

    def __init__(self, url: str, timeout: float, credentials: Credentials | None) -> None:
        from simtool.sources.hilink.source import HilinkSource

        self.source = HilinkSource(url, timeout=timeout, credentials=credentials, sms=False)
        self.client = self.source.connect()
        self.logged_in = False

    def call(self, request: Any) -> Any:
        """`request(client)`; on "login required" log in once (if allowed) and repeat it:
        the device refused the first one, so nothing was done twice."""
        from simtool.sources.hilink import codes
        from simtool.sources.hilink.client import Redirected
        from simtool.sources.hilink.parse import ApiError

        try:
            return request(self.client)
        except Redirected:
            pass
        except ApiError as error:
            if error.code != codes.ERROR_LOGIN_REQUIRED:
                raise
        if self.logged_in:
            raise WebActionError(_t("The device refused the request even after login."))
        state, _left = self.source._maybe_login(self.client, {"action"})
        if state != "logged-in":
            raise self.source._login_error(state, None, action=True)
        self.logged_in = True
        return request(self.client)

    def close(self) -> None:
        if self.logged_in:
            self.source._logout(self.client)
        if self.source._http is not None:
            self.source._http.close()


def _hilink_error(error: Exception) -> WebActionError:
    from simtool.sources.hilink import codes
    from simtool.sources.hilink.parse import ApiError

    if isinstance(error, ApiError):
        text = codes.USSD_ERRORS.get(error.code)
        meaning = tr("HiLink", text) if text else codes.ERROR_TEXT.get(error.code,
                                                                      "unknown error")
        return WebActionError(_t("The device answered error {code} ({meaning}).").format(
            code=error.code, meaning=meaning))
    return WebActionError(_t("The device did not answer as expected ({error}).").format(
        error=error))


def _hilink(url: str, timeout: float, credentials: Credentials | None, request: Any) -> Any:
    from simtool.sources.hilink.client import HttpStatus, Redirected
    from simtool.sources.hilink.parse import ApiError, NotApi

    session = _HilinkSession(url, timeout, credentials)
    try:
        return request(session)
    except (ApiError, NotApi, HttpStatus, Redirected) as error:
        raise _hilink_error(error) from None
    finally:
        session.close()


def _zte_only_ussd(url: str) -> None:
    raise UsageError(_t("{url}: the ZTE web API documents no request for this; use the "
                        "device's own page.").format(url=url))


# --- the mobile-data switch (HiLink) ----------------------------------------------------

def set_mobile_data(url: str, on: bool, *, timeout: float = 10.0,
                    credentials: Credentials | None = None) -> bool:
    """Switch the device's mobile data on or off; returns the switch as it was before."""
    if web_kind(url) != "hilink":
        _zte_only_ussd(url)
    from simtool.sources.hilink.client import request_xml

    def act(session: _HilinkSession) -> bool:
        before = session.call(lambda c: c.get("dialup/mobile-dataswitch"))
        was_on = isinstance(before, dict) and str(before.get("dataswitch")) == "1"
        session.call(lambda c: c.post("dialup/mobile-dataswitch",
                                      request_xml([("dataswitch", "1" if on else "0")])))
        return was_on

    result: bool = _hilink(url, timeout, credentials, act)
    return result


# --- APN profiles (HiLink) --------------------------------------------------------------

def profiles(url: str, *, timeout: float = 10.0,
             credentials: Credentials | None = None) -> list[Profile]:
    if web_kind(url) != "hilink":
        _zte_only_ussd(url)
    from simtool.sources.hilink.parse import as_list

    def read(session: _HilinkSession) -> list[Profile]:
        answer = session.call(lambda c: c.get("dialup/profiles"))
        answer = answer if isinstance(answer, dict) else {}
        current = str(answer.get("CurrentProfile") or "")
        container = answer.get("Profiles")
        items = as_list(container.get("Profile") if isinstance(container, dict) else None)
        return [Profile(str(p.get("Index") or ""), str(p.get("Name") or ""),
                        str(p.get("ApnName") or ""), str(p.get("Index") or "") == current)
                for p in items if isinstance(p, dict)]

    result: list[Profile] = _hilink(url, timeout, credentials, read)
    return result


def select_profile(url: str, index: str, *, timeout: float = 10.0,
                   credentials: Credentials | None = None) -> str | None:
    """Make profile `index` the one the device dials with; returns the previous index."""
    if not index.isdigit() or len(index) > 3:
        raise UsageError(_t("A profile number is digits, as `simtool profile` lists them."))
    known = profiles(url, timeout=timeout, credentials=credentials)
    if index not in {p.index for p in known}:
        raise UsageError(_t("The device has no profile {index}; it has: {indexes}.").format(
            index=index, indexes=", ".join(p.index for p in known) or "-"))
    previous = next((p.index for p in known if p.current), None)
    from simtool.sources.hilink.client import request_xml

    def act(session: _HilinkSession) -> None:
        # Field order as the WebUI sends it (some models check the order).
        session.call(lambda c: c.post("dialup/profiles", request_xml([
            ("SetDefault", index), ("Delete", "0"), ("Modify", "0")])))

    _hilink(url, timeout, credentials, act)
    return previous


# --- USSD (HiLink and ZTE) --------------------------------------------------------------

def run_ussd(url: str, code: str, *, timeout: float = 10.0,
             credentials: Credentials | None = None, wait: float = USSD_WAIT) -> str:
    """Send a USSD code (validated by the caller) and return the network's answer."""
    if web_kind(url) == "zte":
        return _zte_ussd(url, code, timeout, credentials, wait)
    from simtool.sources.hilink import codes
    from simtool.sources.hilink.client import request_xml
    from simtool.sources.hilink.parse import ApiError

    def act(session: _HilinkSession) -> str:
        session.call(lambda c: c.post("ussd/send", request_xml([
            ("content", code), ("codeType", "CodeType"), ("timeout", "")])))
        deadline = time.monotonic() + wait
        while True:
            try:
                answer = session.call(lambda c: c.get("ussd/get"))
                break
            except ApiError as error:
                if error.code in codes.USSD_ERRORS and error.code != 111019 or \
                        time.monotonic() > deadline:
                    raise
            time.sleep(USSD_POLL)
        try:
            session.client.post("ussd/release", request_xml([]))
        except (ApiError, PortError):
            pass          # the session ends by itself on devices without release
        return str(answer.get("content") or "") if isinstance(answer, dict) else ""

    result: str = _hilink(url, timeout, credentials, act)
    return result


def _zte_ussd(url: str, code: str, timeout: float, credentials: Credentials | None,
              wait: float) -> str:
    from simtool.sources.zte import codes
    from simtool.sources.zte.client import NotGoform, Redirected
    from simtool.sources.zte.mapping import decode_ucs2
    from simtool.sources.zte.source import ZteSource

    source = ZteSource(url, timeout=timeout, credentials=credentials, sms=False)
    client = source.connect()
    logged_in = False
    try:
        fields = client.get(["loginfo", "psw_fail_num_str", "modem_main_state"])
        if credentials is not None and str(fields.get("loginfo") or "") != codes.LOGGED_IN:
            state = source._login(client, fields)
            if state != "logged-in":
                raise LoginRequired(source._login_problem or _t("The login failed."),
                                    url=url, remedy=source._login_remedy())
            logged_in = True
        result = client.set("USSD_PROCESS", USSD_operator="ussd_send",
                            USSD_send_number=code, notCallback="true")
        if result not in ("success", "0"):
            raise WebActionError(_t("The device refused the USSD request ({result}); it may "
                                    "need its admin password (--password-env).").format(
                result=result or "?"))
        deadline = time.monotonic() + wait
        flag = ""
        while time.monotonic() < deadline:
            flag = str(client.get(["ussd_write_flag"]).get("ussd_write_flag") or "")
            if flag == codes.USSD_DONE or flag in codes.USSD_FAILED:
                break
            time.sleep(USSD_POLL)
        if flag != codes.USSD_DONE:
            why = codes.USSD_FAILED.get(flag, _t("no answer in time"))
            raise WebActionError(_t("The USSD code got no answer: {why}.").format(why=why))
        info = client.get(["ussd_data_info"]).get("ussd_data_info")
        data = str(info.get("ussd_data") or "") if isinstance(info, dict) else ""
        return decode_ucs2(data)
    except (NotGoform, Redirected) as error:
        raise WebActionError(_t("The device did not answer as expected ({error}).").format(
            error=error)) from None
    finally:
        if logged_in:
            try:
                client.logout()
            except (PortError, NotGoform, Redirected):
                pass
        if source._http is not None:
            source._http.close()


def sim_providers(url: str, *, timeout: float = 10.0,
                  credentials: Credentials | None = None) -> tuple[str | None, list[Any]]:
    """The SIM's IMSI (None when the device does not give it: locked SIM, or behind the
    admin login) and the provider database's entries for it."""
    from simtool.providers.database import lookup_imsi

    source: Any
    if web_kind(url) == "zte":
        from simtool.sources.zte.source import ZteSource

        source = ZteSource(url, timeout=timeout, credentials=credentials, sms=False)
    else:
        from simtool.sources.hilink.source import HilinkSource

        source = HilinkSource(url, timeout=timeout, credentials=credentials, sms=False)
    imsi = source.read().sim.imsi
    return imsi, lookup_imsi(imsi) if imsi else []
