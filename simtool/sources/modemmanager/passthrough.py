"""The AT commands a read sends through ModemManager's pass-through (Modem.Command, only
when ModemManager runs with --debug), and how one chained line's reply is split again.

ModemManager runs every AT command of a modem one after the other on its port, so each
Modem.Command costs a full turn of its queue (about 10 ms on the test daemon even when the
modem answers at once). The read-only commands a read needs therefore go out as one chained
line (`AT+CEER;+CESQ;+CGDCONT?`); its reply lines go back to each command by their prefix,
as the AT source does with its chained reads. When the line fails as a whole (a modem that
refuses one of them), each is asked alone.

Pure: no D-Bus here (source.py sends, reader.py parses).
"""

from __future__ import annotations

from collections.abc import Sequence

# All read-only.
CEER = "+CEER"          # the last session or registration error
CESQ = "+CESQ"          # signal in dBm (ModemManager gives a percentage only)
CPINR = "+CPINR"        # PIN/PUK retries when ModemManager has none
CGDCONT = "+CGDCONT?"   # the defined contexts (APN): the same as ProfileManager.List
CPIN = "+CPIN?"         # a failed SIM and a missing one are both "sim-missing" in ModemManager


def prefix_of(command: str) -> str:
    """'+CGDCONT?' -> '+CGDCONT'."""
    return command.split("?", 1)[0].split("=", 1)[0].upper()


def chained(commands: Sequence[str]) -> str:
    """The commands as one line for Modem.Command, which adds the leading "AT"."""
    return ";".join(commands)


def _owner(line: str, prefixes: Sequence[str]) -> int | None:
    head = line.lstrip().upper()
    for index, prefix in enumerate(prefixes):
        if head.startswith(prefix) and head[len(prefix):].lstrip().startswith(":"):
            return index
    return None


def split_reply(reply: str, commands: Sequence[str]) -> dict[str, str]:
    """Each command's lines of a chained line's reply, joined with CR LF as ModemManager
    joins them. A line without a known prefix continues the command before it (a +CEER
    text some modems give on its own line)."""
    prefixes = [prefix_of(command) for command in commands]
    lines: dict[str, list[str]] = {command: [] for command in commands}
    current = 0
    for line in reply.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if not line.strip():
            continue
        owner = _owner(line, prefixes)
        if owner is not None:
            current = owner
        lines[commands[current]].append(line.strip())
    return {command: "\r\n".join(found) for command, found in lines.items()}
