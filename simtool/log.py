"""Logging for simtool: `setup()` for the command line (stderr, more with -v / -vv), and
`get_logger()` for modules on the path to the first byte on the port.

-v prints the steps of a check and their timings, -vv also every AT exchange (PIN, PUK and
passwords masked), on stderr, stamped with the seconds since the command started. Hot paths
(the AT session) test the plain module attribute VERBOSITY, so it costs nothing when off.

`logging` costs ~9 ms to import; the check's first byte should not wait for it. A lazy
logger imports it the first time something is actually logged (a busy retry, an error).
Transcripts and PINs never go through logging unmasked: the session masks before it logs.
"""

from __future__ import annotations

import sys
import time

VERBOSITY = 0                 # -v count; set by setup()
_started = time.monotonic()

# `typing` costs ~3 ms to import and is needed here for annotations only (the first byte of a
# check should not wait for it); type checkers treat this name as True.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any


def setup(verbosity: int, scrub: Callable[[str], str] | None = None) -> None:
    """Log to stderr (WARNING; INFO with -v; DEBUG with -vv). `scrub` is applied to every
    formatted line: the face passes the PIN/PUK masker, so no secret reaches the log even
    from a message that forgot to mask (defence in depth; the session masks first)."""
    global VERBOSITY
    VERBOSITY = verbosity
    import logging

    level = {0: logging.WARNING, 1: logging.INFO}.get(verbosity, logging.DEBUG)
    handler = logging.StreamHandler(sys.stderr)
    formatter = logging.Formatter("simtool: %(levelname)s %(name)s: %(message)s")
    if scrub is not None:
        plain_format = formatter.format

        def scrubbed(record: logging.LogRecord) -> str:
            return scrub(plain_format(record))

        formatter.format = scrubbed  # type: ignore[method-assign]
    handler.setFormatter(formatter)
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)


class LazyLogger:
    """The subset of logging.Logger simtool uses, importing logging on first use."""

    def __init__(self, name: str) -> None:
        self.name = name

    def _logger(self) -> Any:
        import logging

        return logging.getLogger(self.name)

    def debug(self, msg: str, *args: object, **kwargs: Any) -> None:
        self._logger().debug(msg, *args, **kwargs)

    def info(self, msg: str, *args: object, **kwargs: Any) -> None:
        self._logger().info(msg, *args, **kwargs)

    def warning(self, msg: str, *args: object, **kwargs: Any) -> None:
        self._logger().warning(msg, *args, **kwargs)

    def exception(self, msg: str, *args: object, **kwargs: Any) -> None:
        self._logger().exception(msg, *args, **kwargs)


def get_logger(name: str) -> LazyLogger:
    return LazyLogger(name)


def note(message: str) -> None:
    """One line of -v output on stderr, stamped with the time since the command started.
    Callers test VERBOSITY first, so building the message costs nothing when it is off."""
    try:
        sys.stderr.write(f"simtool: [{time.monotonic() - _started:7.3f} s] {message}\n")
        sys.stderr.flush()
    except (OSError, ValueError):
        pass          # a closed or broken stderr must not break a check


def trace_exchange(port: str, command: str, lines: list[str], final: str | None,
                   elapsed: float) -> None:
    """-vv: one AT exchange (already masked by the session) with how long the modem took."""
    reply = " | ".join([*lines, final if final is not None else "(no final result code)"])
    note(f"{port} > {command}")
    note(f"{port} < {reply}  ({elapsed * 1000:.0f} ms)")
