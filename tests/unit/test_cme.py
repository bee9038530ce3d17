"""+CME / +CMS tables against 3GPP TS 27.007 §9.2, TS 27.005 §3.2.5 and the cause mapping in
the reference notes (causes.md §3)."""

from __future__ import annotations

import pytest

from simtool.at.cme import (
    CME_TEXTS,
    cme_code_for_text,
    cme_text,
    cms_code_for_text,
    cms_text,
    nas_cause_for_cme,
)


@pytest.mark.parametrize(("code", "text"), [
    (0, "phone failure"),                      # TS 27.007 §9.2.1
    (10, "SIM not inserted"),
    (11, "SIM PIN required"),
    (12, "SIM PUK required"),
    (13, "SIM failure"),
    (14, "SIM busy"),
    (16, "incorrect password"),
    (30, "no network service"),
    (32, "network not allowed - emergency calls only"),
    (63, "message waiting indication subscription failure"),
    (100, "unknown"),
    (111, "PLMN not allowed"),                 # TS 27.007 §9.2.2
    (133, "requested service option not subscribed"),
    (149, "PDP authentication failure"),
    (177, "operator determined barring"),
    (192, "IPv4 only allowed"),
    (233, "wireline access area not allowed"),
])
def test_cme_text(code: int, text: str) -> None:
    assert cme_text(code) == text


def test_table_covers_the_ranges_of_27007() -> None:
    expected = {*range(0, 8), *range(10, 19), *range(20, 28), 30, 31, 32, *range(40, 64), 100,
                *range(102, 120), 122, *range(124, 152), *range(171, 234)}
    assert expected <= set(CME_TEXTS)


@pytest.mark.parametrize("code", [8, 19, 101, 120, 121, 160, 256, 515, -1])
def test_unassigned_and_vendor_codes_have_no_text(code: int) -> None:
    assert cme_text(code) is None


@pytest.mark.parametrize(("text", "code"), [
    ("SIM not inserted", 10),                  # TS 27.007 verbose (AT+CMEE=2)
    ("sim not inserted", 10),
    ("SIM PIN required", 11),
    ("SIM PIN2 required", 17),                 # ModemManager's 16-entry table lacks this one
    ("SIM busy", 14),
    ("Incorrect password", 16),
    ("invalid characters in text string", 25),
    ("Network not allowed - emergency calls only", 32),
    ("operation not supported", 4),
    ("no network", 30),                        # ModemManager short form
    ("requested service option not subscribed", 133),
    ("Operator Determined Barring", 177),
    ("PHONE FAILURE", 0),
])
def test_cme_code_for_text(text: str, code: int) -> None:
    assert cme_code_for_text(text) == code


@pytest.mark.parametrize("text", ["", "   ", "vendor specific trouble", "ERROR"])
def test_unknown_text_has_no_code(text: str) -> None:
    assert cme_code_for_text(text) is None


@pytest.mark.parametrize(("code", "cause"), [
    (102, ("mm", 2)),      # IMSI unknown in HLR/HSS
    (103, ("mm", 3)),      # illegal MS/UE
    (106, ("mm", 6)),
    (111, ("mm", 11)),     # PLMN not allowed
    (113, ("mm", 13)),
    (119, ("mm", 19)),     # ESM failure: the ESM cause is in +CEER
    (124, ("sm", 24)),     # MBMS bearer capabilities insufficient (SM #24)
    (127, ("sm", 27)),     # missing or unknown APN
    (129, ("sm", 29)),     # user authentication failed
    (133, ("sm", 33)),     # not subscribed
    (138, ("mm", 38)),     # MM #38; SM #38 "network failure" is 190
    (139, ("mm", 39)),
    (147, ("sm", 47)),
    (171, ("sm", 49)),
    (177, ("sm", 8)),      # operator determined barring, not EMM #8
    (178, ("sm", 65)),
    (183, ("mm", 28)),
    (185, ("mm", 40)),
    (190, ("sm", 38)),
    (192, ("sm", 50)),
    (204, ("mm", 42)),
    (210, ("mm", 27)),
    (227, ("mm", 31)),
    (233, ("mm", 77)),
])
def test_nas_cause_for_cme(code: int, cause: tuple[str, int]) -> None:
    assert nas_cause_for_cme(code) == cause


@pytest.mark.parametrize("code", [0, 10, 14, 100, 120, 121, 148, 149, 150, 151, 182, 515])
def test_codes_without_nas_cause(code: int) -> None:
    assert nas_cause_for_cme(code) is None


@pytest.mark.parametrize(("code", "text"), [
    (300, "ME failure"), (310, "(U)SIM not inserted"), (314, "(U)SIM busy"),
    (321, "invalid memory index"), (330, "SMSC address unknown"), (500, "unknown error"),
])
def test_cms_text(code: int, text: str) -> None:
    assert cms_text(code) == text


def test_cms_outside_table() -> None:
    assert cms_text(10) is None
    assert cms_text(501) is None


def test_cms_code_for_text() -> None:
    assert cms_code_for_text("SIM busy") == 314
    assert cms_code_for_text("(U)SIM busy") == 314
    assert cms_code_for_text("no such thing") is None
