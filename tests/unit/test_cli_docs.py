"""The man page and the shell completions, generated from the argument parsers by
packaging/cli_docs.py, are valid for their tools and complete what the CLI accepts."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from simtool.cli import SUBCOMMANDS, build_parser

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("cli")
    done = subprocess.run([sys.executable, str(ROOT / "packaging" / "cli_docs.py"), "--out",
                           str(out)], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "SOURCE_DATE_EPOCH": "1767225600"})
    assert done.returncode == 0, done.stderr
    return out


def test_man_page_covers_every_command_and_option(generated: Path) -> None:
    page = (generated / "man" / "man1" / "simtool.1").read_text(encoding="utf-8")
    assert page.startswith('.TH SIMTOOL 1 "2026-01-01"')      # reproducible date
    for name in SUBCOMMANDS:
        assert f".SS simtool {name.replace('-', chr(92) + '-')}" in page, name
        for action in build_parser(name)._actions:
            if action.dest == "help":
                continue
            for flag in action.option_strings:
                assert flag.replace("-", "\\-") in page, (name, flag)
    assert "Exit codes:" in page and "Examples:" in page


@pytest.mark.skipif(shutil.which("groff") is None, reason="no groff")
def test_man_page_renders_without_warnings(generated: Path) -> None:
    done = subprocess.run(["groff", "-man", "-Tutf8", "-ww", "-z",
                           str(generated / "man" / "man1" / "simtool.1")],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stderr == "", done.stderr


def bash_complete(script: Path, *words: str) -> list[str]:
    array = " ".join(f"'{word}'" for word in words)
    done = subprocess.run(["bash", "-c", f"source '{script}'; COMP_WORDS=({array}); "
                           f"COMP_CWORD={len(words) - 1}; _simtool; "
                           "printf '%s\\n' \"${COMPREPLY[@]}\""],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


def test_bash_completion(generated: Path) -> None:
    script = generated / "bash-completion" / "completions" / "simtool"
    assert subprocess.run(["bash", "-n", str(script)], timeout=60).returncode == 0
    assert set(bash_complete(script, "simtool", "")) >= set(SUBCOMMANDS)
    assert bash_complete(script, "simtool", "ex") == ["exporter"]
    assert "--metrics-identity" in bash_complete(script, "simtool", "check", "--met")
    assert bash_complete(script, "simtool", "check", "--format", "js") == ["json", "jsonl"]
    assert "sim://no-sim" in bash_complete(script, "simtool", "check", "--port", "sim://no")
    assert bash_complete(script, "simtool", "help", "wa") == ["watch"]


@pytest.mark.skipif(shutil.which("fish") is None, reason="apt-get install fish")
def test_fish_completion(generated: Path) -> None:
    script = generated / "fish" / "vendor_completions.d" / "simtool.fish"

    def complete(line: str) -> list[str]:
        done = subprocess.run(["fish", "--no-config", "-c",
                               f"source '{script}'; complete -C '{line}'"],
                              capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stderr
        return [row.split("\t")[0] for row in done.stdout.splitlines()]

    assert complete("simtool ch") == ["check"]
    assert set(complete("simtool check --format ")) == {
        "text", "json", "markdown", "html", "pdf", "prometheus", "jsonl"}
    assert "sim://registration-denied" in complete("simtool watch --port sim://reg")
    assert "--listen" in complete("simtool exporter --l")


@pytest.mark.skipif(shutil.which("zsh") is None, reason="apt-get install zsh")
def test_zsh_completion_parses_and_defines_every_command(generated: Path) -> None:
    script = generated / "zsh" / "site-functions" / "_simtool"
    assert script.read_text(encoding="utf-8").startswith("#compdef simtool\n")
    assert subprocess.run(["zsh", "-n", str(script)], timeout=60).returncode == 0
    # Loaded (without running the completion), every command's function exists.
    names = " ".join(f"_simtool_{name.replace('-', '_')}" for name in SUBCOMMANDS)
    done = subprocess.run(["zsh", "-f", "-c", f"_simtool() {{ :; }}; "
                           f"source '{script}' 2>/dev/null; for f in {names}; do "
                           "(( $+functions[$f] )) || echo missing $f; done"],
                          capture_output=True, text=True, timeout=60)
    assert done.stdout == "", done.stdout
