"""End to end: the command line's conventions (issue 19): `simtool help`, examples and exit
codes in every --help, -v/-vv on stderr (AT trace masked), machine output (--format jsonl,
schema on every line), and output that never crashes on the terminal's encoding."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import Any

import pytest

from simtool.cli import SUBCOMMANDS
from simtool.report.schema import validate


def simtool(*args: str, env: dict[str, str] | None = None,
            ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "simtool", *args], capture_output=True,
                          text=True, stdin=subprocess.DEVNULL, timeout=120,
                          env={**os.environ, "NO_COLOR": "1", **(env or {})})


def test_help_command_prints_the_top_help_and_each_commands_help() -> None:
    top = simtool("help")
    assert top.returncode == 0
    assert top.stdout.startswith("usage: simtool")
    assert "Exit codes:" in top.stdout
    check = simtool("help", "check")
    assert check.returncode == 0
    assert check.stdout == simtool("check", "--help").stdout
    unknown = simtool("help", "frobnicate")
    assert unknown.returncode == 64
    assert "unknown command 'frobnicate'" in unknown.stderr


@pytest.mark.parametrize("name", sorted(SUBCOMMANDS))
def test_every_command_help_has_examples_and_exit_codes(name: str) -> None:
    done = simtool(name, "--help")
    assert done.returncode == 0, done.stderr
    examples = done.stdout.split("Examples:\n", 1)[1].split("\n\nExit codes:\n", 1)
    assert f"simtool {name}" in examples[0]
    assert examples[1].lstrip().startswith("0 ")
    assert "-v, --verbose" in done.stdout


def test_verbose_prints_timed_steps_on_stderr_only() -> None:
    quiet = simtool("check", "--port", "sim://pin-locked", "--format", "json")
    loud = simtool("check", "--port", "sim://pin-locked", "--format", "json", "-v")
    assert loud.returncode == quiet.returncode == 1
    assert quiet.stderr == ""
    assert json.loads(loud.stdout)["verdict"] == json.loads(quiet.stdout)["verdict"]
    lines = loud.stderr.splitlines()
    assert any("sim://pin-locked: port:" in line for line in lines)
    assert lines[-1].endswith("verdict problem (sim-lock), 7 commands")
    assert all(line.startswith("simtool: [") and " s] " in line for line in lines)
    assert "> AT" not in loud.stderr          # the AT trace is -vv


def test_very_verbose_traces_the_at_exchange_with_the_pin_masked() -> None:
    done = simtool("unlock", "--port", "sim://pin-locked", "--pin-env", "SIM_PIN", "-vv",
                   env={"SIM_PIN": "1234"})
    assert done.returncode == 0, done.stderr
    sent = [line for line in done.stderr.splitlines() if " > AT" in line]
    assert any("AT+CPIN=" in line for line in sent)
    assert "1234" not in done.stderr
    assert any(" < " in line and " ms)" in line for line in done.stderr.splitlines())


def _one_line_reports(stdout: str) -> list[dict[str, Any]]:
    lines = stdout.splitlines()
    reports = [json.loads(line) for line in lines]
    for line, report in zip(lines, reports, strict=True):
        assert line.startswith('{"schema":"simtool.report/1",')
        assert validate(report) == []
    return reports


def test_jsonl_is_one_compact_line_per_modem_even_for_one() -> None:
    one = simtool("check", "--port", "sim://healthy", "--format", "jsonl")
    assert one.returncode == 0
    assert len(_one_line_reports(one.stdout)) == 1
    many = simtool("check", "--port", "sim://healthy", "--port", "sim://no-sim",
                   "--format", "jsonl")
    assert [r["port"]["url"] for r in _one_line_reports(many.stdout)] == [
        "sim://healthy", "sim://no-sim"]
    # JSON for one port stays the documented pretty object.
    pretty = simtool("check", "--port", "sim://healthy", "--format", "json")
    assert pretty.stdout.startswith('{\n  "schema": "simtool.report/1"')


def test_ports_jsonl_tags_every_line() -> None:
    done = simtool("ports", "--probe", "sim://healthy", "/dev/ttyUSB99", "--format", "jsonl")
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert [row["device"] for row in rows] == ["sim://healthy", "/dev/ttyUSB99"]
    assert all(list(row)[0] == "schema" and row["schema"] == "simtool.ports/1" for row in rows)
    as_json = json.loads(simtool("ports", "--probe", "sim://healthy", "/dev/ttyUSB99",
                                 "--json").stdout)
    assert [{k: v for k, v in row.items() if k != "schema"} for row in rows] == as_json


@pytest.mark.parametrize("encoding", ["latin-1", "ascii"])
def test_chinese_on_a_non_utf8_terminal_falls_back_to_english_and_says_so(
        encoding: str) -> None:
    done = simtool("check", "--port", "sim://not-subscribed", "--lang", "zh_CN",
                   env={"PYTHONIOENCODING": encoding})
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert "cannot show Chinese" in done.stderr
    assert "Problem found" in done.stdout


def test_gbk_terminal_keeps_chinese() -> None:
    done = subprocess.run([sys.executable, "-m", "simtool", "check", "--port", "sim://healthy",
                           "--lang", "zh_CN"], capture_output=True, timeout=120,
                          env={**os.environ, "NO_COLOR": "1", "PYTHONIOENCODING": "gbk"})
    assert done.returncode == 0
    assert "未发现问题" in done.stdout.decode("gbk")
    assert done.stderr == b""


def test_json_on_an_ascii_stdout_is_exact_with_escapes() -> None:
    utf8 = simtool("check", "--port", "sim://not-subscribed", "--format", "json",
                   "--lang", "zh_CN")
    ascii_out = simtool("check", "--port", "sim://not-subscribed", "--format", "json",
                        "--lang", "zh_CN", env={"PYTHONIOENCODING": "ascii"})
    assert ascii_out.returncode == 1 and "Traceback" not in ascii_out.stderr
    ascii_out.stdout.encode("ascii")
    # The language fell back to English on the ASCII stdout; the keys and facts are the same.
    a, b = json.loads(utf8.stdout), json.loads(ascii_out.stdout)
    assert a["verdict"]["check"] == b["verdict"]["check"]
    assert a["sim"] == b["sim"] and a["operator"] == b["operator"]
