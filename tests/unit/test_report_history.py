"""Report history: atomic saves, newest first, and a killed writer never costs the old report."""

from __future__ import annotations

import importlib.util
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from simtool import paths
from simtool.fileio import write_atomic
from simtool.report.history import list_history, save_to_history
from simtool.report.json_export import to_json
from simtool.report.schema import validate

SAMPLES_FILE = Path(__file__).parents[1] / "data" / "reports" / "samples.py"


def _samples():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("report_samples", SAMPLES_FILE)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.SAMPLES


SAMPLES = _samples()


@pytest.fixture(autouse=True)
def own_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SIMTOOL_HOME", str(tmp_path))
    return tmp_path


def test_saved_report_is_listed_with_its_verdict_and_port() -> None:
    path = save_to_history(SAMPLES["data-refused"]())
    assert path.parent == paths.reports_dir()
    assert path.name == "20261120T093000Z-dev-ttyUSB3.json"
    assert validate(json.loads(path.read_text(encoding="utf-8"))) == []
    [item] = list_history()
    assert item.path == path
    assert item.verdict == "problem"
    assert item.port == "/dev/ttyUSB3"
    assert item.created == "2026-11-20T09:30:00Z"
    assert item.summary and "#33" in item.summary


def test_newest_first_and_same_second_saves_are_both_kept() -> None:
    for created in ("2026-11-19T08:00:00Z", "2026-11-21T08:00:00Z", "2026-11-20T08:00:00Z"):
        report = SAMPLES["healthy"]()
        report.created = created
        save_to_history(report)
    twin = SAMPLES["healthy"]()
    twin.created = "2026-11-19T08:00:00Z"   # same second, same port as the first save
    second = save_to_history(twin)
    assert second.name == "20261119T080000Z-dev-ttyUSB2-2.json"
    created = [i.created for i in list_history()]
    assert created == ["2026-11-21T08:00:00Z", "2026-11-20T08:00:00Z",
                       "2026-11-19T08:00:00Z", "2026-11-19T08:00:00Z"]


def test_other_formats_are_saved_next_to_the_json() -> None:
    html_path = save_to_history(SAMPLES["healthy"](), "html")
    assert html_path.suffix == ".html"
    assert "<!DOCTYPE html>" in html_path.read_text(encoding="utf-8")
    [item] = list_history()
    assert item.path == html_path.with_suffix(".json")
    assert item.exports == [html_path]


def test_foreign_and_unfinished_files_are_not_listed() -> None:
    folder = paths.reports_dir()
    folder.mkdir(parents=True)
    (folder / "notes.json").write_text("[1, 2]", encoding="utf-8")
    (folder / "broken.json").write_text('{"schema": "simtool.rep', encoding="utf-8")
    (folder / ".20261120T093000Z-x.json.abc123.tmp").write_text("{", encoding="utf-8")
    save_to_history(SAMPLES["healthy"]())
    assert [i.verdict for i in list_history()] == ["ok"]


def test_empty_history() -> None:
    assert list_history() == []


# The child writes the report through write_atomic and stops itself (SIGSTOP) halfway
# through writing the file, so the parent kills it mid-write for certain: the temporary file
# exists, half written, and the rename has not happened. (It used to write ~200 MB and race
# the parent's polling to kill it before it finished.)
CHILD = r"""
import os, signal, sys
real_fdopen = os.fdopen

class HalfThenStop:
    def __init__(self, handle):
        self.handle = handle
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return self.handle.__exit__(*exc)
    def write(self, data):
        half = len(data) // 2
        self.handle.write(data[:half])
        self.handle.flush()
        os.kill(os.getpid(), signal.SIGSTOP)        # the parent kills us here
        return half + self.handle.write(data[half:])
    def __getattr__(self, name):
        return getattr(self.handle, name)

os.fdopen = lambda *args, **kwargs: HalfThenStop(real_fdopen(*args, **kwargs))
from simtool.fileio import write_atomic
old = open(sys.argv[1], encoding="utf-8").read()
padding = ('{"t": 0, "dir": "rx", "text": "' + "y" * 1000 + '"},\n') * 100
write_atomic(sys.argv[1], old.replace('"transcript": [', '"transcript": [' + padding, 1))
"""


def test_killed_writer_leaves_the_old_report_intact() -> None:
    path = save_to_history(SAMPLES["data-refused"]())
    before = path.read_bytes()
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(path)],
                             env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])})
    _, status = os.waitpid(child.pid, os.WUNTRACED)     # until it stops itself mid-write
    assert os.WIFSTOPPED(status), f"the writer ended before it was stopped ({status})"
    temp_files = [p for p in path.parent.iterdir() if p.name.endswith(".tmp")]
    assert len(temp_files) == 1 and 0 < temp_files[0].stat().st_size, temp_files
    os.kill(child.pid, signal.SIGKILL)
    assert child.wait() == -signal.SIGKILL
    assert temp_files[0].exists(), "killed mid-write: its temp file is left"
    assert path.read_bytes() == before
    assert validate(json.loads(before)) == []
    assert [i.path for i in list_history()] == [path]


def test_write_atomic_replaces_the_whole_file() -> None:
    path = paths.reports_dir() / "r.json"
    write_atomic(path, "x" * 10_000)
    write_atomic(path, to_json(SAMPLES["healthy"]()))
    assert json.loads(path.read_text(encoding="utf-8"))["verdict"]["status"] == "ok"
    assert [p.name for p in path.parent.iterdir()] == ["r.json"]
