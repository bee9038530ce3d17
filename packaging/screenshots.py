"""Render the app's screenshots with `simtool gui --screenshot` and list them in the AppStream
metainfo, for software centres.

AppStream wants every screenshot as a web address, and simtool has no web home yet; so the
images are made at release time and the metainfo gets its <screenshots> once they are
published somewhere:

    python packaging/screenshots.py --out site/screenshots                 # render only
    python packaging/screenshots.py --out site/screenshots \\
        --base-url https://example.org/simtool/screenshots/ \\
        --metainfo packaging/linux/io.github.simtool.Simtool.metainfo.xml  # and list them

Needs the gui extra (PySide6); works without a screen (QT_QPA_PLATFORM=offscreen).
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

SIZE = (1200, 780)      # simtool.gui.app.SCREENSHOT_SIZE
# (file, scenario, language, caption): the default first.
SHOTS = [
    ("wrong-apn.png", "wrong-apn", "en",
     "The first failing step is the cause, with what to do about it"),
    ("not-subscribed-zh_CN.png", "not-subscribed", "zh_CN",
     "In Simplified Chinese: the network refuses the data session (plan expired or quota "
     "used up)"),
    ("pin-locked.png", "pin-locked", "en", "A SIM card locked with its PIN, and the retries left"),
]


def render(out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    made = []
    for name, scenario, language, _caption in SHOTS:
        target = out / name
        subprocess.run([sys.executable, "-m", "simtool", "gui", "--port", f"sim://{scenario}",
                        "--lang", language, "--screenshot", str(target)],
                       check=True, env=env, timeout=300)
        made.append(target)
    return made


def screenshots_block(base_url: str) -> str:
    base = base_url if base_url.endswith("/") else base_url + "/"
    lines = ["  <screenshots>"]
    for index, (name, _scenario, language, caption) in enumerate(SHOTS):
        kind = ' type="default"' if index == 0 else ""
        lines += [f"    <screenshot{kind}>",
                  f"      <caption>{escape(caption)}</caption>",
                  f'      <image type="source" width="{SIZE[0]}" height="{SIZE[1]}"'
                  f">{escape(base + name)}</image>",
                  "    </screenshot>"]
        del language
    lines.append("  </screenshots>")
    return "\n".join(lines) + "\n"


def list_in_metainfo(metainfo: Path, base_url: str) -> None:
    """Put (or replace) the <screenshots> block, before <launchable>."""
    text = metainfo.read_text(encoding="utf-8")
    text = re.sub(r"  <screenshots>.*?</screenshots>\n", "", text, flags=re.S)
    block = screenshots_block(base_url)
    text = text.replace("  <launchable", block + "\n  <launchable", 1)
    metainfo.write_text(text, encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True, help="folder for the PNG files")
    parser.add_argument("--base-url", help="where the PNG files will be published")
    parser.add_argument("--metainfo", type=Path, help="metainfo file to list them in")
    parser.add_argument("--no-render", action="store_true", help="only update the metainfo")
    args = parser.parse_args()
    if bool(args.base_url) != bool(args.metainfo):
        parser.error("--base-url and --metainfo go together")
    if not args.no_render:
        for path in render(args.out):
            print(path)
    if args.metainfo:
        list_in_metainfo(args.metainfo, args.base_url)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
