"""The HiLink web API over HTTP: session, tokens, reads, and the one guarded login.

Why not huawei-lte-api (HLA, the reference client): it reads anonymously well, but
- its Session wraps every POST in "on 125002 reload and send again", so one `user/login`
  can become two login attempts, the second with a stale token in a SHA-256 password (a
  counted failure): our rule is one attempt per run, never a second;
- `Connection(url, password=...)` logs in inside the constructor without reading
  `lockstatus`/`remainwaittime` first, and logs the password at DEBUG level;
- it follows a 302 to the login page, and a login page that parses as XML then comes back
  as a dict of the page's elements with no error at all (tried on the simulated device:
  `device.information()` returned `{'html': {...}}`); HTML that is not well-formed raises
  the XML parser's exception. We need "needs login" and "not a HiLink device" told apart;
- its token list is shared state that GETs may reload from any thread: no parallel reads;
- importing it (requests, xmltodict, pycryptodomex) takes 140-210 ms here, against ~27 ms
  for http.client, for a dozen GETs.
So simtool speaks the protocol itself (the reference's §1-§4); the simulated HiLink device is
tested against HLA to keep both honest.
"""

from __future__ import annotations

import base64
import hashlib
import re
import threading
from typing import Any

from simtool.sources.hilink.parse import ApiError, csrf_tokens, parse_answer
from simtool.transport.http import HttpClient, HttpReply

REDIRECTS = (301, 302, 303, 307, 308)


class Redirected(Exception):
    """The device answered an API request with a redirect (to its login page)."""

    def __init__(self, location: str | None) -> None:
        super().__init__(location or "")
        self.location = location


class HttpStatus(Exception):
    """An API request answered with an HTTP error status (404, 500...)."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(f"{status} {reason}")
        self.status = status


_SECRETS = [
    (re.compile(r"(<Password>)[^<]*(</Password>)", re.IGNORECASE), r"\1********\2"),
    (re.compile(r"(<(?:token|TokInfo|SesInfo)>)[^<]*(</)", re.IGNORECASE), r"\1********\2"),
    (re.compile(r'(name="csrf_token"\s+content=")[^"]*(")'), r"\1********\2"),
]


def mask(text: str) -> str:
    """Passwords, tokens and session ids out of a transcript line."""
    for pattern, replacement in _SECRETS:
        text = pattern.sub(replacement, text)
    return text


def escape(text: str) -> str:
    """XML text escaping (xml.sax.saxutils.escape imports urllib.request: ~20 ms)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def request_xml(fields: list[tuple[str, str]]) -> bytes:
    """`<request>` with the fields in this order (some devices check the order)."""
    body = "".join(f"<{name}>{escape(value)}</{name}>" for name, value in fields)
    return f'<?xml version="1.0" encoding="UTF-8"?><request>{body}</request>'.encode()


def encode_password(username: str, password: str, password_type: str, token: str) -> str:
    """The Password field of user/login (reference §4): base64 for types 0 and 3; for 4,
    base64(hex(sha256(username + base64(hex(sha256(password))) + token)))."""
    if password_type == "4":
        inner = base64.b64encode(hashlib.sha256(password.encode()).hexdigest().encode())
        joined = username.encode() + inner + token.encode()
        return base64.b64encode(hashlib.sha256(joined).hexdigest().encode()).decode()
    return base64.b64encode(password.encode()).decode()


class HilinkClient:
    """One session with a HiLink device. GETs may run in several threads at once; POSTs
    (token rotation) are serialised."""

    def __init__(self, http: HttpClient) -> None:
        self.http = http
        self.tokens: list[str] = []
        self._post_lock = threading.Lock()

    # -- session ------------------------------------------------------------------------

    def start(self) -> None:
        """GET / for the session cookie and the page's csrf tokens; else the token API
        (webserver/token, or SesTokInfo on older firmware)."""
        path = "/"
        for _ in range(3):
            reply = self.http.request("GET", path, headers={"Accept": "text/html"})
            if reply.status in REDIRECTS and reply.location and reply.location.startswith("/"):
                path = reply.location
                continue
            break
        self.tokens = csrf_tokens(reply.text()) if reply.status == 200 else []
        if self.tokens:
            return
        try:
            self.tokens = [str(self.get("webserver/token")["token"])]
            return
        except (ApiError, HttpStatus, KeyError, TypeError):
            pass
        try:
            info = self.get("webserver/SesTokInfo")
        except (ApiError, HttpStatus):
            return      # no tokens at all: reads still work on many devices
        if isinstance(info, dict):
            session = str(info.get("SesInfo") or "")
            name, sep, value = session.partition("=")
            if sep:
                self.http.cookies[name.strip()] = value.strip()
            if info.get("TokInfo"):
                self.tokens = [str(info["TokInfo"])]

    def _check(self, reply: HttpReply) -> Any:
        if reply.status in REDIRECTS:
            raise Redirected(reply.location)
        if reply.status != 200:
            raise HttpStatus(reply.status, reply.reason)
        return parse_answer(reply.body, reply.content_type)

    def get(self, endpoint: str) -> Any:
        headers = {"Accept": "application/xml"}
        tokens = list(self.tokens)
        if len(tokens) == 1:
            headers["__RequestVerificationToken"] = tokens[0]
        return self._check(self.http.request("GET", f"/api/{endpoint}", headers=headers))

    def post(self, endpoint: str, body: bytes, *, fresh_tokens: bool = False) -> Any:
        """One POST, never resent. `fresh_tokens`: the answer's tokens replace ours (login)."""
        with self._post_lock:
            headers = {"Content-Type": "application/xml"}
            if len(self.tokens) > 1:
                headers["__RequestVerificationToken"] = self.tokens.pop(0)
            elif self.tokens:
                headers["__RequestVerificationToken"] = self.tokens[0]
            reply = self.http.request("POST", f"/api/{endpoint}", body=body, headers=headers)
            issued = [reply.headers[name] for name in (
                "__requestverificationtokenone", "__requestverificationtokentwo",
                "__requestverificationtoken") if name in reply.headers]
            if fresh_tokens and issued:
                self.tokens = []
            self.tokens.extend(issued)
            return self._check(reply)

    # -- login --------------------------------------------------------------------------

    def state_login(self) -> dict[str, Any]:
        answer = self.get("user/state-login")
        return answer if isinstance(answer, dict) else {}

    def login(self, username: str, password: str, password_type: str) -> None:
        """Exactly one POST user/login; raises ApiError with the device's code."""
        with self._post_lock:
            token = self.tokens[0] if self.tokens else ""
        encoded = encode_password(username, password, password_type, token)
        answer = self.post("user/login", request_xml([
            ("Username", username), ("Password", encoded), ("password_type", password_type)]),
            fresh_tokens=True)
        if answer != "OK":
            raise ApiError(0, f"unexpected answer {answer!r}")

    def logout(self) -> None:
        self.post("user/logout", request_xml([("Logout", "1")]))
