"""The simulated modem's AT interpreter, driven command by command (no port involved)."""

from __future__ import annotations

import pytest

from simtool.sim.modem import Config, Modem
from simtool.sim.personalities import VENDORS
from simtool.sim.scenarios import SCENARIOS


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def make(scenario: str = "healthy", **kwargs: object) -> Modem:
    modem = Modem(Config(scenario=scenario, **kwargs))  # type: ignore[arg-type]
    return modem


def say(modem: Modem, line: str) -> str:
    """All reply text of one command line, URCs included, as one string."""
    reply = modem.command(line)
    return b"".join(chunk.data for chunk in reply.chunks).decode("latin-1")


def lines(modem: Modem, line: str) -> list[str]:
    return [part for part in say(modem, line).split("\r\n") if part]


def test_plain_at_answers_ok() -> None:
    assert lines(make(), "AT") == ["OK"]


def test_unknown_command_is_error_never_ok() -> None:
    modem = make()
    assert lines(modem, "AT+NOSUCH") == ["ERROR"]
    assert lines(modem, "AT+CSQ?") == ["ERROR"]


def test_lines_that_are_not_commands_get_no_answer() -> None:
    assert say(make(), "hello") == ""


def test_echo_is_on_after_power_up_and_ate0_turns_it_off() -> None:
    modem = make()
    assert modem.echo is True
    say(modem, "ATE0")
    assert modem.echo is False
    say(modem, "ATZ")
    assert modem.echo is True


def test_chained_identity_commands_share_one_final_ok() -> None:
    modem = make(vendor="quectel")
    assert lines(modem, "AT+CGMI;+CGMM;+CGMR") == ["Quectel", "EC25", "EC25EFAR06A06M4G", "OK"]


def test_chain_stops_at_the_first_error() -> None:
    modem = make()
    assert lines(modem, "AT+CGMI;+BOGUS;+CGMM") == ["simtool", "ERROR"]


@pytest.mark.parametrize(("cmee", "final"), [
    ("0", "ERROR"), ("1", "+CME ERROR: 10"), ("2", "+CME ERROR: SIM not inserted")])
def test_cmee_chooses_the_error_form(cmee: str, final: str) -> None:
    modem = make("no-sim")
    say(modem, f"AT+CMEE={cmee}")
    assert lines(modem, "AT+CPIN?") == [final]


def test_pin_counter_counts_down_to_puk() -> None:
    modem = make("pin-locked")
    say(modem, "AT+CMEE=1")
    assert lines(modem, "AT+CPINR=\"SIM PIN\"") == ["+CPINR: SIM PIN,3,3", "OK"]
    for left in (2, 1):
        assert lines(modem, "AT+CPIN=0000") == ["+CME ERROR: 16"]
        assert lines(modem, "AT+CPINR=\"SIM PIN\"") == [f"+CPINR: SIM PIN,{left},3", "OK"]
        assert lines(modem, "AT+CPIN?") == ["+CPIN: SIM PIN", "OK"]
    assert lines(modem, "AT+CPIN=0000") == ["+CME ERROR: 16"]
    assert lines(modem, "AT+CPIN?") == ["+CPIN: SIM PUK", "OK"]
    assert lines(modem, 'AT+CSIM=10,"002C000100"') == ['+CSIM: 4,"63CA"', "OK"]


def test_right_pin_unlocks_and_registers() -> None:
    modem = make("pin-locked")
    assert lines(modem, "AT+CREG?") == ["+CREG: 0,0", "OK"]
    assert lines(modem, "AT+CPIN=1234")[0] == "OK"
    assert lines(modem, "AT+CPIN?") == ["+CPIN: READY", "OK"]
    assert lines(modem, "AT+CREG?") == ["+CREG: 0,1", "OK"]


