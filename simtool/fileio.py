"""Atomic file writes: a crash never leaves a half-written file or destroys the old one."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomic(path: str | os.PathLike[str], data: bytes | str, encoding: str = "utf-8",
                 mode: int | None = None, *, sync: bool = True) -> None:
    """Write to a temporary file in the same folder, fsync it, then rename over `path`.

    `mode`: the file's permissions (e.g. 0o644 for a metrics file that a collector running
    as another user reads); None keeps those of the file replaced, 0600 for a new one.
    `sync=False` skips the fsync, for a file a crash may lose but never half-write (an
    index that is rebuilt, read tolerantly)."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    payload = data.encode(encoding) if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        # mkstemp makes the file 0600; a file being replaced keeps its own mode (a metrics
        # file must stay readable by the collector that runs as another user).
        try:
            os.chmod(tmp, mode if mode is not None else target.stat().st_mode & 0o7777)
        except FileNotFoundError:
            pass
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            if sync:
                os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
