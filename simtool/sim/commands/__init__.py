"""The simulated modem's AT command handlers, one module per command family.

Each family module defines handlers, plain functions `(modem, kind, args, raw) -> info
lines` (see `Handler` in base.py) that read and change the world on the `Modem` and raise
`CmeError`/`CommandError` to fail, and exports two names:
- `HANDLERS`: {"+NAME": handler}, names upper case with their prefix character;
- `VENDOR_ONLY`: the names in HANDLERS answered only by personalities that list them in
  their `extra_commands` (the rest are standard: every personality answers them).
A new family is one module here, added to `FAMILIES` below. The Modem (modem.py) keeps the
world, the line interpreter and the helpers several families use (`_need_sim_ready`,
`_registered`, `_text`, `_after` URCs...); handlers call them as its methods did.
"""

from __future__ import annotations

from simtool.sim.commands import channels, identity, messaging, network, packet, sim_card, sms

TYPE_CHECKING = False  # no `typing` at run time (see base.py)
if TYPE_CHECKING:
    from typing import Protocol

    from simtool.sim.commands.base import Handler

    class Family(Protocol):
        """What a family module exports (mypy checks each module in FAMILIES)."""

        HANDLERS: dict[str, Handler]
        VENDOR_ONLY: frozenset[str]


FAMILIES: tuple[Family, ...] = (identity, sim_card, network, packet, messaging, sms,
                                 channels)

HANDLERS: dict[str, Handler] = {}
for _family in FAMILIES:
    HANDLERS.update(_family.HANDLERS)
VENDOR_ONLY = frozenset(name for family in FAMILIES for name in family.VENDOR_ONLY)
