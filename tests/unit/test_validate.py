"""Everything a user types is checked before it reaches the modem (DESIGN.md, Safety)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from simtool.actions import validate
from simtool.errors import ValidationError


@pytest.mark.parametrize("good", ["1234", "0000", "12345678"])
def test_pin_accepts_4_to_8_digits(good: str) -> None:
    assert validate.pin(good) == good


@pytest.mark.parametrize("bad", ["", "123", "123456789", "12a4", '1234";+CFUN=0', "1234\r",
                                 "١٢٣٤", " 1234"])
def test_pin_refuses_everything_else(bad: str) -> None:
    with pytest.raises(ValidationError):
        validate.pin(bad)


def test_puk_is_exactly_8_digits() -> None:
    assert validate.puk("12345678") == "12345678"
    for bad in ("1234567", "123456789", "1234567a"):
        with pytest.raises(ValidationError):
            validate.puk(bad)


@pytest.mark.parametrize("good", ["cmnet", "internet", "web.vodafone.de", "3gnet", "a-b.c1", ""])
def test_apn_accepts_real_apns(good: str) -> None:
    # cmnet: China Mobile; web.vodafone.de: Vodafone DE (mobile-broadband-provider-info)
    assert validate.apn(good) == good


@pytest.mark.parametrize("bad", ['";+CFUN=0', "cmnet\r\nAT+CFUN=0", "a;b", 'x"y', "-bad",
                                 "bad.", "a" * 101, "has space"])
def test_apn_refuses_injection_and_junk(bad: str) -> None:
    with pytest.raises(ValidationError) as info:
        validate.apn(bad)
    assert str(info.value)   # the refusal says what was wrong


def test_refusal_names_the_offending_characters() -> None:
    with pytest.raises(ValidationError, match="';'"):
        validate.apn('";+CFUN=0')


@pytest.mark.parametrize("good", ["*100#", "*101*1234567890123456#", "#135#", "*#06#"])
def test_ussd_accepts_codes(good: str) -> None:
    assert validate.ussd(good) == good


@pytest.mark.parametrize("bad", ["", "*100#;+CFUN=0", '*100#"', "*100#\r", "abc"])
def test_ussd_refuses_others(bad: str) -> None:
    with pytest.raises(ValidationError):
        validate.ussd(bad)


@given(st.text())
def test_nothing_dangerous_ever_passes(text: str) -> None:
    for check in (validate.pin, validate.puk, validate.apn, validate.ussd, validate.voucher,
                  lambda v: validate.credential(v, "user name")):
        try:
            accepted = check(text)
        except ValidationError:
            continue
        assert not set(accepted) & set('\r\n";')


def test_a_password_may_hold_spaces_and_any_printable_character(english: None) -> None:
    # A space (0x20) is the first printable character: a password may hold it.
    assert validate.credential("my pass~word", "The password") == "my pass~word"


@pytest.mark.parametrize(("value", "shown"), [
    ("a\x01b", "'\\x01'"),                  # a C0 control that is not in the forbidden set
    ("a\x7fb", "'\\x7f'"),                  # DEL
    ("\x02x\x01", "'\\x01', '\\x02'"),      # all of them, sorted, one list
])
def test_control_characters_are_refused_and_named(english: None, value: str,
                                                  shown: str) -> None:
    with pytest.raises(ValidationError) as info:
        validate.credential(value, "The password")
    assert str(info.value) == (f"The password contains characters the modem would act on "
                               f"({shown}); remove them.")
