"""Where write actions keep what they changed, so it can be put back: one JSON file per kind
of change and modem under the state folder, keyed by the modem's IMEI (or the port)."""

from __future__ import annotations

from pathlib import Path

from simtool import paths
from simtool.at.parsers.common import Unparsed
from simtool.at.parsers.identity import parse_cgsn
from simtool.at.session import AtSession


def modem_key(session: AtSession) -> str:
    """'imei-<IMEI>', or 'port-<port>' when the modem does not give its IMEI."""
    reply = session.command("AT+CGSN", timeout=3.0)
    parsed = parse_cgsn(reply.text) if reply.ok else None
    if parsed is not None and not isinstance(parsed, Unparsed) and parsed.value:
        return f"imei-{parsed.value}"
    port = getattr(session.port, "port", None) or "unknown"
    return "port-" + "".join(c if c.isalnum() else "_" for c in str(port))


def undo_path(kind: str, key: str) -> Path:
    """The file that keeps the state before the last `kind` change ("apn-undo", ...)."""
    return paths.state_dir() / kind / f"{key}.json"
