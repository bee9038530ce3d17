"""`simtool check` speaks Chinese on request or by locale, without Qt, on the simulated modem."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

LOCALE_VARS = ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")

# Print whether Qt got imported, after the CLI ran, on stderr's last line.
RUN_CLI = ("import sys; from simtool.cli import main; code = main(sys.argv[1:]); "
           "print(any(m.startswith('PySide6') for m in sys.modules), file=sys.stderr); "
           "sys.exit(code)")


def _check(*args: str, lang: str | None = None,
           extra_env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in LOCALE_VARS}
    env.update(extra_env or {})
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


def _with_app_language(tmp_path: Path, language: str | None) -> dict[str, str]:
    """An environment whose simtool home holds the app's settings with `language`."""
    home = tmp_path / "home"
    (home / "config").mkdir(parents=True)
    (home / "config" / "gui.json").write_text(json.dumps({"last_port": None,
                                                          "language": language}),
                                              encoding="utf-8")
    return {"SIMTOOL_HOME": str(home)}


def test_the_apps_language_comes_before_the_locale(tmp_path: Path) -> None:
    env = _with_app_language(tmp_path, "zh_CN")
    chinese = _check("--port", "sim://no-sim", lang="en_US.UTF-8", extra_env=env)
    assert _chinese(chinese.stdout) > 50, chinese.stderr
    english = _check("--port", "sim://no-sim", "--lang", "en", lang="en_US.UTF-8",
                     extra_env=env)
    assert _chinese(english.stdout) == 0            # --lang still wins


def test_an_app_following_the_system_leaves_the_locale_in_charge(tmp_path: Path) -> None:
    env = _with_app_language(tmp_path, None)
    assert _chinese(_check("--port", "sim://no-sim", lang="zh_CN.UTF-8",
                           extra_env=env).stdout) > 50
    assert _chinese(_check("--port", "sim://no-sim", lang="en_US.UTF-8",
                           extra_env=env).stdout) == 0


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the XDG rule is Linux's")
def test_the_cli_finds_the_apps_settings_where_the_app_writes_them(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from simtool.gui.settings import Settings
    from simtool.i18n import app_settings_file

    monkeypatch.delenv("SIMTOOL_HOME", raising=False)
    for xdg in (str(tmp_path / "xdg"), ""):
        monkeypatch.setenv("XDG_CONFIG_HOME", xdg)
        assert app_settings_file() == str(Settings.path())
