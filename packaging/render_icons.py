"""Render resources/icons/simtool.svg into the PNG sizes, the Windows .ico and the macOS .icns.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/render_icons.py

Uses Qt's SVG renderer (no extra tools). The .ico and .icns simply embed PNGs, which every
Windows since Vista and macOS since 10.7 read.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SVG = ICONS / "simtool.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# Apple icon types that hold PNG data, by pixel size (ic10 is 512 pt at 2x).
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08",
              512: b"ic09", 1024: b"ic10"}


def png_name(size: int) -> str:
    return f"simtool-{size}.png"


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # stub wants bytes, Qt a str
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        blob = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
        blobs += blob
    return header + entries + blobs


def icns(pngs: dict[int, bytes]) -> bytes:
    body = b"".join(ICNS_TYPES[size] + struct.pack(">I", len(blob) + 8) + blob
                    for size, blob in sorted(pngs.items()))
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - keeps Qt up
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"cannot read {SVG}", file=sys.stderr)
        return 1
    rendered = {size: render_png(renderer, size)
                for size in sorted(set(PNG_SIZES) | set(ICO_SIZES) | set(ICNS_TYPES))}
    for size in PNG_SIZES:
        (ICONS / png_name(size)).write_bytes(rendered[size])
    (ICONS / "simtool.ico").write_bytes(ico({s: rendered[s] for s in ICO_SIZES}))
    (ICONS / "simtool.icns").write_bytes(icns({s: rendered[s] for s in ICNS_TYPES}))
    print(f"wrote {len(PNG_SIZES)} PNGs, simtool.ico and simtool.icns into {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
