"""Atomic file writes: a crash never leaves a half-written file or destroys the old one.

Only a regular file (or a name that does not exist yet) is ever replaced. A symbolic link, a
folder, a device node or a pipe is refused: renaming over it would turn `/dev/null` into a
regular file (as root), a FIFO a logger reads into a dead end, or a link into a copy. A run
killed between writing and renaming leaves its temporary file (`.NAME.XXXXXXXX.simtool-PID.tmp`)
behind; the next write to the same name removes it once its process is gone.
"""

from __future__ import annotations

import os
import re
import stat
import tempfile
import time
from pathlib import Path

from simtool.errors import SimtoolError
from simtool.i18n import tr

# A temporary file of a writer that is not running any more: any of ours whose process is
# gone, and any file of the older pattern (no process id) after this many seconds.
STALE_AFTER = 3600.0


class OutputError(SimtoolError, OSError):
    """The file could not be written. `usage`: the target itself is wrong (a folder, a link,
    a device: the user must name another file; exit 64), else an I/O failure (exit 2)."""

    def __init__(self, message: str, *, usage: bool) -> None:
        super().__init__(message)
        self.usage = usage

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


def check_target(path: str | os.PathLike[str]) -> None:
    """Raise OutputError (usage) unless `path` is a regular file or does not exist."""
    target = Path(path)
    try:
        info = os.lstat(target)
    except FileNotFoundError:
        return
    except OSError as error:
        raise _io_error(target, error) from error
    if stat.S_ISREG(info.st_mode):
        return
    if stat.S_ISLNK(info.st_mode):
        message = tr("Files", "{path} is a symbolic link; simtool does not write through "
                     "links. Give the path of a regular file.")
    elif stat.S_ISDIR(info.st_mode):
        message = tr("Files", "{path} is a folder; give a file name in it, for example "
                     "{path}/report.txt.")
    else:
        message = tr("Files", "{path} is not a regular file (a device, pipe or socket); "
                     "simtool writes only to regular files.")
    raise OutputError(message.format(path=target), usage=True)


def _io_error(target: Path, error: OSError) -> OutputError:
    reason = error.strerror or str(error)
    return OutputError(tr("Files", "Could not write {path}: {reason}.").format(
        path=target, reason=reason), usage=False)


def _stale_pattern(name: str) -> re.Pattern[str]:
    return re.compile(rf"\.{re.escape(name)}\.[A-Za-z0-9_]{{8}}(?:\.simtool-(\d+))?\.tmp")


def _alive(pid: int) -> bool:
    if os.name != "posix":
        return True         # no cheap, harmless check (os.kill would end it): age decides
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True         # it exists but is not ours
    return True


def clean_stale(target: Path) -> None:
    """Remove temporary files earlier writes of `target` left behind (best effort)."""
    pattern = _stale_pattern(target.name)
    try:
        names = os.listdir(target.parent)
    except OSError:
        return
    now = time.time()
    for name in names:
        match = pattern.fullmatch(name)
        if match is None:
            continue
        path = target.parent / name
        try:
            info = os.lstat(path)
            if not stat.S_ISREG(info.st_mode):
                continue
            pid = int(match.group(1)) if match.group(1) else None
            gone = pid is not None and pid != os.getpid() and not _alive(pid)
            if gone or now - info.st_mtime > STALE_AFTER:
                os.unlink(path)
        except OSError:
            continue


def write_atomic(path: str | os.PathLike[str], data: bytes | str, encoding: str = "utf-8",
                 mode: int | None = None, *, sync: bool = True) -> None:
    """Write to a temporary file in the same folder, fsync it, then rename over `path`.
    Raises OutputError: `usage` when `path` is not a regular file (nothing is touched),
    otherwise an I/O failure (the old file, if any, is left as it was).

    `mode`: the file's permissions (e.g. 0o644 for a metrics file that a collector running
    as another user reads); None keeps those of the file replaced, 0600 for a new one.
    `sync=False` skips the fsync, for a file a crash may lose but never half-write (an
    index that is rebuilt, read tolerantly)."""
    target = Path(path)
    check_target(target)
    payload = data.encode(encoding) if isinstance(data, str) else data
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise _io_error(target, error) from error
    clean_stale(target)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.",
                                   suffix=f".simtool-{os.getpid()}.tmp", dir=target.parent)
    except OSError as error:
        raise _io_error(target, error) from error
    try:
        # mkstemp makes the file 0600; a file being replaced keeps its own mode (a metrics
        # file must stay readable by the collector that runs as another user).
        try:
            os.chmod(tmp, mode if mode is not None else os.stat(target).st_mode & 0o7777)
        except FileNotFoundError:
            pass
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            if sync:
                os.fsync(handle.fileno())
        check_target(target)            # nothing else took the name meanwhile
        os.replace(tmp, target)
    except BaseException as error:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        if isinstance(error, OSError) and not isinstance(error, OutputError):
            raise _io_error(target, error) from error
        raise


__all__ = ["OutputError", "check_target", "clean_stale", "write_atomic"]
