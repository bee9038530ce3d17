"""PDF: a command quoted in a remedy survives as one piece, so a copied command works.

QTextDocument breaks lines after "-" and "/" (it split "--" from "allow-write"), so the PDF
variant joins the characters of each command word; pdftotext must then find every option
whole, in English and in Chinese (where the command sits between CJK characters).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from simtool import i18n
from simtool.report.model import SupportInfo
from simtool.report.pdf import to_pdf
from simtool.runner import CheckOptions, run_check

pytestmark = [pytest.mark.gui,
              pytest.mark.skipif(shutil.which("pdftotext") is None,
                                 reason="poppler-utils (pdftotext) not installed")]


@pytest.fixture(params=["en", "zh_CN"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    before = i18n.language()
    i18n.set_language(request.param)
    yield request.param
    i18n.set_language(before)


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def test_commands_never_break_inside_a_word(qapp, language: str,  # type: ignore[no-untyped-def]
                                            tmp_path: Path) -> None:
    # The remedy names the radio commands twice, long enough to reach the line's end.
    report = run_check("sim://registration-denied?latency=0",
                       CheckOptions(timeout=5, support=SupportInfo()))
    text = pdf_text(to_pdf(report), tmp_path)
    words = text.split()
    assert words.count("--allow-write") >= 2, text
    assert text.count("'sim://registration-denied?latency=0'") >= 2, text
    # No line ends in the middle of an option: "--" or "allow-" alone at a line's end.
    assert not re.search(r"(--|\w-|://)\n", text), text
    # The joiners that hold the words together are not part of the text a reader copies.
    assert "\u2060" not in text and "`" not in text
