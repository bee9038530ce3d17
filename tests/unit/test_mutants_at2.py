"""Tests written against mutants that survived scripts/mutation.sh in simtool/at/urc.py
(docs/mutation.md): registries built from rules of their own (AtSession takes one as
`urcs`), so that the rule and registry constructors run in the test rather than at import
of the module, and classify lines as the built-in table does."""

from __future__ import annotations

import pytest

from simtool.at import urc
from simtool.at.urc import UrcRegistry, UrcRule


def _vendor_registry() -> tuple[UrcRegistry, UrcRule, UrcRule, UrcRule]:
    """A registry for a made-up vendor: a prefixed URC that its own read form also
    answers, one that another command's reply starts with, and a whole-line indication."""
    status = UrcRule("^VSTAT:")
    report = UrcRule("+XREP:", ("+XQUERY",))
    beep = UrcRule("Beep", whole_line=True)
    return UrcRegistry((status, report, beep)), status, report, beep


def test_own_registry_matches_prefixes_and_whole_lines() -> None:
    """Prefixes match the start of a line in any case; a whole-line rule only the whole
    line (blanks around it ignored), not a longer line that starts with it."""
    registry, status, report, beep = _vendor_registry()
    assert registry.match("^vstat: 1,2") is status
    assert registry.match("+XREP: 0") is report
    assert registry.match("  beep\r") is beep
    assert registry.match("BEEPER") is None
    assert registry.match("+CREG: 1") is None       # not one of this registry's rules


def test_own_registry_solicited_forms() -> None:
    """A rule without `solicited_by` is the reply of its own read and test forms; one with
    `solicited_by` is the reply of those commands only; a whole-line rule never is."""
    registry, _status, _report, _beep = _vendor_registry()
    assert registry.is_urc("^VSTAT: 1", None)
    assert not registry.is_urc("^VSTAT: 1", "AT^VSTAT?")
    assert not registry.is_urc("^VSTAT: 1", "at^vstat=?")
    assert registry.is_urc("^VSTAT: 1", "AT+XQUERY")
    assert not registry.is_urc("+XREP: 3", "AT+XQUERY")
    assert registry.is_urc("+XREP: 3", "AT+XREP?")
    assert registry.is_urc("BEEP", "AT+XQUERY")
    assert not registry.is_urc("OK", None)


def test_rule_defaults() -> None:
    """UrcRule(prefix) is a prefixed rule answered by its own read and test forms."""
    rule = UrcRule("+XREP:")
    assert (rule.prefix, rule.solicited_by, rule.whole_line) == ("+XREP:", (), False)
    assert rule.stems() == ("+XREP?", "+XREP=?")
    assert UrcRule("+XREP:", ("+XQUERY",)).stems() == ("+XQUERY",)
    assert UrcRule("BEEP", whole_line=True).stems() == ()


def test_rules_helper_builds_prefixed_rules() -> None:
    """The table's shorthand for several prefixed rules with default stems."""
    rules = urc._rules("+XA:", "+XB:")
    assert [(r.prefix, r.solicited_by, r.whole_line) for r in rules] == [
        ("+XA:", (), False), ("+XB:", (), False)]
    registry = UrcRegistry(rules)
    assert registry.is_urc("+XB: 1", "AT+XA?")
    assert not registry.is_urc("+XB: 1", "AT+XB?")


@pytest.mark.parametrize(
    ("line", "command", "unsolicited"),
    [
        # TS 27.007 §7.2 registration report, while idle and as the reply to AT+CREG?.
        ("+CREG: 1", None, True),
        ("+CREG: 2,1,\"1A2B\",\"01C2D3E4\",7", "AT+CREG?", False),
        ("+CREG: 1", "AT+CSQ", True),
        # TS 27.005 §3.4.1 new message indication; V.250 RING; Quectel RDY (lower case).
        ("+CMTI: \"SM\",3", "AT+CMGL=4", True),
        ("RING", None, True),
        ("rdy", "AT", True),
        # Ordinary replies are not URCs.
        ("+CSQ: 20,99", "AT+CSQ", False),
        ("OK", None, False),
    ],
)
def test_a_new_default_registry_classifies_like_the_module(
        line: str, command: str | None, unsolicited: bool) -> None:
    """UrcRegistry() built now reads the built-in table as the module's registry does."""
    assert UrcRegistry().is_urc(line, command) is unsolicited
    assert urc.is_urc(line, command) is unsolicited
