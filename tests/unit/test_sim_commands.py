"""The simulated modem's command families (simtool.sim.commands): one table per family,
merged into the one the interpreter dispatches on."""

from __future__ import annotations

import re
from types import ModuleType

import pytest

from simtool.sim.commands import FAMILIES, HANDLERS, VENDOR_ONLY
from simtool.sim.modem import Config, Modem
from simtool.sim.personalities import PERSONALITIES


def test_no_command_is_answered_by_two_families() -> None:
    seen: dict[str, str] = {}
    for family in FAMILIES:
        for name in family.HANDLERS:
            assert name not in seen, f"{name} in {seen.get(name)} and {family.__name__}"
            seen[name] = family.__name__
    assert set(seen) == set(HANDLERS)


@pytest.mark.parametrize("family", FAMILIES, ids=lambda family: family.__name__)
def test_a_family_names_its_commands_with_their_prefix_and_vendor_only_ones_it_answers(
        family: ModuleType) -> None:
    for name in family.HANDLERS:
        assert re.fullmatch(r"[+^#!*%$][A-Z0-9]+", name), name
    assert family.VENDOR_ONLY <= set(family.HANDLERS)


def test_every_vendor_only_command_has_a_vendor_that_answers_it() -> None:
    offered = set().union(*(p.extra_commands for p in PERSONALITIES.values()))
    assert VENDOR_ONLY <= offered


def test_a_vendor_only_command_is_an_error_on_other_vendors() -> None:
    generic = Modem(Config(vendor="generic"))
    huawei = Modem(Config(vendor="huawei"))
    assert generic.command("AT^HCSQ?").chunks[0].data.endswith(b"\r\nERROR\r\n")
    assert huawei.command("AT^HCSQ?").chunks[0].data.endswith(b"\r\nOK\r\n")
