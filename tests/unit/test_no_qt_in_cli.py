"""The command line never imports Qt (DESIGN.md: only simtool/gui/ imports PySide6).

Each case runs in a fresh interpreter (`python -c`), because this test process may already
have imported Qt for other tests; sys.modules of a fresh process is the honest answer.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from simtool.cli import SUBCOMMANDS

# Every subcommand module except the one whose job is to start the desktop app.
NON_GUI_MODULES = sorted(module for module, _help in SUBCOMMANDS.values() if module != "gui")


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          stdin=subprocess.DEVNULL, timeout=60,
                          env={**os.environ, "NO_COLOR": "1"})


def test_check_runs_without_importing_qt() -> None:
    done = run_python(
        "import sys, json\n"
        "from simtool.cli import main\n"
        "code = main(['check', '--port', 'sim://healthy', '--format', 'json'])\n"
        "qt = sorted(m for m in sys.modules if m.split('.')[0] == 'PySide6')\n"
        "print(json.dumps({'code': int(code), 'qt': qt}), file=sys.stderr)\n")
    outcome = done.stderr.strip().splitlines()[-1]
    assert '"code": 0' in outcome, done.stderr
    assert '"qt": []' in outcome
    assert '"verdict"' in done.stdout     # the check really ran and printed its report


@pytest.mark.parametrize("module", NON_GUI_MODULES)
def test_subcommand_module_imports_without_qt(module: str) -> None:
    done = run_python(
        "import sys, importlib, argparse\n"
        f"mod = importlib.import_module('simtool.cli.{module}')\n"
        "mod.add_arguments(argparse.ArgumentParser())\n"
        "print([m for m in sys.modules if m.split('.')[0] == 'PySide6'])\n")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_the_non_gui_list_is_not_empty() -> None:
    # Guards the parametrisation above against a renamed table.
    assert "check" in NON_GUI_MODULES and "gui" not in NON_GUI_MODULES


def test_a_serial_check_never_imports_the_web_sources() -> None:
    # The HiLink/ZTE sources and their HTTP client are optional extras of the port layer:
    # a check of an AT port (here sim://) must not pay for them.
    done = run_python(
        "import sys\n"
        "from simtool.cli import main\n"
        "main(['check', '--port', 'sim://healthy', '--format', 'json'])\n"
        "web = ('simtool.sources.hilink', 'simtool.sources.zte', 'simtool.sim.web',\n"
        "       'simtool.transport.http', 'huawei_lte_api', 'http.client', 'requests')\n"
        "print(sorted(m for m in sys.modules if m.startswith(web)), file=sys.stderr)\n")
    assert done.stderr.strip().splitlines()[-1] == "[]", done.stderr
