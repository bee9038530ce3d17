"""Smoke-test a built bundle: the frozen programs run, find the simulator, the translations
and Qt.

    .venv/bin/python packaging/smoke_test.py dist/simtool

Runs the bundle's own executables (never this interpreter's simtool), each with a time limit,
and exits non-zero on the first failure.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
LIMIT_S = 180


def _has_chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def _run(command: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    print("$", " ".join(command), flush=True)
    result = subprocess.run(command, capture_output=True, text=True, encoding="utf-8",
                            errors="replace", env=env, timeout=LIMIT_S)
    print(result.stdout[-1500:], result.stderr[-1500:], sep="\n", flush=True)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("bundle", type=Path, help="the built folder, e.g. dist/simtool")
    args = parser.parse_args(argv)
    suffix = ".exe" if sys.platform == "win32" else ""
    cli = str(args.bundle / f"simtool{suffix}")
    env = {k: v for k, v in os.environ.items()
           if k not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "PYTHONPATH")}
    env.update(LANG="C.UTF-8", QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8")
    failures: list[str] = []

    def expect(ok: bool, what: str) -> None:
        print(("ok   " if ok else "FAIL ") + what, flush=True)
        if not ok:
            failures.append(what)

    with tempfile.TemporaryDirectory(prefix="simtool-smoke-") as tmp:
        env["SIMTOOL_HOME"] = tmp  # the bundle must not touch the user's settings

        version = _run([cli, "--version"], env)
        expect(version.returncode == 0 and "simtool" in version.stdout, "simtool --version")

        healthy = _run([cli, "check", "--port", "sim://healthy"], env)
        expect(healthy.returncode == 0, "simtool check --port sim://healthy exits 0")

        no_sim = _run([cli, "check", "--port", "sim://no-sim", "--lang", "zh_CN"], env)
        expect(no_sim.returncode == 1, "simtool check --port sim://no-sim exits 1 (problem)")
        expect(_has_chinese(no_sim.stdout), "--lang zh_CN prints Chinese")

        chinese_env = dict(env, LANG="zh_CN.UTF-8")
        by_locale = _run([cli, "check", "--port", "sim://no-sim"], chinese_env)
        expect(_has_chinese(by_locale.stdout), "LANG=zh_CN.UTF-8 prints Chinese")

        shot = Path(tmp) / "out.png"
        gui = _run([cli, "gui", "--port", "sim://healthy", "--screenshot", str(shot)], env)
        expect(gui.returncode == 0, "simtool gui --screenshot exits 0")
        expect(shot.is_file() and shot.read_bytes()[:8] == PNG_MAGIC,
               "simtool gui --screenshot writes a PNG")

        gui_program = args.bundle / f"simtool-gui{suffix}"
        expect(gui_program.is_file(), "the windowed simtool-gui program is in the bundle")
        chinese_shot = Path(tmp) / "zh.png"
        windowed = _run([str(gui_program), "--port", "sim://pin-locked", "--lang", "zh_CN",
                         "--screenshot", str(chinese_shot)], env)
        expect(windowed.returncode == 0 and chinese_shot.is_file()
               and chinese_shot.read_bytes()[:8] == PNG_MAGIC,
               "simtool-gui --lang zh_CN --screenshot writes a PNG")
    share = args.bundle / "share"
    for shipped in ("man/man1/simtool.1", "bash-completion/completions/simtool",
                    "zsh/site-functions/_simtool", "fish/vendor_completions.d/simtool.fish",
                    "simtool/fleet/prometheus/simtool-alerts.yml",
                    "simtool/fleet/systemd/simtool-textfile.timer", "simtool/monitoring.md"):
        expect((share / shipped).is_file(), f"share/{shipped} is in the bundle")
    if failures:
        print(f"smoke test: {len(failures)} failed: " + "; ".join(failures), file=sys.stderr)
        return 1
    print("smoke test: all passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
