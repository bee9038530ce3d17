"""`simtool check` speaks Chinese on request or by locale, without Qt, on the simulated modem."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

LOCALE_VARS = ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")

# Print whether Qt got imported, after the CLI ran, on stderr's last line.
RUN_CLI = ("import sys; from simtool.cli import main; code = main(sys.argv[1:]); "
           "print(any(m.startswith('PySide6') for m in sys.modules), file=sys.stderr); "
           "sys.exit(code)")


def _check(*args: str, lang: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in LOCALE_VARS}
    env["PYTHONIOENCODING"] = "utf-8"
    if lang:
        env["LANG"] = lang
    return subprocess.run([sys.executable, "-c", RUN_CLI, "check", *args],
                          capture_output=True, text=True, encoding="utf-8", env=env,
                          timeout=120)


def _chinese(text: str) -> int:
    return sum("\u4e00" <= ch <= "\u9fff" for ch in text)


@pytest.mark.parametrize(("args", "lang"), [
    (("--lang", "zh_CN"), None),
    ((), "zh_CN.UTF-8"),
    (("--lang", "zh"), "en_US.UTF-8"),
])
def test_check_prints_chinese(args: tuple[str, ...], lang: str | None) -> None:
    result = _check("--port", "sim://no-sim", *args, lang=lang)
    assert result.returncode == 1, result.stderr
    assert _chinese(result.stdout) > 50
    assert "SIM 卡" in result.stdout
    assert result.stderr.strip().splitlines()[-1] == "False"  # no Qt on the way


def test_lang_en_beats_a_chinese_locale() -> None:
    result = _check("--port", "sim://no-sim", "--lang", "en", lang="zh_CN.UTF-8")
    assert result.returncode == 1, result.stderr
    assert _chinese(result.stdout) == 0
    assert "SIM" in result.stdout
