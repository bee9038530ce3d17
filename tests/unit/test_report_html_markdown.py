"""HTML and Markdown properties the golden files do not spell out: safety and structure."""

from __future__ import annotations

import importlib.util
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from simtool import i18n
from simtool.report import render
from simtool.report.html import to_html
from simtool.report.markdown import to_markdown
from simtool.report.model import Report

pytestmark = pytest.mark.usefixtures("english")   # report texts in English

SAMPLES_FILE = Path(__file__).parents[1] / "data" / "reports" / "samples.py"


def _samples():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("report_samples", SAMPLES_FILE)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.SAMPLES


SAMPLES = _samples()


def hostile_report() -> Report:
    """Text a modem or a user could send that would break naive HTML/Markdown."""
    report = SAMPLES["data-refused"]()
    report.facts.operator.name = '<script>alert("x")</script> | *Op* & Co'
    report.support.symptom = "<img src=x onerror=alert(1)> ``` [link](http://evil.example)"
    report.transcript[1].text = "```\n# not a heading"
    return report


class Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs.extend(attrs)


def parse(html: str) -> Collector:
    collector = Collector()
    collector.feed(html)
    return collector


def test_html_is_self_contained() -> None:
    html = to_html(SAMPLES["data-refused"]())
    page = parse(html)
    assert "script" not in page.tags and "link" not in page.tags and "img" not in page.tags
    assert not [v for k, v in page.attrs if k in ("src", "href")]
    assert not re.search(r"https?://|url\(|@import|@font-face", html)
    assert "@media print" in html


def test_html_escapes_everything() -> None:
    html = to_html(hostile_report())
    page = parse(html)
    assert "script" not in page.tags and "img" not in page.tags
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html


def test_html_order_verdict_checks_facts_support_transcript() -> None:
    html = to_html(SAMPLES["data-refused"]())
    marks = ["Problem found", "<h2>Checks</h2>", "<h2>Facts</h2>", "<h2>Support details</h2>",
             "<details><summary>AT transcript (31 lines)</summary>"]
    positions = [html.index(m) for m in marks]
    assert positions == sorted(positions)
    assert html.rstrip().endswith("</details>\n</main>\n</body>\n</html>")


def test_html_lang_follows_the_language() -> None:
    assert '<html lang="en">' in to_html(SAMPLES["healthy"]())
    i18n.set_language("zh_CN")
    assert '<html lang="zh-CN">' in to_html(SAMPLES["healthy"]())


def test_html_support_details_answer_the_operator() -> None:
    html = to_html(SAMPLES["data-refused"]())
    support = html[html.index("<h2>Support details</h2>"):html.index("<details>")]
    for expected in ("SIMCOM INCORPORATED SIM7600E-H", "LE20B04SIM7600M22", "Linux 6.1.0",
                     "862636051234567", "89490200001234567890", "262021234567890",
                     "+491721234567", "Vodafone.de (26202) LTE", "data session cause #33",
                     "no internet since Monday", "2026-11-16"):
        assert expected in support


def test_markdown_escapes_table_and_inline_markup() -> None:
    md = to_markdown(hostile_report())
    operator_rows = [line for line in md.splitlines() if line.startswith("| Operator |")]
    assert operator_rows
    for row in operator_rows:
        assert len(re.findall(r"(?<!\\)\|", row)) == 3   # two cells, the escaped pipe inside
    assert "\\<script>" in md and "\\*Op\\*" in md
    assert "\\[link\\](http://evil.example)" in md


def test_markdown_transcript_fence_outlasts_backticks_inside() -> None:
    md = to_markdown(hostile_report())
    assert "````text" in md
    block = md.split("````text\n", 1)[1].split("\n````", 1)[0]
    assert "```" in block and "# not a heading" in block


def test_markdown_has_tables_list_and_numbered_steps() -> None:
    md = to_markdown(SAMPLES["data-refused"]())
    assert "| Fact | Value |" in md and "| ICCID | 89490200001234567890 |" in md
    assert "- ✘ **The network refused the data session" in md
    assert "1. Your plan does not allow data right now" in md


def test_render_rejects_unknown_formats() -> None:
    with pytest.raises(ValueError, match="unknown report format"):
        render(SAMPLES["healthy"](), "docx")
