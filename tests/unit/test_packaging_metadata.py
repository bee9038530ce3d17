"""Desktop entry, AppStream metadata, icons and the PyInstaller spec agree with the code."""

from __future__ import annotations

import ast
import configparser
import shutil
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from simtool import APP_ID, __version__

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
DESKTOP = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
ICONS = ROOT / "resources" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def _pyproject() -> dict[str, object]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="apt-get install desktop-file-utils")
def test_desktop_file_validates() -> None:
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout.lower()


@pytest.mark.skipif(shutil.which("appstreamcli") is None,
                    reason="apt-get install appstream")
def test_metainfo_validates() -> None:
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_entry_launches_the_gui_script_with_the_app_icon() -> None:
    entry = _desktop_entry()
    gui_scripts = _pyproject()["project"]["gui-scripts"]  # type: ignore[index]
    assert entry["Exec"].split()[0] in gui_scripts
    assert entry["Icon"] == APP_ID
    assert entry["Type"] == "Application"
    assert any(ch >= "\u4e00" for ch in entry["Comment[zh_CN]"])


def test_metainfo_names_the_app_id_launchable_and_current_release() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    project = _pyproject()["project"]
    licence = project["license"]  # type: ignore[index]
    # PEP 639 SPDX string, or the older {text = "..."} table
    spdx = licence if isinstance(licence, str) else licence["text"]
    assert root.findtext("project_license") == spdx
    binaries = {b.text for b in root.iter("binary")}
    assert binaries == set(project["scripts"]) | set(project["gui-scripts"])  # type: ignore[index]
    # Bumping simtool.__version__ needs a <release> entry describing it.
    assert __version__ in {r.get("version") for r in root.iter("release")}


def test_svg_icon_is_square_svg() -> None:
    root = ET.parse(ICONS / "simtool.svg").getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("width") == root.get("height")


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.mark.parametrize("size", PNG_SIZES)
def test_png_icon_sizes(size: int) -> None:
    assert _png_size(ICONS / f"simtool-{size}.png") == (size, size)


def test_windows_ico_holds_every_size_up_to_256() -> None:
    data = (ICONS / "simtool.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sides = {data[6 + 16 * i] or 256 for i in range(count)}  # 0 means 256
    assert sides == {16, 24, 32, 48, 64, 128, 256}


def test_macos_icns_has_the_retina_sizes() -> None:
    data = (ICONS / "simtool.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    kinds, offset = set(), 8
    while offset < len(data):
        kinds.add(data[offset:offset + 4])
        offset += struct.unpack(">I", data[offset + 4:offset + 8])[0]
    assert {b"ic07", b"ic08", b"ic09", b"ic10"} <= kinds


def test_spec_builds_both_programs_with_the_simulator_and_data() -> None:
    spec = (PACKAGING / "simtool.spec").read_text(encoding="utf-8")
    ast.parse(spec)  # a spec is Python
    for needed in ('name="simtool"', 'name="simtool-gui"', "console=True", "console=False",
                   "simtool.sim.urlhandler.protocol_sim", 'collect_submodules("serial.urlhandler")',
                   '"simtool/resources"', '"simtool/data"', "bundle_identifier=APP_ID"):
        assert needed in spec, needed
    for entry in ("entry_cli.py", "entry_gui.py"):
        assert (PACKAGING / entry).is_file()


def test_udev_rule_the_docs_point_to_exists() -> None:
    assert "udev/README.md" in (PACKAGING / "README.md").read_text(encoding="utf-8")
    assert list((PACKAGING / "udev").glob("*.rules"))


# -- issue 19: the sdist carries packaging/, the metainfo has no placeholders -------------

def test_metainfo_has_no_placeholder_urls() -> None:
    root = ET.parse(METAINFO).getroot()
    for url in root.iter("url"):
        assert "simtool/simtool" not in (url.text or ""), url.text
    for image in root.iter("image"):
        assert (image.text or "").startswith("https://"), image.text


@pytest.mark.skipif(shutil.which("appstreamcli") is None,
                    reason="apt-get install appstream")
def test_screenshots_script_lists_valid_screenshots(tmp_path: Path) -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("screenshots", PACKAGING / "screenshots.py")
    assert spec is not None and spec.loader is not None
    screenshots = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(screenshots)
    copy = tmp_path / METAINFO.name
    copy.write_text(METAINFO.read_text(encoding="utf-8"), encoding="utf-8")
    screenshots.list_in_metainfo(copy, "https://example.org/simtool/shots")
    screenshots.list_in_metainfo(copy, "https://example.org/simtool/shots/")   # replaces
    root = ET.parse(copy).getroot()
    images = [image.text for image in root.iter("image")]
    assert images == [f"https://example.org/simtool/shots/{name}"
                      for name, *_rest in screenshots.SHOTS]
    assert [s.get("type") for s in root.iter("screenshot")][0] == "default"
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(copy)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def _build_sdist(tmp_path: Path) -> list[str]:
    import tarfile

    source = tmp_path / "source"
    common = shutil.ignore_patterns("__pycache__", "*.pyc", ".venv*", "build", "dist",
                                    "*.egg-info", ".git")

    def ignore(folder: str, names: list[str]) -> set[str]:
        skipped = set(common(folder, names))
        if Path(folder) == PACKAGING:
            skipped.add("cli")          # generated by an earlier build: the sdist makes its own
        return skipped

    shutil.copytree(ROOT, source, ignore=ignore, symlinks=True)
    done = subprocess.run(
        [sys.executable, "-c", "from setuptools import build_meta as b; "
         "print(b.build_sdist('dist'))"], cwd=source, capture_output=True, text=True,
        timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    archive = source / "dist" / done.stdout.strip().splitlines()[-1]
    with tarfile.open(archive) as tar:
        return [name.split("/", 1)[1] for name in tar.getnames() if "/" in name]


def test_sdist_carries_packaging_docs_and_generated_cli_docs(tmp_path: Path) -> None:
    names = set(_build_sdist(tmp_path))
    for needed in ("packaging/linux/io.github.simtool.Simtool.desktop",
                   "packaging/linux/io.github.simtool.Simtool.metainfo.xml",
                   "packaging/udev/70-simtool-modem-ports.rules",
                   "packaging/fleet/systemd/simtool-textfile.service",
                   "packaging/fleet/systemd/simtool-textfile.timer",
                   "packaging/fleet/systemd/simtool-exporter.service",
                   "packaging/fleet/prometheus/simtool-alerts.yml",
                   "packaging/fleet/prometheus/simtool-alerts.test.yml",
                   "packaging/fleet/grafana/simtool-fleet.json",
                   "packaging/cli_docs.py", "packaging/simtool.spec",
                   "docs/monitoring.md", "docs/output.md",
                   # generated at build time from the argument parser
                   "packaging/cli/man/man1/simtool.1",
                   "packaging/cli/bash-completion/completions/simtool",
                   "packaging/cli/zsh/site-functions/_simtool",
                   "packaging/cli/fish/vendor_completions.d/simtool.fish",
                   "simtool/data/report.schema.json", "LICENSE"):
        assert needed in names, needed
    assert not any("__pycache__" in name for name in names)


def test_bundle_build_ships_cli_docs_and_the_fleet_kit() -> None:
    build = (PACKAGING / "build.sh").read_text(encoding="utf-8")
    assert "packaging/cli_docs.py --out dist/simtool/share" in build
    assert "cp -r packaging/fleet dist/simtool/share/simtool/fleet" in build
    smoke = (PACKAGING / "smoke_test.py").read_text(encoding="utf-8")
    assert "man/man1/simtool.1" in smoke and "simtool/fleet/" in smoke
