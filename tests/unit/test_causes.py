"""Cause tables: the namespace decides the meaning of a number (TS 24.008 / 24.301 / 24.501)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from simtool.diagnosis.causes import (
    _MOBILITY,
    _SESSION,
    MOBILITY_NAMESPACES,
    SESSION_NAMESPACES,
    SIDES,
    cause,
    cause_for_cme,
    mobility_cause,
    session_cause,
)


def test_emm_8_and_esm_8_are_different_causes() -> None:
    # TS 24.301 Annex A: EMM #8 "EPS services and non-EPS services not allowed";
    # Annex B: ESM #8 "Operator determined barring".
    emm = mobility_cause(8, "EMM")
    esm = session_cause(8, "ESM")
    assert emm is not None and esm is not None
    assert emm.name == "EPS services and non-EPS services not allowed"
    assert esm.name == "Operator determined barring"
    assert emm.side == "account" and esm.side == "account"
    assert emm.meaning != esm.meaning


@pytest.mark.parametrize(("namespace", "number", "name"), [
    ("EMM", 2, "IMSI unknown in HSS"),                     # TS 24.301 Annex A
    ("GMM", 2, "IMSI unknown in HLR"),                     # TS 24.008 Annex G
    ("MM", 3, "Illegal MS"),
    ("EMM", 3, "Illegal UE"),
    ("5GMM", 3, "Illegal UE"),                              # TS 24.501 Annex A
    ("EMM", 7, "EPS services not allowed"),
    ("GMM", 7, "GPRS services not allowed"),
    ("5GMM", 7, "5GS services not allowed"),
    ("EMM", 11, "PLMN not allowed"),
    ("EMM", 12, "Tracking area not allowed"),
    ("MM", 12, "Location area not allowed"),
    ("EMM", 13, "Roaming not allowed in this tracking area"),
    ("EMM", 15, "No suitable cells in tracking area"),
    ("EMM", 19, "ESM failure"),
    ("5GMM", 27, "N1 mode not allowed"),
    ("EMM", 31, "Redirection to 5GCN required"),
    ("5GMM", 31, "Redirection to EPC required"),
    ("ESM", 27, "Missing or unknown APN"),                  # TS 24.301 Annex B
    ("5GSM", 27, "Missing or unknown DNN"),
    ("ESM", 29, "User authentication or authorization failed"),
    ("SM", 29, "User authentication failed"),               # TS 24.008 Annex I (older wording)
    ("ESM", 31, "Request rejected, unspecified"),
    ("SM", 31, "Activation rejected, unspecified"),
    ("ESM", 33, "Requested service option not subscribed"),
    ("SM", 50, "PDP type IPv4 only allowed"),
])
def test_spec_names(namespace: str, number: int, name: str) -> None:
    found = cause(number, namespace)
    assert found is not None
    assert found.name == name
    assert found.label == f"{namespace} cause #{number} ({name})"


@pytest.mark.parametrize(("namespace", "number"), [
    ("5GMM", 2), ("5GMM", 8), ("5GMM", 14),   # no such causes in TS 24.501
    ("EMM", 4),                              # IMSI unknown in VLR is MM only
    ("EMM", 27),                             # N1 mode not allowed is 5GMM only
    ("ESM", 46),                             # unused in ESM
    ("EMM", 999),
])
def test_causes_missing_from_a_namespace(namespace: str, number: int) -> None:
    assert cause(number, namespace) is None


def test_every_table_row_is_complete() -> None:
    for table, namespaces in ((_MOBILITY, MOBILITY_NAMESPACES), (_SESSION, SESSION_NAMESPACES)):
        for number, (_, _, _, meaning, side) in table.items():
            assert side in SIDES, number
            assert meaning
            assert any(cause(number, ns) is not None for ns in namespaces), number


def test_wrong_namespace_kind_is_a_programming_error() -> None:
    with pytest.raises(ValueError):
        mobility_cause(8, "ESM")
    with pytest.raises(ValueError):
        session_cause(8, "EMM")


@pytest.mark.parametrize(("code", "expected"), [
    (102, ("mobility", 2)),      # TS 27.007 §9.2.2: IMSI unknown in HLR
    (108, ("mobility", 8)),      # EPS and non-EPS services not allowed: NOT ODB
    (111, ("mobility", 11)),
    (113, ("mobility", 13)),
    (127, ("session", 27)),      # missing or unknown APN
    (129, ("session", 29)),
    (133, ("session", 33)),      # Sierra HL7539 "+CEER: "SM activation error",133,..."
    (177, ("session", 8)),       # operator determined barring
    (148, None),                 # unspecified GPRS error: no NAS cause
    (149, None),                 # local PAP/CHAP failure
    (10, None),                  # SIM not inserted
    (187, None),                 # call-control cause, not registration or data
])
def test_cme_codes_carry_nas_causes(code: int, expected: tuple[str, int] | None) -> None:
    assert cause_for_cme(code) == expected


@given(st.integers(min_value=-(2**31), max_value=2**31))
def test_lookups_never_raise(number: int) -> None:
    cause_for_cme(number)
    for namespace in (*MOBILITY_NAMESPACES, *SESSION_NAMESPACES):
        found = cause(number, namespace)
        assert found is None or found.number == number