def test_puk_sets_a_new_pin_and_ten_wrong_puks_block_the_card() -> None:
    modem = make("puk-locked")
    say(modem, "AT+CMEE=1")
    assert lines(modem, "AT+CPIN=12345678,4321")[0] == "OK"
    assert modem.pin == "4321"
    blocked = make("puk-locked")
    say(blocked, "AT+CMEE=1")
    for _ in range(10):
        assert lines(blocked, "AT+CPIN=00000000,1111") == ["+CME ERROR: 16"]
    assert lines(blocked, "AT+CPIN?") == ["+CME ERROR: 13"]


def test_cfun_changes_registration_and_signal() -> None:
    modem = make()
    say(modem, "AT+CEREG=2")
    assert lines(modem, "AT+CEREG?") == ['+CEREG: 2,1,"1A2B","01C3D4E5",7', "OK"]
    # Radio off: OK first, then the registration URC (n=2), signal gone.
    assert lines(modem, "AT+CFUN=4") == ["OK", "+CEREG: 0"]
    assert lines(modem, "AT+CFUN?") == ["+CFUN: 4", "OK"]
    assert lines(modem, "AT+CSQ") == ["+CSQ: 99,99", "OK"]
    assert lines(modem, "AT+CGACT?") == ["+CGACT: 1,0", "OK"]
    assert lines(modem, "AT+CFUN=1") == ["OK", '+CEREG: 1,"1A2B","01C3D4E5",7']
    assert lines(modem, "AT+CGACT?") == ["+CGACT: 1,1", "OK"]


def test_radio_off_scenario_registers_after_cfun_1() -> None:
    modem = make("radio-off")
    assert lines(modem, "AT+CREG?") == ["+CREG: 0,0", "OK"]
    say(modem, "AT+CFUN=1")
    assert lines(modem, "AT+CREG?") == ["+CREG: 0,1", "OK"]


def test_cgdcont_write_persists_and_fixes_the_wrong_apn() -> None:
    modem = make("wrong-apn")
    say(modem, "AT+CMEE=1")
    assert lines(modem, "AT+CGDCONT?")[0] == '+CGDCONT: 1,"IP","internet","0.0.0.0",0,0'
    assert lines(modem, "AT+CGACT=1,1") == ["+CME ERROR: 127"]
    assert lines(modem, "AT+CEER") == ["+CEER: Missing or unknown APN", "OK"]
    assert lines(modem, 'AT+CGDCONT=1,"IP","cmnet"') == ["OK"]
    assert lines(modem, "AT+CGDCONT?")[0] == '+CGDCONT: 1,"IP","cmnet","0.0.0.0",0,0'
    assert lines(modem, "AT+CGACT=1,1") == ["OK"]
    assert lines(modem, "AT+CGPADDR=1") == ['+CGPADDR: 1,"10.64.1.17"', "OK"]


@pytest.mark.parametrize(("name", "cme"), [("not-subscribed", 133), ("auth-failed", 129)])
def test_data_session_refusals_carry_the_cause(name: str, cme: int) -> None:
    modem = make(name)
    say(modem, "AT+CMEE=1")
    assert lines(modem, "AT+CGACT?") == ["+CGACT: 1,0", "OK"]
    assert lines(modem, "AT+CGACT=1,1") == [f"+CME ERROR: {cme}"]


def test_auth_failed_works_with_credentials() -> None:
    modem = make("auth-failed")
    say(modem, 'AT+CGAUTH=1,1,"guest","guest"')
    assert lines(modem, "AT+CGACT=1,1") == ["OK"]


def test_attach_rejected_keeps_cs_but_refuses_packet_attach() -> None:
    modem = make("attach-rejected")
    say(modem, "AT+CMEE=1")
    assert lines(modem, "AT+CREG?") == ["+CREG: 0,1", "OK"]
    assert lines(modem, "AT+CGATT?") == ["+CGATT: 0", "OK"]
    say(modem, "AT+CEREG=3")
    assert lines(modem, "AT+CEREG?") == ['+CEREG: 3,3,"1A2B","01C3D4E5",7,0,7', "OK"]
    assert lines(modem, "AT+CGATT=1") == ["+CME ERROR: 107"]


