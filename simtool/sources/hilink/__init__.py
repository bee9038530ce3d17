"""The HiLink source: Huawei sticks and routers read over their web API (`hilink://HOST`).

Standard library only (see client.py for why not huawei-lte-api). Imported only for a
hilink:// URL or discovery, never on a serial check's path.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from simtool.sources.base import Credentials, Progress
    from simtool.sources.hilink.source import HilinkSource

# CheckOptions attributes this source takes besides timeout and progress (simtool.runner).
OPTIONS = ("sim_busy_wait", "credentials")


def open_source(url: str, *, timeout: float, progress: Progress | None = None,
                sim_busy_wait: float = 60.0,
                credentials: Credentials | None = None) -> HilinkSource:
    from simtool.sources.hilink.source import HilinkSource

    return HilinkSource(url, timeout=timeout, progress=progress, sim_busy_wait=sim_busy_wait,
                        credentials=credentials)
