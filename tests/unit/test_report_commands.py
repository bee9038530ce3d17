"""Commands quoted in remedies and details (`simtool ...`) come out as code, intact.

Remedies mark shell commands with backticks (simtool/diagnosis/remedies.py). Markdown must
show them as inline code (not escaped), HTML as <code> that never wraps inside, while every
other character from the modem or the user stays escaped as before. The JSON report keeps
the backticks: its strings are a contract.
"""

from __future__ import annotations

import copy
import json
import re
import shlex
from html.parser import HTMLParser

import pytest

from simtool.diagnosis.results import CheckResult
from simtool.report import render
from simtool.report.html import CSS, html_document, to_html
from simtool.report.markdown import md_with_code, to_markdown
from simtool.report.model import Report, SupportInfo
from simtool.report.text import code_segments
from simtool.runner import CheckOptions, run_check

pytestmark = pytest.mark.usefixtures("english")   # report texts in English

_cache: dict[str, Report] = {}


def url(scenario: str) -> str:
    """The port as the remedies quote it for a shell (the "?" is quoted)."""
    return shlex.quote(f"sim://{scenario}?latency=0")


def checked(scenario: str) -> Report:
    """A real check against the simulated modem (same path as hardware: port -> AT -> rules)."""
    if scenario not in _cache:
        _cache[scenario] = run_check(f"sim://{scenario}?latency=0",
                                     CheckOptions(timeout=5, support=SupportInfo()))
    return copy.deepcopy(_cache[scenario])


def with_hostile_command() -> Report:
    """A detail whose command holds HTML/Markdown specials, next to modem text that does too."""
    report = checked("registration-denied")
    report.checks[0] = CheckResult(
        "port", "pass", "Modem port",
        "*Op* <b>|</b> & run `echo a<b && ls *.log | head` now",
        "1. Run `simtool ports --probe` & pick <the one> that answers.")
    report.checks[0].status = "warn"  # so the HTML shows its remedy too
    return report


class CodeCollector(HTMLParser):
    """The text of every <code> element, and the tags seen."""

    def __init__(self) -> None:
        super().__init__()
        self.codes: list[str] = []
        self.tags: list[str] = []
        self._depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag == "code":
            self._depth += 1
            self.codes.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "code":
            self._depth -= 1

    def handle_data(self, data: str) -> None:
        if self._depth:
            self.codes[-1] += data


def codes_in(html: str) -> CodeCollector:
    collector = CodeCollector()
    collector.feed(html)
    collector.close()
    return collector


def test_code_segments_split_on_backtick_pairs_only() -> None:
    assert code_segments("run `simtool ports` now") == [
        ("run ", False), ("simtool ports", True), (" now", False)]
    assert code_segments("it's a lone ` backtick") == [("it's a lone ` backtick", False)]
    assert code_segments("") == []


# --- Markdown ---------------------------------------------------------------------------

def test_markdown_shows_the_radio_commands_as_inline_code() -> None:
    md = to_markdown(checked("registration-denied"))
    assert f"`simtool radio off --allow-write --port {url('registration-denied')}`" in md
    assert "\\`" not in md


def test_markdown_account_detail_of_a_healthy_check_is_inline_code() -> None:
    md = to_markdown(checked("healthy"))
    line = next(line for line in md.splitlines() if "balance" in line and "not run" in line)
    assert f"`simtool balance --port {url('healthy')}`" in line
    assert "\\`" not in line


def test_markdown_escapes_everything_around_a_command() -> None:
    md = to_markdown(with_hostile_command())
    assert ("\\*Op\\* \\<b>\\|\\</b> & run `echo a<b && ls *.log | head` now") in md
    assert md_with_code("# `x` *y*", line_start=True) == "\\# `x` \\*y\\*"
    assert md_with_code("`a` `b`") == "`a` `b`"


# --- HTML -------------------------------------------------------------------------------

def test_html_commands_are_code_elements_that_do_not_wrap() -> None:
    html = to_html(checked("registration-denied"))
    page = codes_in(html)
    assert f"simtool radio on --allow-write --port {url('registration-denied')}" in page.codes
    assert "`" not in html.split("<body>", 1)[1]
    assert re.search(r"\ncode \{[^}]*white-space: nowrap", CSS)


def test_html_escapes_the_command_and_the_text_around_it() -> None:
    html = to_html(with_hostile_command())
    page = codes_in(html)
    assert "echo a<b && ls *.log | head" in page.codes
    assert "simtool ports --probe" in page.codes
    assert "<code>echo a&lt;b &amp;&amp; ls *.log | head</code>" in html
    assert "*Op* &lt;b&gt;|&lt;/b&gt; &amp; run <code>" in html
    assert "&amp; pick &lt;the one&gt; that answers." in html
    assert "b" not in page.tags   # the modem's <b> stayed text


def test_qt_variant_joins_each_command_word_so_only_spaces_can_break() -> None:
    html = html_document(with_hostile_command(), qt=True)
    page = codes_in(html)
    command = f"simtool radio off --allow-write --port {url('registration-denied')}"
    assert "\u2060".join(command).replace("\u2060 \u2060", " ") in page.codes
    assert ("\u2060".join("echo a<b && ls *.log | head").replace("\u2060 \u2060", " ")
            in page.codes)


# --- JSON keeps its contract --------------------------------------------------------------

def test_json_strings_keep_the_backticks() -> None:
    data = json.loads(render(checked("registration-denied"), "json"))
    remedies = " ".join(check.get("remedy") or "" for check in data["checks"])
    assert f"`simtool radio on --allow-write --port {url('registration-denied')}`" in remedies
