"""How much disk the core install takes (issue 19: target <= 5 MB with its dependencies).

Builds simtool's wheel from a copy of the tree, installs it with the core requirements only
(`--no-deps`: pyserial, platformdirs) into a clean venv without pip, as pip installs by
default (bytecode compiled), and prints the bytes of every file in site-packages, by
distribution. For comparison it prints what the `gui` extra (PySide6) would add, from the
PySide6 installed in this environment, when there is one.

Run: .venv/bin/python benchmarks/install_size.py
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET_MB = 5.0


def tree_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def build_wheel(work: Path) -> Path:
    source = work / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md", "LICENSE", "MANIFEST.in", "setup.py"):
        if (ROOT / name).exists():
            shutil.copy2(ROOT / name, source / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(ROOT / "simtool", source / "simtool", symlinks=True, ignore=ignore)
    shutil.copytree(ROOT / "resources", source / "resources", ignore=ignore)
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                    "--quiet", "--wheel-dir", str(work / "wheel"), str(source)], check=True)
    return next((work / "wheel").glob("simtool-*.whl"))


def main() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    requirements = list(project["dependencies"])
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        wheel = build_wheel(work)
        venv = work / "venv"
        subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
        subprocess.run([sys.executable, "-m", "pip", "--python", str(venv / "bin" / "python"),
                        "install", "--quiet", "--no-deps", str(wheel), *requirements],
                       check=True)
        site = next(venv.glob("lib/python*/site-packages"))
        groups: dict[str, int] = {}
        for entry in site.iterdir():
            name = entry.name.split("-")[0].split(".")[0].lower()
            name = {"serial": "pyserial", "_distutils_hack": "(venv)"}.get(name, name)
            size = tree_bytes(entry) if entry.is_dir() else entry.stat().st_size
            groups[name] = groups.get(name, 0) + size
        total = sum(groups.values())
        print(f"core install ({', '.join(requirements)}, wheel {wheel.stat().st_size / 1e6:.2f}"
              " MB):")
        for name, size in sorted(groups.items(), key=lambda item: -item[1]):
            print(f"  {name:<16} {size / 1e6:6.2f} MB")
        print(f"  {'total':<16} {total / 1e6:6.2f} MB   target <= {TARGET_MB:.0f} MB: "
              f"ratio {total / 1e6 / TARGET_MB:.2f}")
        simtool_dir = site / "simtool"
        gui = tree_bytes(simtool_dir / "gui")
        print(f"  (of which simtool/gui, unused without Qt: {gui / 1e6:.2f} MB)")
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.submodule_search_locations:
        pyside = Path(next(iter(spec.submodule_search_locations)))
        extra = tree_bytes(pyside) + sum(tree_bytes(p) for p in pyside.parent.glob("shiboken6*"))
        print(f"the gui extra adds PySide6 + shiboken6: {extra / 1e6:.0f} MB")


if __name__ == "__main__":
    main()
