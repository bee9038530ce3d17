"""Logging for simtool: `setup()` for the command line (stderr, more with -v / -vv), and
`get_logger()` for modules on the path to the first byte on the port.

`logging` costs ~9 ms to import; the check's first byte should not wait for it. A lazy
logger imports it the first time something is actually logged (a busy retry, an error).
Transcripts and PINs never go through logging unmasked: the session masks before it logs.
"""

from __future__ import annotations

import sys

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
