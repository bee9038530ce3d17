"""The ZTE goform web API over HTTP: small and table-driven (no maintained client exists).

Reads are one GET of goform_get_cmd_process with the fields named in `cmd` (the device
answers one JSON object, "" for what it does not know or tell); writes are form POSTs to
goform_set_cmd_process with a `goformId`. Every request carries the Referer of the device's
own page: some firmware blanks every field without it.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections.abc import Sequence
from typing import Any
from urllib.parse import quote, urlencode

from simtool.transport.http import HttpClient, HttpReply

GET_PATH = "/goform/goform_get_cmd_process"
SET_PATH = "/goform/goform_set_cmd_process"
REDIRECTS = (301, 302, 303, 307, 308)


class NotGoform(Exception):
    """The answer is not goform JSON (an HTML page, a 404...); `sample` is its start."""

    def __init__(self, sample: str, status: int = 200) -> None:
        super().__init__(sample)
        self.sample = sample
        self.status = status


class Redirected(Exception):
    """The device answered with a redirect (to its login page)."""


_SECRETS = [
    (re.compile(r"(password=)[^&\s]*"), r"\1********"),
    (re.compile(r'("(?:LD|RD|AD)"\s*:\s*")[^"]*(")'), r"\1********\2"),
    (re.compile(r"((?:^|&)AD=)[^&\s]*"), r"\1********"),
]


def mask(text: str) -> str:
    for pattern, replacement in _SECRETS:
        text = pattern.sub(replacement, text)
    return text


def encode_password(password: str, salt: str) -> str:
    """Older firmware: base64(password). With a login salt (`LD`): upper-hex
    SHA-256(upper-hex SHA-256(password) + LD)."""
    if salt:
        inner = hashlib.sha256(password.encode()).hexdigest().upper()
        return hashlib.sha256((inner + salt).encode()).hexdigest().upper()
    return base64.b64encode(password.encode()).decode()


class ZteClient:
    def __init__(self, http: HttpClient) -> None:
        self.http = http
        self.referer = f"http://{http.where}/index.html"

    def _json(self, reply: HttpReply) -> Any:
        if reply.status in REDIRECTS:
            raise Redirected(reply.location or "")
        text = reply.text().strip()
        if reply.status != 200 or text[:1] not in ("{", "["):
            raise NotGoform(text[:200], reply.status)
        try:
            return json.loads(text)
        except ValueError:
            raise NotGoform(text[:200], reply.status) from None

    def get(self, fields: Sequence[str], **extra: str) -> dict[str, Any]:
        query = {"isTest": "false", "cmd": ",".join(fields), **extra}
        if len(fields) > 1:
            query["multi_data"] = "1"
        path = f"{GET_PATH}?{urlencode(query, quote_via=quote, safe=',')}"
        answer = self._json(self.http.request("GET", path, headers={
            "Referer": self.referer, "Accept": "application/json"}))
        if not isinstance(answer, dict):
            raise NotGoform(str(answer)[:200])
        return answer

    def sms_list(self, count: int = 20) -> list[Any]:
        answer = self.get(["sms_data_total"], page="0", data_per_page=str(count),
                          mem_store="1", tags="10", order_by="order by id desc")
        messages = answer.get("messages")
        return messages if isinstance(messages, list) else []

    def set(self, goform_id: str, **fields: str) -> str:
        """One write; the device's `result` ("success", "failure", or a code)."""
        body = urlencode({"isTest": "false", "goformId": goform_id, **fields}).encode()
        answer = self._json(self.http.request("POST", SET_PATH, body=body, headers={
            "Referer": self.referer,
            "Content-Type": "application/x-www-form-urlencoded; charset=UTF-8"}))
        return str(answer.get("result", "")) if isinstance(answer, dict) else ""

    def login(self, password: str) -> None:
        """Exactly one LOGIN; the caller reads `loginfo` to know whether it worked (the
        result codes disagree between firmware)."""
        salt = str(self.get(["LD"]).get("LD") or "")
        self.set("LOGIN", password=encode_password(password, salt))

    def logout(self) -> None:
        self.set("LOGOUT")
