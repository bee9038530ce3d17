"""Replies seen from real modems that simtool used to read wrong (issue 14): vendor retry
counters, the serving network's code, the power-up race, a reset during a check."""

from __future__ import annotations

from simtool.runner import CheckOptions, run_check


def _facts(url: str, **options: object):  # type: ignore[no-untyped-def]
    return run_check(url, CheckOptions(**options)).facts  # type: ignore[arg-type]


def test_wavecom_retry_counters_come_from_cpinc() -> None:
    # Wavecom (Q24/Q26, Fastrack) has no +CPINR and no +CSIM: only +CPINC gives the
    # counters (Wavecom AT commands interface guide; Legato's AT port driver reads it too).
    facts = _facts("sim://pin-locked?vendor=wavecom")
    assert facts.vendor == "wavecom"
    assert (facts.sim.state, facts.sim.pin_retries, facts.sim.puk_retries) == \
        ("pin-required", 3, 10)


def test_the_serving_network_code_is_read_and_the_format_put_back() -> None:
    # Most modems answer +COPS? with the long name (their default format 0), so the code
    # must be asked for: +COPS=3,2;+COPS? and the modem's own format back, on one line.
    from simtool.sim import instances

    instances.discard("cops-format")
    facts = _facts("sim://healthy?instance=cops-format")
    assert (facts.operator.name, facts.operator.mcc, facts.operator.mnc) == \
        ("CHINA MOBILE", "460", "00")
    assert instances.get("cops-format").cops_format == 0      # put back
    instances.discard("cops-format")


def test_the_simulated_modem_names_its_operator_like_a_real_one() -> None:
    from simtool.sim.modem import Modem

    modem = Modem()
    assert b'+COPS: 0,0,"CHINA MOBILE",7' in modem.command("AT+COPS?").chunks[0].data
    modem.command("AT+COPS=3,2")
    assert b'+COPS: 0,2,"46000",7' in modem.command("AT+COPS?").chunks[0].data


def test_power_up_race_no_sim_then_busy_then_ready() -> None:
    # Right after boot (RDY, +CFUN: 1) the SIM answers +CME ERROR: 10 twice, then 14, then
    # READY: that is a SIM still starting, not a missing one.
    from hostile_modem import HostileModem

    said: list[str] = []
    with HostileModem("power-up", after=2) as modem:
        report = run_check(modem.path, CheckOptions(sim_busy_wait=20),
                           progress=lambda step, message: said.append(message))
    assert report.facts.sim.state == "ready"
    assert report.verdict.status == "ok"
    assert any("just started" in message for message in said)


def test_no_sim_once_then_busy_is_read_again() -> None:
    # No start-up report seen (the port was opened after them): +CME ERROR: 10 once,
    # then 14: one confirming read finds the SIM starting.
    from hostile_modem import HostileModem

    with HostileModem("power-up", after=1) as modem:
        modem.after_boot_reports = False    # nothing says "just started"
        report = run_check(modem.path, CheckOptions(sim_busy_wait=20))
    assert report.facts.sim.state == "ready"


def test_a_reset_during_the_check_is_a_power_warning_with_the_evidence() -> None:
    report = run_check("sim://reboot")
    power = next(check for check in report.checks if check.id == "power")
    assert power.status == "warn"
    assert "RDY" in power.detail and "while AT" in power.detail
    assert report.verdict.status == "ok" and "power" in report.verdict.summary.lower()


def test_report_modes_are_put_back_when_the_reject_cause_read_fails() -> None:
    # Registration denied: simtool raises +CREG/+CEREG to 3 for the reject cause and puts
    # them back on the same line. When +CGREG? fails on that line the rest of it never
    # runs: the modes must still be put back (read-only means read-only).
    from hostile_modem import HostileModem

    with HostileModem("refuse", scenario="registration-denied", refuse="+CGREG?",
                      refuse_with="=3") as modem:
        run_check(modem.path, CheckOptions())
        raised = [line for line in modem.received if "REG=3" in line.upper()]
        assert raised, "the reject cause was not asked for"
        assert modem.modem.reg_n == {"+CREG": 0, "+CGREG": 0, "+CEREG": 0, "+C5GREG": 0}


def test_a_line_ending_in_no_carrier_gives_no_facts() -> None:
    # From the fourth command line on, every reply ends in NO CARRIER: what came before it
    # on those lines must not be taken as answers (it used to be, and the check said ok).
    from hostile_modem import HostileModem

    with HostileModem("wrong-final", after=3, final="NO CARRIER") as modem:
        report = run_check(modem.path, CheckOptions())
    assert report.facts.signal.rssi_dbm is None
    assert report.facts.registration.overall is None or \
        report.facts.registration.overall == "unknown"
    assert report.verdict.status != "ok"
