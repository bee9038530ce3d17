"""HiLink answers as Python values: pure functions, no I/O.

The device answers `<response>…</response>` (fields as strings, nested lists for profiles
and messages), `<response>OK</response>` for a write, or `<error><code>N</code>…` with
HTTP 200. Some endpoints answer JSON. A page that is neither (a login page, a captive
portal, a plain home router) is NotApi, never an exception from the XML parser.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ElementTree
from typing import Any

from simtool.sources.hilink.codes import ERROR_TEXT


class ApiError(Exception):
    """`<error><code>N</code>`: the device refused the request."""

    def __init__(self, code: int, message: str = "") -> None:
        super().__init__(f"{code}: {message or ERROR_TEXT.get(code, 'unknown error')}")
        self.code = code
        self.message = message


class NotApi(Exception):
    """The answer is not the HiLink API's (HTML, empty, broken XML); `sample` is its start."""

    def __init__(self, sample: str) -> None:
        super().__init__(sample)
        self.sample = sample


def _value(element: ElementTree.Element) -> Any:
    children = list(element)
    if not children:
        return (element.text or "").strip()
    result: dict[str, Any] = {}
    for child in children:
        value = _value(child)
        if child.tag in result:
            existing = result[child.tag]
            if isinstance(existing, list):
                existing.append(value)
            else:
                result[child.tag] = [existing, value]
        else:
            result[child.tag] = value
    return result


# Non-BMP characters come as CESU-8 surrogate pairs (a UTF-8 decoder rejects them).
_CESU8 = re.compile(rb"\xed[\xa0-\xaf][\x80-\xbf]\xed[\xb0-\xbf][\x80-\xbf]")


def _fix_cesu8(blob: bytes) -> bytes:
    def one(match: re.Match[bytes]) -> bytes:
        pair = match.group(0).decode("utf-8", errors="surrogatepass")
        return pair.encode("utf-16", errors="surrogatepass").decode("utf-16").encode("utf-8")
    return _CESU8.sub(one, blob)


def parse_answer(body: bytes, content_type: str = "") -> Any:
    """The `<response>` content (a dict, or "OK"), or the JSON value. Raises ApiError for
    `<error>`, NotApi for anything that is not an API answer."""
    text = body.strip()
    sample = text[:200].decode("utf-8", errors="replace")
    if content_type.endswith("json") or text[:1] in (b"{", b"["):
        try:
            return json.loads(text.decode("utf-8", errors="replace"))
        except ValueError:
            raise NotApi(sample) from None
    if not text:
        raise NotApi("")
    try:
        root = ElementTree.fromstring(_fix_cesu8(text))
    except ElementTree.ParseError:
        raise NotApi(sample) from None
    if root.tag == "error":
        fields = _value(root)
        fields = fields if isinstance(fields, dict) else {}
        try:
            code = int(str(fields.get("code", "")).strip())
        except ValueError:
            raise NotApi(sample) from None
        raise ApiError(code, str(fields.get("message") or ""))
    if root.tag != "response":
        raise NotApi(sample)
    return _value(root)


def as_list(value: Any) -> list[Any]:
    """One item comes back as itself, several as a list, none as "" (HLA enforce_list)."""
    if value in (None, ""):
        return []
    return value if isinstance(value, list) else [value]


def csrf_tokens(html: str) -> list[str]:
    """The `<meta name="csrf_token" content="…">` tokens of the home page (E3372h style)."""
    return re.findall(r'name="csrf_token"\s+content="([^"\s]+)"', html)


_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def measurement(text: Any) -> float | None:
    """'-86dBm' -> -86.0; '>=-51dBm' -> -51.0; '10dB' -> 10.0; '' or junk -> None."""
    if not isinstance(text, str):
        return None
    match = _NUMBER.search(text.strip().lstrip("<>="))
    return float(match.group(0)) if match else None


def integer(text: Any) -> int | None:
    if not isinstance(text, str):
        return None
    text = text.strip()
    return int(text) if text.lstrip("-").isdigit() else None


_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([KMGT]?B)?\s*$", re.IGNORECASE)
_UNITS = {"B": 1, "KB": 1 << 10, "MB": 1 << 20, "GB": 1 << 30, "TB": 1 << 40}


def data_size(text: Any) -> int | None:
    """start_date DataLimit '500MB' / '1GB' -> bytes; '' (no plan) or junk -> None."""
    if not isinstance(text, str):
        return None
    match = _SIZE.match(text)
    if not match or not match.group(2):
        return None
    return int(float(match.group(1)) * _UNITS[match.group(2).upper()])
