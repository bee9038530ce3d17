"""Pure AT reply parsers: `parse_<cmd>(text) -> <Result> | Unparsed`, one module per area."""

from simtool.at.parsers.common import Unparsed

__all__ = ["Unparsed"]
