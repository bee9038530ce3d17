"""Transcript recording and PIN/PUK masking (commands from TS 27.007 §8.3 +CPIN, §7.4 +CLCK,
§7.5 +CPWD, §8.17 +CSIM with ISO 7816-4 VERIFY/UNBLOCK APDUs)."""

from __future__ import annotations

import threading

import pytest
from hypothesis import given
from hypothesis import strategies as st

from simtool.at.masking import mask_arguments, mask_secrets
from simtool.at.transcript import Transcript, TranscriptEntry


@pytest.mark.parametrize(("text", "masked"), [
    ('AT+CPIN="1234"\r', 'AT+CPIN="****"\r'),
    ('AT+CPIN="12345678","4321"\r', 'AT+CPIN="********","****"\r'),
    ("AT+CPIN=1234\r", "AT+CPIN=****\r"),
    ("at+cpin=1234\r", "at+cpin=****\r"),
    ('AT+CPIN2="5678"\r', 'AT+CPIN2="****"\r'),
    ('AT^CPIN="12345678","1234"\r', 'AT^CPIN="********","****"\r'),       # Huawei
    ('AT+CLCK="SC",0,"1234"\r', 'AT+CLCK="SC",0,"****"\r'),
    ('AT+CLCK="SC",1,"1234",7\r', 'AT+CLCK="SC",1,"****",7\r'),
    ('AT+CPWD="SC","1234","4321"\r', 'AT+CPWD="SC","****","****"\r'),
    ('AT+CPWD="P2","1234","4321"\r', 'AT+CPWD="P2","****","****"\r'),
    # VERIFY PIN1 with "1234" padded with FF (ISO 7816-4 INS 20)
    ('AT+CSIM=26,"002000010831323334FFFFFFFF"\r',
     'AT+CSIM=26,"0020000108****************"\r'),
    # UNBLOCK PIN (INS 2C): PUK + new PIN
    ('AT+CSIM=42,"002C00011031323334353637383132333' + '4FFFFFFFF"\r',
     'AT+CSIM=42,"002C000110' + "*" * 32 + '"\r'),
    # VERIFY with no data: asks for the retry counter, nothing secret
    ('AT+CSIM=10,"0020000100"\r', 'AT+CSIM=10,"0020000100"\r'),
    # READ BINARY is not secret
    ('AT+CSIM=10,"00B0000009"\r', 'AT+CSIM=10,"00B0000009"\r'),
    ("AT+CPIN?\r", "AT+CPIN?\r"),
    ("\r\n+CPIN: SIM PIN\r\n\r\nOK\r\n", "\r\n+CPIN: SIM PIN\r\n\r\nOK\r\n"),
    ("AT+CSQ\r", "AT+CSQ\r"),
])
def test_mask_secrets(text: str, masked: str) -> None:
    assert mask_secrets(text) == masked


def test_mask_arguments_hides_unknown_vendor_unlock() -> None:
    assert mask_arguments('AT!UNLOCK="1234"\r') == 'AT!UNLOCK="****"\r'
    assert mask_arguments("AT+CPIN?\r") == "AT+CPIN?\r"


@given(st.text(max_size=60))
def test_masking_never_raises_and_keeps_length(text: str) -> None:
    assert len(mask_secrets(text)) == len(text)
    assert len(mask_arguments(text)) == len(text)


def test_record_keeps_direction_time_and_line_ends() -> None:
    now = [100.0]
    transcript = Transcript(clock=lambda: now[0])
    transcript.record("tx", b"AT+CSQ\r")
    now[0] = 100.25
    transcript.record("rx", b"\r\n+CSQ: 20,99\r\n\r\nOK\r\n")
    assert transcript.entries() == [
        TranscriptEntry(t=0.0, dir="tx", text="AT+CSQ\r"),
        TranscriptEntry(t=0.25, dir="rx", text="\r\n+CSQ: 20,99\r\n\r\nOK\r\n"),
    ]
    assert len(transcript) == 2


def test_record_masks_pin_always_and_everything_when_secret() -> None:
    transcript = Transcript()
    transcript.record("tx", b'AT+CPIN="1234"\r')
    transcript.record("tx", b'AT$VENDORPIN=9876\r', secret=True)
    texts = [entry.text for entry in transcript.entries()]
    assert texts == ['AT+CPIN="****"\r', "AT$VENDORPIN=****\r"]


def test_undecodable_bytes_are_kept_visible() -> None:
    transcript = Transcript()
    transcript.record("rx", b"\x00\xff\r\nRDY\r\n")
    assert transcript.entries()[0].text == "\x00\\xff\r\nRDY\r\n"


def test_empty_data_is_not_recorded() -> None:
    transcript = Transcript()
    transcript.record("rx", b"")
    assert len(transcript) == 0


def test_threads_append_without_losing_entries() -> None:
    transcript = Transcript()

    def writer() -> None:
        for _ in range(500):
            transcript.record("rx", b"+CREG: 1\r\n")

    threads = [threading.Thread(target=writer) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(transcript) == 2000


def test_apn_passwords_are_masked_whole_not_only_their_digits() -> None:
    # TS 27.007 §10.1.31 +CGAUTH=<cid>,<auth_prot>,<userid>,<password>;
    # Quectel EC2x TCP/IP manual +QICSGP=<contextID>,<type>,<APN>,<user>,<password>,<auth>
    from simtool.at.masking import mask_secrets

    assert mask_secrets('AT+CGAUTH=1,1,"user","s3cretpw"') == 'AT+CGAUTH=1,1,"user","********"'
    assert mask_secrets('AT+QICSGP=1,1,"cmnet","u","p4ss",1') == \
        'AT+QICSGP=1,1,"cmnet","u","****",1'
