"""The ZTE source: read a ZTE stick or pocket router through its goform web API, read-only.

One read asks for every field the checklist needs in one GET and the SMS inbox in a
second, in parallel; waits while the SIM initialises (the UI's "loading" states); logs in
only when the device blanked what the checklist needs and a password was given (once,
after reading the attempts left; never at the last one), reads again, logs out.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from simtool.at.session import Cancelled
from simtool.facts import Facts
from simtool.i18n import tr
from simtool.log import get_logger
from simtool.sources.base import Credentials, Progress, TranscriptRecorder
from simtool.sources.zte import codes
from simtool.sources.zte.client import NotGoform, Redirected, ZteClient, mask
from simtool.sources.zte.mapping import FIELDS, facts_from, gated_groups
from simtool.transport.errors import LoginRequired, PortError, PortNotFound
from simtool.transport.http import HttpCancelled, HttpClient, split_host_port

log = get_logger(__name__)
CTX = "ZTE"
SIM_BUSY_POLL = 1.0


def _t(text: str) -> str:
    return tr(CTX, text)


def _count(value: Any) -> int | None:
    text = str(value if value is not None else "").strip()
    return int(text) if text.isdigit() else None


class ZteSource:
    via = "zte"

    def __init__(self, url: str, *, timeout: float = 10.0, progress: Progress | None = None,
                 sim_busy_wait: float = 60.0, credentials: Credentials | None = None,
                 sms: bool = True) -> None:
        self.url = url
        self.timeout = timeout
        self.progress = progress
        self.sim_busy_wait = sim_busy_wait
        self.credentials = credentials
        self.sms = sms
        self._recorder = TranscriptRecorder()
        self._cancelled = threading.Event()
        self._http: HttpClient | None = None
        self._login_problem: str | None = None

    @property
    def transcript(self) -> list[Any]:
        return self._recorder.snapshot()

    def cancel(self) -> None:
        self._cancelled.set()
        if self._http is not None:
            self._http.cancel()

    def _say(self, step: str, message: str) -> None:
        if self.progress is not None:
            self.progress(step, message)

    def _where(self) -> str:
        return self._http.where if self._http is not None else self.url

    def connect(self) -> ZteClient:
        address = self.url.partition("://")[2].split("/", 1)[0]
        userinfo, _, hostport = address.rpartition("@")
        if userinfo:
            raise PortError(_t("Do not put a user or password in the URL: it would end up in "
                               "reports and shell history. Use --password-env VAR."),
                            url=self.url)
        try:
            host, port = split_host_port(hostport)
        except ValueError:
            raise PortNotFound(_t("{url} is not a device address: use zte://HOST or "
                                  "zte://HOST:PORT.").format(url=self.url), url=self.url) from None
        self._http = HttpClient(host, port, timeout=self.timeout, record=self._recorder,
                                mask=mask)
        if self._cancelled.is_set():
            self._http.cancel()
        self._say("port", _t("Talking to the ZTE device at {where}…").format(
            where=self._http.where))
        return ZteClient(self._http)

    def read(self) -> Facts:
        try:
            return self._guard(lambda: self._read(self.connect()))
        finally:
            if self._http is not None:
                self._http.close()

    def _guard(self, call: Callable[[], Any]) -> Any:
        try:
            return call()
        except HttpCancelled:
            raise Cancelled(_t("The check was cancelled.")) from None
        except PortError:
            if self._cancelled.is_set():
                raise Cancelled(_t("The check was cancelled.")) from None
            raise
        except Redirected:
            raise LoginRequired(_t("{where} sends every request to its login page."
                                   ).format(where=self._where()), url=self.url,
                                remedy=self._login_remedy()) from None
        except NotGoform as error:
            raise PortError(_t("{where} does not answer like a ZTE goform device (\"{sample}\")."
                               ).format(where=self._where(), sample=error.sample[:60]),
                            url=self.url, remedy=_t(
                                "Check the address; a Huawei HiLink device is read with "
                                "hilink://HOST.")) from None

    def _fields_and_sms(self, client: ZteClient) -> tuple[dict[str, Any], list[Any] | None]:
        if not self.sms:
            return client.get(FIELDS), None
        with ThreadPoolExecutor(max_workers=2, thread_name_prefix="zte") as pool:
            fields = pool.submit(client.get, FIELDS)
            sms = pool.submit(client.sms_list)
            try:
                messages: list[Any] | None = sms.result()
            except (NotGoform, Redirected):
                messages = None        # no SMS list on this model, or not before login
            return fields.result(), messages

    def _read(self, client: ZteClient) -> Facts:
        self._say("sim-present", _t("Reading the device's status…"))
        fields, messages = self._fields_and_sms(client)
        fields, messages = self._wait_for_sim(client, fields, messages)
        logged_in = str(fields.get("loginfo") or "") == codes.LOGGED_IN
        login_state: str | None = "logged-in" if logged_in else None
        attempts_left = _count(fields.get("psw_fail_num_str"))
        gated = gated_groups(fields, logged_in)
        we_logged_in = False
        try:
            if gated and self.credentials is not None:
                login_state = self._login(client, fields)
                we_logged_in = login_state == "logged-in"
                if we_logged_in:
                    fields, messages = self._fields_and_sms(client)
                    logged_in = True
                attempts_left = _count(fields.get("psw_fail_num_str"))
        finally:
            if we_logged_in:
                try:
                    client.logout()
                except (PortError, NotGoform, Redirected):
                    log.debug("logout failed", exc_info=True)
        if self.credentials is not None and login_state in ("refused", "locked", "failed"):
            raise LoginRequired(self._login_problem or _t("The login failed."), url=self.url,
                                remedy=self._login_remedy())
        if not str(fields.get("modem_main_state") or ""):
            raise PortError(_t("{where} did not give its SIM state (modem_main_state)."
                               ).format(where=self._where()), url=self.url,
                            remedy=_t("Check that it is a ZTE stick or router; wait a minute "
                                      "and run the check again."))
        facts = facts_from(fields, messages, logged_in)
        if facts.router.login_required and set(facts.router.login_required) >= {
                "network", "signal"}:
            raise LoginRequired(_t("{where} shows its network and signal only after its admin "
                                   "login, and no password was given.").format(
                where=self._where()), url=self.url, remedy=self._login_remedy())
        facts.router.login = login_state or ("needed" if facts.router.login_required
                                             else "not-needed")
        facts.router.login_attempts_left = attempts_left
        facts.reachable = True
        return facts

    def _wait_for_sim(self, client: ZteClient, fields: dict[str, Any],
                      messages: list[Any] | None) -> tuple[dict[str, Any], list[Any] | None]:
        deadline = time.monotonic() + self.sim_busy_wait
        waited = False
        while (str(fields.get("modem_main_state") or "") in codes.TEMPORARY
               and time.monotonic() < deadline):
            if not waited:
                self._say("sim-health", _t("The SIM is starting; waiting for it…"))
                waited = True
            if self._cancelled.wait(SIM_BUSY_POLL):
                raise Cancelled(_t("The check was cancelled."))
            fields = client.get(["modem_main_state"])
        if waited:
            return self._fields_and_sms(client)
        return fields, messages

    def _login(self, client: ZteClient, fields: dict[str, Any]) -> str:
        assert self.credentials is not None
        left = _count(fields.get("psw_fail_num_str"))
        left = codes.LOGIN_TRIES_DEFAULT if left is None else left
        if left == 0:
            self._login_problem = _t("The device's login is locked after too many wrong "
                                     "passwords; simtool did not try. Wait (often 5 minutes) "
                                     "and try again.")
            return "locked"
        if left <= 1:
            self._login_problem = _t(
                "Only 1 login attempt is left before the device locks its login; simtool does "
                "not spend it. Log in on the device's own page, or wait until the counter "
                "resets.")
            return "refused"
        self._say("port", _t("Logging in to the device (one attempt)…"))
        client.login(self.credentials.password)
        after = client.get(["loginfo", "psw_fail_num_str"])
        if str(after.get("loginfo") or "") == codes.LOGGED_IN:
            return "logged-in"
        remaining = _count(after.get("psw_fail_num_str"))
        self._login_problem = _t(
            "The device refused the password ({left} attempts left). simtool tried once and "
            "does not try again in this run: check the password before the next run.").format(
            left="?" if remaining is None else remaining)
        return "locked" if remaining == 0 else "refused"

    def _login_remedy(self) -> str:
        return _t("Give the device's admin password (the one for its web page, often on a "
                  "label on the device) in an environment variable: `SIMTOOL_PASSWORD=... "
                  "simtool check --port {url} --password-env SIMTOOL_PASSWORD`. simtool makes "
                  "one attempt and never stores it.").format(url=self.url)
