"""Logging setup for the command line: messages on stderr, more with -v / -vv.

Transcripts and PINs never go through logging unmasked: the session masks before it logs.
"""

from __future__ import annotations

import logging
import sys

_LEVELS = {0: logging.WARNING, 1: logging.INFO}


def setup(verbosity: int) -> None:
    level = _LEVELS.get(verbosity, logging.DEBUG)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("simtool: %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
