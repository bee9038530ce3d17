"""Output files (issue 14): only a regular file or a new name is ever replaced; a symlink,
folder, device or pipe is refused with a sentence; temporary files a killed run left behind
are cleaned up; the old file survives any failure."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from simtool.fileio import OutputError, write_atomic

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file types")


def test_a_new_file_and_a_regular_file_are_written(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "report.json"
    write_atomic(target, "one")
    write_atomic(target, b"two")
    assert target.read_text() == "two"
    assert [p.name for p in target.parent.iterdir()] == ["report.json"]


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(OutputError) as raised:
        write_atomic(tmp_path, "x")
    assert raised.value.usage and "folder" in str(raised.value)
    assert tmp_path.is_dir()


def test_a_fifo_is_refused_and_stays_a_fifo(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(OutputError) as raised:
        write_atomic(fifo, "x")
    assert raised.value.usage
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


@pytest.mark.skipif(os.geteuid() != 0, reason="making a device node needs root")
def test_a_device_node_is_refused_and_stays_a_device(tmp_path: Path) -> None:
    # What `-o /dev/null` as root used to do to the system's /dev/null, on a private copy.
    node = tmp_path / "null"
    os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    with pytest.raises(OutputError) as raised:
        write_atomic(node, "x")
    assert raised.value.usage
    assert stat.S_ISCHR(os.lstat(node).st_mode)


def test_a_symlink_is_refused_and_neither_it_nor_its_target_changes(tmp_path: Path) -> None:
    real = tmp_path / "real.txt"
    real.write_text("keep")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    with pytest.raises(OutputError) as raised:
        write_atomic(link, "x")
    assert raised.value.usage and "link" in str(raised.value)
    assert link.is_symlink() and real.read_text() == "keep"


def test_a_path_through_a_file_is_an_io_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(OutputError) as raised:
        write_atomic(blocker / "report.json", "x")
    assert not raised.value.usage


def test_the_old_file_survives_a_failed_write(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "report.json"
    target.write_text("old")

    def broken_fsync(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(OutputError) as raised:
        write_atomic(target, "new")
    assert not raised.value.usage and "space" in str(raised.value)
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]


def test_temporary_files_of_a_killed_run_are_cleaned_up(tmp_path: Path) -> None:
    # kill -9 between writing the temporary file and the rename leaves it behind.
    target = tmp_path / "report.json"
    script = ("import os, sys, simtool.fileio as f\n"
              "def stop(*a):\n    os.kill(os.getpid(), 9)\n"
              "os.replace = stop\n"
              f"f.write_atomic({str(target)!r}, 'x' * 100000)\n")
    subprocess.run([sys.executable, "-c", script], check=False)
    left = [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert left, "the killed run left no temporary file (the test did not kill it in time)"
    old_style = tmp_path / ".report.json.ab12cd34.tmp"       # an older simtool's leftover
    old_style.write_text("x")
    an_hour_ago = time.time() - 3700
    os.utime(old_style, (an_hour_ago, an_hour_ago))
    unrelated = tmp_path / ".report.json.swp"
    unrelated.write_text("editor")
    write_atomic(target, "done")
    assert sorted(p.name for p in tmp_path.iterdir()) == [".report.json.swp", "report.json"]
    assert target.read_text() == "done"
