"""PDF export: real text (pdftotext finds it), A4, Chinese shows, redaction holds."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from simtool.report import render
from simtool.report.pdf import report_font, to_pdf

pytestmark = pytest.mark.gui

SAMPLES_FILE = Path(__file__).parents[1] / "data" / "reports" / "samples.py"
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                   reason="poppler-utils (pdftotext) not installed")


def _samples():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("report_samples", SAMPLES_FILE)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.SAMPLES


SAMPLES = _samples()


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


@needs_poppler
def test_text_has_the_verdict_and_the_iccid(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pdf = to_pdf(SAMPLES["data-refused"]())
    assert pdf.startswith(b"%PDF-")
    text = pdf_text(pdf, tmp_path)
    assert "Problem found" in text
    assert "cause #33" in text
    assert "89490200001234567890" in text
    assert "web.vodafone.de" in text
    assert "AT+CGACT=1,1" in text       # the transcript is printed, not collapsed


@needs_poppler
def test_chinese_text_is_real_text(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = pdf_text(to_pdf(SAMPLES["healthy"]()), tmp_path)
    assert "中国移动 CHINA MOBILE (46000)" in text


def test_font_covers_chinese_when_the_system_has_such_a_font(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QFontDatabase

    cjk_available = any(QFontDatabase.WritingSystem.SimplifiedChinese
                        in QFontDatabase.writingSystems(f) for f in QFontDatabase.families())
    if not cjk_available:
        pytest.skip("no font with Chinese on this system: nothing for the report font to "
                    "cover (install fonts-noto-cjk to run this test)")
    families = report_font().families()
    assert families
    assert any(QFontDatabase.WritingSystem.SimplifiedChinese
               in QFontDatabase.writingSystems(f) for f in families)


@needs_poppler
def test_redacted_pdf_has_no_long_identifier(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pdf = render(SAMPLES["data-refused"](), "pdf", redact=True)
    assert isinstance(pdf, bytes)
    text = pdf_text(pdf, tmp_path)
    assert not re.findall(r"\d{12,}", text.replace(" ", ""))
    assert "7890" in text


@needs_poppler
def test_page_is_a4(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "r.pdf"
    path.write_bytes(to_pdf(SAMPLES["pin-locked"]()))
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True,
                          text=True).stdout
    assert re.search(r"Page size:\s+595(\.\d+)? x 842(\.\d+)? pts \(A4\)", info), info


@needs_poppler
def test_render_pdf_works_without_an_application(tmp_path: Path) -> None:
    """The CLI has no QGuiApplication: render() must make an offscreen one itself."""
    out = tmp_path / "cli.pdf"
    code = (
        "import importlib.util, sys\n"
        f"spec = importlib.util.spec_from_file_location('s', {str(SAMPLES_FILE)!r})\n"
        "m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)\n"
        "from simtool.report import render\n"
        f"open({str(out)!r}, 'wb').write(render(m.pin_locked(), 'pdf'))\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)
    assert "The SIM card is locked with a PIN" in pdf_text(out.read_bytes(), tmp_path)
