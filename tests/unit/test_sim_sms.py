"""The simulated modem's SMS store in PDU mode and text mode, read back with simtool's own
+CMGL/+CMGR parsers (the same code that reads a real modem)."""

from __future__ import annotations

from simtool.at.parsers.sms import StoredSms, join_parts, parse_cmgl, parse_cmgr
from simtool.sim.commands.sms import store_sms
from simtool.sim.modem import Config, Modem


def reply(modem: Modem, line: str) -> str:
    return b"".join(chunk.data for chunk in modem.command(line).chunks).decode("latin-1")


def stored(text: str, *, pdu_mode: bool) -> list[StoredSms]:
    messages = parse_cmgl(text, pdu_mode=pdu_mode)
    assert all(isinstance(m, StoredSms) for m in messages)
    return [m for m in messages if isinstance(m, StoredSms)]


def test_pdu_and_text_mode_list_the_same_messages() -> None:
    # Two modems: listing marks unread messages read (TS 27.005 §3.4.2).
    modem = Modem(Config())
    reply(modem, "AT+CMGF=0")
    in_pdu = stored(reply(modem, "AT+CMGL=4"), pdu_mode=True)
    modem = Modem(Config())
    reply(modem, "AT+CMGF=1")
    in_text = stored(reply(modem, 'AT+CMGL="ALL"'), pdu_mode=False)
    assert [(m.store_index, m.status, m.sender, m.timestamp, m.text) for m in in_pdu] == [
        (m.store_index, m.status, m.sender, m.timestamp, m.text) for m in in_text]
    assert in_pdu[0].timestamp == "2026-11-20T09:15:02+08:00"


def test_a_long_chinese_notice_is_stored_in_parts_and_joined() -> None:
    modem = Modem(Config())
    notice = ("【中国移动】尊敬的客户，您的账户已欠费，号码已暂停服务。"
              "请及时充值缴费以恢复使用。") * 3
    store_sms(modem.sms, "10086", notice, "2026-11-30T10:00:00+08:00", reference=9)
    reply(modem, "AT+CMGF=0")
    parts = stored(reply(modem, "AT+CMGL=0"), pdu_mode=True)   # unread only
    assert len(parts) == 3 and {p.concat.total for p in parts if p.concat} == {2}
    joined = [m for m in join_parts(parts) if m.sender == "10086" and len(m.indexes) == 2]
    assert [m.text for m in joined] == [notice]


def test_reading_one_message_marks_it_read() -> None:
    modem = Modem(Config())
    reply(modem, "AT+CMGF=0")
    first = parse_cmgr(reply(modem, "AT+CMGR=2"), pdu_mode=True)
    assert isinstance(first, StoredSms) and first.status == "REC UNREAD"
    second = parse_cmgr(reply(modem, "AT+CMGR=2"), pdu_mode=True)
    assert isinstance(second, StoredSms) and second.status == "REC READ"


def test_listing_marks_unread_messages_read_as_27005_says() -> None:
    # TS 27.005 §3.4.2: "If status of the message is 'received unread', status in the
    # storage changes to 'received read'" (reference/datapath_and_notices.md §3.3).
    modem = Modem(Config())
    reply(modem, "AT+CMGF=0")
    assert [m.status for m in stored(reply(modem, "AT+CMGL=4"), pdu_mode=True)] == [
        "REC READ", "REC UNREAD"]
    assert [m.status for m in stored(reply(modem, "AT+CMGL=4"), pdu_mode=True)] == [
        "REC READ", "REC READ"]


def test_listing_what_is_read_changes_nothing() -> None:
    modem = Modem(Config())
    reply(modem, "AT+CMGF=0")
    assert len(stored(reply(modem, "AT+CMGL=1"), pdu_mode=True)) == 1
    assert [m.status for m in stored(reply(modem, "AT+CMGL=4"), pdu_mode=True)] == [
        "REC READ", "REC UNREAD"]


def test_simcom_mode_1_lists_and_reads_without_changing_the_status() -> None:
    # SIM800/SIM900 AT manuals: +CMGL=<stat>,1 and +CMGR=<index>,1 "not change status".
    modem = Modem(Config(vendor="simcom"))
    reply(modem, "AT+CMGF=0")
    for _ in range(2):
        assert [m.status for m in stored(reply(modem, "AT+CMGL=4,1"), pdu_mode=True)] == [
            "REC READ", "REC UNREAD"]
    kept = parse_cmgr(reply(modem, "AT+CMGR=2,1"), pdu_mode=True)
    assert isinstance(kept, StoredSms) and kept.status == "REC UNREAD"
    assert [m.status for m in stored(reply(modem, "AT+CMGL=0,1"), pdu_mode=True)] == [
        "REC UNREAD"]
    # Other vendors have no such mode.
    assert "+CME ERROR: 50" in reply(Modem(Config()), "AT+CMEE=1;+CMGL=4,1")


def test_sim_storage_records_are_readable_without_changing_the_status() -> None:
    modem = Modem(Config())
    record = reply(modem, "AT+CRSM=178,28476,2,4,176")
    data = bytes.fromhex(record.split('"')[1])
    assert len(data) == 176 and data[0] == 0x03            # 03 = received, unread
    assert reply(modem, "AT+CRSM=178,28476,2,4,176") == record
    free = bytes.fromhex(reply(modem, "AT+CRSM=178,28476,9,4,176").split('"')[1])
    assert free[0] == 0x00
    # Quectel keeps its messages in the modem ("ME"): no EF_SMS to read.
    quectel = Modem(Config(vendor="quectel"))
    assert '"ME"' in reply(quectel, "AT+CPMS?")
    assert "106,130" in reply(quectel, "AT+CRSM=178,28476,1,4,176")


def test_bad_status_and_index_are_errors() -> None:
    modem = Modem(Config())
    reply(modem, "AT+CMEE=1;+CMGF=0")
    assert reply(modem, "AT+CMGL=7").strip() == "+CME ERROR: 50"
    assert reply(modem, "AT+CMGR=99").strip() == "+CME ERROR: 21"