def test_registration_denied_gives_the_reject_cause_with_n3() -> None:
    modem = make("registration-denied")
    say(modem, "AT+CREG=3")
    assert lines(modem, "AT+CREG?") == ['+CREG: 3,3,"1A2B","01C3D4E5",7,0,8', "OK"]
    cause2 = make("registration-denied", cause=2)
    say(cause2, "AT+CGREG=3")
    assert lines(cause2, "AT+CGREG?") == ['+CGREG: 3,3,"1A2B","01C3D4E5",7,,0,2', "OK"]


def test_roaming_not_allowed_shows_the_visited_network() -> None:
    modem = make("roaming-not-allowed")
    say(modem, "AT+COPS=3,2")
    assert lines(modem, "AT+COPS?") == ['+COPS: 0,2,"45400",7', "OK"]
    say(modem, "AT+CEREG=3")
    assert lines(modem, "AT+CEREG?")[0].endswith(",0,13")


def test_ussd_balance_answer_arrives_as_urc_after_ok() -> None:
    modem = make()
    assert lines(modem, 'AT+CUSD=1,"*100#",15') == [
        "OK", '+CUSD: 0,"Your balance is 23.45 CNY. Valid until 2026-12-31.",15']


def test_ussd_menu_and_top_up_change_the_balance() -> None:
    modem = make(operator="26202")
    assert lines(modem, 'AT+CUSD=1,"*111#",15')[1].startswith("+CUSD: 1,")
    assert lines(modem, 'AT+CUSD=1,"1",15')[1] == '+CUSD: 0,"Your balance is 12.34 EUR.",15'
    assert "successful" in lines(modem, 'AT+CUSD=1,"*100*123456789012#",15')[1]
    assert "62.34 EUR" in lines(modem, 'AT+CUSD=1,"*100#",15')[1]
    assert lines(modem, "AT+CUSD=2") == ["OK"]


def test_ussd_in_ucs2() -> None:
    modem = make()
    say(modem, 'AT+CSCS="UCS2"')
    code = "*100#".encode("utf-16-be").hex().upper()
    urc = lines(modem, f'AT+CUSD=1,"{code}",15')[1]
    text = urc.split('"')[1]
    assert bytes.fromhex(text).decode("utf-16-be").startswith("Your balance is 23.45")
    assert urc.endswith(",72")


def test_sms_text_mode_list_and_read() -> None:
    modem = make()
    say(modem, "AT+CMGF=1")
    listed = lines(modem, 'AT+CMGL="REC READ"')     # listing what is read changes nothing
    assert listed[0].startswith('+CMGL: 1,"REC READ","10086"')
    assert lines(modem, "AT+CMGR=2")[0].startswith('+CMGR: "REC UNREAD"')
    assert lines(modem, "AT+CMGR=2")[0].startswith('+CMGR: "REC READ"')


def test_iccid_by_crsm_is_nibble_swapped() -> None:
    modem = make()
    assert lines(modem, "AT+CRSM=176,12258,0,0,10") == [
        '+CRSM: 144,0,"98680021436587092143"', "OK"]


def test_operator_26202_has_matching_imsi_and_name() -> None:
    modem = make(operator="26202")
    assert lines(modem, "AT+CIMI")[0].startswith("26202")
    assert lines(modem, "AT+COPS?") == ['+COPS: 0,0,"Vodafone.de",7', "OK"]
    assert lines(modem, "AT+CGDCONT?")[0] == '+CGDCONT: 1,"IP","web.vodafone.de","0.0.0.0",0,0'


def test_sim_busy_clears_after_the_busy_time() -> None:
    clock = FakeClock()
    modem = Modem(Config(scenario="sim-busy", busy_seconds=3), clock=clock)
    say(modem, "AT+CMEE=1")
    assert lines(modem, "AT+CPIN?") == ["+CME ERROR: 14"]
    clock.now += 3.5
    assert lines(modem, "AT+CPIN?") == ["+CPIN: READY", "OK"]


