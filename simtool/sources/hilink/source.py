"""The HiLink source: read a Huawei stick or router through its web API, read-only.

One read: open a session (GET / for the cookie and tokens), read the status endpoints in
parallel, wait while the SIM initialises (SimState 262), log in only when something the
checklist needs is behind the admin login and a password was given (once, after reading
the lock state), read what the login opened, log out, and map it all (mapping.py).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from simtool.at.session import Cancelled
from simtool.facts import Facts
from simtool.i18n import tr
from simtool.log import get_logger
from simtool.sources.base import Credentials, Progress, TranscriptRecorder
from simtool.sources.hilink import codes
from simtool.sources.hilink.client import (
    HilinkClient,
    HttpStatus,
    Redirected,
    mask,
    request_xml,
)
from simtool.sources.hilink.mapping import facts_from
from simtool.sources.hilink.parse import ApiError, NotApi, integer
from simtool.transport.errors import LoginRequired, PortError, PortNotFound
from simtool.transport.http import HttpCancelled, HttpClient, split_host_port

log = get_logger(__name__)
CTX = "HiLink"

# GETs read in parallel. Sticks serve a handful of connections at once; four keeps the
# read fast without queueing on the device's small web server.
PARALLEL = 4
READS = ("pin/status", "monitoring/status", "net/current-plmn", "device/signal",
         "device/basic_information", "device/information", "dialup/mobile-dataswitch",
         "dialup/profiles", "monitoring/month_statistics", "monitoring/start_date",
         "pin/simlock")
# Without these two there is nothing to judge: behind the login they stop the check.
ESSENTIAL = ("pin/status", "monitoring/status")
SMS_LIST = "sms/sms-list"
SIM_BUSY_POLL = 1.0
DEFAULT_USERNAME = "admin"


def _t(text: str) -> str:
    return tr(CTX, text)


class HilinkSource:
    """`read()` in one thread, `cancel()` from any."""

    via = "hilink"

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
        self.client: HilinkClient | None = None

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

    # -- the read -----------------------------------------------------------------------

    def connect(self) -> HilinkClient:
        """A started session with the device (for actions as well as the read)."""
        address = self.url.partition("://")[2].split("/", 1)[0]
        userinfo, _, hostport = address.rpartition("@")
        if ":" in userinfo:
            raise PortError(_t("Do not put the password in the URL: it would end up in "
                               "reports and shell history. Use --password-env VAR."),
                            url=self.url)
        if userinfo and self.credentials is not None and not self.credentials.username:
            self.credentials = Credentials(self.credentials.password, userinfo)
        try:
            host, port = split_host_port(hostport)
        except ValueError:
            raise PortNotFound(_t("{url} is not a device address: use hilink://HOST or "
                                  "hilink://HOST:PORT.").format(url=self.url),
                               url=self.url) from None
        self._http = HttpClient(host, port, timeout=self.timeout, record=self._recorder,
                                mask=mask)
        if self._cancelled.is_set():
            self._http.cancel()
        self.client = HilinkClient(self._http)
        self._say("port", _t("Talking to the HiLink device at {where}…").format(
            where=self._http.where))
        self._guard(self.client.start)
        return self.client

    def read(self) -> Facts:
        try:
            client = self.connect()
            return self._read(client)
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

    def _read_all(self, client: HilinkClient, endpoints: Sequence[str],
                  answers: dict[str, Any], gated: set[str]) -> None:
        """GET `endpoints` in parallel into `answers`; those that want login into `gated`.
        The first transport error (timeout, refused) stops the read."""
        def one(endpoint: str) -> tuple[str, Any, BaseException | None]:
            try:
                return endpoint, client.get(endpoint), None
            except (ApiError, Redirected, HttpStatus, NotApi, PortError) as error:
                return endpoint, None, error

        with ThreadPoolExecutor(max_workers=min(PARALLEL, len(endpoints)) or 1,
                                thread_name_prefix="hilink") as pool:
            results = list(pool.map(one, endpoints))
        for endpoint, value, error in results:
            self._file(endpoint, value, error, answers, gated)

    def _file(self, endpoint: str, value: Any, error: BaseException | None,
              answers: dict[str, Any], gated: set[str]) -> None:
        if error is None:
            answers[endpoint] = value
            gated.discard(endpoint)
            return
        if isinstance(error, HttpCancelled) or (isinstance(error, PortError)
                                               and self._cancelled.is_set()):
            raise Cancelled(_t("The check was cancelled."))
        if isinstance(error, PortError):
            raise error
        if isinstance(error, Redirected) or (isinstance(error, ApiError)
                                             and error.code == codes.ERROR_LOGIN_REQUIRED):
            gated.add(endpoint)       # a redirect from the API is to the login page
        elif isinstance(error, NotApi) and endpoint in ESSENTIAL:
            raise PortError(_t("{where} answered {endpoint} with something that is not the "
                               "HiLink API (\"{sample}\"): it is probably not a Huawei HiLink "
                               "device.").format(where=self._where(), endpoint=endpoint,
                                                 sample=error.sample[:60]),
                            url=self.url, remedy=_t(
                                "Check the address; a ZTE router is read with zte://HOST."))
        else:
            # Not supported by this model (100002, 404...) or a one-off error: that fact
            # stays unknown. Kept in the log; the transcript has the answer.
            log.debug("%s: %s", endpoint, error)

    def _where(self) -> str:
        return self._http.where if self._http is not None else self.url

    def _read(self, client: HilinkClient) -> Facts:
        answers: dict[str, Any] = {}
        gated: set[str] = set()
        self._say("sim-present", _t("Reading the device's status…"))
        # The inbox (a POST) is read beside the status GETs.
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="hilink-sms") as side:
            inbox = side.submit(self._sms_answer, client) if self.sms else None
            self._read_all(client, READS, answers, gated)
            if inbox is not None:
                self._file(SMS_LIST, *inbox.result(), answers, gated)
        self._wait_for_sim(client, answers, gated)
        login_state, attempts_left = None, None
        logged_in = False
        try:
            # The inbox alone is evidence, not a fact the checklist needs: no login for it.
            if gated - {SMS_LIST}:
                login_state, attempts_left = self._maybe_login(client, gated)
                logged_in = login_state == "logged-in"
                if logged_in:
                    self._read_all(client, sorted(gated - {SMS_LIST}), answers, gated)
                    if SMS_LIST in gated and self.sms:
                        self._read_sms(client, answers, gated)
        finally:
            if logged_in:
                self._logout(client)
        if self.credentials is not None and login_state in ("refused", "locked", "failed"):
            # The user asked for the login: say at once that it did not work.
            raise self._login_error(login_state, attempts_left)
        missing = [endpoint for endpoint in ESSENTIAL if endpoint not in answers]
        if missing and all(endpoint in gated for endpoint in missing):
            raise self._login_error(login_state, attempts_left)
        if missing:
            raise PortError(_t("{where} did not give its SIM and network status ({endpoints})."
                               ).format(where=self._where(), endpoints=", ".join(missing)),
                            url=self.url, remedy=_t("Wait a minute and run the check again; "
                                                    "if it persists, restart the device."))
        facts = facts_from(answers, gated)
        facts.router.login = login_state or ("needed" if gated else "not-needed")
        facts.router.login_attempts_left = attempts_left
        facts.reachable = True
        return facts

    def _wait_for_sim(self, client: HilinkClient, answers: dict[str, Any],
                      gated: set[str]) -> None:
        """SimState 262: the SIM is initialising; the WebUI polls until it is not."""
        deadline = time.monotonic() + self.sim_busy_wait
        waited = False
        while (isinstance(answers.get("pin/status"), dict)
               and answers["pin/status"].get("SimState") == "262"
               and time.monotonic() < deadline):
            if not waited:
                self._say("sim-health", _t("The SIM is starting; waiting for it…"))
                waited = True
            if self._cancelled.wait(SIM_BUSY_POLL):
                raise Cancelled(_t("The check was cancelled."))
            self._read_all(client, ("pin/status",), answers, gated)
        if waited:
            self._read_all(client, READS, answers, gated)   # everything changed with it

    def _sms_answer(self, client: HilinkClient) -> tuple[Any, BaseException | None]:
        """The local inbox, newest first (listing leaves messages unread: no set-read)."""
        body = request_xml([("PageIndex", "1"), ("ReadCount", "20"), ("BoxType", "1"),
                            ("SortType", "0"), ("Ascending", "0"), ("UnreadPreferred", "0")])
        try:
            return client.post(SMS_LIST, body), None
        except (ApiError, Redirected, HttpStatus, NotApi, PortError) as caught:
            return None, caught

    def _read_sms(self, client: HilinkClient, answers: dict[str, Any],
                  gated: set[str]) -> None:
        self._file(SMS_LIST, *self._sms_answer(client), answers, gated)

    # -- login --------------------------------------------------------------------------

    def _maybe_login(self, client: HilinkClient, gated: set[str]
                     ) -> tuple[str, int | None]:
        """One guarded login attempt, or none. Returns (router.login, attempts left)."""
        if self.credentials is None:
            return "needed", None
        password = self.credentials.password
        username = self.credentials.username or DEFAULT_USERNAME
        if len(password) > codes.PASSWORD_MAX_CHARS:
            self._login_problem = _t(
                "The password is longer than the {count} characters the device's page accepts; "
                "sending it would fail and count as a wrong attempt, so simtool did not send "
                "it.").format(count=codes.PASSWORD_MAX_CHARS)
            return "failed", None
        try:
            state = self._guard(client.state_login)
        except (ApiError, Redirected, HttpStatus, NotApi) as error:
            self._login_problem = _t("The device did not tell its login state ({error}), so "
                                     "simtool did not try to log in.").format(error=error)
            return "failed", None
        # No HiLink firmware in the reference reports the attempts left: only the lock.
        attempts_left: int | None = None
        if str(state.get("State", "")) == codes.LOGIN_STATE_LOGGED_IN:
            return "logged-in", attempts_left
        lock = str(state.get("lockstatus") or "0")
        wait = integer(str(state.get("remainwaittime") or "0")) or 0
        if lock not in ("0", "") or wait > 0:
            self._login_problem = _t(
                "The device's login is locked after too many wrong passwords{wait}; simtool did "
                "not try.").format(wait=_t(" for {minutes} more minutes").format(
                    minutes=max(1, (wait + 59) // 60)) if wait > 0 else "")
            return "locked", attempts_left
        if str(state.get("extern_password_type") or "") == "1":
            self._login_problem = _t(
                "This device uses a login method (SCRAM) that simtool does not support yet; "
                "simtool did not try. Log in on the device's own page instead.")
            return "failed", attempts_left
        password_type = str(state.get("password_type") or "0")
        if password_type not in (*codes.PASSWORD_TYPE_BASE64, codes.PASSWORD_TYPE_SHA256):
            self._login_problem = _t("The device asks for password type {type}, which simtool "
                                     "does not know; simtool did not try.").format(
                type=password_type)
            return "failed", attempts_left
        self._say("port", _t("Logging in to the device (one attempt)…"))
        try:
            self._guard(lambda: client.login(username, password, password_type))
        except ApiError as error:
            return self._login_refused(error), attempts_left
        except (Redirected, HttpStatus, NotApi) as error:
            self._login_problem = _t("The login was not accepted ({error}); simtool does not "
                                     "try again in this run.").format(error=error)
            return "failed", attempts_left
        return "logged-in", attempts_left

    _login_problem: str | None = None

    def _login_refused(self, error: ApiError) -> str:
        code = error.code
        if code in codes.WRONG_CREDENTIALS:
            self._login_problem = _t(
                "The device refused the user name or password (error {code}). simtool tried "
                "once and does not try again in this run: check the password (letters are "
                "case-sensitive) before the next run, since each wrong one counts towards the "
                "device's lock.").format(code=code)
            return "refused"
        if code == codes.ERROR_LOGIN_LOCKED:
            self._login_problem = _t("The device's login is locked after too many wrong "
                                     "passwords (error {code}): wait before trying again."
                                     ).format(code=code)
            return "locked"
        if code == codes.ERROR_PASSWORD_MUST_CHANGE:
            self._login_problem = _t("The device wants its admin password changed first "
                                     "(error {code}): do that on its own page.").format(code=code)
            return "failed"
        if code in (codes.ERROR_TOO_MANY_USERS, codes.ERROR_LOGGED_IN_ELSEWHERE):
            self._login_problem = _t("Someone else is logged in to the device (error {code}): "
                                     "log out there, or wait a few minutes.").format(code=code)
            return "failed"
        self._login_problem = _t("The device did not accept the login (error {code}: {text}); "
                                 "simtool does not try again in this run.").format(
            code=code, text=codes.ERROR_TEXT.get(code, "unknown"))
        return "failed"

    def _login_error(self, state: str | None, attempts_left: int | None,
                     action: bool = False) -> LoginRequired:
        where = self._where()
        if (state is None or state == "needed") and action:
            message = _t("{where} wants its admin login for this, and no password was given."
                         ).format(where=where)
        elif state is None or state == "needed":
            message = _t("{where} shows its SIM and network status only after its admin login, "
                         "and no password was given.").format(where=where)
        else:
            message = self._login_problem or _t("The login to {where} failed.").format(
                where=where)
        remedy = _t("Give the device's admin password (the one for its web page, often on a "
                    "label on the device) in an environment variable: `SIMTOOL_PASSWORD=... "
                    "simtool check --port {url} --password-env SIMTOOL_PASSWORD`. simtool "
                    "makes one attempt and never stores it.").format(url=self.url)
        return LoginRequired(message, url=self.url, remedy=remedy)

    def _logout(self, client: HilinkClient) -> None:
        """Always log out: some devices allow one session and keep a stale one ~10 min."""
        try:
            client.logout()
        except (ApiError, Redirected, HttpStatus, NotApi, PortError):
            log.debug("logout failed", exc_info=True)
