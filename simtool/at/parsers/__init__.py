"""Pure AT reply parsers: `parse_<cmd>(text) -> <Result> | Unparsed`, one module per area.

Results are typed NamedTuples rather than frozen dataclasses: just as immutable and typed,
and about four times cheaper to define. The readers are imported while the modem answers a
check's first command, and ~30 frozen dataclasses took ~20 ms of that window.
"""

from simtool.at.parsers.common import Unparsed

__all__ = ["Unparsed"]
