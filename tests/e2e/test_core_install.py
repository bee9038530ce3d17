"""The core installs and runs without Qt (issue 19): simtool's wheel, built once, goes into a
clean virtual environment with `--no-deps` and the core requirements only (pyserial,
platformdirs); there it checks simulated modems, writes metrics, and says what to install
for the PDF report and the app. Nothing of Qt may be importable there."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


def core_requirements() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return list(project["dependencies"])


def test_core_requirements_are_pyserial_and_platformdirs_only() -> None:
    names = sorted(req.split(">")[0].split("=")[0].split("[")[0].strip().lower()
                   for req in core_requirements())
    assert names == ["platformdirs", "pyserial"]
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = project["optional-dependencies"]
    assert any(req.lower().startswith("pyside6") for req in extras["gui"])
    assert "modemmanager" in extras


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """simtool's wheel, built once for this module without build isolation (no network)."""
    out = tmp_path_factory.mktemp("wheel")
    # From a copy: setuptools leaves build/ in the tree it builds, and a stale build/lib
    # would leak into later wheels.
    source = tmp_path_factory.mktemp("source")
    for name in ("pyproject.toml", "README.md", "LICENSE", "MANIFEST.in", "setup.py"):
        if (ROOT / name).exists():
            shutil.copy2(ROOT / name, source / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(ROOT / "simtool", source / "simtool", symlinks=True, ignore=ignore)
    shutil.copytree(ROOT / "resources", source / "resources", ignore=ignore)
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps",
                           "--no-build-isolation", "--quiet", "--wheel-dir", str(out), str(source)],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    (built,) = out.glob("simtool-*.whl")
    return built


@pytest.fixture(scope="module")
def core_venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A clean venv (no pip of its own, no system site-packages) with the core installed."""
    venv = tmp_path_factory.mktemp("core") / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True,
                   timeout=300)
    python = venv / "bin" / "python"
    done = subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install",
                           "--quiet", "--no-deps", str(wheel), *core_requirements()],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    return venv


def run_in(venv: Path, *args: str, env: dict[str, str] | None = None
           ) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    return subprocess.run([str(venv / "bin" / args[0]), *args[1:]], capture_output=True,
                          text=True, timeout=300, cwd=venv,    # not the source tree
                          env={**clean, "NO_COLOR": "1", **(env or {})})


def test_core_venv_has_no_qt(core_venv: Path) -> None:
    done = run_in(core_venv, "python", "-c",
                  "import importlib.util, simtool, serial, platformdirs; "
                  "print(importlib.util.find_spec('PySide6'), simtool.__file__)")
    assert done.returncode == 0, done.stderr
    spec, where = done.stdout.split()
    assert spec == "None"
    assert str(core_venv) in where       # the installed copy, not the source tree


def test_core_checks_simulated_modems(core_venv: Path) -> None:
    done = run_in(core_venv, "simtool", "check", "--port", "sim://not-subscribed",
                  "--port", "sim://healthy", "--format", "jsonl")
    assert done.returncode == 1, done.stderr
    reports = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["verdict"]["check"] for r in reports] == ["data-session", None]
    text = run_in(core_venv, "simtool", "check", "--port", "sim://pin-locked", "--lang", "zh_CN")
    assert text.returncode == 1 and "PIN" in text.stdout
    assert any("\u4e00" <= ch <= "\u9fff" for ch in text.stdout)    # the catalogue ships
    metrics = run_in(core_venv, "simtool", "check", "--port", "sim://healthy",
                     "--format", "prometheus")
    assert 'simtool_up{port="sim://healthy",reason=""} 1' in metrics.stdout
    html = run_in(core_venv, "simtool", "check", "--port", "sim://healthy", "--format", "html")
    assert html.returncode == 0 and "<html" in html.stdout


def test_core_checks_modemmanager_when_its_source_is_there(core_venv: Path) -> None:
    probe = run_in(core_venv, "python", "-c",
                   "from simtool.sources import SCHEMES; print('mm' in SCHEMES)")
    # The ModemManager source landed long ago: a tree without it is a broken one,
    # not one to skip.
    assert probe.stdout.strip() == "True", probe.stderr
    done = run_in(core_venv, "simtool", "check", "--port", "mm://0", "--format", "json",
                  env={"DBUS_SYSTEM_BUS_ADDRESS": "unix:path=/nonexistent/simtool-bus"})
    # Without a ModemManager on the bus the check says so (exit 2), and never crashes.
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    port = next(c for c in json.loads(done.stdout)["checks"] if c["id"] == "port")
    assert port["status"] == "fail"


def test_pdf_and_app_say_what_to_install(core_venv: Path, tmp_path: Path) -> None:
    pdf = run_in(core_venv, "simtool", "check", "--port", "sim://healthy", "--format", "pdf",
                 "--output", str(tmp_path / "report.pdf"))
    assert pdf.returncode == 64
    assert 'pip install "simtool[gui]"' in pdf.stderr
    assert "Traceback" not in pdf.stderr
    assert not (tmp_path / "report.pdf").exists()
    app = run_in(core_venv, "simtool", "gui")
    assert app.returncode == 64 and 'pip install "simtool[gui]"' in app.stderr
    gui_script = run_in(core_venv, "simtool-gui")
    assert gui_script.returncode == 64 and 'pip install "simtool[gui]"' in gui_script.stderr