def test_reboot_loses_volatile_state_and_storms() -> None:
    modem = make("reboot", vendor="quectel", reboot_after=3)
    say(modem, "ATE0")
    say(modem, "AT+CMEE=2")
    storm = lines(modem, "AT+CSQ")
    assert storm[0] == "RDY" and "+CPIN: READY" in storm and "+QIND: SMS DONE" in storm
    assert modem.echo is True and modem.cmee == 0
    assert lines(modem, "AT") == ["OK"]


def test_flaky_is_deterministic_from_the_seed() -> None:
    def run(seed: int) -> list[str]:
        modem = make("flaky", seed=seed)
        return [say(modem, "AT+CSQ") for _ in range(40)]

    first = run(7)
    assert first == run(7)
    healthy = "\r\n+CSQ: 24,99\r\n\r\nOK\r\n"
    assert any(reply != healthy for reply in first)  # some replies are dropped or garbled
    assert any(reply == healthy for reply in first)


def test_world_actions_fix_and_insert_sim() -> None:
    modem = make("no-sim")
    pushed: list[bytes] = []
    modem.subscribe(lambda chunks: pushed.extend(c.data for c in chunks))
    modem.insert_sim()
    assert b"+CPIN: READY" in b"".join(pushed)
    assert lines(modem, "AT+CPIN?") == ["+CPIN: READY", "OK"]
    weak = make("weak-signal")
    weak.fix()
    assert lines(weak, "AT+CSQ") == ["+CSQ: 24,99", "OK"]


EXPECTED_CPIN_CREG = {
    "healthy": ("+CPIN: READY", "+CREG: 0,1"),
    "no-sim": ("+CME ERROR: 10", "+CREG: 0,0"),
    "sim-failure": ("+CME ERROR: 13", "+CREG: 0,0"),
    "sim-busy": ("+CME ERROR: 14", "+CREG: 0,0"),
    "pin-locked": ("+CPIN: SIM PIN", "+CREG: 0,0"),
    "puk-locked": ("+CPIN: SIM PUK", "+CREG: 0,0"),
    "radio-off": ("+CPIN: READY", "+CREG: 0,0"),
    "no-signal": ("+CPIN: READY", "+CREG: 0,2"),
    "weak-signal": ("+CPIN: READY", "+CREG: 0,1"),
    "searching": ("+CPIN: READY", "+CREG: 0,2"),
    "registration-denied": ("+CPIN: READY", "+CREG: 0,3"),
    "roaming-not-allowed": ("+CPIN: READY", "+CREG: 0,3"),
    "wrong-apn": ("+CPIN: READY", "+CREG: 0,1"),
    "not-subscribed": ("+CPIN: READY", "+CREG: 0,1"),
    "auth-failed": ("+CPIN: READY", "+CREG: 0,1"),
    "attach-rejected": ("+CPIN: READY", "+CREG: 0,1"),
    "flaky": ("+CPIN: READY", "+CREG: 0,1"),
    "reboot": ("+CPIN: READY", "+CREG: 0,1"),
    # reference/esim.md §11: an eUICC with nothing enabled looks like an empty slot.
    "esim-empty": ("+CME ERROR: 10", "+CREG: 0,0"),
    "esim-disabled": ("+CME ERROR: 10", "+CREG: 0,0"),
    "esim-test-only": ("+CPIN: READY", "+CREG: 0,2"),
    "esim-wrong-profile": ("+CPIN: READY", "+CREG: 0,2"),
    "arrears-blocked": ("+CPIN: READY", "+CREG: 0,1"),
    "quota-exhausted": ("+CPIN: READY", "+CREG: 0,1"),
    "device-bound": ("+CPIN: READY", "+CREG: 0,1"),
}


def test_every_scenario_is_covered() -> None:
    assert set(EXPECTED_CPIN_CREG) == set(SCENARIOS)


