"""argparse types for numbers of seconds: finite, and positive where zero makes no sense.

float("nan") and float("inf") parse, and a NaN timeout never expires (every comparison with
it is false): such values are refused as usage errors (exit 64) with a sentence saying why.
"""

from __future__ import annotations

import argparse

from simtool.i18n import tr


def _number(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            tr("Cli", "{value!r} is not a number of seconds").format(value=text)) from None
    if value != value or value in (float("inf"), float("-inf")):     # NaN, infinities
        raise argparse.ArgumentTypeError(
            tr("Cli", "{value!r} is not a number of seconds").format(value=text))
    return value


class DefaultSeconds(float):
    """A default value of seconds, told apart from the same number typed by the user."""


def given(value: float | None) -> bool:
    """Whether the user gave this option (its value is not the DefaultSeconds default)."""
    return value is not None and not isinstance(value, DefaultSeconds)


def seconds(text: str) -> float:
    """A finite number of seconds greater than 0 (a timeout, a deadline, an interval)."""
    value = _number(text)
    if value <= 0:
        raise argparse.ArgumentTypeError(
            tr("Cli", "must be more than 0 seconds, not {value}").format(value=text))
    return value


def seconds_or_zero(text: str) -> float:
    """A finite number of seconds, 0 or more (0: do not wait)."""
    value = _number(text)
    if value < 0:
        raise argparse.ArgumentTypeError(
            tr("Cli", "must be 0 seconds or more, not {value}").format(value=text))
    return value
