"""The exception tree. Every error a user can meet says what to do in its message."""

from __future__ import annotations


class SimtoolError(Exception):
    """Base of every simtool error; str(error) is a sentence the user can act on."""


class UsageError(SimtoolError):
    """The user asked for something that cannot work (bad flag, bad value)."""


class ValidationError(UsageError):
    """A PIN, APN, USSD code or other text failed validation before reaching the modem."""


class WriteNotAllowed(UsageError):
    """A command that changes the modem was asked for without --allow-write."""


class Cancelled(SimtoolError):
    """The running command (or read) was cancelled from another thread. Defined here, not
    with the AT session, so sources that never open a port need not import the session."""