@pytest.mark.parametrize("name", sorted(EXPECTED_CPIN_CREG))
def test_every_scenario_answers_cpin_and_creg(name: str) -> None:
    # This test is about states, not transport noise or the reboot scenario's reset.
    modem = make(name, seed=3, reboot_after=100)
    modem.flaky = False
    say(modem, "AT+CMEE=1")
    cpin, creg = EXPECTED_CPIN_CREG[name]
    assert lines(modem, "AT+CPIN?")[0] == cpin
    assert lines(modem, "AT+CREG?")[0] == creg


# Reply shapes (field order) per reference/modemmanager_notes.md §3.
EXPECTED_RETRIES = {
    "generic": ("AT+CPINR", "+CPINR: SIM PIN,3,3"),  # TS 27.007 §8.65
    "quectel": ("AT+QPINC?", '+QPINC: "SC",3,10'),  # Quectel EC25 AT manual, oFono
    "huawei": ("AT^CPIN?", "^CPIN: SIM PIN,3,10,3,10,3"),  # MM huawei plugin
    "simcom": ("AT+SPIC", "+SPIC: 3,10,3,10"),  # oFono atmodem/sim.c order
    "sierra": ("AT+CPINC?", "+CPINC: 3,3,10,10"),  # MM sierra plugin
    "ublox": ("AT+UPINCNT", "+UPINCNT: 3,3,10,10"),  # MM ublox plugin
    "telit": ("AT#PCT", "#PCT: 3"),  # Telit AT manual: current code only
    "fibocom": ("AT+CPINR", "+CPINR: SIM PIN,3,3"),  # TS 27.007 (FM350)
    "zte": ("AT+ZPINPUK=?", "+ZPINPUK:3,10"),  # MM zte plugin; no space after colon
    "cinterion": ('AT^SPIC="SC"', "^SPIC: 3"),  # MM cinterion plugin
    "tdtech": ("AT^CPIN?", "^CPIN: SIM PIN,3,10,3,10,3"),  # Huawei lineage: Huawei's command
    "wavecom": ("AT+CPINC", "+CPINC: 3,3,10,10"),  # Wavecom AT guide: pin1,pin2,puk1,puk2
    # China Mobile OneMO: "3GPP TS 27.005/27.007 plus its own commands" (extended AT manual
    # §2.1), no vendor counter
    "onemo": ("AT+CPINR", "+CPINR: SIM PIN,3,3"),
    "gosuncn": ("AT+CPINR", "+CPINR: SIM PIN,3,3"),  # TS 27.007; no ZTE +ZPINPUK on record
}
# openLuat's AT manual (Air780E/EP) has neither a vendor retry counter nor +CPINR: only the
# SIM's own status word (+CSIM VERIFY with no data) tells.
NO_RETRY_COMMAND = {"luat"}


def test_every_vendor_is_covered() -> None:
    assert set(EXPECTED_RETRIES) | NO_RETRY_COMMAND == set(VENDORS)


@pytest.mark.parametrize("vendor", sorted(NO_RETRY_COMMAND))
def test_a_module_without_retry_command_answers_only_the_sims_status_word(vendor: str) -> None:
    modem = make("pin-locked", vendor=vendor)
    say(modem, "AT+CPIN=9999")
    for command in ("AT+CPINR", "AT+SPIC", "AT^CPIN?", "AT+QPINC?"):
        assert lines(modem, command)[-1] == "ERROR", command
    assert lines(modem, 'AT+CSIM=10,"0020000100"')[0] == '+CSIM: 4,"63C2"'


@pytest.mark.parametrize("vendor", sorted(EXPECTED_RETRIES))
def test_every_vendor_answers_its_retry_command_when_pin_locked(vendor: str) -> None:
    modem = make("pin-locked", vendor=vendor)
    command, first = EXPECTED_RETRIES[vendor]
    say(modem, "AT+CPIN=9999")
    answer = lines(modem, command)
    expected = first.replace("3", "2", 1) if vendor not in ("huawei", "tdtech") else \
        "^CPIN: SIM PIN,2,10,2,10,3"
    assert answer[0] == expected
    assert answer[-1] == "OK"
