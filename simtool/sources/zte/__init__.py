"""The ZTE source: ZTE sticks and pocket routers read over their goform web API
(`zte://HOST`). Standard library only; imported only for a zte:// URL or discovery."""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from simtool.sources.base import Credentials, Progress
    from simtool.sources.zte.source import ZteSource

# CheckOptions attributes this source takes besides timeout and progress (simtool.runner).
OPTIONS = ("sim_busy_wait", "credentials")


def open_source(url: str, *, timeout: float, progress: Progress | None = None,
                sim_busy_wait: float = 60.0, credentials: Credentials | None = None) -> ZteSource:
    from simtool.sources.zte.source import ZteSource

    return ZteSource(url, timeout=timeout, progress=progress, sim_busy_wait=sim_busy_wait,
                     credentials=credentials)
