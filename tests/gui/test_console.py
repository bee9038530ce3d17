"""The AT console: replies, URCs marked, history, confirmation before writes, PIN masked."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from simtool.gui.console import ConfirmWrite, changes_modem
from simtool.sim import instances

CHECK_TIMEOUT_MS = 60_000


class Asked(list[str]):
    """The confirmation questions asked; `answer` is what the user says to them."""

    answer = False


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> Asked:
    questions = Asked()

    def ask(_cls, _parent, shown: str) -> bool:  # type: ignore[no-untyped-def]
        questions.append(shown)
        return questions.answer

    monkeypatch.setattr(ConfirmWrite, "ask", classmethod(ask))
    return questions


def send(qtbot, window, text: str) -> None:  # type: ignore[no-untyped-def]
    console = window.console
    console.input.setText(text)
    with qtbot.waitSignal(window.controller.reply, timeout=CHECK_TIMEOUT_MS):
        qtbot.keyClick(console.input, Qt.Key.Key_Return)


def test_send_at_and_see_the_reply(qtbot, window, run_check):
    run_check(window, "sim://healthy")
    send(qtbot, window, "AT+CSQ")
    text = window.console.text()
    assert "> AT+CSQ" in text
    assert "< +CSQ:" in text and "< OK" in text


def test_history_recalls_commands_with_up_and_down(qtbot, window, run_check):
    run_check(window, "sim://healthy")
    send(qtbot, window, "AT+CGMI")
    send(qtbot, window, "+CGMM")                 # the AT prefix is added
    line = window.console.input
    qtbot.keyClick(line, Qt.Key.Key_Up)
    assert line.text() == "AT+CGMM"
    qtbot.keyClick(line, Qt.Key.Key_Up)
    assert line.text() == "AT+CGMI"
    qtbot.keyClick(line, Qt.Key.Key_Down)
    qtbot.keyClick(line, Qt.Key.Key_Down)
    assert line.text() == ""


def test_urcs_are_marked(qtbot, window, run_check):
    name = "gui-console-urc"
    instances.discard(name)
    run_check(window, f"sim://healthy?instance={name}")
    # The modem restarts on its own: a burst of URCs arrives while nothing is sent.
    with qtbot.waitSignal(window.controller.urc, timeout=CHECK_TIMEOUT_MS) as blocker:
        instances.get(name).reboot()
    urc = blocker.args[0]
    assert f"[URC] {urc}" in window.console.text()
    send(qtbot, window, "AT")
    assert "< OK" in window.console.text()
    instances.discard(name)


def test_confirmation_before_cfun_and_nothing_sent_when_refused(qtbot, window, run_check,
                                                                asked, settle):
    run_check(window, "sim://healthy")
    window.console.input.setText("AT+CFUN=0")
    qtbot.keyClick(window.console.input, Qt.Key.Key_Return)
    # Whatever the key press queued has run by now: the only reply is settle's own AT.
    assert [shown for shown, _, _ in settle(window)] == ["AT"]
    assert asked == ["AT+CFUN=0"]
    assert "Not sent: AT+CFUN=0" in window.console.text()
    # The radio is still on.
    report = run_check(window, "sim://healthy")
    assert next(c for c in report.checks if c.id == "radio").status == "pass"


def test_pin_is_masked_in_the_console(qtbot, window, run_check, asked):
    asked.answer = True                         # the user confirms the PIN entry
    run_check(window, "sim://pin-locked")
    send(qtbot, window, 'AT+CPIN="1234"')
    assert asked == ['AT+CPIN="****"']
    text = window.console.text()
    assert 'AT+CPIN="****"' in text
    assert "1234" not in text
    assert "1234" not in "".join(window.console.input.history)
    report = run_check(window, "sim://pin-locked")   # same port: the SIM is unlocked now
    assert report.facts.sim.state == "ready"
    # ("1234" alone also occurs inside the simulated IMEI and ICCID: look for the quoted PIN.)
    assert '"1234"' not in str(report.to_dict())


@pytest.mark.parametrize(("command", "writes"), [
    ("AT+CSQ", False), ("AT+CFUN?", False), ("AT+CGDCONT?", False), ("AT+CFUN=?", False),
    ("AT+CFUN=0", True), ('AT+CPIN="1234"', True), ('AT+CLCK="SC",0,"1234"', True),
    ('AT+CGDCONT=1,"IP","internet"', True), ("AT+CGACT=1,1", True), ("AT+COPS=2", True),
    ("AT&W", True), ("ATZ", True), ("AT+CMEE=2", False), ("AT+CSQ;+CFUN=4", True),
    # Restart and power-off commands of the vendors' AT manuals.
    ("AT!RESET", True), ("AT^RESET", True), ("AT+QPOWD", True), ("AT+CRESET", True),
    ("AT+CPOF", True), ("AT#REBOOT", True), ("AT#SHDN", True), ("AT+CPWROFF", True),
    ("AT^SMSO", True), ("AT^SMSO?", False), ("AT+QRST=1,0", True),
])
def test_which_commands_ask_first(command: str, writes: bool) -> None:
    assert changes_modem(command) is writes


def test_a_slow_command_shows_busy_and_cancel_stops_it(qtbot, window):
    # The network scan of this simulated modem takes an hour: only the cancel can end it,
    # however slow this machine is (other commands answer at once).
    # The port is opened without a check.
    with qtbot.waitSignal(window.controller.opened, timeout=CHECK_TIMEOUT_MS):
        window.controller.open("sim://healthy?scan=3600", then_check=False)
    console = window.console
    console.input.setText("AT+COPS=?")
    with qtbot.waitSignal(window.controller.busy_changed, timeout=CHECK_TIMEOUT_MS):
        qtbot.keyClick(console.input, Qt.Key.Key_Return)
    assert window.controller.busy and window.cancel_button.isEnabled()
    assert "180 s" in console.text()          # the scan may take minutes: the user is told
    with qtbot.waitSignal(window.controller.reply, timeout=CHECK_TIMEOUT_MS) as reply:
        window.cancel_button.click()
    assert reply.args[1] == "(cancelled)"
    qtbot.waitUntil(lambda: not window.controller.busy, timeout=CHECK_TIMEOUT_MS)
    assert not window.cancel_button.isEnabled()
    send(qtbot, window, "AT")                    # the session works after the cancel
    assert console.text().rstrip().endswith("< OK")
